"""The merging rules and their thresholds, kept as data.

Two reports may be one incident when, all at once:

* they are of the same event type, and agree on what kind of event it is
  (:data:`DISCRIMINATORS`: the kind of territorial change, of diplomatic
  contact, whether it happened or is planned; :data:`KIND_FAMILIES`: "met"
  and "held talks" are one kind); strikes whose reports both name weapons
  share a kind of weapon (:data:`DISJOINT_SPLITS`);
* their dates are compatible at their precision: two days at most
  :data:`DAY_TOLERANCE` apart, a month with any of its days; an undated
  report took place on its publication date or up to
  :data:`UNDATED_LOOKBACK_DAYS` before; a date known only to the season or
  the year (longer than :data:`MAX_SPAN_DAYS`) is too coarse to merge on;
* their places are equal, one contains the other (a village in its admin1, a
  city in its country), or they are at most :data:`NEARBY_KM` apart on the
  gazetteer's coordinates;
* their actors are compatible: an unknown actor fits any, two different named
  actors never do; participants of diplomatic events fit when one list holds
  the other. Where one of two diplomatic events gives no place, the same
  sides (at least :data:`MIN_PARTICIPANTS`) stand in for it.

Counts never block a merge: conflicting ones are recorded, with their sources.

A report is *anchored* when it has a day (stated, not guessed from the
publication date) and a place more precise than a country (or, for a
diplomatic event, two participants); only anchored
reports start or join incidents on the strength of their place. Any other
report (no place, only a country, only a month, no date) joins an incident
only when it is the one incident it fits (rule ``only-candidate``), when it
fits several but only one holds an anchored report of its own page (rule
``same-page``), or when the same sentence already stands in it (rule
``same-evidence``, a repost).
A wrong merge is worse than a missed one.

>>> DAY_TOLERANCE, NEARBY_KM
(1, 25.0)
>>> sorted(RULES)
['contained', 'first', 'nearby', 'only-candidate', 'same-evidence', 'same-page', 'same-participants', 'same-place']
"""

from __future__ import annotations

import datetime as dt
import math
from typing import TYPE_CHECKING

from attrs import frozen

if TYPE_CHECKING:
    from .reports import Item

__all__ = [
    "DAY_TOLERANCE",
    "UNDATED_LOOKBACK_DAYS",
    "MAX_SPAN_DAYS",
    "NEARBY_KM",
    "GRID_DEGREES",
    "MIN_PARTICIPANTS",
    "DISCRIMINATORS",
    "KIND_FAMILIES",
    "DISJOINT_SPLITS",
    "COUNTRY_IS_ENOUGH",
    "SLOT_KINDS",
    "RULES",
    "RULE_RANK",
    "PlaceKey",
    "Link",
    "compare",
    "date_interval",
    "mergeable",
    "date_gap",
    "km_between",
]

#: Most days between two day-precision dates of one incident (an overnight attack is dated either side of
#: midnight, and a follow-up may date it by the morning it was reported).
DAY_TOLERANCE = 1
#: An undated report took place on its publication date or up to this many days before.
UNDATED_LOOKBACK_DAYS = 1
#: A date interval longer than this (a season, a year) is too coarse to merge on.
MAX_SPAN_DAYS = 31
#: Most kilometres between two located places of one incident (a town and the village beside it;
#: a strike on a city's outskirts named by the city in one report, by the suburb in another).
NEARBY_KM = 25.0
#: Size of the grid cells (in degrees) that index places for the distance rule; a cell is at least
#: :data:`NEARBY_KM` wide up to about 60 degrees of latitude, and the cells around one are searched too.
GRID_DEGREES = 0.5

#: Participants a diplomatic event names for them to stand in for a place: the same two (or more) sides
#: on the same day, in the same kind of contact, are one call or one meeting even where no place is given.
MIN_PARTICIPANTS = 2

#: Slots that must be equal for two reports to be one incident, per event type.
DISCRIMINATORS: dict[str, tuple[str, ...]] = {
    "strike": (),
    "territorial_change": ("change",),
    "diplomatic_event": ("kind", "status"),
    "deployment": ("status",),
    "claim": ("stance",),
}

#: Kinds of diplomatic contact that reports of one event use for each other ("met" in one report, "held
#: talks" in the next): compared as the kind they map to.
KIND_FAMILIES: dict[str, str] = {"talks": "meeting"}

