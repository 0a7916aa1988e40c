"""The territorial-change grammar: captures, advances, entries, control and withdrawals.

Each rule names a change verb class; the object (a place, a number of
settlements, an area, a depth) follows the verb and the side that gains is
the subject before it (or the claim's speaker for "its forces", "our
troops"). One event is produced per named place, so "entered two villages,
A and B" gives two.
"""

from __future__ import annotations

from typing import Any

import attrs
import regex

from ..lexicons.trie import compile_lists
from ..models import Quantity
from .base import Draft, Grammar, Mention, Rule, SentenceView, clauses, compile_gate, compile_rules, inside, irrealis

__all__ = ["RULES", "TerritorialGrammar"]

RULES: tuple[Rule, ...] = (
    Rule(
        "tc.capture",
        "territorial_change",
        r"(?<![\p{L}])(?P<trigger>captured|capturing|capture|captures|seized|seizing|seize|seizes|"
        r"(?:taken|took|taking|take|gained|gain|regained|regaining|regain|established|establish|restored|wrested|"
        r"retook|retaken|seized|assumed)[ ](?:full[ ]|complete[ ])?control[ ](?:of|over)|"
        r"(?:pushed|pushing|drove|driven|driving|forced|ousted|expelled|cleared)[ ](?:[\w'-]+[ ]){1,3}out[ ]of|"
        r"liberated|liberating|liberate|recaptured|retook|retaken|occupied|overran|overrun|"
        r"(?:liberation|seizure|takeover|recapture)[ ]of|"
        r"(?:raised|raising|raise|hoisted|hoisting)[ ](?:the[ ])?(?:\p{L}+[ ])?flag[ ](?:over|in|above)|"
        r"reversed[ ](?:the|last[ ]year's|its)?[ ]?(?:\p{L}+[ ]){0,2}?incursion|"
        r"(?:have|has|had)[ ]taken(?:[ ](?:full[ ])?control[ ](?:of|over))?|took|taken)(?![\p{L}])"
        r"(?![ ](?:place|part|office|power|note|aim|steps|measures|over[ ]as|a[ ]toll|hold[ ]of[ ]the[ ]market))",
        {"change": "captured"},
        examples=("Russian forces captured the village of Ivanivka in the Donetsk region.",
                  "The ministry announced the liberation of the village of Yalta.",
                  "Troops raised the flag over the town of Kupiansk.",
                  "The army regained control of Wad Madani on Saturday.",
                  "Ukrainian troops pushed Russian forces out of the village of Bilohorivka."),
        counterexamples=("The photographer captured the mood of the crowd.",
                         "The company took control of the market."),
    ),
    Rule(
        "tc.advance",
        "territorial_change",
        r"(?<![\p{L}])(?P<trigger>advanced|advancing|advance|advances|penetrated|pushed[ ]forward|"
        r"push(?:ed|ing|es)?[ ](?:[\w'-]+[ ]){1,3}back[ ](?:from|out[ ]of)|"
        r"pressed[ ](?:on[ ])?(?:its|their|the)[ ]offensive|reached[ ](?:the[ ])?(?:\p{L}+[ ])?"
        r"(?:border|outskirts|edge)|gained[ ]ground|made[ ]gains|"
        r"control[ ]over[ ][^.;]{1,40}?[ ](?:has|have)[ ]been[ ]taken)(?![\p{L}])",
        {"change": "advanced"},
        examples=("Ukrainian troops advanced by two kilometres near the town.",
                  "The unit reached the western border of the region."),
        counterexamples=("The company advanced its plans for a new factory.",),
    ),
    Rule(
        "tc.enter",
        "territorial_change",
        r"(?<![\p{L}])(?P<trigger>crossed[ ](?:into|the[ ]border)|(?<!border[ ])crossing[ ](?:into|the[ ]border)|"
        r"cross-border[ ](?:operation|offensive|incursion|assault|push)|"
        r"(?<!border[ ])(?:entered|entering|enter)(?![ ](?:the[ ])?(?:war|conflict|fray|talks|negotiations|race|"
        r"office|service|force|into|a[ ]plea|the[ ]market))|"
        r"push(?:ed|ing|es)?[ ](?:(?:deeper|further|farther|forward|its[ ]offensive|offensive)[ ])?into|"
        r"(?:moved|advanced|rolled|stormed)[ ](?:(?:deeper|further)[ ])?into|broke[ ]into|"
        r"(?:started|launched|begun|began|opened|develop|developing|continuing[ ]to[ ]develop)[ ](?:a[ ]|an[ ]|the[ ])?"
        r"(?:new[ ]|ground[ ])?offensive[ ](?:in|into)|offensive[ ]into|"
        r"foothold[ ](?:in|inside)|incursion[ ](?:into|in)|incursion[ ]by)(?![\p{L}])",
        {"change": "entered"},
        examples=("Russian troops have crossed into the Dnipropetrovsk region.",
                  "Forces are continuing to develop an offensive in the Sumy region."),
        counterexamples=("The bill entered into force on Monday.", "The firm entered the market."),
    ),
    Rule(
        "tc.control",
        "territorial_change",
        r"(?<![\p{L}])(?P<trigger>(?:held|holds|hold|retains|retained|retain|controls|controlled|control|occupies|occupy)"
        r"(?=[ ](?:(?:a|an|the|some|about|around|nearly|almost|more[ ]than|most[ ]of|much[ ]of|parts?[ ]of|"
        r"all[ ]of)[ ]){0,2}(?:(?:this|that|these|those)[ ])?(?:sliver|strip|swath|pocket|area|territory|\d|fifth|quarter|third|half|tenth|villages?|towns?|settlements?|positions?|"
        r"ground|bridgehead|(?-i:\p{Lu})))|"
        r"(?:remains?|remained|is|are|was|were)[ ](?:still[ ])?under[ ](?:\p{L}+[ ])?control|"
        r"(?:is|are|was|were|remains?|remained)[ ](?:now[ ]|still[ ]|firmly[ ])?in[ ](?:full[ ]|complete[ ])?control[ ]of)"
        r"(?![\p{L}])",
        {"change": "controls"},
        examples=("The army said it controlled about 500 square kilometres of territory.",
                  "Kamianske remains under Ukrainian control.",
                  "Russia occupies about a fifth of Ukraine's territory.",
                  "M23 rebels are now in control of Goma."),
        counterexamples=("The central bank held interest rates steady.",),
    ),
    Rule(
        "tc.fall",
        "territorial_change",
        r"(?<![\p{L}])(?P<trigger>fell|falls|fallen)[ ]to[ ](?=(?:the[ ])?(?-i:\p{Lu}))",
        {"change": "captured"},
        examples=("The town of Pokrovsk fell to Russian forces in January.",),
        counterexamples=("Prices fell to their lowest level in a year.",),
    ),
    Rule(
        "tc.withdraw",
        "territorial_change",
        r"(?<![\p{L}])(?P<trigger>withdrew|withdrawn|withdrawing|withdraw|pulled[ ]out|retreated|"
        r"pulled[ ]back|lost[ ]control|losing[ ]control)[ ](?:its[ ]|their[ ])?(?:\p{L}+[ ])?(?:from|of)(?![\p{L}])",
        {"change": "withdrew"},
        examples=("Ukrainian forces withdrew from the town of Avdiivka.",),
        counterexamples=("The party withdrew from the coalition talks.",),
    ),
)

