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

from .base import Draft, Grammar, Mention, Rule, SentenceView, clauses, compile_gate, compile_rules, speaker_parts

__all__ = ["RULES", "DiplomaticGrammar"]

#: What aid sends (after its verb): "send air defence systems", "deliver ammunition".
_AID_OBJECTS = (
    r"weapons|arms|ammunition|missiles|systems|Patriots?|tanks|aid|shells|jets|air[ ]defen[cs]es?|"
    r"equipment|drones|munitions|package|HIMARS|F-16s?"
)

RULES: tuple[Rule, ...] = (
    Rule("dip.summit", "diplomatic_event",
         r"(?<![\p{L}])(?P<trigger>summit|summits)(?![\p{L}])", {"kind": "summit"},
         examples=("The leaders of Russia and China will hold a summit in Beijing.",),
         counterexamples=("Climbers reached the summit of the mountain.",)),
    Rule("dip.call", "diplomatic_event",
         r"(?<![\p{L}])(?P<trigger>phone[ ]call|telephone[ ]call|call[ ]with|(?:spoke|spoken|speak|speaks)"
         r"(?:[ ]with[ ][^.;,]{1,40}?)?[ ](?:by|on[ ]the|over[ ]the)[ ](?:tele)?phone|phoned|"
         r"video[ ]call|held[ ]a[ ]call)(?![\p{L}])", {"kind": "call"},
         examples=("Macron held a phone call with Zelensky on Tuesday.",),
         counterexamples=("The phone call from the bank was a scam.",)),
    Rule("dip.visit", "diplomatic_event",
         r"(?<![\p{L}])(?P<trigger>visit|visits|visited|visiting|trip[ ]to|trip|"
         r"(?:travel|travels|travelled|traveled|travelling|traveling|flew|fly|flies|flying)[ ]to|"
         r"arrived[ ]in|arrives[ ]in|tour[ ]of)(?![\p{L}])", {"kind": "visit"},
         examples=("Turkey's foreign minister started a two-day visit to Beijing.",),
         counterexamples=("Tourists visited the museum on Sunday.",)),
    Rule("dip.meeting", "diplomatic_event",
         r"(?<![\p{L}])(?P<trigger>met|meet|meets|meeting|meetings|conference|hosted|host|hosts|received)"
         r"(?![\p{L}])", {"kind": "meeting"},
         examples=("Ukraine's president met his Turkish counterpart in Ankara.",),
         counterexamples=("The club met its sales target.",)),
    Rule("dip.talks", "diplomatic_event",
         r"(?<![\p{L}])(?P<trigger>talks|negotiations|negotiating|negotiated|negotiate|dialogue|mediation|mediating|"
         r"peace[ ]process|delegations)(?![\p{L}])", {"kind": "talks"},
         examples=("Ceasefire talks between Israel and Hamas stalled in Doha.",),
         counterexamples=("Union talks over pay resumed at the factory.",)),
    Rule("dip.agreement", "diplomatic_event",
         r"(?<![\p{L}])(?P<trigger>agreement|agreements|deal|treaty|accord|truce|ceasefire|memorandum|"
         r"prisoner[ ]exchange|prisoner[ ]swap|exchange[ ]of[ ]prisoners|signed|signing|"
         r"(?:exchanged|swapped|traded)(?=[ ](?:[\w,-]+[ ]){0,3}(?:prisoners|captives|POWs|prisoners[ ]of[ ]war|"
         r"bodies|detainees|hostages)\b))(?![\p{L}])"
         r"(?![ ](?:talks|negotiations|proposals?|plans?|efforts|bid|push|deal|framework|envoy|mediators?))",
         {"kind": "agreement"},
         examples=("Russia and North Korea signed a defence treaty last year.",
                   "Ukraine and Russia exchanged 390 prisoners each on Friday."),
         counterexamples=("The footballer signed a new deal with the club.",
                          "The two leaders exchanged greetings at the dinner.")),
    Rule("dip.sanctions", "diplomatic_event",
         r"(?<![\p{L}])(?P<trigger>sanctions|embargo)(?![\p{L}])", {"kind": "sanctions"},
         examples=("The EU imposed new sanctions on Russia.",),
         counterexamples=("The referee sanctioned the player for a foul.",)),
    Rule("dip.aid", "diplomatic_event",
         r"(?<![\p{L}])(?P<trigger>(?:send|sends|sending|sent|deliver|delivers|delivered|delivering|deliveries|"
         r"supply|supplies|supplying|supplied|provide|provides|providing|provided|pledged|pledge|donate|donated|"
         r"transfer|transferred)(?=[^;\n]{0,80}\b(?:" + _AID_OBJECTS + r"|military)\b)|"
         r"(?:military|arms|weapons|humanitarian|security)[ ](?:aid|assistance|support|deliveries|package|supplies))"
         r"(?![\p{L}])",
         {"kind": "aid"},
         examples=("Washington will send more air defence systems to Kyiv.",),
         counterexamples=("The shop will send the parcel on Monday.",)),
)

