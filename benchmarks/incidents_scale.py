#!/usr/bin/env python3
"""Scale: merge N synthetic events into incidents in bounded memory, and time it.

    python benchmarks/incidents_scale.py [--events 1000000] [--seed 14]

The events are made up here (no text of any page): strikes, captures and
calls on a grid of 4,000 invented places over a year, each real incident
reported one to eight times, by outlets that sometimes copy each other,
with a claim about some reports. They are generated lazily and merged by
:func:`conflictevents.incidents.merge_stream`; the script prints the time,
the events per second, the incidents found and the peak resident memory.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import sys
import time
from collections.abc import Iterator
from typing import Any

from conflictevents.incidents import merge_stream

START = dt.date(2025, 1, 1)


def _place(n: int) -> dict[str, Any]:
    row, col = divmod(n, 80)
    return {"name": f"Place {n}", "written": f"Place {n}", "precision": "place", "admin1": f"Region {n // 200}",
            "country": "Ukraine", "lat": 45.0 + row * 0.2, "lon": 22.0 + col * 0.2, "span": None,
            "alternatives": []}


def events(total: int, seed: int = 14) -> Iterator[dict[str, Any]]:
    """``total`` event objects (claims included), as ``--format jsonl`` prints them, in publication order."""
    rnd = random.Random(seed)
    made = 0
    incident = 0
    while made < total:
        incident += 1
        day = START + dt.timedelta(days=rnd.randrange(365))
        kind = rnd.choice(("strike", "strike", "strike", "territorial_change", "diplomatic_event"))
        place = _place(rnd.randrange(4000))
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


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB: ``VmHWM`` of ``/proc/self/status`` where there is one.

    ``ru_maxrss`` survives ``exec``: a process started from a large one (a test run with Spark loaded) would
    report its parent's size, not its own.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(total: int, seed: int = 14) -> dict[str, float]:
    """Merge ``total`` events; the figures of the run."""
    t0 = time.perf_counter()
    incidents = reports = 0
    for inc in merge_stream(events(total, seed)):
        incidents += 1
        reports += len(inc.reports)
    seconds = time.perf_counter() - t0
    peak_mb = peak_rss_mb()
    return {"events": total, "seconds": round(seconds, 1), "events_per_s": round(total / seconds),
            "incidents": incidents, "reports": reports, "peak_rss_mb": round(peak_mb)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=14)
    args = ap.parse_args(argv)
    figures = run(args.events, args.seed)
    for k, v in figures.items():
        print(f"{k:14} {v:,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
