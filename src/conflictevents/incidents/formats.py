"""Output formats of incidents, each a streaming writer: ``jsonl``, ``csv``, ``geojson``, ``table``.

A writer receives one :class:`~conflictevents.incidents.model.Incident` at a time
(:meth:`IncidentWriter.write`) and is closed once, so memory stays flat. Each
incident's output is built whole before it is written.

* ``jsonl``: one incident per line (:func:`~conflictevents.incidents.serialize.incident_to_dict`);
* ``csv``: one flat row per incident (:data:`INCIDENT_CSV_COLUMNS`);
* ``geojson``: a FeatureCollection, one feature per located place of an incident;
* ``table``: aligned columns for a person at a terminal.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any, TextIO

from ..arguments import escape_controls
from ..formats import Writer, _fit
from ..results import Extraction
from .merge import IncidentStream
from .model import Incident
from .serialize import dumps_incident, incident_to_dict

__all__ = ["INCIDENT_FORMATS", "INCIDENT_CSV_COLUMNS", "IncidentWriter", "make_incident_writer", "flat_incident",
           "MergingWriter"]

#: The CSV columns, in order. Counts are ``min`` and ``max`` over the reports.
INCIDENT_CSV_COLUMNS = (
    "incident_id", "type", "date_min", "date_max", "sub_type", "actor", "participants", "location", "admin1",
    "country", "latitude", "longitude", "launched_min", "launched_max", "intercepted_min", "intercepted_max",
    "killed_min", "killed_max", "injured_min", "injured_max", "size_min", "size_max", "reports", "documents",
    "independent_sources", "outlets", "asserted_by", "denied_by", "confirmed_by", "first_reported",
    "last_reported", "events",
)

_COUNTS = ("launched", "intercepted", "killed", "injured", "size")
_SUB_TYPE = {"strike": "weapons", "territorial_change": "change", "diplomatic_event": "kind",
             "deployment": "unit", "claim": "stance"}


def _places(incident: Incident) -> list[dict[str, Any]]:
    slots = incident.slots
    if incident.type == "strike":
        return list(slots.get("locations") or [])
    place = slots.get("place") or slots.get("location")
    return [place] if place else []


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    return str(value)


def flat_incident(incident: Incident) -> dict[str, Any]:
    """One incident as a flat CSV row."""
    slots = incident.slots
    row: dict[str, Any] = {k: "" for k in INCIDENT_CSV_COLUMNS}
    date = slots.get("date") or {}
    places = _places(incident)
    first = places[0] if places else {}
    by_stance: dict[str, list[str]] = {"asserts": [], "denies": [], "confirms": []}
    for c in incident.claims:
        who = c.claimant or c.actor or "?"
        if who not in by_stance[c.stance.value]:
            by_stance[c.stance.value].append(who)
    row.update(
        incident_id=incident.id, type=incident.type, date_min=date.get("min") or "", date_max=date.get("max") or "",
        sub_type=_text(slots.get(_SUB_TYPE[incident.type])), actor=_text(slots.get("actor")),
        participants=_text(slots.get("participants")), location=";".join(p["name"] for p in places),
        admin1=first.get("admin1") or "", country=first.get("country") or "",
        latitude="" if first.get("lat") is None else first["lat"],
        longitude="" if first.get("lon") is None else first["lon"],
        reports=len(incident.reports), documents=len({r.doc for r in incident.reports}),
        independent_sources=incident.independent_sources,
        outlets=";".join(sorted({r.source for r in incident.reports if r.source})),
        asserted_by=";".join(by_stance["asserts"]), denied_by=";".join(by_stance["denies"]),
        confirmed_by=";".join(by_stance["confirms"]),
        first_reported=incident.first_reported.isoformat() if incident.first_reported else "",
        last_reported=incident.last_reported.isoformat() if incident.last_reported else "",
        events=";".join(r.event for r in incident.reports),
    )
    for name in _COUNTS:
        q = slots.get(name)
        if isinstance(q, dict):
            row[f"{name}_min"] = "" if q.get("min") is None else q["min"]
            row[f"{name}_max"] = "" if q.get("max") is None else q["max"]
    return row


class IncidentWriter:
    """Base writer: subclasses implement :meth:`write` and may extend :meth:`close`."""

    def __init__(self, out: TextIO) -> None:
        self.out = out

    def write(self, incident: Incident) -> None:  # pragma: no cover - abstract
        """Write one incident."""
        raise NotImplementedError

    def close(self) -> None:
        """Finish the output (closing brackets, flushing)."""
        self.out.flush()


class JsonlIncidentWriter(IncidentWriter):
    """One incident per line."""

    def write(self, incident: Incident) -> None:
        self.out.write(dumps_incident(incident) + "\n")


class CsvIncidentWriter(IncidentWriter):
    """One row per incident with :data:`INCIDENT_CSV_COLUMNS`."""

    def __init__(self, out: TextIO) -> None:
        super().__init__(out)
        self.buffer = io.StringIO()
        self.csv = csv.DictWriter(self.buffer, fieldnames=list(INCIDENT_CSV_COLUMNS), lineterminator="\n")
        self.csv.writeheader()
        self._flush()

    def _flush(self) -> None:
        chunk = self.buffer.getvalue()
        self.buffer.seek(0)
        self.buffer.truncate()
        if chunk:
            self.out.write(chunk)

    def write(self, incident: Incident) -> None:
        self.csv.writerow(flat_incident(incident))
        self._flush()


class GeoJsonIncidentWriter(IncidentWriter):
    """A FeatureCollection: one point feature per located place of each incident."""

    def __init__(self, out: TextIO) -> None:
        super().__init__(out)
        self.n = 0
        out.write('{"type": "FeatureCollection", "features": [')

    def write(self, incident: Incident) -> None:
        features = []
        for p in _places(incident):
            if p.get("lat") is None or p.get("lon") is None:
                continue
            props = incident_to_dict(incident)
            props["place"] = p["name"]
            features.append(json.dumps({"type": "Feature",
                                        "geometry": {"type": "Point", "coordinates": [p["lon"], p["lat"]]},
                                        "properties": props}, ensure_ascii=False, allow_nan=False))
        if features:
            self.out.write(("\n" if self.n == 0 else ",\n") + ",\n".join(features))
            self.n += len(features)

    def close(self) -> None:
        self.out.write("\n]}\n")
        super().close()


class TableIncidentWriter(IncidentWriter):
    """Aligned columns for reading in a terminal (control characters shown escaped)."""

    COLUMNS = (("date", 10), ("type", 18), ("actor", 14), ("what", 24), ("where", 22), ("reports", 7),
               ("sources", 7), ("claims", 30))

    def __init__(self, out: TextIO) -> None:
        super().__init__(out)
        out.write("  ".join(name.ljust(w) for name, w in self.COLUMNS).rstrip() + "\n")
        out.write("  ".join("-" * w for _, w in self.COLUMNS) + "\n")

    def write(self, incident: Incident) -> None:
        r = flat_incident(incident)
        counts = [f"{n}={r[n + '_min']}" + (f"-{r[n + '_max']}" if r[n + "_max"] != r[n + "_min"] else "")
                  for n in _COUNTS if r[n + "_min"] != ""]
        what = " ".join([r["sub_type"] or incident.type, *counts])
        claims = "; ".join(f"{c.stance.value} {c.claimant or c.actor or '?'}" for c in incident.claims)
        date = r["date_min"] if r["date_min"] == r["date_max"] else f"{r['date_min']}~"
        cells = [date, incident.type, r["actor"] or r["participants"], what, r["location"], r["reports"],
                 r["independent_sources"], claims]
        line = "  ".join(_fit(escape_controls(str(c)), w) for c, (_, w) in zip(cells, self.COLUMNS))
        self.out.write(line.rstrip() + "\n")


#: Format name -> incident writer class.
INCIDENT_FORMATS: dict[str, type[IncidentWriter]] = {
    "jsonl": JsonlIncidentWriter,
    "csv": CsvIncidentWriter,
    "geojson": GeoJsonIncidentWriter,
    "table": TableIncidentWriter,
}


def make_incident_writer(name: str, out: TextIO) -> IncidentWriter:
    """The incident writer of a format, opened on ``out``."""
    return INCIDENT_FORMATS[name](out)


class MergingWriter(Writer):
    """An extraction writer that merges: document results go in (:meth:`write`), incidents come out on
    :meth:`close` (``python -m conflictevents ... --incidents``)."""

    def __init__(self, name: str, out: TextIO, spill_dir: str | None = None) -> None:
        super().__init__(out)
        self.stream = IncidentStream(spill_dir)
        self.incidents = make_incident_writer(name, out)
        #: incidents written, by type
        self.by_type: dict[str, int] = {}

    def write(self, result: Extraction) -> None:
        self.stream.add([result])

    def close(self) -> None:
        try:
            for incident in self.stream.incidents():
                self.incidents.write(incident)
                self.by_type[incident.type] = self.by_type.get(incident.type, 0) + 1
            self.incidents.close()
        finally:
            self.stream.close()
