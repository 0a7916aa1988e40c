"""The grammars: one per event type, and the registry that lists them.

Each grammar reads drafts of its event type from a
:class:`~conflictevents.grammars.base.Reading` (a sentence with its phrases
and frame matches); each builder turns a draft into its typed model. Adding
an event type takes a model (``models.py``), a frames file
(``lexicons/data/frames/``), a grammar and builder, and one line in
:data:`REGISTRY`. Claims come first: the other grammars read the claims of
their sentence (whose side "our troops" are, which part is the saying).
"""

from __future__ import annotations

from collections.abc import Callable

from attrs import frozen

from ..lexicons import Lexicons
from ..mentions.places import PlaceFinder
from .base import Draft, EventGrammar, Reading, Sides
from .claim import ClaimGrammar
from .deployment import DeploymentGrammar
from .diplomatic import DiplomaticGrammar
from .events import BUILDERS, Build
from .speakers import Speakers
from .strike import StrikeGrammar
from .territorial import TerritorialGrammar

__all__ = ["Tools", "EventType", "REGISTRY", "Draft", "Reading", "EventGrammar", "Build"]


@frozen
class Tools:
    """What grammars are built with: the lexicons and the shared readers of sides, speakers and places."""

    lex: Lexicons
    sides: Sides
    speakers: Speakers
    places: PlaceFinder


@frozen
class EventType:
    """One event type: its name, how to build its grammar, how to build its events."""

    name: str
    grammar: Callable[[Tools], EventGrammar]
    build: Callable[[Draft, Build], object]


#: Every event type, in reading order (claims first).
REGISTRY: tuple[EventType, ...] = (
    EventType("claim", lambda t: ClaimGrammar(t.lex, t.speakers), BUILDERS["claim"]),
    EventType("strike", lambda t: StrikeGrammar(t.lex, t.sides), BUILDERS["strike"]),
    EventType("territorial_change", lambda t: TerritorialGrammar(t.lex, t.sides, t.places),
              BUILDERS["territorial_change"]),
    EventType("diplomatic_event", lambda t: DiplomaticGrammar(t.lex, t.sides), BUILDERS["diplomatic_event"]),
    EventType("deployment", lambda t: DeploymentGrammar(t.lex, t.sides, t.places), BUILDERS["deployment"]),
)
