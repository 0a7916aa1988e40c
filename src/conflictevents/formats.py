"""Output formats, each a streaming writer: ``jsonl``, ``json``, ``csv``, ``geojson``, ``table``.

A writer is opened on a text stream, receives one :class:`~conflictevents.results.Extraction` at a
time (:meth:`Writer.write`) and is closed once (:meth:`Writer.close`), so
memory stays flat whatever the size of the batch. A document's output is
built whole before it is written, in one call: a document that cannot be
written (a value JSON cannot hold, a character the stream cannot encode)
raises before anything of it reaches the stream, and the output stays valid.

* ``jsonl``: one event per line, the contract of the annotation guidelines, with
  the document's publication date, outlet, URL and fingerprint;
* ``json``: a JSON array with one document result per input;
* ``csv``: one flat row per event, ACLED-like columns (:data:`CSV_COLUMNS`);
* ``geojson``: a FeatureCollection of the events that have coordinates;
* ``table``: an aligned table for a person at a terminal.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any, TextIO

from .arguments import escape_controls
from .models import BaseEvent, Claim, Deployment, DiplomaticEvent, Place, Quantity, Strike, TerritorialChange
from .results import Extraction
from .serialize import converter, document_fields, dumps_event, event_to_dict

__all__ = ["FORMATS", "CSV_COLUMNS", "Writer", "make_writer"]

#: The CSV columns, in order.
CSV_COLUMNS = (
    "event_id", "doc", "event_date", "date_precision", "event_type", "sub_type", "actor1", "actor2",
    "source", "stance", "verified", "location", "admin1", "country", "latitude", "longitude",
    "geo_precision", "weapons", "launched", "intercepted", "fatalities", "injured", "size", "unit",
    "area_km2", "depth_km", "settlements", "status", "claim_id", "rule", "start", "end", "evidence",
)


class Writer:
    """Base writer: subclasses implement :meth:`write` and may extend :meth:`close`."""

    def __init__(self, out: TextIO) -> None:
        self.out = out

    def write(self, result: Extraction) -> None:  # pragma: no cover - abstract
        """Write the events of one document."""
        raise NotImplementedError

    def close(self) -> None:
        """Finish the output (closing brackets, flushing)."""
        self.out.flush()


class JsonlWriter(Writer):
    """One event per line, with its document's fields (:data:`~conflictevents.serialize.DOCUMENT_FIELDS`)."""

    def write(self, result: Extraction) -> None:
        if not result.events:
            return
        document = document_fields(result)
        chunk = "".join(dumps_event(e, document) + "\n" for e in result.events)
        if chunk:
            self.out.write(chunk)


class JsonWriter(Writer):
    """A JSON array of document results, streamed."""

    def __init__(self, out: TextIO) -> None:
        super().__init__(out)
        self.n = 0

    def write(self, result: Extraction) -> None:
        data = converter.unstructure(result)
        text = json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False)
        self.out.write(("[\n" if self.n == 0 else ",\n") + text)
        self.n += 1

    def close(self) -> None:
        self.out.write("[]\n" if self.n == 0 else "\n]\n")
        super().close()


def _num(q: Quantity | None) -> Any:
    return "" if q is None or q.value is None else q.value


def _main_place(e: BaseEvent) -> Place | None:
    if isinstance(e, Strike):
        return e.locations[0] if e.locations else None
    if isinstance(e, TerritorialChange):
        return e.place
    if isinstance(e, (DiplomaticEvent, Deployment)):
        return e.location
    return None


def flat_row(e: BaseEvent) -> dict[str, Any]:
    """One event as a flat CSV row."""
    row: dict[str, Any] = {k: "" for k in CSV_COLUMNS}
    date = getattr(e, "date", None)
    place = _main_place(e)
    row.update(
        event_id=e.id, doc=e.doc, event_type=e.event_type, rule=e.rule, claim_id=e.claim or "",
        start=e.span.start, end=e.span.end, evidence=" ".join(e.evidence.split()),
        event_date=date.date if date and date.date else "",
        date_precision=date.precision.value if date and date.precision else "",
    )
    if place is not None:
        row.update(location=place.name, admin1=place.admin1 or "", country=place.country or "",
                   latitude="" if place.lat is None else place.lat, longitude="" if place.lon is None else place.lon,
                   geo_precision=place.precision.value)
    if isinstance(e, Strike):
        row.update(sub_type="+".join(w.kind.value for w in e.weapons) or "attack",
                   actor1=e.actor.canonical if e.actor else "",
                   weapons=";".join(w.kind.value for w in e.weapons), launched=_num(e.launched),
                   intercepted=_num(e.intercepted), fatalities=_num(e.killed), injured=_num(e.injured),
                   location=";".join(p.name for p in e.locations) or row["location"])
    elif isinstance(e, TerritorialChange):
        row.update(sub_type=e.change.value, actor1=e.actor.canonical if e.actor else "",
                   area_km2=_num(e.area_km2), depth_km=_num(e.depth_km), settlements=_num(e.settlements))
    elif isinstance(e, DiplomaticEvent):
        parts = [p.canonical for p in e.participants]
        row.update(sub_type=e.kind.value, actor1=parts[0] if parts else "",
                   actor2=";".join(parts[1:]), status=e.status.value)
    elif isinstance(e, Deployment):
        row.update(sub_type="deployment", actor1=e.actor.canonical if e.actor else "", size=_num(e.size),
                   unit=e.unit or "", status=e.status.value)
    elif isinstance(e, Claim):
        row.update(sub_type=e.verb or "", actor1=e.actor.canonical if e.actor else "", source=e.source or "",
                   stance=e.stance.value, verified="" if e.verified is None else str(e.verified).lower())
    return row


