#!/usr/bin/env python3
"""``--jobs N`` against ``--jobs 1`` on a large generated input, and the check that both write the same bytes.

    python benchmarks/jobs.py [--mb 2] [--jobs 2] [--runs 3] [--format jsonl]

Writes a JSON Lines input of about ``--mb`` megabytes of generated pages
(``benchmarks/corpus.py``), then runs the command line on it with
``--jobs 1`` and ``--jobs N``, alternately, ``--runs`` times each, in fresh
processes (the gazetteer index cache warm). Prints the wall-clock seconds
(minimum and median), the CPU seconds of all the processes of a run (the
parent and its workers: what parallel work costs beyond one process), the
speed-up (of the medians, and of the minimums), and whether the outputs are
byte for byte the same. The machine, its cores and its load average are
printed with the figures: on a shared machine a second process may not get a
core of its own. Results are appended to ``benchmarks/results/jobs.jsonl``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402


def write_input(path: Path, mb: float) -> tuple[int, int]:
    """About ``mb`` MB of generated pages as JSON Lines: (documents, characters)."""
    target = int(mb * 1_000_000)
    n = size = 0
    with open(path, "w", encoding="utf-8") as fh:
        for d in corpus.pages(10**9):
            fh.write(json.dumps(d) + "\n")
            n += 1
            size += len(d["text"])
            if size >= target:
                break
    return n, size


def run(path: Path, out: Path, jobs: int, fmt: str) -> tuple[float, float]:
    """Wall and CPU seconds (this run's processes, workers included) of one command-line run."""
    before = os.times()
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "conflictevents", str(path), "--quiet", "--jobs", str(jobs),
                           "--format", fmt, "-o", str(out)], capture_output=True)
    wall = time.perf_counter() - t0
    after = os.times()
    if proc.returncode not in (0, 1):
        raise SystemExit(proc.stderr.decode()[-2000:])
    return wall, (after.children_user - before.children_user) + (after.children_system - before.children_system)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=2.0, help="input size in MB of page text (default 2)")
    ap.add_argument("--jobs", type=int, default=2, help="the parallel run's --jobs (default 2)")
    ap.add_argument("--runs", type=int, default=3, help="runs of each (default 3)")
    ap.add_argument("--format", default="jsonl", help="output format (default jsonl)")
    args = ap.parse_args(argv)
    from conflictevents import __version__

    load = os.getloadavg()
    print(f"machine: {platform.machine()} {platform.processor() or ''} {os.cpu_count()} cores, "
          f"{platform.system()} {platform.release()}; load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    print(f"python {platform.python_version()}, conflictevents {__version__}")
    results: dict[str, Any] = {"time": time.strftime("%Y-%m-%dT%H:%M:%S"), "machine": platform.machine(),
                               "cores": os.cpu_count(), "python": platform.python_version(), "version": __version__,
                               "jobs": args.jobs, "runs": args.runs, "format": args.format,
                               "load_before": [round(x, 2) for x in load]}
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "input.jsonl"
        docs, chars = write_input(src, args.mb)
        print(f"input: {docs} documents, {chars / 1e6:.2f} MB of text; {args.runs} runs each, alternating")
        results.update(documents=docs, mb=round(chars / 1e6, 3))
        one_out, many_out = Path(tmp) / "one.out", Path(tmp) / "many.out"
        run(src, one_out, 1, args.format)  # warms the gazetteer index cache and the file system
        ones: list[tuple[float, float]] = []
        manys: list[tuple[float, float]] = []
        for _ in range(args.runs):
            ones.append(run(src, one_out, 1, args.format))
            manys.append(run(src, many_out, args.jobs, args.format))
        same = one_out.read_bytes() == many_out.read_bytes()
    for name, samples in (("jobs_1", ones), (f"jobs_{args.jobs}", manys)):
        walls = [w for w, _ in samples]
        cpus = [c for _, c in samples]
        results[name] = {"wall_min": round(min(walls), 2), "wall_median": round(statistics.median(walls), 2),
                         "cpu_median": round(statistics.median(cpus), 2)}
        print(f"--jobs {name[5:]:<3s} wall min {min(walls):7.2f} s, median {statistics.median(walls):7.2f} s; "
              f"CPU median {statistics.median(cpus):7.2f} s")
    one_med, many_med = statistics.median(w for w, _ in ones), statistics.median(w for w, _ in manys)
    one_min, many_min = min(w for w, _ in ones), min(w for w, _ in manys)
    results["speedup_median"] = round(one_med / many_med, 2)
    results["speedup_min"] = round(one_min / many_min, 2)
    results["byte_identical"] = same
    results["load_after"] = [round(x, 2) for x in os.getloadavg()]
    print(f"speed-up: {one_med / many_med:.2f}x (medians), {one_min / many_min:.2f}x (minimums); "
          f"outputs byte-identical: {same}")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    out = HERE / "results" / "jobs.jsonl"
    out.parent.mkdir(exist_ok=True)
    with open(out, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(results) + "\n")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
