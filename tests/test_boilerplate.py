"""Boilerplate: what is dropped, why, and that news sentences never are."""

from __future__ import annotations

import pytest

from conflictevents.lexicons.loader import read_bundled
from conflictevents.text.boilerplate import Boilerplate
from conflictevents.text.page import layout

BP = Boilerplate(read_bundled("boilerplate"))

DROPPED = [
    ("Share on Facebook", "share-prompt"),
    ("Back to top button", "nav-back-to-top"),
    ("Leave a Reply", "comments-widget"),
    ("No comments yet...", "comments-widget"),
    ("Photo: AFP", "caption"),
    ("3 hours ago", "timestamp"),
    ("- Kyiv Independent", "source-line"),
    ("Subscribe to our daily briefing", "subscribe"),
    ("Read the full report:", "stub-read-more"),
    ("Related Articles", "nav-related"),
    ("Hashtags", "nav-tags"),
    ("Your support helps us keep reporting", "appeal-heading"),
    ("- Fresh fighting in the east -", "subheading"),
    ("World News", "label"),
    ("[Home](/) | [World](/world) | [Europe](/europe)", "link-list"),
]

# News sentences with words that boilerplate also uses: none may be dropped.
KEPT = [
    "Germany pledged to support Ukraine's air defence with two more systems.",
    "Subscribers to the state channel saw the minister announce new sanctions.",
    "The governor said residents should share shelters with neighbours during the raids.",
    "Comments by the defence minister on Tuesday drew a sharp response from Moscow.",
    "Photo evidence shared by the army showed a destroyed bridge near the town.",
    "Related talks in Istanbul ended without an agreement on a prisoner exchange.",
    "Your support for the ceasefire is welcome, the envoy told the two delegations.",
    "Menu prices in the besieged city have tripled since the blockade began.",
]


@pytest.mark.parametrize("line, rule", DROPPED)
def test_drops_with_a_named_reason(line, rule):
    verdict = BP.classify_line(line)
    assert verdict.rule == rule and verdict.reason


@pytest.mark.parametrize("sentence", KEPT)
def test_news_sentences_are_kept(sentence):
    assert BP.classify_line(sentence).rule is None


def test_appeal_box_drops_following_cue_lines():
    page = ("Drones hit the port overnight, officials said.\n"
            "Your support helps us to tell the story\n"
            "Our reporters on the ground rely on readers like you to fund independent journalism.\n"
            "The port authority said two cranes were damaged.\n")
    lay = layout(page, BP)
    assert [s.text for s in lay.sentences] == [
        "Drones hit the port overnight, officials said.", "The port authority said two cranes were damaged."]
    assert [r for _, _, r, _ in lay.dropped] == ["appeal-heading", "appeal"]


def test_glued_appeal_sentence_is_dropped_but_not_the_news_after_it():
    page = "Your support makes all the difference.Three drones were shot down over the city.\n"
    lay = layout(page, BP)
    assert [s.text for s in lay.sentences] == ["Three drones were shot down over the city."]


def test_live_blog_and_teasers_become_articles():
    page = ("Ukraine war latest: drones hit Odesa port\n"
            "Russian drones hit the port of Odesa overnight, the governor said.\n"
            "Two people were injured.\n"
            "Kyiv says talks with Ankara went well\n"
            "Ukraine's foreign minister met his Turkish counterpart on Monday.\n"
            "Read more:\n"
            "Ceasefire proposal rejected by Moscow\n"
            "A standfirst line that explains the teaser without a final full stop\n"
            "Another teaser headline about the front line\n")
    lay = layout(page, BP)
    heads = [lay.clean.text[h[0]:h[1]] for _, _, h in lay.articles if h]
    assert heads == ["Ukraine war latest: drones hit Odesa port", "Kyiv says talks with Ankara went well",
                     "Ceasefire proposal rejected by Moscow", "Another teaser headline about the front line"]


def test_repeated_paragraph_is_marked_not_removed():
    page = "Drones hit the port.\nOfficials met.\nDrones hit the port.\n"
    lay = layout(page, BP)
    assert [s.repeat_of for s in lay.sentences] == [None, None, 0]


# Issue 16, item 2: a one-line paragraph with a few cue words was dropped whole as an appeal.
ONE_LINE = ("Russia launched 40 drones at Kharkiv on Monday, journalists reported. The strike hit a donation "
            "centre, officials said. Residents were told to subscribe to air-raid alerts.\n")


def test_a_paragraph_on_one_line_is_judged_sentence_by_sentence():
    lay = layout(ONE_LINE, BP)
    assert len(lay.sentences) == 3 and not lay.dropped
    from conflictevents import extract
    assert extract(ONE_LINE, published="2025-03-04").strikes


def test_on_one_line_appeal_sentences_go_and_the_news_stays():
    page = ("Drones hit the port overnight, officials said. Your support helps us to tell the story. "
            "Our reporters on the ground rely on readers like you to fund independent journalism. "
            "The port authority said two cranes were damaged. Share on Facebook\n")
    lay = layout(page, BP)
    assert [s.text for s in lay.sentences] == [
        "Drones hit the port overnight, officials said.", "The port authority said two cranes were damaged."]
    assert [r for _, _, r, _ in lay.dropped] == ["appeal-heading", "appeal", "share-prompt"]


@pytest.mark.parametrize("sentence", KEPT)
def test_news_sentences_glued_to_boilerplate_on_one_line_are_kept(sentence):
    page = f"Share on Facebook. {sentence} Subscribe to our daily briefing.\n"
    assert [s.text for s in layout(page, BP).sentences] == [sentence]