_AREA = regex.compile(
    r"(?P<q>(?:(?:at[ ]least|more[ ]than|over|some|about|around|nearly|almost|roughly)[ ])?"
    r"\d[\d,.]*)[ ]?(?:km2|km²|sq[ ]km|square[ ]kilomet(?:re|er)s|square[ ]km)",
    regex.IGNORECASE,
)
_DEPTH = regex.compile(
    r"(?P<q>(?:(?:at[ ]least|more[ ]than|over|some|about|around|nearly|almost|roughly|up[ ]to)[ ])?"
    r"\d[\d,.]*)[ ]?(?:km|kilomet(?:re|er)s)(?![\p{L}²2])",
    regex.IGNORECASE,
)
#: A count of settlements ("28 settlements", "Twenty-eight villages"); number words from the numbers lexicon.
_SETTLEMENTS = (
    r"(?<![\p{L}\d-])(?P<q>(?:(?:at[ ]least|more[ ]than|over|some|about|around|nearly|almost)[ ])?(?:\d[\d,]*|"
    r"(?:\L<word_numbers>)(?:-(?:\L<word_numbers>))?|dozens[ ]of|a[ ]dozen))[ ]"
    r"(?:\p{L}+[ ])?(?:settlements|villages|towns|localities|communities)"
)
_TERRITORY_WORDS = regex.compile(
    r"\b(?:(?i:territory|soil|lands?|border|region|area|areas|villages?|towns?|settlements?|city|positions?|"
    r"front|frontline|ground|km|kilomet(?:re|er)s|outskirts|sliver|pocket|foothold|bridgehead)|\p{Lu}\p{L}+)\b"
    r"|\d[ ]?km\b"
)
#: "occupied" describing a place ("the Russian-occupied city of Donetsk", "occupied territories"):
#: a state of control, not a capture on the day of the sentence.
_OCCUPIED_STATE = regex.compile(
    r"(?i)(?<=-)occupied|occupied(?=[ ](?:city|cities|towns?|villages?|territor(?:y|ies)|regions?|areas?|lands?|"
    r"parts?|zones?|peninsula|Crimea|West[ ]Bank|Golan|Donbas)\b)"
)
#: Who enters or leaves without taking ground: aid, goods, civilians, delegations.
_CIVIL_SUBJECT = regex.compile(
    r"(?i)\b(?:aid|trucks?|lorries|convoys?|supplies|fuel|food|shipments?|ships?|vessels?|refugees|civilians|"
    r"residents|families|displaced|evacuees|patients|journalists|reporters|inspectors|monitors|delegations?|"
    r"teams?|workers|hostages|detainees|prisoners)\b(?:[ ][\w'-]+){0,3}[ ](?:have[ ]|has[ ]|had[ ])?$"
)
#: A failed attempt: no ground changed hands.
_FOILED_BEFORE = regex.compile(
    r"(?i)\b(?:repelled|repulsed|thwarted|foiled|repelling|repulsing|beat[ ]back|fought[ ]off)[ ](?:[\w'-]+[ ]){0,3}$"
)
_NON_MILITARY = regex.compile(
    r"(?i)\b(?:mood|imagination|attention|hearts?|market|markets|share|stake|company|firm|lead|"
    r"rates?|power[ ]in[ ]the[ ]election|votes?|seats?|parliament|majority|title|trophy|championship|"
    r"force[ ]on|into[ ]force|office|talks|coalition|deal|agreement|"
    # a seized vessel, vehicle or goods is not ground taken: "Iran seized a tanker in the Strait of Hormuz"
    r"(?:oil[ ])?tankers?|(?:cargo[ ])?ships?|vessels?|boats?|aircraft|planes?|trucks?|convoys?|cargo|"
    r"weapons|ammunition|equipment|documents)\b"
)


