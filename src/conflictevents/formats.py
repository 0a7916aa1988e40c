"""Output formats, each a streaming writer: ``jsonl``, ``json``, ``csv``, ``geojson``, ``table``, ``parquet``.

A writer is opened on a text stream, receives one :class:`~conflictevents.results.Extraction` at a
time (:meth:`Writer.write`) and is closed once (:meth:`Writer.close`), so
memory stays flat whatever the size of the batch. A document's output is
built whole before it is written, in one call: a document that cannot be
written (a value JSON cannot hold, a character the stream cannot encode)
raises before anything of it reaches the stream, and the output stays valid.

Building a document's part (:meth:`Writer.render`, a class method: it needs
no stream and keeps no state) is apart from writing it
(:meth:`Writer.write_chunk`, which adds what joins the parts: the brackets
and commas of ``json`` and ``geojson``; the header of ``csv`` and ``table``
is written when the writer is opened). The command line's worker processes
render their documents and send the parent the text, which it writes in
input order: the output is the same, byte for byte, as with one process.

* ``jsonl``: one event per line, the contract of the annotation guidelines, with
  the document's publication date, outlet, URL and fingerprint;
* ``json``: a JSON array with one document result per input;
* ``csv``: one flat row per event, ACLED-like columns (:data:`CSV_COLUMNS`);
* ``geojson``: a FeatureCollection of the events that have coordinates;
* ``table``: an aligned table for a person at a terminal;
* ``parquet``: one row per event, the columns of
  :func:`conflictevents.arrow.arrow_schema` (needs ``pyarrow``: the
  ``parquet`` extra), written in row groups of :data:`PARQUET_ROW_GROUP` events.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from typing import Any, TextIO

from .arguments import escape_controls
from .arrow import arrow_schema, events_to_table, require
from .errors import ExtraNotInstalled
from .models import BaseEvent, Claim, Deployment, DiplomaticEvent, Place, Quantity, Strike, TerritorialChange
from .results import Extraction
from .serialize import converter, document_fields, dumps_event, event_line_dict, event_to_dict

__all__ = ["FORMATS", "CSV_COLUMNS", "PARQUET_ROW_GROUP", "Writer", "ParquetWriter", "make_writer", "format_problem"]

#: The CSV columns, in order.
CSV_COLUMNS = (
    "event_id", "doc", "event_date", "date_precision", "event_type", "sub_type", "actor1", "actor2",
    "source", "stance", "verified", "location", "admin1", "country", "latitude", "longitude",
    "geo_precision", "weapons", "launched", "intercepted", "fatalities", "injured", "size", "unit",
    "area_km2", "depth_km", "settlements", "status", "claim_id", "rule", "start", "end", "evidence",
)


class Writer:
    """Base writer: subclasses implement :meth:`render`, and may extend :meth:`write_chunk` and :meth:`close`."""

    #: whether the format writes bytes (to the stream's ``buffer``) rather than text
    binary = False

    def __init__(self, out: TextIO) -> None:
        self.out = out

    @classmethod
    def render(cls, result: Extraction) -> str:  # pragma: no cover - abstract
        """The output of one document, as :meth:`write_chunk` takes it (raises :class:`ValueError` or
        :class:`TypeError` for a value the format cannot hold)."""
        raise NotImplementedError

    def write_chunk(self, chunk: str) -> None:
        """Write the output of one document, made by :meth:`render`, in one call."""
        if chunk:
            self.out.write(chunk)

    def write(self, result: Extraction) -> None:
        """Write the events of one document."""
        self.write_chunk(self.render(result))

    def close(self) -> None:
        """Finish the output (closing brackets, flushing)."""
        self.out.flush()


class JsonlWriter(Writer):
    """One event per line, with its document's fields (:data:`~conflictevents.serialize.DOCUMENT_FIELDS`)."""

    @classmethod
    def render(cls, result: Extraction) -> str:
        document = document_fields(result)
        return "".join(dumps_event(e, document) + "\n" for e in result.events)


class JsonWriter(Writer):
    """A JSON array of document results, streamed."""

    def __init__(self, out: TextIO) -> None:
        super().__init__(out)
        self.n = 0

    @classmethod
    def render(cls, result: Extraction) -> str:
        data = converter.unstructure(result)
        return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False)

    def write_chunk(self, chunk: str) -> None:
        self.out.write(("[\n" if self.n == 0 else ",\n") + chunk)
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
        buffer = io.StringIO()
        csv.DictWriter(buffer, fieldnames=list(CSV_COLUMNS), lineterminator="\n").writeheader()
        out.write(buffer.getvalue())

    @classmethod
    def render(cls, result: Extraction) -> str:
        if not result.events:
            return ""
        buffer = io.StringIO()
        rows = csv.DictWriter(buffer, fieldnames=list(CSV_COLUMNS), lineterminator="\n")
        for e in result.events:
            rows.writerow(flat_row(e))
        return buffer.getvalue()


