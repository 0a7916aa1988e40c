"""The generated JSON Schema accepts what the library writes and rejects what it must not."""

from __future__ import annotations

import jsonschema
import pytest
from hypothesis import given, settings

from conflictevents.jsonschema import document_schema, event_schema
from conflictevents.serialize import converter, event_to_dict

from . import strategies as st


@settings(max_examples=100)
@given(st.events)
def test_every_event_validates(event):
    jsonschema.validate(event_to_dict(event), event_schema())


@settings(max_examples=30)
@given(st.extractions)
def test_every_document_result_validates(result):
    jsonschema.validate(converter.unstructure(result), document_schema())


@pytest.mark.parametrize("bad", [
    {"type": "strike", "id": "x", "doc": "d", "span": [0, 1], "evidence": "x", "weapons": [{"kind": "laser"}]},
    {"type": "claim", "id": "x", "doc": "d", "span": [0], "evidence": "x"},
    {"type": "teleport", "id": "x"},
])
def test_invalid_events_are_rejected(bad):
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, event_schema())


def test_schema_covers_every_field_of_every_model():
    from conflictevents.models import EVENT_TYPES
    import attrs
    defs = event_schema()["$defs"]
    for cls in EVENT_TYPES.values():
        props = defs[cls.__name__]["properties"]
        assert {a.name for a in attrs.fields(cls)} <= set(props)
