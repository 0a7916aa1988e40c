"""The command line: ``python -m conflictevents``.

Reads pages (files, folders, ``-`` for standard input; plain text or JSON
Lines of ``{"id", "text", "published", ...}`` records) and writes their
events. Bad documents are reported on standard error with their id and the
reason, and the rest of the batch goes through.

Exit codes: 0 every document was processed; 1 some documents failed, or an
input held no document (see standard error); 2 usage error (bad option,
unreadable lexicon file, an output that is also an input); 3 the output
could not be written (a full disk: an output file keeps its old content);
130 interrupted (Ctrl-C), 143 terminated (SIGTERM); 141 the output was
closed by its reader (``... | head``; stops quietly).

An output file (``-o``) is written beside its place and moved there when the
run is over (:mod:`conflictevents.output`): an interrupted or failed run never
leaves a truncated file. Two documents with the same id are reported and get
distinct event ids (:func:`conflictevents.ids.renumber`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import multiprocessing
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from importlib import resources
from itertools import islice
from types import FrameType
from typing import Any, TextIO

from ._version import __version__
from .arguments import DEFAULT_MAX_CHARS, as_published, printable, shorten
from .config import ExtractConfig
from .errors import ConflictEventsError, InputError, LexiconError
from .formats import FORMATS, Writer, make_writer
from .ids import renumber
from .inputs import BadDocument, Document, Source, expand_inputs, iter_documents
from .jsonschema import document_schema, event_schema, incident_schema
from .models import EVENT_TYPES
from .output import Output, same_file
from .results import Extraction

__all__ = ["main", "build_parser", "open_output", "EXIT_OK", "EXIT_SOME_FAILED", "EXIT_USAGE", "EXIT_OUTPUT",
           "EXIT_INTERRUPTED", "EXIT_TERMINATED", "EXIT_BROKEN_PIPE"]

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_OUTPUT = 3  # the output could not be written (a full disk); an output file keeps its old content
EXIT_INTERRUPTED = 130  # 128 + SIGINT
EXIT_TERMINATED = 143  # 128 + SIGTERM
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a killed writer

SAMPLE_ID = "sample_page.txt"
SAMPLE_PUBLISHED = dt.date(2025, 3, 14)


def _date(value: str) -> dt.date:
    try:
        published = as_published(value)
    except InputError as err:
        raise argparse.ArgumentTypeError(f"not an ISO date YYYY-MM-DD: {shorten(value)}") from err
    if published is None:
        raise argparse.ArgumentTypeError("give a date YYYY-MM-DD")
    return published


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


def _max_chars(value: str) -> int | None:
    try:
        n = int(value.replace(",", "").replace("_", ""))
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"--max-chars takes a whole number, got {shorten(value)}") from err
    if n < 0:
        raise argparse.ArgumentTypeError("--max-chars must be 0 (no limit) or more")
    return n or None


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (also used to generate the CLI reference in the docs)."""
    p = argparse.ArgumentParser(
        prog="python -m conflictevents",
        description="Extract typed, verifiable conflict events from raw English news pages.",
        epilog="Subcommands: 'python -m conflictevents schema [--document | --incident]' prints the JSON "
               "Schema of the output; 'python -m conflictevents incidents EVENTS.jsonl' merges events into "
               "incidents. Exit codes: 0 all documents processed, 1 some documents failed or an "
               "input held none, 2 usage error, 3 the output could not be written (an output file "
               "keeps its old content), 130 interrupted, 143 terminated, 141 output closed by its reader.",
    )
    p.add_argument("inputs", nargs="*", metavar="INPUT",
                   help="files or folders to read ('-' for standard input). Plain text pages, or JSON Lines "
                        "(.jsonl/.ndjson) of {\"id\", \"text\", \"published\", ...} records.")
    p.add_argument("--sample", action="store_true", help="run on the bundled sample page")
    p.add_argument("-f", "--format", choices=sorted(FORMATS), default="jsonl",
                   help="output format (default: jsonl, one event per line)")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="write here instead of standard output ('-'); the file is replaced only when the run "
                        "is over, and never by an interrupted or failed one. It may not be one of the inputs")
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
    p.add_argument("--max-chars", type=_max_chars, default=DEFAULT_MAX_CHARS, metavar="N",
                   help=f"longest document read, in characters (default: {DEFAULT_MAX_CHARS:,}; 0 = no limit); "
                        "a longer one is reported and skipped. Reading takes about 12 times a document's size "
                        "in memory")
    p.add_argument("--incidents", action="store_true",
                   help="merge the events of all documents into incidents and write those instead (formats "
                        "jsonl, csv, geojson, table); the same as piping --format jsonl into "
                        "'python -m conflictevents incidents'")
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
    what = p.add_mutually_exclusive_group()
    what.add_argument("--document", action="store_true",
                      help="the schema of a document result (--format json) instead of one event line")
    what.add_argument("--incident", action="store_true",
                      help="the schema of one incident line (python -m conflictevents incidents)")
    return p


# --------------------------------------------------------------------------- workers
_WORKER: dict[str, Any] = {}


