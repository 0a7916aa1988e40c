"""What a new user meets first: the README's commands, CI's, the test settings (issue 16, items 14 and 16)."""

from __future__ import annotations

from pathlib import Path

import regex
from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
CI = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
SH_FENCES = regex.findall(r"(?ms)^```sh[ \t]*\n(.*?)^```", README)


def test_the_readme_test_command_is_the_one_ci_runs():
    command = next(line for block in SH_FENCES for line in block.splitlines() if line.endswith("-m pytest"))
    assert command in CI
    assert ".venv/bin/python -m pytest -m slow" in CI  # and then the tests the default run leaves out


def test_the_default_run_leaves_out_slow_tests_and_ci_does_not():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert regex.search(r"""(?m)^addopts = ".*-m 'not slow'.*"$""", pyproject)
    assert regex.search(r'(?m)^    "slow: ', pyproject)


def test_hypothesis_deadlines_are_set_for_a_busy_machine():
    # one jsonschema.validate took 50-140 ms on a busy 2-core machine, against a 200 ms default deadline
    deadline = settings.default.deadline
    assert deadline is None or deadline.total_seconds() >= 1


def test_readme_shell_commands_use_the_virtual_environment():
    for block in SH_FENCES:
        for line in block.splitlines():
            for step in line.split("&&"):
                words = step.split()
                if words and words[0] in ("pip", "sphinx-build", "pytest", "mypy"):
                    raise AssertionError(f"bare {words[0]} in the README: {line}")


def test_the_docs_agree_on_what_a_geojson_feature_is():
    docs = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "docs").rglob("*.rst") if "_build" not in p.parts}
    for name, text in docs.items():
        assert "feature per located event" not in " ".join(text.split()), name
    assert "feature per located place" in " ".join(docs["tutorial.rst"].split())
    assert "one point per located place of an event" in " ".join(docs["outputs.rst"].split())


def test_the_docs_say_where_their_examples_run_and_what_they_need():
    tutorial = " ".join((ROOT / "docs" / "tutorial.rst").read_text(encoding="utf-8").split())
    assert "from ``docs/examples/``" in tutorial
    outputs = " ".join((ROOT / "docs" / "howto" / "outputs.rst").read_text(encoding="utf-8").split())
    assert "``jsonschema`` package (installed by the ``[test]`` extra, or ``pip install jsonschema``)" in outputs


def test_every_data_file_ships_in_the_wheel():
    """A file the package reads must be listed in package-data, or a non-editable install lacks it."""
    import tomllib

    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = meta["tool"]["setuptools"]["package-data"]["conflictevents"]
    pkg = ROOT / "src" / "conflictevents"
    shipped = {f for pattern in patterns for f in pkg.glob(pattern) if f.is_file()}
    data = {f for f in pkg.rglob("*") if f.is_file() and f.suffix not in (".py", ".pyc")
            and "__pycache__" not in f.parts}
    assert data - shipped == set(), sorted(str(f.relative_to(pkg)) for f in data - shipped)
