"""The one-call API: :func:`extract`.

>>> from conflictevents import extract
>>> result = extract("Ukraine's air force said it shot down 25 drones overnight.",
...                  published="2025-05-06", doc_id="example")
>>> [(e.event_type, e.rule) for e in result.events]
[('claim', 'claim.speaker-first'), ('strike', 'strike.intercept')]
>>> result.strikes[0].intercepted.value, result.strikes[0].date.date
(25, '2025-05-06')
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from .arguments import shorten
from .config import ExtractConfig
from .errors import InputError
from .pipeline import Extractor
from .results import Extraction

__all__ = ["extract", "get_extractor", "EXTRACTORS_KEPT"]

#: Extractors a process keeps, the most recently used: a few configurations (a user lexicon, a filter of
#: types) are usual; a program that makes many more lets the oldest go instead of growing without end.
EXTRACTORS_KEPT = 4


@functools.lru_cache(maxsize=EXTRACTORS_KEPT)
def _built(config: ExtractConfig) -> Extractor:
    return Extractor(config)


def get_extractor(config: ExtractConfig | None = None) -> Extractor:
    """The extractor for a configuration, built on first use and then reused.

    Building compiles the lexicons and grammars and loads the gazetteer index
    (a fraction of a second once the index is in the cache folder, see
    :mod:`conflictevents.lexicons.cache`; a few seconds the first time);
    nothing is built at import time. The last ``EXTRACTORS_KEPT`` (4)
    configurations' extractors are kept. A ``config`` that is not an
    :class:`~conflictevents.config.ExtractConfig` raises
    :class:`~conflictevents.errors.InputError`.
    """
    if config is None:
        return _built(ExtractConfig())
    if not isinstance(config, ExtractConfig):
        raise InputError(f"config must be an ExtractConfig (conflictevents.ExtractConfig(types=..., "
                         f"lexicons=...)) or None, got {type(config).__name__}: {shorten(config)}")
    return _built(config)


def extract(
    text: str,
    published: dt.date | str | None = None,
    doc_id: str | None = None,
    *,
    config: ExtractConfig | None = None,
    metadata: dict[str, Any] | None = None,
) -> Extraction:
    """Read one news page (raw text, boilerplate and all) into typed events.

    ``published`` anchors relative dates ("on Monday", "last week"): a
    :class:`datetime.date`, a :class:`datetime.datetime` (its date) or an
    ISO 8601 string; without it they stay unresolved (or take the date in the
    page's byline). ``doc_id`` (a ``str``) is copied into every event
    (``doc``) and into the ids.

    Raises :class:`~conflictevents.errors.InputError` for arguments it cannot
    use (text that is not a ``str`` of valid Unicode or is longer than
    ``config.max_chars``, a date that is not one, a ``doc_id`` that is not a
    ``str``, a ``config`` that is not an :class:`~conflictevents.config.ExtractConfig`;
    see :mod:`conflictevents.arguments`) and
    :class:`~conflictevents.errors.ExtractionTimeout` for pathological input;
    finding nothing is not an error. Any other exception is a bug: please
    report it.
    """
    return get_extractor(config).extract(text, published=published, doc_id=doc_id, metadata=metadata)
