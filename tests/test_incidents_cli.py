"""The command line of incidents: ``incidents EVENTS.jsonl`` and ``--incidents`` on extraction."""

from __future__ import annotations

import csv
import io
import json

import jsonschema
import pytest

from conflictevents.cli import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE
from conflictevents.incidents.formats import INCIDENT_CSV_COLUMNS
from conflictevents.jsonschema import event_schema, incident_schema

from .test_cli import cli, jsonl

# Pages of the tests' own: one strike told by three outlets (one a copy), a capture, a lone denial.
PAGES = [
    {"id": "wire-1", "published": "2025-07-14", "source": "Wire", "url": "https://wire.example/1",
     "text": "Russia launched 40 drones at Kharkiv overnight, the regional governor said on Monday.\n"},
    {"id": "blog-7", "published": "2025-07-14", "source": "Blog",
     "text": "Menu\nRussia launched 40 drones at Kharkiv overnight, the regional governor said on Monday.\n"
             "Share this post\n"},
    {"id": "daily-3", "published": "2025-07-15", "source": "Daily",
     "text": "Russian forces attacked Kharkiv with 43 drones on Monday night, Ukrainian officials said.\n"},
    {"id": "daily-4", "published": "2025-07-15", "source": "Daily",
     "text": "Russian troops captured the village of Zelene Pole, Russia's defence ministry said on Tuesday.\n"},
]


@pytest.fixture(scope="module")
def events(tmp_path_factory) -> bytes:
    folder = tmp_path_factory.mktemp("incidents")
    docs = folder / "docs.jsonl"
    docs.write_text("".join(json.dumps(p) + "\n" for p in PAGES), encoding="utf-8")
    run = cli(str(docs), "-q")
    assert run.returncode == EXIT_OK, run.stderr
    return run.stdout


def test_event_lines_carry_their_documents_fields(events):
    lines = jsonl(events)
    schema = event_schema()
    for e in lines:
        jsonschema.validate(e, schema)
        assert list(e)[-5:] == ["published", "outlet", "url", "fingerprint", "schema_version"]
    wire = [e for e in lines if e["doc"] == "wire-1"]
    assert {(e["published"], e["outlet"], e["url"]) for e in wire} == {("2025-07-14", "Wire", "https://wire.example/1")}
    blog = [e for e in lines if e["doc"] == "blog-7"]
    assert blog[0]["fingerprint"] == wire[0]["fingerprint"], "the page's menu and share prompt are not its text"


def test_incidents_from_the_extractors_output(events, tmp_path):
    path = tmp_path / "events.jsonl"
    path.write_bytes(events)
    run = cli("incidents", str(path))
    assert run.returncode == EXIT_OK, run.stderr
    incidents = jsonl(run.stdout)
    schema = incident_schema()
    for inc in incidents:
        jsonschema.validate(inc, schema)
    [strike] = [i for i in incidents if i["type"] == "strike"]
    assert sorted(r["doc"] for r in strike["reports"]) == ["blog-7", "daily-3", "wire-1"]
    assert strike["independent_sources"] == 2
    assert strike["slots"]["launched"] == {"value": None, "min": 40, "max": 43}
    assert "incidents" in run.stderr.decode()
    # the same bytes whatever the order of the lines
    path.write_bytes(b"".join(reversed(events.splitlines(keepends=True))))
    assert cli("incidents", str(path)).stdout == run.stdout


def test_the_extraction_command_merges_with_incidents(events, tmp_path):
    docs = tmp_path / "docs.jsonl"
    docs.write_text("".join(json.dumps(p) + "\n" for p in PAGES), encoding="utf-8")
    path = tmp_path / "events.jsonl"
    path.write_bytes(events)
    one_run = cli(str(docs), "--incidents", "-q")
    assert one_run.returncode == EXIT_OK, one_run.stderr
    assert one_run.stdout == cli("incidents", str(path), "-q").stdout
    refused = cli(str(docs), "--incidents", "--format", "json")
    assert refused.returncode == EXIT_USAGE and b"--incidents" in refused.stderr


