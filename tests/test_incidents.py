"""Merging events into incidents: the rules case by case, and whole merges with known answers."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from conflictevents import extract
from conflictevents.errors import SchemaError
from conflictevents.incidents import (
    Incident,
    dumps_incident,
    incident_from_dict,
    incident_id,
    incident_to_dict,
    merge,
    merge_stream,
)
from conflictevents.incidents.reports import DocFields, _item, read_document_fields
from conflictevents.incidents.rules import compare

from .incident_data import capture, claim, deployment, strike, talks


def _items(a: dict, b: dict):
    return (_item(a, read_document_fields(a), ()), _item(b, read_document_fields(b), ()))


# (what, first event, second event, expected place rule or None when they cannot merge, loose)
PAIRS = [
    ("one town, one day, one attacker", strike("a"), strike("b"), "same-place", False),
    ("a suburb 11 km from the city", strike("a"), strike("b", at=("Pisochyn",)), "nearby", False),
    ("a town 35 km away is another place", strike("a"), strike("b", at=("Chuhuiv",)), None, None),
    ("the city inside its region", strike("a"), strike("b", at=("Kharkiv region",)), "contained", False),
    ("the city inside its country: loose", strike("a"), strike("b", at=("Ukraine",)), "contained", True),
    ("no place at all: loose", strike("a"), strike("b", at=()), "unknown", True),
    ("two cities hundreds of km apart", strike("a"), strike("b", at=("Odesa",)), None, None),
    ("a shared city among several", strike("a", at=("Kyiv", "Odesa")), strike("b", at=("Odesa",)), "same-place", False),
    ("the next day (overnight attack)", strike("a"), strike("b", on="2025-07-15"), "same-place", False),
    ("three days apart", strike("a"), strike("b", on="2025-07-17"), None, None),
    ("a month holds its days", strike("a"), strike("b", on="2025-07"), "same-place", False),
    ("a year is too coarse", strike("a"), strike("b", on="2025"), None, None),
    ("undated: its publication day", strike("a"), strike("b", on=None, published="2025-07-15"), "same-place", False),
    ("undated and unpublished", strike("a"), strike("b", on=None, published=None), None, None),
    ("unknown attacker fits", strike("a"), strike("b", by=None), "same-place", False),
    ("two named attackers never", strike("a"), strike("b", by="Ukraine"), None, None),
    ("different tolls still merge", strike("a", launched=40), strike("b", launched=43), "same-place", False),
    ("two villages of one region, no coordinates", capture("a"), capture("b", at="Borova village"), None, None),
    ("captured is not withdrew", capture("a"), capture("b", change="withdrew"), None, None),
    ("a strike is not a capture", strike("a"), capture("b", at="Kharkiv"), None, None),
    ("participants: one list holds the other", talks("a"), talks("b", who=("Ukraine",)), "unknown", True),
    ("the same two sides, no place", talks("a"), talks("b", who=("France", "Ukraine")), "same-participants", False),
    ("the same two sides, one place given", talks("a", at="Kyiv"), talks("b"), "same-participants", False),
    ("the same sides in two cities", talks("a", at="Kyiv"), talks("b", at="Odesa"), None, None),
    ("participants: different pairs", talks("a"), talks("b", who=("Ukraine", "Poland")), None, None),
    ("a call is not a meeting", talks("a"), talks("b", kind="meeting"), None, None),
    ("'met' and 'held talks' are one contact", talks("a", kind="meeting"), talks("b", kind="talks"),
     "same-participants", False),
    ("a drone attack and a missile strike on one city are two", strike("a"), strike("b", weapons=("missile",)),
     None, None),
    ("drones in one report, drones and missiles in the next", strike("a"),
     strike("b", weapons=("drone", "missile")), "same-place", False),
    ("no weapon named fits any", strike("a"), strike("b", weapons=()), "same-place", False),
    ("troops sent to one country by one side: a country is enough", deployment("a"), deployment("b"),
     "same-place", False),
    ("troops sent to one country by an unknown side: loose", deployment("a"), deployment("b", by=None),
     "same-place", True),
]


@pytest.mark.parametrize("what,a,b,rule,loose", PAIRS, ids=[p[0] for p in PAIRS])
def test_pairwise_rules(what, a, b, rule, loose):
    x, y = _items(a, b)
    link = compare(x, y)
    back = compare(y, x)
    assert (link is None) == (back is None), "compatibility is symmetric"
    if rule is None:
        assert link is None
        return
    assert link is not None
    assert (link.place_rule or "unknown") == rule
    assert link.loose is loose


def test_distances_are_recorded():
    x, y = _items(strike("a"), strike("b", at=("Pisochyn",), on="2025-07-15"))
    link = compare(x, y)
    assert link is not None and link.days == 1 and 9 < link.km < 13 and link.admin1 == "Kharkiv"


# ------------------------------------------------------------------ whole merges
def _shape(incidents: list[Incident]) -> list[list[str]]:
    return sorted(sorted(r.event for r in i.reports) for i in incidents)


def test_conflicting_tolls_are_a_range_with_their_sources():
    events = [strike("s1", "wire", launched=40, outlet="Wire", evidence="Forty drones flew at the city."),
              strike("s2", "paper", launched=43, outlet="Paper", evidence="The city was attacked by 43 drones.")]
    [inc] = merge(events)
    assert inc.slots["launched"] == {"value": None, "min": 40, "max": 43}
    given = sorted((v.value["value"], v.source, v.event) for v in inc.values["launched"])
    assert given == [(40, "Wire", "s1"), (43, "Paper", "s2")]
    assert inc.independent_sources == 2
    assert [w.rule for w in inc.why] == ["first", "same-place"]


def test_a_wrong_merge_is_avoided_when_places_differ():
    events = [strike("s1", "a", at=("Kharkiv",)), strike("s2", "b", at=("Odesa",)),
              strike("s3", "c", at=("Chuhuiv",))]
    assert _shape(merge(events)) == [["s1"], ["s2"], ["s3"]]


def test_placeless_report_joins_only_a_single_candidate():
    alone = [strike("s1", "a"), strike("s2", "b", at=(), evidence="Drones were launched overnight.")]
    assert _shape(merge(alone)) == [["s1", "s2"]]
    [inc] = merge(alone)
    assert [w.rule for w in inc.why] == ["first", "only-candidate"]
    two = alone + [strike("s3", "c", at=("Odesa",))]
    assert _shape(merge(two)) == [["s1"], ["s2"], ["s3"]], "two incidents fit: it stays alone"


def test_a_placeless_report_that_fits_two_incidents_joins_the_one_its_page_reports():
    # a headline with no place on a page about the morning drone attack on Kharkiv, on a day when an
    # Odesa page reports another drone attack: the headline belongs to its own page's attack
    events = [strike("k1", "kharkiv-page", at=("Kharkiv",)), strike("o1", "odesa-page", at=("Odesa",)),
              strike("k2", "kharkiv-page", at=(), on=None, evidence="Drones strike at dawn.")]
    shape = _shape(merge(events))
    assert shape == [["k1", "k2"], ["o1"]]
    [inc] = [i for i in merge(events) if len(i.reports) == 2]
    assert inc.why[-1].rule == "same-page" and inc.why[-1].to == "k1"
    # on a third page that reports neither, it fits both and stays alone
    other = events[:2] + [strike("x1", "round-up", at=(), on=None, evidence="Drones strike at dawn.")]
    assert _shape(merge(other)) == [["k1"], ["o1"], ["x1"]]


def test_two_outlets_report_one_side_sending_troops_to_one_country():
    # a country is place enough for a deployment with its side named: two pages, one incident
    events = [deployment("d1", "wire"), deployment("d2", "paper"), deployment("d3", "other", by="France")]
    assert _shape(merge(events)) == [["d1", "d2"], ["d3"]]


def test_a_repost_of_a_vague_sentence_merges_by_its_evidence():
    text = "Officials reported an attack without naming the place."
    events = [strike("s1", "a", at=(), evidence=text), strike("s2", "b", at=(), evidence=text),
              strike("s3", "c", at=(), evidence="Another vague report came later.")]
    shape = _shape(merge(events))
    assert shape == [["s1", "s2"], ["s3"]]
    [inc] = [i for i in merge(events) if len(i.reports) == 2]
    assert inc.why[-1].rule == "same-evidence"


@pytest.mark.parametrize("docs,expected", [
    ([("a", "Wire", None), ("b", "Paper", None)], 2),               # two outlets
    ([("a", "Wire", None), ("b", "Wire", None)], 1),                # one outlet, two stories
    ([("a", None, None), ("b", None, None)], 2),                    # outlets unknown: each document
    ([("a", "Wire", "0f0f0f0f0f0f0f0f"), ("b", "Paper", "0f0f0f0f0f0f0f0e")], 1),  # a syndicated copy
    ([("a", "Wire", "0f0f0f0f0f0f0f0f"), ("b", "Paper", "f0f0f0f0f0f0f0f0")], 2),  # different texts
    ([("a", "Wire", "0f0f0f0f0f0f0f0f"), ("b", None, "0f0f0f0f0f0f0f0f"), ("c", "Paper", None)], 2),
])
def test_independent_sources(docs, expected):
    events = [strike(f"s{n}", doc, outlet=outlet, fingerprint=fp) for n, (doc, outlet, fp) in enumerate(docs)]
    [inc] = merge(events)
    assert inc.independent_sources == expected == len(inc.source_groups)


def test_claims_show_who_asserts_and_who_denies():
    events = [strike("s1", "a", claim="c1"), claim("c1", "a", ("s1",)),
              strike("s2", "b"), claim("c2", "b", ("s2",), stance="denies", speaker="the ministry", side="Russia"),
              claim("c3", "b", (), speaker="a spokesman")]
    incidents = merge(events)
    [inc] = [i for i in incidents if i.type == "strike"]
    assert [(c.claimant, c.stance.value, c.about) for c in inc.claims] == [
        ("the governor", "asserts", "s1"), ("the ministry", "denies", "s2")]
    [lone] = [i for i in incidents if i.type == "claim"]
    assert [r.event for r in lone.reports] == ["c3"]


def test_reports_carry_document_fields_and_dates():
    events = [strike("s1", "a", published="2025-07-14", outlet="Wire"),
              strike("s2", "b", published="2025-07-16", on="2025-07-14")]
    [inc] = merge(events)
    assert (inc.first_reported, inc.last_reported) == (dt.date(2025, 7, 14), dt.date(2025, 7, 16))
    assert [(r.event, r.doc, r.source) for r in inc.reports] == [("s1", "a", "Wire"), ("s2", "b", None)]
    assert inc.id == incident_id(["s2", "s1"])


def test_merge_stream_gives_the_incidents_of_merge(tmp_path):
    events = [strike("s1", "a"), strike("s2", "b", on="2025-07-15"), strike("s3", "c", on="2025-09-01",
              published="2025-09-01"), capture("t1", "a"), capture("t2", "b", on="2025-07-15"),
              talks("p1", "a"), talks("p2", "c", who=("Ukraine",)), strike("s4", "d", on="2025", at=())]
    listed = [dumps_incident(i) for i in merge(events)]
    streamed = [dumps_incident(i) for i in merge_stream(events, spill_dir=str(tmp_path))]
    assert sorted(listed) == sorted(streamed)
    assert list(tmp_path.iterdir()) == [], "the temporary files are removed"


def test_json_round_trip():
    for inc in merge([strike("s1", "a", launched=5), claim("c1", "a", ("s1",))]):
        data = json.loads(dumps_incident(inc))
        assert list(data)[:2] == ["id", "type"] and data["schema_version"] == "1.0"
        assert incident_from_dict(data) == inc
        assert incident_to_dict(incident_from_dict(data)) == data


@pytest.mark.parametrize("bad,field", [
    ({"type": "strike", "doc": "d"}, "strike.id"),
    ({"type": "teleport", "id": "x", "doc": "d"}, "type"),
    ({**strike("s"), "launched": {"value": -3}}, "strike.launched.value"),
    ({**strike("s"), "published": "14 July"}, "strike.published"),
    ({**strike("s"), "fingerprint": "xyz"}, "strike.fingerprint"),
    ({**strike("s"), "locations": "Kharkiv"}, "strike.locations"),
])
def test_malformed_events_name_the_field(bad, field):
    with pytest.raises(SchemaError, match=field.replace(".", r"\.")):
        merge([bad])


def test_anything_else_is_refused():
    with pytest.raises(TypeError, match="merge"):
        merge(["not an event"])


def test_extraction_results_end_to_end():
    wire = "Russia launched 40 drones at Kharkiv overnight, the regional governor said."
    pages = [
        extract(wire, published="2025-07-14", doc_id="wire", metadata={"source": "Wire"}),
        extract(wire + " Share this story.", published="2025-07-14", doc_id="repost", metadata={"source": "Blog"}),
        extract("Russian forces attacked Kharkiv with 43 drones on Monday night, officials said.",
                published="2025-07-15", doc_id="daily", metadata={"source": "Daily", "url": "https://example.org/k"}),
    ]
    [inc] = [i for i in merge(pages) if i.type == "strike"]
    assert sorted(r.doc for r in inc.reports) == ["daily", "repost", "wire"]
    assert inc.independent_sources == 2, "the repost is the wire story's copy"
    assert inc.slots["launched"]["min"] == 40 and inc.slots["launched"]["max"] == 43
    assert {c.claimant for c in inc.claims} >= {"regional governor"}
    assert [r.url for r in inc.reports if r.doc == "daily"] == ["https://example.org/k"]
    # the same through JSON lines, as the command line reads them
    from conflictevents.serialize import document_fields, dumps_event
    lines = [json.loads(dumps_event(e, document_fields(p))) for p in pages for e in p.events]
    assert [dumps_incident(i) for i in merge(lines)] == [dumps_incident(i) for i in merge(pages)]


def test_document_fields_default_to_unknown():
    assert read_document_fields({"type": "strike"}) == DocFields()


def _at(name: str, lat: float, lon: float) -> dict:
    return {"name": name, "written": name, "precision": "place", "admin1": None, "country": "Nowhere", "lat": lat,
            "lon": lon, "span": None, "alternatives": []}


@pytest.mark.parametrize("a, b", [
    ((89.95, 10.0), (89.96, -170.0)),  # either side of the North Pole, 10 km apart
    ((10.0, 179.95), (10.0, -179.97)),  # either side of the antimeridian, 9 km apart
    ((75.0, 30.4), (75.0, 31.2)),  # 23 km, but more than a grid cell of longitude apart this far north
    ((95.0, 5.0), (95.0, 5.1)),  # a latitude off the globe (bad input) is compared like any other
])
def test_a_month_dated_report_finds_the_nearby_incident_anywhere_on_the_globe(a, b):
    day = strike("s1", "a", at=())
    day["locations"] = [_at("Alpha", *a)]
    month = strike("s2", "b", at=(), on="2025-07", evidence="Drones hit the area this month.")
    month["locations"] = [_at("Beta", *b)]
    for incidents in (merge([day, month]), list(merge_stream([day, month]))):
        [inc] = incidents
        assert [w.rule for w in inc.why] == ["first", "only-candidate"]
