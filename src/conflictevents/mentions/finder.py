"""The mention finder: every lexicon read once over a sentence's tokens.

One pass over the tokens looks each position up in phrase tables built from
the lexicons (actors, officials, weapons, targets: a dictionary keyed by the
first word, longest phrase first); place names are read by
:class:`~conflictevents.mentions.places.PlaceFinder`; numbers and dates by
one search each of their patterns over the sentence. Nothing here knows about
events: the grammars read these mentions through the phrases that hold them.

>>> from conflictevents.lexicons import Lexicons
>>> finder = MentionFinder(Lexicons())
>>> found = finder.find(Tokens.of("Russian forces fired 40 Shahed drones at Kharkiv on Monday."))
>>> [(m.kind.value, m.text) for m in found]
[('actor', 'Russian'), ('quantity', '40'), ('weapon', 'Shahed drones'), ('place', 'Kharkiv'), ('date', 'on Monday')]
"""

from __future__ import annotations

import bisect
import hashlib
import string
from collections.abc import Iterable
from typing import Any

import regex

from ..lexicons import Lexicons
from ..lexicons.actors import TITLE_WORDS as _TITLE_WORDS
from ..lexicons import dates as _dates
from ..lexicons import numbers as _numbers
from ..lexicons.trie import compile_lists
from ..models import GeoPrecision
from .places import PlaceFinder, dateline_end
from .scan import WordStarts, scan
from .tokens import Tokens
from .types import Kind, Mention

__all__ = ["MentionFinder", "PhraseTable", "SEATS", "FIREFIGHTING_WORDS"]

#: Seats of power that stand for their state ("the Kremlin said").
SEATS = frozenset({"Kremlin", "White House", "Downing Street", "Pentagon", "Elysee", "Élysée", "Quai d'Orsay",
                   "Bankova", "Zhongnanhai", "Foggy Bottom", "State Department"})
#: Most entries a memo of one finder holds before it starts again.
_MEMO_SIZE = 50_000
#: Words before an aircraft word that make it a fire crew's, no weapon: "water bombers", "firefighting aircraft".
FIREFIGHTING_WORDS = frozenset({"water", "firefighting", "fire-fighting", "firefighter", "waterbombing",
                                "water-bombing"})
_DEMONYM_ENDINGS = ("an", "ans", "ian", "ians", "ese", "ish", "i", "is", "ic", "ch", "ean", "eans", "ite", "ites",
                    "ri", "ni", "ti", "ki", "zi")

#: endings of the second word of a two-word demonym ("South Korean", "North Koreans", "South Sudanese")
_LONG_DEMONYM_ENDINGS = ("an", "ans", "ese", "ish", "ean", "eans")
#: A capitalised word that may be a given name: "Therese Kayikwamba Wagner" is a person, not the Wagner group.
_GIVEN_NAME = regex.compile(r"^\p{Lu}\p{Ll}+$")


class PhraseTable:
    """Phrases (as token sequences) to values, looked up at a token position.

    >>> t = PhraseTable({"air defence": 1, "air": 2}, lower=True)
    >>> t.longest(Tokens.of("Air defence shot down").lows, 0)
    (2, 1)
    """

    def __init__(self, phrases: dict[str, Any] | Iterable[tuple[str, Any]], *, lower: bool) -> None:
        self.lower = lower
        items = phrases.items() if isinstance(phrases, dict) else phrases
        table: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
        for phrase, value in items:
            keys = tuple(_key(w, lower) for w in Tokens.of(phrase).words)
            if not keys:
                continue
            table.setdefault(keys[0], []).append((keys, value))
        for entries in table.values():
            entries.sort(key=lambda kv: -len(kv[0]))
        self.table = table

    def longest(self, keys: list[str], i: int) -> tuple[int, Any] | None:
        """``(length in tokens, value)`` of the longest phrase starting at ``i``, or ``None``."""
        entries = self.table.get(keys[i])
        if entries is None:
            return None
        n = len(keys)
        for phrase, value in entries:
            k = len(phrase)
            if i + k <= n and (k == 1 or tuple(keys[i:i + k]) == phrase):
                return k, value
        return None


