#!/usr/bin/env python3
"""Accuracy: the shared evaluator on the seed pages and on the synthetic gold, against the floors.

    python benchmarks/accuracy.py [--shared ../shared] [--pages 200]

Runs ``../shared/eval/evaluate.py`` (the scorer every change is judged by) on
``../shared/eval/seeds`` and on a synthetic set written by ``corpus.py``,
prints both tables and checks the figures against ``floors.json`` (which may
only go up). Exit code 1 when a figure is below its floor.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def evaluate(shared: Path, dataset: Path) -> dict:
    run = subprocess.run([sys.executable, str(shared / "eval" / "evaluate.py"), str(dataset), "--python", sys.executable],
                         capture_output=True, text=True, cwd=ROOT)
    print(run.stdout)
    if run.returncode:
        raise SystemExit(run.stderr[-2000:])
    js = subprocess.run([sys.executable, str(shared / "eval" / "evaluate.py"), str(dataset), "--json",
                         "--python", sys.executable], capture_output=True, text=True, cwd=ROOT)
    return json.loads(js.stdout)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--pages", type=int, default=200)
    args = ap.parse_args(argv)
    floors = json.loads((HERE / "floors.json").read_text())
    failed = []
    print("== seed pages")
    seeds = evaluate(args.shared, args.shared / "eval" / "seeds")
    f = floors["seeds"]
    if seeds["micro"]["f1"] < f["detection_micro_f1"]:
        failed.append("seeds detection")
    if seeds["micro"]["slot_f1"] < f["slot_micro_f1"]:
        failed.append("seeds slot F1")
    for t, floor in f["slot_f1_by_type"].items():
        if seeds["types"][t]["slot_f1"] < floor:
            failed.append(f"seeds {t} slot F1")
    print("== synthetic pages (benchmarks/corpus.py)")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(HERE / "corpus.py"), tmp, "--pages", str(args.pages)], check=True)
        synth = evaluate(args.shared, Path(tmp))
    f = floors["synthetic"]
    if synth["micro"]["f1"] < f["detection_micro_f1"] or synth["micro"]["slot_f1"] < f["slot_micro_f1"]:
        failed.append("synthetic")
    print("below floor: " + ", ".join(failed) if failed else "all figures at or above their floors")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
