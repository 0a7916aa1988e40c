"""The deployment grammar: forces or military assets sent, stationed or pledged.

The unit is what is deployed, as written in lower case ("troops", "military
workers", "air defence systems"); the size is the count before it; the
location the place after "to", "in" or "into"; the actor the side that sends
(the subject, or the side named on the unit: "North Korean troops").
"""

from __future__ import annotations

from typing import Any

import regex

from .base import Draft, Grammar, Mention, Rule, SentenceView, clauses, compile_gate, compile_rules, inside

__all__ = ["RULES", "DeploymentGrammar", "UNITS"]

#: What can be deployed (matched case-insensitively, longest first).
UNITS = (
    "troops", "soldiers", "military workers", "workers", "personnel", "military personnel", "servicemen",
    "special forces", "forces", "policemen", "policeman", "police officers", "police", "officers",
    "peacekeepers", "peacekeeping troops", "advisers", "advisors", "military advisers", "instructors",
    "engineers", "sappers", "battalion", "battalions", "brigade", "brigades", "units", "contingent",
    "air defence systems", "air defense systems", "Patriot air defense systems", "Patriot air defence systems",
    "Patriot systems", "Patriots", "missile systems", "warships", "fighter jets", "aircraft carrier",
    "aircraft carriers", "submarines", "bombers", "specialized teams", "specialised teams", "teams",
    "mercenaries", "fighters", "marines", "paratroopers", "reservists", "conscripts", "North Koreans",
    "reinforcements", "divisions", "regiments", "destroyers", "frigates", "fighter aircraft", "warplanes",
)

_UNIT_LIST = sorted(UNITS, key=len, reverse=True)

RULES: tuple[Rule, ...] = (
    Rule("dep.verb", "deployment",
         r"(?<![\p{L}])(?P<trigger>deployed|deploying|deploy|deploys|redeployed|stationed|stationing|station|"
         r"sent|send|sending|sends|dispatched|dispatch|dispatching|maintain|keep|keeping|moved|moving|"
         r"transferred|relocated|massing|massed|amassed|pledged|commit|committed|ordered|ordering|based|bases)"
         r"(?:[ ](?:an[ ]additional|additional|more|extra|some|about|around|up[ ]to|as[ ]many[ ]as|at[ ]least|a|an|"
         r"another|a[ ]contingent[ ]of|a[ ]further|second|third|fourth|fifth|new|its|their|the|\d[\d,]*|\L<word_numbers>|\p{L}+-strong|"
         r"thousands[ ]of|hundreds[ ]of|dozens[ ]of|tens[ ]of[ ]thousands[ ]of)){0,3}"
         r"(?:[ ][\d,]+)?(?:[ ](?:(?-i:\p{Lu}\p{L}+)|\p{L}+-\p{L}+|(?-i:\p{Lu}{1,3})-?\d{1,3}\p{L}?))?"
         r"[ ](?P<unit>(?:(?:military|combat|elite|army|naval|ground|foreign|armed|regular|trained|tank|armou?red|"
         r"infantry|mechani[sz]ed|airborne|artillery|assault)[ ])?"
         r"\L<units>)(?![\p{L}])",
         examples=("Belarus has deployed 3,000 troops to the border region.",
                   "Pyongyang agreed to send an additional 2,000 military workers to the region.",
                   "Germany has permanently based a tank brigade in Lithuania."),
         counterexamples=("The company sent workers home early.",)),
    Rule("dep.passive", "deployment",
         r"(?<![\p{L}])(?P<unit>\L<units>)[ ](?:\p{L}+[ ])?(?P<trigger>deployed|stationed|based|sent)[ ]"
         r"(?:in|to|into|at|on)(?![\p{L}])",
         examples=("A Kenyan policeman deployed in Haiti went missing.",),
         counterexamples=("Workers based in the capital went on strike.",)),
    Rule("dep.serving", "deployment",
         r"(?<![\p{L}])(?P<unit>\L<units>)[ ](?:are|were|is|was|have[ ]been|has[ ]been|had[ ]been)[ ]"
         r"(?:now[ ]|already[ ]|reportedly[ ]|currently[ ])?(?P<trigger>fighting|serving|deployed|stationed|based|"
         r"operating)[ ](?:alongside|with|for|in|on|at|inside|near)(?![\p{L}])",
         examples=("Some 12,000 North Korean soldiers are fighting alongside Russian forces in Kursk.",),
         counterexamples=("Thousands of workers are fighting for higher wages.",)),
    Rule("dep.presence", "deployment",
         r"(?<![\p{L}])(?P<trigger>(?i:there)[ ](?:are|were|is|was)(?:[ ]now)?)[ ](?P<size>[^.;]{1,40}?)[ ]"
         r"(?P<unit>\L<units>|\p{Lu}\p{L}+(?:[ ]\p{Lu}\p{L}+)?s)(?:[ ](?:already|now|currently|still))?[ ]"
         r"(?:in|inside|on)[ ](?=\p{Lu})",
         examples=("Officials said there are 3,000 Belarusian troops already in Russia.",),
         counterexamples=("There are 3,000 hotel rooms in Paris.",), flags=0),
    Rule("dep.nominal", "deployment",
         r"(?<![\p{L}])(?P<trigger>deployment|presence|involvement|arrival|redeployment|dispatch)[ ]of[ ]"
         r"(?:[^.;]{0,40}?[ ])?(?P<unit>\L<units>)(?![\p{L}])",
         examples=("The deployment of North Korean troops to Russia was confirmed by Seoul.",),
         counterexamples=("The deployment of the new software took weeks.",)),
)

