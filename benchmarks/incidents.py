#!/usr/bin/env python3
"""Incidents: how well reports of one real-world event are merged, on generated and real pages.

    python benchmarks/incidents.py [--scenarios 40] [--seed 11] [--shared ../shared] [--json OUT]

Three sets, each scored for two merges:

* **generated**: the pages of ``incident_corpus.py`` (several outlets, reposts,
  next-day follow-ups, two strikes on one city the same day, ...) with their
  known clusters;
* **dev**: the real pages of ``../shared/eval/dev/news`` with the clusters of
  its ``incidents.jsonl`` (gold events not listed there are singletons);
* **seeds**: the five seed pages of ``../shared/eval/seeds`` with the clusters of
  ``benchmarks/data/seed_incidents.jsonl`` (references to gold lines only).

The merges: **library**, :func:`conflictevents.incidents.merge` (when the
installed package has it), and **baseline**, written here as a yardstick:
same type, same day (a day-precision date) and same first place name; an event
lacking either is an incident of its own.

Each is run two ways:

* **extracted**: the library extracts the pages (``extract`` with the
  document's publication date, its outlet and URL as metadata); each extracted
  event is matched to a gold mention as ``../shared/eval/score.py`` matches
  (same document and type, span overlapping the gold quote, the most
  overlapping mention not yet found first), except that optional gold counts
  here (many cluster members are optional mentions). Unmatched events are
  counted and left out of the scores;
* **oracle**: the gold mentions themselves, as event lines with their gold
  slots, are merged, which shows the merge's own errors without the
  extraction's.

Scores are over the events of the four non-claim types: B-cubed precision,
recall and F1 and pairwise precision and recall (``clustering.py``), overall
and per type. The merge only ever joins events of one type, while a gold
cluster of the dev set may mix types (a pledge of a Patriot battery is both a
diplomatic event and a deployment), so the per-type figures are the fair ones
for those clusters. For the library, claims are scored apart: a gold claim is
attached rightly when the incident that lists it holds an event of its gold
cluster.

The machine is printed, and the figures appended to
``benchmarks/results/incidents.jsonl``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import platform
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import incident_corpus  # noqa: E402
from clustering import Scores, bcubed, pairwise  # noqa: E402

import conflictevents  # noqa: E402
from conflictevents.results import Extraction  # noqa: E402
from conflictevents.serialize import event_to_dict  # noqa: E402

TYPES = ("strike", "territorial_change", "diplomatic_event", "deployment")
#: Where a place slot lives, per type.
PLACE_SLOT = {"strike": "locations", "territorial_change": "place", "diplomatic_event": "location",
              "deployment": "location"}
SEED_CLUSTERS = HERE / "data" / "seed_incidents.jsonl"


@dataclass
class Mention:
    """One gold mention: where it is, its type, its cluster and its gold slots."""

    key: str
    doc: str
    type: str
    spans: list[tuple[int, int]]
    cluster: str
    optional: bool = False
    slots: dict[str, Any] = field(default_factory=dict)
    role: str = ""
    headline: bool = False


@dataclass
class Dataset:
    """Documents (with their outlet and URL, when known) and gold mentions."""

    name: str
    docs: list[dict[str, Any]]
    mentions: list[Mention]


# ---------------------------------------------------------------- sets


def generated(scenarios: int, seed: int) -> Dataset:
    """The pages of ``incident_corpus.py`` and their planted mentions."""
    docs: list[dict[str, Any]] = []
    mentions: list[Mention] = []
    for doc, gold in incident_corpus.generate(scenarios, seed):
        docs.append(doc)
        for g in gold:
            slots = {k: v for k, v in g.items()
                     if k not in ("doc", "type", "start", "end", "quote", "cluster", "role", "headline")}
            mentions.append(Mention(f"gen:{len(mentions)}", g["doc"], g["type"], [(g["start"], g["end"])],
                                    g["cluster"], False, slots, g["role"], g["headline"]))
    return Dataset("generated", docs, mentions)


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _occurrences(text: str, quote: str) -> list[tuple[int, int]]:
    spans, start = [], text.find(quote)
    while start != -1:
        spans.append((start, start + len(quote)))
        start = text.find(quote, start + 1)
    return spans


def real(name: str, folder: Path, clusters: Path) -> Dataset:
    """An annotated set of ``../shared/eval`` with a file of clusters over its gold lines.

    ``clusters`` holds ``{"cluster", "gold_line"}`` lines (``gold_line``: the
    0-based line in ``gold.jsonl``); gold lines not listed are singletons.
    """
    docs = []
    for row in _jsonl(folder / "docs.jsonl"):
        text = row["text"] if "text" in row else (folder / row["path"]).read_text(encoding="utf-8")
        docs.append({"id": row["id"], "text": text, "published": row.get("published")})
    texts = {d["id"]: d["text"] for d in docs}
    rows = _jsonl(clusters) if clusters.exists() else []
    of_line = {row["gold_line"]: row["cluster"] for row in rows}
    gold_rows = _jsonl(folder / "gold.jsonl")
    for row in rows:  # a clusters file written for another version of the gold is refused
        g = gold_rows[row["gold_line"]]
        if any(row.get(k, g[k]) != g[k] for k in ("doc", "type")):
            raise SystemExit(f"{clusters}: gold line {row['gold_line']} is not a {row.get('type')} of {row.get('doc')}")
    mentions = []
    for n, g in enumerate(gold_rows):
        spans = _occurrences(texts[g["doc"]], g["quote"])
        if not spans:
            raise SystemExit(f"{folder}/gold.jsonl:{n}: quote not found")
        slots = {k: v for k, v in g.items() if k not in ("doc", "type", "quote", "optional", "note")}
        mentions.append(Mention(f"{name}:{n}", g["doc"], g["type"], spans, of_line.get(n, f"{name}:line{n}"),
                                bool(g.get("optional")), slots))
    return Dataset(name, docs, mentions)


# ---------------------------------------------------------------- matching


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


def match(events: Iterable[Mapping[str, Any]], mentions: list[Mention]) -> dict[str, Mention]:
    """Each event's gold mention (``score.py``'s rule, optional gold included); unmatched events are left out."""
    by_key: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for m in mentions:
        by_key[(m.doc, m.type)].append(m)
    found: set[str] = set()
    out: dict[str, Mention] = {}
    for e in events:
        span = (e["span"][0], e["span"][1])
        hits = [m for m in by_key[(e["doc"], e["type"])] if any(_overlap(span, s) > 0 for s in m.spans)]
        if not hits:
            continue
        best = max(hits, key=lambda m: (m.key not in found, max(_overlap(span, s) for s in m.spans)))
        found.add(best.key)
        out[e["id"]] = best
    return out


# ---------------------------------------------------------------- merges

Labels = dict[str, Hashable]


def _place_name(e: Mapping[str, Any]) -> str | None:
    value = e.get(PLACE_SLOT.get(e["type"], ""))
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, Mapping):
        value = value.get("name")
    return value.casefold() if isinstance(value, str) else None


def baseline(events: list[dict[str, Any]]) -> Labels:
    """Same type, same day, same (first) place name; an event lacking a day or a place stands alone."""
    labels: Labels = {}
    for e in events:
        date = e.get("date") or {}
        day = date.get("date") if isinstance(date, Mapping) and date.get("precision") == "day" else None
        place = _place_name(e)
        labels[e["id"]] = (e["type"], day, place) if day and place else ("alone", e["id"])
    return labels


def library_merge() -> Callable[[list[Any]], list[Any]] | None:
    """The library's ``merge``, or ``None`` when the installed package has none yet."""
    try:
        from conflictevents.incidents import merge
    except ImportError:
        return None
    return merge


