"""The command line: ``python -m conflictevents``.

Reads pages (files, folders, ``-`` for standard input; plain text or JSON
Lines of ``{"id", "text", "published", ...}`` records) and writes their
events. Bad documents are reported on standard error with their id and the
reason, and the rest of the batch goes through.

Exit codes: 0 every document was processed; 1 some documents failed (see
standard error); 2 usage error (bad option, unreadable lexicon file);
141 the output was closed by its reader (``... | head``; stops quietly).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing
import os
import sys
import time
from collections.abc import Iterable, Iterator
from importlib import resources
from itertools import islice
from pathlib import Path
from typing import Any, TextIO

from ._version import __version__
from .config import ExtractConfig
from .errors import ConflictEventsError, LexiconError
from .formats import FORMATS, make_writer
from .inputs import BadDocument, Document, iter_documents
from .jsonschema import document_schema, event_schema
from .models import EVENT_TYPES
from .results import Extraction

__all__ = ["main", "build_parser", "EXIT_OK", "EXIT_SOME_FAILED", "EXIT_USAGE", "EXIT_BROKEN_PIPE"]

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a killed writer

SAMPLE_ID = "sample_page.txt"
SAMPLE_PUBLISHED = dt.date(2025, 3, 14)


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"not an ISO date YYYY-MM-DD: {value!r}") from err


def _types(value: str) -> tuple[str, ...]:
    types = tuple(t.strip() for t in value.split(",") if t.strip())
    unknown = [t for t in types if t not in EVENT_TYPES]
    if unknown:
        raise argparse.ArgumentTypeError(
            f"unknown event type(s): {', '.join(unknown)} (known: {', '.join(EVENT_TYPES)})"
        )
    return types


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"--jobs takes a whole number, got {value!r}") from err
    if n < 0:
        raise argparse.ArgumentTypeError("--jobs must be 0 (all cores) or more")
    return n or (os.cpu_count() or 1)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (also used to generate the CLI reference in the docs)."""
    p = argparse.ArgumentParser(
        prog="python -m conflictevents",
        description="Extract typed, verifiable conflict events from raw English news pages.",
        epilog="Subcommand: 'python -m conflictevents schema [--document]' prints the JSON Schema "
               "of the output. Exit codes: 0 all documents processed, 1 some documents failed, "
               "2 usage error, 141 output closed by its reader.",
    )
    p.add_argument("inputs", nargs="*", metavar="INPUT",
                   help="files or folders to read ('-' for standard input). Plain text pages, or JSON Lines "
                        "(.jsonl/.ndjson) of {\"id\", \"text\", \"published\", ...} records.")
    p.add_argument("--sample", action="store_true", help="run on the bundled sample page")
    p.add_argument("-f", "--format", choices=sorted(FORMATS), default="jsonl",
                   help="output format (default: jsonl, one event per line)")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of standard output")
    p.add_argument("--types", type=_types, metavar="TYPE[,TYPE]",
                   help=f"only these event types ({', '.join(EVENT_TYPES)})")
    p.add_argument("--published", type=_date, metavar="YYYY-MM-DD",
                   help="publication date of plain-text inputs (anchors 'on Monday', 'last week'); "
                        "by default the date in the page's byline, if any")
    p.add_argument("--input-format", choices=("auto", "text", "jsonl"), default="auto",
                   help="how to read inputs (default: by file name; standard input is sniffed)")
    p.add_argument("--glob", default="*", metavar="PATTERN",
                   help="files to take from folders, searched recursively (default: every file)")
    p.add_argument("--encoding-errors", choices=("strict", "replace", "ignore"), default="replace",
                   help="what to do with invalid UTF-8 (default: replace with U+FFFD and go on)")
    p.add_argument("--lexicon", action="append", default=[], metavar="FILE",
                   help="a user lexicon file (JSON Lines) extending the bundled ones; may be repeated")
    p.add_argument("-j", "--jobs", type=_jobs, default=1, metavar="N",
                   help="documents processed in parallel processes (0 = one per core); output order is kept")
    p.add_argument("--explain", action="store_true",
                   help="print to standard error, per document, the dropped boilerplate and why, the articles "
                        "and sentences found, and each event's rule and evidence")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    p.add_argument("--version", action="version", version=f"conflictevents {__version__}")
    return p


