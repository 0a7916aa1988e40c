"""The schema: validators, JSON round trips for every model, errors that name the field."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings

from conflictevents import models as m
from conflictevents.errors import SchemaError
from conflictevents.serialize import (
    dumps_event,
    dumps_extraction,
    event_from_dict,
    loads_event,
    loads_extraction,
    structure,
    unstructure,
)

from . import strategies as st


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda: m.Span(5, 2), r"start \(5\) is after end \(2\)"),
        (lambda: m.Span(-1, 2), "must be >= 0"),
        (lambda: m.Quantity(value=-3), "must be >= 0"),
        (lambda: m.Quantity(value=None, qualifier=m.Qualifier.RANGE, low=5, high=2), r"low \(5\) is above high \(2\)"),
        (lambda: m.Quantity(value=None), "needs a value or bounds"),
        (lambda: m.EventDate("2025-07", m.DatePrecision.DAY), "does not have day precision"),
        (lambda: m.EventDate("2025-07-01", None), "needs a precision"),
        (lambda: m.Place(name="X", written="X", precision=m.GeoPrecision.PLACE, lat=10.0), "together"),
        (lambda: m.Place(name="X", written="X", precision=m.GeoPrecision.PLACE, lat=100.0, lon=0.0), "lat out of range"),
        (lambda: m.Actor(canonical=" ", written="x"), "must not be empty"),
        (lambda: m.Strike(id="s", doc="d", span=m.Span(0, 3), evidence="ab"), "evidence has 2 characters"),
    ],
)
def test_validators_reject_impossible_values(make, message):
    with pytest.raises(ValueError, match=message):
        make()


def test_unknown_enum_value_is_rejected():
    with pytest.raises(TypeError):
        m.Claim(id="c", doc="d", span=m.Span(0, 1), evidence="x", stance="maybe")  # type: ignore[arg-type]


def test_models_are_frozen_and_slotted():
    s = m.Span(1, 2)
    with pytest.raises(AttributeError):
        s.start = 3  # type: ignore[misc]
    assert not hasattr(s, "__dict__")


@settings(max_examples=150)
@given(st.events)
def test_event_round_trip_through_json_text(event):
    line = dumps_event(event)
    assert "\n" not in line
    data = json.loads(line)
    assert data["type"] == event.event_type
    assert data["span"] == [event.span.start, event.span.end]
    assert list(data)[:4] == ["type", "id", "doc", "span"]
    assert loads_event(line) == event


@settings(max_examples=60)
@given(st.extractions)
def test_extraction_round_trip(result):
    assert loads_extraction(dumps_extraction(result)) == result


@pytest.mark.parametrize("strategy, cls", [
    (st.actors, m.Actor), (st.places(), m.Place), (st.quantities(), m.Quantity),
    (st.event_dates(), m.EventDate), (st.weapons, m.Weapon), (st.targets, m.Target), (st.spans(), m.Span),
])
def test_value_types_round_trip(strategy, cls):
    @settings(max_examples=50)
    @given(strategy)
    def check(value):
        assert structure(json.loads(json.dumps(unstructure(value))), cls) == value

    check()


def test_slots_are_top_level_as_the_guidelines_say():
    event = m.TerritorialChange(id="t", doc="d", span=m.Span(0, 4), evidence="took", change=m.Change.CAPTURED,
                                place=m.Place(name="Ivanivka", written="Ivanivka", precision=m.GeoPrecision.PLACE),
                                admin1="Donetsk")
    data = json.loads(dumps_event(event))
    for key in ("actor", "change", "place", "admin1", "area_km2", "depth_km", "settlements", "date"):
        assert key in data
    assert data["change"] == "captured" and data["place"]["name"] == "Ivanivka"
    assert data["schema_version"] == m.SCHEMA_VERSION


@pytest.mark.parametrize(
    "data, field",
    [
        ({"type": "strike", "id": "x", "doc": "d", "span": [0, 3], "evidence": "abc", "killed": {"value": -1}},
         "strike.killed"),
        ({"type": "claim", "id": "x", "doc": "d", "span": [0, 3], "evidence": "abc", "stance": "maybe"},
         "claim.stance"),
        ({"type": "strike", "id": "x", "doc": "d", "span": [3], "evidence": "abc"}, "strike.span"),
        ({"type": "territorial_change", "id": "x", "doc": "d", "span": [0, 3], "evidence": "abc"},
         "territorial_change.change"),
        ({"type": "nonsense"}, "unknown event type"),
    ],
)
def test_invalid_data_gives_an_error_naming_the_field(data, field):
    with pytest.raises(SchemaError, match=field.replace(".", r"\.")):
        event_from_dict(data)


def test_loads_event_rejects_non_json():
    with pytest.raises(SchemaError, match="not JSON"):
        loads_event("{not json")
