"""The incident models: one real-world event and every report behind it.

Frozen, slotted, validated attrs classes that know nothing about JSON
(:mod:`conflictevents.incidents.serialize` turns them into the JSON lines of
``python -m conflictevents incidents``).

An :class:`Incident` keeps, beside its merged ``slots``, what each report
gave for each slot (``values``: 40 drones from one outlet and 43 from another
are both there, with their sources), who asserts or denies it (``claims``),
how many independent sources carry it, and, for every report, the rule and
the distances that put it there (``why``).

>>> r = Report(event="strike-1", doc="d1", source="Wire", published=dt.date(2025, 7, 14))
>>> r.source, r.published.isoformat()
('Wire', '2025-07-14')
>>> incident_id(["strike-2", "strike-1"]) == incident_id(["strike-1", "strike-2"])
True
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from typing import Any

from attrs import field, frozen
from attrs import validators as v

from ..models import Stance

__all__ = [
    "INCIDENT_SCHEMA_VERSION",
    "Report",
    "SlotValue",
    "IncidentClaim",
    "MergeStep",
    "Incident",
    "incident_id",
]

#: Version of the JSON incident format. Bumped on any change a consumer must know.
INCIDENT_SCHEMA_VERSION = "1.0"

_str = v.instance_of(str)
_opt_str = v.optional(v.instance_of(str))
_opt_date = v.optional(v.instance_of(dt.date))
_opt_int = v.optional(v.instance_of(int))


def _tuple_of(cls: type) -> Any:
    return v.deep_iterable(v.instance_of(cls), v.instance_of(tuple))


def incident_id(events: Iterable[str]) -> str:
    """``incident-<16 hex digits>``: a BLAKE2b hash of the sorted event ids of the reports.

    The same reports always give the same id, whatever their order.
    """
    key = "\x1f".join(sorted(events))
    return "incident-" + hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


@frozen(kw_only=True)
class Report:
    """One event (a mention in one document) behind an incident.

    ``source`` is the outlet (the input record's ``source`` field), ``None``
    when unknown; ``fingerprint`` the document's SimHash
    (:mod:`~conflictevents.incidents.near_duplicates`), ``None`` when unknown.
    """

    event: str = field(validator=_str)
    doc: str = field(validator=_str)
    source: str | None = field(default=None, validator=_opt_str)
    url: str | None = field(default=None, validator=_opt_str)
    published: dt.date | None = field(default=None, validator=_opt_date)
    fingerprint: str | None = field(default=None, validator=_opt_str)
    evidence: str = field(default="", validator=_str)


@frozen(kw_only=True)
class SlotValue:
    """What one report gave for one slot: the value (as in the event's JSON), and whose it is."""

    value: Any
    event: str = field(validator=_str)
    doc: str = field(validator=_str)
    source: str | None = field(default=None, validator=_opt_str)


@frozen(kw_only=True)
class IncidentClaim:
    """A claim about one of the incident's reports: who asserts, denies or confirms it.

    ``claimant`` is the speaker as written (the claim's ``source``), ``actor``
    the side it speaks for, ``event`` the claim's own id and ``about`` the
    report it is about.
    """

    claimant: str | None = field(validator=_opt_str)
    actor: str | None = field(validator=_opt_str)
    stance: Stance = field(validator=v.instance_of(Stance))
    doc: str = field(validator=_str)
    event: str = field(validator=_str)
    about: str = field(validator=_str)
    source: str | None = field(default=None, validator=_opt_str)
    verified: bool | None = field(default=None, validator=v.optional(v.instance_of(bool)))


@frozen(kw_only=True)
class MergeStep:
    """Why one report is in its incident.

    ``rule`` is one of :data:`~conflictevents.incidents.rules.RULES`;
    ``to`` the report it was measured against (``None`` for the first);
    ``days`` the gap between their dates (0 when they overlap), ``km`` the
    distance between their places (when both have coordinates), ``admin1``
    the first-level region they share, ``actors`` how their actors compare
    (``same``, ``unknown``, ``subset``).
    """

    event: str = field(validator=_str)
    rule: str = field(validator=_str)
    to: str | None = field(default=None, validator=_opt_str)
    days: int | None = field(default=None, validator=_opt_int)
    km: float | None = field(default=None, validator=v.optional(v.instance_of(float)))
    admin1: str | None = field(default=None, validator=_opt_str)
    actors: str | None = field(default=None, validator=_opt_str)


def _non_negative(inst: object, attribute: Any, value: int) -> None:
    if value < 0:
        raise ValueError(f"Incident.{attribute.name} must be >= 0, got {value}")


@frozen(kw_only=True)
class Incident:
    """One real-world event and every report behind it.

    ``slots`` holds the merged slots of the event type: a single value where
    the reports agree (the actor, the kind of change), the union of lists
    (weapons, places, participants), and for counts and dates
    ``{"value", "min", "max"}`` (``value`` is ``None`` when the reports
    differ). ``values`` lists, per slot, what each report gave.
    ``independent_sources`` counts ``source_groups``: documents of one
    outlet, and near-duplicate documents (reposts, syndicated copies), are one
    source. ``first_reported`` and ``last_reported`` are the earliest and
    latest publication dates of the reports.
    """

    id: str = field(validator=_str)
    type: str = field(validator=_str)
    slots: dict[str, Any] = field(validator=v.instance_of(dict), hash=False)
    values: dict[str, tuple[SlotValue, ...]] = field(validator=v.instance_of(dict), hash=False)
    reports: tuple[Report, ...] = field(validator=_tuple_of(Report))
    claims: tuple[IncidentClaim, ...] = field(default=(), validator=_tuple_of(IncidentClaim))
    independent_sources: int = field(default=1, validator=[v.instance_of(int), _non_negative])
    source_groups: tuple[tuple[str, ...], ...] = field(default=(), validator=v.instance_of(tuple))
    first_reported: dt.date | None = field(default=None, validator=_opt_date)
    last_reported: dt.date | None = field(default=None, validator=_opt_date)
    why: tuple[MergeStep, ...] = field(default=(), validator=_tuple_of(MergeStep))

    def __attrs_post_init__(self) -> None:
        if not self.reports:
            raise ValueError("Incident: an incident has at least one report")
        if len({r.event for r in self.reports}) != len(self.reports):
            raise ValueError("Incident: an event is a report of an incident once")
