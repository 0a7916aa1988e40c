"""Document fingerprints: a SimHash that near-duplicate documents (reposts, syndicated copies) share.

A document's fingerprint is a 64-bit SimHash (Charikar 2002; Manku et al.
2007) over the word shingles of its cleaned text, written as 16 hex digits.
Two documents whose fingerprints differ in at most
:data:`NEAR_DUPLICATE_BITS` bits are copies of one story: a wire story and
its reposts, a syndicated article under another outlet's banner.

The fingerprint of an :class:`~conflictevents.results.Extraction` is taken
over its sentences (boilerplate already dropped, verbatim repeats skipped), so
the navigation and teasers of two sites do not hide that their articles are
the same.

>>> a = "Russian forces launched forty drones at the city overnight, the regional governor said on Monday."
>>> b = a + " Three people were hurt."
>>> c = "Talks between the two delegations ended without agreement in Istanbul after five hours on Friday."
>>> near_duplicate(fingerprint_text(a), fingerprint_text(a))
True
>>> hamming(fingerprint_text(a), fingerprint_text(c)) > NEAR_DUPLICATE_BITS
True
>>> len(fingerprint_text(a))
16
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import regex

from .results import Extraction, Page

__all__ = [
    "FINGERPRINT_BITS",
    "NEAR_DUPLICATE_BITS",
    "SHINGLE_WORDS",
    "MAX_CHARS",
    "fingerprint_text",
    "fingerprint_of",
    "hamming",
    "near_duplicate",
]

#: Bits of a fingerprint.
FINGERPRINT_BITS = 64
#: Most bits in which two fingerprints may differ for their documents to be copies of one story.
#: A story and its copy with a line added, cut or reworded differ in about 4 to 10 bits; two
#: unrelated texts in about 32 (each bit is a coin toss), and fewer than one pair in ten million
#: of those is within 12 (``tests/test_incidents_near_duplicates.py`` checks both sides).
NEAR_DUPLICATE_BITS = 12
#: Words per shingle.
SHINGLE_WORDS = 3
#: Characters read from the start of a document at most (about ten pages of news text: enough to
#: tell copies apart, and a live blog of a million characters costs no more than a long article).
MAX_CHARS = 60_000

_WORD = regex.compile(r"\w+")
# For bit b: a table that maps each byte to 1 when its bit b is set, else to 0 (bytes.translate).
_BIT_TABLES = tuple(bytes((v >> b) & 1 for v in range(256)) for b in range(8))


def _shingle_digests(words: Sequence[str]) -> list[bytes]:
    n = SHINGLE_WORDS
    if len(words) < n:
        grams = [" ".join(words)] if words else []
    else:
        grams = [" ".join(words[i : i + n]) for i in range(len(words) - n + 1)]
    blake = hashlib.blake2b
    return [blake(g.encode("utf-8", "surrogatepass"), digest_size=8).digest() for g in grams]


def fingerprint_text(text: str) -> str | None:
    """The SimHash of ``text`` as 16 hex digits, or ``None`` for a text without words.

    Words are case-folded runs of letters and digits; punctuation and spacing do not count.
    Only the first :data:`~conflictevents.fingerprint.MAX_CHARS` characters are read.
    """
    words = _WORD.findall(text[:MAX_CHARS].casefold())
    digests = _shingle_digests(words)
    if not digests:
        return None
    total = len(digests)
    joined = b"".join(digests)
    value = 0
    # bit counts per position without a Python loop per shingle: byte column j of the digests,
    # translated to 0/1 per bit and counted (C speed)
    for j in range(8):
        column = joined[j::8]
        for b in range(8):
            ones = column.translate(_BIT_TABLES[b]).count(1)
            if 2 * ones > total:
                value |= 1 << (8 * (7 - j) + b)
    return f"{value:016x}"


def fingerprint_of(result: Extraction | Page) -> str | None:
    """The fingerprint of one document result (or :func:`~conflictevents.text.segment`'s page), over its
    sentences (boilerplate dropped, repeats skipped)."""
    return fingerprint_text(" ".join(s.text for s in result.sentences if s.repeat_of is None))


def hamming(a: str, b: str) -> int:
    """Bits in which two fingerprints differ."""
    return (int(a, 16) ^ int(b, 16)).bit_count()


def near_duplicate(a: str | None, b: str | None) -> bool:
    """Whether two fingerprints are those of copies of one story (an unknown one is never a copy)."""
    return a is not None and b is not None and hamming(a, b) <= NEAR_DUPLICATE_BITS