class CsvWriter(Writer):
    """One row per event with :data:`CSV_COLUMNS`."""

    def __init__(self, out: TextIO) -> None:
        super().__init__(out)
        self.buffer = io.StringIO()
        self.csv = csv.DictWriter(self.buffer, fieldnames=list(CSV_COLUMNS), lineterminator="\n")
        self.csv.writeheader()
        self._flush_rows()

    def _flush_rows(self) -> None:
        chunk = self.buffer.getvalue()
        self.buffer.seek(0)
        self.buffer.truncate()
        if chunk:
            self.out.write(chunk)

    def write(self, result: Extraction) -> None:
        try:
            for e in result.events:
                self.csv.writerow(flat_row(e))
        except Exception:
            self.buffer.seek(0)
            self.buffer.truncate()
            raise
        self._flush_rows()


class GeoJsonWriter(Writer):
    """A FeatureCollection of the events with coordinates (one feature per located place)."""

    def __init__(self, out: TextIO) -> None:
        super().__init__(out)
        self.n = 0
        out.write('{"type": "FeatureCollection", "features": [')

    def write(self, result: Extraction) -> None:
        features: list[str] = []
        for e in result.events:
            places = list(e.locations) if isinstance(e, Strike) else [p for p in [_main_place(e)] if p]
            for p in places:
                if p.lat is None or p.lon is None:
                    continue
                props = event_to_dict(e)
                props["place"] = p.name
                feature = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [p.lon, p.lat]},
                           "properties": props}
                features.append(json.dumps(feature, ensure_ascii=False, allow_nan=False))
        if features:
            self.out.write(("\n" if self.n == 0 else ",\n") + ",\n".join(features))
            self.n += len(features)

    def close(self) -> None:
        self.out.write("\n]}\n")
        super().close()


class TableWriter(Writer):
    """Aligned columns for reading in a terminal.

    Control characters in a cell (a document id or evidence holding an
    escape sequence) are shown escaped, never sent to the terminal.
    """

    COLUMNS = (("doc", 16), ("type", 18), ("date", 10), ("actor", 14), ("what", 22), ("where", 22), ("evidence", 60))

    def __init__(self, out: TextIO) -> None:
        super().__init__(out)
        out.write("  ".join(name.ljust(w) for name, w in self.COLUMNS).rstrip() + "\n")
        out.write("  ".join("-" * w for _, w in self.COLUMNS) + "\n")

    def write(self, result: Extraction) -> None:
        lines: list[str] = []
        for e in result.events:
            r = flat_row(e)
            what = r["sub_type"]
            counts = [f"{k}={r[k]}" for k in ("launched", "intercepted", "fatalities", "injured", "size") if r[k] != ""]
            if isinstance(e, Claim):
                what = f"{e.stance.value} ({e.source or '?'})"
            elif counts:
                what = f"{what} {' '.join(counts)}"
            cells = [e.doc, e.event_type, r["event_date"], r["actor1"], what, r["location"], r["evidence"]]
            line = "  ".join(_fit(escape_controls(str(c)), w) for c, (_, w) in zip(cells, self.COLUMNS))
            lines.append(line.rstrip() + "\n")
        if lines:
            self.out.write("".join(lines))


def _fit(text: str, width: int) -> str:
    return text.ljust(width) if len(text) <= width else text[: width - 1] + "\u2026"


#: Format name -> writer class.
FORMATS: dict[str, type[Writer]] = {
    "jsonl": JsonlWriter,
    "json": JsonWriter,
    "csv": CsvWriter,
    "geojson": GeoJsonWriter,
    "table": TableWriter,
}


def make_writer(name: str, out: TextIO) -> Writer:
    """The writer of a format, opened on ``out``."""
    return FORMATS[name](out)