def _key(word: str, lower: bool) -> str:
    w = word.replace("\u2019", "'")
    return w.lower() if lower else w


class MentionFinder:
    """Every dictionary and number reader, built once from :class:`~conflictevents.lexicons.Lexicons`."""

    def __init__(self, lex: Lexicons, verbs: Iterable[str] = ()) -> None:
        self.lex = lex
        #: verb forms (lower case): in a headline in title case, a capitalised one after a person's one-word name
        #: is the headline's verb, not a surname ("Erdogan, Putin Meet In Sochi")
        self.verbs = frozenset(verbs)
        actors = lex.actors
        aliases = {a: (c, self._actor_form(a, c)) for a, c in actors.alias_to_actor.items()}
        for a, value in list(aliases.items()):
            words = a.split(" ")
            if len(words) > 1 and words[0][:1].isupper():
                # "State department officials", "the Defence ministry": later words written in lower case
                variant = " ".join([words[0]] + [w.lower() if w[:1].isupper() and w[1:].islower() else w
                                                 for w in words[1:]])
                aliases.setdefault(variant, value)
        for body in actors.body_names:
            aliases.setdefault(body, ("", "body"))  # a body of several states: no actor, and no alias inside it
        self.actors = PhraseTable(aliases, lower=False)
        self.people = PhraseTable(actors.person_to_actor, lower=False)
        self.weapons = PhraseTable(lex.weapons.word_to_kind, lower=True)
        self.targets = PhraseTable(lex.targets.word_to_kind, lower=True)
        self.places = PlaceFinder(lex)
        # the words that start a person's or an actor's name; a weapon's or a target's
        self._name_firsts = frozenset(self.people.table) | frozenset(self.actors.table)
        self._thing_firsts = frozenset(self.weapons.table) | frozenset(self.targets.table)
        self._quantity = compile_lists(_numbers.QUANTITY, regex.IGNORECASE, **_numbers.NAMED_LISTS)
        self._date = compile_lists(_dates.DATE, regex.VERBOSE, **_dates.NAMED_LISTS)
        # where a quantity or a date can start (see :mod:`.scan`); None: the patterns changed, search them whole
        self._quantity_starts = _quantity_starts() if _fingerprint(_numbers.QUANTITY) == _QUANTITY_FINGERPRINT \
            else None
        self._date_starts = _date_starts() if _fingerprint(_dates.DATE) == _DATE_FINGERPRINT else None
        #: quantities read so far, by their written form (bounded memo of ``parse_quantity``)
        self._quantities: dict[str, Any] = {}

    def _actor_form(self, alias: str, canonical: str) -> str:
        if alias in SEATS:
            return "seat"
        if alias == canonical:
            return "name"
        for rec in self.lex.gazetteer.candidates(alias, fuzzy=False):
            if rec.kind == "country":
                return "name"
            if rec.kind in ("place", "admin1") and rec.population >= 100_000:
                return "seat"
        if " " not in alias and alias[:1].isupper() and alias.endswith(_DEMONYM_ENDINGS) and not alias.isupper():
            return "people" if alias.endswith("s") else "adjective"
        words = alias.split(" ")
        if len(words) == 2 and all(w[:1].isupper() for w in words) and words[-1].endswith(_LONG_DEMONYM_ENDINGS):
            return "people" if alias.endswith("s") else "adjective"  # "North Korean(s)", "Sri Lankan"
        return "name"

    def _surname(self, words: list[str], i: int, k: int, actor: str) -> bool:
        """True when the one-word organisation name at ``words[i]`` ends a person's full name: two given names
        before it that are no title, no common word and no listed name ("Therese Kayikwamba Wagner")."""
        if k != 1 or i < 2 or self.lex.actors.kind.get(actor) == "state":
            return False
        common = self.lex.gazetteer.common_words
        return all(_GIVEN_NAME.match(w) and w.lower() not in common and w.lower() not in _TITLE_WORDS
                   and w not in self._name_firsts for w in words[i - 2:i])

    def _other_person(self, words: list[str], i: int, k: int, title: bool = False) -> bool:
        """True when the one-word person name at ``words[i]`` is the given name of someone the lexicon does not
        list ("Abbas Araqchi", "Kim Yong-hyun"): see :meth:`~conflictevents.lexicons.actors.ActorLexicon.
        other_person`; a listed longer name ("Kim Jong Un") was matched before this is asked."""
        if k != 1 or i + 1 >= len(words):
            return False
        if title and words[i + 1].lower() in self.verbs:
            return False  # "Erdogan, Putin Meet In Sochi": a headline's verb
        return self.lex.actors.other_person(" " + words[i + 1], words[i], 0, self.lex.gazetteer.common_words)

    def find(self, tok: Tokens) -> list[Mention]:
        """Every mention of one sentence, sorted by position (kinds may overlap)."""
        out: list[Mention] = []
        raw = tok.words
        words = [w.replace("\u2019", "'") for w in raw] if "\u2019" in "".join(raw) else raw
        lows = tok.lows
        text = tok.text
        starts, ends = tok.starts, tok.ends
        n = len(words)
        actors = self.lex.actors
        firsts = self._name_firsts
        # only a word that starts a listed name or holds a hyphen can start a person or an actor:
        # every other position is passed over without a lookup (PhraseTable.longest would find nothing)
        i = 0
        for at in [k for k, w in enumerate(words) if w in firsts or "-" in w]:
            if at < i:
                continue
            i = at
            w = words[i]
            hit = self.people.longest(words, i)
            if hit is not None and self._other_person(words, i, hit[0], tok.title):
                i += 1  # "Abbas Araqchi" is not Mahmoud Abbas, "Kim Yong-hyun" not Kim Jong Un
                continue
            if hit is not None:
                k, actor = hit
                out.append(self._m(tok, Kind.PERSON, i, i + k, actor, "person"))
                i += k
                continue
            if "-" in w:
                parts = hit_compound(self, w)
                if parts:
                    s0 = starts[i]
                    for _part, actor in parts:
                        out.append(Mention(Kind.ACTOR, i, i + 1, s0, ends[i], raw[i], actor, "compound"))
                    i += 1
                    continue
            hit = self.actors.longest(words, i)
            if hit is not None:
                k, (actor, form) = hit
                s, e = starts[i], ends[i + k - 1]
                if form != "body" and actors.speaks_for_state(actor, text, s, e) and \
                        not self._surname(words, i, k, actor):
                    out.append(self._m(tok, Kind.ACTOR, i, i + k, actor, form))
                i += k
                continue
            i += 1
        things = [k for k, low in enumerate(lows) if low in self._thing_firsts]
        for table, kind in ((self.weapons, Kind.WEAPON), (self.targets, Kind.TARGET)) if things else ():
            entries = table.table
            i = 0
            for at in [k for k in things if lows[k] in entries]:
                if at < i:
                    continue
                i = at
                hit = table.longest(lows, i)
                if hit is None:
                    i += 1
                    continue
                k, value = hit
                if kind is Kind.WEAPON and i > 0 and lows[i - 1] in FIREFIGHTING_WORDS:
                    i += k
                    continue  # "water bombers", "firefighting aircraft": aircraft of fire crews, no weapon
                out.append(self._m(tok, kind, i, i + k, value))
                i += k
        filed = dateline_end(text)  # ("KYIV, May 10 (Reuters) - ...": the day the story was filed, no event's)
        out.extend(self.places.find(tok, filed))
        quantities = self._quantities
        found = scan(self._quantity, self._quantity_starts, tok) if self._quantity_starts is not None else \
            self._quantity.finditer(text)
        for m in found:
            written = m.group()
            if not written.strip():
                continue
            if text.startswith(_AGE_SUFFIXES, m.end()):
                continue  # "a 72-year-old man": an age, no count
            if text[m.end():m.end() + 14].lower().startswith(_MEASURE_SUFFIXES):
                continue  # "two 500-pound bombs", "1,500-kilogram glide bombs": a munition's weight, no count
            if _model_number(text, m.start()):
                continue  # "B-2 bombers", "F-16s", "Su-34": a model's number is no count
            if written in quantities:
                q = quantities[written]
            else:
                q = _numbers.parse_quantity(written)  # a Quantity is immutable: one per written form
                if len(quantities) >= _MEMO_SIZE:
                    quantities.clear()
                quantities[written] = q
            if q is not None:
                i, j = _tokens_of(tok, m.start(), m.end())
                if i < j:
                    out.append(Mention(Kind.QUANTITY, i, j, m.start(), m.end(), written, q))
        found = scan(self._date, self._date_starts, tok) if self._date_starts is not None else \
            self._date.finditer(text)
        for m in found:
            i, j = _tokens_of(tok, m.start(), m.end())
            if i < j and m.start() >= filed:
                out.append(Mention(Kind.DATE, i, j, m.start(), m.end(), m.group(), m.group()))
        dates = [(m.i, m.j) for m in out if m.kind is Kind.DATE]
        if dates:
            # "on April 17 killed 74": the day of a date is no count
            out = [m for m in out if m.kind is not Kind.QUANTITY or not any(a <= m.i and m.j <= b for a, b in dates)]
        out.sort(key=_position)
        return out

    @staticmethod
    def _m(tok: Tokens, kind: Kind, i: int, j: int, value: Any, form: str = "") -> Mention:
        s, e = tok.starts[i], tok.ends[j - 1]
        return Mention(kind, i, j, s, e, tok.text[s:e], value, form)

    def is_country(self, m: Mention) -> bool:
        """True for a place mention that is a whole country."""
        return m.kind is Kind.PLACE and m.value.precision is GeoPrecision.COUNTRY


