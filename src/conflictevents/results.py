"""What :func:`conflictevents.extract` returns: one document's structure and events.

An :class:`Extraction` holds the articles found in one input (each with its
headline and sentences, as spans into the original text), the blocks dropped
as boilerplate with the reason why, and the events, in text order.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, TypeVar

from attrs import field, frozen
from attrs import validators as v

from .models import (
    SCHEMA_VERSION,
    BaseEvent,
    Claim,
    Deployment,
    DiplomaticEvent,
    Event,
    Span,
    Strike,
    TerritorialChange,
)

__all__ = ["Sentence", "Article", "DroppedBlock", "Page", "Extraction"]

E = TypeVar("E", bound=BaseEvent)


@frozen
class Sentence:
    """One sentence: its span in the original text and its cleaned text.

    ``repeat_of`` is the index (in the document's sentence order) of an
    earlier sentence with the same cleaned text, for verbatim repeats.
    """

    span: Span = field(validator=v.instance_of(Span))
    text: str = field(validator=v.instance_of(str))
    repeat_of: int | None = field(default=None)


@frozen
class Article:
    """One story on a page: an optional headline and its sentences."""

    span: Span = field(validator=v.instance_of(Span))
    headline: Span | None = field(default=None)
    sentences: tuple[Sentence, ...] = field(default=(), validator=v.instance_of(tuple))


@frozen
class DroppedBlock:
    """A block of the page dropped as boilerplate, with the pattern that matched."""

    span: Span = field(validator=v.instance_of(Span))
    rule: str = field(validator=v.instance_of(str))
    reason: str = field(validator=v.instance_of(str))


@frozen(kw_only=True)
class Page:
    """A page's structure: its articles (with sentences) and the boilerplate dropped."""

    articles: tuple[Article, ...] = field(default=(), validator=v.instance_of(tuple))
    dropped: tuple[DroppedBlock, ...] = field(default=(), validator=v.instance_of(tuple))

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        """All sentences of all articles, in order."""
        return tuple(s for a in self.articles for s in a.sentences)


@frozen(kw_only=True)
class Extraction:
    """The result for one document.

    Events are in text order; the per-type properties (:attr:`strikes`,
    :attr:`claims`, ...) give one kind at a time.
    """

    doc: str = field(validator=v.instance_of(str))
    published: dt.date | None = field(default=None)
    length: int = field(default=0)
    articles: tuple[Article, ...] = field(default=(), validator=v.instance_of(tuple))
    dropped: tuple[DroppedBlock, ...] = field(default=(), validator=v.instance_of(tuple))
    events: tuple[Event, ...] = field(default=(), validator=v.instance_of(tuple))
    metadata: dict[str, Any] = field(factory=dict, eq=True, hash=False)
    schema_version: str = field(default=SCHEMA_VERSION)

    def of_type(self, cls: type[E]) -> tuple[E, ...]:
        """The events of one class, in text order."""
        return tuple(e for e in self.events if isinstance(e, cls))

    @property
    def strikes(self) -> tuple[Strike, ...]:
        """The :class:`~conflictevents.models.Strike` events."""
        return self.of_type(Strike)

    @property
    def territorial_changes(self) -> tuple[TerritorialChange, ...]:
        """The :class:`~conflictevents.models.TerritorialChange` events."""
        return self.of_type(TerritorialChange)

    @property
    def diplomatic_events(self) -> tuple[DiplomaticEvent, ...]:
        """The :class:`~conflictevents.models.DiplomaticEvent` events."""
        return self.of_type(DiplomaticEvent)

    @property
    def deployments(self) -> tuple[Deployment, ...]:
        """The :class:`~conflictevents.models.Deployment` events."""
        return self.of_type(Deployment)

    @property
    def claims(self) -> tuple[Claim, ...]:
        """The :class:`~conflictevents.models.Claim` events."""
        return self.of_type(Claim)

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        """All sentences of all articles, in order."""
        return tuple(s for a in self.articles for s in a.sentences)
