"""Merging reports into incidents: :func:`merge` and :func:`merge_stream`.

>>> from conflictevents import extract
>>> a = extract("Russia launched 40 drones at Kharkiv overnight, the governor said.",
...             published="2025-07-14", doc_id="wire", metadata={"source": "Wire"})
>>> b = extract("Russian forces attacked Kharkiv with 43 drones overnight, officials said.",
...             published="2025-07-14", doc_id="daily", metadata={"source": "Daily"})
>>> [incident] = [i for i in merge([a, b]) if i.type == "strike"]
>>> incident.slots["launched"], incident.independent_sources
({'value': None, 'min': 40, 'max': 43}, 2)
>>> [(v.value["value"], v.source) for v in incident.values["launched"]]
[(43, 'Daily'), (40, 'Wire')]
"""

from __future__ import annotations

import json
import os
import pickle
import sqlite3
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import IO, Any

import attrs

from .blocking import Cluster, Sweep
from .model import Incident, IncidentClaim, MergeStep, Report, SlotValue, incident_id
from .near_duplicates import source_groups
from ..errors import SchemaError
from .reports import DocFields, Item, check_event, claim_of, item_of, items_of, read_inputs
from .rules import SLOT_KINDS, mergeable

__all__ = ["merge", "merge_stream", "IncidentStream", "merge_slots", "incident_of", "sort_key", "BUCKET_DAYS"]

#: Days of report dates per spill file of :func:`merge_stream`.
BUCKET_DAYS = 7
_PRECISION_RANK = {"place": 0, "admin1": 1, "country": 2, "unknown": 3}


def _count_bounds(v: Mapping[str, Any]) -> tuple[int | None, int | None]:
    low = v.get("value") if v.get("value") is not None else v.get("low")
    high = v.get("value") if v.get("value") is not None else v.get("high")
    return low, high


def merge_slots(event_type: str, values: Mapping[str, Iterable[SlotValue]]) -> dict[str, Any]:
    """The merged slots of an incident from what its reports gave (see :class:`~conflictevents.incidents.model.Incident`).

    >>> vals = {"launched": [SlotValue(value={"value": 40}, event="e1", doc="a"),
    ...                      SlotValue(value={"value": 43}, event="e2", doc="b")]}
    >>> merge_slots("strike", vals)["launched"]
    {'value': None, 'min': 40, 'max': 43}
    """
    out: dict[str, Any] = {}
    for slot, how in SLOT_KINDS[event_type].items():
        given = [sv.value for sv in values.get(slot, ())]
        if not given:
            out[slot] = [] if how in ("union", "places") else None
            continue
        if how == "one":
            counts = Counter(given)
            out[slot] = min(counts, key=lambda x: (-counts[x], str(x)))
        elif how == "union":
            flat = {x for g in given for x in (g if isinstance(g, list) else [g])}
            out[slot] = sorted(flat)
        elif how == "count":
            lows = [lo for lo, _ in map(_count_bounds, given) if lo is not None]
            highs = [hi for _, hi in map(_count_bounds, given) if hi is not None]
            exact = {g.get("value") for g in given}
            out[slot] = {"value": exact.pop() if len(exact) == 1 else None,
                         "min": min(lows) if lows else None, "max": max(highs) if highs else None}
        elif how == "date":
            distinct = sorted(set(given))
            out[slot] = {"value": distinct[0] if len(distinct) == 1 else None, "min": distinct[0],
                         "max": distinct[-1]}
        elif how == "places":
            seen: dict[tuple[str, str, str], dict[str, Any]] = {}
            for g in given:
                for p in g:
                    seen.setdefault((p["name"], p.get("admin1") or "", p.get("country") or ""), p)
            out[slot] = [seen[k] for k in sorted(seen)]
        else:  # place: the most precise, then the most often given, then by name
            counts = Counter((p["name"], p.get("admin1") or "", p.get("country") or "") for p in given)
            first: dict[tuple[str, str, str], dict[str, Any]] = {}
            for p in given:
                first.setdefault((p["name"], p.get("admin1") or "", p.get("country") or ""), p)
            best = min(first, key=lambda k: (_PRECISION_RANK.get(first[k].get("precision") or "unknown", 3),
                                             -counts[k], k))
            out[slot] = first[best]
    return out