class GeoJsonWriter(Writer):
    """A FeatureCollection of the events with coordinates (one feature per located place)."""

    def __init__(self, out: TextIO) -> None:
        super().__init__(out)
        self.n = 0
        out.write('{"type": "FeatureCollection", "features": [')

    @classmethod
    def render(cls, result: Extraction) -> str:
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
        return ",\n".join(features)

    def write_chunk(self, chunk: str) -> None:
        if chunk:
            self.out.write(("\n" if self.n == 0 else ",\n") + chunk)
            self.n += 1

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

    @classmethod
    def render(cls, result: Extraction) -> str:
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
            line = "  ".join(_fit(escape_controls(str(c)), w) for c, (_, w) in zip(cells, cls.COLUMNS))
            lines.append(line.rstrip() + "\n")
        return "".join(lines)


#: Events per Parquet row group (the last one holds the rest).
PARQUET_ROW_GROUP = 10_000


class ParquetWriter(Writer):
    """One row per event, the columns of :func:`~conflictevents.arrow.arrow_schema`, in Parquet.

    Parquet is binary: the file is written to the text stream's byte
    ``buffer``. Events are gathered into row groups of
    :data:`PARQUET_ROW_GROUP`; the file's footer, without which no reader
    opens it, is written by :meth:`close`. A run with no event writes a valid
    file with the columns and no row. Raises
    :class:`~conflictevents.errors.ExtraNotInstalled` when ``pyarrow`` is
    missing.
    """

    binary = True

    def __init__(self, out: TextIO) -> None:
        super().__init__(out)
        parquet = require("pyarrow.parquet", "parquet")
        pa = require("pyarrow", "parquet")
        self._concat = pa.concat_tables
        self.schema = arrow_schema()
        out.flush()
        self.sink = out.buffer
        self.pending: list[Any] = []
        self.rows = 0
        self.parquet = parquet.ParquetWriter(self.sink, self.schema)

    @classmethod
    def render(cls, result: Extraction) -> str:
        """The document's events as JSON lines (a worker of ``--jobs`` sends text); :meth:`write_chunk` makes the
        rows, and raises there for a value Parquet cannot hold, before anything of the document is kept."""
        document = document_fields(result)
        return "".join(json.dumps(event_line_dict(e, document), ensure_ascii=False, allow_nan=False) + "\n"
                       for e in result.events)

    def write_chunk(self, chunk: str) -> None:
        if chunk:
            self._add(events_to_table([json.loads(line) for line in chunk.splitlines() if line]))

    def write(self, result: Extraction) -> None:
        if not result.events:
            return
        document = document_fields(result)
        self._add(events_to_table([event_line_dict(e, document) for e in result.events]))  # raises first

    def _add(self, table: Any) -> None:
        self.pending.append(table)
        self.rows += table.num_rows
        if self.rows >= PARQUET_ROW_GROUP:
            self._flush_rows()

    def _flush_rows(self) -> None:
        if self.pending:
            table = self._concat(self.pending)
            self.pending = []
            self.rows = 0
            self.parquet.write_table(table, row_group_size=max(table.num_rows, 1))

    def close(self) -> None:
        self._flush_rows()
        self.parquet.close()
        self.sink.flush()
        super().close()


def _fit(text: str, width: int) -> str:
    return text.ljust(width) if len(text) <= width else text[: width - 1] + "\u2026"


#: Format name -> writer class.
FORMATS: dict[str, type[Writer]] = {
    "jsonl": JsonlWriter,
    "json": JsonWriter,
    "csv": CsvWriter,
    "geojson": GeoJsonWriter,
    "table": TableWriter,
    "parquet": ParquetWriter,
}


def make_writer(name: str, out: TextIO) -> Writer:
    """The writer of a format, opened on ``out``."""
    return FORMATS[name](out)


def format_problem(name: str, output: str | None) -> str | None:
    """Why format ``name`` cannot be written to ``output`` (a path, or ``None``/``"-"`` for standard output), or ``None``.

    A binary format needs its optional dependency and is not written to a terminal.
    """
    if not FORMATS[name].binary:
        return None
    try:
        require("pyarrow.parquet", name)
    except ExtraNotInstalled as err:
        return f"--format {name}: {err}"
    if (output is None or output == "-") and sys.stdout is not None and sys.stdout.isatty():
        return f"--format {name} is binary: write it to a file with -o FILE, or redirect standard output"
    return None
