"""Numbers as written in news (phrasings written for the project)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflictevents.lexicons.numbers import find_quantities, parse_number, parse_quantity
from conflictevents.models import Qualifier

CASES = [
    ("10,000", 10000, Qualifier.EXACT, None, None, None),
    ("1,000km2", 1000, Qualifier.EXACT, None, None, "km2"),
    ("40%", 40, Qualifier.EXACT, None, None, "percent"),
    ("Seventy-five", 75, Qualifier.EXACT, None, None, None),
    ("a hundred and one", 101, Qualifier.EXACT, None, None, None),
    ("at least four", 4, Qualifier.AT_LEAST, 4, None, None),
    ("more than 30", 30, Qualifier.MORE_THAN, 31, None, None),
    ("as many as 8,000", 8000, Qualifier.AT_MOST, None, 8000, None),
    ("nearly 500", 500, Qualifier.ABOUT, None, None, None),
    ("about 800", 800, Qualifier.ABOUT, None, None, None),
    ("some 90 square kilometres", 90, Qualifier.ABOUT, None, None, "km2"),
    ("one to three kilometers", None, Qualifier.RANGE, 1, 3, "km"),
    ("dozens", None, Qualifier.VAGUE, 24, None, None),
    ("hundreds", None, Qualifier.VAGUE, 200, None, None),
    ("a dozen", 12, Qualifier.EXACT, 12, 12, None),
    ("1.5 million", 1500000, Qualifier.EXACT, 1500000, 1500000, None),
    ("at least 12km", 12, Qualifier.AT_LEAST, 12, None, "km"),
]


@pytest.mark.parametrize("text, value, qualifier, low, high, unit", CASES)
def test_parse(text, value, qualifier, low, high, unit):
    q = parse_quantity(text)
    assert q is not None
    assert (q.value, q.qualifier) == (value, qualifier)
    if low is not None:
        assert q.low == low
    if high is not None:
        assert q.high == high
    assert q.unit == unit


def test_find_in_sentence_respects_word_boundaries():
    text = "At least four people died and dozens were hurt; 101 drones and a hundred and one shells"
    found = [(text[s:e], q.value) for s, e, q in find_quantities(text)]
    assert found == [("At least four", 4), ("dozens", None), ("101", 101), ("a hundred and one", 101)]


ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def words(n: int) -> str:
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        return ONES[n // 100] + " hundred" + (" and " + words(rest) if rest else "")
    rest = n % 1000
    return words(n // 1000) + " thousand" + (" " + words(rest) if rest else "")


@given(st.integers(0, 999_999), st.sampled_from(["", "at least ", "more than ", "about ", "as many as "]),
       st.sampled_from(["digits", "commas", "words"]))
def test_any_integer_parses_back(n, qualifier, style):
    written = {"digits": str(n), "commas": f"{n:,}", "words": words(n)}[style]
    q = parse_quantity(qualifier + written)
    assert q is not None and q.value == n


# Issue 16, item 3: 309 digits or more overflowed float() and failed the whole document.
@pytest.mark.parametrize("digits", [16, 308, 309, 400, 5000])
def test_a_number_too_long_to_be_a_count_is_no_quantity(digits):
    assert parse_number("9" * digits) is None
    assert parse_number("9" * digits + " million") is None
    assert parse_quantity("at least " + "9" * digits) is None


@given(st.text(st.sampled_from("0123456789,. "), max_size=400))
def test_any_run_of_digits_parses_without_raising(written):
    q = parse_quantity(written)
    assert q is None or q.value is None or 0 <= q.value < 10 ** 16 * 10 ** 9


# Found by the fuzzer: `regex` knows digits of newer scripts (U+16D72) that Python's float() does not.
@given(st.text(st.characters(categories=["Nd"]), min_size=1, max_size=12))
def test_digits_of_any_script_parse_without_raising(written):
    q = parse_quantity(written)
    assert q is None or q.value is None or q.value >= 0
    parse_number(written + " million")


def test_a_digit_only_the_regex_module_knows_is_no_number():
    # U+16D72 is a digit to `regex` (Unicode 16) and not to float() on Python 3.11: it raised ValueError
    assert parse_number("\U00016d72") is None
    parse_quantity("\U00016d72\U00016d72 drones")  # reads, never raises
