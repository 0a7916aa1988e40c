"""Records to events in a worker process: what Dask and Spark run on each partition.

A record is the command line's JSON Lines input, ``{"id", "text",
"published", ...}``; it is read exactly as the command line reads one line
(the same checks, the same defaults: see :mod:`conflictevents.inputs`), and
its events come out as dicts of the JSON Lines contract
(:func:`~conflictevents.serialize.event_line_dict`), so that a cluster's output
is the command line's.

:func:`worker_extractor` keeps the extractor of each configuration for the
life of the worker process, so each Dask worker or Spark executor's Python
worker compiles the lexicons and grammars (about a second) once, not once per
partition or per task.

>>> records = [{"id": "a", "text": "Russia launched 40 drones at Kharkiv on Monday.", "published": "2025-03-04"}]
>>> [(e["type"], e["doc"], e["date"]["date"]) for e in events_of_records(records)]
[('strike', 'a', '2025-03-03')]
>>> events_of_records([{"id": "b"}])
Traceback (most recent call last):
  ...
conflictevents.errors.InputError: document b: no 'text' field
>>> events_of_records([{"id": "b"}], errors="skip")
[]
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from typing import Any, Literal

from .config import ExtractConfig
from .errors import ConflictEventsError, InputError
from .inputs import BadDocument, _record
from .pipeline import Extractor
from .serialize import document_fields, event_line_dict

__all__ = ["Errors", "worker_extractor", "events_of_record", "events_of_records"]

#: What to do with a record that cannot be read (no ``text``, a bad date, too
#: long) or hits a time guard: ``"raise"`` the library's error (an
#: :class:`~conflictevents.errors.InputError` naming the document, or an
#: :class:`~conflictevents.errors.ExtractionTimeout`: the task fails), or
#: ``"skip"`` it (it gives no event, as the command line goes on with the rest
#: of a batch).
Errors = Literal["raise", "skip"]


@functools.lru_cache(maxsize=4)
def worker_extractor(config: ExtractConfig) -> Extractor:
    """The extractor of ``config`` in this process, built on first use.

    A bounded per-process cache (at most four configurations, least recently
    used first out): a Dask worker or a Spark Python worker lives for many
    tasks, and building an extractor compiles every lexicon and grammar, so it
    is built once per process and configuration rather than once per
    partition. Nothing is cached at import time, and
    ``worker_extractor.cache_clear()`` empties it.
    """
    return Extractor(config)


def _config(config: ExtractConfig | None) -> ExtractConfig:
    if config is None:
        return ExtractConfig()
    if not isinstance(config, ExtractConfig):
        raise InputError(f"config must be an ExtractConfig, got {type(config).__name__}")
    return config


def events_of_record(
    record: Mapping[str, Any], config: ExtractConfig | None = None, *, errors: Errors = "raise", where: str = "record"
) -> list[dict[str, Any]]:
    """The events of one ``{"id", "text", "published", ...}`` record, as JSON Lines contract dicts.

    ``where`` names the record when it has no ``id`` (the command line uses
    the file name and line number). Fields other than these three are the
    document's metadata, as on the command line.
    """
    cfg = _config(config)
    if errors not in ("raise", "skip"):
        raise InputError(f"errors must be 'raise' or 'skip', got {errors!r}")
    rec = dict(record) if isinstance(record, Mapping) else record
    doc = _record(rec, where, 0, cfg.max_chars)
    if isinstance(doc, BadDocument):
        if errors == "skip":
            return []
        raise InputError(f"document {doc.id}: {doc.reason}")
    try:
        result = worker_extractor(cfg).extract(doc.text, published=doc.published, doc_id=doc.id,
                                               metadata=doc.metadata)
    except ConflictEventsError:  # a bad value, or a pattern's time guard (ExtractionTimeout)
        if errors == "skip":
            return []
        raise
    document = document_fields(result)  # the document's fields, as --format jsonl prints them
    return [event_line_dict(e, document) for e in result.events]


def events_of_records(
    records: Iterable[Mapping[str, Any]], config: ExtractConfig | None = None, *, errors: Errors = "raise"
) -> list[dict[str, Any]]:
    """The events of many records, in order (one partition's worth)."""
    out: list[dict[str, Any]] = []
    for i, rec in enumerate(records):
        out.extend(events_of_record(rec, config, errors=errors, where=f"record {i}"))
    return out
