"""A JSON Schema of the event format, generated from the models.

Nothing here is written by hand per field: the schema is derived from the
attrs classes and their type hints, so it cannot drift from what
:mod:`conflictevents.serialize` prints. ``python -m conflictevents schema``
prints it.

>>> schema = event_schema()
>>> schema["$defs"]["Strike"]["properties"]["type"]
{'const': 'strike'}
>>> sorted(schema["$defs"]["Stance"]["enum"])
['asserts', 'confirms', 'denies']
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from typing import Any

import attrs

from .models import EVENT_TYPES, SCHEMA_VERSION, Span
from .results import Extraction

__all__ = ["event_schema", "document_schema", "incident_schema", "SCHEMA_ID"]

#: The ``$id`` of the generated schema.
SCHEMA_ID = f"https://conflictevents.invalid/schema/event-{SCHEMA_VERSION}.json"


class _Builder:
    """Walks type hints and collects ``$defs`` for attrs classes and enums."""

    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}

    def ref(self, name: str) -> dict[str, Any]:
        return {"$ref": f"#/$defs/{name}"}

    def of_type(self, hint: Any) -> dict[str, Any]:
        origin = typing.get_origin(hint)
        args = typing.get_args(hint)
        if hint is Any:
            return {}
        if hint is type(None):
            return {"type": "null"}
        if origin in (typing.Union, types.UnionType):
            if set(args) == set(typing.get_args(_event_union())):
                return self.ref("Event")
            return {"anyOf": [self.of_type(a) for a in args]}
        if origin in (tuple, list):
            item = args[0] if args else Any
            return {"type": "array", "items": self.of_type(item)}
        if origin is dict:
            return {"type": "object"}
        if hint is Span:
            return self.ref("Span")
        if isinstance(hint, type) and issubclass(hint, enum.Enum):
            if hint.__name__ not in self.defs:
                doc = (hint.__doc__ or "").strip()
                self.defs[hint.__name__] = {
                    "description": doc,
                    "enum": [m.value for m in hint],
                }
            return self.ref(hint.__name__)
        if isinstance(hint, type) and attrs.has(hint):
            self.add_class(hint)
            return self.ref(hint.__name__)
        if hint is bool:
            return {"type": "boolean"}
        if hint is int:
            return {"type": "integer"}
        if hint is float:
            return {"type": "number"}
        if hint is str:
            return {"type": "string"}
        if hint is dt.date:
            return {"type": "string", "format": "date"}
        raise TypeError(f"no JSON Schema rule for type hint {hint!r}")

    def add_class(self, cls: type) -> None:
        name = cls.__name__
        if name in self.defs:
            return
        self.defs[name] = {}  # placeholder against recursion
        hints = typing.get_type_hints(cls)
        props: dict[str, Any] = {}
        required: list[str] = []
        tag = getattr(cls, "event_type", "")
        if tag:
            props["type"] = {"const": tag}
            required.append("type")
        for a in attrs.fields(cls):
            props[a.name] = self.of_type(hints[a.name])
            if a.default is attrs.NOTHING:
                required.append(a.name)
        if tag:
            props.update(_document_properties())
            props["schema_version"] = {"type": "string"}
        self.defs[name] = {
            "type": "object",
            "description": " ".join((cls.__doc__ or "").split("\n\n")[0].split()),
            "properties": props,
            "required": required,
        }


def _document_properties() -> dict[str, Any]:
    """The optional document fields of an event line (:data:`~conflictevents.serialize.DOCUMENT_FIELDS`)."""
    return {
        "published": {"description": "The document's publication date.",
                      "anyOf": [{"type": "string", "format": "date"}, {"type": "null"}]},
        "outlet": {"description": "The document's outlet (the input record's `source`).",
                   "anyOf": [{"type": "string"}, {"type": "null"}]},
        "url": {"description": "The document's URL.", "anyOf": [{"type": "string"}, {"type": "null"}]},
        "fingerprint": {"description": "A 64-bit SimHash of the document's text, 16 hex digits: copies of one "
                                       "story differ in a few bits.",
                        "anyOf": [{"type": "string", "pattern": "^[0-9a-f]{16}$"}, {"type": "null"}]},
    }


def _event_union() -> Any:
    from .models import Event

    return Event


def _base(builder: _Builder) -> None:
    builder.defs["Span"] = {
        "description": "Half-open [start, end) character offsets into the original text.",
        "type": "array",
        "prefixItems": [{"type": "integer", "minimum": 0}, {"type": "integer", "minimum": 0}],
        "minItems": 2,
        "maxItems": 2,
    }
    for cls in EVENT_TYPES.values():
        builder.add_class(cls)
    builder.defs["Event"] = {
        "description": "Any event, told apart by its `type`.",
        "oneOf": [builder.ref(cls.__name__) for cls in EVENT_TYPES.values()],
    }


def event_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one event line of ``--format jsonl``."""
    builder = _Builder()
    _base(builder)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": f"conflictevents event (schema {SCHEMA_VERSION})",
        "$ref": "#/$defs/Event",
        "$defs": builder.defs,
    }


def document_schema() -> dict[str, Any]:
    """The JSON Schema of one document result of ``--format json``."""
    builder = _Builder()
    _base(builder)
    builder.add_class(Extraction)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID.replace("event-", "document-"),
        "title": f"conflictevents document result (schema {SCHEMA_VERSION})",
        "$ref": "#/$defs/Extraction",
        "$defs": builder.defs,
    }



def incident_schema() -> dict[str, Any]:
    """The JSON Schema of one incident line of ``python -m conflictevents incidents``.

    >>> schema = incident_schema()
    >>> schema["$defs"]["Incident"]["required"][:3]
    ['id', 'type', 'slots']
    """
    from .incidents.model import INCIDENT_SCHEMA_VERSION, Incident, SlotValue

    builder = _Builder()
    builder.add_class(Incident)
    builder.add_class(SlotValue)
    props = builder.defs["Incident"]["properties"]
    props["type"] = {"enum": list(EVENT_TYPES)}
    props["source_groups"] = {"type": "array", "items": {"type": "array", "items": {"type": "string"}}}
    props["values"] = {"type": "object", "additionalProperties": {"type": "array", "items": builder.ref("SlotValue")}}
    props["schema_version"] = {"type": "string"}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID.replace("event-", "incident-").replace(SCHEMA_VERSION, INCIDENT_SCHEMA_VERSION),
        "title": f"conflictevents incident (schema {INCIDENT_SCHEMA_VERSION})",
        "$ref": "#/$defs/Incident",
        "$defs": builder.defs,
    }
