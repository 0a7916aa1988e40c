"""Properties of merging: order, repetition, partition, and reports that reproduce their incident."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from conflictevents.incidents import dumps_incident, merge, merge_slots

from .incident_data import capture, claim, strike, talks

_DAYS = ["2025-07-12", "2025-07-13", "2025-07-14", "2025-07-15", "2025-07-18", "2025-07", None]
_PUBLISHED = ["2025-07-13", "2025-07-14", "2025-07-16", None]
_ACTORS = ["Russia", "Ukraine", None]
_OUTLETS = ["Wire", "Paper", None]
_PRINTS = ["0f0f0f0f0f0f0f0f", "0f0f0f0f0f0f0f0e", "f0f0f0f0f0f0f0f0", None]
_STRIKE_PLACES = ["Kharkiv", "Pisochyn", "Chuhuiv", "Kharkiv region", "Kyiv", "Ukraine"]
_VILLAGES = ["Oskil village", "Borova village", "Kharkiv region"]
_EVIDENCE = ["Drones hit the area.", "An attack was reported.", "Explosions were heard."]


@st.composite
def batches(draw: st.DrawFn) -> list[dict]:
    """Events of up to six documents; each document has an outlet, a date and maybe a fingerprint."""
    events: list[dict] = []
    for d in range(draw(st.integers(1, 6))):
        doc = f"doc{d}"
        published = draw(st.sampled_from(_PUBLISHED))
        outlet = draw(st.sampled_from(_OUTLETS))
        fingerprint = draw(st.sampled_from(_PRINTS))
        mine: list[str] = []
        for n in range(draw(st.integers(0, 4))):
            eid = f"e{d}.{n}"
            kind = draw(st.sampled_from(["strike", "strike", "capture", "talks"]))
            if kind == "talks":
                events.append(talks(eid, doc, on=draw(st.sampled_from(_DAYS)),
                                    who=tuple(draw(st.lists(st.sampled_from(["Ukraine", "France", "Poland"]),
                                                            max_size=3, unique=True))),
                                    kind=draw(st.sampled_from(["call", "meeting"])), published=published,
                                    at=draw(st.sampled_from([None, None, "Kyiv", "Odesa"]))))
            elif kind == "strike":
                events.append(strike(
                    eid, doc, on=draw(st.sampled_from(_DAYS)),
                    at=tuple(draw(st.lists(st.sampled_from(_STRIKE_PLACES), max_size=2, unique=True))),
                    by=draw(st.sampled_from(_ACTORS)), launched=draw(st.none() | st.integers(0, 60)),
                    killed=draw(st.none() | st.integers(0, 5)), evidence=draw(st.sampled_from(_EVIDENCE)),
                    published=published, outlet=outlet, fingerprint=fingerprint))
            else:
                events.append(capture(eid, doc, on=draw(st.sampled_from(_DAYS)), at=draw(st.sampled_from(_VILLAGES)),
                                      by=draw(st.sampled_from(_ACTORS)),
                                      change=draw(st.sampled_from(["captured", "withdrew"])),
                                      published=published, outlet=outlet))
            mine.append(eid)
        if draw(st.booleans()):
            about = tuple(draw(st.lists(st.sampled_from(mine), max_size=2, unique=True))) if mine else ()
            events.append(claim(f"c{d}", doc, about, stance=draw(st.sampled_from(["asserts", "denies"])),
                                published=published, outlet=outlet))
    return events


def _lines(events: list[dict]) -> list[str]:
    return [dumps_incident(i) for i in merge(events)]


@settings(max_examples=60)
@given(batches(), st.randoms(use_true_random=False))
def test_merging_is_independent_of_input_order(events, rnd):
    shuffled = list(events)
    rnd.shuffle(shuffled)
    assert _lines(shuffled) == _lines(events)


@settings(max_examples=40)
@given(batches())
def test_merging_a_set_with_itself_changes_nothing(events):
    assert _lines(events + events) == _lines(events)


@settings(max_examples=60)
@given(batches())
def test_every_event_ends_up_in_exactly_one_incident(events):
    incidents = merge(events)
    reported = [r.event for i in incidents for r in i.reports]
    assert len(reported) == len(set(reported))
    attached = {c.event for i in incidents for c in i.claims}
    for e in events:
        if e["type"] == "claim":
            # a claim is attached to the incidents of what it is about, or is an incident of its own
            assert (e["id"] in attached) != (e["id"] in reported)
        else:
            assert e["id"] in reported


@settings(max_examples=60)
@given(batches())
def test_an_incidents_reports_reproduce_it(events):
    by_id = {e["id"]: e for e in events}
    for incident in merge(events):
        own = [by_id[r.event] for r in incident.reports] + [by_id[c.event] for c in incident.claims]
        again = [i for i in merge(own) if i.type == incident.type and i.id == incident.id]
        assert len(again) == 1, "the reports alone merge into the same incident"
        assert again[0].slots == incident.slots
        assert merge_slots(incident.type, incident.values) == incident.slots


@settings(max_examples=25, deadline=None)
@given(batches(), st.randoms(use_true_random=False))
def test_the_stream_gives_the_incidents_of_merge_whatever_the_order(events, rnd):
    from conflictevents.incidents import merge_stream

    shuffled = list(events)
    rnd.shuffle(shuffled)
    streamed = [dumps_incident(i) for i in merge_stream(events)]
    assert [dumps_incident(i) for i in merge_stream(shuffled)] == streamed
    assert sorted(streamed) == sorted(_lines(events))
