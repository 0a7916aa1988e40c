"""Blocking: which incidents a report is compared with, and when an incident is closed.

Reports are merged in date order (:meth:`~conflictevents.incidents.reports.Item.sort_key`)
by a sweep over time. The open incidents are indexed by type and region
(the place's name, its admin1, its country, a grid cell of
:data:`~conflictevents.incidents.rules.GRID_DEGREES`, its actors and the
hash of its evidence sentence), so a report is compared only with the few
incidents that share a key with it, never with every open one. An incident
closes once the sweep has passed its last date by more than
:data:`~conflictevents.incidents.rules.DAY_TOLERANCE` days (and no waiting
underspecified report may still join it): no later report can fit it. The
cost grows with the number of reports times the incidents open in one
region and a few days, close to linearly; memory holds only the open ones.

Anchored reports (a day and a place) join at once. An underspecified report
waits until every report that could fit it has been placed, then joins the
one incident it fits, if there is exactly one; where it fits several, it
joins the one that an anchored report of its own page stands in, if only
one does (a headline or a casualty sentence belongs to the attack its page
reports, not to another attack on that city that day).
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from .model import MergeStep
from .reports import Item
from .rules import (
    _EARTH_KM,
    COUNTRY_IS_ENOUGH,
    DAY_TOLERANCE,
    GRID_DEGREES,
    MIN_PARTICIPANTS,
    NEARBY_KM,
    RULE_RANK,
    Link,
    PlaceKey,
    compare,
)

__all__ = ["Cluster", "Sweep", "anchored_keys", "loose_keys", "cluster_keys", "first_report_keys", "fitting_keys"]

Key = tuple[str, ...]
_NONE: frozenset[int] = frozenset()
#: Kilometres added to :data:`~conflictevents.incidents.rules.NEARBY_KM` when the cells within reach of a place
#: are looked up (distances are rounded to 0.1 km, and floating point is not exact): a margin, not a rule.
_REACH_MARGIN_KM = 1.0


def _cell(p: PlaceKey) -> tuple[int, int] | None:
    if p.lat is None or p.lon is None:
        return None
    return math.floor(p.lat / GRID_DEGREES), math.floor(p.lon / GRID_DEGREES)


def cluster_keys(item: Item) -> set[Key]:
    """The index keys under which an incident holding ``item`` is found."""
    t = item.type
    keys: set[Key] = set()
    for p in item.places:
        keys.add(("n", t, p.key, p.country or ""))
        if p.admin1:
            keys.add(("a", t, p.country or "", p.admin1))
        if p.country:
            keys.add(("c", t, p.country))
        cell = _cell(p)
        if cell is not None:
            keys.add(("g", t, str(cell[0]), str(cell[1])))
    for a in (item.actor, *item.participants):
        if a:
            keys.add(("actor", t, a))
    if item.evidence_key:
        keys.add(("ev", t, item.evidence_key))
    return keys


def _specific_keys(item: Item) -> set[Key]:
    t = item.type
    keys: set[Key] = set()
    for p in item.places:
        if p.precision == "country":
            continue
        keys.add(("n", t, p.key, p.country or ""))
        if p.admin1:
            keys.add(("a", t, p.country or "", p.admin1))
        cell = _cell(p)
        if cell is not None:
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    keys.add(("g", t, str(cell[0] + dy), str(cell[1] + dx)))
    return keys


def anchored_keys(item: Item) -> set[Key]:
    """The keys looked up for an anchored report: its places' names, admin1s and grid cells (with the
    cells around them), a diplomatic event's participants, and the countries of a report whose type a
    country anchors (:data:`~conflictevents.incidents.rules.COUNTRY_IS_ENOUGH`)."""
    keys = _specific_keys(item)
    if len(item.participants) >= MIN_PARTICIPANTS:
        keys.update(("actor", item.type, a) for a in item.participants)
    if item.type in COUNTRY_IS_ENOUGH and item.actor:  # anchored by its country and its side
        keys.update(("c", item.type, p.country) for p in item.places if p.country)
    return keys


def loose_keys(item: Item) -> set[Key]:
    """The keys looked up for an underspecified report: its places (countries too), else its actors."""
    t = item.type
    keys = _specific_keys(item)
    for p in item.places:
        if p.country:
            keys.add(("c", t, p.country))
    if not item.places:
        for a in (item.actor, *item.participants):
            if a:
                keys.add(("actor", t, a))
    return keys


def _normal_lon(lon: float) -> float:
    x = lon % 360.0
    return 0.0 if x >= 360.0 else x


def _lon_cells(lo: float, hi: float) -> set[int]:
    """The longitude cells of the arc from ``lo`` to ``hi`` degrees (``hi - lo`` under 180; wrapping at 0/360)."""
    out: set[int] = set()
    for a, b in ((lo, hi), (lo + 360.0, hi + 360.0), (lo - 360.0, hi - 360.0)):
        a, b = max(a, 0.0), min(b, math.nextafter(360.0, 0.0))
        if a <= b:
            out.update(range(math.floor(a / GRID_DEGREES), math.floor(b / GRID_DEGREES) + 1))
    return out


def _wide_cell(p: PlaceKey) -> tuple[int, int] | None:
    """The cell of a place in the compatibility index (longitude wrapped), ``None`` for a latitude off the globe."""
    assert p.lat is not None and p.lon is not None
    if not -90.0 <= p.lat <= 90.0:
        return None
    return math.floor(p.lat / GRID_DEGREES), math.floor(_normal_lon(p.lon) / GRID_DEGREES)


def _reach(p: PlaceKey) -> list[tuple[int, int]] | None:
    """The cells of the compatibility index that hold every point within :data:`NEARBY_KM` of ``p`` (with a
    margin), or ``None`` where that is not a small block (near a pole, a latitude off the globe)."""
    assert p.lat is not None and p.lon is not None
    delta = (NEARBY_KM + _REACH_MARGIN_KM) / _EARTH_KM
    ddeg = math.degrees(delta)
    lat_lo, lat_hi = p.lat - ddeg, p.lat + ddeg
    if not (-90.0 < lat_lo and lat_hi < 90.0):
        return None
    widest = math.radians(max(abs(lat_lo), abs(lat_hi)))
    ratio = math.sin(delta) / math.cos(widest)
    if ratio >= 0.5:  # 30 degrees of longitude or more: not a small block
        return None
    dlon = math.degrees(math.asin(ratio))
    lon = _normal_lon(p.lon)
    xs = _lon_cells(lon - dlon, lon + dlon)
    ys = range(math.floor(lat_lo / GRID_DEGREES), math.floor(lat_hi / GRID_DEGREES) + 1)
    return [(y, x) for y in ys for x in sorted(xs)]


def _wide_prefix(item: Item) -> Key:
    return ("W", item.type, "\x1f".join(item.kind))


def first_report_keys(item: Item) -> set[Key]:
    """The compatibility keys of an incident whose first report is ``item``.

    A report joins an incident only if it is compatible with every report of it, the first one included;
    two reports are compatible only if they share type and kind, and their places match (the same
    name, one's admin1 or country holding the other, or nearby) or one of them gives none. These keys say
    so in a form that can be looked up: a report compatible with ``item`` has one of them among its
    :func:`fitting_keys`. They do not change as the incident grows.
    """
    pre = _wide_prefix(item)
    if not item.places:
        return {pre + ("0",)}
    keys: set[Key] = set()
    for p in item.places:
        keys.add(pre + ("N", p.key))
        if p.admin1:
            keys.add(pre + ("A", p.admin1))
        if p.precision == "country" and p.country:
            keys.add(pre + ("C", p.country))
        if p.country:
            keys.add(pre + ("K", p.country))
        if p.precision == "place" and p.lat is not None and p.lon is not None:
            cell = _wide_cell(p)
            keys.add(pre + ("G", str(cell[0]), str(cell[1])) if cell is not None else pre + ("Godd",))
    return keys


def fitting_keys(item: Item) -> set[Key] | None:
    """The keys under which the incidents whose first report ``item`` may be compatible with are found
    (see :func:`first_report_keys`); ``None`` where ``item`` gives no place, or a place near a pole or off
    the globe (no small set of keys covers those)."""
    if not item.places:
        return None
    pre = _wide_prefix(item)
    keys: set[Key] = {pre + ("0",)}
    for p in item.places:
        keys.add(pre + ("N", p.key))
        if p.admin1:
            keys.add(pre + ("A", p.admin1))
        if p.country:
            keys.add(pre + ("C", p.country))
        if p.precision == "country" and p.country:
            keys.add(pre + ("K", p.country))
        if p.precision == "place" and p.lat is not None and p.lon is not None:
            cells = _reach(p)
            if cells is None:
                return None
            keys.update(pre + ("G", str(y), str(x)) for y, x in cells)
            keys.add(pre + ("Godd",))
    return keys


class Cluster:
    """An open incident: its reports in the order they joined, and why each joined."""

    __slots__ = ("cid", "members", "why", "hi", "keys", "wide", "anchored")

    def __init__(self, cid: int, first: Item) -> None:
        self.cid = cid
        self.members: list[Item] = [first]
        self.why: list[MergeStep] = [MergeStep(event=first.event, rule="first")]
        self.hi = first.hi if first.hi is not None else 0
        self.keys: set[Key] = cluster_keys(first)
        self.wide: frozenset[Key] = frozenset(first_report_keys(first))
        self.anchored = first.anchored

    def add(self, item: Item, step: MergeStep) -> set[Key]:
        """Add a report; returns the index keys that are new."""
        self.members.append(item)
        self.why.append(step)
        self.hi = max(self.hi, item.hi if item.hi is not None else self.hi)
        self.anchored = self.anchored or item.anchored
        new = cluster_keys(item) - self.keys
        self.keys |= new
        return new


def _step(item: Item, to: Item, rule: str, link: Link) -> MergeStep:
    return MergeStep(event=item.event, rule=rule, to=to.event, days=link.days, km=link.km, admin1=link.admin1,
                     actors=link.actors)


def _step_to_page(item: Item, c: Cluster, step: MergeStep) -> MergeStep:
    """``step`` as a ``same-page`` join, measured against the first anchored report of ``item``'s own page."""
    m = next(m for m in c.members if m.doc == item.doc and m.anchored)
    link = compare(item, m)
    assert link is not None  # item fits every member of c
    return _step(item, m, "same-page", link)


def _add_to(index: dict[Key, set[int]], keys: Iterable[Key], n: int) -> None:
    for k in keys:
        found = index.get(k)
        if found is None:
            index[k] = {n}
        else:
            found.add(n)


def _drop_from(index: dict[Key, set[int]], keys: Iterable[Key], n: int) -> None:
    for k in keys:
        found = index.get(k)
        if found is not None:
            found.discard(n)
            if not found:
                del index[k]


def _due_order(i: Item) -> tuple[int, tuple[int, int, str, str]]:
    return (i.hi or 0), i.sort_key()


class Sweep:
    """The merge of reports given in :meth:`~conflictevents.incidents.reports.Item.sort_key` order; closed incidents come out of
    :meth:`add` and :meth:`finish` as :class:`Cluster` objects.

    An incident whose last date the sweep has passed (by more than
    :data:`~conflictevents.incidents.rules.DAY_TOLERANCE` days) is *stale*: no
    report still to come can join it. It leaves the index that anchored reports
    look in, and closes as soon as no waiting underspecified report could join
    it either (one that it is compatible with, and that would look at it);
    while one could, it is *held* for that report. Waiting reports are indexed
    too, so that finding what holds an incident costs a few look-ups.
    """

    def __init__(self) -> None:
        #: every open incident, by id
        self.active: dict[int, Cluster] = {}
        #: the open incidents that a report still to come may join
        self.fresh: dict[int, Cluster] = {}
        #: keys of :func:`cluster_keys` -> the fresh incidents under them
        self.index: dict[Key, set[int]] = {}
        #: the same for the stale incidents (held for a waiting report)
        self.stale_index: dict[Key, set[int]] = {}
        #: keys of :func:`first_report_keys` -> the open incidents under them
        self.wide: dict[Key, set[int]] = {}
        #: the waiting underspecified reports, by ``id()``
        self.pending: dict[int, Item] = {}
        self._pending_index: dict[Key, set[int]] = {}
        self._pending_keys: dict[int, set[Key]] = {}
        self._pending_sees: dict[int, tuple[set[Key], Key | None]] = {}
        #: waiting report -> the stale incidents held for it (looked at again when it is placed)
        self._holds: dict[int, list[int]] = {}
        self.day: int | None = None
        self.next_id = 0

    # ------------------------------------------------------------------ clusters
    def _new(self, item: Item) -> None:
        c = Cluster(self.next_id, item)
        self.next_id += 1
        self.active[c.cid] = c
        self.fresh[c.cid] = c
        _add_to(self.index, c.keys, c.cid)
        _add_to(self.wide, c.wide, c.cid)

    def _join(self, c: Cluster, item: Item, step: MergeStep) -> None:
        _add_to(self.index if c.cid in self.fresh else self.stale_index, c.add(item, step), c.cid)

    def _candidates(self, keys: Iterable[Key], stale: bool = False) -> list[Cluster]:
        """The open incidents under any of ``keys``, by id: the fresh ones, and with ``stale`` the stale ones too."""
        found: set[int] = set()
        for k in keys:
            found |= self.index.get(k, _NONE)
            if stale:
                found |= self.stale_index.get(k, _NONE)
        return [self.active[cid] for cid in sorted(found)]

    def _loose_candidates(self, item: Item) -> list[Cluster]:
        """The open incidents under any of :func:`loose_keys` of ``item``, by id, less those that cannot fit it
        (whose first report it is not compatible with): a month-dated report in a big city would otherwise be
        compared with every incident of its country that month."""
        keys = loose_keys(item)
        look = fitting_keys(item)
        if look is None:
            return self._candidates(keys, stale=True)
        found: set[int] = set()
        for k in look:
            found |= self.wide.get(k, _NONE)
        out = []
        for cid in sorted(found):
            c = self.active[cid]
            if not c.keys.isdisjoint(keys):
                out.append(c)
        return out

    @staticmethod
    def _fit(item: Item, c: Cluster, strict: bool) -> tuple[tuple[int, int, float, int], MergeStep] | None:
        """The best link from ``item`` into ``c`` when it fits every member, else ``None``.

        ``strict``: the link must be a place rule that is not loose (an anchored report's join).
        """
        best: tuple[tuple[int, int, float, int], MergeStep] | None = None
        for m in c.members:
            link = compare(item, m)
            if link is None:
                return None
            if link.place_rule is None or (strict and (link.loose or not m.anchored)):
                continue
            rule = link.place_rule if strict else "only-candidate"
            rank = (RULE_RANK[rule], link.days, link.km if link.km is not None else 0.0, c.cid)
            if best is None or rank < best[0]:
                best = (rank, _step(item, m, rule, link))
        if best is None and not strict:
            # no place to compare with (one side has none): measured against the first member
            link = compare(item, c.members[0])
            assert link is not None
            best = ((RULE_RANK["only-candidate"], link.days, 0.0, c.cid),
                    _step(item, c.members[0], "only-candidate", link))
        return best

    def _place_anchored(self, item: Item) -> None:
        best: tuple[tuple[int, int, float, int], MergeStep] | None = None
        target: Cluster | None = None
        for c in self._candidates(anchored_keys(item)):
            fit = self._fit(item, c, strict=True)
            if fit is not None and (best is None or fit[0] < best[0]):
                best, target = fit, c
        if target is None or best is None:
            self._new(item)
        else:
            self._join(target, item, best[1])

    def _place_loose(self, item: Item) -> None:
        if item.evidence_key:
            for c in self._candidates([("ev", item.type, item.evidence_key)], stale=True):
                same = next((m for m in c.members if m.evidence_key == item.evidence_key), None)
                if same is None or any(compare(item, m) is None for m in c.members):
                    continue
                link = compare(item, same)
                assert link is not None
                self._join(c, item, _step(item, same, "same-evidence", link))
                return
        fits = []
        for c in self._loose_candidates(item):
            if not c.anchored:
                continue
            fit = self._fit(item, c, strict=False)
            if fit is not None:
                fits.append((c, fit[1]))
        if len(fits) > 1:  # the one that its own page reports, if only one does
            fits = [(c, _step_to_page(item, c, step)) for c, step in fits
                    if any(m.doc == item.doc and m.anchored for m in c.members)]
        if len(fits) == 1:
            self._join(fits[0][0], item, fits[0][1])
        else:
            self._new(item)

    # ------------------------------------------------------------------ waiting reports
    def _wait(self, item: Item) -> None:
        """Keep an underspecified report until every report that could fit it has been placed."""
        n = id(item)
        self.pending[n] = item
        ev: Key | None = ("ev", item.type, item.evidence_key) if item.evidence_key else None
        loose = loose_keys(item)
        self._pending_sees[n] = (loose, ev)
        if item.places:
            look = fitting_keys(item)
            keys = look if look is not None else {_wide_prefix(item) + ("any",)}
        else:
            keys = set(loose)
        if ev is not None:
            keys.add(ev)
        self._pending_keys[n] = keys
        _add_to(self._pending_index, keys, n)

    def _unwait(self, item: Item, recheck: set[int]) -> None:
        n = id(item)
        del self.pending[n]
        del self._pending_sees[n]
        _drop_from(self._pending_index, self._pending_keys.pop(n), n)
        recheck.update(self._holds.pop(n, ()))

    def _holder(self, c: Cluster) -> int | None:
        """A waiting report that could still join the stale incident ``c`` (the last of them to be placed), if any."""
        found: set[int] = set()
        for keys in (c.wide, c.keys):
            for k in keys:
                found |= self._pending_index.get(k, _NONE)
        if c.members:
            found |= self._pending_index.get(_wide_prefix(c.members[0]) + ("any",), _NONE)
        for item in sorted((self.pending[n] for n in found), key=_due_order, reverse=True):
            assert item.lo is not None
            if item.lo > c.hi + DAY_TOLERANCE:
                continue
            loose, ev = self._pending_sees[id(item)]
            if not ((c.anchored and not c.keys.isdisjoint(loose)) or (ev is not None and ev in c.keys)):
                continue
            if all(compare(item, m) is not None for m in c.members):
                return id(item)
        return None

    # ------------------------------------------------------------------ the sweep
    def _advance(self, day: int) -> list[Cluster]:
        """Place the waiting reports whose dates are behind ``day``; close what nothing can join any more."""
        due = sorted((i for i in self.pending.values() if (i.hi or 0) + DAY_TOLERANCE < day), key=_due_order)
        recheck: set[int] = set()
        for i in due:
            self._unwait(i, recheck)
        for i in due:
            self._place_loose(i)
        horizon = min([day] + [(i.lo or 0) for i in self.pending.values()])
        stale = [c for c in self.fresh.values() if c.hi + DAY_TOLERANCE < day]
        for c in stale:  # no report still to come can join it: out of the anchored reports' index
            del self.fresh[c.cid]
            _drop_from(self.index, c.keys, c.cid)
            _add_to(self.stale_index, c.keys, c.cid)
        closed = []
        for cid in sorted(recheck.union(c.cid for c in stale)):
            held = self.active.get(cid)
            if held is None:
                continue
            holder = None if held.hi + DAY_TOLERANCE < horizon else self._holder(held)
            if holder is None:
                self._close(held)
                closed.append(held)
            else:
                self._holds.setdefault(holder, []).append(cid)
        return closed

    def _close(self, c: Cluster) -> None:
        del self.active[c.cid]
        if self.fresh.pop(c.cid, None) is not None:
            _drop_from(self.index, c.keys, c.cid)
        else:
            _drop_from(self.stale_index, c.keys, c.cid)
        _drop_from(self.wide, c.wide, c.cid)

    def add(self, item: Item) -> list[Cluster]:
        """Merge one more report (reports come in :meth:`~conflictevents.incidents.reports.Item.sort_key` order); returns the incidents
        closed by moving on to its date."""
        assert item.lo is not None
        closed: list[Cluster] = []
        if self.day is None or item.lo > self.day:
            closed = self._advance(item.lo)
            self.day = item.lo
        if item.anchored:
            self._place_anchored(item)
        else:
            self._wait(item)
        return closed

    def finish(self) -> list[Cluster]:
        """Place every waiting report and close every incident."""
        pending = sorted(self.pending.values(), key=_due_order)
        self.pending.clear()
        self._pending_index.clear()
        self._pending_keys.clear()
        self._pending_sees.clear()
        self._holds.clear()
        for i in pending:
            self._place_loose(i)
        closed = list(self.active.values())
        for c in closed:
            self._close(c)
        return closed
