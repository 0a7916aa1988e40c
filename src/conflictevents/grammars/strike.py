"""The strike grammar: attacks at a distance, what was launched and downed, and the toll.

A clause holds a strike when one of :data:`RULES` matches in it. All the
rules that match one clause make one strike (a launch count, an interception
count and a toll in one clause are one event); its slots are then read from
the clause:

* ``weapons``: weapon words, with per-kind counts ("101 drones and four
  missiles"); ``launched`` is their sum after a launch verb, ``intercepted``
  the count after (or before) an interception verb;
* ``killed`` / ``injured``: the counts of people next to casualty words;
* ``actor``: the agent before the verb ("Moscow launched"), the side named on
  the weapon or attack ("91 Ukrainian drones", "Israeli strikes"), a "by"
  phrase, or a pronoun resolved to the claim's speaker;
* ``locations``: places in the clause that are not the agent or speaker;
* ``targets`` and ``date``.

A count in the next sentence of the same paragraph ("Seventy-five of the
drones were downed") is also added to the strike it continues.
"""

from __future__ import annotations

from typing import Any

import regex

from ..lexicons.trie import compile_lists
from ..lexicons import numbers as _numbers
from ..models import Quantity
from .base import (
    Draft,
    Grammar,
    Mention,
    Rule,
    SentenceView,
    clauses,
    compile_gate,
    compile_rules,
    inside,
    irrealis,
    speaker_parts,
)

__all__ = ["RULES", "StrikeGrammar"]

_Q = r"(?:\d[\d,.]*|\L<word_numbers>|a[ ]dozen|dozens|hundreds|several|more[ ]than[ ]\d[\d,]*|at[ ]least[ ]\S+)"

RULES: tuple[Rule, ...] = (
    Rule(
        "strike.launch",
        "strike",
        r"(?<![\p{L}])(?P<trigger>launched|launching|launches|fired|firing|fires|unleashed|sent|dropped|used)"
        r"(?:[ ][^.;]{0,80}?)?[ ](?:\L<weapon_words>)(?![\p{L}])"
        r"|(?<![\p{L}])(?P<trigger>attacked|struck|targeted|hit|pounded|bombarded|terrori[sz]ed)(?:[ ][^.;]{0,40}?)?[ ]with[ ]"
        r"(?:[^.;]{0,30}?[ ])?(?:\L<weapon_words>)(?![\p{L}])",
        {"kind": "launch"},
        examples=("Russia launched 48 drones and two missiles at Ukraine overnight.",
                  "The army said it fired a barrage of rockets at the town."),
        counterexamples=("The company launched a new drone delivery service.",),
    ),
    Rule(
        "strike.intercept",
        "strike",
        r"(?<![\p{L}])(?P<trigger>shot[ ]down|shooting[ ]down|downed|intercepted|destroyed|neutralised|"
        r"neutralized|repelled|suppressed)(?:[ ][^.;]{0,60}?)?[ ](?:\L<weapon_words>)(?![\p{L}])"
        r"|(?:\L<weapon_words>)[^.;]{0,40}?(?:were|was|had[ ]been|have[ ]been|being)[ ]"
        r"(?P<trigger>shot[ ]down|downed|intercepted|destroyed|neutralised|neutralized)",
        {"kind": "intercept"},
        examples=("Air defences shot down 30 drones over the region.",
                  "Twelve of the missiles were intercepted, the air force said."),
        counterexamples=("The factory destroyed old drone parts in a recycling plan.",),
    ),
    Rule(
        "strike.casualties",
        "strike",
        r"(?<![\p{L}])(?P<trigger>killed|killing|kills|kill|wounded|wounding|injured|injuring|dead|deaths|"
        r"died|lost[ ]their[ ]lives|casualties|injuries)(?![\p{L}])",
        {"kind": "toll"},
        examples=("Four people were killed in a missile strike on the city.",
                  "Israeli strikes killed 12 people in Gaza on Sunday."),
        counterexamples=("Two people were killed in a car crash on the motorway.",),
    ),
    Rule(
        "strike.attack",
        "strike",
        r"(?<![\p{L}])(?P<trigger>attacks?|strikes?|air[ ]?strikes?|air[ ]raids?|raids?|barrages?|bombardment|"
        r"bombardments|bombing|bombings|shelling|shellings|salvos?|onslaught|fire)(?![\p{L}])",
        {"kind": "attack"},
        examples=("A Russian drone attack on Kyiv damaged several buildings.",
                  "The city came under drone attack overnight."),
        counterexamples=("The striker scored twice in the cup final.", "Workers went on strike over pay."),
    ),
    Rule(
        "strike.verb",
        "strike",
        r"(?<![\p{L}])(?P<trigger>attacked|struck|hit|bombed|shelled|pounded|targeted|bombarded|"
        r"targeting|hitting|striking|attacking|shelling|pounding|terrori[sz]ed|destroys|destroyed|damaged|"
        r"damaging|damages|hits|pounds|bombards|"
        # headline present tense, where the noun reading is excluded by a name following: "Israel strikes Beirut"
        r"(?:strikes|attacks|shells|targets|bombs)(?=[ ](?:(?-i:\p{Lu})|the[ ](?-i:\p{Lu}))))(?![\p{L}])",
        {"kind": "attack"},
        examples=("Russia had attacked recruitment centres in three cities.",
                  "Israeli jets hit a tent camp in the south.",
                  "Ukraine hits Russian oil depot with long-range drones",
                  "Israel strikes Beirut suburbs after rocket fire"),
        counterexamples=("The storm hit the coast on Monday.", "Sales hit a record high."),
    ),
)

