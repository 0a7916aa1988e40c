"""The seed pages (read from ../shared at test time, never copied into the project)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conflictevents.lexicons.loader import read_bundled
from conflictevents.text.boilerplate import Boilerplate
from conflictevents.text.page import layout

pytestmark = pytest.mark.shared

ROOT = Path(__file__).resolve().parent.parent
FLOORS = json.loads((ROOT / "benchmarks" / "floors.json").read_text())


def seed(shared_dir: Path, prefix: str) -> str:
    return next((shared_dir / "seeds").glob(prefix + "_*.txt")).read_text(encoding="utf-8")


@pytest.mark.slow
def test_evaluator_runs_and_scores_at_least_the_floors(shared_dir):
    run = subprocess.run([sys.executable, str(shared_dir / "eval" / "evaluate.py"), str(shared_dir / "eval" / "seeds"),
                          "--json", "--python", sys.executable], capture_output=True, text=True, timeout=600,
                         cwd=ROOT)
    assert run.returncode == 0, run.stderr[-2000:]
    scores = json.loads(run.stdout)
    micro = scores["micro"]
    assert micro["f1"] >= FLOORS["seeds"]["detection_micro_f1"]
    assert micro["slot_f1"] >= FLOORS["seeds"]["slot_micro_f1"]
    for t, floor in FLOORS["seeds"]["slot_f1_by_type"].items():
        assert scores["types"][t]["slot_f1"] >= floor, t


BP = Boilerplate(read_bundled("boilerplate"))

# (page, line number (1-based) or the first words of a line, dropped?, rule)
LINES = [
    ("000", "Hashtags", True, "nav-tags"),
    ("000", "Try Our AI Features", True, "product-promo"),
    ("000", "No comments yet", True, "comments-widget"),
    ("000", "8 hours ago", True, "timestamp"),
    ("000", "- Bangkok Post", True, "source-line"),
    ("000", "- Sheltering in", True, "subheading"),
    ("001", 1, True, "label"),
    ("001", "Back to top button", True, "nav-back-to-top"),
    ("001", "Subscribe now to keep", True, "subscribe"),
    ("002", "Your support helps us", True, "appeal-heading"),
    ("002", "Read the full report", True, "stub-read-more"),
    ("002", "Join our commenting forum", True, "comments-widget"),
    ("003", "Photo: Reuters", True, "caption"),
    ("000", 2, False, None),
    ("002", "Andriy Kovalenko", False, None),
    ("003", 1, False, None),
    ("004", 1, False, None),
]


def find_line(text: str, key: int | str) -> tuple[int, int]:
    pos = 0
    for n, line in enumerate(text.split("\n"), 1):
        if (isinstance(key, int) and n == key) or (isinstance(key, str) and line.strip().startswith(key)):
            return pos, pos + len(line)
        pos += len(line) + 1
    raise AssertionError(f"line {key!r} not found")


@pytest.mark.parametrize("page, key, dropped, rule", LINES)
def test_seed_lines_kept_or_dropped(shared_dir, page, key, dropped, rule):
    text = seed(shared_dir, page)
    start, end = find_line(text, key)
    result = layout(text, BP)
    hits = [r for s, e, r, _ in result.dropped if result.clean.to_original(s, e)[0] <= start + 2
            and result.clean.to_original(s, e)[1] >= end - 2]
    if dropped:
        assert hits and hits[0] == rule
    else:
        assert not hits
        sents = [result.clean.to_original(s.start, s.end) for s in result.sentences]
        assert any(a <= start + 2 < b for a, b in sents)


def test_glued_sentences_are_split(shared_dir):
    text = seed(shared_dir, "001")
    result = layout(text, BP)
    starts = {text[result.clean.to_original(s.start, s.end)[0]:][:20] for s in result.sentences}
    # a sentence starts right after a full stop with no space ("...capital, Dnipro.Russia's")
    glued = [i for i in range(1, len(text) - 2) if text[i] == "." and text[i - 1].islower() and text[i + 1].isupper()]
    assert glued
    for i in glued:
        assert text[i + 1:i + 21] in starts


def test_pasted_stories_are_separate_articles(shared_dir):
    text = seed(shared_dir, "003")
    result = layout(text, BP)
    assert len(result.articles) >= 5


def _norm(text: str) -> str:
    return " ".join(text.split())


# Issue 16, item 2: a seed page flattened to one line (as many scrapers write it) went from 72
# events to 0, dropped whole as a donation appeal. Boilerplate is judged sentence by sentence.
def test_a_seed_page_flattened_to_one_line_keeps_every_sentence(shared_dir):
    pages = sorted((shared_dir / "seeds").glob("*.txt"))
    assert pages
    for path in pages:
        page = path.read_text(encoding="utf-8")
        flat = " ".join(line.strip() for line in page.splitlines() if line.strip())
        kept = " | ".join(_norm(s.text) for s in layout(page, BP).sentences)
        kept_flat = " | ".join(_norm(s.text) for s in layout(flat, BP).sentences)
        lost = [s for s in kept.split(" | ") if s not in kept_flat]
        assert not lost, (path.name, lost[:3])