def build_schema_parser() -> argparse.ArgumentParser:
    """The parser of the ``schema`` subcommand."""
    p = argparse.ArgumentParser(prog="python -m conflictevents schema",
                                description="Print the JSON Schema of the output, generated from the models.")
    p.add_argument("--document", action="store_true",
                   help="the schema of a document result (--format json) instead of one event line")
    return p


# --------------------------------------------------------------------------- workers
_WORKER: dict[str, Any] = {}


def _init_worker(config: ExtractConfig) -> None:
    from .pipeline import Extractor

    _WORKER["ex"] = Extractor(config)


def _process(item: Document | BadDocument) -> Extraction | BadDocument:
    if isinstance(item, BadDocument):
        return item
    try:
        return _WORKER["ex"].extract(item.text, published=item.published, doc_id=item.id,  # type: ignore[no-any-return]
                                     metadata=item.metadata)
    except ConflictEventsError as err:
        return BadDocument(item.id, str(err), item.size)
    except Exception as err:  # noqa: BLE001 - one bad document must not stop the batch
        return BadDocument(item.id, f"internal error ({type(err).__name__}: {err}); please report it", item.size)


def _results(docs: Iterable[Document | BadDocument], config: ExtractConfig, jobs: int) -> Iterator[Extraction | BadDocument]:
    if jobs <= 1:
        _init_worker(config)
        for d in docs:
            yield _process(d)
        return
    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    window = jobs * 8
    it = iter(docs)
    if ctx.get_start_method() == "fork":
        # compile the lexicons and grammars once, here: the forked workers inherit them
        _init_worker(config)
        pool = ctx.Pool(jobs)
    else:
        pool = ctx.Pool(jobs, initializer=_init_worker, initargs=(config,))
    with pool:
        while True:
            batch = list(islice(it, window))
            if not batch:
                break
            yield from pool.imap(_process, batch, chunksize=2)


# --------------------------------------------------------------------------- progress and explain
class _Progress:
    """A one-line progress report on standard error (only for a terminal)."""

    def __init__(self, enabled: bool, stream: TextIO, total_bytes: int = 0) -> None:
        self.enabled = enabled
        self.stream = stream
        self.total = total_bytes
        self.t0 = time.monotonic()
        self.last = 0.0
        self.docs = 0
        self.bytes = 0

    def update(self, size: int) -> None:
        self.docs += 1
        self.bytes += size
        now = time.monotonic()
        if self.enabled and now - self.last >= 0.2:
            self.last = now
            rate = self.bytes / 1e6 / max(now - self.t0, 1e-9)
            eta = ""
            if self.total > self.bytes and rate > 0:
                left = (self.total - self.bytes) / 1e6 / rate
                eta = f", ETA {int(left // 60)}m{int(left % 60):02d}s"
            self.stream.write(f"\r{self.docs} documents, {self.bytes / 1e6:.1f} MB, {rate:.2f} MB/s{eta}   ")
            self.stream.flush()

    def clear(self) -> None:
        """Erase the progress line before another message is written."""
        if self.enabled and self.docs:
            self.stream.write("\r" + " " * 60 + "\r")

    def done(self) -> None:
        if self.enabled and self.docs:
            self.stream.write("\r" + " " * 60 + "\r")
            self.stream.flush()


def _remember_texts(docs: Iterable[Document | BadDocument], texts: dict[str, str]) -> Iterator[Document | BadDocument]:
    for d in docs:
        if isinstance(d, Document):
            texts[d.id] = d.text
        yield d


