#!/usr/bin/env python3
"""Scale of the incident merge: time and peak memory for 10^4 to 10^6 events.

    python benchmarks/incident_scale.py [--workload population|grid] [--sizes 10000,100000,1000000]
                                        [--forms stream,merge] [--seed N]

Two workloads. ``population`` (the default, seed 5): events generated directly as the event objects of ``--format jsonl``
(no extraction), with the document fields the merge reads (``published``,
``outlet``, ``url``): documents of one to eight events; types spread as in
news (strikes about half, claims a fifth, the rest territorial changes,
diplomatic events and deployments); dates over one year, mostly to the day,
some to the month, a few missing; places drawn from the bundled gazetteer
(populated places of eight countries, with their coordinates, population-weighted,
so that big cities recur often); actors from a list of sides; counts and
weapons at random. About a third of the events are other documents' reports
(another outlet, the same slots) of an event drawn from a pool of 2,000
recent ones, so that incidents of several reports form.

``grid`` (seed 14): strikes, captures and calls on a grid of 4,000 invented
places (0.2 degrees apart, in one country) over a year, each real incident
reported one to eight times (by outlets that sometimes copy each other, the
copies with the same evidence sentence and fingerprint), with a claim about
some reports; places are drawn uniformly, so no place gathers many reports.

Each (form, size) runs in a fresh process, which builds the events lazily
(the input is a generator: it is never held in memory as a whole) and reports
the seconds of the merge (generation included, timed apart) and the peak
resident memory of the process (``VmHWM``, else ``getrusage``), and the CPU
seconds of the merge (user and system), which, unlike the wall clock, do not
grow when other programs share the cores. Forms:
``stream`` is :func:`conflictevents.incidents.merge_stream` (spilling to a
temporary folder), ``merge`` is :func:`conflictevents.incidents.merge` (all in
memory). The machine is printed; the figures are appended to
``benchmarks/results/incident_scale.jsonl``.
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import itertools
import json
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

COUNTRIES = ("Ukraine", "Russia", "Israel", "Palestine", "Lebanon", "Sudan", "Syria", "Yemen")
#: Attacking sides, per country of the place hit.
ATTACKERS = {"Ukraine": ["Russia"], "Russia": ["Ukraine"], "Israel": ["Hamas", "Hezbollah", "Iran", "Houthis"],
             "Palestine": ["Israel"], "Lebanon": ["Israel"], "Sudan": ["Sudan", "Rapid Support Forces"],
             "Syria": ["Israel", "Turkey", "Syria"], "Yemen": ["United States", "Israel", "Saudi Arabia"]}
PARTNERS = ["United States", "Germany", "France", "United Kingdom", "Poland", "Turkey", "China", "Qatar",
            "Egypt", "Japan", "European Union", "United Nations", "NATO"]
WEAPONS = ["drone", "missile", "bomb", "artillery", "rocket", "airstrike"]
KINDS = ["meeting", "talks", "visit", "call", "summit", "agreement", "sanctions", "aid"]
CHANGES = ["captured", "advanced", "entered", "controls", "withdrew"]
TYPES = ["strike"] * 50 + ["claim"] * 20 + ["territorial_change"] * 12 + ["diplomatic_event"] * 12 + \
    ["deployment"] * 6
START = dt.date(2025, 1, 1)
#: Share of events that are another document's report of a recent event (same slots, other outlet).
REPEAT = 0.35


def places() -> list[dict[str, Any]]:
    """Populated places of :data:`COUNTRIES` in the bundled gazetteer, with coordinates and population."""
    import conflictevents

    path = Path(conflictevents.__file__).parent / "lexicons" / "data" / "places.tsv"
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith(("#", "geonameid")):
                continue
            f = line.rstrip("\n").split("\t")
            if len(f) < 9 or f[3] != "place" or f[4] not in COUNTRIES or not f[6] or not f[7]:
                continue
            out.append({"name": f[1], "country": f[4], "admin1": f[5] or None, "lat": float(f[6]),
                        "lon": float(f[7]), "population": int(f[8] or 0)})
    return out


def _grid_place(n: int) -> dict[str, Any]:
    row, col = divmod(n, 80)
    return {"name": f"Place {n}", "written": f"Place {n}", "precision": "place", "admin1": f"Region {n // 200}",
            "country": "Ukraine", "lat": 45.0 + row * 0.2, "lon": 22.0 + col * 0.2, "span": None,
            "alternatives": []}


def grid_events(total: int, seed: int = 14) -> Iterator[dict[str, Any]]:
    """``total`` event objects (claims included) of the ``grid`` workload, in publication order."""
    rnd = random.Random(seed)
    made = 0
    incident = 0
    while made < total:
        incident += 1
        day = START + dt.timedelta(days=rnd.randrange(365))
        kind = rnd.choice(("strike", "strike", "strike", "territorial_change", "diplomatic_event"))
        place = _grid_place(rnd.randrange(4000))
        actor = rnd.choice(("Russia", "Ukraine"))
        launched = rnd.randrange(5, 90)
        prints = f"{rnd.getrandbits(64):016x}"
        for n in range(rnd.randint(1, 8)):
            if made >= total:
                return
            doc = f"doc-{incident}-{n}"
            published = day + dt.timedelta(days=rnd.choice((0, 0, 1, 2)))
            copy = n > 0 and rnd.random() < 0.3
            base = {"id": f"{kind}-{incident}-{n}", "doc": doc, "span": [0, 20], "evidence": f"Report {incident} {n}."
                    if not copy else f"Report {incident} 0.", "rule": "synthetic", "claim": None,
                    "published": published.isoformat(), "outlet": f"Outlet {rnd.randrange(40)}", "url": None,
                    "fingerprint": prints if copy else f"{rnd.getrandbits(64):016x}", "schema_version": "1.0"}
            date = {"date": day.isoformat(), "precision": "day", "written": "", "span": None, "season": None} \
                if rnd.random() < 0.85 else None
            ev: dict[str, Any]
            if kind == "strike":
                ev = {"type": "strike", **base, "actor": {"canonical": actor, "written": actor, "span": None},
                      "weapons": [{"kind": "drone", "written": "drones", "launched": None, "intercepted": None,
                                   "span": None}],
                      "launched": {"value": launched + rnd.choice((0, 0, 3)), "qualifier": "exact", "low": None,
                                   "high": None, "unit": None, "written": "", "span": None},
                      "intercepted": None, "killed": None, "injured": None,
                      "locations": [place] if rnd.random() < 0.9 else [], "targets": [], "date": date}
            elif kind == "territorial_change":
                ev = {"type": "territorial_change", **base, "change": "captured",
                      "actor": {"canonical": actor, "written": actor, "span": None}, "place": place,
                      "admin1": place["admin1"], "area_km2": None, "depth_km": None, "settlements": None, "date": date}
            else:
                ev = {"type": "diplomatic_event", **base, "kind": "call", "status": "occurred",
                      "participants": [{"canonical": "Ukraine", "written": "Kyiv", "span": None},
                                       {"canonical": f"Country {incident % 50}", "written": "", "span": None}],
                      "location": None, "date": date}
            yield ev
            made += 1
            if made < total and rnd.random() < 0.3:
                yield {"type": "claim", **base, "id": f"claim-{incident}-{n}", "stance": "asserts",
                       "actor": {"canonical": actor, "written": actor, "span": None}, "source": "the ministry",
                       "source_span": None, "verb": "said", "verified": None, "about": [ev["id"]], "date": None}
                made += 1


#: The workloads: event generator and default seed.
WORKLOADS = {"population": (lambda n, seed: events(n, seed), 5), "grid": (lambda n, seed: grid_events(n, seed), 14)}


def _place(p: dict[str, Any]) -> dict[str, Any]:
    return {"name": p["name"], "written": p["name"], "precision": "place", "admin1": p["admin1"],
            "country": p["country"], "lat": p["lat"], "lon": p["lon"], "span": None, "alternatives": []}


def _qty(n: int) -> dict[str, Any]:
    return {"value": n, "qualifier": "exact", "low": n, "high": n, "unit": None, "written": str(n), "span": None}


def _actor(a: str) -> dict[str, Any]:
    return {"canonical": a, "written": a, "span": None}


def _date(rng: random.Random, day: dt.date) -> dict[str, Any] | None:
    r = rng.random()
    if r < 0.85:
        return {"date": day.isoformat(), "precision": "day", "written": "", "span": None, "season": None}
    if r < 0.95:
        return {"date": f"{day:%Y-%m}", "precision": "month", "written": "", "span": None, "season": None}
    return None


def events(n: int, seed: int = 5) -> Iterator[dict[str, Any]]:
    """``n`` event objects of ``--format jsonl``, in documents, each document's events together."""
    rng = random.Random(seed)
    pl = places()
    cum = list(itertools.accumulate(max(p["population"], 1000) ** 0.5 for p in pl))
    outlets = [f"Outlet {i:02d}" for i in range(60)]
    made = 0
    doc_no = 0
    recent: list[dict[str, Any]] = []  # events other documents may report again
    while made < n:
        doc_no += 1
        doc = f"doc-{doc_no:08d}"
        published = START + dt.timedelta(days=rng.randrange(365))
        outlet = rng.choice(outlets)
        url = f"https://outlet{outlets.index(outlet):02d}.example/{doc}"
        last_id = None
        e: dict[str, Any]
        for k in range(min(rng.randint(1, 8), n - made)):
            eid_no = f"{doc_no:08d}{k:02d}"
            if recent and rng.random() < REPEAT:  # another report of a recent event
                e = dict(rng.choice(recent))
                later = dt.date.fromisoformat(e["published"]) + dt.timedelta(days=rng.choice([0, 0, 1]))
                e.update(published=later.isoformat(), id=f"{e['type']}-{eid_no}", doc=doc, span=[200 * k, 200 * k + 80],
                         evidence=f"event {k} of {doc}", outlet=outlet, url=url, claim=None)
                if e["type"] == "claim":
                    e["about"] = [last_id] if last_id else []
                else:
                    last_id = e["id"]
                made += 1
                yield e
                continue
            t = rng.choice(TYPES)
            day = published - dt.timedelta(days=rng.choice([0, 0, 0, 1, 1, 2]))
            p = pl[bisect.bisect(cum, rng.random() * cum[-1])]
            eid = f"{t}-{eid_no}"
            start = 200 * k
            e = {"type": t, "id": eid, "doc": doc, "span": [start, start + 80],
                                 "evidence": f"event {k} of {doc}", "rule": "synthetic", "claim": None,
                                 "published": published.isoformat(), "outlet": outlet, "url": url,
                                 "schema_version": "1.0"}
            if t == "strike":
                e.update(actor=_actor(rng.choice(ATTACKERS[p["country"]])) if rng.random() < 0.8 else None,
                         weapons=[{"kind": w, "written": w, "launched": None, "intercepted": None, "span": None}
                                  for w in rng.sample(WEAPONS, rng.choice([0, 1, 1, 2]))],
                         launched=_qty(rng.randint(1, 120)) if rng.random() < 0.3 else None, intercepted=None,
                         killed=_qty(rng.randint(0, 30)) if rng.random() < 0.4 else None,
                         injured=_qty(rng.randint(0, 60)) if rng.random() < 0.3 else None,
                         locations=[_place(p)], targets=[], date=_date(rng, day))
            elif t == "territorial_change":
                e.update(change=rng.choice(CHANGES), actor=_actor(rng.choice(ATTACKERS[p["country"]])),
                         place=_place(p), admin1=p["admin1"], area_km2=None, depth_km=None, settlements=None,
                         date=_date(rng, day))
            elif t == "diplomatic_event":
                a, b = rng.sample(PARTNERS + [p["country"]], 2)
                e.update(kind=rng.choice(KINDS), status=rng.choice(["occurred", "planned"]),
                         participants=[_actor(a), _actor(b)], location=_place(p) if rng.random() < 0.6 else None,
                         date=_date(rng, day))
            elif t == "deployment":
                e.update(status=rng.choice(["occurred", "planned"]), actor=_actor(rng.choice(PARTNERS)),
                         location=_place(p), size=_qty(rng.choice([100, 300, 500, 1000, 5000])),
                         unit=rng.choice(["troops", "soldiers", "air defence systems"]), date=_date(rng, day))
            else:
                e.update(stance=rng.choice(["asserts", "asserts", "denies", "confirms"]),
                         actor=_actor(rng.choice(COUNTRIES)), source="defence ministry", source_span=None,
                         verb="said", verified=None, about=[last_id] if last_id else [], date=None)
            if t != "claim":
                last_id = eid
            if len(recent) < 2000:
                recent.append(e)
            else:
                recent[rng.randrange(2000)] = e
            made += 1
            yield e


