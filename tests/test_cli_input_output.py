"""The command line against bad input and fragile output (issue 16), run in-process.

Each test names the item of issue 16 it guards. The few that need a real
process (signals, a closed pipe, standard output on a full disk) are in
``test_cli_processes.py``.
"""

from __future__ import annotations

import io
import json
import os
import stat
import sys
from pathlib import Path

import pytest

from conflictevents import cli
from conflictevents.cli import EXIT_INTERRUPTED, EXIT_OK, EXIT_OUTPUT, EXIT_SOME_FAILED, EXIT_USAGE, main
from conflictevents.formats import FORMATS

KHARKIV = "Russia launched 40 drones at Kharkiv on Monday, the governor said."
ODESA = "Russia launched 30 drones at Odesa on Monday."


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--quiet"] if "--quiet" not in args and "-q" not in args else list(args))
    cap = capsys.readouterr()
    return code, cap.out, cap.err


def records(path: Path, *recs: dict | str) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in recs) + "\n", encoding="utf-8")
    return path


def events(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


# ------------------------------------------------------------------ item 1: lone surrogates
SURROGATES = [
    '{"id": "a", "text": "Russia launched 40 drones at \\ud800Kharkiv on Monday.", "published": "2025-03-04"}',
    '{"id": "b\\udfff", "text": "Russia launched 20 drones at Sumy on Monday.", "published": "2025-03-04"}',
    '{"id": "m", "text": "Russia launched 10 drones at Kyiv.", "published": "2025-03-04", "source": "x\\ud83d"}',
    '{"id": "c", "text": "Russia launched 30 drones at Odesa on Monday.", "published": "2025-03-04"}',
]


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_lone_surrogate_loses_no_document_in_any_format(tmp_path, capsys, fmt, jobs):
    src = records(tmp_path / "s.jsonl", *SURROGATES)
    out = tmp_path / f"out.{fmt}"
    code, _, err = run(capsys, str(src), "--format", fmt, "--jobs", jobs, "-o", str(out))
    assert code == EXIT_OK, err
    if FORMATS[fmt].binary:  # parquet: every document's events, the replaced id a valid string
        import pyarrow.parquet as pq

        rows = pq.read_table(out).to_pylist()
        assert {e["doc"] for e in rows} == {"a", "b\ufffd", "m", "c"}
        assert {p["name"] for e in rows for p in e["locations"] or ()} == {"Kharkiv", "Sumy", "Kyiv", "Odesa"}
        return
    written = out.read_bytes().decode("utf-8")  # valid UTF-8 throughout
    for place in ("Kharkiv", "Sumy", "Kyiv", "Odesa"):
        assert place in written, (fmt, place)
    if fmt == "jsonl":
        docs = {e["doc"] for e in events(written)}
        assert docs == {"a", "b\ufffd", "m", "c"}
    if fmt in ("json", "geojson"):
        json.loads(written)


def test_a_lone_surrogate_with_strict_encoding_skips_that_record_only(tmp_path, capsys):
    src = records(tmp_path / "s.jsonl", *SURROGATES)
    code, out, err = run(capsys, str(src), "--encoding-errors", "strict")
    assert code == EXIT_SOME_FAILED
    assert {e["doc"] for e in events(out)} == {"c"}
    assert err.count("lone surrogate") == 3 and "--encoding-errors replace" in err


def test_a_file_name_that_is_not_utf8_is_an_id_that_can_be_written(tmp_path, capsys):
    name = os.fsdecode(b"caf\xe9.txt")
    try:
        (tmp_path / name).write_text(KHARKIV, encoding="utf-8")
    except (OSError, UnicodeError):
        pytest.skip("this file system does not take such names")
    code, out, err = run(capsys, str(tmp_path), "--published", "2025-03-04")
    assert code == EXIT_OK, err
    assert events(out)[0]["doc"].endswith("caf\ufffd.txt")


def test_a_value_that_cannot_be_written_skips_that_document_only(tmp_path, capsys, monkeypatch):
    # metadata the JSON output cannot hold (NaN from a Python caller): the document is reported, the
    # output stays valid JSON and the other documents are written
    src = records(tmp_path / "d.jsonl", {"id": "bad", "text": KHARKIV, "score": 1},
                  {"id": "good", "text": ODESA})
    real = cli._process

    def with_nan(item):
        res = real(item)
        if getattr(res, "doc", None) == "bad":
            import attrs
            res = attrs.evolve(res, metadata={"score": float("nan")})
        return res

    monkeypatch.setattr(cli, "_process", with_nan)
    code, out, err = run(capsys, str(src), "--format", "json")
    assert code == EXIT_SOME_FAILED
    assert [d["doc"] for d in json.loads(out)] == ["good"]
    assert "bad: skipped: cannot write its events" in err


# ------------------------------------------------------------------ item 4: UTF-16 and UTF-32
@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_a_text_file_with_a_byte_order_mark_is_decoded(tmp_path, capsys, encoding):
    f = tmp_path / "page.txt"
    bom = {"utf-16-be": b"\xfe\xff"}.get(encoding, b"")
    f.write_bytes(bom + KHARKIV.encode(encoding))
    code, out, err = run(capsys, str(f), "--published", "2025-03-04")
    assert code == EXIT_OK, err
    assert [e["type"] for e in events(out)] == ["strike", "claim"]


def test_utf16_without_a_mark_and_utf16_json_lines_are_refused_clearly(tmp_path, capsys):
    (tmp_path / "bare.txt").write_bytes(KHARKIV.encode("utf-16-le"))
    (tmp_path / "dump.jsonl").write_bytes(json.dumps({"id": "x", "text": KHARKIV}).encode("utf-16"))
    code, out, err = run(capsys, str(tmp_path / "bare.txt"), str(tmp_path / "dump.jsonl"))
    assert code == EXIT_SOME_FAILED and out == ""
    assert "binary file (NUL byte at offset 1)" in err and "byte-order mark" in err
    assert "JSON Lines must be UTF-8, and this file is UTF-16" in err and "iconv" in err


def test_a_utf8_byte_order_mark_on_json_lines_is_skipped(tmp_path, capsys):
    f = tmp_path / "bom.jsonl"
    f.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "x", "text": KHARKIV}).encode() + b"\n")
    code, out, _ = run(capsys, str(f))
    assert code == EXIT_OK and {e["doc"] for e in events(out)} == {"x"}


