"""Dask and Spark on real engines: a 2-worker ``distributed.LocalCluster`` and PySpark in ``local[2]`` mode.

Both read the same small corpus (the bundled sample page, the fixture pages
and a few generated pages of ``benchmarks/corpus.py``) and must give exactly
the events of ``python -m conflictevents --format jsonl`` on it. No mocks:
these start real worker processes (and a JVM for Spark, which needs Java 17+),
so they are ``slow`` (``pytest -m slow``, as CI runs them). The engines are
test dependencies: without them these tests fail, they do not skip.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import dask.bag as db
import pyarrow as pa
import pytest
from distributed import Client, LocalCluster

from conflictevents import ExtractConfig
from conflictevents.arrow import arrow_schema, rows_to_events, table_to_events
from conflictevents.batch import worker_extractor
from conflictevents.errors import InputError

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import corpus  # noqa: E402

pytestmark = pytest.mark.slow


def _records() -> list[dict[str, Any]]:
    sample = resources.files("conflictevents").joinpath("data", "sample_page.txt").read_text(encoding="utf-8")
    recs: list[dict[str, Any]] = [{"id": "sample_page.txt", "text": sample, "published": "2025-03-14"}]
    for page in sorted((ROOT / "tests" / "fixtures" / "pages").iterdir()):
        recs.append({"id": page.name, "text": page.read_text(encoding="utf-8"), "published": None})
    recs += list(corpus.pages(6, seed=11))
    return recs


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[dict[str, Any]], Path, list[str]]:
    """The records, their JSON Lines file, and the CLI's sorted event lines for it (order-normalised)."""
    folder = tmp_path_factory.mktemp("cluster")
    recs = _records()
    docs = folder / "docs.jsonl"
    docs.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "conflictevents", str(docs), "-q", "--format", "jsonl",
                           "-o", str(folder / "events.jsonl")], capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr
    parquet = subprocess.run([sys.executable, "-m", "conflictevents", str(docs), "-q", "--format", "parquet",
                              "-o", str(folder / "events.parquet")], capture_output=True, timeout=300)
    assert parquet.returncode == 0, parquet.stderr
    lines = (folder / "events.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) > 100 and len({json.loads(x)["doc"] for x in lines}) == len(recs)
    return recs, folder, sorted(lines)


def _lines(events: list[dict[str, Any]]) -> list[str]:
    return sorted(json.dumps(e, ensure_ascii=False) for e in events)


# --------------------------------------------------------------------------- Dask
@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with Client(cluster) as c:
            yield c


def test_dask_bag_gives_the_cli_events(client: Client, pages: tuple[list[dict[str, Any]], Path, list[str]]) -> None:
    from conflictevents.dask import extract_bag

    recs, _, expected = pages
    bag = db.from_sequence(recs, npartitions=4)
    events = extract_bag(bag).compute()
    assert _lines(events) == expected
    # both workers worked, and each built the extractor once for its 2 partitions
    built = client.run(lambda: worker_extractor.cache_info().misses)
    assert sorted(built.values()) == [1, 1], built


def test_dask_dataframe_has_the_schema_and_the_values(client: Client,
                                                     pages: tuple[list[dict[str, Any]], Path, list[str]]) -> None:
    from conflictevents.dask import extract_bag, to_dataframe

    recs, _, expected = pages
    frame = to_dataframe(extract_bag(db.from_sequence(recs, npartitions=3)))
    assert list(frame.columns) == arrow_schema().names
    local = frame.compute()
    assert [str(t) for t in local.dtypes] == [f"{f.type}[pyarrow]" for f in arrow_schema()]
    table = pa.Table.from_pandas(local, schema=arrow_schema(), preserve_index=False)
    assert _lines(table_to_events(table)) == expected


def test_dask_bad_records_raise_or_are_skipped(client: Client) -> None:
    from conflictevents.dask import extract_bag

    bag = db.from_sequence([{"id": "good", "text": "Russia launched 10 drones at Sumy."}, {"id": "bad"}], npartitions=1)
    with pytest.raises(InputError, match="document bad: no 'text' field"):
        extract_bag(bag).compute()
    assert [e["doc"] for e in extract_bag(bag, errors="skip").compute()] == ["good"]
    only = extract_bag(bag, config=ExtractConfig(types=("claim",)), errors="skip").compute()
    assert only == []


# --------------------------------------------------------------------------- Spark
@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from pyspark.sql import SparkSession

    before = os.environ.get("PYSPARK_PYTHON")
    os.environ["PYSPARK_PYTHON"] = sys.executable  # the executors' Python: this one, with conflictevents
    session = (SparkSession.builder.master("local[2]").appName("conflictevents-tests")
               .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    try:
        yield session
    finally:
        session.stop()
        if before is None:
            os.environ.pop("PYSPARK_PYTHON", None)
        else:
            os.environ["PYSPARK_PYTHON"] = before


def test_spark_gives_the_cli_events(spark: Any, pages: tuple[list[dict[str, Any]], Path, list[str]]) -> None:
    from conflictevents.spark import extract_dataframe, spark_schema

    recs, folder, expected = pages
    df = spark.read.json(str(folder / "docs.jsonl")).repartition(2)
    events = extract_dataframe(df)
    assert events.schema == spark_schema()
    rows = [r.asDict(recursive=True) for r in events.collect()]
    assert _lines(rows_to_events(rows)) == expected
    # no Python worker built the extractor twice (workers are reused between tasks)
    built = spark.sparkContext.parallelize(range(2), 2).mapPartitions(
        lambda _: [worker_extractor.cache_info().misses]).collect()
    assert all(n <= 1 for n in built), built


def test_spark_reads_the_cli_parquet_with_the_same_schema(spark: Any,
                                                         pages: tuple[list[dict[str, Any]], Path, list[str]]) -> None:
    from conflictevents.spark import spark_schema

    _, folder, expected = pages
    df = spark.read.parquet(str(folder / "events.parquet"))
    assert df.schema.simpleString() == spark_schema().simpleString()
    assert df.count() == len(expected)


def test_spark_needs_id_and_text(spark: Any) -> None:
    from conflictevents.spark import extract_dataframe

    df = spark.createDataFrame([("a", "2025-01-01")], ["name", "published"])
    with pytest.raises(InputError, match="no 'id' and no 'text' column"):
        extract_dataframe(df)
