#!/usr/bin/env python3
"""Throughput on one machine of the command line and of the Dask and Spark integrations.

    python benchmarks/cluster.py [--mb 1] [--workers 2] [--only cli1,cli2,dask,spark]

Each engine reads the same generated corpus (``benchmarks/corpus.py``,
``{"id", "text", "published"}`` JSON Lines) and writes its events as JSON Lines:

* ``cli1``, ``cli2``: ``python -m conflictevents docs.jsonl --jobs N -o events.jsonl``, a process
  of its own, timed whole (start-up included, about 1.3 s);
* ``dask``: a ``distributed.LocalCluster`` of ``--workers`` single-threaded worker processes,
  ``extract_bag(...).map(json.dumps).to_textfiles(...)``;
* ``spark``: PySpark ``local[N]``, ``spark.read.json`` -> ``extract_dataframe`` -> ``write.json``.

For Dask and Spark the time counted starts once the cluster (or the JVM and
session) is up, which a real cluster pays once, and includes each worker
building its extractor; the start-up is printed apart. Every engine's events
are checked against the ``cli1`` run (same set of lines). The machine, its
load average and the versions are printed and appended with the figures to
``benchmarks/results/cluster.jsonl``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

from conflictevents import __version__  # noqa: E402


def write_corpus(folder: Path, mb: float) -> tuple[Path, int, int]:
    """Pages of the generated corpus until ``mb`` megabytes of text: the file, its documents and bytes."""
    docs = folder / "docs.jsonl"
    n = size = 0
    with docs.open("w", encoding="utf-8") as out:
        for page in corpus.pages(1_000_000, seed=7):
            out.write(json.dumps(page) + "\n")
            n += 1
            size += len(page["text"].encode("utf-8"))
            if size >= mb * 1_000_000:
                break
    return docs, n, size


def event_lines(path: Path) -> list[str]:
    """The events under ``path`` (a file or a folder of part files), each re-serialised, sorted."""
    files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith((".", "_"))) \
        if path.is_dir() else [path]
    out = []
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.dumps(json.loads(line), ensure_ascii=False))
    return sorted(out)


def run_cli(docs: Path, out: Path, jobs: int) -> dict[str, Any]:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "conflictevents", str(docs), "-q", "--jobs", str(jobs), "-o", str(out)],
                   check=True)
    return {"seconds": time.perf_counter() - t0, "startup": 0.0}


def run_dask(docs: Path, out: Path, workers: int) -> dict[str, Any]:
    import dask.bag as db
    from distributed import Client, LocalCluster

    from conflictevents.dask import extract_bag

    t0 = time.perf_counter()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster):
        t1 = time.perf_counter()
        pages = db.read_text(str(docs), blocksize=256_000).map(json.loads)
        extract_bag(pages).map(json.dumps, ensure_ascii=False).to_textfiles(str(out / "*.jsonl"))
        t2 = time.perf_counter()
    return {"seconds": t2 - t1, "startup": t1 - t0, "partitions": pages.npartitions}



def run_spark(docs: Path, out: Path, workers: int) -> dict[str, Any]:
    from pyspark.sql import SparkSession

    from conflictevents.spark import extract_dataframe

    os.environ["PYSPARK_PYTHON"] = sys.executable
    t0 = time.perf_counter()
    spark = (SparkSession.builder.master(f"local[{workers}]").config("spark.ui.enabled", "false")
             .config("spark.sql.files.maxPartitionBytes", "256000").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    t1 = time.perf_counter()
    pages = spark.read.schema("id string, text string, published string").json(str(docs))  # no inference pass
    extract_dataframe(pages).write.mode("overwrite").option("ignoreNullFields", "false").json(str(out))
    t2 = time.perf_counter()
    partitions = pages.rdd.getNumPartitions()
    spark.stop()
    return {"seconds": t2 - t1, "startup": t1 - t0, "partitions": partitions}


def _contract(lines: list[str]) -> list[str]:
    """Spark's JSON writer puts the columns of every type on each line: keep those of the line's type."""
    from conflictevents.arrow import rows_to_events

    return sorted(json.dumps(e, ensure_ascii=False) for e in rows_to_events(json.loads(x) for x in lines))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=1.0, help="corpus size in MB of text (default 1)")
    ap.add_argument("--workers", type=int, default=2, help="Dask workers / Spark local[N] (default 2)")
    ap.add_argument("--only", default="cli1,cli2,dask,spark", help="engines to run (default: all four)")
    args = ap.parse_args(argv)
    engines = [e.strip() for e in args.only.split(",") if e.strip()]
    work = Path(tempfile.mkdtemp(prefix="conflictevents-cluster-"))
    try:
        docs, n, size = write_corpus(work, args.mb)
        machine = {"python": platform.python_version(), "machine": platform.machine(), "cpus": os.cpu_count(),
                   "processor": platform.processor() or platform.uname().machine,
                   "load_before": os.getloadavg(), "conflictevents": __version__}
        print(f"corpus: {n} documents, {size / 1e6:.2f} MB; machine: {machine}")
        reference: list[str] | None = None
        results = []
        for engine in engines:
            out = work / f"out-{engine}"
            if engine.startswith("cli"):
                res = run_cli(docs, out.with_suffix(".jsonl"), int(engine[3:]))
                lines = event_lines(out.with_suffix(".jsonl"))
            elif engine == "dask":
                out.mkdir()
                res = run_dask(docs, out, args.workers)
                lines = event_lines(out)
            elif engine == "spark":
                res = run_spark(docs, out, args.workers)
                lines = _contract(event_lines(out))
            else:
                raise SystemExit(f"unknown engine {engine!r}")
            if reference is None:
                reference = lines
            same = lines == reference
            res.update(engine=engine, mb_s=size / 1e6 / res["seconds"], events=len(lines), same_events=same,
                       load_after=os.getloadavg())
            results.append(res)
            print(f"{engine:6s} {res['mb_s']:.3f} MB/s  {res['seconds']:.1f} s (+ {res['startup']:.1f} s start-up)  "
                  f"{len(lines)} events, same as the first: {same}", flush=True)
        record = {"when": time.strftime("%Y-%m-%dT%H:%M:%S"), "mb": size / 1e6, "documents": n,
                  "workers": args.workers, **machine, "results": results}
        (HERE / "results").mkdir(exist_ok=True)
        with open(HERE / "results" / "cluster.jsonl", "a", encoding="utf-8") as f:
            f.write(json.dumps(record) + "\n")
        return 0 if all(r["same_events"] for r in results) else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
