"""JSON in and out: the one cattrs converter for every model.

The models know nothing about JSON; this module holds all of it:

* a :class:`~conflictevents.models.Span` is ``[start, end]``;
* an event is a flat object whose ``type`` tag comes first
  (``strike``, ``territorial_change``, ...), then ``id``, ``doc``, ``span``,
  then its slots at the top level, as the guidelines' contract says;
* dates are ISO strings and enums their values.

>>> from conflictevents.models import Span
>>> unstructure(Span(3, 9))
[3, 9]
>>> structure([3, 9], Span)
Span(start=3, end=9)
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.gen import make_dict_unstructure_fn
from cattrs.v import format_exception
from cattrs.preconf.json import make_converter

from .errors import SchemaError
from . import models
from .models import EVENT_TYPES, SCHEMA_VERSION, BaseEvent, Event, Span
from .results import Extraction

__all__ = [
    "converter",
    "make_event_converter",
    "unstructure",
    "structure",
    "event_to_dict",
    "event_from_dict",
    "dumps_event",
    "loads_event",
    "DOCUMENT_FIELDS",
    "event_line_dict",
    "document_fields",
    "dumps_extraction",
    "loads_extraction",
]

T = TypeVar("T")

_ENUMS = tuple(
    obj for obj in vars(models).values() if isinstance(obj, type) and issubclass(obj, enum.Enum)
)

# Keys of the event object that are written first and last, whatever the type.
_HEAD = ("type", "id", "doc", "span")
_TAIL = ("evidence", "rule", "claim")


def _span_from_list(value: Any, _: type) -> Span:
    if isinstance(value, dict):
        value = [value.get("start"), value.get("end")]
    if (
        not isinstance(value, (list, tuple))
        or len(value) != 2
        or not all(isinstance(x, int) and not isinstance(x, bool) for x in value)
    ):
        raise ValueError(f"a span is a list of two integers [start, end], got {value!r}")
    return Span(value[0], value[1])


def _date_from_str(value: Any, _: type) -> dt.date:
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"a date is an ISO string YYYY-MM-DD, got {value!r}")
    return dt.date.fromisoformat(value)


def _event_hooks(conv: cattrs.Converter) -> None:
    """Register flat, type-tagged hooks for every event class and the union."""
    for tag, cls in EVENT_TYPES.items():
        base = make_dict_unstructure_fn(cls, conv)
        names = [a.name for a in attrs.fields(cls)]
        middle = [n for n in names if n not in _HEAD and n not in _TAIL]
        order = [n for n in _HEAD[1:]] + middle + list(_TAIL)

        def hook(obj: Any, _base: Any = base, _tag: str = tag, _order: list[str] = order) -> Any:
            raw = _base(obj)
            out: dict[str, Any] = {"type": _tag}
            for name in _order:
                out[name] = raw[name]
            return out

        conv.register_unstructure_hook(cls, hook)

    def structure_event(value: Any, _: Any) -> Any:
        if not isinstance(value, dict):
            raise ValueError(f"an event is a JSON object, got {type(value).__name__}")
        tag = value.get("type")
        cls = EVENT_TYPES.get(tag) if isinstance(tag, str) else None
        if cls is None:
            known = ", ".join(EVENT_TYPES)
            raise ValueError(f"unknown event type {tag!r} (known: {known})")
        data = {k: v for k, v in value.items() if k not in ("type", "schema_version")}
        return conv.structure(data, cls)

    conv.register_structure_hook(Event, structure_event)
    conv.register_unstructure_hook(Event, lambda obj: conv.unstructure(obj, type(obj)))


def make_event_converter() -> cattrs.Converter:
    """Build the converter used throughout the library.

    A new converter is built on each call (no global configuration is read at
    import time); :data:`converter` is the shared instance.
    """
    conv = make_converter(detailed_validation=True, forbid_extra_keys=False)
    conv.register_unstructure_hook(Span, lambda s: [s.start, s.end])
    conv.register_structure_hook(Span, _span_from_list)
    conv.register_unstructure_hook(dt.date, lambda d: d.isoformat())
    for enum_cls in _ENUMS:  # str-valued enums become their plain values
        conv.register_unstructure_hook(enum_cls, lambda e: e.value)
    conv.register_structure_hook(dt.date, _date_from_str)
    _event_hooks(conv)
    return conv


#: The library's converter. Prefer the functions below to calling it directly.
converter: cattrs.Converter = make_event_converter()


def _describe(exc: BaseException, type_: Any) -> str:
    """One error of a validation group, in words a user can act on."""
    if isinstance(exc, KeyError):
        return "required field missing"
    if isinstance(exc, ValueError) and str(exc):
        return str(exc)
    return format_exception(exc, type_)


def _schema_error(err: Exception, what: str) -> SchemaError:
    if isinstance(err, (cattrs.ClassValidationError, cattrs.IterableValidationError)):
        details = "; ".join(cattrs.transform_error(err, path=what, format_exception=_describe))
    else:
        details = f"{err} @ {what}"
    return SchemaError(f"invalid {what}: {details}")


def unstructure(obj: Any) -> Any:
    """Turn any model into plain JSON-ready data (dicts, lists, strings, numbers)."""
    if isinstance(obj, BaseEvent):
        return converter.unstructure(obj, type(obj))
    return converter.unstructure(obj)


def structure(data: Any, cls: type[T]) -> T:
    """Build a model from plain data, raising :class:`~conflictevents.errors.SchemaError` naming the bad field."""
    try:
        return converter.structure(data, cls)
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError) as err:
        name = getattr(cls, "event_type", "") or getattr(cls, "__name__", "value")
        raise _schema_error(err, name) from err


def event_to_dict(event: Event) -> dict[str, Any]:
    """The JSON object of one event, with ``schema_version`` last."""
    out: dict[str, Any] = converter.unstructure(event, type(event))
    out["schema_version"] = SCHEMA_VERSION
    return out


def event_from_dict(data: Any) -> Event:
    """Build an event from its JSON object (dispatching on ``type``)."""
    try:
        result: Event = converter.structure(data, Event)  # type: ignore[arg-type]
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError) as err:
        tag = data.get("type") if isinstance(data, dict) else None
        where = str(tag) if isinstance(tag, str) and tag in EVENT_TYPES else "event"
        raise _schema_error(err, where) from err
    return result


#: The document's fields that an event line of ``--format jsonl`` carries after the event's own
#: (so that ``python -m conflictevents incidents`` can read the events alone): the publication date,
#: the outlet (the input record's ``source``), the URL and the SimHash fingerprint of the document's
#: text (:mod:`conflictevents.fingerprint`), each ``null`` when unknown. ``outlet`` is not called
#: ``source``: that is a claim's speaker.
DOCUMENT_FIELDS = ("published", "outlet", "url", "fingerprint")


def document_fields(result: Extraction) -> dict[str, Any]:
    """The :data:`DOCUMENT_FIELDS` of one document result.

    The outlet and the URL are read from ``metadata["source"]`` and
    ``metadata["url"]`` (the fields of an input record), when they are strings.

    >>> from conflictevents import extract
    >>> fields = document_fields(extract("Kyiv was hit.", published="2025-07-14",
    ...                                  metadata={"source": "Wire", "url": "https://example.org/1"}))
    >>> fields["published"], fields["outlet"], fields["url"], len(fields["fingerprint"])
    ('2025-07-14', 'Wire', 'https://example.org/1', 16)
    """
    from .fingerprint import fingerprint_of

    outlet = result.metadata.get("source")
    url = result.metadata.get("url")
    return {
        "published": result.published.isoformat() if result.published else None,
        "outlet": outlet if isinstance(outlet, str) and outlet else None,
        "url": url if isinstance(url, str) and url else None,
        "fingerprint": fingerprint_of(result),
    }


def event_line_dict(event: Event, document: dict[str, Any] | None = None) -> dict[str, Any]:
    """The JSON object of one event line: :func:`event_to_dict`, with ``document`` (from
    :func:`document_fields`) added before ``schema_version``."""
    data = event_to_dict(event)
    if document:
        version = data.pop("schema_version")
        data.update(document)
        data["schema_version"] = version
    return data


#: ``json.dumps(..., ensure_ascii=False)`` builds an encoder per call; this one is built once (it keeps no
#: state between calls, so threads may share it).
_ENCODER = json.JSONEncoder(ensure_ascii=False)


def dumps_event(event: Event, document: dict[str, Any] | None = None) -> str:
    """One event as one line of JSON (no trailing newline), keys in a fixed order.

    ``document`` (from :func:`document_fields`) adds the document's fields
    before ``schema_version``.
    """
    return _ENCODER.encode(event_line_dict(event, document))


def loads_event(text: str) -> Event:
    """Parse one line of JSON into an event."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise SchemaError(f"not JSON: {err}") from err
    return event_from_dict(data)


def dumps_extraction(result: Extraction, *, indent: int | None = None) -> str:
    """A whole document result as JSON."""
    data = converter.unstructure(result)
    data["events"] = [converter.unstructure(e, type(e)) for e in result.events]
    return json.dumps(data, ensure_ascii=False, indent=indent)


def loads_extraction(text: str) -> Extraction:
    """Parse a document result written by :func:`dumps_extraction`."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise SchemaError(f"not JSON: {err}") from err
    return structure(data, Extraction)
