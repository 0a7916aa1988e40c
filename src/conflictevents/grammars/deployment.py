"""The deployment grammar: slot readers over matched deployment frames.

``unit`` is the head of the ``unit`` role as written, in lower case
("troops", "military workers", "air defence systems"), and must be a force
(:data:`UNIT_HEADS`); ``size`` its count; ``actor`` the side of the
``actor`` role or the side named on the unit ("North Korean troops");
``location`` the first place of the ``location`` role (or the receiving
state); ``status`` ``planned`` under a future or intention.
"""

from __future__ import annotations

from typing import Any

from ..frames.matcher import FrameMatch
from ..lexicons import Lexicons
from ..mentions.types import Kind, Mention
from ..phrases.chunks import Chunk
from .base import Draft, Reading, Sides, dates_between

__all__ = ["DeploymentGrammar", "UNIT_HEADS"]

#: What a deployment moves: forces, people in arms, and military assets.
UNIT_HEADS = frozenset({
    "troops", "soldiers", "forces", "force", "servicemen", "personnel", "units", "unit", "brigade", "brigades",
    "battalion", "battalions", "regiment", "regiments", "division", "divisions", "marines", "paratroopers",
    "workers", "peacekeepers", "advisers", "advisors", "instructors", "engineers", "sappers", "mercenaries",
    "reinforcements", "contingent", "contingents", "warships", "ships", "destroyers", "frigates", "submarines",
    "carrier", "carriers", "jets", "aircraft", "bombers", "fighters", "warplanes", "helicopters", "systems",
    "batteries", "battery", "launchers", "tanks", "vehicles", "officers", "police", "policemen", "guards",
    "commandos", "specialists", "operators", "crews", "militants", "fighter", "squadron", "squadrons", "group",
    "strike group", "soldier", "troop", "military", "army", "armies", "gendarmes", "rangers", "combatants",
})


class DeploymentGrammar:
    """Reads deployments from matched frames."""

    event_type = "deployment"

    def __init__(self, lex: Lexicons, sides: Sides) -> None:
        self.lex = lex
        self.sides = sides

    def read(self, r: Reading) -> list[Draft]:
        """The deployments of one sentence."""
        out: list[Draft] = []
        for m in r.matches:
            if m.type != "deployment":
                continue
            d = self._build(r, m)
            if d is not None and all(abs(d.start - o.start) > 0 for o in out):
                out.append(d)
        return out

    def _unit(self, r: Reading, chunks: list[Chunk]) -> tuple[Chunk, str] | None:
        lows = r.parse.tokens.lows
        for c in chunks:
            head = lows[c.head]
            if head in UNIT_HEADS or any(m.kind is Kind.ACTOR and m.form == "people" and m.i == c.head
                                         for m in c.mentions):
                # the unit as written: the head with the words that make it ("military workers",
                # "air defence systems"), without counts, sides and determiners
                k = c.head
                while k - 1 >= c.i and r.parse.tags[k - 1] == "N" and not any(
                        mm.kind in (Kind.QUANTITY, Kind.ACTOR, Kind.PERSON, Kind.PLACE) and mm.i <= k - 1 < mm.j
                        for mm in c.mentions) and lows[k - 1] not in ("more", "additional", "other", "new", "extra",
                                                                     "some", "several", "further", "fresh"):
                    k -= 1
                unit = " ".join(lows[k:c.head + 1])
                if any(m.kind is Kind.ACTOR and m.form == "people" and m.i == c.head for m in c.mentions):
                    return c, ""  # "10,000 North Koreans": no unit, the people are named by nationality
                return c, unit
        return None

    def _build(self, r: Reading, m: FrameMatch) -> Draft | None:
        if m.neg or m.modal in ("hypothetical", "negated", "attempted"):
            return None
        status = "planned" if m.modal in ("future", "planned") else "occurred"
        found = self._unit(r, m.roles.get("unit", []))
        if found is None:
            return None
        unit_chunk, unit = found
        ci, cj = r.clause_of(m.head)
        actor = self.sides.of(r, m.roles.get("actor", []), m.head) or self.sides.named([unit_chunk])
        size = next((q.value for q in unit_chunk.mentions if q.kind is Kind.QUANTITY and q.value.value is not None),
                    None)
        location: Mention | None = None
        for pl in r.places_in(m.roles.get("location", [])):
            location = pl
            break
        if location is None and m.roles.get("receiver"):
            for pl in r.places_in(m.roles["receiver"]):
                location = pl
                break
        if location is None:
            return None
        dates = dates_between(r, ci, cj) or dates_between(r, ci, cj, own=False)
        spans = [r.chars(m.trigger.i, m.trigger.j), r.chars(unit_chunk.i, unit_chunk.j), (location.start, location.end)]
        spans += [r.chars(c.i, c.j) for c in m.roles.get("actor", []) if c.i >= ci]
        c_start, c_end = r.chars(ci, cj)
        start = max(c_start, min(s for s, _ in spans))
        end = min(c_end, max(e for _, e in spans))
        slots: dict[str, Any] = {"actor": actor, "location": location, "size": size, "unit": unit or None,
                                 "status": status}
        return Draft("deployment", m.frame.id, start, end, slots, sentence=r.index, planned=status == "planned",
                     date_mention=dates[0] if dates else None)