#: "US-led talks", "Qatar-brokered truce": the first side leads the event.
_LED = frozenset({"led", "brokered", "mediated", "sponsored", "hosted", "chaired", "drafted", "proposed"})


def hit_compound(finder: MentionFinder, word: str) -> list[tuple[str, str]]:
    """The sides of a hyphenated compound of actor names ("US-Ukraine", "Nato-Ukraine"), or ``[]``."""
    parts = word.split("-")
    if len(parts) < 2 or any(not p for p in parts):
        return []
    if len(parts) == 2 and parts[1].lower() in _LED:
        parts = parts[:1]
    out = []
    for part in parts:
        entry = finder.actors.table.get(part) or finder.actors.table.get(part.upper()) or \
            finder.actors.table.get(part.capitalize())
        one = next((v for k, v in entry or () if len(k) == 1 and v[1] != "body"), None)
        if one is None:
            return []
        out.append((part, one[0]))
    return out


#: Fingerprints of the number and date patterns the word tables below were written for: a pattern
#: that changes turns the token-guided search off (every position is searched again) until the tables
#: are checked against it and the fingerprint updated.
_QUANTITY_FINGERPRINT = "ba4cd0ae1e1abdb6"
_DATE_FINGERPRINT = "2501fbdac8614ece"


def _fingerprint(pattern: str) -> str:
    return hashlib.sha256(pattern.encode("utf-8")).hexdigest()[:16]


