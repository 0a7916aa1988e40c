"""The token-guided search of numbers and dates finds exactly what a whole search finds.

The mention finder tries the number and date patterns only at words that can
start a match (:mod:`conflictevents.mentions.scan`), from tables written for
the patterns as they are. A pattern that changes without its table being
checked switches the guided search off (correct, but several times slower):
the first test makes that a failure to look at, not a silent slow-down.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from conflictevents.grammars.speakers import Speakers
from conflictevents.lexicons import Lexicons
from conflictevents.lexicons import dates, numbers
from conflictevents.mentions import finder as finder_module
from conflictevents.mentions.finder import MentionFinder
from conflictevents.mentions.scan import scan
from conflictevents.mentions.tokens import Tokens

_FINDER = MentionFinder(Lexicons())


@pytest.fixture(scope="module")
def finder() -> MentionFinder:
    return _FINDER


def test_the_start_tables_were_written_for_the_patterns_as_they_are():
    # On a failure: check _date_starts/_quantity_starts against the changed pattern (every alternative's
    # first word, and the words that may follow it), add cases below, then update the fingerprint.
    assert finder_module._fingerprint(dates.DATE) == finder_module._DATE_FINGERPRINT
    assert finder_module._fingerprint(numbers.QUANTITY) == finder_module._QUANTITY_FINGERPRINT


def test_the_finder_uses_the_guided_search(finder):
    assert finder._date_starts is not None and finder._quantity_starts is not None


#: Sentences in the project's own words, each holding dates or numbers of one shape of the patterns.
SENTENCES = [
    "Drones hit the depot over the weekend, and again at the weekend before.",
    "Shelling went on throughout the past weekend and this past weekend too.",
    "The talks on the weekend of 4 May ended early; during the weekend nobody spoke.",
    "Officials met on Monday, then on Tuesday night, and on 3 March 2024.",
    "Strikes since Feb. 24 and since Sept. 3, 2023 have killed at least 40 people.",
    "In late June and by mid-July, some two dozen villages had changed hands.",
    "The attack overnight on March 3 wounded a dozen soldiers and half a dozen medics.",
    "Earlier this month and later in the week, about 1,200 troops arrived; nearly 300 more by the end of 2025.",
    "Last night, this morning and yesterday, up to five drones flew in; tonight dozens more are expected.",
    "A 72-year-old man and more than 150 others were hurt last week, in 2022 and in early 2023.",
    "Next spring, next month and this year: several hundred soldiers, tens of thousands of shells.",
    "On the 5th of May, 5th May and May 5th, two to three battalions moved.",
    "Drones came over the past night, again during the night and on the night of 4 May, not in the night sky.",
]


def _assert_guided_is_whole(pattern, starts, tok):
    """The guided search finds exactly the matches of the whole search."""
    assert [(m.start(), m.end()) for m in scan(pattern, starts, tok)] == \
        [(m.start(), m.end()) for m in pattern.finditer(tok.text)]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_guided_search_equals_whole_search(finder, sentence):
    tok = Tokens.of(sentence)
    for pattern, starts in ((finder._date, finder._date_starts), (finder._quantity, finder._quantity_starts)):
        assert starts is not None
        _assert_guided_is_whole(pattern, starts, tok)


#: Words and marks the date and number patterns are made of, and words that are neither.
_WORDS = ["on", "the", "weekend", "over", "at", "this", "past", "last", "next", "throughout", "during", "since",
          "in", "by", "until", "from", "Monday", "Sunday", "night", "May", "may", "June", "Feb.", "Sept.", "3",
          "24th", "2024", "1,200", "five", "dozen", "a", "half", "least", "more", "than", "about", "some",
          "tens", "of", "thousands", "hundred", "week", "month", "year", "end", "mid-July", "early", "late",
          "overnight", "today", "yesterday", "earlier", "later", "spring", "soldiers", "drones", "-", ",", ".",
          "Kharkiv", "strike", "fired", "İstanbul", "ﬁve"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14),
       st.lists(st.sampled_from([" ", "", "  "]), min_size=14, max_size=14))
def test_guided_search_equals_whole_search_on_word_salad(words, gaps):
    text = "".join(w + g for w, g in zip(words, gaps))
    f = _FINDER
    tok = Tokens.of(text)
    for pattern, starts in ((f._date, f._date_starts), (f._quantity, f._quantity_starts)):
        assert starts is not None
        _assert_guided_is_whole(pattern, starts, tok)



#: Numbers alone before words that do and do not make them dates ("14 May", "3 days ago"; "14 injured").
_NUMBER_WORDS = ["14", "3", "07", "999", "1000", "2025", "1,000", "14th", "May", "Feb.", "days", "day", "weeks",
                 "fortnight", "hours", "ago", "later", "earlier", "injured", "of", "drones", "-", ",", ".", "dayſ",
                 "\u212aharkiv", "on", "the", "a", "two"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_NUMBER_WORDS), min_size=1, max_size=10),
       st.lists(st.sampled_from([" ", "", "  ", ", "]), min_size=10, max_size=10))
def test_a_number_alone_starts_a_date_only_before_a_month_or_a_unit(words, gaps):
    text = "".join(w + g for w, g in zip(words, gaps))
    f = _FINDER
    tok = Tokens.of(text)
    for pattern, starts in ((f._date, f._date_starts), (f._quantity, f._quantity_starts)):
        assert starts is not None
        _assert_guided_is_whole(pattern, starts, tok)
    assert _SPEAKERS.cue_words(tok) == [m.group().lower() for m in _SPEAKERS.cues.finditer(text)]


#: A preposition, "the" and the words that may and may not come next ("in the early hours", "in the house").
_AFTER_THE_WORDS = ["in", "on", "at", "over", "during", "throughout", "since", "by", "from", "until", "the", "The",
                    "THE", "then", "same", "day", "early", "small", "wee", "hours", "past", "last", "three", "days",
                    "night", "weekend", "end", "of", "2024", "4th", "2nd", "May", "spring", "autumn", "fall", "house",
                    "city", "ſame", "\u212aharkiv", "-", ","]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_AFTER_THE_WORDS), min_size=1, max_size=10),
       st.lists(st.sampled_from([" ", "", "  ", ", "]), min_size=10, max_size=10))
def test_a_preposition_and_the_start_a_date_only_before_its_third_words(words, gaps):
    text = "".join(w + g for w, g in zip(words, gaps))
    f = _FINDER
    tok = Tokens.of(text)
    assert f._date_starts is not None
    _assert_guided_is_whole(f._date, f._date_starts, tok)


#: Sentences holding conflict words in the shapes the cue list has (several words, hyphens, inside a compound).
CUE_SENTENCES = SENTENCES + [
    "A double-tap strike hit rescuers near the front line after a counter-attack.",
    "War-torn towns saw shelling, air defences and double taps; the air raid ended.",
    "Talks by phone on security guarantees and a pull-out were held; troops pulled out.",
    "The warfare of words: wards, warned, Attacks, ATTACKED and de-escalation.",
    "Kyiv’s “ceasefire” and Zaporizhzhia’s shelled suburbs: 5drones, drones5, drones.",
]


@pytest.mark.parametrize("sentence", CUE_SENTENCES)
def test_conflict_words_found_by_the_guided_search_are_those_of_the_whole_search(sentence):
    speakers = _SPEAKERS
    tok = Tokens.of(sentence)
    assert speakers.cue_words(tok) == [m.group().lower() for m in speakers.cues.finditer(sentence)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS + ["war", "wars", "front", "line", "air", "defence", "double-tap", "tap",
                                          "shot", "down", "by", "phone", "de-escalation", "troops", "5", "ſtrike"]),
                min_size=1, max_size=14),
       st.lists(st.sampled_from([" ", "", "-"]), min_size=14, max_size=14))
def test_conflict_words_guided_equals_whole_on_word_salad(words, gaps):
    text = "".join(w + g for w, g in zip(words, gaps))
    assert _SPEAKERS.cue_words(Tokens.of(text)) == [m.group().lower() for m in _SPEAKERS.cues.finditer(text)]


_SPEAKERS = Speakers(Lexicons())


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["could", "not", "be", "independently", "VERIFIED", "verİfied", "verıfied",
                                 "confirmed", "Confirm", "no", "independent", "verification", "Both", "sides",
                                 "accused", "ACCUSED", "traded", "tradeD", "exchanged", "accusations", "blame", "each", "other", "ſ", "K",
                                 "X", "and"]),
                min_size=1, max_size=10))
@example(["could", "not", "be", "verİfied"])  # (regex reads "İ" as a capital "i"; casefold does not give "i")
@example(["Both", "sides", "ACCUſED", "each", "other"])
def test_may_hold_never_hides_a_match(words):
    from conflictevents.grammars import claim
    from conflictevents.linking import _NOT_VERIFIED_WORDS, NOT_VERIFIED
    from conflictevents.mentions.scan import may_hold
    text = " ".join(words)
    for pattern, needles in ((NOT_VERIFIED, _NOT_VERIFIED_WORDS), (claim._RECIPROCAL, claim._RECIPROCAL_WORDS)):
        if pattern.search(text):
            assert may_hold(text, needles)


def test_required_prefixes_read_each_alternative_and_refuse_other_shapes():
    from conflictevents.mentions.scan import required_prefixes
    assert required_prefixes(r"\b(?:on[ ]strike|strikers?|(?:car|bus)[ ]crash|free[ -]kick)\b|\bair[ ]raid") == (
        "on strike", "striker", "car crash", "bus crash", "free", "air raid")
    # a group after a word: each of its alternatives, and on past it when each is a literal of its own
    assert required_prefixes(r"in[ ](?:a|the)[ ]crush|mine[ ]collaps(?:e|ed)?") == (
        "in a crush", "in the crush", "mine collaps")
    assert required_prefixes(r"(?:knock|hit)[ ](?:out|down(?:ed)?)[ ]x") == ("knock ", "hit ")  # (long enough)
    assert required_prefixes(r"up[ ](?:to|down(?:ed)?)[ ]x") == ("up to", "up down")  # (one goes on otherwise)
    assert required_prefixes(r"(?:a|b)+c") == ("a", "b")  # (a repeated group: its first round only)
    assert required_prefixes(r"\b(?:a|b)?c") is None  # an optional group starts nothing
    assert required_prefixes(r"\b[a-z]+ attack") is None  # a class
    assert required_prefixes(r"x?y") is None  # an optional first letter


def _guard_words() -> list[str]:
    import regex
    from conflictevents.grammars.strike import GUARDS
    words = sorted({w for g in GUARDS for w in regex.findall(r"[a-z]+", g.pattern) if len(w) > 1})
    return words + [w.upper() for w in words[:20]] + ["İn", "ſtorm", "Rovers", "2-0", "the", "a", "killed"]


@pytest.mark.parametrize("index", range(12))
def test_every_strike_guard_is_gated_and_its_examples_pass_the_gate(index):
    from conflictevents.grammars import strike
    from conflictevents.mentions.scan import fold, holds_any
    guard, pattern, starts = strike._GUARD_PATTERNS[index]
    assert starts, guard.id  # (a guard the gate cannot read is searched every time: slow, not wrong)
    for example in guard.examples:
        assert pattern.search(example) and holds_any(fold(example), starts), (guard.id, example)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_guard_words()), min_size=1, max_size=8),
       st.lists(st.sampled_from([" ", "-", ""]), min_size=8, max_size=8))
def test_a_guard_gate_never_hides_a_match(words, gaps):
    from conflictevents.grammars import strike
    from conflictevents.mentions.scan import fold, holds_any
    text = "".join(w + g for w, g in zip(words, gaps))
    folded = fold(text)
    for guard, pattern, starts in strike._GUARD_PATTERNS:
        if pattern.search(text):
            assert holds_any(folded, starts), (guard.id, text)
