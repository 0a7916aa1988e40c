"""Numbers as written in news, into :class:`~conflictevents.models.Quantity`.

Reads digits with separators and suffixes ("10,000", "1,000km2", "40%",
"1.5 million"), words and compounds ("Seventy-five", "a hundred and one",
"two thousand"), qualifiers ("at least four", "more than 30", "as many as
8,000", "nearly 500", "about 800"), ranges ("one to three kilometres",
"10-15") and vague amounts ("dozens", "hundreds", "a dozen", "several").

:data:`QUANTITY` is the one regular expression (a string, for use inside
larger patterns) that finds such a phrase; :func:`parse_quantity` turns the
matched text into a value.

>>> parse_quantity("at least four").value
4
>>> q = parse_quantity("one to three")
>>> (q.value, q.low, q.high, q.qualifier.value)
(None, 1, 3, 'range')
>>> parse_quantity("Seventy-five").value
75
>>> parse_quantity("1.5 million").value
1500000
>>> parse_quantity("dozens").qualifier.value
'vague'
"""

from __future__ import annotations

import functools
from typing import Any

import regex

from .trie import compile_lists
from ..models import Qualifier, Quantity, Span

__all__ = ["QUANTITY", "NUMBER", "MAX_DIGITS", "parse_number", "parse_quantity", "UNITS", "WORD_NUMBERS"]

