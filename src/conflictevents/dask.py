"""Extraction on Dask: a bag of pages in, a bag (or a dataframe) of events out.

Needs the ``dask`` extra (``pip install 'conflictevents[dask]'``: Dask with
``distributed``, ``pandas`` and ``pyarrow``); ``import conflictevents`` never
imports Dask, and the functions here raise
:class:`~conflictevents.errors.ExtraNotInstalled` without it.

.. code-block:: python

    import dask.bag as db
    from dask.distributed import Client, LocalCluster
    from conflictevents.dask import extract_bag, to_dataframe

    client = Client(LocalCluster(n_workers=2, threads_per_worker=1))   # or Client("tcp://scheduler:8786")
    pages = db.read_text("dump-*.jsonl").map(json.loads)                # {"id", "text", "published"} records
    events = extract_bag(pages)                                         # a bag of event dicts
    events.map(json.dumps).to_textfiles("events-*.jsonl")               # the JSON Lines contract
    to_dataframe(events).to_parquet("events/")                          # or a typed dataframe

Every worker builds the extractor of a configuration once (a bounded cache
per process: :func:`conflictevents.batch.worker_extractor`), whatever the
number of partitions. Use one thread per worker process
(``threads_per_worker=1``): extraction is pure Python and holds the GIL, so
threads add no speed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .arrow import arrow_schema, events_to_table, require
from .batch import Errors, events_of_records
from .config import ExtractConfig

if TYPE_CHECKING:  # pragma: no cover - for type checkers only
    import dask.bag
    import dask.dataframe
    import pandas

__all__ = ["extract_bag", "to_dataframe", "frame_of_events", "empty_frame"]


def extract_bag(bag: dask.bag.Bag, *, config: ExtractConfig | None = None, errors: Errors = "raise") -> dask.bag.Bag:
    """A bag of ``{"id", "text", "published", ...}`` records to a bag of event dicts.

    Each event is a dict of the JSON Lines contract (``json.dumps`` of it is
    the line ``python -m conflictevents --format jsonl`` writes), in the
    records' order within each partition. Records are read as the command line
    reads JSON Lines: an integer ``id`` becomes a string, ``published`` may be
    a date, a datetime, an ISO string or missing, and the other fields are
    metadata. Give every record an ``id`` of its own: the command line
    renumbers the events of a repeated id, which partitions processed apart
    cannot do.

    ``config`` (an :class:`~conflictevents.config.ExtractConfig`: event
    types, user lexicon files, ``max_chars``) is sent to the workers with the
    tasks; user lexicon paths must exist on every worker. ``errors``: see
    :data:`conflictevents.batch.Errors`.
    """
    require("dask.bag", "dask")
    cfg = config if config is not None else ExtractConfig()
    events: dask.bag.Bag = bag.map_partitions(events_of_records, cfg, errors=errors)  # type: ignore[no-untyped-call]
    return events


def frame_of_events(events: Any) -> pandas.DataFrame:
    """A pandas dataframe of event dicts, with the columns and dtypes of :func:`~conflictevents.arrow.arrow_schema`.

    Every column has a :class:`pandas.ArrowDtype` (strings, 64-bit integers,
    structs and lists as in the Arrow schema), so the values are the
    contract's, nulls included, and ``df.to_parquet`` writes the schema of
    ``--format parquet``.
    """
    pd = require("pandas", "dask")
    frame: pandas.DataFrame = events_to_table(list(events)).to_pandas(types_mapper=pd.ArrowDtype)
    return frame


def empty_frame() -> pandas.DataFrame:
    """The dataframe of no event: the ``meta`` of :func:`to_dataframe`."""
    return frame_of_events([])


def to_dataframe(events: dask.bag.Bag) -> dask.dataframe.DataFrame:
    """A Dask dataframe of a bag of event dicts (what :func:`extract_bag` returns).

    One row per event, one partition per partition of the bag, with the
    columns and dtypes of :func:`frame_of_events` (declared up front: no
    partition is computed to guess them).
    """
    dd = require("dask.dataframe", "dask")
    dask_ = require("dask", "dask")
    arrow_schema()  # fail here, not on the workers, when pyarrow is missing
    parts = [dask_.delayed(frame_of_events)(p) for p in events.to_delayed()]  # type: ignore[no-untyped-call]
    frame: dask.dataframe.DataFrame = dd.from_delayed(parts, meta=empty_frame(), verify_meta=False)
    return frame