# A military cue must accompany an attack word or verb: a weapon, an air strike,
# an actor next to the trigger, a casualty, or a target.
_METAPHOR = regex.compile(
    r"(?<![\p{L}])(?:strike[ ]a[ ]deal|hit[ ](?:a[ ])?record|hit[ ]hard[ ]by|hit[ ]by[ ](?:sanctions|inflation|floods?)|"
    r"price[ ]war|trade[ ]war|(?:drone|missile|rocket)s?[ ](?:footage|video|images?|photos?|shows?|delivery|deliveries|"
    r"racing|pilots?|parts|components|production|industry|factory|factories|makers?|manufacturers?|programmes?|"
    r"programs?|technology|sector|exports?|imports?|sales|companies|company|startups?|service)|"
    r"aircraft[ ]carriers?|carrier[ ]strike[ ]groups?|"  # a ship sent somewhere, not an air attack
    r"heart[ ]attack|panic[ ]attack|cyber[ ]?attacks?|hunger[ ]strike|general[ ]strike|on[ ]strike|strikers?|"
    r"air[ ]raid[ ](?:alerts?|sirens?|warnings?)|air-raid[ ](?:alerts?|sirens?)|"
    r"fire[ ](?:brigade|fighters?|crews?|department|engines?)|opened[ ]fire|ceasefire|cease-fire|fired[ ](?:from|by)[ ]"
    r"(?:his|her|their|the)[ ]job|under[ ]fire[ ]for|came[ ]under[ ]criticism)",
    regex.IGNORECASE,
)
_SIDE_FIRE = regex.compile(
    r"(?i)(?:Ukrainian|Russian|Israeli|Hamas|Hezbollah|enemy|artillery|rocket|mortar|tank|sniper|machine-gun|"
    r"anti-aircraft|heavy|incoming|cross-border|hostile)[ ]$"
)
_CIVIL_ONLY = regex.compile(r"(?i)\b(?:storm|flood|fire[ ]caused|gas[ ]pipe|earthquake|accident|crash|blaze)\b")


# Small patterns of the functions below, compiled once.
_ATTACK_NOUN = regex.compile(r"(?i)\b(?:attacks?|strikes?|shelling|bombing|raids?)\b")
_DOWNED_AFTER = regex.compile(r"[^.;\d]{0,25}?\b(?:were|was|had[ ]been|have[ ]been)[ ](?:shot[ ]down|downed|"
                              r"intercepted|destroyed|neutrali[sz]ed)")
# "the 70 drones (that) Russia launched": the launcher of a relative clause, never a place hit
_LAUNCH_VERB_AFTER = regex.compile(r"[ ](?:had[ ]|has[ ]|have[ ])?(?:launched|fired|sent|used|dropped)\b")
_MILITARY_CONTEXT = regex.compile(r"(?i)\b(?:attacks?|strikes?|shelling|bombing|raids?|barrage|fire|bombardment|explosions?|"
                                  r"hit|struck|missiles?|drones?|rockets?|bombs?|war|fighting|offensive)\b")
_PRONOUN_BEFORE = regex.compile(
    r"(?i)\b(?:its|our|we|it|they|their|the[ ](?:group|movement|militia|organi[sz]ation)(?:'s)?|"
    r"(?<=^|,[ ])(?:troops|forces|soldiers|jets|warplanes))\b[^.;]{0,60}$"
)
_WEAPON_NOUN_AFTER = regex.compile(r"(?i)^[ ](?:drones?|missiles?|rockets?)")
_WEAPON_NOUN_BEFORE = regex.compile(r"(?i)(?:drones?|missiles?|rockets?|bombs?|shells?)[ ](?:(?:that|which)[ ])?$")


def targets_only_civil(clause: str) -> bool:
    """True for a clause about a disaster or accident, not an attack."""
    return bool(_CIVIL_ONLY.search(clause))


_LEAD_PLACE = regex.compile(r"(?:In|Across|Inside|Over)[ ](?:the[ ])?[^,]{2,60},[ ]")
_NOT_HIT_BEFORE = regex.compile(r"(?i)(?:border(?:ing|s)?|border[ ]with|from|towards?|flee(?:ing)?|fled)[ ](?:the[ ])?$")
_LOCATIVE = regex.compile(
    r"(?i)\b(?:in|on|at|across|into|over|inside|throughout|near|around|of|against|targeting|targeted|hit|struck|"
    r"attacked|shelled|bombed|pounded|terrori[sz]ed)[ ](?:the[ ])?(?:\w+[ ]){0,2}$"
)
_CONTAINER = regex.compile(r"(?i)(?:[ ](?:refugee[ ]camp|camp|area|district|city|town|village))?,?[ ](?:in|of)[ ](?:the[ ])?"
                           r"(?:(?:central|northern|southern|eastern|western|north|south|east|west|coastal)[ ])?$")
