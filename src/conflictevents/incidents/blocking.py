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
from .rules import COUNTRY_IS_ENOUGH, DAY_TOLERANCE, GRID_DEGREES, MIN_PARTICIPANTS, RULE_RANK, Link, PlaceKey, compare

__all__ = ["Cluster", "Sweep", "anchored_keys", "loose_keys", "cluster_keys"]

Key = tuple[str, ...]


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


class Cluster:
    """An open incident: its reports in the order they joined, and why each joined."""

    __slots__ = ("cid", "members", "why", "hi", "keys", "anchored")

    def __init__(self, cid: int, first: Item) -> None:
        self.cid = cid
        self.members: list[Item] = [first]
        self.why: list[MergeStep] = [MergeStep(event=first.event, rule="first")]
        self.hi = first.hi if first.hi is not None else 0
        self.keys: set[Key] = cluster_keys(first)
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


class Sweep:
    """The merge of reports given in :meth:`~conflictevents.incidents.reports.Item.sort_key` order; closed incidents come out of
    :meth:`add` and :meth:`finish` as :class:`Cluster` objects."""

    def __init__(self) -> None:
        self.active: dict[int, Cluster] = {}
        self.index: dict[Key, set[int]] = {}
        self.pending: list[Item] = []
        self.day: int | None = None
        self.next_id = 0

    # ------------------------------------------------------------------ clusters
    def _new(self, item: Item) -> None:
        c = Cluster(self.next_id, item)
        self.next_id += 1
        self.active[c.cid] = c
        for k in c.keys:
            self.index.setdefault(k, set()).add(c.cid)

    def _join(self, c: Cluster, item: Item, step: MergeStep) -> None:
        for k in c.add(item, step):
            self.index.setdefault(k, set()).add(c.cid)

    def _candidates(self, keys: Iterable[Key]) -> list[Cluster]:
        found: set[int] = set()
        for k in keys:
            found |= self.index.get(k, set())
        return [self.active[cid] for cid in sorted(found)]

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
            for c in self._candidates([("ev", item.type, item.evidence_key)]):
                same = next((m for m in c.members if m.evidence_key == item.evidence_key), None)
                if same is None or any(compare(item, m) is None for m in c.members):
                    continue
                link = compare(item, same)
                assert link is not None
                self._join(c, item, _step(item, same, "same-evidence", link))
                return
        fits = []
        for c in self._candidates(loose_keys(item)):
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

    # ------------------------------------------------------------------ the sweep
    def _advance(self, day: int) -> list[Cluster]:
        """Place the waiting reports whose dates are behind ``day``; close what nothing can join any more."""
        due = sorted((i for i in self.pending if (i.hi or 0) + DAY_TOLERANCE < day),
                     key=lambda i: ((i.hi or 0), i.sort_key()))
        if due:
            done = {id(i) for i in due}
            self.pending = [i for i in self.pending if id(i) not in done]
            for i in due:
                self._place_loose(i)
        horizon = min([day] + [(i.lo or 0) for i in self.pending])
        closed = [c for c in self.active.values() if c.hi + DAY_TOLERANCE < horizon]
        for c in closed:
            self._close(c)
        return closed

    def _close(self, c: Cluster) -> None:
        del self.active[c.cid]
        for k in c.keys:
            ids = self.index.get(k)
            if ids is not None:
                ids.discard(c.cid)
                if not ids:
                    del self.index[k]

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
            self.pending.append(item)
        return closed

    def finish(self) -> list[Cluster]:
        """Place every waiting report and close every incident."""
        pending = sorted(self.pending, key=lambda i: ((i.hi or 0), i.sort_key()))
        self.pending = []
        for i in pending:
            self._place_loose(i)
        closed = list(self.active.values())
        for c in closed:
            self._close(c)
        return closed
