"""Scale: a large merge runs in bounded memory and loses no report (slow: run with ``pytest -m slow``)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks" / "incident_scale.py"


@pytest.mark.slow
def test_a_hundred_thousand_events_merge_in_bounded_memory():
    code = (
        "import json, sys; sys.path.insert(0, %r); import incident_scale as b; "
        "print(json.dumps(b.one(100_000, 'stream', workload='grid')))" % str(BENCH.parent)
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=3000)
    assert run.returncode == 0, run.stderr[-2000:]
    figures = json.loads(run.stdout.strip().splitlines()[-1])
    # memory holds a week of reports and the open incidents, not the input (about 150 MB of objects)
    assert figures["peak_rss_mb"] < 250, figures
    assert figures["incidents"] < figures["reports"], "reports of one real event were merged"


@pytest.mark.slow
def test_every_report_of_a_large_merge_is_in_one_incident():
    sys.path.insert(0, str(BENCH.parent))
    try:
        import incident_scale as bench
    finally:
        sys.path.pop(0)
    from conflictevents.incidents import merge_stream

    events = list(bench.grid_events(30_000, seed=3))
    wanted = {e["id"] for e in events if e["type"] != "claim"}
    seen: list[str] = []
    for incident in merge_stream(events):
        seen.extend(r.event for r in incident.reports if not r.event.startswith("claim-"))
    assert len(seen) == len(set(seen)) and set(seen) == wanted