def _explain(result: Extraction, text: str, err: TextIO) -> None:
    err.write(f"== {result.doc}\n")
    for b in result.dropped:
        snippet = " ".join(text[b.span.start:b.span.end].split())[:70]
        err.write(f"  dropped [{b.span.start}:{b.span.end}] {b.rule}: {b.reason} | {snippet}\n")
    for i, a in enumerate(result.articles):
        head = " ".join(text[a.headline.start:a.headline.end].split())[:80] if a.headline else "(no headline)"
        err.write(f"  article {i} [{a.span.start}:{a.span.end}] {head}: {len(a.sentences)} sentences\n")
        for s in a.sentences:
            mark = f" (repeat of {s.repeat_of})" if s.repeat_of is not None else ""
            err.write(f"    [{s.span.start}:{s.span.end}]{mark} {s.text[:100]}\n")
    for e in result.events:
        err.write(f"  {e.event_type} by {e.rule} [{e.span.start}:{e.span.end}]: {' '.join(e.evidence.split())[:120]}\n")


def _input_bytes(inputs: list[str], glob: str) -> int:
    """Total size of the input files (0 when reading standard input): for the ETA."""
    total = 0
    for name in inputs:
        if name == "-":
            return 0
        path = Path(name)
        try:
            if path.is_dir():
                total += sum(p.stat().st_size for p in path.rglob(glob) if p.is_file())
            elif path.is_file():
                total += path.stat().st_size
        except OSError:
            continue
    return total


# --------------------------------------------------------------------------- main
def _schema(argv: list[str]) -> int:
    args = build_schema_parser().parse_args(argv)
    schema = document_schema() if args.document else event_schema()
    sys.stdout.write(json.dumps(schema, indent=2, ensure_ascii=False) + "\n")
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["schema"]:
        return _schema(argv[1:])
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.inputs and not args.sample:
        if sys.stdin.isatty():
            parser.print_usage(sys.stderr)
            sys.stderr.write("error: give an INPUT file or folder, '-' for standard input, or --sample\n")
            return EXIT_USAGE
        args.inputs = ["-"]
    try:
        config = ExtractConfig(types=args.types or tuple(EVENT_TYPES), lexicons=tuple(args.lexicon))
        if args.lexicon:
            from .lexicons import Lexicons

            Lexicons(config.lexicons)  # fail early, before reading any document
    except LexiconError as err:
        sys.stderr.write(f"error: {err}\n")
        return EXIT_USAGE
    docs: Iterable[Document | BadDocument]
    if args.sample:
        text = resources.files("conflictevents").joinpath("data").joinpath("sample_page.txt").read_text(encoding="utf-8")
        docs = [Document(SAMPLE_ID, text, args.published or SAMPLE_PUBLISHED, {}, len(text))]
    else:
        docs = iter_documents(args.inputs, input_format=args.input_format, published=args.published,
                              encoding_errors=args.encoding_errors, glob=args.glob)
    texts: dict[str, str] = {}
    if args.explain:
        docs = _remember_texts(docs, texts)  # streamed: each text is dropped once explained
    try:
        out: TextIO = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout
    except OSError as err:
        sys.stderr.write(f"error: cannot write {args.output}: {err.strerror}\n")
        return EXIT_USAGE
    show = sys.stderr.isatty() and not args.quiet
    progress = _Progress(show, sys.stderr, _input_bytes(args.inputs, args.glob) if show else 0)
    writer = make_writer(args.format, out)
    failed = 0
    read = 0
    by_type: dict[str, int] = {t: 0 for t in EVENT_TYPES}
    try:
        for res in _results(docs, config, args.jobs):
            read += 1
            if isinstance(res, BadDocument):
                failed += 1
                progress.update(res.size)
                progress.clear()
                sys.stderr.write(f"{res.id}: skipped: {res.reason}\n")
                continue
            progress.update(res.length)
            writer.write(res)
            for e in res.events:
                by_type[e.event_type] += 1
            if args.explain:
                _explain(res, texts.pop(res.doc, ""), sys.stderr)
        writer.close()
    except KeyboardInterrupt:
        sys.stderr.write("\ninterrupted\n")
        return 130
    except BrokenPipeError:
        # The reader went away (``... | head``): stop quietly, as Unix tools do,
        # and keep Python from complaining again when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    finally:
        progress.done()
        if args.output:
            out.close()
    if not args.quiet:
        counts = ", ".join(f"{n} {t}" for t, n in by_type.items())
        sys.stderr.write(f"{read} documents read, {failed} failed; events: {counts}\n")
    return EXIT_SOME_FAILED if failed else EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
