"""The command line of incidents: ``python -m conflictevents incidents EVENTS.jsonl``.

Reads the extractor's own ``--format jsonl`` output (files, or ``-`` for
standard input), merges the events into incidents in bounded memory
(:class:`~conflictevents.incidents.IncidentStream`) and writes them as
``jsonl``, ``csv``, ``geojson`` or ``table``. ``--docs`` adds the documents
(``{"id", "text", "published", "source", "url"}`` records, as given to the
extractor) for events whose lines lack their document's fields.

A malformed line is reported on standard error with its file and line
number, and the rest go through. Exit codes are those of the extraction
command: 0 every line was read, 1 some lines were skipped or an input held
no event, 2 usage error, 3 the output could not be written, 130/143
interrupted or terminated, 141 the output was closed by its reader.
"""

from __future__ import annotations

import argparse
import codecs
import sys
from collections.abc import Iterator
from typing import IO, Any

from ..arguments import loads_json, printable, shorten
from ..inputs import MAX_LINE, BadDocument, Document, expand_inputs, iter_documents
from ..output import same_file
from .formats import INCIDENT_FORMATS, make_incident_writer
from .merge import IncidentStream

__all__ = ["build_incidents_parser", "run_incidents", "document_fields_of"]


def build_incidents_parser() -> argparse.ArgumentParser:
    """The parser of the ``incidents`` subcommand (also used by the CLI reference in the docs)."""
    from ..cli import ArgumentParser  # usage errors echo no long value whole

    p = ArgumentParser(
        prog="python -m conflictevents incidents",
        description="Merge extracted events (the extractor's --format jsonl output) into incidents: one per "
                    "real-world event, with every report, the values each source gave, the claims about it "
                    "and the number of independent sources.",
        epilog="Exit codes: 0 every line read, 1 some lines skipped or an input held no event, 2 usage error, "
               "3 the output could not be written, 130 interrupted, 143 terminated, 129 hung up, 141 output closed by "
               "its reader.",
    )
    p.add_argument("inputs", nargs="+", metavar="EVENTS",
                   help="JSON Lines files of events ('-' for standard input)")
    p.add_argument("--docs", action="append", default=[], metavar="DOCS",
                   help="JSON Lines of the documents ({\"id\", \"text\", \"published\", \"source\", \"url\"}): "
                        "their publication date, outlet, URL and fingerprint fill what the event lines lack; "
                        "may be repeated")
    p.add_argument("-f", "--format", choices=sorted(INCIDENT_FORMATS), default="jsonl",
                   help="output format (default: jsonl, one incident per line)")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="write here instead of standard output; the file is replaced only when the run is over")
    p.add_argument("--spill-dir", metavar="DIR",
                   help="folder for the temporary files of the merge (default: the system's temporary folder)")
    p.add_argument("-q", "--quiet", action="store_true", help="no summary on standard error")
    return p


def document_fields_of(doc: Document, boilerplate: Any) -> dict[str, Any]:
    """The document fields (:data:`~conflictevents.serialize.DOCUMENT_FIELDS`) of an input document."""
    from ..fingerprint import fingerprint_of
    from ..text import segment

    outlet = doc.metadata.get("source")
    url = doc.metadata.get("url")
    return {"published": doc.published.isoformat() if doc.published else None,
            "outlet": outlet if isinstance(outlet, str) and outlet else None,
            "url": url if isinstance(url, str) and url else None,
            "fingerprint": fingerprint_of(segment(doc.text, boilerplate))}


class _Problems:
    def __init__(self) -> None:
        self.count = 0
        #: where the last line given to the merge came from
        self.where = ""

    def report(self, where: str, reason: str) -> None:
        self.count += 1
        sys.stderr.write(f"{printable(where, 300)}: skipped: {reason}\n")


def _lines(stream: IO[bytes], name: str, problems: _Problems) -> Iterator[tuple[str, str]]:
    """``(where, line)`` for every non-blank line; undecodable and over-long lines are reported."""
    n = 0
    while True:
        raw = stream.readline(MAX_LINE + 1)
        if not raw:
            return
        n += 1
        where = f"{name}:{n}"
        if n == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8):]
        if len(raw) > MAX_LINE and not raw.endswith(b"\n"):
            while True:
                chunk = stream.readline(MAX_LINE)
                if not chunk or chunk.endswith(b"\n"):
                    break
            problems.report(where, f"line longer than {MAX_LINE} bytes")
            continue
        if not raw.strip():
            continue
        try:
            yield where, raw.decode("utf-8")
        except UnicodeDecodeError as err:
            problems.report(where, f"invalid UTF-8 at byte {err.start} of the line")