def _quantity_starts() -> WordStarts:
    """The words a :data:`~conflictevents.lexicons.numbers.QUANTITY` match starts with.

    A number word, "one", "dozen" and a one-word vague amount may end the match or be followed by a
    unit or a digit in the same token ("fivekm", "few5"); every other first word is followed by a space
    and a given word: the next word of a qualifier or vague amount of several words ("at least", "a
    few"), a scale word or "dozen" after "a"/"an" ("a hundred", "a dozen"), "a" after "half", and the
    start of a number (a digit, a number word, "a", "an", "half", "dozen") after a one-word qualifier
    or after "between" ("between 20 and 30").
    """
    lists = _numbers.NAMED_LISTS
    complete = set(lists["word_numbers"]) | {"one", "dozen"} | {v for v in lists["vague"] if " " not in v}
    number_starts = set(string.digits) | set(lists["word_numbers"]) | {"one", "a", "an", "half", "dozen"}
    scales = {"hundred", "thousand", "million", "billion"}
    follow: dict[str, set[str]] = {"a": scales | {"dozen"}, "an": set(scales), "half": {"a"},
                                   "between": set(number_starts)}  # "between 20 and 30"
    for phrase in list(lists["qualifiers"]) + [v for v in lists["vague"] if " " in v]:
        words = phrase.split(" ")
        follow.setdefault(words[0], set()).update([words[1]] if len(words) > 1 else number_starts)
    followers = {w: sorted(fs) for w, fs in follow.items() if w not in complete}
    return WordStarts(exact=followers, prefix=complete, followers=followers)