@dataclass
class Merged:
    """What a merge made of the events: each event's incident, and each claim's incidents."""

    labels: Labels
    claims: dict[str, set[str]] = field(default_factory=dict)
    seconds: float = 0.0
    #: the rule that put each event in its incident and the report it was measured against
    rules: dict[str, tuple[str, str | None]] = field(default_factory=dict)


def joins_by_rule(gold: Mapping[str, Hashable], merged: Merged) -> dict[str, tuple[int, int]]:
    """Per merge rule: the scored events it joined to an incident, and how many of those joins were wrong.

    A join is wrong when the report the event was measured against (``MergeStep.to``) is of another gold
    cluster; joins measured against an unscored event (an unmatched extraction) count as joins only.
    """
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for eid, (rule, to) in merged.rules.items():
        if rule == "first" or eid not in gold:
            continue
        out[rule][0] += 1
        out[rule][1] += to is not None and to in gold and gold[to] != gold[eid]
    return {k: (v[0], v[1]) for k, v in sorted(out.items())}


def run_library(merge: Callable[[list[Any]], list[Any]], items: list[Any]) -> Merged:
    t0 = time.perf_counter()
    incidents = merge(items)
    seconds = time.perf_counter() - t0
    labels: Labels = {}
    claims: dict[str, set[str]] = defaultdict(set)
    rules: dict[str, tuple[str, str | None]] = {}
    for inc in incidents:
        for r in inc.reports:
            labels[r.event] = inc.id
        for c in inc.claims:
            claims[c.event].add(inc.id)
        for step in inc.why:
            rules[step.event] = (step.rule, step.to)
    return Merged(labels, dict(claims), seconds, rules)


