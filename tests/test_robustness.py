"""Nothing breaks it: arbitrary text, adversarial shapes, and the same output every time."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conflictevents.serialize import dumps_event, loads_event

WORDS = ["Russia", "launched", "drones", "at", "Kharkiv", "the", "village", "of", "captured", "said", "killed",
         "12", "people", "\"", "'s", ",", ".", "\n", "Ukraine's", "army", "denied", "met", "talks", "troops",
         "deployed", "in", "region", "Zelensky", "on", "Monday", "at least", "dozens", "missiles", "shot down"]


def check(result, text):
    for e in result.events:
        assert 0 <= e.span.start <= e.span.end <= len(text)
        assert text[e.span.start:e.span.end] == e.evidence
        assert loads_event(dumps_event(e)) == e


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(st.characters(), max_size=300))
def test_arbitrary_unicode_never_raises(extractor, text):
    check(extractor.extract(text, published="2025-03-04", doc_id="h"), text)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join))
def test_news_like_word_salad_never_raises(extractor, text):
    check(extractor.extract(text, published="2025-03-04", doc_id="h"), text)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["Share on Facebook", "Photo: AFP", "3 hours ago", "Related Articles", "Comments",
                        "Subscribe to our newsletter", "Back to top"]),
       st.sampled_from(["Share on X", "Leave a Reply", "- Daily Example", "Hashtags"]))
def test_boilerplate_around_an_article_changes_nothing(extractor, before, after):
    article = ("Russia launched 40 drones at Kharkiv overnight, Ukraine's air force said on Tuesday.\n"
               "The Russian defence ministry said its forces captured the village of Novopil.\n")
    plain = extractor.extract(article, published="2025-03-04", doc_id="a")
    padded_text = f"{before}\n{article}{after}\n"
    padded = extractor.extract(padded_text, published="2025-03-04", doc_id="a")
    shift = len(before) + 1

    def key(r, offset):
        return [(e.event_type, e.span.start - offset, e.evidence, e.rule) for e in r.events]

    assert key(plain, 0) == key(padded, shift)


def test_output_is_byte_identical_across_runs(extractor):
    from conflictevents import Extractor
    text = "\n".join(WORDS * 20)
    a = "\n".join(dumps_event(e) for e in extractor.extract(text, published="2025-03-04", doc_id="x").events)
    b = "\n".join(dumps_event(e) for e in Extractor().extract(text, published="2025-03-04", doc_id="x").events)
    assert a == b


NORMAL = ("Russia launched 40 drones at Kharkiv overnight, Ukraine's air force said. Two people were injured "
          "in the attack, the governor said. Talks between the two sides stalled in Istanbul.\n")

ADVERSARIAL = {
    "one long line": lambda n: ("word " * (n // 5))[:n],
    "empty lines": lambda n: "\n" * n,
    "trigger words": lambda n: ("attack strike drones missiles killed captured said " * (n // 50 + 1))[:n],
    "village of": lambda n: ("the village of " * (n // 15 + 1))[:n],
    "quotes and brackets": lambda n: ('"(' * (n // 2 + 1))[:n],
    "number words": lambda n: ("one hundred and twenty-five thousand " * (n // 36 + 1))[:n],
    "digits": lambda n: ("1" * n),
    "capitalised names": lambda n: ("Kharkiv Donetsk Zaporizhzhia Lugansk " * (n // 36 + 1))[:n],
    "control and rtl": lambda n: ("\x00\x07\u202e\u200f\ud800 Київ 🚀 " * (n // 12 + 1))[:n],
}


def timed(extractor, text):
    t0 = time.perf_counter()
    extractor.extract(text, published="2025-03-04", doc_id="adv")
    return time.perf_counter() - t0


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_input_costs_like_normal_text(extractor, name):
    n = 200_000
    normal = (NORMAL * (n // len(NORMAL) + 1))[:n]
    t_normal = timed(extractor, normal)
    t_bad = timed(extractor, ADVERSARIAL[name](n))
    # compared with the same size of normal news text, never an absolute time
    assert t_bad <= 3 * t_normal + 0.5, (name, t_bad, t_normal)


def test_cost_grows_linearly(extractor):
    small = ADVERSARIAL["trigger words"](50_000)
    big = ADVERSARIAL["trigger words"](200_000)
    t_small = timed(extractor, small)
    t_big = timed(extractor, big)
    assert t_big <= 4 * t_small * 2 + 0.5