# a place named as a landmark for another: "Andriivka, about 10 km south of Pokrovsk", "a village near Kupiansk"
_LANDMARK_BEFORE = regex.compile(
    r"(?i)(?:(?:km|kilometres|kilometers|miles|metres|meters)[ ](?:\p{L}+[ ]){0,2}?(?:of|from)|"
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)"
    r"(?:ern)?[ ]of|near|outside|close[ ]to|towards?|from|on[ ]the[ ](?:outskirts|edge|approaches)[ ]of)[ ](?:the[ ])?$"
)
_LIST_JOIN = regex.compile(r",?[ ]and[ ]|,[ ]")
# between two villages of one list: "X, Y and the village of Z", "X (in the Y region) and Z"
_VILLAGE_LIST_GAP = regex.compile(
    r"(?i)(?:[ ](?:in|of)[ ](?:the[ ])?[^,;]{1,40}?(?:region|oblast|province))?"
    r"(?:,?[ ]and[ ]|,[ ]|[ ]or[ ])(?:the[ ])?(?:(?:villages?|towns?|settlements?|cities|city)[ ](?:of[ ])?)?"
)
_REGION_OF_START = regex.compile(r"(?i)(?:the[ ])?(?:region|regions|oblast|province)[ ]of[ ]")
_REGION_AFTER = regex.compile(r"(?i)[ ](?:region|regions|oblast|province)\b")
_REGION_OF_BEFORE = regex.compile(r"(?i)\b(?:region|regions|oblast|province)[ ]of[ ](?:the[ ])?$")
_REGION_WORD_END = regex.compile(r"(?i)[ ](?:region|regions|oblast|province|governorate|krai|state)$")
_OBJECT_AFTER = regex.compile(
    r"(?i)^[ ](?:(?:the|a|an|all|most|some|much|part|parts|another|two|three|four|five|several|dozens|\d[\d,]*|"
    r"its|their|full|more|of|over|control)[ ]){0,4}(?:\p{L}+[ ]){0,2}?"
    r"(?:village|villages|town|towns|city|cities|settlement|settlements|territory|territories|region|area|"
    r"areas|positions?|peninsula|border|bridgehead|district|airport|base|hill|heights|land|soil|square[ ]kilomet|"
    r"palace|headquarters|building|bridge|plant|station|mine|port|dam|"
    r"km|ground|outskirts|centre|center|port|island|Russian[ ]territory|Ukrainian[ ]territory|flag)"
)
_PRONOUN_SUBJECT = regex.compile(
    r"(?i)(?:^|[ ,\"'])(?:it|its|our|we|they|their|his|her)(?:[ ](?:own[ ])?(?:forces|troops|army|units|soldiers|"
    r"armed[ ]forces|military))?[ ](?:\w+[ ]){0,3}$|(?:^|[ ,\"'])(?:forces|troops|units)[ ](?:from|of)[ ]"
)
_ADJECTIVE_USE = regex.compile(
    r"(?i)[ ](?:territory|soil|side|border|city|cities|region|regions|capital|government|leader|people|citizens|"
    r"civilians|lands?|villages?|towns?|flag)\b"
)
_OBJECT_PATH = regex.compile(
    r"(?i)(?:[ ](?:the|a|an|full|control|of|over|key|strategic|main|eastern|western|northern|southern|"
    r"town|city|village|region|capital|centre|center|palace|presidential|government|building|airport|base|"
    r"bridge|headquarters|hub|port|in|near|outskirts|district|military|administrative|regional|frontline|"
    r"army's|military's|\d{1,3}(?:st|nd|rd|th)|infantry|armou?red|mechani[sz]ed|division|brigade|regiment|"
    r"garrison|command|corps|barracks|camp))*[ ]?"
)
_TO_HAVE = regex.compile(r"(?i)[ ]?to[ ](?:have[ ])?(?:\p{L}+ly[ ])?")
_BARE_PARTICIPLE_BEFORE = regex.compile(r"(?i)\b(?:after|before|since|while|when|upon|by)[ ]$")
_PRONOUN_LEAD = regex.compile(
    r"(?i)(?:that[ ])?(?:its|our|their|it|they|we|the[ ](?:group|movement|militia|organi[sz]ation)(?:'s)?)[ ]"
)
_PERSON_SUBJECT = regex.compile(r"\b(?:he|she|I|Mr|Ms|Mrs|Dr)\b")
_PASSIVE_BEFORE = regex.compile(r"(?i)\b(?:was|were|had[ ]been|has[ ]been|have[ ]been|being)[ ](?:\p{L}+ly[ ])?$")
_BY_AFTER = regex.compile(r"(?i)[ ]by[ ]")
_OBJECT_BEFORE = regex.compile(
    r"(?i)(?:villages?|towns?|settlements?|territory|cities|areas?|positions?|\p{Lu}\p{L}+)[^.;]{0,25}"
    r"(?:had[ ]been|have[ ]been|has[ ]been|was|were|being)[ ]?$"
)


