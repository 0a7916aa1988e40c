"""Named word lists written as tries match exactly what ``regex`` named lists match."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from conflictevents.lexicons.trie import _case_contexts, compile_lists, expand_lists, trie_alternation

# Small alphabets make shared prefixes, case pairs and spaces common.
letters = st.sampled_from(list("abAB -#.'é"))
words = st.lists(st.text(letters, min_size=1, max_size=6), min_size=1, max_size=12)
texts = st.text(st.sampled_from(list("abAB -#.'éxX")), max_size=60)

PATTERNS = [
    (r"\L<w>", 0),
    (r"(?i)\L<w>", 0),
    (r"(?<![ab])\L<w>(?:[ ]x)?", regex.IGNORECASE),
    (r"(?i:\L<w>)[ ]?\L<w>", 0),
    (r"x?(?-i:\L<w>)", regex.IGNORECASE),
    ("(?x) \\L<w>  # a comment with ( and \\L<w>\n [ ]? (?i: \\L<w> )", 0),
    (r"[]L<(]?[\]<(]?\L<w>", 0),  # brackets and parentheses inside classes are not groups
]


@settings(max_examples=300, deadline=None)
@given(words, texts, st.sampled_from(PATTERNS))
def test_same_matches_as_named_lists(ws, text, case):
    pattern, flags = case
    named = regex.compile(pattern, flags, w=ws)
    trie = compile_lists(pattern, flags, w=ws)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in named.finditer(text)]
    assert [m.span() for m in trie.finditer(text, overlapped=True)] == \
        [m.span() for m in named.finditer(text, overlapped=True)]


def test_longer_words_win_and_shorter_ones_remain_on_backtracking():
    assert compile_lists(r"(?i)\L<w>", w=["US", "us army"]).match("US Army x").group() == "US Army"
    assert compile_lists(r"\L<w>(?=b)", w=["a", "ab"]).match("abc").group() == "a"


def test_the_case_context_of_each_list():
    found = [c for _, _, c in _case_contexts(r"\L<a>(?i:\L<b>(?-i:\L<c>))\L<d>", 0)]
    assert found == [False, True, False, False]
    assert [c for _, _, c in _case_contexts(r"(?i)\L<a>", 0)] == [True]
    assert [c for _, _, c in _case_contexts(r"\L<a>", regex.IGNORECASE)] == [True]


def test_special_characters_are_literal_even_in_verbose_patterns():
    pat = trie_alternation(["a b", "c#d", "e.f", "(g)"], ignore_case=False)
    rx = regex.compile(pat, regex.VERBOSE)
    assert [rx.fullmatch(w) is not None for w in ["a b", "c#d", "e.f", "(g)", "exf", "ab"]] == \
        [True, True, True, True, False, False]


def test_an_unknown_list_is_a_clear_error():
    try:
        expand_lists(r"\L<missing>", 0, other=["x"])
    except KeyError as err:
        assert "missing" in str(err)
    else:
        raise AssertionError("expected a KeyError")


def test_a_long_list_on_adversarial_text_is_fast_enough_to_finish():
    # 20,000 words sharing long prefixes, over 200 kB of their near misses: one pass, no blow-up
    ws = [f"Kharkiv{i:05d}" for i in range(20000)]
    rx = compile_lists(r"\L<w>", w=ws)
    text = "Kharkiv0000 " * 20000
    assert rx.search(text) is None