# ---------------------------------------------------------------- oracle events


def _gazetteer_place(name: str) -> dict[str, Any]:
    place = conflictevents.get_extractor().lexicons.gazetteer.resolve(name)
    if place is None:
        return {"name": name, "written": name, "precision": "unknown", "admin1": None, "country": None,
                "lat": None, "lon": None, "span": None, "alternatives": []}
    return {"name": place.name, "written": name, "precision": place.precision.value, "admin1": place.admin1,
            "country": place.country, "lat": place.lat, "lon": place.lon, "span": None,
            "alternatives": list(place.alternatives)}


def _qty(n: Any) -> dict[str, Any] | None:
    if not isinstance(n, int) or isinstance(n, bool):
        return None
    return {"value": n, "qualifier": "exact", "low": n, "high": n, "unit": None, "written": str(n), "span": None}


def _date(d: Any) -> dict[str, Any] | None:
    if not isinstance(d, str):
        return None
    precision = {10: "day", 7: "month", 4: "year"}.get(len(d))
    return {"date": d, "precision": precision, "written": d, "span": None, "season": None} if precision else None


def _actor(a: Any) -> dict[str, Any] | None:
    return {"canonical": a, "written": a, "span": None} if isinstance(a, str) and a else None


def oracle_events(data: Dataset) -> list[dict[str, Any]]:
    """The gold mentions as event lines of ``--format jsonl`` (with their document's fields)."""
    docs = {d["id"]: d for d in data.docs}
    out: list[dict[str, Any]] = []
    for m in data.mentions:
        s, doc = m.slots, docs[m.doc]
        start, end = m.spans[0]
        e: dict[str, Any] = {"type": m.type, "id": f"gold-{m.key}", "doc": m.doc, "span": [start, end],
                             "evidence": doc["text"][start:end], "rule": "gold", "claim": None,
                             "published": doc.get("published"), "outlet": doc.get("source"),
                             "url": doc.get("url")}
        if m.type == "strike":
            e.update(actor=_actor(s.get("actor")),
                     weapons=[{"kind": w, "written": w, "launched": None, "intercepted": None, "span": None}
                              for w in s.get("weapons") or []],
                     locations=[_gazetteer_place(p) for p in s.get("locations") or []], targets=[],
                     date=_date(s.get("date")),
                     **{k: _qty(s.get(k)) for k in ("launched", "intercepted", "killed", "injured")})
        elif m.type == "territorial_change":
            e.update(change=s.get("change") or "captured", actor=_actor(s.get("actor")),
                     place=_gazetteer_place(s["place"]) if s.get("place") else None, admin1=s.get("admin1"),
                     date=_date(s.get("date")),
                     **{k: _qty(s.get(k)) for k in ("area_km2", "depth_km", "settlements")})
        elif m.type == "diplomatic_event":
            e.update(kind=s.get("kind") or "meeting", status=s.get("status") or "occurred",
                     participants=[_actor(p) for p in s.get("participants") or [] if p],
                     location=_gazetteer_place(s["location"]) if s.get("location") else None,
                     date=_date(s.get("date")))
        elif m.type == "deployment":
            e.update(status=s.get("status") or "occurred", actor=_actor(s.get("actor")),
                     location=_gazetteer_place(s["location"]) if s.get("location") else None,
                     size=_qty(s.get("size")), unit=s.get("unit"), date=_date(s.get("date")))
        else:
            e.update(stance=s.get("stance") or "asserts", actor=_actor(s.get("actor")), source=s.get("source"),
                     source_span=None, verb=None, verified=s.get("verified"), about=[], date=None)
        e["schema_version"] = "1.0"
        out.append(e)
    # a claim is about the events stated inside its span (as the extractor links them)
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for e in out:
        by_doc[e["doc"]].append(e)
    for evs in by_doc.values():
        for c in evs:
            if c["type"] != "claim":
                continue
            c["about"] = [e["id"] for e in evs if e["type"] != "claim"
                          and c["span"][0] <= e["span"][0] and e["span"][1] <= c["span"][1]]
    return out