def _events(names: list[str], docs: dict[str, dict[str, Any]], problems: _Problems,
            counts: dict[str, int]) -> Iterator[dict[str, Any]]:
    for src in expand_inputs(names):
        if src.problem is not None:
            problems.report(src.name, src.problem)
            continue
        found = 0
        try:
            fh = sys.stdin.buffer if src.path is None else open(src.path, "rb")
        except OSError as err:
            problems.report(src.name, f"cannot read: {err.strerror or err}")
            continue
        try:
            for where, line in _lines(fh, "<stdin>" if src.path is None else src.name, problems):
                try:
                    data = loads_json(line)
                except (ValueError, RecursionError) as err:
                    problems.report(where, f"malformed JSON: {shorten(str(err), 120)}")
                    continue
                if isinstance(data, dict) and docs:
                    doc_id = data.get("doc")
                    extra = docs.get(doc_id) if isinstance(doc_id, str) else None
                    if extra:
                        data = {**data, **{k: v for k, v in extra.items() if data.get(k) is None}}
                if not isinstance(data, dict):
                    problems.report(where, f"an event is a JSON object, got {type(data).__name__}")
                    continue
                found += 1
                problems.where = where
                counts["events"] += 1
                yield data
        finally:
            if src.path is not None:
                fh.close()
        if not found:
            problems.report(src.name, "no events: the input holds no event line")


def _read_docs(names: list[str], problems: _Problems) -> dict[str, dict[str, Any]]:
    from ..lexicons.loader import read_bundled
    from ..text import Boilerplate

    table = Boilerplate(read_bundled("boilerplate"), timeout=None)
    out: dict[str, dict[str, Any]] = {}
    for d in iter_documents(names, input_format="jsonl", encoding_errors="replace"):
        if isinstance(d, BadDocument):
            problems.report(d.id, d.reason)
            continue
        out[d.id] = document_fields_of(d, table)
    return out


def run_incidents(argv: list[str], *, summary: bool = True) -> int:
    """Run ``python -m conflictevents incidents``; returns the exit code."""
    from ..cli import EXIT_BROKEN_PIPE, EXIT_OK, EXIT_OUTPUT, EXIT_SOME_FAILED, EXIT_USAGE, _silence_stdout, open_output

    args = build_incidents_parser().parse_args(argv)
    if args.output and args.output != "-":
        for name in [*args.inputs, *args.docs]:
            if name != "-" and same_file(name, args.output):
                sys.stderr.write(f"error: the output {printable(args.output)} is also an input; "
                                 "write the incidents to another file\n")
                return EXIT_USAGE
    problems = _Problems()
    docs = _read_docs(args.docs, problems) if args.docs else {}
    try:
        stream = IncidentStream(args.spill_dir)
    except OSError as err:
        sys.stderr.write(f"error: cannot use {printable(args.spill_dir or 'the temporary folder')} for the merge's "
                         f"temporary files: {err.strerror or err}\n")
        return EXIT_USAGE
    out = open_output(args.output, args.format)
    if out is None:
        stream.close()
        return EXIT_USAGE
    counts = {"events": 0}  # lines that held a JSON object
    by_type: dict[str, int] = {}
    done = False
    try:
        with stream:
            stream.add(_events(args.inputs, docs, problems, counts),
                       on_error=lambda err: problems.report(problems.where, str(err)))
            writer = make_incident_writer(args.format, out.stream)
            for incident in stream.incidents():
                writer.write(incident)
                by_type[incident.type] = by_type.get(incident.type, 0) + 1
            writer.close()
        if counts["events"] or not out.replaces:
            out.commit()
            done = True
        else:
            sys.stderr.write(f"no event could be read: {printable(out.name)} is left as it was\n")
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except OSError as err:
        kept = "; the file keeps its old content" if out.replaces else ""
        sys.stderr.write(f"error: cannot write {printable(out.name)}: {err.strerror or err}{kept}\n")
        if out.stream is sys.stdout:
            _silence_stdout()
        return EXIT_OUTPUT
    finally:
        if not done:
            out.discard()
    if summary and not args.quiet:
        total = sum(by_type.values())
        kinds = ", ".join(f"{n} {t}" for t, n in sorted(by_type.items()))
        sys.stderr.write(f"{stream.events} events read, {problems.count} skipped; {total} incidents"
                         f"{': ' + kinds if kinds else ''}\n")
    return EXIT_SOME_FAILED if problems.count else EXIT_OK