def _date_starts() -> WordStarts:
    """The words a :data:`~conflictevents.lexicons.dates.DATE` match starts with.

    A weekday, "late", "early", "mid" and the deictic words may end the match or run on in the same
    token ("mid-June", "midJune", "todays"); a month name ends it or is followed by a space; the
    prepositions and "last", "this", "next"... are followed by a space and one of the words the pattern
    allows after them (a weekday, a month, a digit, "the end of", "week"...); "the" starts only "the
    end of"; a number of one to three digits only a day of a month or a count of days, weeks or hours.
    """
    weekdays = {w.lower() for w in _dates.NAMED_LISTS["weekdays"]}
    months = {m.lower().rstrip(".") for m in _dates.NAMED_LISTS["months"]}  # "Feb." is the token "feb"
    digits, years = set(string.digits), {"1", "2"}
    season = {"late", "early", "mid", "the"}  # (late|early|mid|the end of) before a month or a year
    units = {"week", "month", "year"}
    seasons = {"spring", "summer", "autumn", "fall", "winter"}
    on_day = weekdays | {"on"}  # "(on|last|...) (on )Monday"
    followers = {
        "on": on_day | months | digits | {"the"},
        "since": on_day | months | digits | season,
        "from": on_day | months | digits | season,
        "until": on_day | months | digits | season,
        "by": on_day | months | digits | season,
        "in": season | months | years,
        "during": season | months | years,  # ("the": "during the weekend", as "the end of")
        "last": on_day | season | months | units | seasons | {"night"},
        "next": on_day | season | months | units | seasons,
        "this": on_day | season | months | units | seasons | {"morning", "afternoon", "evening", "past"},
        "earlier": on_day | {"today", "this", "in"},
        "later": {"today", "this", "in"},
        "past": units,
        # "the end of"; "the previous day", "the day before", "the following morning"
        "the": {"end", "previous", "preceding", "next", "following", "day"},
        # "over the weekend", "at the weekend", "throughout the past weekend"; "at dawn"
        "over": {"the"},
        "at": {"the", "dawn", "daybreak"},
        "throughout": {"the"},
        # "before dawn", "shortly after midnight", "hours later"
        "before": {"dawn", "daybreak"},
        "shortly": {"before", "after"},
        "just": {"before", "after"},
        "soon": {"after"},
        "hours": {"earlier", "later"},
    }
    # "earlier in the day", "later that day", "on that same day", "the same day"
    followers["earlier"] = followers["earlier"] | {"that"}
    followers["later"] = followers["later"] | {"that"}
    followers["on"] = followers["on"] | {"that"}
    followers["the"] = followers["the"] | {"same"}
    followers["that"] = {"same"}
    # "in the early hours", "in the autumn", "during the summer", "since the 2nd of May"
    for word in ("in", "during", "since", "from", "until", "by"):
        followers[word] = followers[word] | {"the"}
    # "on New Year's Day", "at Christmas Day", "over Boxing Day"
    holidays = {h.split(" ")[0] for h in _dates.HOLIDAYS}
    for word in ("on", "at", "over"):
        followers[word] = followers[word] | holidays
    for h in _dates.HOLIDAYS:
        first, second = h.split(" ")[:2]
        followers[first] = followers.get(first, set()) | {second.split("'")[0]}
    # "two days ago", "a day earlier", "a week later", "a fortnight ago", "two hours later"
    for count in _dates.COUNT_WORDS:
        followers[count] = {"day", "week", "fortnight", "hours"}
    # a token of one to three digits alone ("14"; not "14th", "1,000" or a year) starts only a day of a month or a
    # count of days, weeks or hours ("14 May", "3 weeks later", "48 hours earlier"), never "14 injured" or "40 of"
    counted = months | {"day", "week", "fortnight", "hours"}
    for number in (str(k).zfill(width) for width in (1, 2, 3) for k in range(10 ** width)):
        followers[number] = counted
    # after a word and "the", the third word: "on the 4th", "on the same day", "since the end of", "in the early
    # hours", "in the past three days", "during the night", "over the weekend", "in the autumn"
    past_weekend = {"past", "last", "weekend"}
    after_the = {"on": digits | {"same"} | past_weekend, "in": {"end", "early", "small", "wee", "past", "last"} | seasons,
                 "during": {"end", "night"} | past_weekend | seasons, "over": {"night"} | past_weekend | seasons,
                 "at": past_weekend, "throughout": past_weekend}
    for word in ("since", "from", "until", "by"):
        after_the[word] = digits | {"end"}
    prefix = weekdays | {"late", "early", "mid", "today", "tonight", "overnight", "yesterday"}
    return WordStarts(exact=months, prefix=prefix, followers=followers,
                      pairs={(word, "the"): third for word, third in after_the.items()})


