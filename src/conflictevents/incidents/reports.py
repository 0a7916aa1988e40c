"""Reading what :func:`~conflictevents.incidents.merge` is given: events, document results, JSON lines.

Everything becomes an :class:`Item`: one report with what the rules compare
(dates as intervals, places, actors, the slots that must agree) and what
the incident keeps (each slot's value, the document's outlet, URL,
publication date and fingerprint, the claims about the event).

Inputs:

* an :class:`~conflictevents.results.Extraction`: its events, with the
  document's publication date, ``metadata["source"]`` (the outlet) and
  ``metadata["url"]``, and a fingerprint of its sentences;
* an event model: its slots only (no outlet, no publication date);
* an event object as printed by ``--format jsonl``, with the document fields
  it carries (:data:`~conflictevents.serialize.DOCUMENT_FIELDS`).

Claims are not reports: each is attached to the events it is about (its
``about`` list, or their ``claim`` field), and a claim about no event of the
input becomes a report of its own.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import regex
from attrs import field, frozen

from ..errors import SchemaError
from ..models import EVENT_TYPES, BaseEvent, Stance
from ..results import Extraction
from ..serialize import document_fields, event_to_dict
from .model import IncidentClaim
from .rules import COUNTRY_IS_ENOUGH, DISCRIMINATORS, KIND_FAMILIES, MIN_PARTICIPANTS, SLOT_KINDS, PlaceKey, date_interval

__all__ = ["DocFields", "Item", "check_event", "item_of", "claim_of", "read_document_fields", "read_inputs", "items_of", "fold"]

_WORD = regex.compile(r"\w+")
_FOLD = regex.compile(r"[\s'\u2019`\-.]+")
_HEX16 = regex.compile(r"[0-9a-f]{16}")


def fold(name: str) -> str:
    """A comparison key for a name: case-folded, punctuation and spacing dropped."""
    return str(_FOLD.sub(" ", name.casefold())).strip()


@frozen
class DocFields:
    """What a report knows of its document."""

    published: dt.date | None = None
    outlet: str | None = None
    url: str | None = None
    fingerprint: str | None = None


@frozen(kw_only=True)
class Item:
    """One report as the merge reads it (internal; built by :func:`items_of`)."""

    event: str
    type: str
    doc: str
    docf: DocFields
    evidence: str
    evidence_key: str
    lo: int | None
    hi: int | None
    precision: str
    actor: str | None
    participants: tuple[str, ...]
    places: tuple[PlaceKey, ...]
    kind: tuple[str, ...]
    values: tuple[tuple[str, Any], ...]
    #: a stated day, and a place more precise than a country (or, for a diplomatic event, two participants)
    anchored: bool
    claims: tuple[IncidentClaim, ...] = field(default=())

    def to_row(self) -> tuple[Any, ...]:
        """The report as nested tuples of plain values (what the spill files of the stream hold;
        claims are not kept)."""
        d = self.docf
        return (self.event, self.type, self.doc,
                (d.published.toordinal() if d.published else None, d.outlet, d.url, d.fingerprint),
                self.evidence, self.evidence_key, self.lo, self.hi, self.precision, self.actor, self.participants,
                tuple((p.key, p.name, p.admin1, p.country, p.lat, p.lon, p.precision) for p in self.places),
                self.kind, self.values, self.anchored)

    @classmethod
    def from_row(cls, row: tuple[Any, ...]) -> Item:
        """The report of :meth:`to_row`."""
        (event, type_, doc, (pub, outlet, url, fp), evidence, evidence_key, lo, hi, precision, actor, participants,
         places, kind, values, anchored) = row
        docf = DocFields(dt.date.fromordinal(pub) if pub is not None else None, outlet, url, fp)
        return cls(event=event, type=type_, doc=doc, docf=docf, evidence=evidence, evidence_key=evidence_key,
                   lo=lo, hi=hi, precision=precision, actor=actor, participants=participants,
                   places=tuple(PlaceKey(*p) for p in places), kind=kind, values=values, anchored=anchored)

    @staticmethod
    def row_sort_key(row: tuple[Any, ...]) -> tuple[int, int, str, str]:
        """:meth:`sort_key` of the report of a :meth:`to_row` row, without building it."""
        return (row[6] if row[6] is not None else -1, row[7] if row[7] is not None else -1, row[1], row[0])

    def sort_key(self) -> tuple[int, int, str, str]:
        """The order in which reports are merged (independent of the input order)."""
        return (self.lo if self.lo is not None else -1, self.hi if self.hi is not None else -1, self.type,
                self.event)


def _bad(where: str, what: str) -> SchemaError:
    return SchemaError(f"invalid event: {where}: {what}")


def _opt_str(data: Mapping[str, Any], key: str, where: str) -> str | None:
    value = data.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise _bad(f"{where}.{key}", f"must be a string or null, got {type(value).__name__}")
    return value


def _obj(data: Mapping[str, Any], key: str, where: str) -> Mapping[str, Any] | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise _bad(f"{where}.{key}", f"must be an object or null, got {type(value).__name__}")
    return value


def _list(data: Mapping[str, Any], key: str, where: str) -> list[Any]:
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise _bad(f"{where}.{key}", f"must be a list or null, got {type(value).__name__}")
    return value


def _num(q: Mapping[str, Any], key: str, where: str) -> int | None:
    value = q.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _bad(f"{where}.{key}", f"must be a whole number >= 0 or null, got {value!r}")
    return value


def _quantity(q: Mapping[str, Any] | None, where: str) -> dict[str, Any] | None:
    if q is None:
        return None
    out = {"value": _num(q, "value", where), "low": _num(q, "low", where), "high": _num(q, "high", where),
           "qualifier": q.get("qualifier") if isinstance(q.get("qualifier"), str) else "exact"}
    if out["value"] is None and out["low"] is None and out["high"] is None:
        out["written"] = q.get("written") if isinstance(q.get("written"), str) else ""
    return out


def _float(p: Mapping[str, Any], key: str, where: str) -> float | None:
    value = p.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _bad(f"{where}.{key}", f"must be a number or null, got {type(value).__name__}")
    return float(value)


def _place(p: Mapping[str, Any] | None, where: str) -> tuple[PlaceKey, dict[str, Any]] | None:
    if p is None:
        return None
    name = _opt_str(p, "name", where)
    if name is None:
        raise _bad(f"{where}.name", "a place needs a name")
    precision = _opt_str(p, "precision", where) or "unknown"
    key = PlaceKey(fold(name), name, _opt_str(p, "admin1", where), _opt_str(p, "country", where),
                   _float(p, "lat", where), _float(p, "lon", where), precision)
    shown = {"name": key.name, "admin1": key.admin1, "country": key.country, "lat": key.lat, "lon": key.lon,
             "precision": precision}
    return key, shown


def _canonical(a: Mapping[str, Any] | None, where: str) -> str | None:
    return None if a is None else _opt_str(a, "canonical", where)


def _kinds(items: list[Any], key: str, where: str) -> list[str]:
    out = set()
    for n, x in enumerate(items):
        if not isinstance(x, Mapping) or not isinstance(x.get(key), str):
            raise _bad(f"{where}[{n}].{key}", "must be a string")
        out.add(x[key])
    return sorted(out)


def read_document_fields(data: Mapping[str, Any]) -> DocFields:
    """The document fields of an event line (:data:`~conflictevents.serialize.DOCUMENT_FIELDS`), checked."""
    where = str(data.get("type", "event"))
    raw = data.get("published")
    published = None
    if raw is not None:
        if not isinstance(raw, str):
            raise _bad(f"{where}.published", f"must be an ISO date string or null, got {type(raw).__name__}")
        try:
            published = dt.date.fromisoformat(raw[:10])
        except ValueError as err:
            raise _bad(f"{where}.published", f"not an ISO date YYYY-MM-DD: {raw[:40]!r}") from err
    fp = _opt_str(data, "fingerprint", where)
    if fp is not None and not _HEX16.fullmatch(fp):
        raise _bad(f"{where}.fingerprint", "must be 16 lower-case hex digits (a 64-bit SimHash)")
    return DocFields(published, _opt_str(data, "outlet", where), _opt_str(data, "url", where), fp)


def _item(data: Mapping[str, Any], docf: DocFields, claims: tuple[IncidentClaim, ...]) -> Item:
    tag = data.get("type")
    if not isinstance(tag, str) or tag not in EVENT_TYPES:
        raise _bad("type", f"unknown event type {tag!r} (known: {', '.join(EVENT_TYPES)})")
    where = tag
    event = data.get("id")
    if not isinstance(event, str) or not event:
        raise _bad(f"{where}.id", "an event needs an id (a non-empty string)")
    doc = data.get("doc")
    if not isinstance(doc, str):
        raise _bad(f"{where}.doc", "an event needs its document id (a string)")
    evidence = data.get("evidence") if isinstance(data.get("evidence"), str) else ""
    assert isinstance(evidence, str)
    date_obj = _obj(data, "date", where)
    date = _opt_str(date_obj, "date", f"{where}.date") if date_obj else None
    precision = _opt_str(date_obj, "precision", f"{where}.date") if date_obj else None
    lo, hi, prec = date_interval(date, precision, docf.published)
    values: dict[str, Any] = {}
    places: list[PlaceKey] = []
    actor = participants = None
    for slot, how in SLOT_KINDS[tag].items():
        sw = f"{where}.{slot}"
        if slot == "date":
            value: Any = date
        elif slot == "actor":
            value = actor = _canonical(_obj(data, slot, where), sw)
        elif slot == "participants":
            value = participants = sorted({c for n, a in enumerate(_list(data, slot, where))
                                           if (c := _canonical(a if isinstance(a, Mapping) else None, f"{sw}[{n}]"))})
        elif how == "count":
            value = _quantity(_obj(data, slot, where), sw)
        elif how == "places":
            found = [_place(p if isinstance(p, Mapping) else None, f"{sw}[{n}]")
                     for n, p in enumerate(_list(data, slot, where))]
            shown = []
            for f in found:
                if f is not None:
                    places.append(f[0])
                    shown.append(f[1])
            value = shown or None
        elif how == "place":
            f = _place(_obj(data, slot, where), sw)
            if f is not None:
                places.append(f[0])
            value = f[1] if f else None
        elif slot == "weapons":
            value = _kinds(_list(data, slot, where), "kind", sw) or None
        elif slot == "targets":
            value = _kinds(_list(data, slot, where), "kind", sw) or None
        else:  # plain strings: change, kind, status, admin1, unit, stance, source
            value = _opt_str(data, slot, where)
        if value is not None and value != []:
            values[slot] = value
    kind = tuple(KIND_FAMILIES.get(str(values.get(k, "")), str(values.get(k, ""))) for k in DISCRIMINATORS[tag])
    words = " ".join(_WORD.findall(evidence.casefold()))
    key = hashlib.blake2b(words.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest() if words else ""
    anchored = prec == "day" and (any(p.precision in ("place", "admin1") for p in places)
                                  or len(participants or ()) >= MIN_PARTICIPANTS
                                  or (tag in COUNTRY_IS_ENOUGH and bool(actor) and bool(places)))
    return Item(event=event, type=tag, doc=doc, docf=docf, evidence=evidence, evidence_key=key, lo=lo, hi=hi,
                precision=prec, actor=actor, participants=tuple(participants or ()), places=tuple(places),
                kind=kind, values=tuple(sorted(values.items())), anchored=anchored, claims=claims)


def check_event(data: object) -> None:
    """Raise :class:`~conflictevents.errors.SchemaError` (naming the field) when ``data`` is not an event
    object that :func:`~conflictevents.incidents.merge` can read."""
    if not isinstance(data, Mapping):
        raise SchemaError(f"invalid event: an event is a JSON object, got {type(data).__name__}")
    docf = read_document_fields(data)
    _item(data, docf, ())
    if data.get("type") == "claim":
        _claim(data, "", docf)


def item_of(data: Mapping[str, Any], docf: DocFields) -> Item:
    """One report, without its claims (see :func:`items_of`)."""
    return _item(data, docf, ())


def claim_of(c: Mapping[str, Any], about: str, docf: DocFields) -> IncidentClaim:
    """A claim object as an :class:`~conflictevents.incidents.model.IncidentClaim` about event ``about``."""
    return _claim(c, about, docf)


def _claim(c: Mapping[str, Any], about: str, docf: DocFields) -> IncidentClaim:
    stance = c.get("stance", "asserts")
    try:
        st = Stance(stance)
    except ValueError as err:
        raise _bad("claim.stance", f"unknown stance {stance!r} (known: asserts, denies, confirms)") from err
    verified = c.get("verified")
    return IncidentClaim(claimant=_opt_str(c, "source", "claim"), actor=_canonical(_obj(c, "actor", "claim"), "claim.actor"),
                         stance=st, doc=str(c.get("doc", "")), event=str(c.get("id", "")), about=about,
                         source=docf.outlet, verified=verified if isinstance(verified, bool) else None)


def items_of(group: list[tuple[Mapping[str, Any], DocFields]]) -> Iterator[Item]:
    """The reports of a group of event objects (a document, or a whole input), with their claims attached.

    Raises :class:`~conflictevents.errors.SchemaError` naming the field of the first malformed event.
    """
    claims: dict[str, tuple[Mapping[str, Any], DocFields]] = {}
    events: dict[str, Mapping[str, Any]] = {}
    for data, docf in group:
        if data.get("type") == "claim" and isinstance(data.get("id"), str):
            claims.setdefault(data["id"], (data, docf))
        elif isinstance(data.get("id"), str):
            events.setdefault(data["id"], data)
    about: dict[str, dict[str, IncidentClaim]] = {}
    used: set[str] = set()
    for cid, (c, docf) in claims.items():
        for target in _list(c, "about", "claim"):
            if isinstance(target, str) and target in events:
                about.setdefault(target, {})[cid] = _claim(c, target, docf)
                used.add(cid)
    for eid, e in events.items():
        link = e.get("claim")
        if isinstance(link, str) and link in claims:
            about.setdefault(eid, {}).setdefault(link, _claim(claims[link][0], eid, claims[link][1]))
            used.add(link)
    seen: set[str] = set()
    for data, docf in group:
        own = data.get("id")
        if isinstance(own, str) and own in seen:
            continue
        if data.get("type") == "claim" and own in used:
            continue
        attached = about.get(own, {}) if isinstance(own, str) else {}
        item = _item(data, docf, tuple(sorted(attached.values(), key=lambda c: (c.doc, c.event))))
        seen.add(item.event)
        yield item


def read_inputs(items: Iterable[object]) -> Iterator[tuple[Mapping[str, Any], DocFields]]:
    """Every input as ``(event object, document fields)``: :class:`~conflictevents.results.Extraction`,
    event models and event objects (dicts), mixed.

    Raises :class:`TypeError` for anything else.
    """
    for obj in items:
        if isinstance(obj, Extraction):
            if not obj.events:
                continue
            docf = read_document_fields(document_fields(obj))
            for e in obj.events:
                yield event_to_dict(e), docf
        elif isinstance(obj, BaseEvent):
            yield event_to_dict(obj), DocFields()  # type: ignore[arg-type]
        elif isinstance(obj, Mapping):
            yield obj, read_document_fields(obj)
        else:
            raise TypeError(f"merge() takes events, Extraction results or event objects (dicts), "
                            f"got {type(obj).__name__}")