_PLACE_ANAPHOR = regex.compile(
    r"(?i)\b(?:across|in|throughout|on|of|over|at)[ ]the[ ](?P<what>country|region|city|oblast|capital)\b"
)
_PLACE_NOUN_AFTER = regex.compile(
    r"(?i)[ ](?:\w+[ ])?(?:district|districts|centre|center|outskirts|suburbs?|region|territory|soil|port|"
    r"airport|border|capital|city|streets?|(?-i:\p{Lu}))"
)
_DIRECTIONS = "central|northern|southern|eastern|western|north|south|east|west"
_DIRECTION_BEFORE = regex.compile(rf"(?i)\b(?:{_DIRECTIONS})[ ]$")
#: the same direction word read as part of the place mention ("southern Gaza")
_DIRECTION_START = regex.compile(
    rf"(?i)(?:the[ ])?(?:{_DIRECTIONS}|"
    r"north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern)[ ]"
)


def _contains(outer: Any, inner: Any) -> bool:
    """True when place ``outer`` is the region or country of place ``inner`` ("Gaza" of Al-Mawasi)."""
    names = [n for n in (inner.admin1, inner.country) if n]
    key = outer.name.lower()
    return outer.name != inner.name and any(n.lower().startswith(key) for n in names)


_RESPONSIBILITY = regex.compile(
    r"(?i)\b(?:(?:claim(?:ed|s|ing)?|took|takes|taking|accepted)[ ](?:full[ ])?responsibility[ ]for[ ]"
    r"|claim(?:ed|s|ing)?[ ](?:an?|the|two|three|several|its|their)[ ]"  # "the Houthis claimed a missile attack on ..."
    r"|claim(?:ed|s)?[ ](?=(?:drone|missile|rocket|air|bomb|suicide|artillery)))"  # headline: "Houthis claim missile attack"
    r"(?:[\p{L}\d'-]+[ ]){0,6}$"
)
# a capital or a state's name as the subject of a statement or a stance, not a place hit
_SUBJECT_VERB_AFTER = regex.compile(
    r"(?i)[ ](?:(?:was|is|were|are|has[ ]been|had[ ]been)[ ](?:not[ ]|never[ ]|still[ ])?"
    r"(?:interested|ready|willing|prepared|trying|seeking|responsible|behind|determined|committed|open)\b|"
    r"(?:said|says|wants|wanted|refused|rejected|denied|claimed|accused|insisted|demanded|agreed|warned|"
    r"threatened|vowed|blamed|responded|retaliated)\b)"
)
_UNNAMED_AGENT = regex.compile(
    r"(?i)\b(?:(?:by|blamed[ ]on|attributed[ ]to|carried[ ]out[ ]by)[ ](?:the[ ]|an?[ ])?"
    r"(?:unidentified[ ]|unknown[ ]|suspected[ ]|armed[ ])?(?:army|military|gunmen|militants?|jihadists?|insurgents?|"
    r"bandits|attackers?|assailants?|militias?|rebels?|fighters)"
    r"|(?<![\p{L}][ ])(?:gunmen|militants|jihadists|insurgents|bandits|attackers|assailants)[ ](?:\p{L}+[ ])?"
    r"(?:killed|attacked|stormed|opened|abducted|shot|struck|ambushed))\b"
)
# the subject reacts to the attack, it did not make it
_REACTION_BETWEEN = regex.compile(
    r"(?i)\b(?:condemn\w*|denounc\w*|slam(?:s|med)?|decr(?:y|ies|ied)|mourn\w*|respond\w*|react\w*|"
    r"blam\w*|accus\w*|vow\w*|urg\w*|warn\w*|call(?:s|ed)?[ ]for|investigat\w*|survive[sd]?|surviving)\b"
)
_PEOPLE_OBJECT = regex.compile(
    r"(?i)[ ](?:(?:about|around|some|over|more[ ]than|at[ ]least|nearly|up[ ]to)[ ])?(?:\d[\d,]*[ ])?"
    r"(?:\p{L}+[ ]){0,2}?(?:soldiers|troops|servicemen|personnel|fighters|militants|mercenaries|invaders|occupiers)\b"
)
_RELATIVE_AFTER = regex.compile(r"(?i)[ ](?:that|which|who)\b")
_IN_BEFORE = regex.compile(r"(?i)\b(?:in|at|near|outside|inside)[ ](?:the[ ])?$")
_DAMAGED_BEFORE = regex.compile(r"(?i)\b(?:destroying|damaging|hitting|striking|destroyed[ ]on[ ]the[ ]ground)[ ]$")
# "attacked Kyiv with 400 drones", "using 60 missiles": the munitions of the attack were launched
_ARMED_WITH = regex.compile(
    r"(?i)\b(?:with|using|involving)[ ](?:(?:a[ ])?(?:total|barrage|wave|swarm|salvo)[ ]of[ ])?$"
)
_BY_BEFORE = regex.compile(r"(?i)\b(?:by|from)[ ](?:the[ ])?$")
_NOT_FORCE = regex.compile(
    r"(?i)\b(?:price|trade|verbal|rhetorical|political|legal|scathing|personal|baggage|workers|union|sanctions|"
    r"tariffs|restrictions|embargo|ban|campaign[ ]ads?|advertising|marketing)\b"
)
_HIT_VERB = regex.compile(
    r"(?i)\b(?:hit|hits|struck|strikes[ ]on|damaged|destroyed|killed|wounded|injured|targeted|set[ ]fire|"
    r"sparked|flattened|levelled|leveled)\b"
)
_BY_AFTER = regex.compile(r"[ ]by[ ]")  # "Kyiv hit by drones": a headline's passive
_PASSIVE_BEFORE = regex.compile(r"(?i)\b(?:been|was|were|is|are|being|got|get)[ ](?:\w+[ ])?$")
_ADJECTIVE_USE = regex.compile(
    r"(?i)[ ](?:territory|soil|side|border|city|cities|region|regions|capital|government|leader|people|citizens|"
    r"civilians|lands?|villages?|towns?|positions|troops[ ]in|soldiers[ ]in|"
    # the side of the people or things hit: "a senior Hamas commander", "Hezbollah targets"
    r"commanders?|leaders|officials?|fighters|militants|members?|operatives?|targets|infrastructure|"
    r"sites?|facilit(?:y|ies)|tunnels?|depots?|hideouts?|strongholds?|launchers?|cells?)\b"
)
_SIDE_ON_WEAPON = regex.compile(
    r"(?i)^(?:'s)?(?:[ ](?:overnight|late-night|nighttime|massive|fresh|new|latest|large-scale|combined|heavy|"
    r"deadly|guided|air|drone|missile|artillery|rocket|ballistic|cruise|kamikaze|attack|strike|aerial|long-range|"
    r"glide|tank|sniper|naval|mortar|gun|machine-gun|heavy-weapons|fighter|combat|military|stealth|"
    r"reconnaissance|surveillance|spy)){0,3}[ ](?:attacks?|strikes?|air[ ]?strikes?|"
    r"raids?|shelling|shellings|bombardment|barrages?|fire|"
    r"drones?|missiles?|rockets?|bombs?|shells?|jets|warplanes|aircraft|artillery|air[ ]attacks?|"
    r"drone[ ]attacks?|missile[ ]attacks?|forces|troops|military|army)\b"
)
_CASUALTY_NOUNS = (r"people|persons|person|civilians|civilian|children|child|women|woman|men|man|residents|"
                   r"soldiers|soldier|servicemen|serviceman|troops|"
                   r"Palestinians|Ukrainians|Israelis|Russians|others|police|officers|workers|rescuers|"
                   r"fighters|militants|passengers|journalists|medics|patients|family[ ]members")