_PROPOSED_BEFORE = regex.compile(
    r"(?i)\b(?:proposals?|plans?|draft|push|bid|efforts?|calls?|hopes?|prospects?|framework|blueprint)[ ]"
    r"(?:for|on|towards?|of)[ ](?:(?:a|an|the|new|possible|lasting|permanent|\d+-day)[ ]){0,3}$"
)
#: A coordinated verb that starts another statement: "... to Kyiv and hinted at ...".
_NEXT_VERB = regex.compile(r"[ ]and[ ](?:\p{Ll}+ed|said|told|warned|threatened|vowed)\b")
#: What aid is: the object that follows its verb (the rule's look-ahead, and the end of the evidence).
_AID_OBJECT = regex.compile(r"\b(?:" + _AID_OBJECTS + r")\b")
#: People sent are a deployment: "send 6,000 military workers", "provide 2,000 troops".
_PERSONNEL_OBJECT = regex.compile(
    r"(?i)(?:[ ][\w,'-]+){0,5}?[ ](?:troops|soldiers|military[ ]workers|workers|personnel|servicemen|"
    r"policemen|police[ ]officers|officers|peacekeepers|advisers|advisors|instructors|engineers|sappers|mercenaries)\b"
)
_STOP_WORDS = regex.compile(r"(?i)\b(?:club|team|company|firm|players?|fans|trade[ ]union|shareholders?|investors?|"
                            r"museum|tourists?|concert|festival|market|stock|match|league|season)\b")
# Not an event of its own: a bare reference ("any deal", "such an agreement", "knowledge of
# the talks"), a goal ("trying to agree on a truce"), a condition ("once a truce is agreed"),
# a request ("asked allies to provide"), an ending ("end all arms support"), a verb "talks".
_NOT_AN_EVENT_BEFORE = regex.compile(
    r"""(?ix)(?:
        \b(?:any|such(?:[ ]an?)?|no|without)[ ](?:\w+[ ])?$
      | \b(?:knowledge|details|source|sources|progress|outcome|flexibility|willingness|
            demands|positions)[ ](?:of|in|on|about|at)[ ](?:the[ ])?(?:\w+[ ])?$
      | \b(?:try|trying|tried|attempts?|attempting|efforts?|bid|push|sought|seeking|seek|bid)[ ]to[ ]
            (?:agree|reach|secure|strike|broker|negotiate)(?:[ ]on)?[ ](?:an?|the)?[ ]?(?:\w+[ ]){0,3}$
      | \bfrom[ ]advancing[ ](?:an?|the)[ ]$
      | \b(?:once|if|unless|until)\b[^.;]{0,40}$
      | \b(?:asked|urged|called[ ]on|calling[ ]on|appealed[ ]to|requested|demanded|pleaded[ ]with|begged)\b
            [^.;]{0,60}$
      | \b(?:end|ending|stop|stopping|halt|halting|suspend|suspending|cut|cutting|pause|pausing)[ ]
            (?:all[ ]|some[ ]|the[ ])?(?:\w+[ ]){0,2}$
      | \b(?:press|news)[ ]$
    )""",
)
# A bare "talks" is an event only with a participant, a place, a date or a predicate.
_TALKS_PREDICATE = regex.compile(
    r"(?i)\b(?:stall(?:s|ed)?|deadlocked|collapsed?|resumed?|ended|began|begin|held|hold|yielding|yielded|"
    r"broke[ ]down|in[ ]the[ ]balance|led[ ]by|between|with|hosted|mediated|failed|continue[ds]?|"
    r"round[ ]of|spent|trying)\b|-led\b"
)
_SANCTIONS_EVENT = regex.compile(
    r"(?i)\b(?:impos(?:e|ed|es|ing)|announc(?:e|ed|es|ing)|slapped|levied|new|fresh|additional|expanded|"
    r"widen(?:ed|s)?|tougher|toughen|lift(?:ed|s)?|eas(?:e|ed|es))[ ](?:\w+[ ]){0,2}sanctions\b"
    r"|\bsanctions[ ](?:on|against)[ ]\p{Lu}"
)
_BOTH_SIDES = regex.compile(
    r"(?i)\b(?:the[ ]two[ ](?:countries|sides|nations|parties|governments|leaders)|both[ ](?:countries|sides)|"
    r"each[ ]side|"
    r"each[ ]other|the[ ]two[ ]heavily-sanctioned[ ]nations)\b"
)
# What starts a clause of its own after a reporting verb (then its subject is not the speaker).
_CLAUSE_SUBJECT = regex.compile(r"(?:(?i:that|the|it|they|he|she|we)[ ]|\p{Lu})")
# "met both X in A and Y in B": two meetings in one clause
_MET_BOTH = regex.compile(
    r"(?:both[ ])?(?P<p1>[^,;]{2,60}?)[ ]in[ ](?P<l1>\p{Lu}[\p{L}]+(?:[ ]\p{Lu}[\p{L}]+)?)[ ]and[ ]"
    r"(?P<p2>[^,;]{2,60}?)[ ]in[ ](?P<l2>\p{Lu}[\p{L}]+(?:[ ]\p{Lu}[\p{L}]+)?)"
)


