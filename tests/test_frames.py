"""Every frame is its own specification: its examples give its event, its counterexamples do not.

Also: the variants the matcher derives from one active frame line (passive,
relative, nominal, light verb), and the named guards with their own examples.
"""

from __future__ import annotations

import pytest

from conflictevents.errors import LexiconError
from conflictevents.frames.index import FrameIndex, frame_from_entry, read_frames
from conflictevents.grammars.strike import GUARDS

FRAMES = read_frames()
PREFIX = {"strike": "strike.", "territorial_change": "tc.", "diplomatic_event": "dip.", "deployment": "dep.",
          "claim": "claim."}


def test_frame_ids_are_unique_named_by_type_and_illustrated():
    index = FrameIndex(FRAMES)
    assert len(index.frames) == len({f.id for f in FRAMES})
    for f in FRAMES:
        assert f.id.startswith(PREFIX[f.type]), f.id
        assert f.examples, f"{f.id} has no examples"
        assert f.counterexamples, f"{f.id} has no counterexamples"


@pytest.mark.parametrize("frame, text", [(f, t) for f in FRAMES for t in f.examples],
                         ids=[f"{f.id}:{i}" for f in FRAMES for i, _ in enumerate(f.examples)])
def test_example_gives_the_frames_event(extractor, frame, text):
    result = extractor.extract(text, published="2025-03-04", doc_id="t")
    fired = [e for e in result.events if e.event_type == frame.type]
    assert fired, [(e.event_type, e.rule) for e in result.events]
    for e in fired:
        assert text[e.span.start:e.span.end] == e.evidence


@pytest.mark.parametrize("frame, text", [(f, t) for f in FRAMES for t in f.counterexamples],
                         ids=[f"{f.id}:{i}" for f in FRAMES for i, _ in enumerate(f.counterexamples)])
def test_counterexample_does_not_give_the_type(extractor, frame, text):
    result = extractor.extract(text, published="2025-03-04", doc_id="t")
    assert not [e for e in result.events if e.event_type == frame.type], [e.rule for e in result.events]


@pytest.mark.parametrize("guard, text", [(g, t) for g in GUARDS for t in g.examples],
                         ids=[f"{g.id}:{i}" for g in GUARDS for i, _ in enumerate(g.examples)])
def test_guard_stops_its_examples(extractor, guard, text):
    assert guard.compiled().search(text), guard.id
    result = extractor.extract(text, published="2025-03-04", doc_id="t")
    assert not result.strikes, [e.rule for e in result.strikes]


@pytest.mark.parametrize("guard, text", [(g, t) for g in GUARDS for t in g.counterexamples],
                         ids=[f"{g.id}:{i}" for g in GUARDS for i, _ in enumerate(g.counterexamples)])
def test_guard_lets_its_counterexamples_through(extractor, guard, text):
    assert not guard.compiled().search(text), guard.id
    result = extractor.extract(text, published="2025-03-04", doc_id="t")
    assert result.strikes


# one frame line, every shape: the matcher derives the variants
CAPTURE_SHAPES = [
    ("Russian forces captured the village of Ivanivka.", "Russia", "Ivanivka"),  # active
    ("The village of Ivanivka was captured by Russian forces.", "Russia", "Ivanivka"),  # passive
    ("Russia's capture of the village of Ivanivka surprised analysts.", "Russia", "Ivanivka"),  # nominal
    ("Russian forces attacked and captured the village of Ivanivka.", "Russia", "Ivanivka"),  # coordinated
    ("Russian forces took control of the village of Ivanivka.", "Russia", "Ivanivka"),  # light verb + object
]


@pytest.mark.parametrize("text, actor, place", CAPTURE_SHAPES, ids=[t[:30] for t, _, _ in CAPTURE_SHAPES])
def test_one_frame_reads_every_shape(extractor, text, actor, place):
    changes = extractor.extract(text, published="2025-03-04", doc_id="t").territorial_changes
    assert changes, text
    assert changes[0].change.value == "captured"
    assert changes[0].actor is not None and changes[0].actor.canonical == actor
    assert changes[0].place is not None and changes[0].place.name == place


def test_a_user_frame_line_adds_a_phrasing(tmp_path):
    from conflictevents import ExtractConfig, Extractor

    text = "Ukrainian troops recaptured nothing but reclaimed the village of Robotyne on Sunday."
    assert not Extractor().extract(text, published="2025-03-04").territorial_changes
    lexicon = tmp_path / "frames.jsonl"
    lexicon.write_text('{"lexicon": "frames", "id": "tc.reclaim", "type": "territorial_change", "verb": "reclaim", '
                       '"set": {"change": "captured"}, "roles": {"agent": "actor", "patient": "place"}}\n',
                       encoding="utf-8")
    ex = Extractor(ExtractConfig(lexicons=[lexicon]))
    changes = ex.extract(text, published="2025-03-04").territorial_changes
    assert [c.place.name for c in changes if c.place] == ["Robotyne"]
    assert changes[0].rule == "tc.reclaim"


def test_a_bad_frame_line_names_its_file_and_line():
    with pytest.raises(LexiconError, match=r"frames\.jsonl:3: frame x\.y: unknown relation"):
        frame_from_entry({"id": "x.y", "type": "strike", "verb": "hit", "roles": {"sideways": "target"},
                          "_where": "frames.jsonl:3"})
