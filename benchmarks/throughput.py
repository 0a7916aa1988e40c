#!/usr/bin/env python3
"""Throughput of the whole pipeline, with two reference points measured in the same run.

    python benchmarks/throughput.py [--mb 1] [--runs 3] [--corpus PATH] [--jobs 2] [--cli-rss-mb 0]

* **pipeline**: ``extract`` from raw text to serialised JSON Lines, on the
  generated corpus of ``benchmarks/corpus.py`` (or on any folder of text
  files or JSON Lines of pages given with ``--corpus``, e.g. ``../shared/seeds``);
* **trigger scan**: one pass of a trie-optimised ``regex`` alternation of the
  lexicons' trigger words over the same text (the cost of merely finding the
  words);
* **sentence split**: the text layer's sentence splitter alone.

Each stage of the cascade is timed inside the same pipeline run (a
:class:`~conflictevents.pipeline.StageClock`): text layer, tokens, mentions,
phrases, frames, grammars, story, linking; and the text layer is also timed
alone, as a check on the clock.

Figures: MB/s, documents/s, events/s, peak RSS, median of ``--runs`` runs, the
pipeline as a ratio of each reference; the machine and versions are printed.
``--sizes 1,10`` measures scaling; ``--jobs N`` the parallel CLI's speed-up;
``--cli-rss-mb N`` the CLI's peak RSS on an N MB JSON Lines input. Results
are appended to ``benchmarks/results/throughput.jsonl``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import regex

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

from conflictevents import Extractor, __version__  # noqa: E402
from conflictevents.lexicons.trie import compile_lists  # noqa: E402
from conflictevents.phrases.morphology import noun_forms, verb_forms  # noqa: E402
from conflictevents.pipeline import STAGES, StageClock  # noqa: E402
from conflictevents.serialize import dumps_event  # noqa: E402
from conflictevents.text.page import layout  # noqa: E402
from conflictevents.text.sentences import split_sentences  # noqa: E402


def load_corpus(path: Path | None, mb: float) -> list[dict[str, Any]]:
    """Pages totalling about ``mb`` megabytes (repeating a real corpus if needed)."""
    target = int(mb * 1_000_000)
    if path is None:
        docs: list[dict[str, Any]] = []
        size = 0
        for d in corpus.pages(10**9):
            docs.append(d)
            size += len(d["text"])
            if size >= target:
                return docs
    base: list[dict[str, Any]] = []
    if path.is_dir():
        for f in sorted(path.rglob("*")):
            if f.is_file() and f.suffix in (".txt", ".md"):
                base.append({"id": f.name, "text": f.read_text(encoding="utf-8", errors="replace"), "published": None})
    else:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                base.append(json.loads(line))
    docs, size, i = [], 0, 0
    while size < target and base:
        d = dict(base[i % len(base)])
        d["id"] = f"{d['id']}#{i}"
        docs.append(d)
        size += len(d["text"])
        i += 1
    return docs


def trigger_words(ex: Extractor) -> list[str]:
    """Every word form that can trigger a frame, and every weapon and target word."""
    lex = ex.lexicons
    words: set[str] = set(lex.weapons.words()) | set(lex.targets.words())
    for lemma in ex.frames.verb_lemmas() | ex.frames.light_verbs():
        words.update(verb_forms(lemma))
    for lemma in ex.frames.noun_lemmas():
        words.update(noun_forms(lemma))
    return sorted({w for w in words if w.strip()}, key=len, reverse=True)


def timed(fn: Any, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def measure(docs: list[dict[str, Any]], runs: int, ex: Extractor, scan: Any) -> dict[str, Any]:
    size = sum(len(d["text"]) for d in docs) / 1e6
    events = 0

    def pipeline() -> None:
        nonlocal events
        events = 0
        for d in docs:
            r = ex.extract(d["text"], published=d.get("published"), doc_id=d["id"])
            events += len(r.events)
            for e in r.events:
                dumps_event(e)

    def trigger_scan() -> None:
        for d in docs:
            for _ in scan.finditer(d["text"]):
                pass

    def sentence_split() -> None:
        for d in docs:
            for _ in split_sentences(d["text"]):
                pass

    def text_layer() -> None:
        for d in docs:
            layout(d["text"], ex.lexicons.boilerplate)

    clock = StageClock()
    ex.clock = clock
    t_pipe = timed(pipeline, runs)
    ex.clock = None
    t_scan = timed(trigger_scan, runs)
    t_split = timed(sentence_split, runs)
    t_layer = timed(text_layer, runs)
    stages = {k: round(v / runs, 3) for k, v in clock.seconds.items()}
    return {
        "mb": round(size, 3), "documents": len(docs), "events": events,
        "pipeline_mb_s": round(size / t_pipe, 4), "docs_s": round(len(docs) / t_pipe, 1),
        "events_s": round(events / t_pipe, 1),
        "trigger_scan_mb_s": round(size / t_scan, 3), "sentence_split_mb_s": round(size / t_split, 3),
        "text_layer_mb_s": round(size / t_layer, 3),
        "stage_seconds": stages,
        "stage_shares": {k: round(v, 3) for k, v in clock.shares().items()},
        "ratio_to_trigger_scan": round(t_scan / t_pipe, 4), "ratio_to_sentence_split": round(t_split / t_pipe, 4),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


#: Runs the CLI and prints its own peak RSS. ``VmHWM`` is the peak of the
#: process's memory since ``exec``; ``getrusage`` would also count the moment
#: between ``fork`` and ``exec``, when the child still shares this benchmark's
#: pages (the whole corpus, for ``--cli-rss-mb``).
_CLI_WITH_PEAK = (
    "import runpy, sys\n"
    "sys.argv = ['conflictevents'] + sys.argv[1:]\n"
    "try:\n"
    "    runpy.run_module('conflictevents', run_name='__main__')\n"
    "except SystemExit as e:\n"
    "    code = e.code\n"
    "else:\n"
    "    code = 0\n"
    "kb = [l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')]\n"
    "sys.stderr.write('PEAK_RSS_KB ' + (kb[0] if kb else '0') + '\\n')\n"
    "sys.exit(code)\n"
)


def cli_run(path: Path, jobs: int) -> tuple[float, float]:
    """Seconds and peak RSS (MB, of the main CLI process) on a JSON Lines file."""
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", _CLI_WITH_PEAK, str(path), "--quiet", "--jobs", str(jobs),
                           "-o", os.devnull], capture_output=True)
    dt = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        raise SystemExit(proc.stderr.decode()[-2000:])
    peak = [line.split()[1] for line in proc.stderr.decode().splitlines() if line.startswith("PEAK_RSS_KB")]
    rss = int(peak[-1]) / 1024 if peak and peak[-1] != "0" else resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return dt, rss


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=1.0, help="corpus size in MB (default 1)")
    ap.add_argument("--sizes", default="", help="comma-separated sizes in MB for the scaling table, e.g. 1,10")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--corpus", type=Path, help="a folder of pages or a JSON Lines file instead of the generator")
    ap.add_argument("--jobs", type=int, default=0, help="also measure the CLI with --jobs N against --jobs 1")
    ap.add_argument("--cli-rss-mb", type=float, default=0, help="CLI peak RSS on a JSON Lines input of this size")
    args = ap.parse_args(argv)

    print(f"machine: {platform.machine()} {platform.processor() or ''} {os.cpu_count()} cores, "
          f"{platform.system()} {platform.release()}")
    print(f"python {platform.python_version()}, conflictevents {__version__}, regex {regex.__version__}")
    t0 = time.perf_counter()
    ex = Extractor()
    print(f"start-up (lexicons and grammars compiled): {time.perf_counter() - t0:.2f}s")
    # the reference: one pass of a trie-shaped alternation of every trigger word
    scan = compile_lists(r"\b(?:\L<w>)\b", regex.IGNORECASE, w=trigger_words(ex))
    results: dict[str, Any] = {"time": time.strftime("%Y-%m-%dT%H:%M:%S"), "machine": platform.machine(),
                               "python": platform.python_version(), "version": __version__, "runs": []}
    sizes = [float(x) for x in args.sizes.split(",") if x] or [args.mb]
    for mb in sizes:
        docs = load_corpus(args.corpus, mb)
        r = measure(docs, args.runs, ex, scan)
        results["runs"].append(r)
        print(json.dumps(r))
        print("stage      seconds  share")
        for name in STAGES:
            print(f"{name:<10} {r['stage_seconds'][name]:7.3f}  {r['stage_shares'][name]:5.1%}")
    if args.jobs or args.cli_rss_mb:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "corpus.jsonl"
            docs = load_corpus(args.corpus, args.cli_rss_mb or args.mb)
            with open(path, "w", encoding="utf-8") as fh:
                for d in docs:
                    fh.write(json.dumps(d) + "\n")
            if args.jobs:
                one, _ = cli_run(path, 1)
                many, _ = cli_run(path, args.jobs)
                results["jobs"] = {"jobs": args.jobs, "seconds_1": round(one, 2), "seconds_n": round(many, 2),
                                   "speedup": round(one / many, 2)}
                print(json.dumps(results["jobs"]))
            if args.cli_rss_mb:
                _, rss = cli_run(path, 1)
                results["cli_peak_rss_mb"] = round(rss, 1)
                print(json.dumps({"cli_input_mb": args.cli_rss_mb, "cli_peak_rss_mb": round(rss, 1)}))
    out = HERE / "results" / "throughput.jsonl"
    out.parent.mkdir(exist_ok=True)
    with open(out, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(results) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
