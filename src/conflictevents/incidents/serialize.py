"""Incidents as JSON: one object per incident, the line format of ``python -m conflictevents incidents``.

The keys come in a fixed order: ``id``, ``type``, ``slots``, ``values``,
``reports``, ``claims``, ``independent_sources``, ``source_groups``,
``first_reported``, ``last_reported``, ``why``, ``schema_version``. Dates are
ISO strings, enums their values; a report's ``evidence`` is its sentence.

>>> from conflictevents.incidents import merge
>>> line = dumps_incident(merge([{"type": "strike", "id": "strike-1", "doc": "d", "span": [0, 4],
...                               "evidence": "Boom", "published": "2025-07-14"}])[0])
>>> incident_from_dict(json.loads(line)).reports[0].published
datetime.date(2025, 7, 14)
"""

from __future__ import annotations

import json
from typing import Any

import cattrs

from ..errors import SchemaError
from ..serialize import converter
from .model import INCIDENT_SCHEMA_VERSION, Incident

__all__ = ["incident_to_dict", "incident_from_dict", "dumps_incident", "loads_incident"]


def incident_to_dict(incident: Incident) -> dict[str, Any]:
    """The JSON object of one incident, with ``schema_version`` last."""
    out: dict[str, Any] = converter.unstructure(incident, Incident)
    out["values"] = {k: [converter.unstructure(sv) for sv in v] for k, v in incident.values.items()}
    out["source_groups"] = [list(g) for g in incident.source_groups]
    out["schema_version"] = INCIDENT_SCHEMA_VERSION
    return out


def incident_from_dict(data: Any) -> Incident:
    """Build an incident from its JSON object; raises :class:`~conflictevents.errors.SchemaError` naming the field."""
    if not isinstance(data, dict):
        raise SchemaError(f"invalid incident: a JSON object is needed, got {type(data).__name__}")
    body = {k: v for k, v in data.items() if k != "schema_version"}
    try:
        if isinstance(body.get("source_groups"), list):
            body["source_groups"] = tuple(tuple(g) for g in body["source_groups"])
        return converter.structure(body, Incident)
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError) as err:
        details = "; ".join(cattrs.transform_error(err, path="incident")) \
            if isinstance(err, cattrs.BaseValidationError) else str(err)
        raise SchemaError(f"invalid incident: {details}") from err


def dumps_incident(incident: Incident) -> str:
    """One incident as one line of JSON (no trailing newline)."""
    return json.dumps(incident_to_dict(incident), ensure_ascii=False, allow_nan=False)


def loads_incident(text: str) -> Incident:
    """Parse one line of JSON into an incident."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise SchemaError(f"not JSON: {err}") from err
    return incident_from_dict(data)
