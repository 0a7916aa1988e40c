"""The territorial-change grammar: slot readers over matched territorial frames.

One event per named place of the ``place`` role ("captured Robotyne and
Verbove" gives two); with no named place, one event with the count of
settlements, the area or the depth the clause states ("advanced 12 km",
"took 28 settlements"). ``change`` is the frame's; ``actor`` is the side of
the ``actor`` role (for "the town fell to Russian forces", the ``to``
phrase), read in context for "its forces" (the speaker's side) and "the
enemy" (the speaker's opponent). Unreal events (negated, planned,
hypothetical) give nothing: they are optional in the annotation at best.
"""

from __future__ import annotations

from typing import Any

from ..frames.matcher import FrameMatch
from ..lexicons import Lexicons
from ..mentions.places import PlaceFinder
from ..mentions.types import Kind, Mention
from ..models import GeoPrecision, Quantity
from .base import Draft, Reading, Sides, dates_between

__all__ = ["TerritorialGrammar", "SETTLEMENT_WORDS"]

#: Nouns whose count is a number of settlements ("28 villages").
SETTLEMENT_WORDS = frozenset({"settlements", "villages", "towns", "localities", "communities", "hamlets"})
_AREA_UNITS = ("km2", "mi2")
#: Subjects that move without taking ground: aid, goods, civilians, delegations.
_CIVIL_HEADS = frozenset({"aid", "trucks", "truck", "lorries", "convoy", "convoys", "supplies", "fuel", "food",
                          "shipment", "shipments", "ships", "ship", "vessels", "vessel", "refugees", "civilians",
                          "residents", "families", "displaced", "evacuees", "patients", "journalists", "reporters",
                          "inspectors", "monitors", "delegation", "delegations", "team", "teams", "workers",
                          "hostages", "detainees", "prisoners", "tourists", "fans", "players", "company", "firm",
                          "investors", "prices", "shares", "bill", "law", "storm", "fire", "water", "virus"})
#: A failed attempt: no ground changed hands.
_FOILED = frozenset({"repelled", "repulsed", "thwarted", "foiled", "repelling", "repulsing", "stopped", "halted"})


class TerritorialGrammar:
    """Reads territorial changes from matched frames."""

    event_type = "territorial_change"

    def __init__(self, lex: Lexicons, sides: Sides, places: PlaceFinder) -> None:
        self.lex = lex
        self.sides = sides
        self.places = places

    def read(self, r: Reading) -> list[Draft]:
        """The territorial changes of one sentence."""
        out: list[Draft] = []
        seen: set[tuple[str, str]] = set()
        for m in r.matches:
            if m.type != "territorial_change":
                continue
            for d in self._build(r, m):
                key = (str(d.slots["change"]), d.slots["place"].value.name if d.slots.get("place") else "")
                if key in seen:
                    continue
                seen.add(key)
                out.append(d)
        return out

    def _build(self, r: Reading, m: FrameMatch) -> list[Draft]:
        p = r.parse
        lows = p.tokens.lows
        if m.neg or m.modal not in ("", "real"):
            return []
        ci, cj = r.clause_of(m.head)
        before = [lows[t] for t in range(max(ci, m.trigger.i - 4), m.trigger.i)]
        if set(before) & _FOILED:
            return []
        change = str(m.frame.set.get("change"))
        agents = m.roles.get("actor", [])
        if agents and lows[agents[0].head] in _CIVIL_HEADS:
            return []
        actor = self.sides.of(r, agents, m.head)
        if actor is None:
            actor = self.sides.named(m.roles.get("actor", []))
        places = [pl for pl in r.places_in(m.roles.get("place", []) + m.roles.get("toward", []))
                  if pl.value.precision is not GeoPrecision.UNKNOWN or pl.form in ("noun", "region")]
        if change == "withdrew" and not places:
            places = r.places_in(m.roles.get("place", []))
        if not places and m.roles.get("place"):
            # a strong frame names a place the gazetteer does not know: "captured Kvartsytne"
            head = m.roles["place"][0]
            unlisted = self.places.unlisted(r.parse.tokens, head.i)
            if unlisted is not None:
                places = [unlisted]
        quantities = self._quantities(r, m, ci, cj)
        if not places and not quantities:
            return []
        dates = dates_between(r, ci, cj)
        notes = [f"tc.place.{pl.form}" for pl in places if pl.form in ("anaphor",)]
        trig = r.chars(m.trigger.i, m.trigger.j)
        out: list[Draft] = []
        targets: list[Mention | None] = list(places) if places else [None]
        for pl in targets:
            slots: dict[str, Any] = {"change": change, "actor": actor, "place": pl,
                                     "admin1": self._admin1(pl) if pl is not None else None}
            slots.update(quantities)
            spans = [trig] + [r.chars(c.i, c.j) for c in agents if c.i >= ci]
            if pl is not None:
                spans.append((pl.start, pl.end))
            start = min(s for s, _ in spans)
            end = max(e for _, e in spans)
            c_start, c_end = r.chars(ci, cj)
            out.append(Draft("territorial_change", m.frame.id, max(start, c_start), min(end, c_end), slots,
                             sentence=r.index, date_mention=dates[0] if dates else None, notes=list(notes)))
        return out

    def _admin1(self, pl: Mention) -> str | None:
        place = pl.value
        if place.precision is GeoPrecision.ADMIN1:
            return str(place.name)
        if place.precision is GeoPrecision.COUNTRY:
            return None
        return place.admin1 if place.admin1 else None

    def _quantities(self, r: Reading, m: FrameMatch, ci: int, cj: int) -> dict[str, Quantity]:
        """Settlements, area and depth stated with the change ("28 villages", "400 km2", "by 12 km")."""
        lows = r.parse.tokens.lows
        out: dict[str, Quantity] = {}
        lo = min(m.trigger.i, *(c.i for cs in m.roles.values() for c in cs)) if m.roles else m.trigger.i
        for q in r.mentions(max(ci, lo - 2), cj, Kind.QUANTITY):
            val: Quantity = q.value
            if val.value is None:
                continue
            after = lows[q.j] if q.j < len(lows) else ""
            after2 = lows[q.j + 1] if q.j + 1 < len(lows) else ""
            if val.unit in _AREA_UNITS or (after in ("square",) and after2 in ("kilometres", "kilometers", "km",
                                                                                   "miles")):
                out.setdefault("area_km2", val)
            elif val.unit == "km" or after in ("km", "kilometres", "kilometers"):
                out.setdefault("depth_km", val)
            elif after in SETTLEMENT_WORDS or after2 in SETTLEMENT_WORDS:
                out.setdefault("settlements", val)
        return out