# ---------------------------------------------------------------- scoring


@dataclass
class Figures:
    """The scores of one merge on one set, and its pairs: gold (together in the gold), put together, right."""

    items: int
    bcubed: Scores
    pairwise: Scores
    by_type: dict[str, tuple[int, Scores, Scores]]
    pairs: tuple[int, int, int] = (0, 0, 0)


def pair_counts(gold: Mapping[str, Hashable], pred: Mapping[str, Hashable]) -> tuple[int, int, int]:
    """Pairs together in the gold, pairs put together, and pairs both."""
    def pairs(c: Counter[Any]) -> int:
        return sum(k * (k - 1) // 2 for k in c.values())
    return (pairs(Counter(gold.values())), pairs(Counter(pred.values())),
            pairs(Counter((gold[i], pred[i]) for i in gold)))


def figures(gold: Mapping[str, Hashable], pred: Mapping[str, Hashable], types: Mapping[str, str]) -> Figures:
    """B-cubed and pairwise, overall and per type, over the items of ``gold``."""
    pred = {i: pred.get(i, ("unmerged", i)) for i in gold}
    by_type = {}
    for t in TYPES:
        g = {i: c for i, c in gold.items() if types[i] == t}
        if g:
            p = {i: pred[i] for i in g}
            by_type[t] = (len(g), bcubed(g, p), pairwise(g, p))
    return Figures(len(gold), bcubed(gold, pred), pairwise(gold, pred), by_type, pair_counts(gold, pred))


def claim_attachment(matched: Mapping[str, Mention], gold: Mapping[str, Hashable], merged: Merged) -> Counter[str]:
    """How the gold claims that match an extracted claim were attached: right, wrong or not at all."""
    members: dict[Hashable, set[str]] = defaultdict(set)  # incident -> gold clusters of its events
    for i, cluster in gold.items():
        members[merged.labels.get(i, ("unmerged", i))].add(str(cluster))
    out: Counter[str] = Counter()
    for eid, m in matched.items():
        if m.type != "claim" or m.cluster.startswith(("dev:", "seeds:")):
            continue
        incs = merged.claims.get(eid, set())
        if not incs:
            out["not attached"] += 1
        elif any(m.cluster in members[i] for i in incs):
            out["right incident"] += 1
        else:
            out["wrong incident"] += 1
    return out


# ---------------------------------------------------------------- generated cases

#: The relations of ``incident_corpus.py`` between two mentions of one scenario, and whether they are one
#: incident. ``a`` and ``b`` are (cluster suffix, role, headline) of the two mentions.
def case_of(a: Mention, b: Mention) -> str | None:
    """The generated case a pair of mentions (of one scenario) exemplifies, if any."""
    ca, cb = a.cluster.split("-", 1)[1], b.cluster.split("-", 1)[1]
    if ca != cb:
        pair = {ca, cb}
        if pair == {"main", "evening"}:
            return "must not merge: same city, same day, same attacker, other weapon (missile vs drone)"
        if pair == {"army", "rsf"}:
            return "must not merge: same city, same day, same weapon, other attacker"
        if pair == {"main", "other-city"}:
            return "must not merge: same day, same attacker, other city"
        return None
    if a.headline or b.headline:
        return f"merge: {ca}: a headline with the rest"
    if a.doc == b.doc:
        return f"merge: {ca}: two mentions on one page"
    roles = {a.role, b.role}
    if "repost" in roles:
        return f"merge: {ca}: a repost with the others" if roles != {"repost"} else None
    if "follow-up" in roles:
        return f"merge: {ca}: the next-day follow-up (updated toll) with the first reports"
    if "round-up" in roles:
        return f"merge: {ca}: a round-up page with the reports"
    return f"merge: {ca}: two outlets' reports"


def case_table(matched: Mapping[str, Mention], labels: Labels) -> list[tuple[str, int, int]]:
    """Per generated case: pairs of matched events, and how many the merge put together."""
    by_scenario: dict[str, list[tuple[str, Mention]]] = defaultdict(list)
    for eid, m in matched.items():
        if m.type != "claim":
            by_scenario[m.cluster.split("-", 1)[0]].append((eid, m))
    pairs: Counter[str] = Counter()
    together: Counter[str] = Counter()
    for evs in by_scenario.values():
        for (ea, ma), (eb, mb) in itertools.combinations(evs, 2):
            case = case_of(ma, mb)
            if case is None:
                continue
            pairs[case] += 1
            together[case] += labels.get(ea, ("u", ea)) == labels.get(eb, ("u", eb))
    # wrong merges across scenarios (three days apart)
    scen_of = {eid: m.cluster.split("-", 1)[0] for eid, m in matched.items() if m.type != "claim"}
    groups: dict[Hashable, Counter[str]] = defaultdict(Counter)
    for eid, s in scen_of.items():
        groups[labels.get(eid, ("u", eid))][s] += 1
    cross = sum((sum(c.values()) ** 2 - sum(v * v for v in c.values())) // 2 for c in groups.values())
    n = len(scen_of)
    rows = sorted((case, pairs[case], together[case]) for case in pairs)
    rows.append(("must not merge: different scenarios (3+ days apart)", n * (n - 1) // 2 - sum(
        len(v) * (len(v) - 1) // 2 for v in by_scenario.values()), cross))
    return rows


# ---------------------------------------------------------------- running


def extract_all(data: Dataset) -> tuple[list[Extraction], list[dict[str, Any]]]:
    """Each page's extraction (outlet and URL as metadata) and its events as event lines."""
    results, events = [], []
    for d in data.docs:
        meta = {k: d[k] for k in ("source", "url") if d.get(k)}
        r = conflictevents.extract(d["text"], published=d.get("published"), doc_id=d["id"], metadata=meta)
        results.append(r)
        for e in r.events:
            row = event_to_dict(e)
            row.update(published=d.get("published"), outlet=d.get("source"), url=d.get("url"))
            events.append(row)
    return results, events


def fmt(s: Scores) -> str:
    return f"{s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f}"


def table(rows: list[tuple[str, str, Figures]]) -> list[str]:
    lines = [f"{'run':36} {'type':20} {'items':>6} | {'B3 P':>6} {'B3 R':>6} {'B3 F1':>6} | "
             f"{'pair P':>6} {'pair R':>6} {'pairF1':>6} | pairs: gold, merged, right"]
    for run, _, f in rows:
        lines.append(f"{run:36} {'ALL':20} {f.items:6} | {fmt(f.bcubed)} | {fmt(f.pairwise)} | "
                     f"{f.pairs[0]}, {f.pairs[1]}, {f.pairs[2]}")
        for t, (n, b, p) in f.by_type.items():
            lines.append(f"{'':36} {t:20} {n:6} | {fmt(b)} | {fmt(p)}")
    return lines


def evaluate(data: Dataset, merge: Callable[[list[Any]], list[Any]] | None,
             out: dict[str, Any]) -> list[str]:
    """Every run on one set: the printed lines; figures go into ``out``."""
    lines = [f"== {data.name}: {len(data.docs)} pages, {len(data.mentions)} gold mentions "
             f"({sum(m.type != 'claim' for m in data.mentions)} non-claim)"]
    t0 = time.perf_counter()
    results, events = extract_all(data)
    t_extract = time.perf_counter() - t0
    matched = match(events, data.mentions)
    types = {e["id"]: e["type"] for e in events}
    scored = {eid: m for eid, m in matched.items() if m.type != "claim"}
    gold = {eid: m.cluster for eid, m in scored.items()}
    non_claim = [e for e in events if e["type"] != "claim"]
    found = {m.key for m in scored.values()}
    lines.append(f"extraction: {len(non_claim)} non-claim events in {t_extract:.1f}s; {len(scored)} matched to "
                 f"{len(found)} gold mentions ({len(non_claim) - len(scored)} unmatched events, "
                 f"{sum(m.type != 'claim' for m in data.mentions) - len(found)} gold mentions not found)")
    rows: list[tuple[str, str, Figures]] = []
    runs: dict[str, Any] = {"pages": len(data.docs), "mentions": len(data.mentions),
                            "events": len(non_claim), "matched": len(scored), "gold_found": len(found), "runs": {}}
    rows.append(("baseline, extracted", "", figures(gold, baseline(non_claim), types)))
    oracle = oracle_events(data)
    o_types = {e["id"]: e["type"] for e in oracle}
    o_gold = {f"gold-{m.key}": m.cluster for m in data.mentions if m.type != "claim"}
    rows.append(("baseline, oracle (gold events)", "", figures(o_gold, baseline(
        [e for e in oracle if e["type"] != "claim"]), o_types)))
    merged = o_merged = None
    if merge is not None:
        merged = run_library(merge, results)
        rows.append(("library merge, extracted", "", figures(gold, merged.labels, types)))
        o_merged = run_library(merge, oracle)
        rows.append(("library merge, oracle (gold events)", "", figures(o_gold, o_merged.labels, o_types)))
    else:
        lines.append("library merge: not available (conflictevents.incidents.merge is not installed)")
    lines += table(rows)
    for run, _, f in rows:
        runs["runs"][run] = {"items": f.items, "bcubed": f.bcubed._asdict(), "pairwise": f.pairwise._asdict(),
                             "pairs_gold_merged_right": list(f.pairs),
                             "by_type": {t: {"items": n, "bcubed": b._asdict(), "pairwise": p._asdict()}
                                         for t, (n, b, p) in f.by_type.items()}}
    if merged is not None and o_merged is not None:
        for run, g, mm in (("extracted", gold, merged), ("oracle", o_gold, o_merged)):
            jr = joins_by_rule(g, mm)
            lines.append(f"joins by rule (library, {run}): " + ", ".join(
                f"{k} {n} ({w} wrong)" for k, (n, w) in jr.items()))
            runs.setdefault("joins_by_rule", {})[run] = {k: list(v) for k, v in jr.items()}
        att = claim_attachment(matched, gold, merged)
        if att:
            lines.append("claims (library, extracted): " + ", ".join(f"{k} {v}" for k, v in sorted(att.items())))
            runs["claims"] = dict(att)
    if data.name == "generated":
        o_scored = {f"gold-{m.key}": m for m in data.mentions if m.type != "claim"}
        case_runs: list[tuple[str, Mapping[str, Mention], Labels]] = [
            ("baseline, extracted", scored, baseline(non_claim))]
        if merged is not None and o_merged is not None:
            case_runs += [("library merge, extracted", scored, merged.labels),
                          ("library merge, oracle", o_scored, o_merged.labels)]
        for run, items, labels in case_runs:
            lines.append(f"cases ({run}): pairs of events, put together")
            case_rows = case_table(items, labels)
            for case, n, k in case_rows:
                lines.append(f"  {case:92} {k:5} / {n:<5} ({k / n if n else 0:.0%})")
            runs.setdefault("cases", {})[run] = {case: [k, n] for case, n, k in case_rows}
    out[data.name] = runs
    return lines


def machine() -> str:
    return (f"{platform.machine()} {platform.processor() or ''} {os.cpu_count()} cores, {platform.system()} "
            f"{platform.release()}; python {platform.python_version()}, conflictevents {conflictevents.__version__}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scenarios", type=int, default=40, help="generated scenarios (15 or so pages each)")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--sets", default="generated,dev,seeds")
    args = ap.parse_args(argv)
    print(f"machine: {machine()}")
    merge = library_merge()
    out: dict[str, Any] = {"time": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                           "machine": machine(), "scenarios": args.scenarios, "seed": args.seed}
    sets = args.sets.split(",")
    if "generated" in sets:
        print("\n".join(evaluate(generated(args.scenarios, args.seed), merge, out)))
    ev = args.shared / "eval"
    if "dev" in sets:
        if (ev / "dev" / "news").is_dir():
            print("\n".join(evaluate(real("dev", ev / "dev" / "news", ev / "dev" / "news" / "incidents.jsonl"),
                                     merge, out)))
        else:
            print(f"dev: {ev / 'dev' / 'news'} not found, skipped")
    if "seeds" in sets:
        if (ev / "seeds").is_dir():
            print("\n".join(evaluate(real("seeds", ev / "seeds", SEED_CLUSTERS), merge, out)))
        else:
            print(f"seeds: {ev / 'seeds'} not found, skipped")
    res = HERE / "results" / "incidents.jsonl"
    res.parent.mkdir(exist_ok=True)
    with open(res, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(out) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
