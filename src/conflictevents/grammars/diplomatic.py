"""The diplomatic-event grammar: meetings, talks, visits, calls, summits, agreements,
sanctions and aid, held or planned.

The kind comes from the trigger; participants are the sides named in the
clause (and the subject or speaker); ``status`` is ``planned`` when the
trigger is under a future or intention marker ("is set to meet", "will
send", "expected to be held"), else ``occurred``.
"""

from __future__ import annotations

from typing import Any

import regex

from .base import Draft, Grammar, Mention, Rule, SentenceView, clauses, compile_rules

__all__ = ["RULES", "DiplomaticGrammar"]

RULES: tuple[Rule, ...] = (
    Rule("dip.summit", "diplomatic_event",
         r"(?<![\p{L}])(?P<trigger>summit|summits)(?![\p{L}])", {"kind": "summit"},
         examples=("The leaders of Russia and China will hold a summit in Beijing.",),
         counterexamples=("Climbers reached the summit of the mountain.",)),
    Rule("dip.call", "diplomatic_event",
         r"(?<![\p{L}])(?P<trigger>phone[ ]call|telephone[ ]call|call[ ]with|spoke[ ](?:by|on[ ]the)[ ](?:tele)?phone|"
         r"video[ ]call|held[ ]a[ ]call)(?![\p{L}])", {"kind": "call"},
         examples=("Macron held a phone call with Zelensky on Tuesday.",),
         counterexamples=("The phone call from the bank was a scam.",)),
    Rule("dip.visit", "diplomatic_event",
         r"(?<![\p{L}])(?P<trigger>visit|visits|visited|visiting|trip[ ]to|trip|travelled[ ]to|traveled[ ]to|"
         r"arrived[ ]in|tour[ ]of)(?![\p{L}])", {"kind": "visit"},
         examples=("Turkey's foreign minister started a two-day visit to Beijing.",),
         counterexamples=("Tourists visited the museum on Sunday.",)),
    Rule("dip.meeting", "diplomatic_event",
         r"(?<![\p{L}])(?P<trigger>met|meet|meets|meeting|meetings|conference|talks[ ]with|"
         r"held[ ]talks|hosted|host|hosts|received)(?![\p{L}])", {"kind": "meeting"},
         examples=("The president met his Turkish counterpart in Ankara.",),
         counterexamples=("The club met its sales target.",)),
    Rule("dip.talks", "diplomatic_event",
         r"(?<![\p{L}])(?P<trigger>talks|negotiations|negotiating|negotiated|negotiate|dialogue|mediation|"
         r"peace[ ]process|delegations)(?![\p{L}])", {"kind": "talks"},
         examples=("Ceasefire talks between Israel and Hamas stalled in Doha.",),
         counterexamples=("Union talks over pay resumed at the factory.",)),
    Rule("dip.agreement", "diplomatic_event",
         r"(?<![\p{L}])(?P<trigger>agreement|agreements|deal|treaty|accord|truce|ceasefire|memorandum|"
         r"prisoner[ ]exchange|prisoner[ ]swap|exchange[ ]of[ ]prisoners|signed|signing)(?![\p{L}])",
         {"kind": "agreement"},
         examples=("Russia and North Korea signed a defence treaty last year.",),
         counterexamples=("The footballer signed a new deal with the club.",)),
    Rule("dip.sanctions", "diplomatic_event",
         r"(?<![\p{L}])(?P<trigger>sanctions|sanctioned|embargo|tariffs)(?![\p{L}])", {"kind": "sanctions"},
         examples=("The EU imposed new sanctions on Russia.",),
         counterexamples=("The referee sanctioned the player for a foul.",)),
    Rule("dip.aid", "diplomatic_event",
         r"(?<![\p{L}])(?P<trigger>(?:send|sends|sending|sent|deliver|delivers|delivered|delivering|deliveries|"
         r"supply|supplies|supplying|supplied|provide|provides|providing|provided|pledged|pledge|donate|donated|"
         r"transfer|transferred)(?=[^.;]{0,80}\b(?:weapons|arms|ammunition|missiles|systems|Patriots?|tanks|"
         r"aid|military|shells|jets|air[ ]defen[cs]es?|equipment|drones|munitions|package|HIMARS|F-16s?)\b)|"
         r"(?:military|arms|weapons|humanitarian|security)[ ](?:aid|assistance|support|deliveries|package|supplies))"
         r"(?![\p{L}])",
         {"kind": "aid"},
         examples=("Washington will send more air defence systems to Kyiv.",),
         counterexamples=("The shop will send the parcel on Monday.",)),
)

