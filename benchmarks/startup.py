#!/usr/bin/env python3
"""Start-up: how long before the first event, measured in fresh processes.

    python benchmarks/startup.py [--runs 7]

Prints, each as the minimum and the median of ``--runs`` fresh processes
(wall-clock seconds, and CPU seconds of the process, which a busy machine
inflates less):

* **import**: ``import conflictevents.pipeline`` (what building an extractor imports);
* **build, cold cache**: ``Extractor()`` with an empty cache folder (the
  gazetteer index is built from ``places.tsv``, the patterns compiled, and
  both written);
* **build, warm cache**: ``Extractor()`` with the index and the compiled
  patterns (:mod:`conflictevents.compiled`) loaded from the cache;
* **build, no cache**: ``CONFLICTEVENTS_NO_CACHE=1``, as before the caches;
* **first document**: the first ``extract`` after the build (patterns compiled on first use);
* **CLI, one line**: ``python -m conflictevents one-line.txt`` (warm cache), the whole process;
* **CLI, one line, no bytecode**: the same with ``PYTHONDONTWRITEBYTECODE=1``
  and the bytecode folders where Python keeps them by default: on a checkout
  with no ``__pycache__`` (an editable install on a machine that sets that
  variable, as this one does), every module of the package is compiled from
  its source in each process;
* **CLI, missing file**: ``python -m conflictevents nosuchfile``.

Every process but the last CLI row finds Python's bytecode of the package
(as an installed package has it; kept in a folder of the run through
``PYTHONPYCACHEPREFIX``, filled by one import first). The machine, its cores and load average (``os.getloadavg``) are printed with
the figures: on a shared machine, wall-clock times follow the load. Results
are appended to ``benchmarks/results/startup.jsonl``.
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

#: Times the stages of one start-up in this fresh process; prints them as JSON.
_STAGES = r"""
import json, sys, time
w0, c0 = time.perf_counter(), time.process_time()
import conflictevents.pipeline as pipeline
w1, c1 = time.perf_counter(), time.process_time()
ex = pipeline.Extractor()
w2, c2 = time.perf_counter(), time.process_time()
ex.extract("Russia launched 40 drones at Kharkiv overnight, Ukraine's air force said on Tuesday.",
           published="2025-03-04")
w3, c3 = time.perf_counter(), time.process_time()
print(json.dumps({"import": [w1 - w0, c1 - c0], "build": [w2 - w1, c2 - c1], "first": [w3 - w2, c3 - c2]}))
"""

ONE_LINE = "Russia launched 40 drones at Kharkiv overnight, Ukraine's air force said on Tuesday.\n"


def stages(env: dict[str, str]) -> dict[str, list[float]]:
    out = subprocess.run([sys.executable, "-c", _STAGES], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def process(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one process."""
    before = os.times()
    t0 = time.perf_counter()
    subprocess.run([sys.executable, *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    after = os.times()
    return wall, (after.children_user - before.children_user) + (after.children_system - before.children_system)


def summary(samples: list[tuple[float, float]]) -> dict[str, float]:
    walls = [w for w, _ in samples]
    cpus = [c for _, c in samples]
    return {"wall_min": round(min(walls), 3), "wall_median": round(statistics.median(walls), 3),
            "cpu_min": round(min(cpus), 3), "cpu_median": round(statistics.median(cpus), 3)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=7, help="fresh processes per figure (default 7)")
    args = ap.parse_args(argv)
    from conflictevents import __version__

    load = os.getloadavg()
    print(f"machine: {platform.machine()} {platform.processor() or ''} {os.cpu_count()} cores, "
          f"{platform.system()} {platform.release()}; load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    print(f"python {platform.python_version()}, conflictevents {__version__}; {args.runs} runs, min / median")
    results: dict[str, Any] = {"time": time.strftime("%Y-%m-%dT%H:%M:%S"), "machine": platform.machine(),
                               "cores": os.cpu_count(), "python": platform.python_version(), "version": __version__,
                               "runs": args.runs, "load_before": [round(x, 2) for x in load]}
    with tempfile.TemporaryDirectory() as tmp:
        # Python's bytecode as an installed package has it (pip writes it at install time): kept in a folder of
        # this run, filled by a first import; "no bytecode" (PYTHONDONTWRITEBYTECODE, set on some machines, this
        # one included) compiles every module of the package from its source in each process
        base = {k: v for k, v in os.environ.items()
                if not k.startswith("CONFLICTEVENTS_") and k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")}
        base["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "bytecode")
        subprocess.run([sys.executable, "-c", "import conflictevents.pipeline, conflictevents.cli"], env=base,
                       check=True)
        cache_dir = Path(tmp) / "cache"
        warm = {**base, "CONFLICTEVENTS_CACHE_DIR": str(cache_dir)}
        none = {**base, "CONFLICTEVENTS_NO_CACHE": "1"}
        no_bytecode = {**{k: v for k, v in warm.items() if k != "PYTHONPYCACHEPREFIX"}, "PYTHONDONTWRITEBYTECODE": "1"}
        line = Path(tmp) / "one-line.txt"
        line.write_text(ONE_LINE, encoding="utf-8")
        figures: dict[str, list[tuple[float, float]]] = {k: [] for k in (
            "import", "build_cold", "build_warm", "build_no_cache", "first_document", "cli_one_line",
            "cli_one_line_no_bytecode", "cli_missing_file")}
        for _ in range(args.runs):
            for f in cache_dir.glob("*"):
                f.unlink()
            cold = stages(warm)  # an empty cache folder: built and written
            figures["build_cold"].append(tuple(cold["build"]))  # type: ignore[arg-type]
            hot = stages(warm)
            figures["import"].append(tuple(hot["import"]))  # type: ignore[arg-type]
            figures["build_warm"].append(tuple(hot["build"]))  # type: ignore[arg-type]
            figures["first_document"].append(tuple(hot["first"]))  # type: ignore[arg-type]
            figures["build_no_cache"].append(tuple(stages(none)["build"]))  # type: ignore[arg-type]
            figures["cli_one_line"].append(process(["-m", "conflictevents", str(line), "-q"], warm))
            figures["cli_one_line_no_bytecode"].append(process(["-m", "conflictevents", str(line), "-q"], no_bytecode))
            figures["cli_missing_file"].append(process(["-m", "conflictevents", str(Path(tmp) / "nosuchfile")], warm))
        print(f"{'':22s} {'wall min':>9s} {'median':>8s} {'cpu min':>9s} {'median':>8s}")
        for name, samples in figures.items():
            s = summary(samples)
            results[name] = s
            print(f"{name:22s} {s['wall_min']:9.3f} {s['wall_median']:8.3f} {s['cpu_min']:9.3f} {s['cpu_median']:8.3f}")
    results["load_after"] = [round(x, 2) for x in os.getloadavg()]
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    out = HERE / "results" / "startup.jsonl"
    out.parent.mkdir(exist_ok=True)
    with open(out, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(results) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