#: Strikes whose reports both name weapons, of no common kind, are two strikes (a morning drone attack and an
#: evening missile strike on one city): the slot that tells them apart, per event type.
DISJOINT_SPLITS: dict[str, str] = {"strike": "weapons"}

#: Event types whose place is usually a country ("sent 3,000 troops to Poland"): with a named actor and a day,
#: a country is place enough to anchor a report, and the same country and actor make one incident.
COUNTRY_IS_ENOUGH = frozenset({"deployment"})

#: How each slot is merged, per event type: ``one`` (the value the reports agree on), ``union`` (every
#: value given, sorted), ``count`` and ``date`` (``{"value", "min", "max"}``), ``places`` (every place given)
#: and ``place`` (the most precise place given).
SLOT_KINDS: dict[str, dict[str, str]] = {
    "strike": {"actor": "one", "weapons": "union", "launched": "count", "intercepted": "count",
               "killed": "count", "injured": "count", "locations": "places", "targets": "union",
               "date": "date"},
    "territorial_change": {"change": "one", "actor": "one", "place": "place", "admin1": "one",
                           "area_km2": "count", "depth_km": "count", "settlements": "count", "date": "date"},
    "diplomatic_event": {"kind": "one", "status": "one", "participants": "union", "location": "place",
                         "date": "date"},
    "deployment": {"status": "one", "actor": "one", "location": "place", "size": "count", "unit": "union",
                   "date": "date"},
    "claim": {"stance": "one", "actor": "one", "source": "union", "date": "date"},
}

#: The rules that put a report in an incident, and what each means.
RULES: dict[str, str] = {
    "first": "the incident's first report (in date order)",
    "same-place": "the same named place, compatible dates and actors",
    "contained": "one place lies in the other's admin1 (or country), compatible dates and actors",
    "nearby": f"places at most {NEARBY_KM:g} km apart, compatible dates and actors",
    "same-participants": "a diplomatic event of the same kind between the same sides, compatible dates, "
                         "no place given by one of them",
    "only-candidate": "an underspecified report (no place, only a country or a month, no date) that fits "
                      "exactly one incident",
    "same-evidence": "the same sentence in another document (a repost), compatible dates and actors",
    "same-page": "an underspecified report that fits several incidents, joined to the only one of them that "
                 "an anchored report of its own page stands in",
}
#: Preference between rules when a report fits several incidents (lower first).
RULE_RANK = {"same-place": 0, "contained": 1, "nearby": 2, "same-participants": 3, "same-evidence": 4,
             "only-candidate": 5, "same-page": 6, "first": 7}

_EARTH_KM = 6371.0088


@frozen
class PlaceKey:
    """A place as the rules compare it: ``key`` is its folded name; ``precision`` ``place``, ``admin1``,
    ``country`` or ``unknown``."""

    key: str
    name: str
    admin1: str | None
    country: str | None
    lat: float | None
    lon: float | None
    precision: str


def date_interval(date: str | None, precision: str | None,
                  published: dt.date | None) -> tuple[int | None, int | None, str]:
    """``(first day, last day, precision)`` of a date as proleptic ordinals.

    An undated report gets its publication date and the :data:`UNDATED_LOOKBACK_DAYS` before it
    (precision ``published``); with no publication date either, ``(None, None, "none")``.

    >>> lo, hi, p = date_interval("2025-07", "month", None)
    >>> dt.date.fromordinal(lo).isoformat(), dt.date.fromordinal(hi).isoformat(), p
    ('2025-07-01', '2025-07-31', 'month')
    """
    if date:
        try:
            parts = [int(x) for x in date.split("-")]
            if len(parts) == 3:
                d = dt.date(parts[0], parts[1], parts[2]).toordinal()
                return d, d, "day"
            if len(parts) == 2:
                first = dt.date(parts[0], parts[1], 1)
                last = dt.date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1) - dt.timedelta(days=1)
                return first.toordinal(), last.toordinal(), "month"
            if len(parts) == 1:
                return dt.date(parts[0], 1, 1).toordinal(), dt.date(parts[0], 12, 31).toordinal(), \
                    precision or "year"
        except ValueError:
            pass
    if published is not None:
        end = published.toordinal()
        return end - UNDATED_LOOKBACK_DAYS, end, "published"
    return None, None, "none"


