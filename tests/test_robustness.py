"""Nothing breaks it: arbitrary text, adversarial shapes, and the same output every time.

The classes of input issue 16 found are properties here: lone surrogates,
control characters, numbers too long for a float, publication dates at the
ends of the calendar, boilerplate glued onto an article's line, and the
command line's readers and writers fed all of these.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
import time

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conflictevents.arguments import find_surrogate
from conflictevents.errors import InputError
from conflictevents.serialize import dumps_event, loads_event

from . import strategies as sts

WORDS = ["Russia", "launched", "drones", "at", "Kharkiv", "the", "village", "of", "captured", "said", "killed",
         "12", "people", "\"", "'s", ",", ".", "\n", "Ukraine's", "army", "denied", "met", "talks", "troops",
         "deployed", "in", "region", "Zelensky", "on", "Monday", "at least", "dozens", "missiles", "shot down"]


def check(result, text):
    for e in result.events:
        assert 0 <= e.span.start <= e.span.end <= len(text)
        assert text[e.span.start:e.span.end] == e.evidence
        assert loads_event(dumps_event(e)) == e


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(st.characters(exclude_categories=["Cs"]), max_size=300))
def test_arbitrary_unicode_never_raises(extractor, text):
    check(extractor.extract(text, published="2025-03-04", doc_id="h"), text)


@settings(max_examples=100, deadline=None)
@given(sts.hostile_text, st.one_of(st.none(), st.dates(), st.datetimes(), st.sampled_from(
    [dt.date.min, dt.date.max, "0001-01-01", "9999-12-31", "2025-03-04T23:59:59Z"])))
def test_hostile_text_and_dates_give_events_or_an_input_error(extractor, text, published):
    # lone surrogates, control characters, 400-digit numbers, "yesterday" on date.min
    try:
        result = extractor.extract(text, published=published, doc_id="h")
    except InputError as err:
        assert find_surrogate(text) >= 0 and "lone surrogate" in str(err)
        return
    assert find_surrogate(text) < 0
    check(result, text)
    for e in result.events:
        assert not regex.search(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]", e.evidence)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.one_of(st.text(max_size=12), st.integers(), st.none()), sts.hostile_text,
                          st.sampled_from(["2025-03-04", "", "yesterday", "9" * 200, "2025-02-30"])),
                min_size=1, max_size=4),
       st.sampled_from(["jsonl", "json", "csv", "geojson", "table"]), st.sampled_from(["replace", "strict"]))
def test_the_command_line_writes_every_batch_it_can_read(tmp_path_factory, records, fmt, errors):
    # issue 16, item 1: a lone surrogate in a JSON Lines record killed the run in every format
    from conflictevents.cli import EXIT_OK, EXIT_SOME_FAILED, main

    folder = tmp_path_factory.mktemp("batch")
    src = folder / "in.jsonl"
    lines = [json.dumps({"id": i, "text": t, "published": p}) for i, t, p in records]
    src.write_text("\n".join(lines) + "\n", encoding="ascii")
    out = folder / "out"
    stderr, sys.stderr = sys.stderr, io.StringIO()
    try:
        code = main([str(src), "-f", fmt, "-o", str(out), "-q", "--encoding-errors", errors])
    finally:
        sys.stderr = stderr
    assert code in (EXIT_OK, EXIT_SOME_FAILED)
    if out.exists():
        written = out.read_bytes().decode("utf-8")
        assert "\x00" not in written
        if fmt in ("json", "geojson"):
            json.loads(written)
        elif fmt == "jsonl":
            [json.loads(line) for line in written.splitlines()]
    assert [p.name for p in folder.iterdir() if p.name.endswith(".part")] == []


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


ONE_LINE_ARTICLE = ("Russia launched 40 drones at Kharkiv overnight, Ukraine's air force said on Tuesday. "
                    "The Russian defence ministry said its forces captured the village of Novopil.")


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["Share on Facebook.", "Photo: AFP.", "Subscribe to our newsletter.",
                                 "Your support helps us keep reporting.", "Advertisement.", "Read more.",
                                 "Our journalists rely on readers like you.", "Donate now."]), max_size=4),
       st.lists(st.sampled_from(["Share on X.", "Leave a Reply.", "Subscribe to our daily briefing.",
                                 "Please donate today to support independent journalism."]), max_size=3))
def test_boilerplate_on_the_article_s_own_line_changes_nothing(extractor, before, after):
    # issue 16, item 2: boilerplate sentences glued onto the same line (a one-line page)
    plain = extractor.extract(ONE_LINE_ARTICLE, published="2025-03-04", doc_id="a")
    head = " ".join(before) + " " if before else ""
    padded = extractor.extract(head + ONE_LINE_ARTICLE + (" " + " ".join(after) if after else ""),
                               published="2025-03-04", doc_id="a")

    def key(r, offset):
        return [(e.event_type, e.span.start - offset, e.evidence, e.rule) for e in r.events]

    assert key(plain, 0) == key(padded, len(head))


def test_output_is_byte_identical_across_runs(extractor):
    from conflictevents import Extractor
    text = "\n".join(WORDS * 20)
    a = "\n".join(dumps_event(e) for e in extractor.extract(text, published="2025-03-04", doc_id="x").events)
    b = "\n".join(dumps_event(e) for e in Extractor().extract(text, published="2025-03-04", doc_id="x").events)
    assert a == b


NORMAL = ("Russia launched {k} drones at Kharkiv overnight, Ukraine's air force said. {k} people were injured "
          "in the attack, the governor said. Talks between the two sides stalled in Istanbul on day {k}.\n")


def _varied(unit: str, n: int) -> str:
    """``n`` characters of ``unit`` repeated, each copy numbered (``{k}``, or a number put in front): no two
    sentences or cut pieces are the same, so the text layer's skipping of repeated sentences does not hide
    the grammars' cost."""
    out, size, k = [], 0, 0
    while size < n:
        piece = unit.replace("{k}", str(k)) if "{k}" in unit else f"{k} {unit}"
        out.append(piece)
        size += len(piece)
        k += 1
    return "".join(out)[:n]