_CLAUSE_BETWEEN = regex.compile(r"(?i)\b(?:are|is|was|were|will|would|has|have|had|to|ready|plans?)\b")
_CIVIL = regex.compile(r"(?i)\b(?:home|factory|plant|office|software|app|update|parcel|emails?|letters?|"
                       r"invitations?|messages?|condolences|greetings|signals?|team[ ]of[ ]lawyers)\b")


# Small patterns of the functions below, compiled once.
_LIST_JOINER = regex.compile(r"[ ]and[ ]|,[ ]")
_PLACE_PREPOSITION_BEFORE = regex.compile(
    r"(?i)\b(?:in|to|into|at|on|inside|near|across|toward|towards)[ ](?:the[ ])?$"
)
_PRONOUN_SUBJECT = regex.compile(r"(?i)\b(?:it|we|they|its|our)\b")


class DeploymentGrammar:
    """Reads deployments in the clauses of a sentence."""

    def __init__(self, g: Grammar) -> None:
        self.g = g
        lists = dict(g.lists)
        lists["units"] = _UNIT_LIST
        self.rules = compile_rules(RULES, lists)
        self.gate = compile_gate(RULES, lists)

    def read(self, s: SentenceView, claims: list[Draft], memory: dict[str, Any]) -> list[Draft]:
        """Deployments of one sentence (one per clause)."""
        text = s.text
        if not self.gate.search(text, timeout=1.0):
            return []
        out = []
        for c_start, c_end in clauses(text):
            for rule, pat in self.rules:
                m = pat.search(text, c_start, c_end, timeout=1.0)
                if m is None:
                    continue
                d = self._build(s, rule, m, c_start, c_end, claims)
                if d is not None:
                    out.append(d)
                    break
        return out

    def _build(self, s: SentenceView, rule: Rule, m: Any, c_start: int, c_end: int,
               claims: list[Draft]) -> Draft | None:
        text = s.text
        if _CIVIL.search(text, m.end(), min(c_end, m.end() + 30)):
            return None
        unit = m.group("unit")
        trig_s = min(m.start("trigger"), m.start("unit"))
        trig_e = m.end()
        speakers = [(d.start, d.content[0]) for d in claims if d.content and d.content[0] > d.start]
        actors = [a for a in self.g.actors(text, c_start, c_end) if not inside(a, speakers)]
        actor = None
        # the side named on the unit: "North Korean troops", "Kenyan policeman"
        on_unit = [a for a in actors if a.start <= m.start("unit") and m.start("unit") - a.end <= 25
                   and not _CLAUSE_BETWEEN.search(text, a.end, m.start("unit"))]
        before = [a for a in actors if a.end <= m.start("trigger") and m.start("trigger") - a.end <= 60
                  and rule.id != "dep.presence"]
        if on_unit:
            actor = on_unit[-1]
        elif before:
            actor = before[-1]
            # "France and Britain are ready to deploy": the first of coordinated subjects
            for a in before[-2::-1]:
                if _LIST_JOINER.fullmatch(text[a.end:actor.start]):
                    actor = a
        if actor is None:
            for d in claims:
                if d.content and d.content[0] <= trig_s < d.content[1] and d.slots.get("actor"):
                    if _PRONOUN_SUBJECT.search(text[d.content[0]:trig_s]):
                        actor = Mention(d.start, d.start, d.slots["source"] or "", d.slots["actor"])
        size = None
        # the size is between the verb and the unit ("sent 2,000 troops") or just before a unit that leads
        size_from = m.start("trigger") if m.start("trigger") < m.start("unit") else m.start("unit") - 40
        qs = [q for q in self.g.quantities(text, max(c_start, size_from), m.start("unit") + len(unit))
              if q.end <= m.start("unit") + 1 and text[max(0, q.start - 1):q.start] != "-"]  # not "B-52"
        if qs and qs[-1].value.value is not None:
            size = qs[-1]
        places = [p for p in self.g.places(text, m.end() - 2, c_end)
                  if _PLACE_PREPOSITION_BEFORE.search(text[max(0, p.start - 10):p.start])]
        location = places[0] if places and places[0].start - m.end() <= 50 else None
        if location is not None and location.text.endswith(("'s", "'")):
            nxt = [p for p in places[1:] if p.start - location.end <= 40]
            if nxt:
                location = nxt[0]
        if rule.id == "dep.nominal" and location is None:
            return None
        if actor is None:
            return None  # a deployment needs a side that deploys
        if actor is not None and location is not None and location.value.country == actor.value \
                and rule.id == "dep.nominal":
            return None
        planned = bool(self.g.future.search(text, max(c_start, trig_s - 50), trig_e))
        dates = self.g.event_dates(text, c_start, c_end, claims, fallback=True)
        # people named only by nationality ("10,000 North Koreans") have no unit
        unit_text = None if unit in self.g.lex.actors.alias_to_actor else unit.lower()
        slots = {"actor": (actor.text, actor.value) if actor else None, "location": location,
                 "size": size.value if size else None, "unit": unit_text,
                 "status": "planned" if planned else "occurred"}
        start = min([trig_s] + ([actor.start] if actor is not None and actor.end > actor.start else []))
        end = max([trig_e] + ([location.end] if location else []))
        return Draft("deployment", rule.id, start, end, slots, sentence=s.index, planned=planned,
                     date_mention=dates[0] if dates else None)
