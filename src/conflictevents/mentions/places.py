"""Place mentions: capitalised names read in their frame and resolved in the gazetteer.

A place is a run of capitalised words ("Kryvyi Rih", "Beit Hanun", "al-Mawasi")
with what frames it on either side:

* before: "the village of", "the Kursk and Belgorod", place adjectives
  ("eastern", "besieged"), an owner ("Russia's Kursk region"), a control
  prefix ("Houthi-held Hodeidah");
* after: a possessive ("Kharkiv's"), a region word ("the Kursk region"), a
  region named next ("Dachne in the Dnipropetrovsk region", which decides
  between namesakes).

Resolution follows :meth:`~conflictevents.lexicons.gazetteer.Gazetteer.resolve`;
the longest known prefix of the run wins. Everyday words that are also place
names ("Police", "Most") count only in a frame; a person's or an actor's name
is never a place unless the gazetteer knows the name itself.
"""

from __future__ import annotations

import functools
from typing import Any

import regex

from .. import compiled
from ..lexicons import Lexicons
from ..lexicons import dates as _dates
from ..lexicons.gazetteer import fold_name
from ..lexicons.trie import compile_lists
from ..models import GeoPrecision, Place
from ..text.page import AGENCY_DATELINE, DATELINE
from .tokens import Tokens
from .types import Kind, Mention
from .words import (
    DESCRIBING_SUFFIXES,
    HELD_SUFFIXES,
    INSTITUTION_NOUNS_AFTER,
    NAME_CONNECTORS,
    NAME_PREFIXES,
    PLACE_ADJECTIVES,
    REGION_WORDS,
    SETTLEMENT_NOUN_PAIRS,
    SETTLEMENT_NOUNS,
    SETTLEMENT_NOUNS_AFTER,
    WATER_NOUNS,
)

__all__ = ["PlaceFinder", "dateline_end"]

#: Capitalised words that are never read as places.
NOT_PLACES = frozenset(
    [m.title() for m in _dates.MONTHS if len(m) > 3 or m == "may"]
    + [d.title() for d in _dates.WEEKDAYS]
    + "The A An This That These Those It He She They We I President Minister Governor Mayor Prime "
      "Mr Mrs Ms Dr General Gen Lt Col Sgt Capt Colonel Captain Sergeant Lieutenant Major Admiral Commander "
      "Chancellor Secretary Senator King Queen Prince Sheikh Pope Saint St".split()
)
#: A part of a city named with it: "Kharkiv's Shevchenkivskyi district", "the Podil district of Kyiv".
_CITY_PART_AFTER = compiled.compile(r"(?i)[ ](?:district|neighbourhood|neighborhood|quarter|microdistrict)(?P<of>[ ]of[ ])?\b")
#: A place named with a lowercase landmark noun: "the Netzarim corridor", "the Rafah crossing", "the Nur Khan
#: air base" (the gazetteer knows the name with its noun).
_LANDMARK_AFTER = compiled.compile(r"(?i)[ ](?P<noun>corridor|crossing|route|air[ ]base|airbase|airfield|naval[ ]base)\b")
#: The first letters of the nouns of the two patterns above, in either case.
_CITY_PART_INITIALS = frozenset("dDnNqQmM")
_LANDMARK_INITIALS = frozenset("cCrRaAnN")
_POSSESSOR_HEAD = compiled.compile(r"(?P<city>\p{Lu}[\p{L}\p{M}\-]*)(?:'s|\u2019s|')[ ]")
_LOCATIVE_WORDS = ("in", "on", "at", "across", "near", "around", "over", "into", "outside", "inside", "from", "of",
                   "to", "towards", "toward", "targeting", "targeted", "hit", "struck", "attacked", "shelled", "bombed",
                   "captured", "seized", "entered", "reached", "visited", "visit", "liberated", "recaptured", "retook",
                   "took")
