"""Every command the docs and the README show runs as written.

The Python examples of the docs are doctested by the Sphinx build
(``sphinx -b doctest``, in CI); here the shell examples are: each
``python -m conflictevents ...`` line of a ``sh`` code block (or of the
README's shell fences) runs in a copy of ``docs/examples/``, the files the
examples name, and must exit 0 and write what it says it writes.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import regex

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"

#: A shell block: ``.. code-block:: sh`` (indented body) or a README ```sh fence.
_RST_BLOCK = regex.compile(r"(?m)^\.\. code-block:: (?:sh|bash|console)[ \t]*\n((?:[ \t]*\n|[ ]{3,}\S[^\n]*\n)+)")
_MD_FENCE = regex.compile(r"(?ms)^```(?:sh|bash|console)[ \t]*\n(.*?)^```")
_PYTHON = regex.compile(r"(?:\S*/)?python3?(?=[ ]-m[ ]conflictevents\b)")


def _commands() -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    sources = sorted(DOCS.rglob("*.rst")) + [ROOT / "README.md"]
    for path in sources:
        if "_build" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        blocks = _RST_BLOCK.findall(text) if path.suffix == ".rst" else _MD_FENCE.findall(text)
        for block in blocks:
            for line in block.splitlines():
                line = line.split("  #", 1)[0].strip()
                # "python3 -m venv .venv && ... && .venv/bin/python -m conflictevents --sample":
                # the set-up part is what CI itself does; the last step is the example
                line = next((part.strip() for part in reversed(line.split("&&")) if "-m conflictevents" in part), "")
                if line:
                    found.append((f"{path.relative_to(ROOT)}: {line}", line))
    return found


COMMANDS = _commands()


def test_the_docs_show_commands():
    # the extraction must not silently find nothing (then nothing would be tested)
    where = {label.split(":")[0] for label, _ in COMMANDS}
    assert len(COMMANDS) >= 12
    assert {"README.md", "docs/tutorial.rst", "docs/howto/batch.rst", "docs/quickstart.rst"} <= where


@pytest.mark.slow
@pytest.mark.parametrize("command", [c for _, c in COMMANDS], ids=[label for label, _ in COMMANDS])
def test_documented_command_runs(command, tmp_path):
    work = tmp_path / "examples"
    shutil.copytree(DOCS / "examples", work)
    line = _PYTHON.sub(shlex.quote(sys.executable), command)
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    proc = subprocess.run(["bash", "-o", "pipefail", "-c", line], cwd=work, capture_output=True, env=env,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    words = shlex.split(command)
    if "-o" in words and words[words.index("-o") + 1] != os.devnull:
        out = work / words[words.index("-o") + 1]
        assert out.stat().st_size > 0
    elif ">" in words:
        assert (work / words[words.index(">") + 1]).stat().st_size > 0
    elif "-o" not in words:
        assert proc.stdout.strip(), "the command printed nothing"


def _csv_of_the_tutorial_page(work: Path) -> Path:
    shutil.copytree(DOCS / "examples", work)
    subprocess.run([sys.executable, "-m", "conflictevents", "page.txt", "--published", "2025-05-12", "--format",
                    "csv", "-o", "events.csv", "--quiet"], cwd=work, check=True, timeout=300)
    return work / "events.csv"


def test_the_r_example_uses_only_columns_the_csv_has(tmp_path):
    csv_path = _csv_of_the_tutorial_page(tmp_path / "examples")
    header = set(csv_path.read_text(encoding="utf-8").splitlines()[0].split(","))
    script = (DOCS / "examples" / "read_events.R").read_text(encoding="utf-8")
    code = "\n".join(line.split("#", 1)[0] for line in script.splitlines())
    made = set(regex.findall(r"\$(\w+)\s*<-", code))  # columns the script adds itself
    selected = " ".join(regex.findall(r"\bc\(([^()]*)\)", code))  # strikes[, c("event_date", ...)]
    used = set(regex.findall(r"\$(\w+)", code)) | set(regex.findall(r'"(\w+)"', selected))
    used |= set(regex.findall(r"\b(\w+)\s*==", code)) | set(regex.findall(r"~\s*(\w+)\s*\+\s*(\w+)", code)[0])
    used -= {"csv", "events"} | made
    assert used and used <= header, sorted(used - header)


@pytest.mark.skipif(shutil.which("Rscript") is None, reason="R is not installed (the column check above still runs)")
def test_the_r_example_runs(tmp_path):
    _csv_of_the_tutorial_page(tmp_path / "examples")
    proc = subprocess.run(["Rscript", str(DOCS / "examples" / "read_events.R")], cwd=tmp_path / "examples",
                          capture_output=True, timeout=300)
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    out = proc.stdout.decode()
    assert "territorial_change" in out and "Ukraine's air force" in out