def incident_of(members: list[Item], why: list[MergeStep]) -> Incident:
    """Build the incident of merged reports (in the order they joined, with why each did)."""
    t = members[0].type
    reports = tuple(sorted(
        (Report(event=m.event, doc=m.doc, source=m.docf.outlet, url=m.docf.url, published=m.docf.published,
                fingerprint=m.docf.fingerprint, evidence=m.evidence) for m in members),
        key=lambda r: (r.published.isoformat() if r.published else "", r.doc, r.event)))
    values: dict[str, list[SlotValue]] = {}
    for m in sorted(members, key=lambda m: (m.doc, m.event)):
        for slot, value in m.values:
            values.setdefault(slot, []).append(SlotValue(value=value, event=m.event, doc=m.doc,
                                                         source=m.docf.outlet))
    claims: dict[tuple[str, str], IncidentClaim] = {}
    for m in members:
        for c in m.claims:
            claims.setdefault((c.event, c.about), c)
    docs = {(m.doc, m.docf.outlet, m.docf.fingerprint) for m in members}
    groups = source_groups(docs)
    dates = [r.published for r in reports if r.published is not None]
    frozen_values = {k: tuple(v) for k, v in sorted(values.items())}
    return Incident(
        id=incident_id(m.event for m in members), type=t, slots=merge_slots(t, frozen_values),
        values=frozen_values, reports=reports,
        claims=tuple(claims[k] for k in sorted(claims, key=lambda k: (claims[k].doc, k))),
        independent_sources=len(groups), source_groups=tuple(groups),
        first_reported=min(dates) if dates else None, last_reported=max(dates) if dates else None,
        why=tuple(why))


def sort_key(incident: Incident) -> tuple[bool, str, str, str]:
    """The order of incidents in :func:`merge`'s list: by earliest date (undated last), type, id."""
    date = incident.slots.get("date")
    first = date.get("min") if isinstance(date, dict) else None
    return (first is None, first or "", incident.type, incident.id)


def _singleton(item: Item) -> bool:
    """A report that is an incident alone: a claim about no event of the input, or no usable date."""
    return item.type == "claim" or not mergeable(item)


def _sweep(items: Iterable[Item], attach: Callable[[list[Item]], list[Item]] | None = None) -> Iterator[Incident]:
    def built(clusters: list[Cluster]) -> list[Incident]:
        return sorted((incident_of(attach(c.members) if attach else c.members, c.why) for c in clusters),
                      key=sort_key)

    sweep = Sweep()
    for item in items:
        yield from built(sweep.add(item))
    yield from built(sweep.finish())


def _dedupe_sorted(items: Iterable[Item]) -> list[Item]:
    out: dict[str, Item] = {}
    for item in sorted(items, key=Item.sort_key):
        out.setdefault(item.event, item)
    return sorted(out.values(), key=Item.sort_key)


def merge(items: Iterable[object]) -> list[Incident]:
    """Merge events into incidents: one per real-world event, with every report behind it.

    ``items`` holds :class:`~conflictevents.results.Extraction` results, event
    models and event objects as printed by ``--format jsonl`` (dicts), in any
    mix and order: the result is the same for any order of the same input, and
    an event given twice counts once. Every event other than a claim is a
    report of exactly one incident; a claim is attached to the incidents of
    the events it is about, or, about none of them, is an incident of its own.
    Incidents are sorted by earliest date (undated ones last), type and id.

    Everything is held in memory; for millions of events use :func:`merge_stream`.
    Raises :class:`~conflictevents.errors.SchemaError` for a malformed event object
    and :class:`TypeError` for anything that is no event.
    """
    group = list(read_inputs(items))
    all_items = _dedupe_sorted(items_of(group))
    lone = [i for i in all_items if _singleton(i)]
    merged = list(_sweep(i for i in all_items if not _singleton(i)))
    merged.extend(incident_of([i], [MergeStep(event=i.event, rule="first")]) for i in lone)
    return sorted(merged, key=sort_key)