_LOCATIVE_BEFORE = compiled.compile(r"(?:\b(?:" + "|".join(_LOCATIVE_WORDS) + r")[ ](?:the[ ])?)$", regex.IGNORECASE)
_LOCATIVE_SET = frozenset(_LOCATIVE_WORDS)
_ASCII_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


def _locative_before(before: str) -> bool:
    """``_LOCATIVE_BEFORE.search(before)``: in ASCII text, read from its last words (a locative word, maybe
    "the", a space, at the end or before a final newline; the word starts at a word boundary, so it is the
    whole run of word characters before the space)."""
    if not before.isascii():
        return _LOCATIVE_BEFORE.search(before) is not None
    low = before.lower()
    if low.endswith("\n"):
        low = low[:-1]
    if not low.endswith(" "):
        return False
    if _word_ending(low, len(low) - 1) in _LOCATIVE_SET:
        return True
    return low.endswith(" the ") and _word_ending(low, len(low) - 5) in _LOCATIVE_SET


def _word_ending(low: str, end: int) -> str:
    """The run of ASCII word characters that ends at ``end``."""
    k = end
    while k > 0 and low[k - 1] in _ASCII_WORD_CHARS:
        k -= 1
    return low[k:end]
_DATELINE_SECOND = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ /'.-")
#: Number words, never unlisted places ("Twenty-eight settlements").
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                          "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
                          "hundred hundreds thousand thousands dozens several many some".split())
#: Capitalised function words that open a sentence before a name ("In Russia, ...").
_OPENERS = frozenset(
    "in on at for from to with by but and or as after before during since the a an this that these those its "
    "their his her our while when if meanwhile however also yesterday today overnight earlier later last "
    "separately elsewhere across near inside outside over under into despite amid following".split()
)
_PLURAL_REGION = compiled.compile(r"(?i)[ ](?:regions|oblasts|provinces|governorates)$")
#: Plural region words after a state's adjective: "Russian regions" are regions of Russia.
_PLURAL_REGION_WORDS = frozenset({"regions", "oblasts", "provinces", "governorates"})
_LIST_GAP = compiled.compile(r",?[ ](?:and|or)[ ]|,[ ]")
#: What joins a town to the region or country that locates it: "Tora in North Darfur", "Bara in Sudan" (a comma
#: joins lists and clauses too: "shelled Kherson, Zaporizhzhia and ...", "hit Kharkiv, Russia said").
_AREA_GAP = compiled.compile(r"[ ]in[ ](?:the[ ])?")
_NAME_WORD = compiled.compile(r"\p{Lu}[\p{L}\p{M}'\u2019\-]*")


def dateline_end(text: str) -> int:
    """Where a wire dateline that opens ``text`` ends ("KYIV, May 10 (Reuters) - "), or an agency's ("Damascus,
    SANA- ", a sentence "Baku, May 9, APA." as a whole), or 0: its place and date are where and when the story was
    filed, no event's."""
    if not text[:1].isupper():
        return 0
    # (a wire dateline's second character is a capital, a mark, a space or one of /'.- )
    dateline = DATELINE.match(text) if text[1:2] in _DATELINE_SECOND or not text[1:2].isascii() else None
    if dateline is None and text.find(",", 2, 96) > 0:
        dateline = AGENCY_DATELINE.match(text)
    return dateline.end() if dateline else 0