def mergeable(item: Item) -> bool:
    """Whether a report's date is known well enough (at most :data:`MAX_SPAN_DAYS` wide) to merge on."""
    return item.lo is not None and item.hi is not None and item.hi - item.lo + 1 <= MAX_SPAN_DAYS


@frozen
class Link:
    """How two compatible reports compare: the place rule (``None`` when one has no place), the
    distances, the admin1 they share and how their actors compare."""

    place_rule: str | None
    days: int
    km: float | None
    admin1: str | None
    actors: str
    loose: bool  # the place match is a country or unknown: not enough to merge on alone


def km_between(a: PlaceKey, b: PlaceKey) -> float | None:
    """Great-circle distance in km between two places with coordinates, else ``None``."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return round(2 * _EARTH_KM * math.asin(min(1.0, math.sqrt(h))), 1)


def date_gap(a: Item, b: Item) -> int | None:
    """Days between the two reports' date intervals (0 when they overlap); ``None`` when one has none."""
    if a.lo is None or b.lo is None or a.hi is None or b.hi is None:
        return None
    return max(a.lo - b.hi, b.lo - a.hi, 0)


def _place_match(a: PlaceKey, b: PlaceKey) -> tuple[str, float | None, str | None, bool] | None:
    """(rule, km, shared admin1, loose) for two places, or ``None`` when they cannot be one place."""
    if a.country and b.country and a.country != b.country:
        return None
    km = km_between(a, b)
    shared = a.admin1 if a.admin1 and a.admin1 == b.admin1 else None
    if a.key == b.key and (a.admin1 is None or b.admin1 is None or a.admin1 == b.admin1) \
            and a.precision == b.precision:
        return "same-place", km, shared or a.admin1 or b.admin1, a.precision == "country"
    for big, small in ((a, b), (b, a)):
        if big.precision == "admin1" and small.precision == "place" and big.admin1 and big.admin1 == small.admin1:
            return "contained", km, big.admin1, False
        if big.precision == "admin1" and small.precision == "admin1":
            continue
        if big.precision == "country" and big.country and small.country == big.country:
            return "contained", km, None, True
    if km is not None and km <= NEARBY_KM and a.precision == "place" and b.precision == "place":
        return "nearby", km, shared, False
    return None


_PLACE_ORDER = {"same-place": 0, "contained": 1, "nearby": 2}


def compare(a: Item, b: Item) -> Link | None:
    """How two reports compare, or ``None`` when they cannot be one incident (see the module docstring)."""
    if a.type != b.type or a.kind != b.kind:
        return None
    split = DISJOINT_SPLITS.get(a.type)
    if split is not None:
        va, vb = dict(a.values).get(split), dict(b.values).get(split)
        if va and vb and not set(va) & set(vb):
            return None
    days = date_gap(a, b)
    if days is None or days > DAY_TOLERANCE or not mergeable(a) or not mergeable(b):
        return None
    if a.actor and b.actor:
        if a.actor != b.actor:
            return None
        actors = "same"
    else:
        actors = "unknown"
    if a.participants and b.participants:
        pa, pb = set(a.participants), set(b.participants)
        if not (pa <= pb or pb <= pa):
            return None
        actors = "same" if pa == pb else "subset"
    if not a.places or not b.places:
        if len(a.participants) >= MIN_PARTICIPANTS and a.participants == b.participants:
            return Link("same-participants", days, None, None, actors, False)
        return Link(None, days, None, None, actors, True)
    best: tuple[str, float | None, str | None, bool] | None = None
    for pa_ in a.places:
        for pb_ in b.places:
            m = _place_match(pa_, pb_)
            if m is None:
                continue
            if best is None or (m[3], _PLACE_ORDER[m[0]], m[1] if m[1] is not None else 0.0) < (
                    best[3], _PLACE_ORDER[best[0]], best[1] if best[1] is not None else 0.0):
                best = m
    if best is None:
        return None
    rule, km, admin1, loose = best
    if loose and rule == "same-place" and a.type in COUNTRY_IS_ENOUGH and actors == "same":
        loose = False  # "troops sent to Poland" by the same side on the same days
    return Link(rule, days, km, admin1, actors, loose)
