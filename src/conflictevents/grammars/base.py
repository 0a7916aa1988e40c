"""Shared building blocks of the grammars: rules, sentence context, slot finders.

Every grammar is a table of :class:`Rule` objects (an id, a pattern, fixed
slot values, examples and counterexamples) plus a small ``read`` function that
turns rule matches into :class:`Draft` events with the finders below:

* :meth:`Grammar.actors` - actor phrases ("the Russian defence ministry",
  "Israeli jets", "Moscow") with their canonical side;
* :meth:`Grammar.places` - place phrases ("the village of Dachne in the
  Dnipropetrovsk region", "Kharkiv's", "across Ukraine"), resolved in the
  gazetteer with the region the text gives;
* :meth:`Grammar.quantities`, :meth:`Grammar.dates`, :meth:`Grammar.weapons`;
* :func:`clauses` - clause boundaries inside a sentence.

All offsets handled here are relative to the sentence text; :class:`Draft`
holds them and the pipeline maps them back to the original document.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any

import regex
from attrs import define, field, frozen

from ..lexicons.trie import compile_lists
from ..lexicons import Lexicons
from ..lexicons.gazetteer import fold_name
from ..lexicons import dates as _dates
from ..lexicons import numbers as _numbers
from ..models import EventDate, GeoPrecision, Place, Quantity
from .vocabulary import WORDS

__all__ = [
    "Rule",
    "Draft",
    "Mention",
    "SentenceView",
    "Grammar",
    "clauses",
    "irrealis",
    "CAPNAME",
    "LEAD_IN",
    "compile_rules",
    "compile_gate",
    "speaker_parts",
]

#: A capitalised name of one to four words ("Kryvyi Rih", "Beit Hanun", "Al-Mawasi").
CAPNAME = (
    r"\p{Lu}[\p{L}\p{M}'\-]{0,30}"
    r"(?:[ ](?:al-|el-|ad-|as-|an-|ash-|de[ ]|la[ ])?\p{Lu}[\p{L}\p{M}'\-]{0,30}){0,3}"
)

#: A sentence's opening adverbial, before its subject: "On Saturday, ", "After a week of fighting, ",
#: "Meanwhile, ", "But ". Shared by the claim grammar (where a speaker starts) and the pipeline
#: (the sentence's subject, for "it" in the next sentence).
LEAD_IN = regex.compile(
    r"""(?:(?:Already|Earlier|Later|Meanwhile|However|But|And|Also|Separately|Elsewhere|Overnight|Yesterday|Today|
            (?:In|On|At|Since|By|Over|After|Before|During|Despite|Following|Amid|Within|Under|With|As|When|While|
               Throughout|Late|Early|Last|Earlier|Later)[ ][^,]{1,45}),[ ]|
            (?i:but|and|meanwhile|however)[ ])""",
    regex.VERBOSE,
)

# Clause boundaries: semicolons, dashes, and subordinating conjunctions after a comma.
_CLAUSE_BREAK = regex.compile(
    r"""
    \s*;\s*
  | :[ ]+  # a headline's label or speaker: "Ukraine war: drones hit Kharkiv"
  | \s+[\u2014\u2013]\s+ | \s+--\s+
  | (?<!\b(?:attacks?|strikes?|airstrikes?|bombings?|shelling|raids?|blasts?|explosions?|barrages?))
    ,\s+(?=which\b)  # "the bombing, which killed 12 people" is one event
  | ,\s+(?=(?:while|but|whereas|although|though|as|even[ ]as|amid|after|before|when|where|who|
              whose|because|since|so|yet|and[ ](?:that|it|he|she|they|its|the)\b)\b)
  | \s+(?=(?:while|whereas|although)\b)
  | ,\s+(?=(?:(?:just|only|barely|some|a|an|one|two|three|four|five|six|several|a[ ]few|\d{1,3})[ ])?
          (?:weeks?|months?|years?)[ ](?:after|before)\b)  # ", weeks after ...": another time ("days before" is not)
  | (?<!,|just|only)[ ](?=(?:just[ ]|only[ ])?(?:hours|days|weeks|months)[ ](?:before|after)[ ])  # "The strikes come days before ..."
  | ,\s+(?=(?:a|an)[ ](?:claim|assertion|allegation|accusation|charge|account|version)[ ](?:that[ ]|which[ ])?
          (?!that\b|which\b|of\b|by\b|to\b|in\b|on\b|for\b)\p{L})  # "..., a claim Kyiv rejected": a rejoinder
  | ["']?[ ]and[ ](?=(?:[^,.;"]{0,30}?[ ])?(?:it|he|she|they|we)[ ]\p{Ll}+ed\b)
  | [ ](?=as[ ](?!(?:many|much|well|long|soon|far|part|a|an|if|of|to|the[ ]result)\b)[\w' -]{3,40}?[ ]
         (?:resume[sd]?|stall(?:s|ed)?|continue[sd]?|mount(?:s|ed)?|grows?|looms?|rage[sd]?|begins?|began|
            ends?|ended|deadlocked|drags?[ ]on|intensif(?:y|ies|ied))\b)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


#: Capitalised words that are never read as places.
_NOT_PLACES = frozenset(
    [m.title() for m in _dates.MONTHS if len(m) > 3 or m == "may"]
    + [d.title() for d in _dates.WEEKDAYS]
    + "The A An This That These Those It He She They We I President Minister Governor Mayor".split()
)
#: "the Gulf of Aden", "the Sea of Azov": the water, never the town of that name.
_WATER_NOUNS = frozenset({"gulf", "sea", "strait", "bay"})
#: A part of a city named with it: "Kharkiv's Shevchenkivskyi district", "the Podil district of Kyiv".
_CITY_PART_AFTER = regex.compile(r"(?i)[ ](?:district|neighbourhood|neighborhood|quarter|microdistrict)(?P<of>[ ]of[ ])?\b")
#: A place named with a lowercase landmark noun: "the Netzarim corridor", "the Rafah crossing".
_LANDMARK_AFTER = regex.compile(r"(?i)[ ](?P<noun>corridor|crossing|route)\b")
_POSSESSOR_HEAD = regex.compile(r"(?P<city>\p{Lu}[\p{L}\p{M}\-]*)(?:'s|\u2019s|')[ ]")
_LOCATIVE_BEFORE = regex.compile(
    r"(?:\b(?:in|on|at|across|near|around|over|into|outside|inside|from|of|to|towards|toward|"
    r"targeting|targeted|hit|struck|attacked|shelled|bombed|captured|seized|entered|reached)[ ](?:the[ ])?)$",
    regex.IGNORECASE,
)


#: A wire-service dateline at the start of a story: "KYIV, Ukraine (AP) -", "CAIRO/GAZA, March 2 (Reuters) -".
_DATELINE = regex.compile(
    r"\p{Lu}[\p{Lu}\p{M} /'.\-]{1,60}(?:,[ ][\p{L} ]{2,30}?)?(?:,[ ]\p{Lu}\p{Ll}{2,8}\.?[ ]\d{1,2})?"
    r"(?:[ ]\([^)\n]{1,40}\))?[ ]?[-\u2013\u2014][ ]"
)
_PLURAL_REGION = regex.compile(r"(?i)[ ](?:regions|oblasts|provinces|governorates)$")
_LIST_GAP = regex.compile(r",?[ ](?:and|or)[ ]|,[ ]")


def clauses(text: str) -> list[tuple[int, int]]:
    """Clause ``(start, end)`` offsets of a sentence (a clause never spans a break)."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _CLAUSE_BREAK.finditer(text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out or [(0, len(text))]


@frozen
class Rule:
    """One named grammar rule: a pattern over words and lexicon classes.

    ``fixed`` holds the slot values the rule implies (``{"change": "captured"}``);
    ``examples`` must produce an event of the rule's type from this rule,
    ``counterexamples`` must not (both are run by the test suite).
    """

    id: str
    event_type: str
    pattern: str
    fixed: dict[str, Any] = field(factory=dict)
    examples: tuple[str, ...] = ()
    counterexamples: tuple[str, ...] = ()
    flags: int = regex.IGNORECASE


@frozen
class Mention:
    """Something found in a sentence: offsets (sentence-relative), text and value."""

    start: int
    end: int
    text: str
    value: Any


@define
class Draft:
    """An event before ids: its type, rule, sentence-relative span and slots."""

    event_type: str
    rule: str
    start: int
    end: int
    slots: dict[str, Any]
    sentence: int = -1
    # claims only: the span of what is claimed, and the speaker as written
    content: tuple[int, int] | None = None
    planned: bool = False
    date_mention: Mention | None = None
    extra: dict[str, Any] = field(factory=dict)


@define
class SentenceView:
    """A sentence as the grammars see it."""

    text: str
    index: int  # position in the document's sentence list
    article: int
    headline: bool
    published: dt.date | None
    paragraph: int  # clean offset of its line: sentences of one paragraph share it


def compile_rules(rules: Iterable[Rule], lists: dict[str, list[str]]) -> list[tuple[Rule, Any]]:
    """Compile each rule's pattern with the named lists it uses."""
    out = []
    for rule in rules:
        used = {name: words for name, words in lists.items() if f"\\L<{name}>" in rule.pattern}
        out.append((rule, compile_lists(rule.pattern, rule.flags | regex.VERBOSE | regex.VERSION0, **used)))
    return out


_NO_LETTER_BEFORE = r"(?<![\p{L}])"


def _scan(pattern: str) -> Iterator[tuple[int, str, int]]:
    """Walk a pattern outside escapes and character sets: ``(index, char, depth before it)``."""
    depth = 0
    i = 0
    n = len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a set ends at the first "]" that is not its first member
            j = i + 1
            if j < n and pattern[j] == "^":
                j += 1
            if j < n and pattern[j] == "]":
                j += 1
            while j < n and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            i = j + 1
            continue
        yield i, c, depth
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        i += 1


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern."""
    cuts = [i for i, c, depth in _scan(pattern) if c == "|" and depth == 0]
    bounds = [-1, *cuts, len(pattern)]
    return [pattern[a + 1 : b] for a, b in zip(bounds, bounds[1:])]


def _trigger(alternative: str) -> str | None:
    """The ``trigger`` group of one alternative, as a pattern (None if it has none)."""
    head = "(?P<trigger>"
    start = alternative.find(head)
    if start < 0:
        return None
    opened = None
    for i, c, depth in _scan(alternative):
        if i == start:
            opened = depth
        elif opened is not None and c == ")" and depth == opened + 1:
            body = "(?:" + alternative[start + len(head) : i] + ")"
            # a trigger that always follows a non-letter keeps that anchor: the search is several times faster
            anchored = alternative[:start].endswith((_NO_LETTER_BEFORE, "[ ]"))
            return _NO_LETTER_BEFORE + body if anchored else body
    return None


def compile_gate(rules: Iterable[Rule], lists: dict[str, list[str]]) -> Any:
    """One pattern that matches wherever any of the rules could: a sentence without a match is skipped.

    Every match of a rule contains its ``trigger`` group, so the gate is the
    union of the trigger groups alone (fast to search); an alternative without
    a trigger is kept whole.
    """
    rules = list(rules)
    parts: list[str] = []
    for r in rules:
        for alt in _alternatives(r.pattern):
            trig = _trigger(alt)
            part = trig if trig is not None else alt
            if part not in parts:
                parts.append(part)
    # the word-start check is made once per position, not once per alternative
    at_word = [p[len(_NO_LETTER_BEFORE):] for p in parts if p.startswith(_NO_LETTER_BEFORE)]
    anywhere = [p for p in parts if not p.startswith(_NO_LETTER_BEFORE)]
    branches = ([_NO_LETTER_BEFORE + "(?:" + "|".join(f"(?:{p})" for p in at_word) + ")"] if at_word else [])
    pattern = "|".join(branches + [f"(?:{p})" for p in anywhere])
    used = {name: words for name, words in lists.items() if f"\\L<{name}>" in pattern}
    flags = regex.IGNORECASE if any(r.flags & regex.IGNORECASE for r in rules) else 0
    return compile_lists(pattern, flags | regex.VERBOSE | regex.VERSION0, **used)


def _longest_first(words: Iterable[str]) -> list[str]:
    return sorted(set(words), key=len, reverse=True)


class Grammar:
    """Lexicon-backed finders shared by every grammar. Build once per :class:`Lexicons`."""

    def __init__(self, lex: Lexicons) -> None:
        self.lex = lex
        lists: dict[str, list[str]] = {k: _longest_first(v) for k, v in WORDS.items()}
        lists["actor_names"] = lex.actors.aliases()
        lists["person_names"] = lex.actors.people()
        lists["weapon_words"] = lex.weapons.words()
        lists["target_words"] = lex.targets.words()
        lists.update(_numbers.NAMED_LISTS)
        lists.update(_dates.NAMED_LISTS)
        self.lists = lists
        bound = r"(?<![\p{L}\p{N}])"
        self._actor = compile_lists(
            rf"""{bound}
            (?:(?i:the)[ ])?
            (?P<name>(?:\L<actor_names>)|(?:\L<person_names>))(?![\p{{L}}\p{{N}}]|\.\p{{L}})
            (?!-(?:made|built|designed|produced|supplied|manufactured|type|style)(?![\p{{L}}]))  # where a weapon is from
            (?P<poss>'s?)?
            (?:[ ](?:(?i:\L<force_mods>))(?![\p{{L}}]))?
            (?:[ ](?P<force>(?i:\L<force_nouns>))(?![\p{{L}}]))?
            """,
            regex.VERBOSE,
            actor_names=lists["actor_names"],
            person_names=lists["person_names"],
            force_mods=lists["force_mods"],
            force_nouns=lists["force_nouns"],
        )
        self._place = compile_lists(
            rf"""{bound}
            (?:(?i:the)[ ])?
            (?:(?i:(?P<noun>\L<settlement_nouns>))[ ](?i:of)[ ])?
            (?:(?:(?i:\L<place_adjectives>)[ ]){{1,2}}(?=(?:\L<actor_names>)'s?[ ]))?
            (?:(?P<owner>(?:\L<actor_names>))'s?[ ])?
            (?:\p{{Lu}}\p{{L}}+-(?i:held|controlled|occupied|run|annexed)[ ])?  # "Houthi-held", "Russian-occupied"
            (?:(?i:\L<place_adjectives>)[ ]){{0,3}}
            (?P<name>{CAPNAME})
            (?P<poss>'s?)?
            (?:[ ](?P<region>(?i:\L<region_words>))(?![\p{{L}}]))?
            """,
            regex.VERBOSE,
            settlement_nouns=lists["settlement_nouns"],
            actor_names=lists["actor_names"],
            place_adjectives=lists["place_adjectives"],
            region_words=lists["region_words"],
        )
        self._region_context = compile_lists(
            rf"""
            (?:(?:,[ ](?i:the[ ])?(?i:capital|administrative[ ]centre|administrative[ ]center|main[ ]city)[ ]of
                 |,?[ ](?i:in|of))[ ](?:(?i:the)[ ])?(?:(?i:\L<place_adjectives>)[ ]){{0,2}}(?:(?:\L<actor_names>)'s?[ ])?
               (?:(?i:\L<place_adjectives>)[ ]){{0,3}}
            | ,[ ])
            (?P<region>{CAPNAME})[ ](?i:region|oblast|province|state)(?![\p{{L}}])
            """,
            regex.VERBOSE,
            actor_names=lists["actor_names"],
            place_adjectives=lists["place_adjectives"],
        )
        self._unlisted = regex.compile(
            rf"[ ]?(?:(?i:the)[ ](?i:village|town|settlement|city)[ ](?i:of)[ ])?(?P<name>{CAPNAME})(?![\p{{L}}])",
        )
        self._memo: dict[tuple[str, str], list[Mention]] = {}
        #: "will", "set to", "expected to be held": a planned event (see ``future_markers``)
        self.future = compile_lists(
            # "agreed to meet" is a plan; "agreed to a ceasefire" is the agreement itself
            r"(?i)\b(?:\L<future_markers>)\b(?!(?<=agreed[ ]to)[ ](?:a|an|the)\b)",
            future_markers=lists["future_markers"],
        )
        self._quantity = compile_lists(_numbers.QUANTITY, regex.IGNORECASE, **_numbers.NAMED_LISTS)
        self._date = compile_lists(_dates.DATE, regex.VERBOSE, **_dates.NAMED_LISTS)

    def _cached(self, kind: str, text: str, start: int, end: int | None, find: Any) -> list[Mention]:
        """Each finder runs once per text; a window gets the mentions that lie inside it."""
        key = (kind, text)
        found = self._memo.get(key)
        if found is None:
            if len(self._memo) > 256:
                self._memo.clear()  # bounded: only the current sentence and its phrases matter
            found = find(text, 0, len(text))
            self._memo[key] = found
        stop = len(text) if end is None else end
        if start == 0 and stop == len(text):
            return list(found)
        return [m for m in found if start <= m.start and m.end <= stop]

    # --- actors ------------------------------------------------------------------
    def actors(self, text: str, start: int = 0, end: int | None = None) -> list[Mention]:
        """Actor phrases in ``text[start:end]``; ``value`` is the canonical side."""
        return self._cached("actors", text, start, end, self._find_actors)

    def _find_actors(self, text: str, start: int = 0, end: int | None = None) -> list[Mention]:
        stop = len(text) if end is None else end
        out = []
        for m in list(self._actor.finditer(text, start, stop, timeout=1.0)):
            name = m.group("name")
            actor = self.lex.actors.alias_to_actor.get(name) or self.lex.actors.person_to_actor.get(name)
            if actor and not self.lex.actors.speaks_for_state(actor, text, m.start("name"), m.end(),
                                                              check_after=not m.group("force")):
                continue  # "Syrian rebels", "pro-Russian separatists": not the state's side
            if actor:
                out.append(Mention(m.start(), m.end(), m.group(), actor))
        return out

    # --- places ------------------------------------------------------------------
    def places(self, text: str, start: int = 0, end: int | None = None) -> list[Mention]:
        """Resolved place phrases in ``text[start:end]``; ``value`` is a :class:`Place`.

        A name the gazetteer does not know is kept only in a strong frame
        ("the village of X", "X region").
        """
        return self._cached("places", text, start, end, self._find_places)

    def _find_places(self, text: str, start: int = 0, end: int | None = None) -> list[Mention]:
        stop = len(text) if end is None else end
        out: list[Mention] = []
        dateline = _DATELINE.match(text)
        for m in list(self._place.finditer(text, start, stop, overlapped=False, timeout=1.0)):
            if dateline and m.start() < dateline.end():
                continue  # "CAIRO/GAZA, March 2 (Agency) -": where the report was filed, not an event place
            # the next name of a list of places is framed too ("the cities of X, Y and Z")
            in_list = bool(out) and _LIST_GAP.fullmatch(text, out[-1].end, m.start()) is not None
            place = self._resolve_place(text, m, stop, in_list)
            if place is not None:
                out.append(place)
        return self._distribute_plural_region(text, out)

    def _distribute_plural_region(self, text: str, found: list[Mention]) -> list[Mention]:
        """"the Belgorod and Kursk regions": every name of the list is a region."""
        out = list(found)
        for i, last in enumerate(out):
            if not _PLURAL_REGION.search(last.text):
                continue
            j = i
            while j > 0 and _LIST_GAP.fullmatch(text, out[j - 1].end, out[j].start) is not None:
                j -= 1
                prev = out[j]
                region = self.lex.gazetteer.resolve(prev.value.name + " region", fuzzy=False)
                if region is not None and region.precision is GeoPrecision.ADMIN1:
                    start = prev.start + (4 if prev.text.lower().startswith("the ") else 0)
                    out[j] = Mention(start, prev.end, text[start : prev.end], region)
        return out

    def _resolve_place(self, text: str, m: Any, stop: int, in_list: bool = False) -> Mention | None:
        name = m.group("name")
        words = name.split(" ")
        region_word = m.group("region")
        gaz = self.lex.gazetteer
        # a region named right after ("X in the Y region", "X, Y region") decides between namesakes
        after = self._region_context.match(text, m.end(), min(stop, m.end() + 120))
        admin1 = None
        if after and not region_word:
            reg = gaz.resolve(after.group("region") + " region")
            admin1 = reg.admin1 if reg is not None and reg.precision.value == "admin1" else None
        before = text[max(0, m.start() - 25) : m.start()]
        framed = bool(m.group("noun") or region_word or in_list or _LOCATIVE_BEFORE.search(before))
        owner = m.group("owner")
        owner_country = self.lex.actors.alias_to_actor.get(owner) if owner else None
        # "the region of X", "the border region of X": X is the region, not its namesake city
        noun_region = (m.group("noun") or "").lower().endswith(("region", "regions", "province", "oblast"))
        water = m.group("noun") or ""
        if water.lower() in _WATER_NOUNS:
            sea = gaz.resolve(f"{water.title()} of {name}", fuzzy=False)
            return Mention(m.start(), m.end("name"), text[m.start():m.end("name")], sea) if sea is not None else None
        part = _CITY_PART_AFTER.match(text, m.end(), stop) if not region_word else None
        if part is not None:
            # a district is reported as its city: "Kharkiv's Shevchenkivskyi district" is Kharkiv;
            # in "the Desnianskyi district of Kyiv" the city comes next and is read on its own
            if part.group("of"):
                return None
            owner_place = gaz.resolve(owner, fuzzy=False) if owner else None
            if owner_place is not None and owner_place.precision.value == "place":  # "Kyiv's Podil district"
                return Mention(m.start("owner"), m.end("owner"), owner, owner_place)
            poss = _POSSESSOR_HEAD.match(name)
            if poss is not None:
                city = gaz.resolve(poss.group("city"), fuzzy=False)
                if city is not None and city.precision.value == "place":
                    start = m.start("name")
                    return Mention(start, start + len(poss.group("city")), poss.group("city"), city)
        landmark = _LANDMARK_AFTER.match(text, m.end(), stop) if not region_word else None
        if landmark is not None:  # "the Philadelphi corridor": the gazetteer knows the name with its noun
            place = gaz.resolve(f"{name} {landmark.group('noun').lower()}", fuzzy=False)
            if place is not None:
                return Mention(m.start(), landmark.end(), text[m.start():landmark.end()], place)
        for n in range(len(words), 0, -1):
            cand = " ".join(words[:n])
            phrase = cand + (" " + region_word if region_word and n == len(words) else "")
            if noun_region and not region_word and n == len(words):
                phrase = cand + " region"
            if self.lex.actors.person_to_actor.get(cand):
                return None  # a person's name, not a place
            if cand in _NOT_PLACES:
                return None
            if n == 1 and not framed and gaz.needs_frame(cand):
                continue  # "But", "Police", "Most" opening a sentence: a word, not the town
            # a demonym or an organisation is not a misspelt place ("Russian" is not "Russia");
            # and a misspelling is only read where a place is expected
            fuzzy = framed and cand not in self.lex.actors.alias_to_actor
            place = gaz.resolve(phrase, admin1=admin1, country=owner_country, fuzzy=fuzzy)
            if place is not None and owner_country and place.country and place.country != owner_country \
                    and place.precision.value != "country":
                place = None  # "Israel's Ben Gurion airport" is not Ben in Iran: the owner names the country
            actor = self.lex.actors.alias_to_actor.get(cand)
            if place is not None and actor and actor not in (place.country, place.name) \
                    and fold_name(place.name) != fold_name(cand):
                place = None  # "Hamas" is the group, not a namesake listed under another name (Hamm)
            if place is not None and n < len(words) and not self._well_known(cand):
                continue  # "Abu Shouk camp": a small namesake of the first word is not the place
            if place is not None:
                end = m.start("name") + len(cand)
                if region_word and n == len(words):
                    end = m.end("region")
                return Mention(m.start(), end, text[m.start() : end], place)
        if owner:
            # "Kyiv's Solomianskyi district": an unknown part of a known place is that place
            place = gaz.resolve(owner, fuzzy=False)
            if place is not None and place.precision.value != "country":
                return Mention(m.start("owner"), m.end("owner"), owner, place)
        noun = (m.group("noun") or "").lower()
        if noun in ("village", "town", "settlement", "city", "hamlet") or region_word:
            # an unlisted place in a strong frame: keep the name as written
            if words[0].lower() in ("the", "a"):
                return None
            end = m.end("region") if region_word else m.end("name")
            kind_place = Place(
                name=name, written=text[m.start() : end],
                precision=GeoPrecision.UNKNOWN,
                admin1=admin1 or (name if region_word else None),
            )
            return Mention(m.start(), end, text[m.start() : end], kind_place)
        return None

    def unlisted_place(self, text: str, pos: int, end: int) -> Mention | None:
        """A capitalised name right at ``pos`` that the gazetteer does not know.

        Used only in strong frames ("captured X", "taken control of X"): the
        name is kept as written with :attr:`GeoPrecision.UNKNOWN`, and the
        region the text gives ("X in the Y region") as its admin1.
        """
        m = self._unlisted.match(text, pos, end)
        if m is None or m.group("name") in _NOT_PLACES or m.group("name") in self.lex.actors.alias_to_actor:
            return None
        name = m.group("name")
        if self.lex.actors.person_to_actor.get(name):
            return None
        after = self._region_context.match(text, m.end(), min(end, m.end() + 120))
        admin1 = None
        if after:
            reg = self.lex.gazetteer.resolve(after.group("region") + " region")
            admin1 = reg.admin1 if reg is not None else None
        start = m.start() + (1 if text[m.start()] == " " else 0)
        place = Place(name=name, written=text[start:m.end()], precision=GeoPrecision.UNKNOWN, admin1=admin1)
        return Mention(start, m.end(), text[start:m.end()], place)

    def _well_known(self, name: str) -> bool:
        """A region, a country, or a place of 50,000 people or more."""
        return any(c.kind != "place" or c.population >= 50000 for c in self.lex.gazetteer.candidates(name, fuzzy=False))

    # --- numbers, dates, weapons, targets ------------------------------------------
    def quantities(self, text: str, start: int = 0, end: int | None = None) -> list[Mention]:
        """Quantity phrases; ``value`` is a :class:`Quantity`."""
        stop = len(text) if end is None else end
        out = []
        for m in list(self._quantity.finditer(text, start, stop, timeout=1.0)):
            if not m.group().strip():
                continue
            q: Quantity | None = _numbers.parse_quantity(m.group())
            if q is not None:
                out.append(Mention(m.start(), m.end(), m.group(), q))
        return out

    def event_dates(self, text: str, start: int, stop: int, claims: Iterable[Draft],
                    fallback: bool = False) -> list[Mention]:
        """The dates of a clause that belong to what is said, not to the saying.

        "The governor said on Tuesday that an attack on Sunday ...": Sunday.
        An event inside a claim with no date of its own takes the claim's
        date later, in the pipeline. With ``fallback``, a clause whose every
        date is in a saying keeps them (strikes and deployments: the pipeline
        drops them again for an event inside that claim).
        """
        saying = speaker_parts(claims)
        found = self.dates(text, start, stop)
        own = [d for d in found if not inside(d, saying)]
        return (own or found) if fallback else own

    def dates(self, text: str, start: int = 0, end: int | None = None) -> list[Mention]:
        """Date expressions (unresolved: ``value`` is the text)."""
        return self._cached("dates", text, start, end, self._find_dates)

    def _find_dates(self, text: str, start: int = 0, end: int | None = None) -> list[Mention]:
        stop = len(text) if end is None else end
        return [Mention(m.start(), m.end(), m.group(), m.group()) for m in self._date.finditer(text, start, stop, timeout=1.0)]

    def weapons(self, text: str, start: int = 0, end: int | None = None) -> list[Mention]:
        """Weapon words; ``value`` is the weapon kind."""
        return [Mention(s, e, text[s:e], k) for s, e, k in self.lex.weapons.find(text, start, end)]

    def targets(self, text: str, start: int = 0, end: int | None = None) -> list[Mention]:
        """Target words; ``value`` is the target kind."""
        return [Mention(s, e, text[s:e], k) for s, e, k in self.lex.targets.find(text, start, end)]

    @staticmethod
    def resolve_date(mention: Mention | None, published: dt.date | None, planned: bool = False) -> EventDate | None:
        """Resolve a date mention against the publication date."""
        if mention is None:
            return None
        return _dates.resolve_date(mention.text, published, planned=planned)


# What before a trigger makes it unreal: a modal, an infinitive of purpose, a negation,
# a condition, or a habit ("could advance", "to hit targets", "never captured",
# "if Moscow attacks", "has long targeted").
_IRREALIS = regex.compile(
    r"""(?ix)
    (?:\b(?:could|would|might|may|can|cannot|can't|won't|wouldn't|couldn't|should|shall|must)\b(?:[ ][\w'-]+){0,3}
     | (?<!\b(?:managed|continued|continuing|continue|continues|began|begun|started|went[ ]on|going|set|due|used|about|
                forced|compelled|obliged))
       [ ]to(?![ ]have\b)(?:[ ][\w'-]+){0,2}
     | \b(?:not|never|no|without|failed[ ]to|unable[ ]to|refused[ ]to|stop|stopped|halt|halted)\b(?:[ ][\w'-]+){0,2}
     | \b(?:long|repeatedly)
    )[ ]?$""",
)
_CONDITION = regex.compile(r"(?i)\b(?:if|unless|whether|in[ ]case)\b")


def irrealis(text: str, clause_start: int, trigger_start: int) -> bool:
    """True when the words just before a trigger make the event hypothetical, negated or habitual."""
    window = text[max(clause_start, trigger_start - 40):trigger_start]
    if _IRREALIS.search(window):
        return True
    return bool(_CONDITION.search(text, clause_start, trigger_start))


def speaker_parts(claims: Iterable[Draft]) -> list[tuple[int, int]]:
    """The parts of claims that are the saying, not what is said: "X said on Sunday (that) ..." """
    claims = list(claims)
    spans = [(d.start, d.content[0]) for d in claims if d.content and d.content[0] > d.start]
    spans += [(d.content[1], d.end) for d in claims if d.content and d.content[1] < d.end]
    return spans


def inside(m: Mention, spans: Iterable[tuple[int, int]]) -> bool:
    """True when the mention overlaps any of the spans."""
    return any(m.start < e and s < m.end for s, e in spans)