_FUTURE = regex.compile(
    r"(?i)\b(?:will|would|shall|set[ ]to|due[ ]to|plans?[ ]to|planned|planning|is[ ]to|are[ ]to|expected[ ]to|"
    r"intends?[ ]to|intend|aims?[ ]to|going[ ]to|scheduled|upcoming|agreed[ ]to|pledged[ ]to|ready[ ]to|"
    r"prepared[ ]to|promised[ ]to|next|likely|proposed|close[ ]to[ ]reaching|hopes?[ ]to|wants?[ ]to|"
    r"repeated[ ]plans|set[ ]for|due|to[ ]be[ ]held|would[ ]be)\b"
)
_STOP_WORDS = regex.compile(r"(?i)\b(?:club|team|company|firm|players?|fans|union|shareholders?|investors?|"
                            r"museum|tourists?|concert|festival|market|stock|match|league|season)\b")


class DiplomaticGrammar:
    """Reads diplomatic events in the clauses of a sentence."""

    def __init__(self, g: Grammar) -> None:
        self.g = g
        self.rules = compile_rules(RULES, g.lists)

    def read(self, s: SentenceView, claims: list[Draft], memory: dict[str, Any]) -> list[Draft]:
        """Diplomatic events of one sentence (one per clause and kind)."""
        text = s.text
        out = []
        for c_start, c_end in clauses(text):
            if _STOP_WORDS.search(text, c_start, c_end):
                continue
            seen_kinds: set[str] = set()
            for rule, pat in self.rules:
                kind = rule.fixed["kind"]
                for m in pat.finditer(text, c_start, c_end, timeout=1.0):
                    if kind in seen_kinds or (kind == "talks" and seen_kinds & {"meeting"}):
                        break
                    d = self._build(s, rule, m, c_start, c_end, claims, memory)
                    if d is not None:
                        out.append(d)
                        seen_kinds.add(kind)
                    break
        return out

    def _build(self, s: SentenceView, rule: Rule, m: Any, c_start: int, c_end: int,
               claims: list[Draft], memory: dict[str, Any]) -> Draft | None:
        text = s.text
        kind = rule.fixed["kind"]
        trig_s, trig_e = m.start("trigger"), m.end()
        speaker_spans = [(d.start, d.content[0]) for d in claims if d.content and d.content[0] > d.start]
        actors = [a for a in self.g.actors(text, c_start, c_end)
                  if not any(a0 <= a.start < a1 for a0, a1 in speaker_spans)]
        participants: list[Mention] = []
        for a in actors:
            if regex.search(r"(?i)\b(?:in|at|to|from|into|near)[ ](?:the[ ])?$", text[max(0, a.start - 12):a.start]) \
                    and self.g.lex.gazetteer.resolve(a.text) is not None and kind not in ("aid", "sanctions"):
                continue  # "in Brussels", "to Washington": a place here, not a participant
            if all(p.value != a.value for p in participants):
                participants.append(a)
        for d in claims:
            if d.content and d.content[0] <= trig_s < d.content[1] and d.slots.get("actor") and kind not in ("aid",):
                if regex.search(r"(?i)\b(?:he|she|it|we|they|his|her|its)\b", text[d.content[0]:trig_s]):
                    if all(p.value != d.slots["actor"] for p in participants):
                        participants.insert(0, Mention(d.start, d.start, d.slots["source"] or "", d.slots["actor"]))
        if kind == "visit" and not participants:
            return None
        if not participants:
            return None
        places = [p for p in self.g.places(text, trig_s, c_end)
                  if regex.search(r"(?i)\b(?:in|to|at)[ ](?:the[ ])?$", text[max(0, p.start - 8):p.start])
                  or p.text.lower().startswith(("the ",))]
        location = None
        for p in places:
            if p.start - trig_e <= 60 and p.value.precision.value in ("place", "admin1", "country"):
                location = p
                break
        if kind in ("visit",) and location is not None:
            country = location.value.country
            if country and all(p.value != country for p in participants) and \
                    country in self.g.lex.actors.alias_to_actor.values():
                participants.append(Mention(location.start, location.end, location.text, country))
        if kind == "aid" and location is None:
            pass
        planned = bool(_FUTURE.search(text, max(c_start, trig_s - 45), min(c_end, trig_e + 40)))
        dates = self.g.dates(text, c_start, c_end)
        slots = {"kind": kind, "participants": participants, "location": location,
                 "status": "planned" if planned else "occurred"}
        start = min([trig_s] + [p.start for p in participants if p.start >= c_start and p.end > p.start])
        end = max([trig_e] + [p.end for p in participants] + ([location.end] if location else []))
        return Draft("diplomatic_event", rule.id, start, end, slots, sentence=s.index, planned=planned,
                     date_mention=dates[0] if dates else None)
