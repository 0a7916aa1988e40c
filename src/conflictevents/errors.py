"""The library's exceptions.

Every error the library raises on purpose is a :class:`ConflictEventsError`.
Each subclass also derives from the built-in exception a caller would expect
(``ValueError`` for bad values, ``OSError`` for unreadable input), so generic
handlers keep working.
"""

from __future__ import annotations

__all__ = [
    "ConflictEventsError",
    "InputError",
    "LexiconError",
    "SchemaError",
    "ExtractionTimeout",
    "ExtraNotInstalled",
]


class ConflictEventsError(Exception):
    """Root of every exception raised by :mod:`conflictevents`."""


class InputError(ConflictEventsError, ValueError):
    """A document or an argument cannot be used: not text, not valid JSON, no ``text`` field,
    a publication date that is not a date, a document over the size cap, an
    unknown event type in :class:`~conflictevents.config.ExtractConfig`.

    The message says what would be accepted.
    """


class LexiconError(ConflictEventsError, ValueError):
    """A lexicon file or a user lexicon entry is malformed.

    The message names the file and line when there is one.
    """


class SchemaError(ConflictEventsError, ValueError):
    """Data does not fit the event schema (when structuring JSON into models).

    The message names the offending field, e.g. ``strike.killed.value``.
    """


class ExtractionTimeout(ConflictEventsError, TimeoutError):
    """A pattern ran longer than its time guard on one document.

    Raised instead of hanging on pathological input; the CLI reports the
    document and goes on with the rest of the batch.
    """


class ExtraNotInstalled(ConflictEventsError, ImportError):
    """An optional dependency is missing: ``pyarrow`` for Parquet, ``dask`` or ``pyspark``.

    The message names the extra that installs it
    (``pip install 'conflictevents[parquet]'``).
    """
