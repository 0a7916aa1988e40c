"""Token-guided pattern search: the matches of ``pattern.finditer(text)``, found faster.

The number and date patterns of the mention finder are long alternations that
the ``regex`` engine tries at every character of a sentence, although a match
can only start at a few words ("at least", "40", "on Monday"). The sentence
is already cut into tokens, so :func:`scan` tries the pattern only where a
match can start: at a token whose (lower-case) word may begin one, and, in a
token that is not plain ASCII letters and digits ("Shahed-136", "$4.5",
"mid-June", any non-ASCII word), at each character that follows something
other than an ASCII letter or digit. It returns exactly the matches of
``finditer``: the same leftmost-first search, each match tried from where
the previous one ended.

Why no match is missed: every pattern scanned this way starts with a literal
word (case-insensitive or not) or a digit, never right after a letter or a
digit (a look-behind such as ``(?<![\\p{L}\\d])``), and every letter or digit of a
sentence lies inside a token (:data:`~conflictevents.mentions.tokens.TOKEN`
leaves out only white space, U+FFFD and format characters). For an ASCII
token, matching a literal case-insensitively is equality of lower-case
forms, so a :class:`WordStarts` table (which first words may be followed by
more letters, which must be followed by a space, which only by a given next
word) decides from the word alone; anything else is tried.

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

from .tokens import Tokens

__all__ = ["WordStarts", "scan", "NO", "START", "ANYWHERE"]

#: A token where no match starts; one where a match may start at its first character;
#: one where a match may start at any character that follows a non-alphanumeric one.
NO, START, ANYWHERE = 0, 1, 2

_ASCII_ALNUM = frozenset(string.ascii_letters + string.digits)
#: Most words a :class:`WordStarts` remembers before it starts again.
_MEMO_SIZE = 50_000


class WordStarts(dict[str, int]):
    """Which tokens may start a match, by lower-case word (a bounded memo, built as words come).

    ``exact``: first words of the pattern that are followed by a space or a
    non-letter (the token must be the word itself); ``prefix``: first words
    that may be followed by more letters or digits in the same token ("fivekm",
    "todays"); ``followers``: exact words that start a match only before one
    of the given words ("the" only in "the end of"). A token starting with a
    digit, or not made of ASCII letters and digits only, is always tried.
    """

    def __init__(self, exact: Iterable[str], prefix: Iterable[str],
                 followers: Mapping[str, Iterable[str]] | None = None) -> None:
        super().__init__()
        self.exact = frozenset(w.lower() for w in exact)
        self.prefix = tuple(sorted({w.lower() for w in prefix}))
        self.followers = {w.lower(): frozenset(f.lower() for f in fs) for w, fs in (followers or {}).items()}

    def __missing__(self, low: str) -> int:
        if not low.isascii() or not low.isalnum():
            kind = ANYWHERE
        elif low[0].isdigit() or low in self.exact or low in self.followers or low.startswith(self.prefix):
            kind = START
        else:
            kind = NO
        if len(self) >= _MEMO_SIZE:
            self.clear()
        self[low] = kind
        return kind


def scan(pattern: Any, starts: WordStarts, tok: Tokens) -> Iterator[Any]:
    """The matches of ``pattern.finditer(tok.text)``, trying ``pattern`` only where ``starts`` allows."""
    text, lows, begins, ends = tok.text, tok.lows, tok.starts, tok.ends
    n = len(lows)
    followers = starts.followers
    end = 0  # where the previous match ended: the search goes on from there
    for i in [i for i, low in enumerate(lows) if starts[low]]:
        p = begins[i]
        if starts[lows[i]] == START:
            if p < end:
                continue
            after = followers.get(lows[i])
            if after is not None and (i + 1 >= n or lows[i + 1] not in after):
                continue
            m = pattern.match(text, p)
            if m is not None:
                yield m
                end = m.end()
            continue
        for q in range(p, ends[i]):
            if q < end or (q > p and text[q - 1] in _ASCII_ALNUM):
                continue
            m = pattern.match(text, q)
            if m is not None:
                yield m
                end = m.end()
