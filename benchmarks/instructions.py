#!/usr/bin/env python3
"""Instructions the pipeline executes per 100 KB of text: a cost that does not depend on the machine's load.

    python benchmarks/instructions.py [--kb 100] [--src PATH ...] [--corpus PATH] [--until STAGE]

Seconds on a shared or virtual machine vary by 15% or more from run to run,
which hides the changes a speed-up is made of (a few per cent each).
``valgrind --tool=callgrind`` counts the instructions a process executes
instead: the same total for the same build and input, whatever else the
machine is doing. This script runs the pipeline (``extract`` and the JSON
Lines output, as :mod:`throughput` does) under callgrind twice, once on no
text and once on ``--kb`` KB of the generated corpus (or of ``--corpus``),
and prints the difference: the cost of reading the text, start-up left out.

``--src`` compares builds: each path is a ``src`` folder (of a git worktree
of another commit, say) put first on ``PYTHONPATH``; the default is this
checkout's. Needs valgrind (Debian's package ``valgrind``); it runs about 50
times slower than Python alone (about a minute for 100 KB). Results are
appended to ``benchmarks/results/instructions.jsonl``.

``--until`` counts a prefix of the cascade instead of the whole: ``text``
(the text layer alone: page layout, boilerplate, sentences) or ``frames``
(every stage up to the frame matches, with the grammars removed, so no
events are built, linked or serialised). Subtracting prefixes apportions
the count to the stages: what the grammars, the story, linking and the
output cost is the whole minus ``frames``. (Without events the story keeps
no strikes, so the later sentences' stages see a slightly different story;
the difference is small next to the figures compared.)
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results" / "instructions.jsonl"

#: The program run under callgrind: read ``kb`` KB of pages (0: none) and write their events as JSON Lines.
_RUN = r"""
import json, sys
from pathlib import Path
sys.path.insert(0, {here!r})
from throughput import load_corpus
from conflictevents import Extractor
from conflictevents.serialize import dumps_event
from conflictevents.text.page import layout
kb, source, until = int(sys.argv[1]), sys.argv[2], sys.argv[3]
docs = load_corpus(Path(source) if source else None, kb / 1000) if kb else []
ex = Extractor()
ex.extract("Russia launched 40 drones at Kharkiv on Monday.", published="2025-03-04")
if until == "frames":
    ex.grammars = []
for d in docs:
    if until == "text":
        layout(d["text"], ex.lexicons.boilerplate)
        continue
    for e in ex.extract(d["text"], published=d.get("published"), doc_id=d["id"]).events:
        dumps_event(e)
print(json.dumps({{"chars": sum(len(d["text"]) for d in docs), "documents": len(docs)}}))
"""


#: The prefixes of the cascade ``--until`` can stop after.
UNTIL = ("text", "frames", "all")


def count(src: Path, kb: int, corpus_path: str, until: str = "all") -> tuple[int, dict[str, int]]:
    """Instructions of one run under callgrind, and what it read."""
    env = dict(os.environ, PYTHONPATH=str(src), PYTHONHASHSEED="0")
    run = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-c",
         _RUN.format(here=str(HERE)), str(kb), corpus_path, until],
        env=env, capture_output=True, text=True, check=False)
    if run.returncode != 0:
        sys.exit(f"the run under callgrind failed ({run.returncode}):\n{run.stderr[-2000:]}")
    for line in run.stderr.splitlines():
        if "Collected :" in line:
            return int(line.rsplit(":", 1)[1].strip()), json.loads(run.stdout.strip().splitlines()[-1])
    sys.exit("callgrind printed no instruction count")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kb", type=int, default=100, help="KB of text to read (default 100)")
    ap.add_argument("--src", action="append", type=Path, help="a src folder to measure (repeatable; default ./src)")
    ap.add_argument("--corpus", default="", help="a folder of text files or JSON Lines of pages (default: generated)")
    ap.add_argument("--until", choices=UNTIL, default="all",
                    help="count the cascade up to this stage only: text, frames (no grammars), all (default)")
    args = ap.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed (Debian: apt-get install valgrind)")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.system()} {platform.release()}; "
          f"python {platform.python_version()}")
    RESULTS.parent.mkdir(exist_ok=True)
    for src in args.src or [ROOT / "src"]:
        empty, _ = count(src, 0, args.corpus, args.until)
        full, read = count(src, args.kb, args.corpus, args.until)
        per_100kb = (full - empty) / read["chars"] * 100_000
        row = {"time": time.strftime("%Y-%m-%dT%H:%M:%S"), "src": str(src), "corpus": args.corpus or "generated",
               "chars": read["chars"], "documents": read["documents"], "until": args.until,
               "instructions_per_100kb": round(per_100kb), "python": platform.python_version()}
        stages = "" if args.until == "all" else f" (stages up to {args.until})"
        print(f"{src}: {per_100kb / 1e9:.3f} G instructions per 100 KB{stages} "
              f"({read['documents']} documents, {read['chars']:,} characters)")
        with RESULTS.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    main()