def _peak_rss_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def one(n: int, form: str, seed: int | None = None, workload: str = "population") -> dict[str, Any]:
    """Merge ``n`` generated events of ``workload`` with one form, in this process; the figures of the run."""
    from conflictevents.incidents import merge, merge_stream

    make, default_seed = WORKLOADS[workload]
    seed = default_seed if seed is None else seed
    t0, c0 = time.perf_counter(), _cpu()
    for _ in make(n, seed):
        pass
    t_gen, c_gen = time.perf_counter() - t0, _cpu() - c0
    t0, c0 = time.perf_counter(), _cpu()
    incidents = reports = 0
    if form == "stream":
        with tempfile.TemporaryDirectory() as spill:
            for inc in merge_stream(make(n, seed), spill_dir=spill):
                incidents += 1
                reports += len(inc.reports)
                if incidents % 50_000 == 0:  # progress, on standard error
                    sys.stderr.write(f"  {form} {n}: {incidents} incidents ({reports} reports) after "
                                     f"{time.perf_counter() - t0:.0f}s, {_cpu() - c0:.0f} CPU s, "
                                     f"peak RSS {_peak_rss_mb():.0f} MB\n")
                    sys.stderr.flush()
    else:
        for inc in merge(make(n, seed)):
            incidents += 1
            reports += len(inc.reports)
    total, cpu = time.perf_counter() - t0, _cpu() - c0
    return {"workload": workload, "seed": seed, "events": n, "form": form, "seconds_generate": round(t_gen, 2),
            "seconds_merge": round(max(total - t_gen, 0.0), 2), "seconds_total": round(total, 2),
            "cpu_seconds_merge": round(max(cpu - c_gen, 0.0), 2),
            "events_per_cpu_s": round(n / max(cpu - c_gen, 1e-9)), "incidents": incidents, "reports": reports,
            "peak_rss_mb": round(_peak_rss_mb(), 1)}


