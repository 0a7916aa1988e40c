"""The text layer on pages written for the project, in the shapes scrapers deliver."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from conflictevents.text import segment

PAGES = Path(__file__).parent / "fixtures" / "pages"


def page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def heads(text: str) -> list[str]:
    p = segment(text)
    return [text[a.headline.start:a.headline.end] for a in p.articles if a.headline]


def test_live_blog_entries_are_articles_and_repeats_are_marked():
    text = page("live_blog.txt")
    p = segment(text)
    assert heads(text) == ["War in Ukraine: live updates", "Drones target Odesa port for third night",
                           "Kyiv says talks with Ankara were productive", "Drones target Odesa port for third night"]
    rules = {b.rule for b in p.dropped}
    assert {"label", "timestamp", "share-prompt", "comments-widget"} <= rules
    repeats = [s for s in p.sentences if s.repeat_of is not None]
    assert len(repeats) == 3  # the repeated entry's headline and two sentences


def test_teaser_list_keeps_teasers_and_drops_outlet_lines():
    text = page("teasers.txt")
    assert heads(text) == ["Belarus moves troops towards the border", "Ceasefire proposal rejected, officials say"]
    dropped = [text[b.span.start:b.span.end] for b in segment(text).dropped]
    assert "- Example News" in dropped and "3 hours ago" in dropped and "Subscribe to our newsletter" in dropped


def test_pasted_stories_are_split_where_a_story_is_cut_off():
    text = page("pasted_stories.txt")
    p = segment(text)
    firsts = [text[a.sentences[0].span.start:][:20] for a in p.articles if a.sentences]
    assert firsts == ["The army said it had", "WEATHER WATCH: Heavy", "The central bank lef", "Israeli strikes on t"]


def test_a_dateline_after_a_storys_text_opens_the_next_story_of_a_roundup():
    text = ("Roundup of the day\n\n"
            "KINSHASA, March 3 (Reuters) - Congo and Rwanda met in Doha on Monday. The talks went on for hours.\n\n"
            "NEW DELHI (Reuters) - India's army said shelling had stopped along the frontier.\n\n"
            "BEIRUT, Lebanon, March 3 - An Israeli strike killed two people in the south.\n")
    p = segment(text)
    firsts = [text[a.sentences[0].span.start:][:12] for a in p.articles if a.sentences]
    assert firsts == ["Roundup of t", "NEW DELHI (R", "BEIRUT, Leba"]
    # a dateline right under a headline stays in the headline's story; a heading in capitals is no dateline
    one = segment("Shelling resumes in Kashmir\n\nNEW DELHI (Reuters) - Shelling resumed on Monday.\n"
                  "UN SECURITY COUNCIL - a meeting is set for Friday.\n")
    assert len(one.articles) == 1


def test_markdown_dump_drops_menus_images_and_link_lists():
    text = page("markdown_dump.md")
    p = segment(text)
    assert heads(text) == ["Russia says it captured village near Pokrovsk"]
    assert [text[s.span.start:s.span.end] for s in p.sentences][1:] == [
        "Russia's defence ministry said on Saturday its forces had captured the village of Shevchenko in the "
        "Donetsk region.", "The claim could not be independently verified."]
    assert {b.rule for b in p.dropped} >= {"link-list", "share-prompt"}


def test_every_span_points_into_the_original():
    for name in ("live_blog.txt", "teasers.txt", "pasted_stories.txt", "markdown_dump.md"):
        text = page(name)
        for s in segment(text).sentences:
            assert text[s.span.start:s.span.end].split() == s.text.split()


def _timed(text: str) -> float:
    t0 = time.perf_counter()
    segment(text)
    return time.perf_counter() - t0


NORMAL = "Russian drones hit the port overnight, the governor said. Two people were hurt.\n"


@pytest.mark.slow
@pytest.mark.parametrize("make", [
    lambda n: ("word " * (n // 5))[:n],          # one enormous line
    lambda n: "short line\n" * (n // 11),          # very many short lines
    lambda n: "\n" * n,                            # only newlines
])
def test_big_pages_cost_like_normal_text(make):
    n = 1_000_000
    normal = NORMAL * (n // len(NORMAL))
    assert _timed(make(n)) <= 3 * _timed(normal) + 0.5


@pytest.mark.slow
def test_five_megabyte_single_line_finishes():
    text = "word " * 1_000_000
    p = segment(text)
    assert p.sentences and p.sentences[-1].span.end <= len(text)


@pytest.mark.slow
def test_hundred_thousand_short_lines():
    text = "Kyiv\n" * 100_000
    p = segment(text)
    assert len(p.dropped) == 100_000  # each a one-word label


# --- the publication date printed on the page --------------------------------------------

import datetime as _dt  # noqa: E402

from conflictevents.text.published import find_published  # noqa: E402


@pytest.mark.parametrize("page, expected", [
    ("Menu\nPublished On 7 May 2025\nDrones struck the port on Wednesday.", _dt.date(2025, 5, 7)),
    ("Updated: March 3, 2025, 14:05 GMT\nText.", _dt.date(2025, 3, 3)),
    ("By Jane Doe\n2025-02-11T08:00:00Z\nText.", _dt.date(2025, 2, 11)),
    ("Sept. 14th, 2024 | 5 min read\nText.", _dt.date(2024, 9, 14)),
    ("Published 31 February 2025\nPublished 1 March 2025", _dt.date(2025, 3, 1)),  # an impossible date is skipped
    ("No byline here.\n" + "The war began on 24 February 2022, when Russian troops crossed the border "
     "from the north, east and south, and it has not stopped since.", None),  # story text, not a byline
    ("", None),
])
def test_find_published(page, expected):
    assert find_published(page) == expected


def test_the_page_date_resolves_relative_dates_unless_turned_off(extractor):
    from conflictevents import ExtractConfig, Extractor

    page = "World\nPublished On 7 May 2025\nRussian drones struck Kharkiv on Tuesday, killing two people."
    r = extractor.extract(page)
    assert r.published == _dt.date(2025, 5, 7)
    assert r.strikes[0].date.date == "2025-05-06"
    given = extractor.extract(page, published="2025-06-01")
    assert given.published == _dt.date(2025, 6, 1)  # a given date wins
    off = Extractor(ExtractConfig(page_date=False)).extract(page)
    assert off.published is None and off.strikes[0].date.date is None  # written, unresolved


@pytest.mark.parametrize("line, first", [
    ("06:55 Erdogan to host Zelensky in Ankara next week", "Erdogan"),
    ("14:32 GMT - Drones hit Odesa port overnight.", "Drones"),
    ("9.45am: The governor said two people were hurt.", "The"),
    ("21:10 | \u201cWe will rebuild,\u201d the mayor said.", "\u201cWe"),
])
def test_a_live_blog_entry_time_is_no_word_of_its_sentence(line, first):
    p = segment(line)
    assert p.sentences[0].text.lstrip('"').startswith(first.lstrip("\u201c"))  # (clean text has plain quotes)
    assert line[p.sentences[0].span.start:].startswith(first)  # (offsets still point into the page)


@pytest.mark.parametrize("line", ["10.5 million people need aid, the agency said.", "12:30 was the hour set for talks.",
                                  "2024 was the deadliest year."])
def test_a_number_that_opens_a_sentence_is_no_entry_time(line):
    assert segment(line).sentences[0].text == line
