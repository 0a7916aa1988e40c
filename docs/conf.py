"""Sphinx configuration for conflictevents."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "_ext"))

import conflictevents  # noqa: E402

project = "conflictevents"
author = "The conflictevents developers"
copyright = "2026, the conflictevents developers"
release = conflictevents.__version__
version = release

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
    "sphinx.ext.viewcode",
    "schema_page",
]
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": False}
# Every cross-reference must resolve (a broken internal link fails the build).
# Names outside this project cannot be checked: intersphinx needs the network,
# which the build machines do not have.
nitpicky = True
# ``-b linkcheck`` checks the links between pages and to files; the build
# machines have no internet, so links to the web are listed, not fetched.
linkcheck_ignore = [r"https?://.*"]
nitpick_ignore_regex = [
    ("py:.*", r"(enum|datetime|pathlib|collections(\.abc)?|typing|types|re|_regex|regex|cattrs|attrs?)(\..*)?"),
    ("py:.*", r"(pyarrow|pandas|dask|pyspark)(\..*)?"),  # the optional engines (no intersphinx here)
    ("py:.*", r"dateutil(\..*)?"),  # (no intersphinx here)
    ("py:class", r"Path|Entry|T|E|_WordClasses"),  # stdlib names written short; type variables; private types
    ("py:class", r"conflictevents\.(serialize\.T|results\.E)"),
]
intersphinx_mapping: dict[str, tuple[str, None]] = {}
exclude_patterns = ["_build", "examples", "scripts"]
html_theme = "furo"
html_title = f"conflictevents {release}"
html_static_path = ["_static"]
#: The files the examples read (``page.txt``, ``dump.jsonl``, ...); pages that
#: use them copy this folder to a temporary directory in a ``testsetup``.
EXAMPLES = Path(__file__).parent / "examples"
doctest_global_setup = f"import conflictevents\nEXAMPLES = {str(EXAMPLES)!r}"
suppress_warnings = ["ref.python"]
doctest_test_doctest_blocks = ""  # docstring examples are run by pytest --doctest-modules


def _draw_tutorial_map(app: object) -> None:
    """Draw ``_generated/tutorial_map.png`` from the current code's output."""
    sys.path.insert(0, str(Path(__file__).parent / "scripts"))
    import make_map

    make_map.main(["-o", str(Path(__file__).parent / "_generated" / "tutorial_map.png")])


def setup(app: object) -> None:
    app.connect("builder-inited", _draw_tutorial_map)  # type: ignore[attr-defined]