def _init_worker(config: ExtractConfig) -> None:
    from .api import get_extractor

    _WORKER["ex"] = get_extractor(config)  # built once per process and configuration
    # The lexicons, the gazetteer and the frames live as long as the process: the cyclic garbage collector
    # need not walk them again at every collection (measured: about 6% of the run; this is the command
    # line's own process, so its collector is its to tune).
    gc.freeze()


def _worker_signals() -> None:
    """In a worker: Ctrl-C is the parent's to handle (it stops the pool), SIGTERM just ends it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _start_worker(config: ExtractConfig) -> None:
    _worker_signals()
    _init_worker(config)


def _process(item: Document | BadDocument) -> Extraction | BadDocument:
    if isinstance(item, BadDocument):
        return item
    try:
        return _WORKER["ex"].extract(item.text, published=item.published, doc_id=item.id,  # type: ignore[no-any-return]
                                     metadata=item.metadata)
    except ConflictEventsError as err:
        return BadDocument(item.id, str(err), item.size)
    except Exception as err:  # noqa: BLE001 - one bad document must not stop the batch
        return BadDocument(item.id, f"internal error ({type(err).__name__}: {shorten(str(err), 200)}); "
                                    "please report it", item.size)


def _results(docs: Iterable[Document | BadDocument], config: ExtractConfig,
             jobs: int) -> Generator[Extraction | BadDocument, None, None]:
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
        pool = ctx.Pool(jobs, initializer=_worker_signals)
    else:
        pool = ctx.Pool(jobs, initializer=_start_worker, initargs=(config,))
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


def _remember_texts(docs: Iterable[Document | BadDocument], texts: deque[str]) -> Iterator[Document | BadDocument]:
    """Keep each text for ``--explain`` until its result comes back (results keep the input order)."""
    for d in docs:
        texts.append(d.text if isinstance(d, Document) else "")
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


def _input_bytes(sources: list[Source]) -> int:
    """Total size of the input files (0 when reading standard input): for the ETA."""
    total = 0
    for src in sources:
        if src.path is None:
            if src.problem is None:
                return 0  # standard input
            continue
        try:
            total += src.path.stat().st_size
        except OSError:
            continue
    return total


# --------------------------------------------------------------------------- main
def _schema(argv: list[str]) -> int:
    args = build_schema_parser().parse_args(argv)
    schema = document_schema() if args.document else incident_schema() if args.incident else event_schema()
    sys.stdout.write(json.dumps(schema, indent=2, ensure_ascii=False) + "\n")
    return EXIT_OK


class _Terminated(BaseException):
    """SIGTERM, raised in the main thread so the run ends like a Ctrl-C (output file kept as it was)."""


class _OutputFailed(Exception):
    """Writing the output failed (a full disk): the run stops."""

    def __init__(self, err: OSError) -> None:
        super().__init__(err)
        self.err = err


def _on_sigterm(signum: int, frame: FrameType | None) -> None:  # noqa: ARG001
    raise _Terminated


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    try:
        previous = signal.signal(signal.SIGTERM, _on_sigterm)
    except ValueError:  # not the main thread: leave signals alone
        previous = None
    try:
        return _main(argv)
    except KeyboardInterrupt:
        sys.stderr.write("\ninterrupted\n")
        return EXIT_INTERRUPTED
    except _Terminated:
        sys.stderr.write("\nterminated\n")
        return EXIT_TERMINATED
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _refuse_input_as_output(sources: list[Source], output: str | None) -> str | None:
    """The error message when the output file is one of the inputs, else ``None``."""
    if output is None or output == "-" or not os.path.exists(output):
        return None
    for src in sources:
        if src.path is not None and same_file(src.path, output):
            return (f"the output {printable(output)} is also an input ({printable(src.name)}); "
                    "it would be overwritten: write the events to another file")
    return None


def open_output(path: str | None, fmt: str) -> Output | None:
    """The output of a run (standard output for ``None`` or ``-``), set up for ``fmt``; ``None`` (with
    the error on standard error) when it cannot be created."""
    try:
        out = Output.open(path)
    except OSError as err:
        sys.stderr.write(f"error: cannot write {printable(path or '-')}: {err.strerror or err}\n")
        return None
    if out.stream is sys.stdout:
        # JSON, CSV and GeoJSON are UTF-8 whatever the locale; a table is for this terminal
        reconfigure = getattr(sys.stdout, "reconfigure", None)
        if reconfigure is not None:
            if fmt == "table":
                reconfigure(errors="backslashreplace")
            else:
                reconfigure(encoding="utf-8")
    return out


def _write(action: Any, *args: Any) -> Any:
    """Run one write to the output; an :class:`OSError` (not a closed pipe) stops the run."""
    try:
        return action(*args)
    except BrokenPipeError:
        raise
    except OSError as err:
        raise _OutputFailed(err) from err


def _main(argv: list[str] | None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["schema"]:
        return _schema(argv[1:])
    if argv[:1] == ["incidents"]:
        from .incidents.command import run_incidents

        return run_incidents(argv[1:])
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.incidents and args.format == "json":
        parser.print_usage(sys.stderr)
        sys.stderr.write("error: --incidents writes jsonl, csv, geojson or table, not json\n")
        return EXIT_USAGE
    if not args.inputs and not args.sample:
        if sys.stdin is None or sys.stdin.isatty():
            parser.print_usage(sys.stderr)
            sys.stderr.write("error: give an INPUT file or folder, '-' for standard input, or --sample\n")
            return EXIT_USAGE
        args.inputs = ["-"]
    try:
        config = ExtractConfig(types=args.types or tuple(EVENT_TYPES), lexicons=tuple(args.lexicon),
                               max_chars=args.max_chars)
        if args.lexicon:
            from .api import get_extractor

            get_extractor(config)  # fail early, before reading any document (and build it once)
    except (LexiconError, InputError) as err:
        sys.stderr.write(f"error: {err}\n")
        return EXIT_USAGE
    docs: Iterable[Document | BadDocument]
    sources: list[Source] = []
    if args.sample:
        text = resources.files("conflictevents").joinpath("data").joinpath("sample_page.txt").read_text(encoding="utf-8")
        docs = [Document(SAMPLE_ID, text, args.published or SAMPLE_PUBLISHED, {}, len(text))]
    else:
        sources = expand_inputs(args.inputs, args.glob)  # before the output exists: it is never read
        docs = iter_documents(sources, input_format=args.input_format, published=args.published,
                              encoding_errors=args.encoding_errors, max_chars=args.max_chars)
    problem = _refuse_input_as_output(sources, args.output)
    if problem:
        sys.stderr.write(f"error: {problem}\n")
        return EXIT_USAGE
    texts: deque[str] = deque()
    if args.explain:
        docs = _remember_texts(docs, texts)  # streamed: each text is dropped once explained
    out = open_output(args.output, args.format)
    if out is None:
        return EXIT_USAGE
    show = sys.stderr.isatty() and not args.quiet
    progress = _Progress(show, sys.stderr, _input_bytes(sources) if show else 0)
    failed = 0
    read = 0
    by_type: dict[str, int] = {t: 0 for t in EVENT_TYPES}
    seen: dict[str, int] = {}
    results = _results(docs, config, args.jobs)
    done = False
    try:
        writer: Writer
        if args.incidents:
            from .incidents.formats import MergingWriter

            writer = _write(MergingWriter, args.format, out.stream)
        else:
            writer = _write(make_writer, args.format, out.stream)  # a table's header is written already
        for res in results:
            read += 1
            text = texts.popleft() if args.explain else ""
            if isinstance(res, BadDocument):
                failed += 1
                progress.update(res.size)
                progress.clear()
                sys.stderr.write(f"{printable(res.id, 300)}: skipped: {res.reason}\n")
                continue
            progress.update(res.length)
            n = seen.get(res.doc, 0)
            seen[res.doc] = n + 1
            if n:
                progress.clear()
                sys.stderr.write(f"{printable(res.doc, 300)}: warning: document id used {n + 1} times; "
                                 "these events get ids of their own\n")
                res = renumber(res, n)
            try:
                _write(writer.write, res)
            except (ValueError, TypeError) as err:  # a value the format cannot hold: nothing of it was written
                failed += 1
                progress.clear()
                sys.stderr.write(f"{printable(res.doc, 300)}: skipped: cannot write its events "
                                 f"({type(err).__name__}: {shorten(str(err), 200)})\n")
                continue
            for e in res.events:
                by_type[e.event_type] += 1
            if args.explain:
                _explain(res, text, sys.stderr)
        _write(writer.close)
        if read > failed or not out.replaces:
            _write(out.commit)
            done = True
        else:  # nothing was read: an output file keeps what it had
            progress.clear()
            sys.stderr.write(f"no document could be read: {printable(out.name)} is left as it was\n")
    except BrokenPipeError:
        # The reader went away (``... | head``): stop quietly, as Unix tools do,
        # and keep Python from complaining again when it flushes stdout at exit.
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except _OutputFailed as failure:
        progress.done()
        kept = "; the file keeps its old content" if out.replaces else ""
        sys.stderr.write(f"error: cannot write {printable(out.name)}: {failure.err.strerror or failure.err}{kept}\n")
        if out.stream is sys.stdout:
            _silence_stdout()
        return EXIT_OUTPUT
    finally:
        results.close()  # stops the worker pool
        progress.done()
        if not done:
            out.discard()
    if not args.quiet:
        counts = ", ".join(f"{n} {t}" for t, n in by_type.items())
        sys.stderr.write(f"{read} documents read, {failed} failed; events: {counts}\n")
        merged = getattr(writer, "by_type", None)
        if merged is not None:
            kinds = ", ".join(f"{n} {t}" for t, n in sorted(merged.items()))
            sys.stderr.write(f"{sum(merged.values())} incidents{': ' + kinds if kinds else ''}\n")
    return EXIT_SOME_FAILED if failed else EXIT_OK


def _silence_stdout() -> None:
    """Point standard output at the null device, so the flush at exit cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