_KILLED = (
    rf"""
    (?P<q>{{Q}})(?:[ ](?:\p{{L}}+[ ]){{0,3}}?(?:{_CASUALTY_NOUNS}))?(?:,[^,]{{0,40}},)?
        (?:[ ](?:including[ ][^,]{{1,40}}?))?[ ](?:were|was|have[ ]been|had[ ]been|are|being|got)[ ]
        (?:\p{{L}}+[ ])?(?P<kind>killed|wounded|injured|hurt|dead)
  | (?P<kind>killed|killing|kills|kill|wounding|wounded|injuring|injured)[ ]  # the quantity keeps its qualifier
        (?:(?:her|his|their|its)[ ])?(?P<q>{{Q}})(?![\p{{L}}\d])
  | (?P<q>{{Q}})[ ](?:(?!(?:and|or|but)[ ])\p{{L}}+[ ]){{0,2}}?(?P<kind>dead|deaths|fatalities|injuries|wounded|casualties)
  | (?P<q>{{Q}})(?:[ ](?:\p{{L}}+[ ]){{0,3}}?(?:{_CASUALTY_NOUNS}))?[ ](?P<kind>died|perished)
  | (?P<kind>killed|killing|wounded|wounding|injured|injuring)[ ](?P<q>an?)[ ](?:[\w-]+[ ]){{0,2}}?
        (?:person|man|woman|child|civilian|soldier|commander|leader|official|member|fighter|journalist|
           resident|officer|policeman|paramedic|doctor|teenager|boy|girl)\b
  | (?:killed|wounded|injured|dead)[ ]and[ ](?P<q>{{Q}})[ ](?:(?:people|others|more)[ ])?(?P<kind>injured|wounded|hurt|killed)
  | (?:death[ ]toll|toll)[ ](?:[\p{{L}}'\u2019-]+[ ]){{0,10}}?(?:rose|risen|rises|climbed|climbs|jumped|reached|reaches|increased|stood|stands|grew|grown)[ ]
        (?:at[ ]|to[ ])?(?P<q>{{Q}})(?P<kind>)
  | (?P<kind>no)[ ](?:injuries|casualties)
  | (?P<kind>led[ ]to|left|caused)[ ](?P<q>{{Q}})[ ](?P<kind2>deaths|dead|injured|wounded)
    """.replace("{Q}", "(?:\\L<quantity_q>)")
)
#: Every match of ``_KILLED`` holds one of these stems: a clause without one has no toll.
_TOLL_STEM = regex.compile(r"(?i)kill|wound|injur|hurt|dead|death|fatalit|casualt|died|perish|toll")