# Small patterns of the functions below, compiled once.
_AREA_ANAPHOR_AFTER = regex.compile(
    r"(?i)^[ ](?:(?:parts?|much|most|all|some)[ ]of[ ])?(?:(?:the|this|that)[ ])?(?:border|region|area|oblast)\b"
)
_BORDER_END = regex.compile(r"(?i)[ ]the[ ]border$")
_BY_OF_AFTER = regex.compile(r"(?i)[ ](?:by|of)[ ]")
_BY_OF_TRIGGER_END = regex.compile(r"(?i)(?:incursion[ ]by|(?:advance|advances|offensive|incursion|push)[ ]of)$")
_INTO_AFTER = regex.compile(r"(?i)[ ](?:of[ ][^.;]{1,40}?[ ])?into\b")
_NATIONAL_TERRITORY = regex.compile(r"(?i)\b(russian|ukrainian)[ ](?:territory|soil)\b")
_STRONG_INCURSION = regex.compile(r"(?i)incursion|cross-border|offensive|foothold")
_THEY_THEIR = regex.compile(r"(?i)\b(?:they|their)\b")
_UNDER_CONTROL = regex.compile(r"under[ ](?P<who>\p{L}+)[ ]control")
_WHERE_START = regex.compile(r"(?i)where\b")