#: Number words and their values.
WORD_NUMBERS: dict[str, int] = {
    "zero": 0, "no": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_DOZEN = {"dozen": 12, "a dozen": 12, "half a dozen": 6}

#: Vague amounts: word -> (low bound, qualifier text). Their value is None.
VAGUE: dict[str, int] = {
    "dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "tens of thousands": 20000,
    "hundreds of thousands": 200000, "millions": 2000000, "several": 3, "a few": 2, "few": 2,
    "some": 2, "many": 10, "numerous": 10, "a number of": 2, "multiple": 2,
}

#: Qualifier phrases and what they mean.
QUALIFIERS: dict[str, Qualifier] = {
    "at least": Qualifier.AT_LEAST, "no fewer than": Qualifier.AT_LEAST, "no less than": Qualifier.AT_LEAST,
    "a minimum of": Qualifier.AT_LEAST,
    "more than": Qualifier.MORE_THAN, "over": Qualifier.MORE_THAN, "upwards of": Qualifier.MORE_THAN,
    "in excess of": Qualifier.MORE_THAN, "above": Qualifier.MORE_THAN,
    "as many as": Qualifier.AT_MOST, "up to": Qualifier.AT_MOST, "at most": Qualifier.AT_MOST,
    "no more than": Qualifier.AT_MOST, "a maximum of": Qualifier.AT_MOST,
    "fewer than": Qualifier.LESS_THAN, "less than": Qualifier.LESS_THAN, "under": Qualifier.LESS_THAN,
    "almost": Qualifier.ABOUT, "nearly": Qualifier.ABOUT, "about": Qualifier.ABOUT, "around": Qualifier.ABOUT,
    "some": Qualifier.ABOUT, "roughly": Qualifier.ABOUT, "approximately": Qualifier.ABOUT,
    "an estimated": Qualifier.ABOUT, "close to": Qualifier.ABOUT, "just over": Qualifier.MORE_THAN,
    "just under": Qualifier.LESS_THAN, "more or less": Qualifier.ABOUT, "circa": Qualifier.ABOUT,
}

#: Unit suffixes: written form -> canonical unit.
UNITS: dict[str, str] = {
    "km2": "km2", "km²": "km2", "sq km": "km2", "square kilometres": "km2", "square kilometers": "km2",
    "square km": "km2", "km": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km",
    "kilometer": "km", "miles": "mi", "mile": "mi", "square miles": "mi2", "sq miles": "mi2",
    "%": "percent", "percent": "percent", "per cent": "percent", "metres": "m", "meters": "m",
}

_UNIT_WORDS = sorted(UNITS, key=len, reverse=True)
_WORD_LIST = sorted(set(WORD_NUMBERS) - {"a", "an", "no", "single"}, key=len, reverse=True)
_QUAL_LIST = sorted(QUALIFIERS, key=len, reverse=True)
_VAGUE_LIST = sorted(VAGUE, key=len, reverse=True)

# A number in digits: 10,000 | 1.5 | 40 | 2024 (never more than 15 digit groups).
_DIGITS = r"\d{1,3}(?:,\d{3}){1,5}(?!\d)|\d{1,15}(?:\.\d{1,6})?"
# A number in words: "seventy-five", "a hundred and one", "two thousand", "1.5 million".
_SCALE = r"(?:[ ](?:hundred|thousand|million|billion)(?:[ ](?:and[ ])?(?:\L<word_numbers>)(?:[- ](?:\L<word_numbers>))?)?)"
_WORDNUM = (
    rf"(?:(?:\L<word_numbers>)(?:[- ](?:\L<word_numbers>))?{_SCALE}{{0,3}}"
    rf"|(?:a|an|one){_SCALE}{{1,3}})"
)
#: A bare number (digits or words, optionally with a scale word).
NUMBER = rf"(?:(?:{_DIGITS})(?:[ ](?:million|billion|thousand))?|{_WORDNUM}|(?:half[ ])?a[ ]dozen|dozen)"
#: A quantity phrase: a vague amount; or qualifier, number or range, unit.
QUANTITY = (
    rf"(?<![\p{{L}}\d])(?:"
    rf"between[ ](?!(?:19|20)\d\d(?![\d,]))(?:{NUMBER})[ ]and[ ](?:{NUMBER})(?:[ ]?(?:\L<units>))?(?![\p{{L}}\d])|"  # "between 20 and 30"
    rf"(?:(?:\L<qualifiers>)[ ])?(?:{NUMBER})(?:[ ]?(?:to|-|\u2013|or)[ ]?(?:{NUMBER}))?"
    rf"(?:[ ]?(?:\L<units>))?(?![\p{{L}}\d])"
    rf"|(?:\L<vague>)(?:[ ]of)?(?![\p{{L}}])"
    rf")"
)

_LISTS = {
    "word_numbers": _WORD_LIST,
    "qualifiers": _QUAL_LIST,
    "units": _UNIT_WORDS,
    "vague": _VAGUE_LIST,
}

#: Named lists to pass to :func:`regex.compile` with a pattern using :data:`QUANTITY`.
NAMED_LISTS = _LISTS



# The two long patterns of this module are compiled on first use (a tenth of a second of start-up):
# the mention finder compiles QUANTITY itself, and ranges ("20 to 30") are rare.
@functools.cache
def _full() -> Any:
    return compile_lists(rf"(?i)(?:{QUANTITY})", **_LISTS)


@functools.cache
def _range_split() -> Any:
    return compile_lists(rf"(?i)^(?P<a>{NUMBER})[ ]?(?:to|-|\u2013|or)[ ]?(?P<b>{NUMBER})$", **_LISTS)

_TOKEN = regex.compile(r"[a-z]+")


#: Longest whole part of a number in digits that is read as a count (as in
#: :data:`NUMBER`); a longer one ("9" * 400) is no quantity.
MAX_DIGITS = 15

# Small patterns of the functions below, compiled once.
_PLAIN_NUMBER = regex.compile(r"(\d[\d,]*(?:\.\d+)?)(?:[ ](million|billion|thousand))?")


def parse_number(text: str) -> int | None:
    """The integer value of a bare number in digits or words, or ``None``.

    >>> parse_number("1,500"), parse_number("9" * 400)
    (1500, None)
    """
    t = text.strip().lower().replace("\u2013", "-")
    if not t:
        return None
    m = _PLAIN_NUMBER.fullmatch(t)
    if m:
        digits = m.group(1).replace(",", "")
        if len(digits.partition(".")[0]) > MAX_DIGITS:
            return None  # no count in the news has that many digits (and float() would overflow)
        try:
            num = float(digits)
        except ValueError:
            return None  # digits of a script Python's Unicode tables do not know yet ("\U00016d72")
        scale = _SCALES.get(m.group(2) or "", 1)
        return int(round(num * scale))
    if t in _DOZEN:
        return _DOZEN[t]
    total, current, seen = 0, 0, False
    for tok in _TOKEN.findall(t.replace("-", " ")):
        if tok == "and":
            continue
        if tok in WORD_NUMBERS:
            current += WORD_NUMBERS[tok]
            seen = True
        elif tok in _SCALES:
            scale = _SCALES[tok]
            current = max(current, 1) * scale
            if scale >= 1000:
                total += current
                current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def parse_quantity(text: str, span: Span | None = None) -> Quantity | None:
    """Read a quantity phrase (as matched by :data:`QUANTITY`) into a :class:`~conflictevents.models.Quantity`."""
    written = text.strip()
    t = " ".join(written.lower().split())
    if not t:
        return None
    for vague in _VAGUE_LIST:
        if t == vague or t == vague + " of":
            return Quantity(value=None, qualifier=Qualifier.VAGUE, low=VAGUE[vague], written=written, span=span)
    qualifier = Qualifier.EXACT
    for q in _QUAL_LIST:
        if t.startswith(q + " "):
            qualifier = QUALIFIERS[q]
            t = t[len(q) + 1 :]
            break
    unit = None
    for u in _UNIT_WORDS:
        if t.endswith(u):
            head = t[: -len(u)]
            if head and (head[-1] in " 0123456789" or not u[0].isalpha()):
                unit = UNITS[u]
                t = head.strip()
                break
    if t.startswith("between ") and " and " in t:
        t = t[len("between "):].replace(" and ", " to ", 1)  # "between 20 and 30": a range
    rng = _range_split().match(t) if parse_number(t) is None else None
    if rng:
        a, b = parse_number(rng.group("a")), parse_number(rng.group("b"))
        if a is not None and b is not None and a <= b:
            return Quantity(value=None, qualifier=Qualifier.RANGE, low=a, high=b,
                            unit=unit, written=written, span=span)
    value = parse_number(t)
    if value is None:
        return None
    low = high = None
    if qualifier in (Qualifier.AT_LEAST,):
        low = value
    elif qualifier is Qualifier.MORE_THAN:
        low = value + 1
    elif qualifier is Qualifier.AT_MOST:
        high = value
    elif qualifier is Qualifier.LESS_THAN:
        high = max(value - 1, 0)
    elif qualifier is Qualifier.EXACT:
        low = high = value
    return Quantity(value=value, qualifier=qualifier, low=low, high=high, unit=unit, written=written, span=span)


def find_quantities(text: str) -> list[tuple[int, int, Quantity]]:
    """All quantity phrases in ``text`` with their offsets (for tests and tools)."""
    out = []
    for m in list(_full().finditer(text, timeout=1.0)):
        if not m.group().strip():
            continue
        q = parse_quantity(m.group())
        if q is not None:
            out.append((m.start(), m.end(), q))
    return out
