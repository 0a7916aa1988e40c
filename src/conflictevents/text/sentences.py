"""Rule-based sentence splitting of one block of clean text, with offsets.

A boundary is a full stop, question or exclamation mark (and any closing
quotes or brackets after it) followed by white space and a sentence start, or
glued straight onto a capitalised word ("...in Dnipro.Russia's defence
ministry said") or onto a number after a lower-case word ("were
downed.7 missiles hit"). It is *not* a boundary:

* after an abbreviation of :data:`ABBREVIATIONS` ("Mr.", "Gen.", "Lt. Col.",
  "No.", "Jan.", "km.") or an initial ("J. D. Vance", "U.S.");
* inside a number ("1.5", "10,000");
* inside a double-quoted passage that closes within the same block
  (a quoted speech of several sentences is kept with its attribution).

Headlines without final punctuation end at the end of their block, and a
leading list bullet is left out of the sentence.

>>> [text for _, _, text in split_sentences('Mr. Smith went to Kyiv. It rained.')]
['Mr. Smith went to Kyiv.', 'It rained.']
>>> [text for _, _, text in split_sentences('in the capital, Dnipro.Russia said more.')]
['in the capital, Dnipro.', 'Russia said more.']
>>> [text for _, _, text in split_sentences('All were downed.7 missiles hit. It cost 1.5 million.')]
['All were downed.', '7 missiles hit.', 'It cost 1.5 million.']
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from .. import compiled

__all__ = ["split_sentences", "ABBREVIATIONS"]

#: Words that end with a full stop but do not end a sentence (lower case, no dot).
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen lt col maj capt cpt sgt cpl pvt adm cmdr cdr brig
    gov sen rep rev st mt ft hon pres sec amb insp supt det
    jan feb mar apr jun jul aug sep sept oct nov dec
    no nos vol pp approx est dept corp inc ltd co jr sr vs etc al
    km kms sq ave blvd
    """.split()
)

# A candidate boundary: terminal punctuation, closing quotes/brackets, then
# either white space before a plausible sentence start, or no space at all
# before a capital followed by a lower-case letter (glued sentences).
_BOUNDARY = compiled.compile(
    r"""
    (?P<end>[.!?]+["')\]]*)          # the end of the sentence
    (?:
        (?P<space>[ ]+)              # white space ...
        (?=["'(\[]?[\p{Lu}\d\u2022])   # ... before a capital, digit, quote or bullet
      |
        (?<=[\p{Ll}\d)"'][.!?]["')\]]*)  # glued: a word, then the stop ...
        (?=\p{Lu}\p{Ll})             # ... then a capitalised word at once
      |
        (?<=\p{Ll}\p{Ll}[.!?]["')\]]*)   # glued: a lower-case word, then the stop ...
        (?=\d)                       # ... then a number ("were downed.7 missiles hit"; "1.5" has digits before)
    )
    """,
    regex.VERBOSE,
)

# The word before a full stop (to tell abbreviations and initials apart).
_WORD_BEFORE = compiled.compile(r"(?:[\p{L}]+\.)*[\p{L}]+\.?$")
_BULLET = compiled.compile(r"(?:\u2022|[*+\-](?= ))\s*")
_BULLET_MARKS = frozenset("\u2022*+-")
_QUOTE = compiled.compile(r'"')
_STOP_AND_CLOSERS = ".!?\"')]"
_MAX_QUOTE = 600  # a quoted passage longer than this does not protect its stops


def _quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Pairs of double quotes (1st with 2nd, 3rd with 4th...) that close soon enough."""
    positions = [m.start() for m in _QUOTE.finditer(text)]
    return [
        (a, b)
        for a, b in zip(positions[0::2], positions[1::2])
        if b - a <= _MAX_QUOTE
    ]


def _is_abbreviation(text: str, stop: int) -> bool:
    """True when the full stop at ``stop`` ends an abbreviation or an initial."""
    m = _WORD_BEFORE.search(text, max(0, stop - 20), stop)
    if m is None:
        return False
    word = m.group()
    if "." in word:  # U.S, U.K, a.m: dotted initials
        return True
    low = word.lower()
    if low in ABBREVIATIONS:
        return True
    return len(word) == 1 and word.isupper()  # an initial: "J. Smith"


def split_sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int, str]]:
    """Yield ``(start, end, sentence)`` for each sentence of ``text[start:end]``.

    Offsets are indices into ``text``; white space around sentences and a
    leading bullet are left out.
    """
    end = len(text) if end is None else end
    pos = start
    stops = [k for k in (text.find(".", start, end), text.find("!", start, end), text.find("?", start, end)) if k >= 0]
    if not stops or not text[min(stops):end].strip(_STOP_AND_CLOSERS):
        # no stop, or stops and closing marks only at the end: a boundary needs something after them
        yield from _emit(text, pos, end)
        return
    quoted = _quoted_ranges(text[start:end]) if text.find('"', start, end) >= 0 else []
    q = 0
    for m in _BOUNDARY.finditer(text, start, end):
        cut = m.end("end")
        if text[m.start("end")] == "." and len(m.group("end")) == 1 and _is_abbreviation(text, m.start("end")):
            continue
        stop = m.start("end") - start
        last = cut - 1 - start  # the last character of the sentence end
        while q < len(quoted) and quoted[q][1] < stop:
            q += 1
        if q < len(quoted) and quoted[q][0] < stop and last < quoted[q][1]:
            continue  # inside a quoted passage that closes later
        yield from _emit(text, pos, cut)
        pos = m.end()
    yield from _emit(text, pos, end)


def _emit(text: str, s: int, e: int) -> Iterator[tuple[int, int, str]]:
    while s < e and text[s].isspace():
        s += 1
    b = _BULLET.match(text, s, e) if s < e and text[s] in _BULLET_MARKS else None
    if b:
        s = b.end()
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        yield s, e, text[s:e]