#: What a meeting is about, not who meets or where: "to discuss the situation in eastern Congo".
_TOPIC_BEFORE = regex.compile(
    r"(?i)\b(?:discuss(?:ed|es|ing)?|(?:situation|war|conflict|crisis|fighting|violence)[ ](?:in|on|over))"
    r"[ ](?:the[ ])?(?:[\w-]+[ ]){0,2}$"
)

# Small patterns of the functions below, compiled once.
_IN_AT_BEFORE = regex.compile(r"(?i)\b(?:in|at)[ ](?:the[ ])?$")
_PLACE_PREPOSITION_BEFORE = regex.compile(r"(?i)\b(?:in|at|to|into|near)[ ](?:the[ ])?$")
_PRONOUN = regex.compile(r"(?i)\b(?:he|she|it|we|they|his|her|its|our)\b")
_PRONOUN_SUBJECT_BEFORE = regex.compile(r"(?i)\b(?:he|she|it|who)[ ]$")
_SITE_NOUN_AFTER = regex.compile(r"[ ](?:capital|city|port|town)\b")
_VENUE_BEFORE = regex.compile(r"(?i)(?:\b(?:in|to|at)[ ](?:the[ ])?|capital,[ ]|city[ ]of[ ])$")


class DiplomaticGrammar:
    """Reads diplomatic events in the clauses of a sentence."""

    def __init__(self, g: Grammar) -> None:
        self.g = g
        self.rules = compile_rules(RULES, g.lists)
        self.gate = compile_gate(RULES, g.lists)

    def read(self, s: SentenceView, claims: list[Draft], memory: dict[str, Any]) -> list[Draft]:
        """Diplomatic events of one sentence (one per clause and kind)."""
        text = s.text
        if not self.gate.search(text, timeout=1.0):
            return []
        out: list[Draft] = []
        for c_start, c_end in clauses(text):
            if _STOP_WORDS.search(text, c_start, c_end):
                continue
            seen_kinds: set[str] = set()
            for rule, pat in self.rules:
                kind = rule.fixed["kind"]
                for m in list(pat.finditer(text, c_start, c_end, timeout=1.0)):
                    if kind in seen_kinds:
                        break
                    if _NOT_AN_EVENT_BEFORE.search(text, max(c_start, m.start("trigger") - 70), m.start("trigger")):
                        continue
                    if m.group("trigger") == "talks" and _PRONOUN_SUBJECT_BEFORE.search(text[max(0, m.start() - 4):m.start()]):
                        continue  # "he talks nice": a verb
                    built = self._build(s, rule, m, c_start, c_end, claims, memory)
                    if built:
                        out.extend(built)
                        seen_kinds.add(kind)
                        break
        return out

    def _participants(self, s: SentenceView, kind: str, trig_s: int, c_start: int, c_end: int,
                      claims: list[Draft], memory: dict[str, Any]) -> list[Mention]:
        text = s.text
        speaker_spans = speaker_parts(claims)

        def collect(lo: int, hi: int) -> list[Mention]:
            found: list[Mention] = []
            for a in self.g.actors(text, lo, hi):
                if any(a0 <= a.start < a1 for a0, a1 in speaker_spans):
                    continue
                if _PLACE_PREPOSITION_BEFORE.search(text[max(0, a.start - 12):a.start]) \
                        and self.g.lex.gazetteer.resolve(a.text) is not None and kind not in ("aid", "sanctions"):
                    continue  # "in Brussels", "to Washington": a place here, not a participant
                if _SITE_NOUN_AFTER.match(text[a.end:a.end + 8]):
                    continue  # "the Qatari capital": a place, not a side
                if _TOPIC_BEFORE.search(text, max(0, a.start - 50), a.start):
                    continue  # "to discuss the situation in Congo": the topic, not a side
                if all(p.value != a.value for p in found):
                    found.append(a)
            return found

        # the sides of a meeting or talks are named near it ("talks between X and Y", "X-led talks")
        near = kind in ("talks", "meeting", "call", "summit", "agreement")
        if near:
            participants = collect(max(c_start, trig_s - 70), min(c_end, trig_s + 90))
        elif kind == "aid":  # the giver and the receiver, not a side named further on ("... and hinted at sanctions on Russia")
            stop = _NEXT_VERB.search(text, trig_s, min(c_end, trig_s + 70))
            participants = collect(max(c_start, trig_s - 70), stop.start() if stop else min(c_end, trig_s + 70))
        else:
            participants = collect(c_start, c_end)
        for d in claims:
            if d.content and d.slots.get("actor"):
                inside_content = d.content[0] <= trig_s < d.content[1]
                lead = text[d.content[0]:trig_s] if inside_content else text[max(0, trig_s - 12):trig_s]
                # "he would send", "we will send them", "during her trip": the speaker is a side
                if _PRONOUN.search(lead) and \
                        all(p.value != d.slots["actor"] for p in participants):
                    participants.insert(0, Mention(d.start, d.start, d.slots["source"] or "", d.slots["actor"]))
        for d in claims:
            # "Canada announced new sanctions on Iran": the speaker acts, it is a side
            if d.content and d.content[0] <= trig_s < d.content[1] and d.slots.get("actor") and \
                    trig_s - d.content[0] <= 40 and not _CLAUSE_SUBJECT.match(text, d.content[0]) and \
                    all(p.value != d.slots["actor"] for p in participants):
                participants.insert(0, Mention(d.start, d.start, d.slots["source"] or "", d.slots["actor"]))
        if not participants and kind in ("talks", "agreement", "meeting", "summit"):
            participants = collect(0, len(text))  # the sentence names them elsewhere
        if len(participants) < 2 and _BOTH_SIDES.search(text):
            counts: dict[str, int] = memory.get("actor_counts", {})
            top = [a for a, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:2]]
            for a in top:
                if all(p.value != a for p in participants):
                    participants.append(Mention(trig_s, trig_s, a, a))
        return participants

    def _build(self, s: SentenceView, rule: Rule, m: Any, c_start: int, c_end: int,
               claims: list[Draft], memory: dict[str, Any]) -> list[Draft]:
        text = s.text
        kind = rule.fixed["kind"]
        trig_s, trig_e = m.start("trigger"), m.end()
        if kind == "sanctions" and not _SANCTIONS_EVENT.search(text, max(c_start, trig_s - 40), min(c_end, trig_e + 40)):
            return []
        if kind == "aid" and _PERSONNEL_OBJECT.match(text, trig_e, c_end):
            return []  # "agreed to send 6,000 military workers": people sent are a deployment, not aid
        participants = self._participants(s, kind, trig_s, c_start, c_end, claims, memory)
        places = [p for p in self.g.places(text, trig_s, c_end)
                  if _VENUE_BEFORE.search(text[max(0, p.start - 12):p.start])
                  and not _TOPIC_BEFORE.search(text, max(0, p.start - 50), p.start)]
        location = None
        for p in places:
            if p.start - trig_e <= 60 and p.value.precision.value in ("place", "admin1", "country"):
                location = p
                break
        if location is None and kind in ("summit", "meeting", "talks"):
            # "leaders gathered in The Hague for a summit": the place before the trigger
            before = [p for p in self.g.places(text, c_start, trig_s)
                      if _IN_AT_BEFORE.search(text[max(0, p.start - 8):p.start])
                      and p.value.precision.value in ("place", "admin1", "country")]
            location = before[-1] if before else None
        if kind == "aid" and location is not None and location.value.country and \
                all(p.start < trig_e for p in participants) and location.value.country != \
                (participants[0].value if participants else None) and \
                location.value.country in self.g.lex.actors.kind:
            # "send 6,000 military workers to the Kursk region": the receiver is the country of the place
            participants.append(Mention(location.start, location.end, location.text, location.value.country))
        if kind in ("aid", "sanctions"):
            location = None  # "send ... to Kyiv": the receiving side, not where it happens
        if kind == "visit" and not participants:
            return []  # a visit needs a visitor
        if kind == "visit" and location is not None:
            country = location.value.country
            if country and all(p.value != country for p in participants) and \
                    country in self.g.lex.actors.alias_to_actor.values():
                participants.append(Mention(location.start, location.end, location.text, country))
        if not participants:
            return []
        multilateral = any(self.g.lex.actors.kind.get(p.value) == "organisation" for p in participants)
        if kind in ("meeting", "call", "summit") and len({p.value for p in participants}) < 2 \
                and not (multilateral and kind in ("meeting", "summit")):
            return []  # a meeting of one side with itself is not diplomacy (a NATO summit is: its members meet)
        if kind == "talks" and not (location or len(participants) >= 2 or self.g.dates(text, c_start, c_end)
                                    or _TALKS_PREDICATE.search(text, max(c_start, trig_s - 30), min(c_end, trig_e + 60))):
            return []  # a bare mention of talks
        if kind == "meeting":
            both = _MET_BOTH.match(text, trig_e + 1, c_end)
            if both:
                return self._two_meetings(s, rule, m, both, participants, c_start, c_end)
        planned = bool(self.g.future.search(text, max(c_start, trig_s - 45), min(c_end, trig_e + 40)))
        if kind == "agreement" and _PROPOSED_BEFORE.search(text, max(c_start, trig_s - 45), trig_s):
            planned = True  # "a new proposal for a ceasefire", "a plan for a truce": not (yet) agreed
        # the date of what is said, not of the saying ("Trump on Sunday said ... would send")
        dates = self.g.event_dates(text, c_start, c_end, claims)
        slots = {"kind": kind, "participants": participants, "location": location,
                 "status": "planned" if planned else "occurred"}
        start = min([trig_s] + [p.start for p in participants if c_start <= p.start and p.end > p.start])
        end = max([trig_e] + [p.end for p in participants if p.end <= c_end] + ([location.end] if location else []))
        if kind == "aid":  # the evidence runs to what is given: "providing Ukraine long-range missiles"
            what = _AID_OBJECT.search(text, trig_e, min(c_end, trig_e + 80))
            end = max(end, what.end() if what else end)
        # a date on the event itself wins over others in the clause: "a June meeting", "talks on Monday"
        adjacent = [d for d in dates if 0 <= m.start("trigger") - d.end <= 3 or 0 <= d.start - m.end("trigger") <= 4]
        chosen = adjacent or dates
        return [Draft("diplomatic_event", rule.id, start, end, slots, sentence=s.index, planned=planned,
                      date_mention=chosen[0] if chosen else None)]

    def _two_meetings(self, s: SentenceView, rule: Rule, m: Any, both: Any, participants: list[Mention],
                      c_start: int, c_end: int) -> list[Draft]:
        """ "met both X in A and Y in B" gives two meetings, each with its place."""
        text = s.text
        host = [p for p in participants if p.end <= m.start("trigger")]
        out = []
        for who, where in (("p1", "l1"), ("p2", "l2")):
            guests = self.g.actors(text, both.start(who), both.end(who))
            loc = self.g.places(text, both.start(where), both.end(where))
            parts = host + [g for g in guests if all(h.value != g.value for h in host)]
            if len({p.value for p in parts}) < 2:
                continue
            start = host[0].start if host and who == "p1" else both.start(who)
            out.append(Draft("diplomatic_event", rule.id, start, both.end(where),
                             {"kind": "meeting", "participants": parts, "location": loc[0] if loc else None,
                              "status": "occurred"}, sentence=s.index))
        return out
