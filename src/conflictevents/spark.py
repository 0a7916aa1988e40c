"""Extraction on Spark: a DataFrame of pages in, a DataFrame of events out, one row per event.

Needs the ``spark`` extra (``pip install 'conflictevents[spark]'``: PySpark
and ``pyarrow``) and Java 17 or later; ``import conflictevents`` never imports
PySpark, and the functions here raise
:class:`~conflictevents.errors.ExtraNotInstalled` without it.

.. code-block:: python

    from pyspark.sql import SparkSession
    from conflictevents.spark import extract_dataframe

    spark = SparkSession.builder.master("local[2]").getOrCreate()    # spark-submit --master yarn ... on a cluster
    pages = spark.read.json("dump-*.jsonl")                           # columns id, text, published
    events = extract_dataframe(pages)
    events.write.parquet("events/")                                   # the schema of --format parquet

The pages go to the Python workers as Arrow record batches
(:meth:`pyspark.sql.DataFrame.mapInArrow`) and the events come back as Arrow
record batches of :func:`conflictevents.arrow.arrow_schema`; the Spark schema
is derived from that Arrow schema (:func:`spark_schema`), so neither is
written by hand. Each Python worker builds the extractor of a configuration
once (a bounded per-process cache, :func:`conflictevents.batch.worker_extractor`)
and Spark reuses its Python workers between tasks
(``spark.python.worker.reuse``, on by default).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from .arrow import arrow_schema, require
from .batch import Errors, events_of_records
from .config import ExtractConfig
from .errors import InputError

if TYPE_CHECKING:  # pragma: no cover - for type checkers only
    import pyspark.sql
    import pyspark.sql.types

__all__ = ["spark_schema", "extract_dataframe", "INPUT_COLUMNS"]

#: The columns read from the input DataFrame; ``published`` may be missing.
INPUT_COLUMNS = ("id", "text", "published")


def spark_schema() -> pyspark.sql.types.StructType:
    """The Spark schema of the events DataFrame: :func:`~conflictevents.arrow.arrow_schema` in Spark's types.

    Strings are ``StringType``, counts ``LongType``, coordinates
    ``DoubleType``, spans ``ArrayType(LongType)``, actors, places, quantities
    and dates ``StructType``, lists ``ArrayType``.
    """
    types = require("pyspark.sql.pandas.types", "spark")
    schema: pyspark.sql.types.StructType = types.from_arrow_schema(arrow_schema())
    return schema


def _events_of_batches(batches: Iterator[Any], config: ExtractConfig, errors: Errors) -> Iterator[Any]:
    """In a Python worker: record batches of pages to record batches of events."""
    pa = require("pyarrow", "spark")
    schema = arrow_schema()
    for batch in batches:
        events = events_of_records(batch.to_pylist(), config, errors=errors)
        if events:
            yield pa.RecordBatch.from_pylist(events, schema=schema)


class _Job:
    """The function shipped to the workers (a class, so that it pickles by reference to this module)."""

    def __init__(self, config: ExtractConfig, errors: Errors) -> None:
        self.config = config
        self.errors = errors

    def __call__(self, batches: Iterator[Any]) -> Iterator[Any]:
        return _events_of_batches(batches, self.config, self.errors)


def extract_dataframe(
    df: pyspark.sql.DataFrame, *, config: ExtractConfig | None = None, errors: Errors = "raise"
) -> pyspark.sql.DataFrame:
    """A DataFrame with ``id``, ``text`` and ``published`` columns to a DataFrame of events, one row per event.

    ``id`` is a string or an integer, ``text`` a string, and ``published`` (if
    there is such a column) a date, a timestamp or an ISO date string: each row
    is read as the command line reads a JSON Lines record (other columns are
    ignored). The result has the schema :func:`spark_schema`; its rows hold
    the values of ``--format jsonl``'s lines (and of ``--format parquet``'s
    rows). Give every page an ``id`` of its own: the command line renumbers
    the events of a repeated id, which partitions processed apart cannot do.

    ``config`` (an :class:`~conflictevents.config.ExtractConfig`) is sent
    to the executors with the task; user lexicon paths must exist on every
    executor. ``errors``: see :data:`conflictevents.batch.Errors`. Raises
    :class:`~conflictevents.errors.InputError` when ``id`` or ``text`` is
    missing.
    """
    require("pyspark.sql", "spark")
    missing = [c for c in INPUT_COLUMNS[:2] if c not in df.columns]
    if missing:
        raise InputError(
            f"the DataFrame has no {' and no '.join(repr(c) for c in missing)} column "
            f"(it has {', '.join(df.columns) or 'none'}): extract_dataframe reads id, text and published"
        )
    cfg = config if config is not None else ExtractConfig()
    pages = df.select(*[c for c in INPUT_COLUMNS if c in df.columns])
    return pages.mapInArrow(_Job(cfg, errors), spark_schema())
