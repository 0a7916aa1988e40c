"""Cleaning keeps an exact map back to the original characters."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from conflictevents.text.clean import clean

WORD = regex.compile(r"[\p{L}\p{N}]+")


def test_normalises_quotes_dashes_and_spaces():
    c = clean("\u201cWe\u2019re here,\u201d\u00a0he said \u2014\u00a0twice.\u200b\u00ad\r\nNext\t\tline   ")
    assert c.text == '"We\'re here," he said \u2014 twice.\nNext line'


def test_collapses_blank_lines_and_trailing_spaces():
    assert clean("a  \n\n\n\n b").text == "a\n\nb"


def test_ligature_expansion_maps_back():
    c = clean("e\ufb01x")
    assert c.text == "efix"
    assert c.to_original(1, 3) == (1, 2)


@settings(max_examples=300)
@given(st.text(st.characters(), max_size=200))
def test_mapped_spans_are_in_bounds_and_keep_the_words(text):
    c = clean(text)
    for m in WORD.finditer(c.text):
        s, e = c.to_original(m.start(), m.end())
        assert 0 <= s <= e <= len(text)
        original = text[s:e]
        # the same word, once the original is cleaned the same way
        assert clean(original).text == m.group() or m.group() in clean(original).text


@settings(max_examples=200)
@given(st.text(st.sampled_from("ab \n\t\u00a0\u2019\u201c-\u2014\u200b\ufb01"), max_size=80))
def test_every_clean_index_maps_monotonically(text):
    c = clean(text)
    prev = 0
    for i in range(len(c.text) + 1):
        o = c.original_index(i)
        assert prev <= o <= len(text)
        prev = o


# Issue 16, item 9: a NUL (or another control character) passed into the events' evidence.
def test_control_characters_are_boundaries_no_sentence_crosses():
    c = clean("drones\x00hit\x07the port\x1b[2J")
    assert c.text == "drones\nhit\nthe port\n[2J"
    assert c.to_original(7, 10) == (7, 10)


@settings(max_examples=100)
@given(st.lists(st.sampled_from(["Russia launched 40 drones at Kharkiv", " ", ".", "\x00", "\x07", "\x1b", "\x85",
                                 "\x9b", "\x7f", " on Monday", " Odesa"]), max_size=30).map("".join))
def test_no_event_evidence_holds_a_control_character(extractor, text):
    for e in extractor.extract(text, published="2025-03-04").events:
        assert not regex.search(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]", e.evidence), e.evidence
