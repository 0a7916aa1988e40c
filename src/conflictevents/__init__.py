"""conflictevents: typed, verifiable conflict events from raw English news pages.

The names below are imported on first use, so that ``import conflictevents``
(and the command line's start-up, which Ctrl-C may interrupt) stays quick.

>>> import conflictevents
>>> r = conflictevents.extract("Russian forces captured the village of Ivanivka, the ministry said.")
>>> [e.event_type for e in r.events]
['territorial_change', 'claim']
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:  # for type checkers; at run time __getattr__ imports on first use
    from .api import extract, get_extractor
    from .config import ExtractConfig
    from .errors import ConflictEventsError, ExtractionTimeout, InputError, LexiconError, SchemaError
    from .models import (
        SCHEMA_VERSION,
        Actor,
        Change,
        Claim,
        DatePrecision,
        Deployment,
        DiplomaticEvent,
        DiplomaticKind,
        Event,
        EventDate,
        GeoPrecision,
        Place,
        Qualifier,
        Quantity,
        Span,
        Stance,
        Status,
        Strike,
        Target,
        TerritorialChange,
        Weapon,
        WeaponKind,
    )
    from .pipeline import Extractor
    from .results import Article, DroppedBlock, Extraction, Sentence

#: Public name -> the module that defines it.
_WHERE = {
    "extract": "api", "get_extractor": "api", "Extractor": "pipeline", "ExtractConfig": "config",
    "Extraction": "results", "Article": "results", "Sentence": "results", "DroppedBlock": "results",
    "ConflictEventsError": "errors", "InputError": "errors", "LexiconError": "errors", "SchemaError": "errors",
    "ExtractionTimeout": "errors",
    **{name: "models" for name in (
        "Event", "Claim", "Strike", "TerritorialChange", "DiplomaticEvent", "Deployment", "Actor", "Place",
        "Quantity", "EventDate", "Weapon", "Target", "Span", "Stance", "Status", "Change", "DiplomaticKind",
        "WeaponKind", "GeoPrecision", "DatePrecision", "Qualifier", "SCHEMA_VERSION")},
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # found once, then an ordinary attribute
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_WHERE))


__all__ = [
    "__version__",
    "extract",
    "get_extractor",
    "Extractor",
    "ExtractConfig",
    "Extraction",
    "Article",
    "Sentence",
    "DroppedBlock",
    "Event",
    "Claim",
    "Strike",
    "TerritorialChange",
    "DiplomaticEvent",
    "Deployment",
    "Actor",
    "Place",
    "Quantity",
    "EventDate",
    "Weapon",
    "Target",
    "Span",
    "Stance",
    "Status",
    "Change",
    "DiplomaticKind",
    "WeaponKind",
    "GeoPrecision",
    "DatePrecision",
    "Qualifier",
    "SCHEMA_VERSION",
    "ConflictEventsError",
    "InputError",
    "LexiconError",
    "SchemaError",
    "ExtractionTimeout",
]
