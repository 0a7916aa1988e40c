"""Token-guided pattern search: the matches of ``pattern.finditer(text)``, found faster.

The number and date patterns of the mention finder are long alternations that
the ``regex`` engine tries at every character of a sentence, although a match
can only start at a few words ("at least", "40", "on Monday"). The sentence
is already cut into tokens, so :func:`scan` tries the pattern only where a
match can start: at a run of ASCII letters and digits (a whole token, or a
part of one: "Shahed-136", "$4.5", "mid-June") that may begin one, and, in a
token that is not ASCII, at each character that does not follow an ASCII
letter or digit. It returns exactly the matches of
``finditer``: the same leftmost-first search, each match tried from where
the previous one ended.

Why no match is missed: every pattern scanned this way starts with a literal
word (case-insensitive or not) or a digit, never right after a letter or a
digit (a look-behind such as ``(?<![\\p{L}\\d])``), and every letter or digit of a
sentence lies inside a token (:data:`~conflictevents.mentions.tokens.TOKEN`
leaves out only white space, U+FFFD and format characters). For an ASCII
token, matching a literal case-insensitively is equality of lower-case
forms (only "i", "k" and "s" have non-ASCII case partners: U+0130, U+0131,
U+212A, U+017F), so a :class:`WordStarts` table (which first words may be
followed by more letters, which must be followed by a space, which only by a
given next word) decides from the word alone; anything else is tried.

>>> import regex
>>> from conflictevents.mentions.tokens import Tokens
>>> pattern = regex.compile(r"(?i)(?<![\\p{L}\\d])(?:at[ ]least[ ]\\d+|\\d+)")
>>> starts = WordStarts(exact=["at"], prefix=[])
>>> tok = Tokens.of("At least 12 people and 3 dogs, at 4pm.")
>>> [m.group() for m in scan(pattern, starts, tok)] == [m.group() for m in pattern.finditer(tok.text)]
True
>>> [m.group() for m in scan(pattern, starts, tok)]
['At least 12', '3', '4']
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import regex

from .tokens import Tokens

__all__ = ["WordStarts", "scan", "may_hold", "fold", "holds_any", "required_prefixes", "grams", "WordGate"]

_ASCII_ALNUM = frozenset(string.ascii_letters + string.digits)
_RUN = regex.compile(r"[A-Za-z0-9]+")
#: Most words a :class:`WordStarts` remembers before it starts again.
_MEMO_SIZE = 50_000


class WordStarts(dict[str, "tuple[int, ...] | None"]):
    """Where a match may start in a token, by lower-case word (a bounded memo, built as words come).

    The value is the offsets in the token where a match may start (``()``: nowhere), or ``None`` for a
    token that is not ASCII, where it may start at any character that does not follow an ASCII letter or
    digit. In an ASCII token, a match starts at a run of letters and digits ("Shahed-136" has two) that
    begins with a digit, or is one of the ``exact`` first words of the pattern (followed by a space or a
    non-letter: the run must be the word itself), or begins with one of the ``prefix`` first words
    (which may be followed by more letters or digits: "fivekm", "todays"). ``followers``: exact words
    that start a match only when the next token begins with one of the given words or characters
    ("the" only in "the end of", "at" only in "at least"/"at most"); ``pairs``: such a word and the whole
    next word, which start a match only when the token after them begins with one of the given words ("in
    the" only in "in the early hours", "in the past three days"...). ``numbers=False``: no match begins with
    a digit, so a run that does starts one only as one of the listed words (a list of words with no number).
    """

    def __init__(self, exact: Iterable[str], prefix: Iterable[str],
                 followers: Mapping[str, Iterable[str]] | None = None, *, numbers: bool = True,
                 pairs: Mapping[tuple[str, str], Iterable[str]] | None = None) -> None:
        super().__init__()
        self.followers = {w.lower(): tuple(sorted({f.lower() for f in fs})) for w, fs in (followers or {}).items()}
        self.pairs = {(a.lower(), b.lower()): tuple(sorted({f.lower() for f in fs}))
                      for (a, b), fs in (pairs or {}).items()}
        self.exact = frozenset(w.lower() for w in exact) | frozenset(self.followers)
        self.prefix = tuple(sorted({w.lower() for w in prefix}))
        self.numbers = numbers

    def __missing__(self, low: str) -> tuple[int, ...] | None:
        found: tuple[int, ...] | None
        if not low.isascii():
            found = None
        elif low.isalnum():
            found = (0,) if self._starts(low) else ()
        else:
            found = tuple(m.start() for m in _RUN.finditer(low) if self._starts(m.group()))
        if len(self) >= _MEMO_SIZE:
            self.clear()
        self[low] = found
        return found

    def _starts(self, run: str) -> bool:
        return (self.numbers and run[0].isdigit()) or run in self.exact or run.startswith(self.prefix)


def scan(pattern: Any, starts: WordStarts, tok: Tokens) -> Iterator[Any]:
    """The matches of ``pattern.finditer(tok.text)``, trying ``pattern`` only where ``starts`` allows."""
    text, lows, begins, ends = tok.text, tok.lows, tok.starts, tok.ends
    n = len(lows)
    followers, pairs = starts.followers, starts.pairs
    end = 0  # where the previous match ended: the search goes on from there
    for i in [i for i, low in enumerate(lows) if starts[low] != ()]:
        p = begins[i]
        low = lows[i]
        offsets = starts[low]
        if offsets is None:  # not ASCII: anywhere
            positions: Iterable[int] = (q for q in range(p, ends[i]) if q == p or text[q - 1] not in _ASCII_ALNUM)
        else:
            after = followers.get(low)
            if after is not None:
                # the next word must begin with one of the words that may follow (a word that is not
                # ASCII may match one case-insensitively: it is tried)
                if i + 1 >= n:
                    continue
                following = lows[i + 1]
                if following.isascii():
                    if not following.startswith(after):
                        continue
                    third = pairs.get((low, following))
                    if third is not None and (i + 2 >= n or (lows[i + 2].isascii() and
                                                             not lows[i + 2].startswith(third))):
                        continue
            positions = [p + k for k in offsets]
        for q in positions:
            if q < end:
                continue
            m = pattern.match(text, q)
            if m is not None:
                yield m
                end = m.end()


#: The characters that a case-insensitive pattern matches with an ASCII letter and that ``str.casefold`` does not
#: fold to it ("İ" folds to "i" and a combining dot, "ı" stays itself).
_DOTTED_I = ("\u0130", "\u0131")


def fold(text: str) -> str | None:
    """``text`` case-folded for :func:`holds_any`, or ``None`` when it holds a dotted or dotless I (which a
    case-insensitive pattern reads as "i" and ``str.casefold`` does not fold to it: search such a text)."""
    if _DOTTED_I[0] in text or _DOTTED_I[1] in text:
        return None
    return text.casefold()


def holds_any(folded: str | None, words: tuple[str, ...] | None) -> bool:
    """:func:`may_hold` on a text :func:`fold` has folded once (``words`` ``None``: no test, always true)."""
    return folded is None or words is None or any(map(folded.__contains__, words))  # (no generator: C calls)


#: The length of the slices a :class:`WordGate` rules words out by.
_GRAM = 4
#: Characters from the most to the least common in English text: a word's slice with the least common ones is
#: the one that rules it out most often (any slice is exact; this one is only the most useful).
_COMMON_FIRST = " etaoinshrdlcumwfgypbvkjxqz"


def grams(folded: str | None) -> frozenset[str] | None:
    """The four-character slices of a text :func:`fold` has folded (``None`` for ``None``), for
    :meth:`WordGate.holds`."""
    if folded is None:
        return None
    return frozenset([folded[i:i + _GRAM] for i in range(len(folded) - _GRAM + 1)])


class WordGate:
    """:func:`holds_any` for one word list, with most of its words ruled out first by a slice of each: a word
    that a text holds is made of slices the text holds, so a text without the slice chosen for a word does not
    hold the word. One set of the text's slices (:func:`grams`) then stands for hundreds of substring searches.

    >>> gate = WordGate(("on strike", "walkout", "go"))
    >>> folded = fold("Miners went on strike in Kent")
    >>> gate.holds(folded, grams(folded)), holds_any(folded, gate.words)
    (True, True)
    >>> folded = fold("Drones struck the depot")
    >>> gate.holds(folded, grams(folded)), holds_any(folded, gate.words)
    (False, False)
    """

    __slots__ = ("words", "_short", "_long", "_keys")

    def __init__(self, words: tuple[str, ...] | None) -> None:
        self.words = words
        self._short = tuple(w for w in words or () if len(w) < _GRAM)
        self._long = tuple(w for w in words or () if len(w) >= _GRAM)
        rarity = {c: k for k, c in enumerate(_COMMON_FIRST)}
        self._keys = frozenset(max((w[i:i + _GRAM] for i in range(len(w) - _GRAM + 1)),
                                   key=lambda g: sum(rarity.get(c, len(_COMMON_FIRST)) for c in g))
                               for w in self._long)

    def holds(self, folded: str | None, slices: frozenset[str] | None) -> bool:
        """``holds_any(folded, self.words)``, given ``slices = grams(folded)``."""
        if folded is None or slices is None or self.words is None:
            return True
        if any(map(folded.__contains__, self._short)):
            return True
        return not self._keys.isdisjoint(slices) and any(map(folded.__contains__, self._long))


def required_prefixes(pattern: str) -> tuple[str, ...] | None:
    r"""The lower-case literal beginnings, one of which starts every match of a case-insensitive ``pattern``
    written as alternatives of words (``\b(?:satellites?|space[ ]station|...)\b|\bair[ ]raid...``), or
    ``None`` when some alternative starts otherwise (a class, a property, an optional group): a cheap test
    before the search (:func:`holds_any`).

    >>> required_prefixes(r"\b(?:satellites?|space[ ]station|orbit(?:al)?)\b|\bair[ -]raid")
    ('satellite', 'space station', 'orbit', 'air')
    >>> required_prefixes(r"\b\p{Lu}+") is None
    True
    >>> required_prefixes(r"(?:car|bus)[ ](?:crash|accident)|in[ ](?:a|the)[ ]crush")
    ('car ', 'bus ', 'in a crush', 'in the crush')
    """
    found = _alternatives_prefixes(pattern)
    return tuple(found) if found else None


def _split_top(pattern: str) -> list[str] | None:
    """The top-level alternatives of a pattern (``None`` when it is not well formed)."""
    out, depth, start, k, n = [], 0, 0, 0, len(pattern)
    while k < n:
        c = pattern[k]
        if c == "\\":
            k += 2
            continue
        if c == "[":
            close = pattern.find("]", k + 2)
            if close < 0:
                return None
            k = close + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:k])
            start = k + 1
        k += 1
    out.append(pattern[start:])
    return out if depth == 0 else None


def _alternatives_prefixes(pattern: str) -> list[str] | None:
    alts = _split_top(pattern)
    if alts is None:
        return None
    out: list[str] = []
    for alt in alts:
        found = _prefixes(alt)
        if not found:
            return None
        out.extend(found)
    return out


def _prefixes(alt: str) -> list[str] | None:
    """The literal beginnings of one alternative: its leading words, through the groups that follow them (each
    of whose alternatives is then a literal of its own: "in[ ](?:a|the)[ ]crush" begins "in a crush" or "in the
    crush"), or those of its leading group."""
    found = _sequence(alt)
    return [w for w, _whole in found] if found and all(w for w, _whole in found) else None


#: Most beginnings a pattern's alternative is read into (a longer list is cut where it would grow past it).
_MOST_PREFIXES = 64
#: A beginning this long is not read on into the group after it ("car " of "car[ ](?:crash|accident)"); a
#: shorter one is ("in " of "in[ ](?:a|the)[ ]crush": "in a crush", "in the crush").
_LONG_ENOUGH = 4


def _sequence(alt: str) -> list[tuple[str, bool]] | None:
    """The literal beginnings of ``alt`` with, for each, whether it is the whole of what ``alt`` matches."""
    while alt.startswith("\\b"):
        alt = alt[2:]
    out: list[tuple[str, bool]] = [("", True)]
    k = 0
    while k < len(alt):
        c = alt[k]
        if alt.startswith("(?:", k):
            depth, e = 0, k
            while e < len(alt):
                x = alt[e]
                if x == "\\":
                    e += 2
                    continue
                if x == "[":
                    e = alt.find("]", e + 2) + 1
                    if e == 0:
                        return None
                    continue
                if x == "(":
                    depth += 1
                elif x == ")":
                    depth -= 1
                    if depth == 0:
                        break
                e += 1
            if depth != 0 or alt[e + 1:e + 2] in ("?", "*", "{"):
                # (an optional or repeated group: what is before it is the beginning)
                return None if k == 0 else [(w, False) for w, _whole in out]
            if min(len(w) for w, _whole in out) >= _LONG_ENOUGH:
                # (a beginning of four characters or more is rare enough: more words would cost more tests)
                return [(w, False) for w, _whole in out]
            inner = _split_top(alt[k + 3:e])
            parts = [_sequence(a) for a in inner] if inner is not None else None
            if parts is None or any(not q for q in parts):
                return None if k == 0 else [(w, False) for w, _whole in out]
            options = [x for q in parts for x in q]  # type: ignore[union-attr]
            if len(out) > 1 and len(out) * len(options) > _MOST_PREFIXES:
                return [(w, False) for w, _whole in out]
            out = [(w + o, True) for w, _w in out for o, _whole in options]
            if not all(whole for _o, whole in options) or alt[e + 1:e + 2] == "+":
                # (an alternative of the group goes on otherwise, or the group repeats: the beginnings end here)
                return [(w, False) for w, _whole in out]
            k = e + 1
            continue
        if c.isascii() and (c.isalnum() or c in "-'"):
            step, char = 1, c
        elif alt.startswith("[ ]", k):
            step, char = 3, " "
        elif c == "\\" and k + 1 < len(alt) and not alt[k + 1].isalnum():
            step, char = 2, alt[k + 1]
        else:
            return [(w, False) for w, _whole in out] if k > 0 else None
        if alt[k + step:k + step + 1] in ("?", "*", "{"):
            return [(w, False) for w, _whole in out] if k > 0 else None  # (an optional character ends the literal)
        out = [(w + char.lower(), whole) for w, whole in out]
        k += step
    return out


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """``False`` only when ``text`` holds none of the lower-case ASCII ``words`` in any case, as a
    case-insensitive pattern reads them: a cheap test before a search whose every match holds one of them.

    >>> may_hold("Both sides ACCUSED each other", ("accused", "traded"))
    True
    >>> may_hold("Both sides met", ("accused", "traded"))
    False
    """
    if _DOTTED_I[0] in text or _DOTTED_I[1] in text:
        return True
    return any(map(text.casefold().__contains__, words))

