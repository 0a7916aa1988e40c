"""The same input gives the same output, byte for byte, whatever the interpreter's hash seed.

Python randomises the order of sets of strings from one process to the next (``PYTHONHASHSEED``): a list built
by iterating over a set, or sorted by a key that ties, comes out in another order in another process. The
library promises the same output for the same input, so the command line is run here in processes with
different seeds over pages that take the paths where sides, participants and places are gathered from sets
(the two sides of "the two governments", mediators, the sides of a story), and the outputs are compared.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

#: Passages written for this test: each gathers several sides or places in one event.
PASSAGES = [
    "Ethiopia will keep its troops in Somalia under the new mission, the two governments announced after a "
    "meeting in Addis Ababa on Monday.",
    "Kenya and Uganda agreed to reopen the border after talks in Nairobi, the two governments said.",
    "Talks between Israel and Hamas resumed in Doha on Tuesday, mediated by Qatar, Egypt and the United States.",
    "The foreign ministers of Armenia and Azerbaijan met in Abu Dhabi, the two sides said in a joint statement.",
    "Russian drones struck Kharkiv and Sumy overnight while Ukrainian drones hit Belgorod and Kursk, officials "
    "on both sides said.",
    "Leaders of France, Germany, Poland and the United Kingdom held a call with Zelensky on Sunday.",
    "India and Pakistan agreed to a ceasefire after their military operations chiefs spoke by phone, both "
    "sides said.",
]


def _documents(tmp: Path) -> Path:
    docs = [{"id": f"p{k}", "text": text, "published": "2025-05-12"} for k, text in enumerate(PASSAGES)]
    sample = ROOT / "src" / "conflictevents" / "data" / "sample_page.txt"
    docs.append({"id": "sample", "text": sample.read_text(encoding="utf-8"), "published": "2025-05-12"})
    week = ROOT / "docs" / "examples" / "week.jsonl"
    for line in week.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        docs.append({"id": record["id"], "text": record["text"], "published": record["published"]})
    path = tmp / "docs.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return path


def _run(path: Path, seed: str) -> bytes:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    done = subprocess.run([sys.executable, "-m", "conflictevents", str(path), "--format", "jsonl", "-q"],
                          capture_output=True, env=env, check=True, timeout=600)
    return done.stdout


def test_output_does_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    path = _documents(tmp_path)
    outputs = {seed: _run(path, seed) for seed in ("1", "2", "3")}
    first = outputs["1"]
    assert first.count(b"\n") > len(PASSAGES)  # events were written
    assert b'"type": "diplomatic_event"' in first
    for seed, out in outputs.items():
        assert out == first, f"PYTHONHASHSEED={seed} wrote other bytes than PYTHONHASHSEED=1"


@pytest.mark.parametrize("passage", PASSAGES[:1])
def test_the_two_sides_come_in_one_order(passage: str, tmp_path: Path) -> None:
    """ "the two governments": the pair is read from a set of states; its order is the names' order."""
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps({"id": "x", "text": passage, "published": "2025-05-12"}) + "\n", encoding="utf-8")
    orders = set()
    for seed in ("1", "2", "3", "4"):
        for line in _run(path, seed).decode("utf-8").splitlines():
            event = json.loads(line)
            if event["type"] == "diplomatic_event":
                orders.add(tuple(p["canonical"] for p in event["participants"]))
    assert len(orders) == 1, orders