class _Spill:
    """Reports written to temporary files, one per :data:`BUCKET_DAYS` of dates, read back in date order;
    and the claims, in an SQLite database beside them, looked up by the events they are about."""

    MAX_OPEN = 128
    BATCH = 5000

    def __init__(self, folder: str | None) -> None:
        self.dir = tempfile.TemporaryDirectory(prefix="conflictevents-incidents-", dir=folder)
        self.open: dict[int, IO[bytes]] = {}
        self.buckets: set[int] = set()
        self.db = sqlite3.connect(os.path.join(self.dir.name, "claims.sqlite"))
        self.db.executescript(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
            "CREATE TABLE events (id TEXT PRIMARY KEY) WITHOUT ROWID;"
            "CREATE TABLE claims (id TEXT PRIMARY KEY, data TEXT, docf BLOB) WITHOUT ROWID;"
            "CREATE TABLE about (event TEXT, claim TEXT);")
        self._about: list[tuple[str, str]] = []
        self._claims: list[tuple[str, str, bytes]] = []
        self._events: list[tuple[str]] = []

    def path(self, bucket: int) -> str:
        return os.path.join(self.dir.name, f"{bucket}.pickle")

    def event(self, event: str) -> None:
        """Record an event id (for the claims about no event of the input)."""
        self._events.append((event,))
        self._flush(self.BATCH)

    def claim(self, data: Mapping[str, Any], docf: DocFields) -> None:
        """Keep a claim, and link it to the events it is about."""
        cid = data["id"]
        self._claims.append((cid, json.dumps(data, ensure_ascii=False), pickle.dumps(docf)))
        about = data.get("about")
        for target in about if isinstance(about, list) else ():
            if isinstance(target, str):
                self._about.append((target, cid))
        self._flush(self.BATCH)

    def stated_in(self, event: str, claim: str) -> None:
        """Link an event to the claim it is stated in."""
        self._about.append((event, claim))
        self._flush(self.BATCH)

    def _flush(self, at_least: int = 0) -> None:
        if len(self._about) + len(self._claims) + len(self._events) < max(at_least, 1):
            return
        self.db.executemany("INSERT OR IGNORE INTO claims VALUES (?, ?, ?)", self._claims)
        self.db.executemany("INSERT INTO about VALUES (?, ?)", self._about)
        self.db.executemany("INSERT OR IGNORE INTO events VALUES (?)", self._events)
        self._claims.clear()
        self._about.clear()
        self._events.clear()

    def finish_claims(self) -> None:
        self._flush()
        self.db.execute("CREATE INDEX about_event ON about (event)")
        self.db.execute("CREATE INDEX about_claim ON about (claim)")

    def claims_about(self, events: list[str]) -> dict[str, tuple[IncidentClaim, ...]]:
        """The claims about each of ``events`` (those about none are left out)."""
        found: dict[str, list[IncidentClaim]] = {}
        for start in range(0, len(events), 500):
            chunk = events[start:start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(f"SELECT DISTINCT a.event, c.data, c.docf FROM about a JOIN claims c "
                                   f"ON c.id = a.claim WHERE a.event IN ({marks})", chunk).fetchall()
            for event, data, docf in rows:
                found.setdefault(event, []).append(claim_of(json.loads(data), event, pickle.loads(docf)))
        return {e: tuple(sorted(cs, key=lambda c: (c.doc, c.event))) for e, cs in found.items()}

    def lone_claims(self) -> Iterator[tuple[Mapping[str, Any], DocFields]]:
        """The claims about no event of the input, by id."""
        rows = self.db.execute(
            "SELECT c.data, c.docf FROM claims c WHERE NOT EXISTS (SELECT 1 FROM about a JOIN events e "
            "ON e.id = a.event WHERE a.claim = c.id) ORDER BY c.id")
        for data, docf in rows:
            yield json.loads(data), pickle.loads(docf)

    def write(self, bucket: int, item: Item) -> None:
        fh = self.open.get(bucket)
        if fh is None:
            if len(self.open) >= self.MAX_OPEN:
                for f in self.open.values():
                    f.close()
                self.open.clear()
            fh = self.open[bucket] = open(self.path(bucket), "ab")
            self.buckets.add(bucket)
        pickle.dump(item.to_row(), fh, protocol=pickle.HIGHEST_PROTOCOL)

    def _finish_writing(self, bucket: int) -> None:
        fh = self.open.pop(bucket, None)
        if fh is not None:
            fh.close()

    @staticmethod
    def _row_keys(f: IO[bytes]) -> Iterator[tuple[tuple[int, int, str, str], int]]:
        """The sort key and the offset of each report of a spill file."""
        while True:
            at = f.tell()
            try:
                row = pickle.load(f)
            except EOFError:
                return
            yield Item.row_sort_key(row), at

    def sorted_reports(self, bucket: int) -> Iterator[Item]:
        """The reports of ``bucket`` in :meth:`~conflictevents.incidents.reports.Item.sort_key` order, an event
        given twice once (its first in that order, as :func:`_dedupe_sorted`). Only their sort keys and
        offsets are held; each report is read back when its turn comes."""
        self._finish_writing(bucket)
        path = self.path(bucket)
        with open(path, "rb") as f:
            order = sorted(self._row_keys(f))  # ties (an event given twice alike): the first written first
            seen: set[str] = set()
            for key, at in order:
                if key[3] in seen:
                    continue
                seen.add(key[3])
                f.seek(at)
                yield Item.from_row(pickle.load(f))
        os.unlink(path)

    def lone_reports(self) -> Iterator[Item]:
        """The reports of bucket :data:`_LONE` and the claims about no event of the input, in
        :meth:`~conflictevents.incidents.reports.Item.sort_key` order, an event given twice once (as
        :func:`_dedupe_sorted` of the reports, then the claims by id). Only their sort keys and where to find
        them are held."""
        order: list[tuple[tuple[int, int, str, str], int, int, str]] = []
        f: IO[bytes] | None = None
        if _LONE in self.buckets:
            self._finish_writing(_LONE)
            f = open(self.path(_LONE), "rb")
            order.extend((key, n, at, "") for n, (key, at) in enumerate(self._row_keys(f)))
        for data, docf in self.lone_claims():
            order.append((item_of(data, docf).sort_key(), len(order), -1, data["id"]))
        order.sort()
        seen: set[str] = set()
        try:
            for key, _, at, claim in order:
                if key[3] in seen:
                    continue
                seen.add(key[3])
                if claim:
                    data, docf = self.db.execute("SELECT data, docf FROM claims WHERE id = ?", (claim,)).fetchone()
                    yield item_of(json.loads(data), pickle.loads(docf))
                else:
                    assert f is not None
                    f.seek(at)
                    yield Item.from_row(pickle.load(f))
        finally:
            if f is not None:
                f.close()

    def close(self) -> None:
        for f in self.open.values():
            f.close()
        self.open.clear()
        self.db.close()
        self.dir.cleanup()


#: Bucket of the reports that are incidents alone.
_LONE = -(2**62)
#: Reports that are incidents alone whose claims are looked up at once.
_LONE_CHUNK = 500


class IncidentStream:
    """The merge of :func:`~conflictevents.incidents.merge_stream`, fed piece by piece: :meth:`add` inputs (as often as needed),
    then read :meth:`incidents` once. Use it as a context manager (the temporary files go at the end).
    """

    def __init__(self, spill_dir: str | None = None) -> None:
        self._spill = _Spill(spill_dir)
        #: events read so far (claims included, repeats not)
        self.events = 0

    def __enter__(self) -> IncidentStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def add(self, items: Iterable[object], on_error: Callable[[SchemaError], None] | None = None) -> None:
        """Read more inputs (events, results, event objects); each is written to the temporary files.

        A malformed event object raises :class:`~conflictevents.errors.SchemaError`, or, with
        ``on_error``, is passed to it and left out.
        """
        spill = self._spill
        for data, docf in read_inputs(items):
            try:
                if data.get("type") == "claim":
                    check_event(data)
                    item = None
                else:
                    item = item_of(data, docf)
            except SchemaError as err:
                if on_error is None:
                    raise
                on_error(err)
                continue
            self.events += 1
            if item is None:
                spill.claim(data, docf)
                continue
            spill.event(item.event)
            link = data.get("claim")
            if isinstance(link, str):
                spill.stated_in(item.event, link)
            if _singleton(item):
                spill.write(_LONE, item)
            else:
                assert item.lo is not None
                spill.write(item.lo // BUCKET_DAYS, item)

    def incidents(self) -> Iterator[Incident]:
        """The incidents of everything added, each as soon as no later report can join it."""
        spill = self._spill
        spill.finish_claims()

        def ordered() -> Iterator[Item]:
            for bucket in sorted(b for b in spill.buckets if b != _LONE):
                yield from spill.sorted_reports(bucket)

        def attach(members: list[Item]) -> list[Item]:
            found = spill.claims_about([m.event for m in members])
            return [attrs.evolve(m, claims=found[m.event]) if m.event in found else m for m in members]

        def alone(items: list[Item]) -> Iterator[Incident]:
            for item in attach(items):
                yield incident_of([item], [MergeStep(event=item.event, rule="first")])

        yield from _sweep(ordered(), attach)
        chunk: list[Item] = []
        for item in spill.lone_reports():  # in sort_key order, read a few hundred at a time
            chunk.append(item)
            if len(chunk) == _LONE_CHUNK:
                yield from alone(chunk)
                chunk = []
        yield from alone(chunk)

    def close(self) -> None:
        """Remove the temporary files."""
        self._spill.close()


def merge_stream(items: Iterable[object], *, spill_dir: str | None = None) -> Iterator[Incident]:
    """:func:`merge` in bounded memory, for inputs of millions of events.

    The input is read once and its reports written, compactly, to temporary
    files (in ``spill_dir``, else the system's temporary folder) by week of
    their dates; the weeks are then merged in date order, and each incident is
    yielded as soon as no later report can join it. Memory holds one week of
    reports and the incidents still open; the claims wait in an SQLite
    database beside the files. The incidents are those of :func:`merge` for
    the same input, in the order they close (by date, roughly), with the
    reports that are incidents alone last; the output is the same whatever the
    order of the input.

    >>> events = [{"type": "strike", "id": f"strike-{n}", "doc": f"d{n}", "span": [0, 4], "evidence": "Boom",
    ...            "actor": {"canonical": "Russia"}, "date": {"date": "2025-07-14", "precision": "day"},
    ...            "locations": [{"name": "Kharkiv", "admin1": "Kharkiv", "country": "Ukraine",
    ...                           "precision": "place"}]} for n in range(3)]
    >>> [len(i.reports) for i in merge_stream(events)]
    [3]
    """
    with IncidentStream(spill_dir) as stream:
        stream.add(items)
        yield from stream.incidents()
