"""The command line: in-process (``cli.main``) for speed, and as a real process where it matters.

A real ``python -m conflictevents`` takes about 2.5 s to start (it compiles
the lexicons and grammars); in-process runs share one compiled extractor.
The tests that need a process of their own (a terminal, a closed pipe) are
marked ``slow``, like those of ``test_cli_processes.py``.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from conflictevents import __version__
from conflictevents.cli import EXIT_BROKEN_PIPE, EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, main
from conflictevents.jsonschema import event_schema


def process(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    """``python -m conflictevents ARGS`` in a process of its own."""
    return subprocess.run([sys.executable, "-m", "conflictevents", *args], input=stdin, capture_output=True,
                          cwd=cwd, timeout=120)


def cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    """The same, in this process: standard input, output and error are bytes as a process would see them."""
    out, err = io.BytesIO(), io.BytesIO()
    streams = (sys.stdin, sys.stdout, sys.stderr)
    here = os.getcwd()
    sys.stdin = io.TextIOWrapper(io.BufferedReader(io.BytesIO(stdin or b"")), encoding="utf-8")
    sys.stdout = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    sys.stderr = io.TextIOWrapper(err, encoding="utf-8", newline="", write_through=True)
    try:
        if cwd is not None:
            os.chdir(cwd)
        try:
            code = main(list(args))
        except SystemExit as exit_:  # argparse: --help, --version, usage errors
            code = exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
        sys.stdout.flush()
        sys.stderr.flush()
        return subprocess.CompletedProcess(list(args), code, out.getvalue(), err.getvalue())
    finally:
        sys.stdin, sys.stdout, sys.stderr = streams
        os.chdir(here)


def jsonl(out: bytes) -> list[dict]:
    return [json.loads(line) for line in out.decode().splitlines() if line.strip()]


def test_version_and_help():
    assert cli("--version").stdout.decode().strip() == f"conflictevents {__version__}"
    help_text = cli("--help").stdout.decode()
    for option in ("--format", "--jobs", "--explain", "--types", "--lexicon", "--sample"):
        assert option in help_text


def test_the_module_runs_as_a_process():
    run = process("--version")
    assert run.returncode == 0 and run.stdout.decode().strip() == f"conflictevents {__version__}"


@pytest.mark.slow
def test_sample_runs_as_a_process_and_every_line_fits_the_schema():
    run = process("--sample")
    assert run.returncode == EXIT_OK, run.stderr
    schema = event_schema()
    for e in jsonl(run.stdout):
        jsonschema.validate(e, schema)


def test_sample_runs_and_every_line_fits_the_schema():
    run = cli("--sample")
    assert run.returncode == EXIT_OK, run.stderr
    events = jsonl(run.stdout)
    types = {e["type"] for e in events}
    assert {"strike", "claim", "territorial_change"} <= types
    schema = event_schema()
    for e in events:
        jsonschema.validate(e, schema)
    assert b"1 documents read, 0 failed" in run.stderr


def test_schema_subcommand_prints_the_generated_schema():
    run = cli("schema")
    assert run.returncode == 0
    assert json.loads(run.stdout) == event_schema()
    doc = json.loads(cli("schema", "--document").stdout)
    assert doc["$ref"] == "#/$defs/Extraction"


def test_batch_with_bad_documents_keeps_the_good_ones(tmp_path):
    good = {"id": "good-1", "text": "Russia launched 30 drones at Sumy overnight, the governor said.",
            "published": "2025-03-04", "source": "example"}
    good2 = {"id": "good-2", "text": "Israeli strikes killed 12 people in Gaza on Sunday, officials said.",
             "published": "2025-03-04"}
    lines = [json.dumps(good), "{not json", json.dumps({"id": "no-text"}), json.dumps(["a list"]),
             json.dumps({"id": "bad-date", "text": "x", "published": "yesterday"}), "", json.dumps(good2)]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines) + "\n")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "latin1.txt").write_bytes("Russia launched 5 drones at Kharkiv, caf\xe9 owners said.".encode("latin-1"))
    run = cli(str(tmp_path / "batch.jsonl"), str(tmp_path / "binary.txt"), str(tmp_path / "empty.txt"),
              str(tmp_path / "latin1.txt"), str(tmp_path / "missing.txt"))
    assert run.returncode == EXIT_SOME_FAILED
    docs = {e["doc"] for e in jsonl(run.stdout)}
    assert {"good-1", "good-2"} <= docs
    assert str(tmp_path / "latin1.txt") in docs  # invalid UTF-8 replaced by default, not lost
    err = run.stderr.decode()
    for expected in ("malformed JSON", "no 'text' field", "must be a JSON object", "not an ISO date",
                     "binary file", "empty document", "cannot read"):
        assert expected in err, expected
    assert "10 documents read, 7 failed" in err


def test_strict_encoding_reports_invalid_utf8(tmp_path):
    f = tmp_path / "latin1.txt"
    f.write_bytes("caf\xe9".encode("latin-1"))
    run = cli(str(f), "--encoding-errors", "strict")
    assert run.returncode == EXIT_SOME_FAILED
    assert "invalid UTF-8" in run.stderr.decode()


def test_stdin_text_and_jsonl():
    run = cli("-", "--published", "2025-03-04", stdin=b"Russia launched 30 drones at Sumy overnight.")
    assert run.returncode == 0 and jsonl(run.stdout)[0]["doc"] == "<stdin>"
    rec = json.dumps({"id": "s1", "text": "Russia launched 30 drones at Sumy overnight.", "published": "2025-03-04"})
    run = cli("-", stdin=rec.encode())
    assert jsonl(run.stdout)[0]["doc"] == "s1"


@pytest.mark.parametrize("fmt", ["json", "csv", "geojson", "table"])
def test_other_formats(fmt):
    run = cli("--sample", "--format", fmt, "--quiet")
    assert run.returncode == 0, run.stderr
    out = run.stdout.decode()
    if fmt == "json":
        assert json.loads(out)[0]["doc"] == "sample_page.txt"
    elif fmt == "geojson":
        fc = json.loads(out)
        assert fc["type"] == "FeatureCollection" and fc["features"]
        assert all(len(f["geometry"]["coordinates"]) == 2 for f in fc["features"])
    elif fmt == "csv":
        header = out.splitlines()[0].split(",")
        assert header[:5] == ["event_id", "doc", "event_date", "date_precision", "event_type"]
    else:
        assert "evidence" in out.splitlines()[0]


def test_types_filter_and_output_file(tmp_path):
    out = tmp_path / "o.jsonl"
    run = cli("--sample", "--types", "strike", "-o", str(out), "--quiet")
    assert run.returncode == 0
    assert {e["type"] for e in jsonl(out.read_bytes())} == {"strike"}


def test_usage_errors_exit_2(tmp_path):
    assert cli("--types", "bogus", "--sample").returncode == EXIT_USAGE
    assert cli("--published", "14/07/2025", "--sample").returncode == EXIT_USAGE
    bad = tmp_path / "lex.jsonl"
    bad.write_text('{"lexicon": "actors", "canonicl": "X", "aliases": []}\n')
    run = cli("--sample", "--lexicon", str(bad))
    assert run.returncode == EXIT_USAGE and "unknown key canonicl" in run.stderr.decode()


def test_jobs_give_the_same_output_in_order(tmp_path):
    recs = [{"id": f"d{i}", "text": f"Russia launched {i + 10} drones at Sumy overnight, the governor said.",
             "published": "2025-03-04"} for i in range(12)]
    f = tmp_path / "many.jsonl"
    f.write_text("\n".join(json.dumps(r) for r in recs) + "\n")
    one = cli(str(f), "--quiet").stdout
    two = cli(str(f), "--quiet", "--jobs", "2").stdout
    assert one == two and one


def test_explain_shows_dropped_blocks_and_rules():
    run = cli("--sample", "--explain", "--quiet")
    err = run.stderr.decode()
    assert "dropped" in err and "share-prompt" in err
    assert "strike by strike." in err


def test_folder_with_glob(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("Russia launched 30 drones at Sumy overnight.")
    (tmp_path / "a" / "skip.md").write_text("Russia launched 30 drones at Sumy overnight.")
    run = cli(str(tmp_path), "--glob", "*.txt", "--quiet")
    docs = {e["doc"] for e in jsonl(run.stdout)}
    assert docs == {str(tmp_path / "a" / "one.txt")}


@pytest.mark.slow
def test_progress_bar_on_a_terminal_and_silent_otherwise(tmp_path):
    import os
    import pty

    f = tmp_path / "docs.jsonl"
    f.write_text("\n".join(json.dumps({"id": f"d{i}", "text": "Russia launched 30 drones at Sumy."}) for i in range(5)))
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "conflictevents", str(f), "-o", os.devnull],
                            stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=120)
    os.close(master)
    tty_err = b"".join(chunks).decode(errors="replace")
    assert "documents" in tty_err and "MB/s" in tty_err and "ETA" in tty_err  # the progress line
    quiet = cli(str(f), "-o", os.devnull)  # stderr is a pipe: no progress line
    assert b"MB/s" not in quiet.stderr


@pytest.mark.slow
def test_a_reader_that_goes_away_stops_the_output_quietly(tmp_path):
    f = tmp_path / "many.jsonl"
    f.write_text("\n".join(json.dumps({"id": f"d{i}", "text": "Russia launched 30 drones at Sumy."})
                           for i in range(400)))
    proc = subprocess.Popen([sys.executable, "-m", "conflictevents", str(f), "--format", "geojson"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.read(200)  # like `| head -c 200`
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=120) == EXIT_BROKEN_PIPE
    assert first.startswith(b'{"type": "FeatureCollection"')
    assert b"Traceback" not in err and b"BrokenPipe" not in err


def test_a_ctrl_c_swallowed_in_a_finaliser_is_raised_again():
    # Python drops an exception raised in a __del__ ("Exception ignored in ..."): the command line's unraisable
    # hook raises the signal again, so the run still stops (it had gone on to the end)
    import signal
    import types

    from conflictevents import cli

    got: list[int] = []
    old = signal.signal(signal.SIGINT, lambda signum, frame: got.append(signum))
    try:
        cli._signal_again(types.SimpleNamespace(exc_value=KeyboardInterrupt(), exc_type=KeyboardInterrupt,
                                                exc_traceback=None, err_msg=None, object=None))
        assert got == [signal.SIGINT]
    finally:
        signal.signal(signal.SIGINT, old)
