"""The events as Arrow columns: the schema, ``--format parquet``, and the round trip to the JSON Lines contract."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from conflictevents import Extractor
from conflictevents.arrow import arrow_schema, event_columns, events_to_table, rows_to_events, table_to_events
from conflictevents.cli import EXIT_OK, EXIT_USAGE, main
from conflictevents.jsonschema import event_schema
from conflictevents.models import EVENT_TYPES, SCHEMA_VERSION
from conflictevents.serialize import document_fields, event_line_dict, event_to_dict

FIXTURES = Path(__file__).parent / "fixtures"
PINNED = FIXTURES / "events_arrow_schema.txt"


def test_the_schema_is_pinned() -> None:
    """Column names and types are a contract: a change here is a change of SCHEMA_VERSION and of this file."""
    got = arrow_schema().to_string(show_schema_metadata=False) + "\n"
    assert got == PINNED.read_text(encoding="utf-8"), (
        "the Arrow schema of the events changed: if that is meant, bump SCHEMA_VERSION, note it in the "
        f"CHANGELOG and rewrite {PINNED.name} with arrow_schema().to_string(show_schema_metadata=False)")
    assert arrow_schema().metadata == {b"conflictevents.schema_version": SCHEMA_VERSION.encode()}


def test_the_columns_are_the_union_of_the_event_fields() -> None:
    schema = arrow_schema()
    props = {name for cls in EVENT_TYPES.values() for name in event_schema()["$defs"][cls.__name__]["properties"]}
    assert set(schema.names) == props
    assert len(schema.names) == len(set(schema.names))
    assert schema.names[:4] == ["type", "id", "doc", "span"]
    assert schema.names[-8:] == ["evidence", "rule", "claim", "published", "outlet", "url", "fingerprint",
                                 "schema_version"]
    assert schema.field("span").type == pa.list_(pa.int64())
    assert schema.field("verified").type == pa.bool_()
    assert schema.field("killed").type.field("value").type == pa.int64()
    assert schema.field("locations").type.value_type.field("lat").type == pa.float64()
    assert [f.name for f in schema if not f.nullable] == ["type", "id", "doc", "span", "evidence"]
    for tag, keys in event_columns().items():  # every type's keys, in the JSON line's order, are columns
        assert keys[:4] == ("type", "id", "doc", "span") and keys[-8:] == (
            "evidence", "rule", "claim", "published", "outlet", "url", "fingerprint", "schema_version")
        assert set(keys) <= set(schema.names), tag


def test_rows_read_back_into_the_contract(extractor: Extractor) -> None:
    text = (FIXTURES / "pages" / "live_blog.txt").read_text(encoding="utf-8")
    result = extractor.extract(text, published="2025-05-06", doc_id="blog")
    lines = [event_line_dict(e, document_fields(result)) for e in result.events]  # what --format jsonl prints
    assert {e["type"] for e in lines} >= {"strike", "claim"}
    table = events_to_table(lines)
    assert table.schema.equals(arrow_schema())
    assert table_to_events(table) == lines
    assert [json.dumps(e, ensure_ascii=False) for e in table_to_events(table)] == [
        json.dumps(e, ensure_ascii=False) for e in lines]


def test_a_row_of_an_unknown_type_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown type 'battle'"):
        rows_to_events([{"type": "battle"}])


def test_a_value_the_column_cannot_hold_is_refused() -> None:
    row = {"type": "strike", "id": "x", "doc": "d", "span": [0, 1], "evidence": "x", "killed": {"value": "four"}}
    with pytest.raises((pa.ArrowInvalid, pa.ArrowTypeError)):
        events_to_table([row])


def test_parquet_reads_back_as_the_jsonl_output(tmp_path: Path) -> None:
    pages = FIXTURES / "pages"
    assert main([str(pages), "-q", "-o", str(tmp_path / "events.jsonl")]) == EXIT_OK
    assert main([str(pages), "-q", "--format", "parquet", "-o", str(tmp_path / "events.parquet")]) == EXIT_OK
    expected = [json.loads(line) for line in (tmp_path / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(expected) > 50
    table = pq.read_table(tmp_path / "events.parquet")
    assert table.schema.equals(arrow_schema(), check_metadata=False)
    assert table_to_events(table) == expected
    assert main([str(pages), "-q", "--format", "parquet", "-o", str(tmp_path / "again.parquet")]) == EXIT_OK
    assert (tmp_path / "again.parquet").read_bytes() == (tmp_path / "events.parquet").read_bytes()  # deterministic


def test_parquet_with_no_event_is_a_file_with_the_columns(tmp_path: Path) -> None:
    page = tmp_path / "quiet.txt"
    page.write_text("The city council met to discuss the budget.\n", encoding="utf-8")
    assert main([str(page), "-q", "--format", "parquet", "-o", str(tmp_path / "none.parquet")]) == EXIT_OK
    table = pq.read_table(tmp_path / "none.parquet")
    assert table.num_rows == 0 and table.schema.names == arrow_schema().names


def test_parquet_to_a_pipe(tmp_path: Path) -> None:
    """Standard output that is not a terminal takes Parquet (the file needs no seeking)."""
    done = subprocess.run([sys.executable, "-m", "conflictevents", "--sample", "-q", "--format", "parquet"],
                          capture_output=True, timeout=120, check=True)
    (tmp_path / "piped.parquet").write_bytes(done.stdout)
    table = pq.read_table(tmp_path / "piped.parquet")
    assert table.num_rows > 10 and set(table.column("type").to_pylist()) >= {"strike", "claim"}


def test_importing_the_package_imports_no_engine() -> None:
    """The extras stay optional: the modules import without loading pyarrow, Dask or PySpark."""
    code = ("import sys, conflictevents, conflictevents.cli, conflictevents.formats, conflictevents.dask, "
            "conflictevents.spark, conflictevents.arrow\n"
            "print(sorted(m for m in ('pyarrow', 'dask', 'pyspark', 'pandas', 'distributed') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout.strip() == "[]"


def test_parquet_is_not_written_to_a_terminal() -> None:
    import pty

    leader, follower = pty.openpty()
    try:
        done = subprocess.run([sys.executable, "-m", "conflictevents", "--sample", "--format", "parquet"],
                              stdout=follower, stderr=subprocess.PIPE, timeout=120)
    finally:
        os.close(follower)
        os.close(leader)
    assert done.returncode == EXIT_USAGE
    assert b"--format parquet is binary: write it to a file with -o FILE" in done.stderr


@pytest.mark.parametrize("blocked, code, message", [
    ("pyarrow", "from conflictevents.cli import main; sys.exit(main(['--sample', '-q', '--format', 'parquet', "
                "'-o', 'x.parquet']))", "install it with pip install 'conflictevents[parquet]'"),
    ("dask", "from conflictevents.dask import extract_bag; extract_bag([])",
     "ExtraNotInstalled: this needs dask, which is not installed: install it with pip install 'conflictevents[dask]'"),
    ("pyspark", "from conflictevents.spark import spark_schema; spark_schema()",
     "install it with pip install 'conflictevents[spark]'"),
])
def test_a_missing_extra_is_named(tmp_path: Path, blocked: str, code: str, message: str) -> None:
    """Without the engine (its import blocked in a fresh process), the error names the extra to install."""
    script = f"import sys; sys.modules[{blocked!r}] = None\n{code}\n"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert done.returncode == (EXIT_USAGE if "cli" in code else 1)  # a usage error, or the exception
    assert message in done.stderr, done.stderr[-2000:]
    assert not (tmp_path / "x.parquet").exists()