class TerritorialGrammar:
    """Reads territorial changes in the clauses of a sentence."""

    def __init__(self, g: Grammar) -> None:
        self.g = g
        self.rules = compile_rules(RULES, g.lists)
        self.gate = compile_gate(RULES, g.lists)
        self.settlements = compile_lists(_SETTLEMENTS, regex.IGNORECASE, word_numbers=g.lists["word_numbers"])

    def read(self, s: SentenceView, claims: list[Draft], memory: dict[str, Any]) -> list[Draft]:
        """Territorial changes of one sentence."""
        text = s.text
        if not self.gate.search(text, timeout=1.0):
            return []
        out: list[Draft] = []
        used: list[tuple[int, int]] = []
        for c_start, c_end in clauses(text):
            found = [(rule, m) for rule, pat in self.rules for m in pat.finditer(text, c_start, c_end, timeout=1.0)]
            # the longest trigger wins where two overlap ("control over X has been taken" before "taken")
            found.sort(key=lambda rm: (-(rm[1].end() - rm[1].start("trigger")), rm[1].start()))
            for rule, m in found:
                if irrealis(text, c_start, m.start("trigger")):
                    continue  # "could advance", "attempting to gain a foothold", "never captured"
                if _FOILED_BEFORE.search(text, max(c_start, m.start("trigger") - 60), m.start("trigger")):
                    continue  # "repelled a Ukrainian incursion": ground that was not taken
                if rule.fixed["change"] in ("entered", "withdrew") and \
                        _CIVIL_SUBJECT.search(text, max(c_start, m.start("trigger") - 40), m.start("trigger")):
                    continue  # "aid trucks entered Gaza", "residents fled": people and goods, not forces
                if any(a < m.end() and m.start("trigger") < b for a, b in used):
                    continue  # the words of another rule's trigger
                built = self._build(s, rule, m, c_start, c_end, claims, memory)
                if built:
                    used.append((m.start("trigger"), m.end()))
                out.extend(built)
        # one event per place and change: keep the first rule's reading
        seen: set[tuple[str, str | None, int]] = set()
        unique = []
        for d in sorted(out, key=lambda d: (d.start, d.end)):
            place = d.slots.get("place")
            key = (d.slots["change"], place.value.name if place else None, d.start if place is None else -1)
            if key in seen:
                continue
            seen.add(key)
            unique.append(d)
        return unique

    def _unlisted_before(self, text: str, pos: int, first: int) -> list[Mention]:
        """Unknown names listed before the first known one: "liberated Robotyne and Verbove"."""
        found: list[Mention] = []
        while pos < first:
            name = self.g.unlisted_place(text, pos, first)
            gap = _LIST_JOIN.match(text, name.end, first) if name is not None else None
            if name is None or gap is None:
                return []  # not a list of names running up to the known place
            found.append(name)
            pos = gap.end()
        return found if pos == first else []

    def _build(self, s: SentenceView, rule: Rule, m: Any, c_start: int, c_end: int,
               claims: list[Draft], memory: dict[str, Any]) -> list[Draft]:
        text = s.text
        trig_s, trig_e = m.start("trigger"), m.end()
        after = text[trig_e:c_end]
        change = rule.fixed["change"]
        state_only = change == "captured" and _OCCUPIED_STATE.match(text, trig_s) is not None
        if state_only:
            change = "controls"
        if _NON_MILITARY.match(after.strip()) or (change != "controls" and _NON_MILITARY.search(after[:25])):
            return []
        if not _TERRITORY_WORDS.search(m.group() + text[trig_e:min(c_end, trig_e + 90)]) \
                and "incursion" not in m.group() \
                and "flag" not in m.group() and "under" not in m.group():
            return []
        if change == "captured" and "incursion" not in m.group() and rule.id != "tc.fall" and \
                not self._territorial_object(text, trig_s, trig_e, c_start, c_end):
            return []
        actors = self.g.actors(text, c_start, c_end)
        places = self.g.places(text, c_start, c_end)
        # the object: places after the trigger (before it for "X remains under Y control")
        # "The village of Dachne was captured by Russian forces": the place is before a passive verb
        passive = change == "captured" and _PASSIVE_BEFORE.search(text, max(c_start, trig_s - 16), trig_s) is not None \
            and any(p.end <= trig_s for p in places)
        if (change == "controls" and "under" in m.group()) or rule.id == "tc.fall" or passive:
            objects = [p for p in places if p.end <= trig_s]  # "X remains under ... control", "X fell to ..."
            objects = objects[-1:] if objects else []
            if rule.id == "tc.fall" and not objects:
                return []
        else:
            objects = [p for p in places if p.start >= trig_s and p.start - trig_e <= 80
                       and not inside(p, [(a.start, a.end) for a in actors if a.end <= trig_s])]
        if not objects and change in ("captured", "entered", "withdrew"):
            unlisted = self.g.unlisted_place(text, trig_e, c_end)
            if unlisted is not None:
                objects = [unlisted]
        # "entered two small villages, Zaporizke and Novohryhorivka": every named village
        objects = objects[:1] + [p for p in objects[1:]
                                 if not _LANDMARK_BEFORE.search(text, max(c_start, p.start - 40), p.start)]
        if objects and change in ("captured", "entered", "withdrew") and objects[0].start > trig_e:
            objects = self._unlisted_before(text, trig_e, objects[0].start) + objects
        # "first foothold in a new Ukraine region", "yet another region of Ukraine": a description, no place
        if objects and objects[0].value.precision.value == "country" and (
                _REGION_WORD_END.search(objects[0].text) or _REGION_OF_START.match(objects[0].text)
                or _REGION_AFTER.match(text, objects[0].end)
                or _REGION_OF_BEFORE.search(text, max(c_start, objects[0].start - 12), objects[0].start)):
            objects = []  # (and no later name is promoted to the object: "... region of Ukraine worried Kyiv")
            described = True
        else:
            described = False
        named_villages = [p for p in objects if p.value.precision.value in ("place", "unknown")
                          and not _REGION_WORD_END.search(p.text)]
        listed = named_villages[:1]
        for p in named_villages[1:]:
            if _VILLAGE_LIST_GAP.fullmatch(text, listed[-1].end, p.start):
                listed.append(p)  # "a claim Kyiv denied" after the village is no second village
        if len(listed) >= 2:
            # "Kurakhove and Kvartsytne": a namesake found in another region than the first village is unsure
            first_region = listed[0].value.admin1
            objects = [p if p is listed[0] or not first_region or p.value.admin1 in (None, first_region)
                       else Mention(p.start, p.end, p.text, attrs.evolve(p.value, admin1=None, lat=None, lon=None))
                       for p in listed]
        elif objects:
            head = objects[0]
            # "the village of X in the Y region": the village is the place, the region its admin1
            objects = [head]
        # the side that gains
        actor = self._actor(text, c_start, trig_s, trig_e, m, actors, claims, memory)
        if change == "controls" and "under" in m.group():
            ctl = _UNDER_CONTROL.search(m.group())
            if ctl:
                side = self.g.lex.actors.resolve(ctl.group("who").title() if ctl.group("who").islower() else ctl.group("who"))
                if side:
                    actor = (ctl.group("who"), side, None)
                elif ctl.group("who").lower() in ("our", "its", "their"):
                    actor = self._speaker_actor(trig_s, claims) or actor
        if actor is None and _PERSON_SUBJECT.search(text, c_start, trig_s):
            return []  # "he entered Ukraine from Poland": a person travelling, not a force
        if change == "advanced" and _INTO_AFTER.match(text[trig_e:trig_e + 60]):
            change = "entered"  # "the advance of Russian forces into yet another region"
        slots_common: dict[str, Any] = {"change": change, "actor": actor}
        window_end = min(c_end, trig_e + 120)
        coord = max(text.rfind(" and ", c_start, trig_s), text.rfind(",", c_start, trig_s))
        lo = max(c_start, trig_s - 60, coord + 1)
        area = _AREA.search(text, lo, window_end)
        if area:
            slots_common["area_km2"] = _qty(self.g, area.group("q"))
        depth = _DEPTH.search(text, max(lo, trig_s - 40), window_end)
        if depth and change in ("advanced", "entered"):
            slots_common["depth_km"] = _qty(self.g, depth.group("q"))
        sets = self.settlements.search(text, lo, window_end)
        if sets and change in ("captured", "controls"):
            slots_common["settlements"] = _qty(self.g, sets.group("q"))
        else:
            sets = None
        if depth is not None and change not in ("advanced", "entered"):
            depth = None
        who = _NATIONAL_TERRITORY.search(after[:60])
        if who and (not objects or objects[0].start > trig_e + who.start()):
            if who is not None:
                country = "Russia" if who.group(1).lower() == "russian" else "Ukraine"
                place = self.g.lex.gazetteer.resolve(country)
                if place is not None:
                    objects = [Mention(trig_e + who.start(), trig_e + who.end(), who.group(), place)]
        dates = self.g.event_dates(text, c_start, c_end, claims)
        drafts = []
        targets: list[Mention | None] = list(objects) if objects else [None]
        for obj in targets:
            slots = dict(slots_common)
            if obj is not None:
                slots["place"] = obj
                slots["admin1"] = obj.value.admin1
            elif _WHERE_START.match(text[c_start:c_start + 6]) and c_start > 0:
                # "... in Russia's Kursk region - where Kremlin forces reversed the incursion"
                before = [p for p in self.g.places(text, 0, c_start) if p.value.precision.value != "country"]
                if before:
                    slots["place"] = before[-1]
                    slots["admin1"] = before[-1].value.admin1
            elif not any(k in slots for k in ("area_km2", "depth_km", "settlements")) and change != "advanced" \
                    and not (change == "captured" and _OBJECT_AFTER.match(text[trig_e:min(c_end, trig_e + 60)])):
                # no object at all: only region anaphora ("the border", "the region")
                anaphor = _AREA_ANAPHOR_AFTER.search(after)
                in_trigger = _BORDER_END.search(m.group())
                strong = _STRONG_INCURSION.search(m.group())
                if not anaphor and not in_trigger and not strong and not described:
                    continue
                if anaphor is None and in_trigger is not None:
                    anaphor = in_trigger
                    trig_anaphor = True
                else:
                    trig_anaphor = False
                region = memory.get("last_region")
                if region is not None and anaphor is not None:
                    a_start = trig_s + anaphor.start() + 1 if trig_anaphor else trig_e + 1  # after the space
                    a_end = trig_s + anaphor.end() if trig_anaphor else trig_e + anaphor.end()
                    slots["place"] = Mention(a_start, a_end, text[a_start:a_end], region)
                    slots["admin1"] = region.admin1
            start = trig_s if obj is None else min(trig_s, obj.start)
            if actor is not None and actor[2] is not None and actor[2] < start:
                start = actor[2]
            end = max([trig_e] + ([obj.end] if obj is not None else [])
                      + [x.end() for x in (area, depth, sets) if x is not None and x.end() <= window_end])
            slots["actor"] = (actor[0], actor[1]) if actor else None
            drafts.append(Draft("territorial_change", rule.id, start, end, slots, sentence=s.index,
                                date_mention=dates[0] if dates and not state_only else None))
        for p in places:
            if p.value.precision.value == "admin1":
                memory["last_region"] = p.value
        return drafts

    def _territorial_object(self, text: str, trig_s: int, trig_e: int, c_start: int, c_end: int) -> bool:
        """A capture needs land as its object: a place, settlements, territory (after, or before a passive)."""
        after = text[trig_e:min(c_end, trig_e + 60)]
        if _OBJECT_AFTER.match(after):
            return True
        for p in self.g.places(text, trig_e, min(c_end, trig_e + 60)):
            if p.start - trig_e <= 20 or _OBJECT_PATH.fullmatch(text, trig_e, p.start):
                return True  # "captured Goma", "retook control of the presidential palace in Khartoum"
        if self.g.unlisted_place(text, trig_e, c_end):
            return True
        before = text[max(c_start, trig_s - 60):trig_s]
        return bool(_OBJECT_BEFORE.search(before))

    def _speaker_actor(self, pos: int, claims: list[Draft]) -> tuple[str, str, int | None] | None:
        for d in claims:
            if d.content and d.content[0] <= pos < d.content[1] and d.slots.get("actor"):
                return (d.slots["source"] or "", d.slots["actor"], None)
        return None

    def _actor(self, text: str, c_start: int, trig_s: int, trig_e: int, m: Any, actors: list[Mention],
               claims: list[Draft], memory: dict[str, Any]) -> tuple[str, str, int | None] | None:
        if _PASSIVE_BEFORE.search(text, max(c_start, trig_s - 16), trig_s) and _BY_AFTER.match(text, trig_e):
            # "The village was captured by Russian forces": the agent after "by"
            after = [a for a in actors if trig_e <= a.start <= trig_e + 10]
            if after:
                return (after[0].text, after[0].value, None)
        if m.group("trigger") in ("fell", "falls", "fallen"):  # "X fell to Russian forces"
            after = [a for a in actors if trig_e <= a.start <= trig_e + 6]
            return (after[0].text, after[0].value, None) if after else None
        # "incursion by Ukraine", "the advance of Russian forces into ..."
        if _BY_OF_TRIGGER_END.search(m.group()) or \
                _BY_OF_AFTER.match(text[trig_e:trig_e + 4]):
            after = [a for a in actors if trig_e <= a.start <= trig_e + 12]
            if after:
                return (after[0].text, after[0].value, None)
        before = [a for a in actors if c_start <= a.start and a.end <= trig_s and not a.text.endswith(("'s", "'"))
                  and not _ADJECTIVE_USE.match(text, a.end)]
        claim = next((d for d in claims if d.content and d.content[0] <= trig_s < d.content[1]), None)
        content_start = claim.content[0] if claim is not None and claim.content else c_start
        if claim is not None and claim.slots.get("actor") and _TO_HAVE.fullmatch(text, content_start, trig_s):
            # "Russia yesterday claimed to have captured ...": the speaker is the subject
            return (claim.slots["source"] or "", claim.slots["actor"], None)
        if claim is not None and _PRONOUN_LEAD.match(text, content_start) and \
                not any(content_start <= a.start < trig_s and a.end <= trig_s and _PRONOUN_LEAD.match(text, a.start)
                        for a in actors):
            # "The army said its troops had repelled an RSF attack and recaptured ...": the speaker's side
            return (claim.slots["source"] or "", claim.slots["actor"], None) if claim.slots.get("actor") else None
        if claim is not None:
            before = [a for a in before if a.start >= content_start]  # not the speaker
        if before and trig_s - before[-1].end <= 60:
            a = before[-1]
            return (a.text, a.value, a.start)
        # a pronoun or a bare force noun as subject: "its forces", "our troops", "it seized", "forces from a unit"
        lead = text[content_start:trig_s]
        if _PRONOUN_SUBJECT.search(lead):
            if claim is not None and claim.slots.get("actor") and not _THEY_THEIR.search(lead):
                return (claim.slots["source"] or "", claim.slots["actor"], None)
            last = memory.get("last_subject")
            if last is not None:
                return (last[0], last[1], None)
        # "..., weeks after capturing Goma": a participle with no subject of its own has the sentence's
        if m.group("trigger").lower().endswith("ing") and _BARE_PARTICIPLE_BEFORE.search(text, max(0, trig_s - 10), trig_s):
            subject = [a for a in self.g.actors(text, 0, c_start) if not a.text.endswith(("'s", "'"))
                       and not _ADJECTIVE_USE.match(text, a.end)]
            if subject:
                return (subject[0].text, subject[0].value, None)
        # "Russian flag", "Russian advances": an adjective on the trigger
        adj = [a for a in actors if a.start >= trig_s and a.end <= trig_e]
        if adj:
            return (adj[0].text, adj[0].value, None)
        near_before = [a for a in actors if a.end <= trig_s and trig_s - a.end <= 25]
        if near_before:
            return (near_before[-1].text, near_before[-1].value, near_before[-1].start)
        return None


def _qty(g: Grammar, text: str) -> Quantity | None:
    found = g.quantities(text)
    return found[0].value if found else None
