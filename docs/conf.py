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
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
    "schema_page",
]
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": False}
nitpicky = False
intersphinx_mapping: dict[str, tuple[str, None]] = {}
exclude_patterns = ["_build"]
html_theme = "furo"
html_title = f"conflictevents {release}"
html_static_path = ["_static"]
doctest_global_setup = "import conflictevents"
suppress_warnings = ["ref.python"]
doctest_test_doctest_blocks = ""  # docstring examples are run by pytest --doctest-modules