def _cpu() -> float:
    """CPU seconds of this process (user and system): unlike the wall clock, not lengthened by other load."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def machine() -> str:
    import conflictevents

    return (f"{platform.machine()} {platform.processor() or ''} {os.cpu_count()} cores, {platform.system()} "
            f"{platform.release()}; python {platform.python_version()}, conflictevents {conflictevents.__version__}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--forms", default="stream,merge")
    ap.add_argument("--workload", choices=sorted(WORKLOADS), default="population")
    ap.add_argument("--seed", type=int, default=None, help="default: 5 (population), 14 (grid)")
    ap.add_argument("--one", nargs=2, metavar=("N", "FORM"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one:
        print(json.dumps(one(int(args.one[0]), args.one[1], args.seed, args.workload)))
        return 0
    print(f"machine: {machine()}")
    print(f"workload: {args.workload}")
    print(f"{'form':8} {'events':>9} {'wall s':>9} {'CPU s':>9} {'events/CPU s':>12} {'incidents':>10} "
          f"{'peak RSS MB':>12}   (generation, timed apart: wall s)")
    runs = []
    for n in (int(x) for x in args.sizes.split(",")):
        for form in args.forms.split(","):
            cmd = [sys.executable, __file__, "--one", str(n), form, "--workload", args.workload]
            if args.seed is not None:
                cmd += ["--seed", str(args.seed)]
            proc = subprocess.run(cmd,
                                  stdout=subprocess.PIPE, text=True)  # progress and errors pass through
            if proc.returncode:
                print(f"{form:8} {n:9} failed (exit code {proc.returncode})")
                continue
            r = json.loads(proc.stdout)
            runs.append(r)
            print(f"{form:8} {n:9} {r['seconds_merge']:9.1f} {r['cpu_seconds_merge']:9.1f} "
                  f"{r['events_per_cpu_s']:12} {r['incidents']:10} {r['peak_rss_mb']:12.1f}   "
                  f"({r['seconds_generate']})", flush=True)
    out = HERE / "results" / "incident_scale.jsonl"
    out.parent.mkdir(exist_ok=True)
    with open(out, "a", encoding="utf-8") as fh:
        fh.write(json.dumps({"time": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                             "machine": machine(), "runs": runs}) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