ADVERSARIAL = {
    "one long line": lambda n: _varied("word word word word ", n),
    "empty lines": lambda n: "\n" * n,
    "trigger words": lambda n: _varied("attack strike drones missiles killed captured said ", n),
    "village of": lambda n: _varied("the village of the village of ", n),
    "quotes and brackets": lambda n: _varied('"("("("(', n),
    "number words": lambda n: _varied("one hundred and twenty-five thousand ", n),
    "digits": lambda n: ("1" * n),
    "capitalised names": lambda n: _varied("Kharkiv Donetsk Zaporizhzhia Lugansk ", n),
    "control and rtl": lambda n: _varied("\x00\x07\u202e\u200f\ufffd Київ 🚀 ", n),
    # shapes the grammars look behind and ahead of: dashed asides, distances, quoted modifiers, posts "to"
    "dashed asides": lambda n: _varied("a drone hit Sumy \u2014 the attack \u2014 killing two ", n),
    "distances": lambda n: _varied("12 km east of 60 km north of Kobani ", n),
    "quoted modifiers": lambda n: _varied("'very good' \"productive\" call ", n),
    "posts to": lambda n: _varied("Russia's ambassador to the UN to the envoy to ", n),
}


def timed(extractor, text):
    t0 = time.perf_counter()
    extractor.extract(text, published="2025-03-04", doc_id="adv")
    return time.perf_counter() - t0


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_input_costs_like_normal_text(extractor, name):
    n = 200_000
    normal = _varied(NORMAL, n)
    t_normal = timed(extractor, normal)
    t_bad = timed(extractor, ADVERSARIAL[name](n))
    # compared with the same size of normal news text, never an absolute time
    assert t_bad <= 3 * t_normal + 0.5, (name, t_bad, t_normal)


@pytest.mark.slow
def test_cost_grows_linearly(extractor):
    small = ADVERSARIAL["trigger words"](50_000)
    big = ADVERSARIAL["trigger words"](200_000)
    t_small = timed(extractor, small)
    t_big = timed(extractor, big)
    assert t_big <= 4 * t_small * 2 + 0.5
