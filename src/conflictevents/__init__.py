"""conflictevents: typed, verifiable conflict events from raw English news pages.

The names below are imported on first use, so that ``import conflictevents``
(and the command line's start-up, which Ctrl-C may interrupt) stays quick.

>>> import conflictevents
>>> r = conflictevents.extract("Russian forces captured the village of Ivanivka, the ministry said.")
>>> [e.event_type for e in r.events]
['territorial_change', 'claim']
"""

import importlib  # loaded with runpy already; so is sys (and no ``from __future__``: its module is not)
import sys as _sys

# ``python -m conflictevents`` imports this file before ``__main__``: from here to the handler that ``__main__``
# puts back, a Ctrl-C ends the start-up quietly (exit 130), as it does later. The C module ``_signal`` (loaded
# with the interpreter) and not ``signal``, whose import (enum) would itself be a window; nothing changes for
# a program that imports the package.
_signal = importlib.import_module("_signal")


def _quiet_interrupt(signum: int, frame: object) -> None:  # noqa: ARG001
    _sys.stderr.write("\ninterrupted\n")
    raise SystemExit(130)  # EXIT_INTERRUPTED of conflictevents.cli


def _run_as_main() -> bool:
    """Whether this is ``python -m conflictevents`` locating its ``__main__`` (``sys.argv[0]`` is ``"-m"`` then)."""
    if _sys.argv[:1] != ["-m"]:
        return False
    args = getattr(_sys, "orig_argv", ())
    for i, arg in enumerate(args[1:], 1):
        if arg.startswith("-m"):
            return bool((arg[2:] or (args[i + 1] if i + 1 < len(args) else "")) == __name__)
    return False


if _signal.getsignal(_signal.SIGINT) is _signal.default_int_handler and _run_as_main():
    _signal.signal(_signal.SIGINT, _quiet_interrupt)

from ._version import __version__  # noqa: E402

TYPE_CHECKING = False  # not typing's: importing typing would take a while at start-up
if TYPE_CHECKING:  # for type checkers; at run time __getattr__ imports on first use
    from typing import Any

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


def __getattr__(name: str) -> "Any":
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
