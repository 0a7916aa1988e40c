"""Fingerprints: copies of a story are near, different stories far (both sides of the threshold)."""

from __future__ import annotations

import random

from conflictevents import extract
from conflictevents.fingerprint import NEAR_DUPLICATE_BITS, fingerprint_of, fingerprint_text, hamming
from conflictevents.incidents.near_duplicates import source_groups

# An article of the tests' own, sentence by sentence.
STORY = [
    "Air defence units over the northern region tracked a wave of drones for most of the night.",
    "The regional administration said several houses on the edge of the city lost their roofs.",
    "Emergency crews worked until morning to put out a fire at a warehouse near the rail yard.",
    "Power was cut in two districts and restored by noon, the local energy company reported.",
    "Schools in the affected districts moved their lessons online for the rest of the week.",
    "The mayor asked residents to stay away from the damaged streets while engineers checked them.",
    "A shelter under a school was opened for families whose flats had lost their windows.",
    "Volunteers brought plywood and plastic sheeting to cover broken windows before the rain.",
    "Officials said the number of people hurt could still change as crews searched the debris.",
    "The attack was the third on the city this month, according to the regional administration.",
]
OTHER = [
    "Delegations from the two governments met in a neutral capital to discuss grain shipments.",
    "The talks lasted six hours and ended with a promise to meet again before the autumn.",
    "Neither side released a joint statement, but both described the atmosphere as businesslike.",
    "Shipping companies have asked for guarantees that their vessels will not be targeted at sea.",
    "Insurance rates for cargo ships in the region have tripled since the start of the year.",
    "A mediator said the next round would focus on inspections of outgoing ships at the ports.",
]


def _fp(sentences: list[str]) -> str:
    fp = fingerprint_text(" ".join(sentences))
    assert fp is not None
    return fp


def test_copies_are_near():
    base = _fp(STORY)
    copies = {
        "same text": STORY,
        "a line added": STORY + ["Read more of our coverage on the website."],
        "last line cut": STORY[:-1],
        "punctuation and case": [s.upper().replace(",", "") for s in STORY],
        "a word changed": [STORY[0].replace("northern", "eastern")] + STORY[1:],
    }
    for what, text in copies.items():
        assert hamming(base, _fp(text)) <= NEAR_DUPLICATE_BITS, what


def test_different_stories_are_far():
    assert hamming(_fp(STORY), _fp(OTHER)) > NEAR_DUPLICATE_BITS
    # random texts over one vocabulary: their fingerprints differ like coin tosses, far above the threshold
    rnd = random.Random(14)
    words = " ".join(STORY + OTHER).split()
    prints = [_fp([" ".join(rnd.choice(words) for _ in range(200))]) for _ in range(30)]
    close = [(a, b) for i, a in enumerate(prints) for b in prints[i + 1:] if hamming(a, b) <= NEAR_DUPLICATE_BITS]
    assert close == []


def test_a_repost_with_other_boilerplate_has_the_same_fingerprint():
    article = "\n".join(STORY) + "\n"
    one = extract("Menu\nSubscribe to our newsletter\n" + article + "Share on Facebook\n", doc_id="a")
    two = extract("Home | World\n" + article + "Related articles\nCookie settings\n", doc_id="b")
    assert hamming(fingerprint_of(one), fingerprint_of(two)) <= NEAR_DUPLICATE_BITS


def test_no_words_no_fingerprint():
    assert fingerprint_text("  ... !! ") is None


def test_source_groups_join_outlets_and_copies():
    same = _fp(STORY)
    groups = source_groups([("a", "Wire", same), ("b", "Blog", same), ("c", "Blog", None), ("d", None, None)])
    assert groups == [("a", "b", "c"), ("d",)]
