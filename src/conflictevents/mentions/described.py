"""Places named by a description instead of a name.

News often names a city by what it is: "the Ukrainian capital", "Russia's
capital", "the capital of Lebanon", "Ukraine's second-largest city". These
are read here, after the dictionary mentions, as :class:`~.types.Mention`
objects of kind ``PLACE`` with the form ``"described"``, spanning the whole
description, so that a grammar reads them like any named place.

The capital of a state is the seat the actors lexicon gives it (an alias of
the state that the gazetteer knows as one of its cities); the Nth-largest city
is the Nth most populous city of the country in the gazetteer.

>>> from conflictevents.lexicons import Lexicons
>>> from conflictevents.mentions.finder import MentionFinder
>>> from conflictevents.mentions.tokens import Tokens
>>> lex = Lexicons()
>>> described = DescribedPlaces(lex)
>>> tok = Tokens.of("Missiles hit Ukraine's second-largest city and the Ukrainian capital.")
>>> [(m.text, m.value.name) for m in described.find(tok, MentionFinder(lex).find(tok))]
[("Ukraine's second-largest city", 'Kharkiv'), ('the Ukrainian capital', 'Kyiv')]
"""

from __future__ import annotations

from ..lexicons import Lexicons
from ..models import GeoPrecision, Place
from .tokens import Tokens
from .types import Kind, Mention

__all__ = ["DescribedPlaces", "ORDINALS"]

#: "second-largest city", "third biggest city": the rank of a city by population.
ORDINALS: dict[str, int] = {"largest": 1, "biggest": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
_SIZE_WORDS = frozenset({"largest", "biggest"})
_CITY_WORDS = frozenset({"city", "town"})


class DescribedPlaces:
    """Reads "the X capital", "X's capital", "the capital of X" and "X's second-largest city"."""

    def __init__(self, lex: Lexicons) -> None:
        self.lex = lex
        self._capitals: dict[str, Place] | None = None
        self._ranked: dict[str, list[Place]] | None = None

    # ------------------------------------------------------------------ tables (built on first use)
    def capital(self, state: str) -> Place | None:
        """The capital of a state: its seat alias that the gazetteer knows as a city of that state."""
        if self._capitals is None:
            capitals: dict[str, Place] = {}
            actors = self.lex.actors
            for alias, actor in actors.alias_to_actor.items():
                if actors.kind.get(actor) != "state" or alias == actor or actor in capitals:
                    continue
                if not alias[:1].isupper() or alias.endswith(("an", "ans", "ese", "ish", "i", "is")):
                    continue  # a demonym ("Ukrainian"), not a seat
                place = self.lex.gazetteer.resolve(alias, fuzzy=False)
                if place is not None and place.precision is GeoPrecision.PLACE and place.country == actor:
                    capitals[actor] = place
            self._capitals = capitals
        return self._capitals.get(state)

    def ranked(self, country: str, rank: int) -> Place | None:
        """The ``rank``-th most populous city of ``country`` (1 = the largest)."""
        if self._ranked is None:
            by_country: dict[str, dict[str, int]] = {}
            for record in self.lex.gazetteer.records():
                if record.kind == "place" and record.country and record.population > 0:
                    cities = by_country.setdefault(record.country, {})
                    cities[record.name] = max(cities.get(record.name, 0), record.population)
            self._ranked = {}
            for c, cities in by_country.items():
                top = sorted(cities.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
                places = [self.lex.gazetteer.resolve(name, country=c, fuzzy=False) for name, _ in top]
                self._ranked[c] = [p for p in places if p is not None]
        cities_ranked = self._ranked.get(country, [])
        return cities_ranked[rank - 1] if 0 < rank <= len(cities_ranked) else None

    # ------------------------------------------------------------------ reading
    def find(self, tok: Tokens, mentions: list[Mention]) -> list[Mention]:
        """The described places of one sentence (``mentions`` are its dictionary mentions)."""
        lows = tok.lows
        n = len(lows)
        out: list[Mention] = []
        states = {m.i: m for m in mentions if m.kind is Kind.ACTOR and self.lex.actors.kind.get(str(m.value)) == "state"}
        for i, m in sorted(states.items()):
            j = m.j
            state = str(m.value)
            start = i - 1 if i >= 1 and lows[i - 1] == "the" else i
            possessive = j < n and lows[j] in ("'s", "\u2019s", "'")
            k = j + 1 if possessive else j
            # "the Ukrainian capital", "Russia's capital"
            if k < n and lows[k] == "capital" and (possessive or (m.form == "adjective" and start < i)):
                place = self.capital(state)
                if place is not None:
                    out.append(self._mention(tok, start, k + 1, place))
                continue
            # "Ukraine's second-largest city", "Russia's second city", "Ukraine's largest city"
            if possessive and k < n:
                words = lows[k:min(n, k + 4)]
                rank, size_at = self._rank(words)
                if rank and size_at + 1 < len(words) + 1 and k + size_at < n and lows[k + size_at] in _CITY_WORDS:
                    place = self.ranked(state, rank)
                    if place is not None:
                        out.append(self._mention(tok, start, k + size_at + 1, place))
        # "the capital of Lebanon"
        for t in range(n - 2):
            if lows[t] == "capital" and lows[t + 1] == "of" and t + 2 in states:
                m = states[t + 2]
                place = self.capital(str(m.value))
                if place is not None:
                    start = t - 1 if t >= 1 and lows[t - 1] == "the" else t
                    out.append(self._mention(tok, start, m.j, place))
        return out

    @staticmethod
    def _rank(words: list[str]) -> tuple[int, int]:
        """``(rank, index of the word after the size phrase)`` of "second-largest", "second largest",
        "largest", "second"; ``(0, 0)`` when none."""
        if not words:
            return 0, 0
        first = words[0]
        if "-" in first:
            head, _, size = first.partition("-")
            if head in ORDINALS and size in _SIZE_WORDS:
                return ORDINALS[head], 1
        if first in _SIZE_WORDS:
            return 1, 1
        if first in ORDINALS:
            if len(words) > 1 and words[1] in _SIZE_WORDS:
                return ORDINALS[first], 2
            return ORDINALS[first], 1  # "Ukraine's second city"
        return 0, 0

    @staticmethod
    def _mention(tok: Tokens, i: int, j: int, place: Place) -> Mention:
        start, end = tok.starts[i], tok.ends[j - 1]
        return Mention(Kind.PLACE, i, j, start, end, tok.text[start:end], place, "described")
