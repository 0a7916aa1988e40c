"""From drafts to typed events: one builder per event type.

A builder turns a :class:`~conflictevents.grammars.base.Draft` (offsets in
its sentence, slots as mentions) into a validated model (offsets in the
original document, slots as value types), with the helpers of :class:`Build`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs
from attrs import define

from ..mentions.types import Mention
from ..models import (
    Actor,
    BaseEvent,
    Change,
    Claim,
    Deployment,
    DiplomaticEvent,
    DiplomaticKind,
    EventDate,
    Place,
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
from .base import Draft

__all__ = ["Build", "BUILDERS"]


@define
class Build:
    """What a builder needs: the document, and how to map sentence offsets to the original text."""

    text: str
    doc: str
    to_span: Callable[[int, int], Span]  # sentence-relative offsets -> original span
    date: EventDate | None
    verified: bool | None
    #: the event's id, and its links: the events a claim is about, the claim an event is told in
    id: str = "pending"
    about: tuple[str, ...] = ()
    claim: str | None = None

    def span(self, start: int, end: int) -> Span:
        return self.to_span(start, end)

    def place(self, m: Mention | None) -> Place | None:
        if m is None:
            return None
        found: Place = attrs.evolve(m.value, written=m.text, span=self.span(m.start, m.end))
        return found

    def qty(self, q: Quantity | Mention | None) -> Quantity | None:
        if q is None:
            return None
        if isinstance(q, Mention):
            found: Quantity = attrs.evolve(q.value, span=self.span(q.start, q.end))
            return found
        return q

    @staticmethod
    def actor(a: tuple[str, str] | None) -> Actor | None:
        return Actor(canonical=a[1], written=a[0]) if a and a[1] else None

    def base(self, d: Draft) -> dict[str, Any]:
        span = self.span(d.start, d.end)
        return {"id": self.id, "doc": self.doc, "span": span, "evidence": span.slice(self.text), "rule": d.rule,
                "claim": self.claim}


def _strike(d: Draft, b: Build) -> BaseEvent:
    sl = d.slots
    weapons = tuple(Weapon(kind=WeaponKind(w["kind"]), written=w["written"], launched=w["launched"],
                           intercepted=w["intercepted"]) for w in sl.get("weapons", []))
    locations: list[Place] = []
    for m in sl.get("locations", []):
        p = b.place(m)
        if p is not None and all(p.name != q.name for q in locations):
            locations.append(p)
    targets = tuple(Target(kind=t.value, written=t.text, span=b.span(t.start, t.end)) for t in sl.get("targets", []))
    return Strike(**b.base(d), actor=b.actor(sl.get("actor")), weapons=weapons, launched=b.qty(sl.get("launched")),
                  intercepted=b.qty(sl.get("intercepted")), killed=b.qty(sl.get("killed")),
                  injured=b.qty(sl.get("injured")), locations=tuple(locations), targets=targets, date=b.date)


def _territorial(d: Draft, b: Build) -> BaseEvent:
    sl = d.slots
    return TerritorialChange(**b.base(d), change=Change(sl["change"]), actor=b.actor(sl.get("actor")),
                             place=b.place(sl.get("place")), admin1=sl.get("admin1"),
                             area_km2=b.qty(sl.get("area_km2")), depth_km=b.qty(sl.get("depth_km")),
                             settlements=b.qty(sl.get("settlements")), date=b.date)


def _diplomatic(d: Draft, b: Build) -> BaseEvent:
    sl = d.slots
    parts = tuple(Actor(canonical=actor, written=written) for written, actor in sl.get("participants", []))
    return DiplomaticEvent(**b.base(d), kind=DiplomaticKind(sl["kind"]), status=Status(sl["status"]),
                           participants=parts, location=b.place(sl.get("location")), date=b.date)


def _deployment(d: Draft, b: Build) -> BaseEvent:
    sl = d.slots
    return Deployment(**b.base(d), status=Status(sl["status"]), actor=b.actor(sl.get("actor")),
                      location=b.place(sl.get("location")), size=b.qty(sl.get("size")), unit=sl.get("unit"),
                      date=b.date)


def _claim(d: Draft, b: Build) -> BaseEvent:
    sl = d.slots
    speaker = Actor(canonical=sl["actor"], written=sl["source"] or "") if sl.get("actor") else None
    return Claim(**b.base(d), stance=Stance(sl["stance"]), actor=speaker, source=sl.get("source"),
                 verb=sl.get("verb"), verified=b.verified, date=b.date, about=b.about)


#: Event type -> builder.
BUILDERS: dict[str, Callable[[Draft, Build], BaseEvent]] = {
    "strike": _strike,
    "territorial_change": _territorial,
    "diplomatic_event": _diplomatic,
    "deployment": _deployment,
    "claim": _claim,
}
