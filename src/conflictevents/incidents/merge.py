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

import os
import pickle
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from typing import IO, Any

from .blocking import Cluster, Sweep
from .model import Incident, IncidentClaim, MergeStep, Report, SlotValue, incident_id
from .near_duplicates import source_groups
from .reports import DocFields, Item, items_of, read_inputs
from .rules import SLOT_KINDS, mergeable

__all__ = ["merge", "merge_stream", "merge_slots", "incident_of", "sort_key", "BUCKET_DAYS"]

#: Days of report dates per spill file of :func:`merge_stream`.
BUCKET_DAYS = 7
_PRECISION_RANK = {"place": 0, "admin1": 1, "country": 2, "unknown": 3}


def _count_bounds(v: Mapping[str, Any]) -> tuple[int | None, int | None]:
    low = v.get("value") if v.get("value") is not None else v.get("low")
    high = v.get("value") if v.get("value") is not None else v.get("high")
    return low, high


def merge_slots(event_type: str, values: Mapping[str, Iterable[SlotValue]]) -> dict[str, Any]:
    """The merged slots of an incident from what its reports gave (see :class:`~conflictevents.incidents.Incident`).

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


def sort_key(incident: Incident) -> tuple[str, str, str]:
    """The order of incidents in :func:`merge`'s list: by earliest date, type, id."""
    date = incident.slots.get("date")
    first = date.get("min") if isinstance(date, dict) else None
    return (first or "", incident.type, incident.id)


def _singleton(item: Item) -> bool:
    """A report that is an incident alone: a claim about no event of the input, or no usable date."""
    return item.type == "claim" or not mergeable(item)


def _of_clusters(clusters: list[Cluster]) -> list[Incident]:
    return sorted((incident_of(c.members, c.why) for c in clusters), key=sort_key)


def _sweep(items: Iterable[Item]) -> Iterator[Incident]:
    sweep = Sweep()
    for item in items:
        yield from _of_clusters(sweep.add(item))
    yield from _of_clusters(sweep.finish())


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
    Incidents are sorted by earliest date, type and id.

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


def _by_document(pairs: Iterable[tuple[Mapping[str, Any], DocFields]]) -> Iterator[list[tuple[Mapping[str, Any], DocFields]]]:
    """Runs of consecutive events of one document (the extractor writes a document's events together)."""
    group: list[tuple[Mapping[str, Any], DocFields]] = []
    doc: object = None
    for data, docf in pairs:
        d = data.get("doc")
        if group and d != doc:
            yield group
            group = []
        doc = d
        group.append((data, docf))
    if group:
        yield group


class _Spill:
    """Reports written to temporary files, one per :data:`BUCKET_DAYS` of dates, read back in date order."""

    MAX_OPEN = 128

    def __init__(self, folder: str | None) -> None:
        self.dir = tempfile.TemporaryDirectory(prefix="conflictevents-incidents-", dir=folder)
        self.open: dict[int, IO[bytes]] = {}
        self.buckets: set[int] = set()

    def path(self, bucket: int) -> str:
        return os.path.join(self.dir.name, f"{bucket}.pickle")

    def write(self, bucket: int, item: Item) -> None:
        fh = self.open.get(bucket)
        if fh is None:
            if len(self.open) >= self.MAX_OPEN:
                for f in self.open.values():
                    f.close()
                self.open.clear()
            fh = self.open[bucket] = open(self.path(bucket), "ab")
            self.buckets.add(bucket)
        pickle.dump(item, fh, protocol=pickle.HIGHEST_PROTOCOL)

    def read(self, bucket: int) -> list[Item]:
        fh = self.open.pop(bucket, None)
        if fh is not None:
            fh.close()
        out: list[Item] = []
        with open(self.path(bucket), "rb") as f:
            while True:
                try:
                    out.append(pickle.load(f))
                except EOFError:
                    break
        os.unlink(self.path(bucket))
        return out

    def close(self) -> None:
        for f in self.open.values():
            f.close()
        self.open.clear()
        self.dir.cleanup()


#: Bucket of the reports that are incidents alone.
_LONE = -(2**62)


def merge_stream(items: Iterable[object], *, spill_dir: str | None = None) -> Iterator[Incident]:
    """:func:`merge` in bounded memory, for inputs of millions of events.

    The input is read once and its reports written, compactly, to temporary
    files (in ``spill_dir``, else the system's temporary folder) by week of
    their dates; the weeks are then merged in date order, and each incident is
    yielded as soon as no later report can join it. Memory holds one week of
    reports and the incidents still open. The incidents are those of
    :func:`merge` for the same input, in the order they close (by date,
    roughly), with the reports that are incidents alone last. Claims are
    attached to events of the same document given in one run (as the
    extractor writes them).
    """
    spill = _Spill(spill_dir)
    try:
        for group in _by_document(read_inputs(items)):
            for item in items_of(group):
                if _singleton(item):
                    spill.write(_LONE, item)
                else:
                    assert item.lo is not None
                    spill.write(item.lo // BUCKET_DAYS, item)

        def ordered() -> Iterator[Item]:
            for bucket in sorted(b for b in spill.buckets if b != _LONE):
                yield from _dedupe_sorted(spill.read(bucket))

        yield from _sweep(ordered())
        if _LONE in spill.buckets:
            for item in _dedupe_sorted(spill.read(_LONE)):
                yield incident_of([item], [MergeStep(event=item.event, rule="first")])
    finally:
        spill.close()