# ------------------------------------------------------------------ item 5: the output is an input
@pytest.mark.parametrize("how", ["same", "relative", "hard link", "symbolic link", "in a folder input"])
def test_an_output_that_is_an_input_is_refused_and_the_input_kept(tmp_path, capsys, monkeypatch, how):
    src = records(tmp_path / "x.jsonl", {"id": "x", "text": KHARKIV})
    before = src.read_bytes()
    inputs, output = [str(src)], str(src)
    if how == "relative":
        monkeypatch.chdir(tmp_path)
        inputs, output = ["x.jsonl"], "./x.jsonl"
    elif how == "hard link":
        os.link(src, tmp_path / "y.jsonl")
        output = str(tmp_path / "y.jsonl")
    elif how == "symbolic link":
        (tmp_path / "y.jsonl").symlink_to(src)
        output = str(tmp_path / "y.jsonl")
    elif how == "in a folder input":
        inputs = [str(tmp_path)]
    code, out, err = run(capsys, *inputs, "-o", output)
    assert code == EXIT_USAGE
    assert "is also an input" in err and "write the events to another file" in err
    assert src.read_bytes() == before


def test_an_output_file_inside_a_folder_input_is_not_read_as_an_input(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(KHARKIV, encoding="utf-8")
    code, _, err = run(capsys, str(tmp_path), "-o", str(tmp_path / "events.jsonl"))
    assert code == EXIT_OK, err
    assert {e["doc"] for e in events((tmp_path / "events.jsonl").read_text())} == {str(tmp_path / "a.txt")}


# ------------------------------------------------------------------ item 6: the old output survives
def test_an_output_file_is_kept_when_no_document_could_be_read(tmp_path, capsys):
    old = tmp_path / "k.jsonl"
    old.write_text("OLD\n")
    code, _, err = run(capsys, str(tmp_path / "missing.txt"), "-o", str(old))
    assert code == EXIT_SOME_FAILED
    assert old.read_text() == "OLD\n"
    assert "is left as it was" in err
    assert [p.name for p in tmp_path.iterdir()] == ["k.jsonl"]  # no temporary file left


@pytest.mark.parametrize("fmt", ["json", "geojson", "jsonl"])
def test_an_interrupted_run_leaves_the_old_output_in_place(tmp_path, capsys, monkeypatch, fmt):
    src = records(tmp_path / "d.jsonl", *[{"id": f"d{i}", "text": KHARKIV} for i in range(4)])
    old = tmp_path / f"events.{fmt}"
    old.write_text('{"old": true}\n')
    writer = FORMATS[fmt]
    calls = {"n": 0}
    real = writer.write_chunk  # the command line writes each document's rendered output

    def interrupt_later(self, chunk):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        real(self, chunk)

    monkeypatch.setattr(writer, "write_chunk", interrupt_later)
    code, _, err = run(capsys, str(src), "--format", fmt, "-o", str(old))
    assert code == EXIT_INTERRUPTED and "interrupted" in err
    assert old.read_text() == '{"old": true}\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.jsonl", f"events.{fmt}"]


def test_a_finished_run_replaces_the_output_and_keeps_its_permissions(tmp_path, capsys):
    src = records(tmp_path / "d.jsonl", {"id": "x", "text": KHARKIV})
    out = tmp_path / "events.json"
    out.write_text("OLD")
    out.chmod(0o640)
    link = tmp_path / "latest.json"
    link.symlink_to(out)
    code, _, _ = run(capsys, str(src), "--format", "json", "-o", str(link))
    assert code == EXIT_OK
    assert link.is_symlink() and json.loads(out.read_text())[0]["doc"] == "x"
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.jsonl", "events.json", "latest.json"]


# ------------------------------------------------------------------ item 7: a full disk
@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
@pytest.mark.parametrize("fmt", ["jsonl", "table"])
def test_a_full_disk_is_a_clear_error_with_its_own_exit_code(tmp_path, capsys, fmt):
    src = records(tmp_path / "d.jsonl", {"id": "x", "text": KHARKIV})
    code, _, err = run(capsys, str(src), "--format", fmt, "-o", "/dev/full")
    assert code == EXIT_OUTPUT != EXIT_SOME_FAILED
    assert err.strip() == "error: cannot write /dev/full: No space left on device"


# ------------------------------------------------------------------ item 8: duplicate ids
def test_duplicate_document_ids_are_reported_and_event_ids_stay_unique(tmp_path, capsys):
    same = {"id": "a", "text": KHARKIV, "published": "2025-03-04"}
    src = records(tmp_path / "d.jsonl", same, same, {"id": "a", "text": ODESA})
    code, out, err = run(capsys, str(src))
    assert code == EXIT_OK
    found = events(out)
    ids = [e["id"] for e in found]
    assert len(ids) == len(set(ids)) == 5
    assert {e["doc"] for e in found} == {"a"}
    assert err.count("a: warning: document id used") == 2
    claims = [e for e in found if e["type"] == "claim"]
    assert all(set(c["about"]) <= set(ids) for c in claims)
    assert all(e["claim"] in ids for e in found if e["type"] == "strike" and e["claim"])


def test_explain_keeps_each_text_with_its_own_result_when_ids_repeat(tmp_path, capsys):
    src = records(tmp_path / "d.jsonl", {"id": "a", "text": KHARKIV}, {"id": "a", "text": ODESA})
    code, _, err = run(capsys, str(src), "--explain", "--jobs", "2")
    assert code == EXIT_OK
    assert "Russia launched 40 drones at Kharkiv" in err and "Russia launched 30 drones at Odesa" in err


# ------------------------------------------------------------------ item 9: NUL characters
def test_a_nul_byte_after_the_first_4kb_makes_a_binary_file(tmp_path, capsys):
    f = tmp_path / "late.txt"
    f.write_bytes(((KHARKIV + "\n") * 100).encode() + b"\x00tail")
    code, out, err = run(capsys, str(f))
    assert code == EXIT_SOME_FAILED and out == ""
    assert f"binary file (NUL byte at offset {(len(KHARKIV) + 1) * 100})" in err


def test_an_escaped_nul_in_json_lines_never_reaches_the_evidence(tmp_path, capsys):
    text = "Russia launched 40 drones\\u0000 at Kharkiv. Russia launched 30 drones at Odesa\\u0007 on Monday."
    src = tmp_path / "n.jsonl"
    src.write_text('{"id": "n", "text": "' + text + '"}\n', encoding="utf-8")
    for fmt in ("jsonl", "csv", "table"):
        code, out, _ = run(capsys, str(src), "--format", fmt)
        assert code == EXIT_OK
        assert "Odesa" in out
        assert "\x00" not in out and "\\u0000" not in out and "\x07" not in out and "\\u0007" not in out


def test_the_table_never_sends_control_characters_to_the_terminal(tmp_path, capsys):
    src = records(tmp_path / "d.jsonl", {"id": "evil\u202e", "text": ODESA})
    code, out, _ = run(capsys, str(src), "--format", "table")
    assert code == EXIT_OK
    assert "\u202e" not in out and "evil\\u202e" in out


def test_an_id_with_a_control_character_is_refused_not_written(tmp_path, capsys):
    src = records(tmp_path / "d.jsonl", {"id": "a\u0000b", "text": ODESA}, {"id": "evil\u001b[2J", "text": ODESA},
                  {"id": "ok", "text": ODESA})
    for fmt in ("csv", "table", "jsonl"):
        code, out, err = run(capsys, str(src), "--format", fmt)
        assert code == EXIT_SOME_FAILED
        assert "\x00" not in out and "\x1b" not in out and "\\u0000" not in out and "ok" in out
        assert "a\\x00b: skipped: doc_id holds a control character" in err and "\x1b" not in err


# ------------------------------------------------------------------ item 10: nothing to read
@pytest.mark.parametrize("make, message", [
    (lambda d: records(d / "empty.jsonl", ""), "no records: the JSON Lines input is empty"),
    (lambda d: (d / "empty").mkdir() or d / "empty", "the folder is empty"),
])
def test_an_input_with_no_document_is_said_and_fails(tmp_path, capsys, make, message):
    code, out, err = run(capsys, str(make(tmp_path)))
    assert code == EXIT_SOME_FAILED and out == ""
    assert message in err


def test_a_glob_that_matches_nothing_is_said_and_fails(tmp_path, capsys):
    (tmp_path / "a.md").write_text(KHARKIV)
    code, _, err = run(capsys, str(tmp_path), "--glob", "*.txt")
    assert code == EXIT_SOME_FAILED
    assert "no file in the folder matches --glob '*.txt'" in err


# ------------------------------------------------------------------ item 13: the size cap
def test_a_document_over_max_chars_is_reported_and_the_rest_go_through(tmp_path, capsys):
    big = tmp_path / "big.txt"
    big.write_text(KHARKIV + " " + "x" * 500)
    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"y" * 5000)  # over 4 bytes a character: refused without being read
    src = records(tmp_path / "d.jsonl", {"id": "long", "text": "z" * 300}, {"id": "ok", "text": ODESA})
    code, out, err = run(capsys, str(big), str(huge), str(src), "--max-chars", "200")
    assert code == EXIT_SOME_FAILED
    assert {e["doc"] for e in events(out)} == {"ok"}
    assert f"document of {len(big.read_text())} characters is longer than the limit of 200 characters" in err
    assert "document of more than 800 bytes" in err and "long: skipped: document of 300 characters" in err
    assert "--max-chars" in err
    code, out, _ = run(capsys, str(big), "--max-chars", "0", "--published", "2025-03-04")
    assert code == EXIT_OK and out


