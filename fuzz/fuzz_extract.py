#!/usr/bin/env python3
"""Coverage-guided fuzz target for the library and the command line (atheris / libFuzzer).

    pip install atheris
    python fuzz/fuzz_extract.py fuzz/corpus -max_total_time=60

Each input drives one of three paths, chosen by its first byte:

* **library**: arbitrary text, lone surrogates included, read by
  :meth:`Extractor.extract`; it must return events whose evidence is the text
  of their span and that round-trip through JSON, or raise one of the
  documented errors (:class:`InputError`, :class:`ExtractionTimeout`);
* **JSON Lines through the CLI**: records built from fuzzed ids, texts (with
  lone surrogates, NULs, control characters), dates and metadata, plus raw
  fuzzed lines, written to a file and run through ``python -m conflictevents``
  (in-process) in a fuzzed output format;
* **a raw file through the CLI**: the bytes as a plain-text file (byte-order
  marks, NULs, invalid UTF-8).

A CLI run must exit 0 or 1 (never a traceback, a usage error or an output
error) and leave output that parses in its format: the text formats valid
UTF-8 with no NUL, Parquet a file that opens with the one column schema. The target fails (and libFuzzer saves the input) otherwise.
``fuzz/corpus`` holds seed inputs written for the project.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import sys
import tempfile

import atheris
import pyarrow as pa
import pyarrow.parquet as pq

with atheris.instrument_imports():
    from conflictevents import get_extractor
    from conflictevents.arrow import arrow_schema, table_to_events
    from conflictevents.cli import EXIT_OK, EXIT_SOME_FAILED, main
    from conflictevents.errors import ExtractionTimeout, InputError
    from conflictevents.formats import CSV_COLUMNS, FORMATS
    from conflictevents.serialize import dumps_event, loads_event

EXTRACTOR = get_extractor()  # the one the CLI runs use too
WORK = tempfile.mkdtemp(prefix="fuzz-conflictevents-")
FORMAT_NAMES = sorted(FORMATS)
DATES = ["2025-03-04", None, "1999-12-31", "0001-01-01", "9999-12-31", "2025-03-04T12:00:00Z", "yesterday", 7]
# pieces that reach the grammars: the fuzzer mixes them with its own text
WORDS = ["Russia launched 40 drones at Kharkiv", " on Monday", ", the governor said. ", "\n", "\ud800", "\x00",
         "9" * 400, " killed ", "Subscribe to our newsletter. ", "\ufeff", "\u202e", "\r\n"]


def _text(fdp: atheris.FuzzedDataProvider, size: int) -> str:
    parts = []
    for _ in range(fdp.ConsumeIntInRange(0, 6)):
        if fdp.ConsumeBool():
            parts.append(WORDS[fdp.ConsumeIntInRange(0, len(WORDS) - 1)])
        else:
            parts.append(fdp.ConsumeUnicode(size))  # surrogates included
    return "".join(parts)


def check_library(fdp: atheris.FuzzedDataProvider) -> None:
    published = DATES[fdp.ConsumeIntInRange(0, 5)]
    text = _text(fdp, fdp.remaining_bytes())
    try:
        result = EXTRACTOR.extract(text, published=published, doc_id="fuzz")
    except (InputError, ExtractionTimeout):
        return
    for e in result.events:
        assert 0 <= e.span.start <= e.span.end <= len(text)
        assert text[e.span.start:e.span.end] == e.evidence
        assert loads_event(dumps_event(e)) == e


def _jsonl(fdp: atheris.FuzzedDataProvider) -> bytes:
    lines = []
    for _ in range(fdp.ConsumeIntInRange(1, 4)):
        if fdp.ConsumeIntInRange(0, 4) == 0:  # a raw line: broken JSON, invalid UTF-8, ...
            lines.append(fdp.ConsumeBytes(fdp.ConsumeIntInRange(0, 200)).replace(b"\n", b" "))
            continue
        rec: dict[str, object] = {"text": _text(fdp, 200)}
        if fdp.ConsumeBool():
            rec["id"] = fdp.ConsumeUnicode(20) if fdp.ConsumeBool() else "same"  # repeated ids too
        date = DATES[fdp.ConsumeIntInRange(0, len(DATES) - 1)]
        if date is not None:
            rec["published"] = date
        if fdp.ConsumeBool():
            rec["source"] = {"name": fdp.ConsumeUnicode(10), "n": fdp.ConsumeInt(4)}
        lines.append(json.dumps(rec).encode("ascii"))  # lone surrogates become "\ud800" escapes
    return b"\n".join(lines) + b"\n"


def _check_output(fmt: str, data: bytes) -> None:
    if fmt == "parquet":  # binary: it must open, with the one column schema, and its strings be valid
        # (from an Arrow buffer, on this thread: a Python file object and Arrow's thread pool deadlocked at
        # libFuzzer's exit, when the pool's last reader waited for the interpreter's lock)
        table = pq.read_table(pa.BufferReader(data), use_threads=False)
        assert table.schema.equals(arrow_schema(), check_metadata=False), table.schema
        for event in table_to_events(table):
            json.dumps(event, ensure_ascii=False).encode("utf-8")  # strict: no lone surrogate
        return
    text = data.decode("utf-8")  # strict: the text formats are always valid UTF-8
    assert "\x00" not in text
    if fmt == "jsonl":
        for line in text.splitlines():
            json.loads(line)
    elif fmt in ("json", "geojson"):
        json.loads(text)
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(text)))
        assert rows[0] == list(CSV_COLUMNS)


def check_cli(fdp: atheris.FuzzedDataProvider, jsonl: bool) -> None:
    fmt = FORMAT_NAMES[fdp.ConsumeIntInRange(0, len(FORMAT_NAMES) - 1)]
    src = os.path.join(WORK, "in.jsonl" if jsonl else "in.txt")
    out = os.path.join(WORK, "out")
    with open(src, "wb") as fh:
        fh.write(_jsonl(fdp) if jsonl else fdp.ConsumeBytes(fdp.remaining_bytes()))
    args = [src, "--format", fmt, "-o", out, "--quiet", "--encoding-errors",
            ["replace", "strict", "ignore"][fdp.ConsumeIntInRange(0, 2)]]
    if not jsonl and fdp.ConsumeBool():
        args += ["--published", "2025-03-04"]
    if os.path.exists(out):
        os.unlink(out)
    with contextlib.redirect_stderr(io.StringIO()):
        code = main(args)
    assert code in (EXIT_OK, EXIT_SOME_FAILED), code
    if os.path.exists(out):  # none when no document could be read
        with open(out, "rb") as fh:
            _check_output(fmt, fh.read())
    assert not [n for n in os.listdir(WORK) if n.endswith(".part")]  # no temporary file left


def one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    path = fdp.ConsumeIntInRange(0, 2)
    if path == 0:
        check_library(fdp)
    else:
        check_cli(fdp, jsonl=path == 1)


def main_fuzz() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main_fuzz()