def test_malformed_lines_are_reported_and_the_rest_go_through(events, tmp_path):
    good = events.splitlines()
    path = tmp_path / "events.jsonl"
    path.write_bytes(b"\n".join([good[0], b"{not json", b'{"type": "teleport", "id": "x", "doc": "d"}', b"[1, 2]",
                                 b'{"type": "strike", "id": "s", "doc": "d", "launched": {"value": -1}}',
                                 *good[1:]]) + b"\n")
    run = cli("incidents", str(path))
    err = run.stderr.decode()
    assert run.returncode == EXIT_SOME_FAILED
    assert f"{path}:2: skipped: malformed JSON" in err
    assert f"{path}:3: skipped: invalid event: type" in err
    assert f"{path}:4: skipped: an event is a JSON object" in err
    assert f"{path}:5: skipped: invalid event: strike.launched.value" in err
    assert "4 skipped" in err
    assert run.stdout == cli("incidents", "-", stdin=events).stdout, "the good lines give what they give alone"


def test_an_input_without_events_is_reported(tmp_path):
    path = tmp_path / "empty.jsonl"
    path.write_text("\n", encoding="utf-8")
    run = cli("incidents", str(path))
    assert run.returncode == EXIT_SOME_FAILED and b"no events" in run.stderr


@pytest.mark.parametrize("fmt", ["csv", "geojson", "table"])
def test_formats(events, fmt):
    run = cli("incidents", "-", "--format", fmt, stdin=events)
    assert run.returncode == EXIT_OK, run.stderr
    text = run.stdout.decode()
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        assert tuple(rows[0]) == INCIDENT_CSV_COLUMNS
        [strike] = [r for r in rows if r["type"] == "strike"]
        assert (strike["launched_min"], strike["launched_max"], strike["independent_sources"]) == ("40", "43", "2")
        assert strike["outlets"] == "Blog;Daily;Wire"
    elif fmt == "geojson":
        features = json.loads(text)["features"]
        assert {f["properties"]["place"] for f in features} >= {"Kharkiv"}
    else:
        assert text.splitlines()[0].split()[:3] == ["date", "type", "actor"]


def test_docs_fill_what_the_event_lines_lack(events, tmp_path):
    bare = []
    for e in jsonl(events):
        for key in ("published", "outlet", "url", "fingerprint"):
            e.pop(key)
        bare.append(json.dumps(e))
    path = tmp_path / "bare.jsonl"
    path.write_text("\n".join(bare) + "\n", encoding="utf-8")
    docs = tmp_path / "docs.jsonl"
    docs.write_text("".join(json.dumps(p) + "\n" for p in PAGES), encoding="utf-8")
    without = [i for i in jsonl(cli("incidents", str(path)).stdout) if i["type"] == "strike"]
    assert {r["source"] for i in without for r in i["reports"]} == {None}
    run = cli("incidents", str(path), "--docs", str(docs))
    assert run.returncode == EXIT_OK, run.stderr
    full = cli("incidents", "-", stdin=events).stdout
    assert run.stdout == full


def test_schema_and_usage_errors(tmp_path, events):
    schema = json.loads(cli("schema", "--incident").stdout)
    assert "Incident" in schema["$defs"] and "SlotValue" in schema["$defs"]
    path = tmp_path / "events.jsonl"
    path.write_bytes(events)
    assert cli("incidents", str(path), "-o", str(path)).returncode == EXIT_USAGE
    assert cli("incidents").returncode == EXIT_USAGE
    missing = cli("incidents", str(path), "--spill-dir", str(tmp_path / "no-such-folder"))
    assert missing.returncode == EXIT_USAGE and b"--spill-dir" not in missing.stderr and b"no-such-folder" in missing.stderr