# ------------------------------------------------------------------ item 15: a reader that goes away
class _ClosedPipe(io.StringIO):
    def write(self, s: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def fileno(self) -> int:
        raise io.UnsupportedOperation


@pytest.mark.parametrize("fmt", ["table", "csv", "geojson", "json", "jsonl"])
def test_a_pipe_closed_before_the_header_stops_quietly(monkeypatch, capsys, fmt):
    monkeypatch.setattr(sys, "stdout", _ClosedPipe())
    code = main(["--sample", "--format", fmt, "--quiet"])
    err = capsys.readouterr().err
    assert code == cli.EXIT_BROKEN_PIPE and err == ""


# ------------------------------------------------------------------ item 17: messages
def test_json_errors_say_where_and_echo_little(tmp_path, capsys):
    src = records(tmp_path / "d.jsonl",
                  '{"id": "a", "text": "line\ttab"}',  # a raw control character
                  '{"id": "b", "text": "Russia launched',  # cut off
                  json.dumps({"id": "c", "text": "x", "published": "9" * 100_000}),
                  "[" * 100_000,
                  '{"id": "n", "text": "x", "score": NaN}',
                  '{"id": "i", "text": "x", "n": ' + "1" * 5000 + "}",
                  json.dumps({"id": {"nested": 1}, "text": "x"}))
    code, _, err = run(capsys, str(src))
    assert code == EXIT_SOME_FAILED
    lines = err.splitlines()
    assert f"{src}:1: skipped: malformed JSON: Invalid control character at column 26" in lines
    assert f"{src}:2: skipped: malformed JSON: Unterminated string starting at column 21" in lines
    assert not any("at at" in x for x in lines)
    assert max(len(x) for x in lines) < 300  # the 100,000-digit date is not echoed whole
    assert f"{src}:4: skipped: malformed JSON: nested too deeply" in lines
    assert any(":5: skipped: malformed JSON: NaN is not a JSON number" in x
               for x in lines)
    assert any(":6: skipped: malformed JSON" in x for x in lines)
    assert any(":7: skipped: 'id' must be a string or a whole number, got dict" in x for x in lines)


def test_truncated_json_is_reported_at_its_end_not_at_column_1(tmp_path, capsys):
    src = records(tmp_path / "d.jsonl", '{"id": "a", "text": "x"')
    code, _, err = run(capsys, str(src))
    assert code == EXIT_SOME_FAILED
    assert "at the end of the line (is the record cut off?)" in err and "column 1" not in err


def test_a_long_published_option_is_not_echoed_whole(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--sample", "--published", "9" * 100_000])
    assert info.value.code == EXIT_USAGE
    err = capsys.readouterr().err
    assert "not an ISO date" in err and len(err) < 1000


def test_an_over_long_line_is_one_skipped_record_and_the_file_is_not_called_empty(tmp_path, monkeypatch):
    from conflictevents import inputs

    monkeypatch.setattr(inputs, "MAX_LINE", 100)
    monkeypatch.setattr(inputs, "_MAX_SKIP", 1000)
    src = tmp_path / "d.jsonl"
    src.write_text(json.dumps({"id": "long", "text": "x" * 300}) + "\n" + json.dumps({"id": "ok", "text": ODESA}) + "\n")
    got = list(inputs.iter_documents([str(src)]))
    assert [type(d).__name__ for d in got] == ["BadDocument", "Document"]
    assert "line longer than 100 bytes" in got[0].reason
    endless = tmp_path / "endless.jsonl"
    endless.write_bytes(b"x" * 5000)  # no line end within _MAX_SKIP: the rest is given up
    got = list(inputs.iter_documents([str(endless)]))
    assert len(got) == 1 and "no line end" in got[0].reason


# usage errors of every option, and unknown options, echo a long value cut (only --published was before)
LONG = "x" * 100_000


@pytest.mark.parametrize("args", [
    ["--sample", "--types", LONG], ["--sample", "--types", ", ".join(["nope"] * 20_000)],
    ["--sample", "-j", LONG], ["--sample", "-f", LONG], ["--sample", "--input-format", LONG],
    ["--sample", "--encoding-errors", LONG], ["--sample", "--max-chars", LONG], ["--sample", "--" + LONG],
    ["--sample", "-f", "\x1b[2J" + LONG], ["schema", "--" + LONG], ["incidents", "e.jsonl", "--window", LONG],
])
def test_a_long_option_value_is_never_echoed_whole(capsys, args):
    with pytest.raises(SystemExit) as info:
        main(args)
    assert info.value.code == EXIT_USAGE
    err = capsys.readouterr().err
    assert "error: " in err and len(err.splitlines()[-1]) < 700, err[:1000]
    assert "\x1b" not in err