class StrikeGrammar:
    """Reads strikes in the clauses of a sentence."""

    def __init__(self, g: Grammar) -> None:
        self.g = g
        self.rules = compile_rules(RULES, g.lists)
        self.gate = compile_gate(RULES, g.lists)
        qlists = dict(g.lists)
        self.quantity_re = compile_lists(
            # not a model designation: "Tu-95", "Su-34", "S-300" (a letter and a hyphen before the digits)
            r"(?<![\p{L}\d])(?<!\p{L}-)(?:(?:at[ ]least|more[ ]than|over|some|about|nearly|around|up[ ]to|as[ ]many[ ]as|"
            r"almost|roughly)[ ])?(?:\d{1,3}(?:,\d{3})+|\d+|(?:\L<word_numbers>)(?:[- ](?:\L<word_numbers>))?|"
            r"a[ ]dozen|dozens|hundreds|scores|several)(?![\p{L}\d])",
            regex.IGNORECASE,
            word_numbers=qlists["word_numbers"],
        )
        self.killed_re = compile_lists(
            _KILLED.replace("(?:\\L<quantity_q>)", "(?:" + self.quantity_re.pattern + ")"),
            regex.VERBOSE | regex.IGNORECASE,
            word_numbers=qlists["word_numbers"],
        )
        #: every match of ``count_weapon`` ends with a weapon word: a clause without one has no count
        self.weapon_word = compile_lists(r"(?i)(?:\L<weapon_words>)(?![\p{L}])", weapon_words=qlists["weapon_words"])
        self.count_weapon = compile_lists(
            r"(?P<q>" + self.quantity_re.pattern + r")(?:[ ]of[ ](?:the|these|those))?"
            r"(?:[ ]['\"]?(?:\L<actor_names>|strike|attack|kamikaze|combat|long-range|ballistic|cruise|guided|"
            r"aerial|attack[ ]and[ ]decoy|decoy|\p{L}+-\p{L}+(?:-\p{L}+)?)){0,2}[ ]['\"]?(?P<w>\L<weapon_words>)(?![\p{L}])",
            regex.IGNORECASE,
            word_numbers=qlists["word_numbers"],
            actor_names=qlists["actor_names"],
            weapon_words=qlists["weapon_words"],
        )
        self.of_total = compile_lists(
            r"(?P<q>" + self.quantity_re.pattern + r")[ ]of[ ](?:(?:the|its|their)[ ])?(?P<total>"
            + self.quantity_re.pattern + r")[ ](?:[\w'-]+[ ]){0,2}?(?P<w>\L<weapon_words>)(?![\p{L}])",
            regex.IGNORECASE,
            word_numbers=qlists["word_numbers"],
            weapon_words=qlists["weapon_words"],
        )
        self.of_the = compile_lists(
            r"(?P<q>" + self.quantity_re.pattern + r")[ ]of[ ](?:the|these|them|those|which)[ ]?(?P<w>\L<weapon_words>)?"
            r"|of[ ]which[ ](?P<q>" + self.quantity_re.pattern + r")[ ](?:were|was|had[ ]been|have[ ]been)",
            regex.IGNORECASE,
            word_numbers=qlists["word_numbers"],
            weapon_words=qlists["weapon_words"],
        )

    def _quantity(self, text: str) -> Quantity | None:
        q = self.g.quantities(text)
        if q:
            found: Quantity = q[0].value
            return found
        return _numbers.parse_quantity(text)  # "a" (one person) is a count only here

    def read(self, s: SentenceView, claims: list[Draft], memory: dict[str, Any]) -> list[Draft]:
        """Strikes of one sentence."""
        text = s.text
        if not self.gate.search(text, timeout=1.0):
            return []
        out: list[Draft] = []
        for c_start, c_end in clauses(text):
            fired: list[tuple[Rule, Any]] = []
            for rule, pat in self.rules:
                for m in pat.finditer(text, c_start, c_end, timeout=1.0):
                    if irrealis(text, c_start, m.start("trigger")):
                        continue  # "could strike", "to hit targets", "never attacked", "has long targeted"
                    if m.group("trigger").lower() == "fire" and not _SIDE_FIRE.search(text, max(0, m.start() - 25),
                                                                                     m.start("trigger")):
                        continue  # "fire" is an attack only as "Ukrainian fire", "artillery fire"
                    fired.append((rule, m))
                    break
            if not fired:
                continue
            context = {"sentence_has_strike": bool(out), "article_has_strike": memory.get("strikes", 0) > 0}
            d = self._build(s, c_start, c_end, fired, claims, memory, context)
            if d is not None:
                out.append(d)
                memory["strikes"] = memory.get("strikes", 0) + 1
                # who struck and where, for an unnamed military speaker in the next sentences
                if d.slots.get("actor"):
                    memory["last_strike_side"] = (s.index, d.slots["actor"][1])
                hit = [m.value for m in d.slots.get("locations") or () if m.value.country]
                if hit:
                    memory["last_hit_country"] = (s.index, hit[-1].country)
                    memory["last_hit_place"] = (s.index, hit[-1])
        return out

    def _build(self, s: SentenceView, c_start: int, c_end: int, fired: list[tuple[Rule, Any]],
               claims: list[Draft], memory: dict[str, Any], context: dict[str, bool]) -> Draft | None:
        text = s.text
        clause = text[c_start:c_end]
        # "destroyed 1,120 Russian soldiers over the past day": battlefield losses, not a strike
        fired = [(r, m) for r, m in fired
                 if not (m.group("trigger").lower().startswith("destroy") and _PEOPLE_OBJECT.match(text, m.end("trigger")))]
        if not fired:
            return None
        if _METAPHOR.search(clause):
            # drop the matches that sit inside a metaphor or a non-military use
            bad = [(m.start() + c_start, m.end() + c_start) for m in _METAPHOR.finditer(clause)]
            fired = [(r, m) for r, m in fired if not any(a <= m.start("trigger") < b for a, b in bad)]
            if not fired:
                return None
        weapons = [w for w in self.g.weapons(text, c_start, c_end)
                   if not _METAPHOR.match(text, w.start) and not any(a <= w.start < b for a, b in
                   ((m.start() + c_start, m.end() + c_start) for m in _METAPHOR.finditer(clause)))]
        kinds = {r.fixed["kind"] for r, _ in fired}
        tolls = list(self.killed_re.finditer(text, c_start, c_end, overlapped=True, timeout=1.0)) \
            if _TOLL_STEM.search(text, c_start, c_end) else []
        actors = self.g.actors(text, c_start, c_end)
        speaker_spans = speaker_parts(claims)
        actors = [a for a in actors if not inside(a, speaker_spans)]
        targets = self.g.targets(text, c_start, c_end)
        attack_words = kinds & {"attack"}
        trig0 = min(m.start("trigger") for _, m in fired)
        in_claim = any(d.content and d.content[0] <= trig0 < d.content[1] for d in claims)
        has_weapon_word = bool(self.weapon_word.search(text, c_start, c_end, timeout=1.0))
        counted = has_weapon_word and bool(self.count_weapon.search(text, c_start, c_end, timeout=1.0))
        military = bool(weapons) and bool(actors or counted or in_claim or tolls or targets or attack_words)
        if ("launch" in kinds or "intercept" in kinds) and not weapons:
            fired = [(r, m) for r, m in fired if r.fixed["kind"] not in ("launch", "intercept")]
            kinds = {r.fixed["kind"] for r, _ in fired}
            if not fired:
                return None
        if not military and attack_words:
            # an attack word or verb counts with a side next to it, or a toll of people
            trig = next(m for r, m in fired if r.fixed["kind"] == "attack")
            near = [a for a in actors if abs(a.end - trig.start("trigger")) <= 30 or abs(trig.end() - a.start) <= 6]
            military = bool(near or (tolls and not targets) or (tolls and near)) and not _NOT_FORCE.search(clause)
            if not military and tolls and _ATTACK_NOUN.search(clause):
                military = True
        if not military and tolls and (context["sentence_has_strike"] or context["article_has_strike"]):
            military = True  # "..., while 10 others were killed at a water point"; a toll in a story of strikes
        if not military and attack_words and context["article_has_strike"] and not targets_only_civil(clause) \
                and not _NOT_FORCE.search(clause) and _HIT_VERB.search(clause):
            military = True  # "An earlier strike had hit a forested area" in a story of strikes
        if not military and "toll" in kinds and not targets_only_civil(clause):
            military = bool(tolls) and bool(_MILITARY_CONTEXT.search(clause))
        if not military:
            return None
        slots: dict[str, Any] = {}
        # weapons and counts
        per_kind: dict[str, dict[str, Any]] = {}
        for w in weapons:
            per_kind.setdefault(w.value, {"kind": w.value, "written": w.text, "launched": None, "intercepted": None})
        launch = next((m for r, m in fired if r.fixed["kind"] == "launch"), None)
        intercept = next((m for r, m in fired if r.fixed["kind"] == "intercept"), None)
        launched_total = 0
        intercepted_total = None
        count_starts: list[int] = []
        for m in (self.count_weapon.finditer(text, c_start, c_end, timeout=1.0) if has_weapon_word else ()):
            q = self._quantity(m.group("q"))
            kind = self.g.lex.weapons.kind_of(m.group("w"))
            if q is None or q.value is None or kind is None:
                continue
            if kind == "airstrike" and _DAMAGED_BEFORE.search(text, max(c_start, m.start() - 25), m.start()):
                continue  # "hit an airbase, destroying two fighter jets": aircraft hit, not munitions
            is_intercept = intercept is not None and intercept.start("trigger") < m.start() and (
                launch is None or launch.start("trigger") < intercept.start("trigger"))
            downed_after = _DOWNED_AFTER.match(text[m.end():m.end() + 60])
            armed_with = intercept is None and _ARMED_WITH.search(text, max(c_start, m.start() - 30), m.start())
            if (armed_with or (launch is not None and launch.start("trigger") < m.start())) \
                    and not is_intercept and not downed_after:
                per_kind.setdefault(kind, {"kind": kind, "written": m.group("w"), "launched": None, "intercepted": None})
                per_kind[kind]["launched"] = q
                launched_total += q.value
            elif intercept is not None:
                per_kind.setdefault(kind, {"kind": kind, "written": m.group("w"), "launched": None, "intercepted": None})
                per_kind[kind]["intercepted"] = q
                intercepted_total = (intercepted_total or 0) + q.value
                count_starts.append(m.start())
        total = self.of_total.search(text, c_start, c_end, timeout=1.0) if intercept is not None else None
        if total is not None:  # "shot down 56 of the 70 drones": 56 downed of 70 launched
            q_down, q_all = self._quantity(total.group("q")), self._quantity(total.group("total"))
            kind = self.g.lex.weapons.kind_of(total.group("w"))
            if q_down is not None and q_all is not None and q_down.value is not None and q_all.value is not None and kind:
                per_kind.setdefault(kind, {"kind": kind, "written": total.group("w"), "launched": None, "intercepted": None})
                per_kind[kind]["intercepted"], per_kind[kind]["launched"] = q_down, q_all
                intercepted_total, launched_total = q_down.value, q_all.value
                count_starts.append(total.start())
        if intercept is not None and intercepted_total is None:
            ofm = self.of_the.search(text, c_start, c_end, timeout=1.0)
            if ofm:
                q = self._quantity(ofm.group("q"))
                if q is not None and q.value is not None:
                    intercepted_total = q.value
        slots["weapons"] = list(per_kind.values())
        if launched_total:
            slots["launched"] = Quantity(value=launched_total, low=launched_total, high=launched_total)
        if intercepted_total is not None:
            slots["intercepted"] = Quantity(value=intercepted_total, low=intercepted_total, high=intercepted_total)
        # casualties
        for t in tolls:
            kind = (t.group("kind") or "").lower()
            kind2 = (t.groupdict().get("kind2") or "").lower()
            word = kind2 or kind
            if kind == "no":
                slots.setdefault("injured", Quantity(value=0, low=0, high=0, written=t.group()))
                continue
            q = self._quantity(t.group("q") or "")
            if q is None:
                continue
            if word in ("killed", "killing", "kills", "kill", "dead", "deaths", "fatalities", "died", "perished", ""):
                slots.setdefault("killed", q)
            elif word in ("wounded", "wounding", "injured", "injuring", "hurt", "injuries", "casualties"):
                slots.setdefault("injured", q)
        # the actor
        trig_pos = min(m.start("trigger") for _, m in fired)
        slots["actor"] = self._actor(text, c_start, c_end, trig_pos, actors, weapons, fired, claims, s)
        # "blamed on the army", "Gunmen killed ...": an agent is stated but names no side; the story's side
        # must not be filled in for it
        unnamed_agent = slots["actor"] is None and bool(_UNNAMED_AGENT.search(text, c_start, c_end))
        agent_spans = [(a.start, a.end) for a in actors if slots["actor"] and a.value == slots["actor"][1]
                       and (a.start < trig_pos or _BY_BEFORE.search(text, max(0, a.start - 12), a.start))]
        slots["locations"] = self._locations(text, c_start, c_end, agent_spans, speaker_spans, claims, memory)
        slots["targets"] = targets
        # "air strikes" is the kind only when no other weapon is named in the sentence
        kinds_here = {w["kind"] for w in slots["weapons"]}
        if "airstrike" in kinds_here:
            others = {w.value for w in self.g.weapons(text)} - {"airstrike"}
            if others:
                slots["weapons"] = [w for w in slots["weapons"] if w["kind"] != "airstrike"] or [
                    {"kind": k, "written": "", "launched": None, "intercepted": None} for k in sorted(others)]
        places = slots["locations"]
        # the date of what is said, not of the saying ("the governor said on Tuesday that an attack on Sunday ...")
        dates = self.g.event_dates(text, c_start, c_end, claims, fallback=True)
        # the subject belongs to the evidence: "Drones hit Kharkiv", "Israeli jets hit a tent"
        subject = [w.start for w in weapons if w.end <= trig_pos and trig_pos - w.end <= 12]
        subject += [t.start() for t in tolls if t.start() < trig_pos]  # "Two people were injured ..."
        subject += [c for c in count_starts if c < trig_pos]  # "Thirty of the drones were shot down"
        start = min([trig_pos] + [a[0] for a in agent_spans] + subject)
        ends = [m.end() for _, m in fired] + [p.end for p in places] + [t.end() for t in tolls]
        end = max(ends)
        return Draft("strike", "+".join(sorted({r.id for r, _ in fired})) if len(fired) > 1 else fired[0][0].id,
                     start, end, slots, sentence=s.index, date_mention=dates[0] if dates else None,
                     extra={"paragraph": s.paragraph, "weapons_only": not (tolls or targets or places),
                            "unnamed_agent": unnamed_agent})

    def _locations(self, text: str, c_start: int, c_end: int, agents: list[tuple[int, int]],
                   speaker_spans: list[tuple[int, int]], claims: list[Draft], memory: dict[str, Any]) -> list[Mention]:
        """Places hit: named in the clause (or in the sentence's opening "In X,"), not the attacker."""
        excluded = speaker_spans + agents
        found = [p for p in self.g.places(text, c_start, c_end) if not inside(p, excluded)]
        lead = _LEAD_PLACE.match(text)
        if lead and lead.end() <= c_end:  # "In Russia, the ministry said it shot down ...": the whole sentence
            found = [p for p in self.g.places(text, 0, lead.end()) if all(p.start != q.start for q in found)] + found
        out: list[Mention] = []
        for p in found:
            before = text[max(0, p.start - 25):p.start]
            after = text[p.end:p.end + 30]
            if _NOT_HIT_BEFORE.search(before):
                continue  # "bordering Russia", "from Ukraine", "towards Kyiv"
            if _LAUNCH_VERB_AFTER.match(after):
                continue  # "the drones Russia launched": the attacker
            if p.text in self.g.lex.actors.alias_to_actor and _SUBJECT_VERB_AFTER.match(after):
                continue  # "the attack showed that Moscow was not interested in peace": the state, as subject
            if p.text in self.g.lex.actors.alias_to_actor and p.value.name != p.text:
                continue  # a demonym ("Russian") is not a place
            if p.value.precision.value == "country" and not _LOCATIVE.search(before):
                continue  # a country as a name ("Russia launched") is a side, not a place hit
            # "Moscow's third attack", "on Russia's side": a possessor, not a place hit; but in
            # "on Ukraine's army recruitment centres" the targets hit are in the place
            if p.text.endswith(("'s", "'")) and not _PLACE_NOUN_AFTER.match(after) and not (
                    _LOCATIVE.search(before) and any(0 <= t.start - p.end <= 12 for t in self.g.targets(text, p.end, c_end))):
                continue
            out.append(p)
        # "the Nuseirat camp in central Gaza", "In southern Gaza, ... Al-Mawasi": a region written with a
        # direction is the container of a place named with it, not a second place hit
        out = [p for p in out if not ((_DIRECTION_BEFORE.search(text, max(0, p.start - 14), p.start)
                                       or _DIRECTION_START.match(p.text))
                                      and any(q is not p and _contains(p.value, q.value) for q in out))]
        # "across the country", "in the region", "of the city": the story's country, region or city
        if not out:
            ana = _PLACE_ANAPHOR.search(text, c_start, c_end)
            if ana:
                word = ana.group("what").lower()
                if word == "country":
                    side = next((d.slots.get("actor") for d in claims if d.content and d.slots.get("actor")), None)
                    place = self.g.lex.gazetteer.resolve(side) if side else None
                elif word == "capital":  # "across the capital": the story's last city, when it is a capital
                    place = memory.get("last_city")
                    if place is not None and self.g.lex.actors.alias_to_actor.get(place.name) != place.country:
                        place = None
                else:
                    place = memory.get("last_region") if word in ("region", "oblast", "province") else memory.get("last_city")
                if place is not None:
                    out.append(Mention(ana.start("what"), ana.end("what"), ana.group("what"), place))
        for p in out:
            if p.value.precision.value == "place":
                memory["last_city"] = p.value
        return out

    def _actor(self, text: str, c_start: int, c_end: int, trig_pos: int, actors: list[Mention],
               weapons: list[Mention], fired: list[tuple[Rule, Any]], claims: list[Draft],
               s: SentenceView) -> tuple[str, str] | None:
        kinds = {r.fixed["kind"] for r, _ in fired}
        # an agent after "by" or "from": "hit by Ukraine's army", "shellings from the Ukrainian Armed Forces"
        for a in actors:
            if a.start > trig_pos and a.start < c_end and _BY_BEFORE.search(text, max(0, a.start - 12), a.start):
                return (a.text, a.value)
        # a reduced relative clause: "the 70 drones Russia launched"
        for a in actors:
            if _LAUNCH_VERB_AFTER.match(text[a.end:a.end + 15]) and \
                    _WEAPON_NOUN_BEFORE.search(text[max(0, a.start - 20):a.start]):
                return (a.text, a.value)
        # the side named on the weapon or on the attack word: "91 Ukrainian drones", "Israeli strikes"
        for a in actors:
            tail = text[a.end : a.end + 40]
            if _METAPHOR.match(tail, 1):
                continue  # "a US aircraft carrier": the target's flag, not the attacker's weapon
            if _SIDE_ON_WEAPON.match(tail) or (a.start < trig_pos and a.text.endswith(("forces", "troops", "army"))):
                if a.start >= c_start and not (kinds <= {"intercept"} and a.start < trig_pos and
                                               not _WEAPON_NOUN_AFTER.match(tail)):
                    return (a.text, a.value)
        # the agent before the trigger: "Moscow launched", "Russia had attacked" (not the patient of a passive,
        # not an adjective on another noun: "Russian territory")
        passive = _PASSIVE_BEFORE.search(text, max(c_start, trig_pos - 25), trig_pos) or \
            _BY_AFTER.match(text, next(m.end("trigger") for _, m in fired if m.start("trigger") == trig_pos))
        before = [a for a in actors if a.end <= trig_pos and a.start >= c_start and not _ADJECTIVE_USE.match(text, a.end)
                  and not _REACTION_BETWEEN.search(text, a.end, trig_pos)]  # "Zelensky condemns attack ..."
        if before and ("intercept" not in kinds or kinds & {"launch", "attack"}) and not passive:
            a = before[-1]
            if not text[a.end:a.end + 3].startswith("'s") or trig_pos - a.end < 40:
                return (a.text, a.value)
        # "the Houthis claimed responsibility for a drone attack": the speaker is the attacker
        for d in claims:
            if d.start <= trig_pos and d.slots.get("actor") and \
                    _RESPONSIBILITY.search(text, max(d.start, trig_pos - 80), trig_pos):
                return (d.slots["source"] or "", d.slots["actor"])
        # the agent of a later attack verb: "40 people were killed when the RSF shelled a market"
        # (not a place before a relative pronoun: "a bombing at a church in Damascus that killed 25")
        for _, m in fired:
            t = m.start("trigger")
            near = [a for a in actors if a.end <= t and t - a.end <= 12 and a.start >= c_start
                    and not _ADJECTIVE_USE.match(text, a.end) and not _RELATIVE_AFTER.match(text, a.end)
                    and not _IN_BEFORE.search(text, max(0, a.start - 8), a.start)]
            if t > trig_pos and near and not _PASSIVE_BEFORE.search(text, max(c_start, t - 25), t):
                return (near[-1].text, near[-1].value)
        # a pronoun agent inside a claim ("it had launched") is the speaker's side
        for d in claims:
            if d.content and d.content[0] <= trig_pos < d.content[1] and d.slots.get("actor"):
                if _PRONOUN_BEFORE.search(text[d.content[0]:trig_pos]) \
                        and "intercept" not in kinds:
                    return (d.slots["source"] or "", d.slots["actor"])
        return None