def _position(m: Mention) -> tuple[int, int]:
    return m.i, -m.j


def _tokens_of(tok: Tokens, start: int, end: int) -> tuple[int, int]:
    """The token range covering characters ``start`` to ``end``."""
    i = tok.index_at(start)
    return i, bisect.bisect_left(tok.starts, end, i)  # (the first token from i that starts at or after end)


#: What follows a number that is a weight or a size: "500-pound bombs", "a 1,500-kg glide bomb", "155-millimetre
#: shells", "a 10-metre crater" (the number is no count of anything).
_MEASURE_SUFFIXES = ("-pound", "-lb", " lb ", " lbs", "-kilogram", "-kilogramme", "-kilo", "-kg", " kg", " kilogram",
                     "-ton", "-tonne", " tonnes", " tons", "-millimetre", "-millimeter", "-mm", " mm", "-calibre",
                     "-caliber", "-inch", "-metre", "-meter", "-foot", "-feet", "-megaton", "-kiloton")

#: What follows a number that is a person's age: "a 72-year-old man", "a six-month-old baby".
_AGE_SUFFIXES = ("-year-old", "-years-old", "-month-old", "-months-old", "-week-old", "-day-old", " year-old",
                 " years old")


#: Makers and model families named by a bare number after them: "Boeing 777", "Embraer 190", "Cessna 172", the
#: tanks pledged to Ukraine ("Leopard 2", "Challenger 2": 14 Leopard 2 tanks are no 2 tanks).
MODEL_MAKERS = ("Boeing ", "Embraer ", "Bombardier ", "Cessna ", "Airbus ", "Antonov ", "Ilyushin ", "Tupolev ",
                "Leopard ", "Challenger ", "Leclerc ", "Marder ", "Bradley ")


def _model_number(text: str, start: int) -> bool:
    """A number glued to the name of a model ("B-2", "F-16", "MiG-29", "Kh-101", "Shahed-136", "F16"): the word
    before it has a capital letter ("mid-2024", "over-80s" are no models); or a number after a maker's name
    (:data:`MODEL_MAKERS`: "Boeing 777 aircraft" are no 777 aircraft)."""
    if text.endswith(MODEL_MAKERS, max(0, start - 11), start):
        return True
    k = start - 1 if start >= 1 and text[start - 1] == "-" else start
    b = k
    while b > 0 and text[b - 1].isalpha():
        b -= 1
    return b < k and any(ch.isupper() for ch in text[b:k])
