"""Whole pages written for the project in the shapes of wire stories and live pages."""

from __future__ import annotations

from pathlib import Path

from conflictevents import Extraction

PAGES = Path(__file__).parent / "fixtures" / "pages"


def run(extractor, name: str, published: str = "2025-03-02") -> tuple[str, Extraction]:
    text = (PAGES / name).read_text(encoding="utf-8")
    return text, extractor.extract(text, published=published, doc_id=name)


def test_wire_story_middle_east(extractor):
    text, r = run(extractor, "wire_middle_east.txt")
    strikes = r.strikes
    # the headline and the lead: Israel, Gaza, 25 dead; the dateline is not a place hit
    lead = next(s for s in strikes if s.date is not None and s.killed is not None and s.killed.value == 25)
    assert lead.actor.canonical == "Israel" and lead.date.date == "2025-03-02"
    assert all(p.name != "Cairo" for s in strikes for p in s.locations)
    assert {p.name for p in lead.locations} == {"Gaza Strip"}
    # a strike with no stated side takes the story's
    school = next(s for s in strikes if s.killed is not None and s.killed.value == 11)
    assert school.actor.canonical == "Israel"
    # talks, not an agreement, for "ceasefire talks"
    assert {d.kind.value for d in r.diplomatic_events} == {"talks"}
    rockets = next(s for s in strikes if s.launched is not None)
    assert (rockets.actor.canonical, rockets.launched.value, rockets.date.date) == ("Hezbollah", 30, "2025-03-01")
    denial = next(c for c in r.claims if c.stance.value == "denies")
    assert denial.actor.canonical == "Hamas"
    for e in r.events:
        assert text[e.span.start:e.span.end] == e.evidence


def test_wire_story_sudan(extractor):
    _, r = run(extractor, "wire_sudan.txt")
    shelling = next(s for s in r.strikes if s.killed is not None)
    assert (shelling.actor.canonical, shelling.killed.value, shelling.date.date) == (
        "Rapid Support Forces", 40, "2025-02-28")
    # the camp hit, and the city it is near; not "Dubai" (the dateline) nor "Abu" (a part of the camp's name)
    assert [p.name for p in shelling.locations] == ["Abu Shouk", "El Fasher"]
    retaken = r.territorial_changes[0]
    assert (retaken.change.value, retaken.place.name) == ("captured", "Um Rawaba")
    assert retaken.actor is None or retaken.actor.canonical != "Rapid Support Forces"
    assert any(c.stance.value == "denies" and c.actor and c.actor.canonical == "Rapid Support Forces"
               for c in r.claims)


def test_live_page(extractor):
    _, r = run(extractor, "live_developments.txt", published="2025-03-03")
    launch = next(s for s in r.strikes if s.launched is not None)
    assert (launch.actor.canonical, launch.launched.value) == ("Russia", 273)
    assert any(s.intercepted is not None and s.intercepted.value == 88 for s in r.strikes)
    tc = r.territorial_changes[0]
    assert (tc.actor.canonical, tc.place.name, tc.admin1) == ("Russia", "Rozlyv", "Donetsk")
    meeting = next(d for d in r.diplomatic_events if d.kind.value == "meeting")
    assert {a.canonical for a in meeting.participants} == {"United States", "Russia"}
    assert meeting.date.date == "2025-02-28"
    assert {b.rule for b in r.dropped} >= {"share-prompt", "advert", "label"}
