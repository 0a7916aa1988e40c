#!/usr/bin/env python3
"""Text-layer quality: boilerplate precision/recall and sentence boundaries.

    python benchmarks/text_layer.py [--shared ../shared]

* Boilerplate, on the seed pages: each non-blank line is boilerplate or news
  by the hand-made table ``seed_boilerplate.json`` (line numbers, no copied
  text); a line counts as dropped when dropped blocks cover it.
* Sentence boundaries, two ways: exact boundaries on the project's own
  fixture pages (``tests/fixtures/pages``, with the expected sentence starts
  below), and *quote integrity* on the seed gold: the share of gold evidence
  quotes that do not straddle a predicted sentence boundary (a straddled
  quote means a sentence was cut in the wrong place).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from conflictevents.text import segment

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

# Expected sentence starts (first words) on the fixture pages.
FIXTURE_SENTENCES = {
    "live_blog.txt": ["War in Ukraine", "Drones target Odesa", "Russian drones struck", "Two dock workers",
                      "Air defences destroyed", "Kyiv says talks", "Ukraine's foreign minister",
                      "Drones target Odesa", "Russian drones struck", "Two dock workers"],
    "teasers.txt": ["Belarus moves troops", "Minsk has sent", "Ceasefire proposal rejected", "Moscow rejected a"],
    "pasted_stories.txt": ["The army said", "WEATHER WATCH: Heavy", "Schools in three", "The central bank",
                           "Israeli strikes on"],
    "markdown_dump.md": ["Russia says it", "Russia's defence ministry", "The claim could"],
}


def boilerplate_scores(shared: Path) -> dict[str, float]:
    table = json.loads((HERE / "seed_boilerplate.json").read_text())
    tp = fp = fn = 0
    for prefix, lines in table.items():
        if prefix.startswith("_"):
            continue
        path = next((shared / "seeds").glob(prefix + "_*.txt"))
        text = path.read_text(encoding="utf-8")
        page = segment(text)
        pos = 0
        for n, line in enumerate(text.split("\n"), 1):
            start, end = pos, pos + len(line)
            pos = end + 1
            if not line.strip():
                continue
            inside = set()
            for b in page.dropped:
                inside.update(range(max(start, b.span.start), min(end, b.span.end)))
            # dropped when every letter or digit of the line lies in a dropped block
            dropped = all(i in inside for i in range(start, end) if text[i].isalnum())
            truth = n in lines
            tp += dropped and truth
            fp += dropped and not truth
            fn += truth and not dropped
    return {"precision": tp / max(tp + fp, 1), "recall": tp / max(tp + fn, 1), "lines_dropped": tp + fp}


def fixture_boundaries() -> dict[str, float]:
    right = total = 0
    for name, starts in FIXTURE_SENTENCES.items():
        text = (ROOT / "tests" / "fixtures" / "pages" / name).read_text(encoding="utf-8")
        got = [text[s.span.start:s.span.end] for s in segment(text).sentences]
        total += max(len(got), len(starts))
        right += sum(1 for g, w in zip(got, starts) if g.startswith(w))
    return {"exact": right / max(total, 1), "sentences": total}


def quote_integrity(shared: Path) -> dict[str, float]:
    docs = [json.loads(l) for l in (shared / "eval" / "seeds" / "docs.jsonl").read_text().splitlines() if l.strip()]
    gold = [json.loads(l) for l in (shared / "eval" / "seeds" / "gold.jsonl").read_text().splitlines() if l.strip()]
    ok = total = 0
    for d in docs:
        text = (shared / "eval" / "seeds" / d["path"]).read_text(encoding="utf-8")
        bounds = [(s.span.start, s.span.end) for s in segment(text).sentences]
        for g in gold:
            if g["doc"] != d["id"]:
                continue
            start = text.find(g["quote"])
            end = start + len(g["quote"])
            total += 1
            ok += any(a <= start + 1 and end - 1 <= b for a, b in bounds)
    return {"quote_integrity": ok / max(total, 1), "quotes": total}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    out: dict[str, dict[str, float]] = {"fixtures": fixture_boundaries()}
    if (args.shared / "seeds").is_dir():
        out["seed_boilerplate"] = boilerplate_scores(args.shared)
        out["seed_sentences"] = quote_integrity(args.shared)
    else:
        print(f"note: {args.shared} not found; seed figures skipped", file=sys.stderr)
    if args.json:
        print(json.dumps(out, indent=2))
    else:
        for k, v in out.items():
            print(k + ": " + ", ".join(f"{a}={b:.3f}" if isinstance(b, float) else f"{a}={b}" for a, b in v.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