class PlaceFinder:
    """Finds and resolves place mentions in a sentence's tokens."""

    def __init__(self, lex: Lexicons) -> None:
        self.lex = lex
        self.gaz = lex.gazetteer
        self.alias_to_actor = lex.actors.alias_to_actor
        self.person_to_actor = lex.actors.person_to_actor
        self._well_known_memo: dict[str, bool] = {}
        self._name_words = _NameWords()
        if lex.user_entries:
            self._region_context  # noqa: B018 - compiled now: a user's actor names must compile at start-up

    @functools.cached_property
    def _region_context(self) -> Any:
        """", in the X region" after a place (a long pattern, rarely needed: compiled on first use, unless
        user lexicons add names to it)."""
        return compile_lists(
            rf"""
            (?:(?:,[ ](?i:the[ ])?(?i:capital|administrative[ ]centre|administrative[ ]center|main[ ]city)[ ]of
                 |,?[ ](?i:in|of))[ ](?:(?i:the)[ ])?(?:(?i:\L<adjs>)[ ]){{0,2}}(?:(?:\L<actor_names>)(?:'s?|\u2019s?)[ ])?
               (?:(?i:\L<adjs>)[ ]){{0,3}}
            | ,[ ])
            (?P<region>\p{{Lu}}[\p{{L}}\p{{M}}'\-]{{0,30}}(?:[ ]\p{{Lu}}[\p{{L}}\p{{M}}'\-]{{0,30}}){{0,2}})[ ]
            (?i:region|oblast|province|state)(?![\p{{L}}])
            """,
            regex.VERBOSE,
            actor_names=self.lex.actors.aliases(),
            adjs=sorted(PLACE_ADJECTIVES, key=len, reverse=True),
        )

    # ------------------------------------------------------------------ finding
    def _organisation_acronym(self, word: str) -> bool:
        """ "UN", "AU": a word in capitals that names an organisation (an actor that is no country) is not a
        place spelt the same in lower case ("Un", a town in India); nor is a state's body whose name a place of
        another country shares ("SANA")."""
        if len(word) < 2 or not word.isupper() or not word.isalpha():
            return False
        actor = self.alias_to_actor.get(word)
        if actor is None:
            return False
        place = self.gaz.resolve(actor, fuzzy=False)
        if place is not None and place.precision is GeoPrecision.COUNTRY:
            # a state's agency or body in capitals ("SANA", Syria's news agency) is no namesake elsewhere ("Sana",
            # Yemen's capital); "UK", "UAE" name their state's own place
            spelt = self.gaz.resolve(word, fuzzy=False)
            return spelt is not None and spelt.country != place.country
        return True

    def find(self, tok: Tokens, filed: int | None = None) -> list[Mention]:
        """Every place mention of the sentence, in order (``filed``: :func:`dateline_end` of its text, when the
        caller has it)."""
        text = tok.text
        words = tok.words
        starts, ends, lows = tok.starts, tok.ends, tok.lows
        n = len(words)
        out: list[Mention] = []
        skip_before = dateline_end(text) if filed is None else filed
        name = self._name_words
        flags = [name[w] for w in words]
        i = 0
        # only a name word can start a place: the others are passed over without a look
        for at in [k for k in range(n) if flags[k]]:
            if at < i:
                continue
            i = at
            w = words[i]
            if starts[i] < skip_before:
                continue
            j = i + 1
            while j < n and j - i < 4:
                if flags[j] and starts[j] == ends[j - 1] + 1:
                    j += 1
                elif (lows[j] in NAME_CONNECTORS and j + 1 < n and flags[j + 1]
                      and starts[j] == ends[j - 1] + 1 and starts[j + 1] == ends[j] + 1):
                    j += 2
                elif (lows[j] == "of" and j + 1 < n and flags[j + 1] and starts[j] == ends[j - 1] + 1
                      and starts[j + 1] == ends[j] + 1 and " ".join(words[i:j + 2]) in self.gaz):
                    j += 2  # a name the gazetteer knows with its "of": "the Line of Control"
                elif (lows[j] == "of" and j + 2 < n and lows[j + 1] == "the" and flags[j + 2]
                      and starts[j + 2] == ends[j + 1] + 1 and " ".join(words[i:j + 3]) in self.gaz):
                    j += 3  # and with its "of the": "the Great Hall of the People"
                elif (lows[j] == "and" and j + 1 < n and flags[j + 1] and starts[j] == ends[j - 1] + 1
                      and starts[j + 1] == ends[j] + 1 and " ".join(words[i:j + 2]) in self.gaz):
                    j += 2  # and with its "and": "Azad Jammu and Kashmir", "Jammu and Kashmir"
                else:
                    break
            # "the Donetsk People's Republic": the name goes on past the possessive
            if j + 1 < n and lows[j] in ("'s", "'") and words[j - 1] == "People" and words[j + 1] == "Republic":
                m = self._resolve(tok, i - (1 if i > 0 and lows[i - 1] == "the" else 0), i, j - 1, j + 2,
                                  " ".join(words[i:j - 1]), False, "Republic", "", None, False)
                if m is not None:
                    out.append(m)
                    i = j + 2
                    continue
            # an owner: "Russia's Kursk region" (the owner is read with the place it owns)
            if (j + 1 < n and lows[j] in ("'s", "'") and (
                    (words[i] in self.alias_to_actor and j - i == 1) or tok.slice(i, j) in self.gaz)
                    and self._starts_name_after(tok, j + 1, flags)):
                k = j + 1
                while k < n and lows[k] in PLACE_ADJECTIVES:
                    k += 1
                if k < n and flags[k]:
                    m = self._read(tok, k, out, owner=(i, j), flags=flags)
                    if m is not None:
                        out.append(m)
                        # "Kharkiv's Shevchenkivskyi district": the district is read with its city
                        i = _run_end(tok, k, flags) if m.form == "owner" else m.j
                        continue
            if lows[i] in _OPENERS or w in NOT_PLACES:
                i += 1  # "In Russia, ...", "But Kharkiv ...", "President X": the name starts later
                continue
            if j - i > 1 and lows[i] in PLACE_ADJECTIVES and " ".join(words[i:j]) not in self.gaz:
                i += 1  # "Southern Lebanon", "Northern Gaza": a capitalised adjective frames the name after it
                continue
            m = self._read(tok, i, out, run_end=j)
            if m is not None:
                out.append(m)
                i = max(m.j, i + 1)
            else:
                i = j
        return self._located_by_area(text, self._distribute_plural_region(text, out))

    def _region_after(self, text: str, at: int) -> Any:
        """The region context right after ``at`` ("..., in the Y region"), within 120 characters.

        The context ends with a region word, so a window without one (in any case; a window that is not
        ASCII is always searched, "i" and "s" having non-ASCII case partners) holds none.
        """
        stop = min(len(text), at + 120)
        window = text[at:stop]
        if window.isascii():
            low = window.lower()
            if "region" not in low and "oblast" not in low and "province" not in low and "state" not in low:
                return None
        return self._region_context.match(text, at, stop)

    def _starts_name_after(self, tok: Tokens, k: int, flags: list[bool]) -> bool:
        while k < len(tok) and tok.lows[k] in PLACE_ADJECTIVES:
            k += 1
        return k < len(tok) and flags[k]

    def _read(self, tok: Tokens, i: int, found: list[Mention], run_end: int | None = None,
              owner: tuple[int, int] | None = None, flags: list[bool] | None = None) -> Mention | None:
        """Read the place whose name starts at token ``i`` (``None`` if it is none)."""
        text, words, lows, n = tok.text, tok.words, tok.lows, len(tok)
        j = run_end if run_end is not None else _run_end(tok, i, flags)
        # left frame: "the village of", adjectives, "X-held", "the"
        start_tok = i
        k = i - 1
        if owner is not None:
            start_tok = owner[0]
            k = owner[0] - 1
        else:
            while k >= 0 and lows[k] in PLACE_ADJECTIVES and i - k <= 3:
                k -= 1
            if k >= 0 and lows[k].endswith(HELD_SUFFIXES):
                k -= 1
        noun = ""
        if k >= 1 and lows[k] == "of" and lows[k - 1] in SETTLEMENT_NOUNS:
            noun = lows[k - 1]
            k2 = k - 2
            if k2 >= 0 and f"{lows[k2]} {noun}" in SETTLEMENT_NOUN_PAIRS:
                noun = f"{lows[k2]} {noun}"
                k2 -= 1
            while k2 >= 0 and lows[k2] in PLACE_ADJECTIVES:
                k2 -= 1
            k = k2
        if k >= 0 and lows[k] == "the":
            k -= 1
        # start of the mention: keep what the old readers kept (from "the"/noun/owner)
        first = max(k + 1, 0)
        if owner is None and not noun:
            first = i if not (i > 0 and lows[i - 1] == "the") else i - 1
        if owner is not None:
            first = owner[0] - (1 if owner[0] > 0 and lows[owner[0] - 1] == "the" else 0)
        name_words = words[i:j]
        name = " ".join(name_words)
        if owner is None and i >= 1 and lows[i - 1].endswith(HELD_SUFFIXES) and tok.starts[i] == tok.ends[i - 1] + 1:
            # "Pakistan-occupied Kashmir", "Indian-administered Kashmir": a region's own name, no control stated
            whole = self.gaz.resolve(f"{words[i - 1]} {name}", fuzzy=False)
            if whole is not None:
                return self._mention(tok, i - 1, j, whole, "gazetteer")
        # right frame: possessive, region word
        e = j
        poss = e < n and lows[e] in ("'s", "'")
        if poss:
            e += 1
        region_word = ""
        if e < n and lows[e] in REGION_WORDS and tok.starts[e] == tok.ends[e - 1] + 1 and not (
                lows[e] in ("state", "republic") and not words[e][0].isupper() and lows[e] == "state"):
            region_word = words[e]
            if lows[e] == "state" and not noun:
                region_word = ""
            elif lows[e] == "republic":
                region_word = "" if not words[e][0].isupper() else region_word
        if region_word:
            e += 1
        in_list = bool(found) and _LIST_GAP.fullmatch(text, found[-1].end, tok.starts[first]) is not None
        return self._resolve(tok, first, i, j, e if region_word else (j + 1 if poss else j), name, poss,
                             region_word, noun, owner, in_list)

    # ------------------------------------------------------------------ resolving
    def _resolve(self, tok: Tokens, first: int, i: int, j: int, e: int, name: str, poss: bool,
                 region_word: str, noun: str, owner: tuple[int, int] | None, in_list: bool) -> Mention | None:
        text = tok.text
        gaz = self.gaz
        m_start = tok.starts[first]
        name_start, name_end = tok.starts[i], tok.ends[j - 1]
        m_end = tok.ends[e - 1]
        stop = len(text)
        words = name.split(" ")
        owner_text = tok.slice(owner[0], owner[1]) if owner else ""
        owner_country = self.alias_to_actor.get(owner_text) if owner else None
        # what follows: the patterns below are tried only when its first characters allow them
        # (each starts with "," or a space and a given letter; only ASCII letters match those
        # letters case-insensitively, except for "i", checked as written)
        follow = text[m_end:m_end + 3]
        spaced = follow[:1] == " "
        # a region named right after ("X in the Y region", "X, Y region") decides between namesakes
        after = self._region_after(text, m_end) if follow[:1] == "," or (
            spaced and (not follow[1:].isascii() or follow[1:].lower() in ("in", "of"))) else None
        admin1 = None
        if after and not region_word:
            reg = gaz.resolve(after.group("region") + " region")
            admin1 = reg.admin1 if reg is not None and reg.precision is GeoPrecision.ADMIN1 else None
        before = text[max(0, m_start - 25):m_start]
        framed = bool(noun or region_word or in_list or _locative_before(before))
        noun_region = noun.endswith(("region", "regions", "province", "oblast"))
        if (region_word or noun).lower() in _PLURAL_REGION_WORDS and len(words) == 1:
            # "over Russian regions", "in several Ukrainian oblasts": regions of the state the adjective names
            state = self.alias_to_actor.get(name)
            country = gaz.resolve(state, fuzzy=False) if state else None
            if country is not None and country.precision is GeoPrecision.COUNTRY:
                return self._mention(tok, first, e, country, "region")
        if noun in WATER_NOUNS:
            sea = gaz.resolve(f"{noun.title()} of {name}", fuzzy=False)
            if sea is None:
                return None
            return self._mention(tok, first, j, sea, "noun")
        part = _CITY_PART_AFTER.match(text, m_end, stop) if not region_word and spaced and \
            follow[1:2] in _CITY_PART_INITIALS else None
        if part is not None:
            # a district is reported as its city: "Kharkiv's Shevchenkivskyi district" is Kharkiv;
            # in "the Desnianskyi district of Kyiv" the city comes next and is read on its own
            if part.group("of"):
                return None
            owner_place = gaz.resolve(owner_text, fuzzy=False) if owner else None
            if owner is not None and owner_place is not None and owner_place.precision is GeoPrecision.PLACE:
                return self._mention(tok, owner[0], owner[1], owner_place, "owner")
            sub = _POSSESSOR_HEAD.match(text[name_start:name_end] + " ")
            if sub is not None:
                city = gaz.resolve(sub.group("city"), fuzzy=False)
                if city is not None and city.precision is GeoPrecision.PLACE:
                    return self._mention(tok, i, i + 1, city, "owner")
        landmark = _LANDMARK_AFTER.match(text, m_end, stop) if not region_word and spaced and \
            follow[1:2] in _LANDMARK_INITIALS else None
        if landmark is not None:  # "the Philadelphi corridor": the gazetteer knows the name with its noun
            place = gaz.resolve(f"{name} {landmark.group('noun').lower()}", fuzzy=False)
            if place is not None:
                lm_end = tok.index_at(landmark.end() - 1) + 1
                return self._mention(tok, first, lm_end, place, "gazetteer")
        for cut in range(len(words), 0, -1):
            cand = " ".join(words[:cut])
            phrase = cand + (" " + region_word if region_word and cut == len(words) else "")
            if noun_region and not region_word and cut == len(words):
                phrase = cand + " region"
            if self.person_to_actor.get(cand):
                return None  # a person's name, not a place
            if cand in NOT_PLACES:
                return None
            if cut == 1 and self._organisation_acronym(cand):
                return None  # "the UN force": the organisation, not the town of Un
            if cut == 1 and not framed and gaz.needs_frame(cand):
                continue  # "But", "Police", "Most" opening a sentence: a word, not the town
            # a demonym or an organisation is not a misspelt place ("Russian" is not "Russia");
            # and a misspelling is only read where a place is expected
            fuzzy = framed and cand not in self.alias_to_actor
            place = gaz.resolve(phrase, admin1=admin1, country=owner_country, fuzzy=fuzzy)
            if place is not None and owner_country and place.country and place.country != owner_country \
                    and place.precision is not GeoPrecision.COUNTRY:
                place = None  # "Israel's Ben Gurion airport" is not Ben in Iran: the owner names the country
            actor = self.alias_to_actor.get(cand)
            if place is not None and actor and actor not in (place.country, place.name) \
                    and fold_name(place.name) != fold_name(cand):
                place = None  # "Hamas" is the group, not a namesake listed under another name (Hamm)
            if place is not None and cut < len(words) and not self._well_known(cand):
                continue  # "Abu Shouk camp": a small namesake of the first word is not the place
            head = words[cut].lower() if cut < len(words) else "" if region_word or j >= len(tok) else tok.lows[j]
            if place is not None and head in INSTITUTION_NOUNS_AFTER and fold_name(place.name) != fold_name(cand):
                return None  # "the Soroka hospital", "the Bazan Group": an institution, not Soroca or Ongjin
            if place is not None:
                end_tok = i + _token_count(tok, i, cand)
                if region_word and cut == len(words):
                    end_tok = e
                form = "noun" if noun else "region" if region_word else "owner" if owner else \
                    "list" if in_list else "locative" if framed else "gazetteer"
                return self._mention(tok, first, end_tok, place, form)
        if owner is not None:
            # "Kyiv's Solomianskyi district": an unknown part of a known place is that place
            place = gaz.resolve(owner_text, fuzzy=False)
            if place is not None and place.precision is not GeoPrecision.COUNTRY:
                return self._mention(tok, owner[0], owner[1], place, "owner")
        if noun in ("village", "town", "settlement", "city", "hamlet") or region_word:
            # an unlisted place in a strong frame: keep the name as written
            if words[0].lower() in ("the", "a"):
                return None
            end_tok = e if region_word else j
            written = tok.slice(first, end_tok)
            unlisted = Place(name=name, written=written, precision=GeoPrecision.UNKNOWN,
                             admin1=admin1 or (name if region_word else None))
            return self._mention(tok, first, end_tok, unlisted, "noun" if noun else "region")
        if self._named_by_noun_after(tok, i, j, framed, poss):
            # "in Mendhar village", "bombed Lin Ta Lu village", "in the Leepa valley": an unlisted place named
            # with its settlement noun after it (:data:`SETTLEMENT_NOUNS_AFTER`), where a place is expected
            unlisted = Place(name=name, written=tok.slice(i, j + 1), precision=GeoPrecision.UNKNOWN, admin1=admin1)
            return self._mention(tok, first, j + 1, unlisted, "noun")
        return None

    def _named_by_noun_after(self, tok: Tokens, i: int, j: int, framed: bool, poss: bool) -> bool:
        """True when the name ``tok[i:j]``, which the gazetteer does not know, is followed by a settlement noun
        (:data:`SETTLEMENT_NOUNS_AFTER`) in a locative frame ("in Mendhar village"), and is no side, person or number
        ("an Indian village" is a description), nor one everyday word ("in Border village")."""
        if poss or not framed or j >= len(tok) or tok.lows[j] not in SETTLEMENT_NOUNS_AFTER or \
                tok.starts[j] != tok.ends[j - 1] + 1:
            return False
        name = tok.slice(i, j)
        return not (name in NOT_PLACES or name in self.alias_to_actor or self.person_to_actor.get(name)
                    or (j - i == 1 and self.gaz.needs_frame(name))
                    or any(w.lower() in _NUMBER_WORDS or w in self.alias_to_actor for w in tok.words[i:j]))

    def _mention(self, tok: Tokens, i: int, j: int, place: Place, form: str) -> Mention:
        s, e = tok.starts[i], tok.ends[j - 1]
        return Mention(Kind.PLACE, i, j, s, e, tok.text[s:e], place, form)

    def unlisted(self, tok: Tokens, i: int) -> Mention | None:
        """A capitalised name at token ``i`` that the gazetteer does not know, in a strong frame.

        Used by the territorial grammar ("captured X", "taken control of X"):
        the name is kept as written with precision ``unknown``
        (:class:`~conflictevents.models.GeoPrecision`), and the
        region the text gives ("X in the Y region") as its admin1.
        """
        if i < len(tok) and tok.lows[i] in ("the", "village", "town", "settlement", "city", "of"):
            k = i
            while k < len(tok) and tok.lows[k] in ("the", "village", "town", "settlement", "city", "of"):
                k += 1
            i = k
        if i >= len(tok) or not _is_name_word(tok.words[i]) or tok.lows[i].split("-")[0] in _NUMBER_WORDS:
            return None
        j = _run_end(tok, i)
        name = tok.slice(i, j)
        if name in NOT_PLACES or name in self.alias_to_actor or self.person_to_actor.get(name):
            return None
        after = self._region_after(tok.text, tok.ends[j - 1])
        admin1 = None
        if after:
            reg = self.gaz.resolve(after.group("region") + " region")
            admin1 = reg.admin1 if reg is not None else None
        place = Place(name=name, written=name, precision=GeoPrecision.UNKNOWN, admin1=admin1)
        return self._mention(tok, i, j, place, "unlisted")

    def _well_known(self, name: str) -> bool:
        """A region, a country, or a place of 50,000 people or more."""
        known = self._well_known_memo.get(name)
        if known is None:
            known = any(c.kind != "place" or c.population >= 50000 for c in self.gaz.candidates(name, fuzzy=False))
            if len(self._well_known_memo) > 50_000:
                self._well_known_memo.clear()
            self._well_known_memo[name] = known
        return known

    def _located_by_area(self, text: str, found: list[Mention]) -> list[Mention]:
        """ "Tora in North Darfur", "Bara in Sudan": a town the text places in a region or a country is
        the namesake there; when the gazetteer has none there, it is a town it does not list (kept as written,
        in that region), never a namesake elsewhere ("Tora" had been a town of Ethiopia)."""
        out = list(found)
        for k in range(len(out) - 1):
            town, area = out[k], out[k + 1]
            place, where = town.value, area.value
            if place.precision is not GeoPrecision.PLACE or where.precision not in (GeoPrecision.ADMIN1,
                                                                                   GeoPrecision.COUNTRY):
                continue
            if _AREA_GAP.fullmatch(text, town.end, area.start) is None or text.startswith(("'s", "\u2019s"), area.end):
                continue  # ("Kamanyola in Burundi's east" is no town of Burundi's: a possessor, no location)
            region = where.name if where.precision is GeoPrecision.ADMIN1 else None
            if place.country == where.country and (region is None or place.admin1 in (None, region)):
                continue  # (where the gazetteer places it)
            name = place.written or town.text
            there = self.gaz.resolve(name, admin1=region, country=where.country, fuzzy=False)
            form = town.form
            if there is None or there.country != where.country or (region and there.admin1 != region):
                there = Place(name=name, written=name, precision=GeoPrecision.UNKNOWN, admin1=region,
                              country=where.country)
                form = "area"
            out[k] = Mention(Kind.PLACE, town.i, town.j, town.start, town.end, town.text, there, form,
                             {**town.extra, "namesake": place.name})
        return out

    def _distribute_plural_region(self, text: str, found: list[Mention]) -> list[Mention]:
        """"the Belgorod and Kursk regions": every name of the list is a region."""
        out = list(found)
        for idx, last in enumerate(out):
            if not _PLURAL_REGION.search(last.text):
                continue
            k = idx
            while k > 0 and _LIST_GAP.fullmatch(text, out[k - 1].end, out[k].start) is not None:
                k -= 1
                prev = out[k]
                region = self.gaz.resolve(prev.value.name + " region", fuzzy=False)
                if region is not None and region.precision is GeoPrecision.ADMIN1:
                    start = prev.start + (4 if prev.text.lower().startswith("the ") else 0)
                    i = prev.i + (1 if prev.text.lower().startswith("the ") else 0)
                    out[k] = Mention(Kind.PLACE, i, prev.j, start, prev.end, text[start:prev.end], region, "region")
        return out


