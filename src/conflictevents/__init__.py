"""conflictevents: typed, verifiable conflict events from raw English news pages.

>>> import conflictevents
>>> r = conflictevents.extract("Russian forces captured the village of Ivanivka, the ministry said.")
>>> [e.event_type for e in r.events]
['territorial_change', 'claim']
"""

from ._version import __version__
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