def _is_name_word(w: str) -> bool:
    c = w[0]
    if w.endswith(HELD_SUFFIXES):
        return False
    if w.endswith(DESCRIBING_SUFFIXES):
        return False  # "UN-patrolled", "Iran-backed", "Saudi-led": a name with a participle describes, names nothing
    if c.isupper():
        return w.isupper() is False or len(w) > 1 and not w.isdigit()
    return w.lower().startswith(NAME_PREFIXES) and len(w) > 4 and w[w.index("-") + 1:][:1].isupper()


def _run_end(tok: Tokens, i: int, flags: list[bool] | None = None) -> int:
    """One past the last name word of the run starting at token ``i`` (``flags``: :func:`_is_name_word` per token)."""
    j = i + 1
    while j < len(tok) and j - i < 4 and (flags[j] if flags is not None else _is_name_word(tok.words[j])) \
            and tok.starts[j] == tok.ends[j - 1] + 1:
        j += 1
    return j


class _NameWords(dict[str, bool]):
    """:func:`_is_name_word` by word, remembered (bounded)."""

    def __missing__(self, w: str) -> bool:
        found = _is_name_word(w)
        if len(self) >= 50_000:
            self.clear()
        self[w] = found
        return found


def _token_count(tok: Tokens, i: int, cand: str) -> int:
    """How many tokens from ``i`` spell the space-joined name ``cand``."""
    return cand.count(" ") + 1 if i + cand.count(" ") < len(tok) else 1


def place_of(m: Any) -> Place:
    """The :class:`Place` of a place mention (typing helper)."""
    value: Place = m.value
    return value
