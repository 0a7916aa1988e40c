"""The command line: ``python -m conflictevents``.

Reads pages (files, folders, ``-`` for standard input; plain text or JSON
Lines of ``{"id", "text", "published", ...}`` records) and writes their
events. Bad documents are reported on standard error with their id and the
reason, and the rest of the batch goes through.

Exit codes: 0 every document was processed; 1 some documents failed, or an
input held no document (see standard error); 2 usage error (bad option,
unreadable lexicon file, an output that is also an input); 3 the output
could not be written (a full disk: an output file keeps its old content);
130 interrupted (Ctrl-C), 143 terminated (SIGTERM), 129 hung up (SIGHUP, the
terminal was closed); 141 the output was closed by its reader
(``... | head``; stops quietly).

With ``--jobs``, the worker processes ignore Ctrl-C, ``SIGTERM`` and
``SIGHUP`` (a terminal or ``kill -- -PGID`` sends them to the whole process
group): the parent alone decides to stop, and then ends them itself
(:func:`_stop_pool`), so that no worker dies holding a lock of the pool's
queues, which would leave the parent waiting for ever.

An output file (``-o``) is written beside its place and moved there when the
run is over (:mod:`conflictevents.output`): an interrupted or failed run never
leaves a truncated file. Two documents with the same id are reported and get
distinct event ids (:func:`conflictevents.ids.renumber`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import io
import json
import multiprocessing
import os
import re
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from contextlib import contextmanager
from importlib import resources
from itertools import chain
from types import FrameType
from typing import Any, NamedTuple, NoReturn, TextIO

from ._version import __version__
from .arguments import DEFAULT_MAX_CHARS, as_published, escape_controls, printable, shorten
from .config import ExtractConfig
from .errors import ConflictEventsError, InputError, LexiconError
from .formats import FORMATS, Writer, format_problem, make_writer
from .ids import renumber
from .inputs import BadDocument, Document, Source, expand_inputs, iter_documents
from .jsonschema import document_schema, event_schema, incident_schema
from .models import EVENT_TYPES
from .output import Output, same_file
from .results import Extraction

__all__ = ["main", "build_parser", "ArgumentParser", "short_usage_error", "open_output", "EXIT_OK", "EXIT_SOME_FAILED",
           "EXIT_USAGE", "EXIT_OUTPUT",
           "EXIT_INTERRUPTED", "EXIT_TERMINATED", "EXIT_HANGUP", "EXIT_BROKEN_PIPE"]

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_OUTPUT = 3  # the output could not be written (a full disk); an output file keeps its old content
EXIT_INTERRUPTED = 130  # 128 + SIGINT
EXIT_TERMINATED = 143  # 128 + SIGTERM
EXIT_HANGUP = 129  # 128 + SIGHUP: the terminal was closed
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a killed writer

SAMPLE_ID = "sample_page.txt"
SAMPLE_PUBLISHED = dt.date(2025, 3, 14)


#: The longest option value, and the longest usage error, echoed on standard error.
_ECHO_LIMIT = 60
_ERROR_LIMIT = 600
_QUOTED = re.compile(r"""'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|\S+""")


def short_usage_error(message: str) -> str:
    """A usage error as it is printed: every value it quotes (or word it echoes) cut to about 60 characters,
    control characters escaped, and the whole at most about 600 characters.

    >>> short_usage_error("argument -f/--format: invalid choice: '" + "x" * 1000 + "' (choose from 'csv', 'json')")
    "argument -f/--format: invalid choice: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx... (1002 characters) (choose from 'csv', 'json')"
    """
    def cut(m: re.Match[str]) -> str:
        text: str = m.group()
        return text if len(text) <= _ECHO_LIMIT else f"{text[:_ECHO_LIMIT - 7]}... ({len(text)} characters)"

    out = _QUOTED.sub(cut, escape_controls(message))
    return out if len(out) <= _ERROR_LIMIT else f"{out[:_ERROR_LIMIT - 3]}..."


class ArgumentParser(argparse.ArgumentParser):
    """The parser of the command and its subcommands: a usage error never echoes a long value whole
    (:func:`short_usage_error`), whichever option or check it comes from."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {short_usage_error(message)}\n")


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
        more = f" and {len(unknown) - 3} more" if len(unknown) > 3 else ""
        raise argparse.ArgumentTypeError(
            f"unknown event type(s): {', '.join(shorten(t, 40) for t in unknown[:3])}{more} "
            f"(known: {', '.join(EVENT_TYPES)})"
        )
    return types


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"--jobs takes a whole number, got {shorten(value)}") from err
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
    p = ArgumentParser(
        prog="python -m conflictevents",
        description="Extract typed, verifiable conflict events from raw English news pages.",
        epilog="Subcommands: 'python -m conflictevents schema [--document | --incident]' prints the JSON "
               "Schema of the output; 'python -m conflictevents incidents EVENTS.jsonl' merges events into "
               "incidents. Exit codes: 0 all documents processed, 1 some documents failed or an "
               "input held none, 2 usage error, 3 the output could not be written (an output file "
               "keeps its old content), 130 interrupted, 143 terminated, 129 hung up (terminal closed), 141 output "
               "closed by its reader.",
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
    p = ArgumentParser(prog="python -m conflictevents schema",
                                description="Print the JSON Schema of the output, generated from the models.")
    what = p.add_mutually_exclusive_group()
    what.add_argument("--document", action="store_true",
                      help="the schema of a document result (--format json) instead of one event line")
    what.add_argument("--incident", action="store_true",
                      help="the schema of one incident line (python -m conflictevents incidents)")
    return p


# --------------------------------------------------------------------------- workers
_WORKER: dict[str, Any] = {}
#: Most documents one task of a worker process holds, and most characters (whichever comes first).
_TASK_DOCS = 8
_TASK_CHARS = 200_000


#: The signals that stop a run: Ctrl-C, ``kill`` (SIGTERM) and a closed terminal (SIGHUP, not on Windows).
_STOP_SIGNALS: tuple[signal.Signals, ...] = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))


@contextmanager
def _interrupt_deferred() -> Iterator[None]:
    """A Ctrl-C, SIGTERM or SIGHUP inside takes effect when it is over.

    Used while the extractor is built and while a stopping run cleans up.
    Building compiles patterns, and an exception raised by a signal handler
    inside a finaliser there (``regex``'s) is printed by Python as "Exception
    ignored" and swallowed: the run would go on as if nothing had happened.
    A clean-up cut short by a second signal would leave its temporary file.
    The signals received are sent again once the handlers are back (unless an
    exception is already on its way, which ends the run anyway). Only the main
    thread's Python handlers are changed; ignored signals stay ignored.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []
    previous: dict[int, Any] = {}
    for sig in _STOP_SIGNALS:
        handler = signal.getsignal(sig)
        if callable(handler):
            previous[sig] = signal.signal(sig, lambda signum, frame: received.append(signum))
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    if received and sys.exc_info()[0] is None:
        signal.raise_signal(received[0])  # the handler it has now runs (the parent's raises)


class _Done(NamedTuple):
    """One document's result as its worker sends it back: the output text, not the objects."""

    doc: str
    length: int
    occurrence: int  # the renumbering the output was made with (see :func:`conflictevents.ids.renumber`)
    counts: tuple[int, ...]  # events per type, in the order of EVENT_TYPES
    chunk: str  # the document's output (Writer.render), or "" when it could not be written
    error: str | None  # why the output could not be written ("ValueError: ..."), else None
    explain: str  # the --explain report, or ""


def _init_worker(config: ExtractConfig, fmt: str = "jsonl", explain: bool = False) -> None:
    from .api import get_extractor

    _WORKER["fmt"] = fmt
    _WORKER["explain"] = explain
    with _interrupt_deferred():
        _WORKER["ex"] = get_extractor(config)  # built once per process and configuration
    # The lexicons, the gazetteer and the frames live as long as the process: the cyclic garbage collector
    # need not walk them again at every collection (measured: about 6% of the run; this is the command
    # line's own process, so its collector is its to tune). Forked workers inherit the frozen objects.
    gc.freeze()


def _worker_signals() -> None:
    """In a worker: the signals that stop a run are the parent's to handle, so the worker ignores them.

    A terminal and ``kill -- -PGID`` signal the whole process group. A worker that died of it could hold
    a lock of the pool's queues, and the parent, stopping the pool, would then wait for ever; and its
    task would never come back. The parent ends its workers itself (:func:`_stop_pool`). The signals were
    blocked while the worker started (:func:`_signals_blocked`): they are let through once ignored.
    """
    for sig in _STOP_SIGNALS:
        signal.signal(sig, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)


def _start_worker(config: ExtractConfig, fmt: str, explain: bool) -> None:
    _worker_signals()
    _init_worker(config, fmt, explain)


@contextmanager
def _signals_blocked() -> Iterator[None]:
    """The stop signals held back while the pool starts.

    The worker processes start with them blocked (a forked or spawned process inherits the mask) until
    their handlers are in place, and the pool's threads keep them blocked for good, so that the kernel
    gives a signal for the process to the main thread, whose handlers stop the run. A signal that came
    meanwhile is delivered when this is over.
    """
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


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


def _render(item: Document | BadDocument, occurrence: int) -> _Done | BadDocument:
    """Read one document and make its output (in the format of the run), renumbered for its ``occurrence``."""
    res = _process(item)
    if isinstance(res, BadDocument):
        return res
    if occurrence:
        res = renumber(res, occurrence)
    report = ""
    if _WORKER["explain"]:
        buf = io.StringIO()
        _explain(res, item.text if isinstance(item, Document) else "", buf)
        report = buf.getvalue()
    try:
        chunk, error = FORMATS[_WORKER["fmt"]].render(res), None
    except (ValueError, TypeError) as err:  # a value the format cannot hold: nothing of it is written
        chunk, error = "", f"{type(err).__name__}: {shorten(str(err), 200)}"
    counts = [0] * len(EVENT_TYPES)
    for e in res.events:
        counts[_TYPE_INDEX[e.event_type]] += 1
    return _Done(res.doc, res.length, occurrence, tuple(counts), chunk, error, report)


def _render_task(task: list[tuple[Document | BadDocument, int]]) -> list[_Done | BadDocument]:
    """In a worker: several documents at once (fewer messages between the processes)."""
    return [_render(item, occurrence) for item, occurrence in task]


_TYPE_INDEX = {t: i for i, t in enumerate(EVENT_TYPES)}


def _numbered(docs: Iterable[Document | BadDocument]) -> Iterator[tuple[Document | BadDocument, int]]:
    """Each input with how many documents before it had the same id (read ones only)."""
    seen: dict[str, int] = {}
    for d in docs:
        if isinstance(d, BadDocument):
            yield d, 0
        else:
            n = seen.get(d.id, 0)
            seen[d.id] = n + 1
            yield d, n


def _tasks(items: Iterator[tuple[Document | BadDocument, int]]) -> Iterator[list[tuple[Document | BadDocument, int]]]:
    """The inputs in tasks of up to :data:`_TASK_DOCS` documents and about :data:`_TASK_CHARS` characters."""
    task: list[tuple[Document | BadDocument, int]] = []
    size = 0
    for item in items:
        task.append(item)
        size += len(item[0].text) if isinstance(item[0], Document) else 0
        if len(task) >= _TASK_DOCS or size >= _TASK_CHARS:
            yield task
            task, size = [], 0
    if task:
        yield task


def _results(docs: Iterable[Document | BadDocument], config: ExtractConfig, jobs: int, fmt: str = "jsonl",
             explain: bool = False) -> Generator[tuple[Document | BadDocument, _Done | BadDocument], None, None]:
    """Each input with its result, in input order.

    Nothing is built until the first document that could be read: inputs that cannot be (a missing file)
    are reported at once. With ``jobs`` > 1 the documents are read by a pool of worker processes that send
    back their output text (:class:`_Done`), never the objects; at most a few tasks per worker are
    waiting, so memory stays flat.
    """
    items = _numbered(docs)
    for item, n in items:  # inputs that could not be read, before any work
        if isinstance(item, Document):
            first = [(item, n)]
            break
        yield item, item
    else:
        return
    work = chain(first, items)
    if jobs <= 1:
        _init_worker(config, fmt, explain)
        for item, n in work:
            yield item, _render(item, n)
        return
    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    if ctx.get_start_method() == "fork":
        # compile the lexicons and grammars once, here: the forked workers inherit them
        _init_worker(config, fmt, explain)
        with _signals_blocked():
            pool = ctx.Pool(jobs, initializer=_worker_signals)
    else:
        with _signals_blocked():
            pool = ctx.Pool(jobs, initializer=_start_worker, initargs=(config, fmt, explain))
    workers = _Workers(pool)
    finished = False
    try:
        pending: deque[tuple[list[tuple[Document | BadDocument, int]], Any]] = deque()
        tasks = _tasks(work)
        window = jobs * 3
        for task in tasks:
            pending.append((task, pool.apply_async(_render_task, (task,))))
            while len(pending) >= window:
                yield from _finished(pending.popleft(), workers)
        while pending:
            yield from _finished(pending.popleft(), workers)
        pool.close()
        pool.join()
        finished = True
    finally:
        if not finished:  # stopped: a signal, a closed output, a full disk, a worker that died
            with _interrupt_deferred():
                _stop_pool(pool)


class WorkerDied(RuntimeError):
    """A worker process ended while the run needed it (killed by the system when memory ran out, or
    by a signal sent to it alone): the documents it held are lost, so the run stops."""


class _Workers:
    """The worker processes of a pool, each one seen (the pool replaces one that ends)."""

    def __init__(self, pool: Any) -> None:
        self.pool = pool
        self.seen: dict[int, Any] = {}

    def check(self) -> None:
        """Raise :class:`WorkerDied` if one of the workers has ended."""
        for proc in list(getattr(self.pool, "_pool", ())):
            self.seen.setdefault(id(proc), proc)
        for proc in self.seen.values():
            code = proc.exitcode
            if code is not None:
                how = f"killed by signal {-code}" if code < 0 else f"exit code {code}"
                if code == -getattr(signal, "SIGKILL", 9):
                    how += ", perhaps by the system when memory ran out"
                raise WorkerDied(f"a worker process ended unexpectedly ({how}); the documents it held are lost")


#: How often the parent, waiting for a result, looks at its workers (and lets its signal handlers run).
_POLL = 0.1
#: How long the parent lets its pool stop before it kills the workers outright.
_STOP_GRACE = 3.0


def _finished(entry: tuple[list[tuple[Document | BadDocument, int]], Any], workers: _Workers) -> Iterator[
        tuple[Document | BadDocument, _Done | BadDocument]]:
    """The results of one task, in order.

    Waits in short steps, not in one ``get()``: a signal handler of the main thread runs between them
    (a wait without a timeout may sleep through it), and a worker that died, whose task would never
    come back, stops the run instead of leaving it waiting for ever.
    """
    task, future = entry
    while True:
        try:
            results = future.get(_POLL)
            break
        except multiprocessing.TimeoutError:
            workers.check()
    for (item, _n), done in zip(task, results):
        yield item, done


def _stop_pool(pool: Any) -> None:
    """End the workers of a run that stops early, without waiting for their tasks.

    ``Pool.terminate`` runs in a thread of its own. Its SIGTERM does nothing to the workers, which ignore
    it (:func:`_worker_signals`): they are killed here once the pool's own threads, which take the locks
    of its queues, have ended, so that no worker dies holding one of those locks while it is still needed.
    Should the pool not stop within :data:`_STOP_GRACE` seconds (a worker killed from outside while it
    held a lock), the workers are killed anyway and the run ends.
    """
    stopper = threading.Thread(target=pool.terminate, name="conflictevents-stop-pool", daemon=True)
    stopper.start()
    deadline = time.monotonic() + _STOP_GRACE
    for name in ("_worker_handler", "_task_handler", "_result_handler"):  # multiprocessing.pool's threads
        thread = getattr(pool, name, None)
        if isinstance(thread, threading.Thread) and thread.ident is not None:
            thread.join(max(deadline - time.monotonic(), 0.0))
    for proc in list(getattr(pool, "_pool", ())):
        try:
            proc.kill()
        except (OSError, ValueError, AttributeError):
            pass
    stopper.join(max(deadline - time.monotonic(), 0.5))


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
    """SIGTERM or SIGHUP, raised in the main thread so the run ends like a Ctrl-C (output file kept as it was)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class _OutputFailed(Exception):
    """Writing the output failed (a full disk): the run stops."""

    def __init__(self, err: OSError) -> None:
        super().__init__(err)
        self.err = err


def _on_signal(signum: int, frame: FrameType | None) -> None:  # noqa: ARG001
    raise _Terminated(signum)


def _say(message: str) -> None:
    """Write to standard error, which may be gone (a closed terminal): then say nothing, and let nothing
    complain about it at exit."""
    try:
        sys.stderr.write(message)
        sys.stderr.flush()
    except (OSError, ValueError, AttributeError):
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stderr.fileno())
        except (OSError, ValueError, AttributeError):
            pass


def _signal_again(unraisable: Any) -> None:
    """``sys.unraisablehook`` while the command line runs: a Ctrl-C or SIGTERM that landed in a finaliser (a
    ``__del__`` of the ``regex`` compiler, say) is swallowed there by Python ("Exception ignored in ..."), and
    the run would go on; the signal is raised again, to be handled once the finaliser is over."""
    exc = unraisable.exc_value
    if isinstance(exc, KeyboardInterrupt):
        signal.raise_signal(signal.SIGINT)
    elif isinstance(exc, _Terminated):
        signal.raise_signal(exc.signum)
    else:
        sys.__unraisablehook__(unraisable)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    previous: dict[int, Any] = {}
    previous_hook = sys.unraisablehook
    sys.unraisablehook = _signal_again
    for sig in _STOP_SIGNALS:
        if sig == signal.SIGINT:
            continue  # Python's own handler: KeyboardInterrupt
        try:
            if signal.getsignal(sig) != signal.SIG_IGN:  # nohup: a closed terminal is to be ignored
                previous[sig] = signal.signal(sig, _on_signal)
        except ValueError:  # not the main thread: leave signals alone
            break
    try:
        return _main(argv)
    except KeyboardInterrupt:
        _say("\ninterrupted\n")
        return EXIT_INTERRUPTED
    except _Terminated as stop:
        hangup = stop.signum == getattr(signal, "SIGHUP", None)
        _say("\nhung up\n" if hangup else "\nterminated\n")
        return EXIT_HANGUP if hangup else EXIT_TERMINATED
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        sys.unraisablehook = previous_hook


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
    problem = _refuse_input_as_output(sources, args.output) or format_problem(args.format, args.output)
    if problem:
        sys.stderr.write(f"error: {problem}\n")
        return EXIT_USAGE
    out = open_output(args.output, args.format)
    if out is None:
        return EXIT_USAGE
    show = sys.stderr.isatty() and not args.quiet
    progress = _Progress(show, sys.stderr, _input_bytes(sources) if show else 0)
    failed = 0
    read = 0
    by_type: dict[str, int] = {t: 0 for t in EVENT_TYPES}
    seen: dict[str, int] = {}
    # with --incidents the documents' events go to the merge as JSON lines, whatever the incidents' format
    render_format = "jsonl" if args.incidents else args.format
    results = _results(docs, config, args.jobs, render_format, args.explain)
    done = False
    try:
        writer: Writer
        if args.incidents:
            from .incidents.formats import MergingWriter

            writer = _write(MergingWriter, args.format, out.stream)
        else:
            writer = _write(make_writer, args.format, out.stream)  # a table's header is written already
        for item, res in results:
            read += 1
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
            if n != res.occurrence:
                # a document before it with its id could not be read: its output is made again, here,
                # with the event ids of its place in the output (as one process makes them)
                again = _render_again(item, n, config, render_format, args.explain)
                if isinstance(again, BadDocument):  # a time guard that held the first time
                    failed += 1
                    sys.stderr.write(f"{printable(again.id, 300)}: skipped: {again.reason}\n")
                    continue
                res = again
            error = res.error
            if error is None:
                try:
                    _write(writer.write_chunk, res.chunk)
                except (ValueError, TypeError) as err:  # a character the stream cannot take: nothing was written
                    error = f"{type(err).__name__}: {shorten(str(err), 200)}"
            if error is not None:  # a value the format cannot hold: nothing of it was written
                failed += 1
                progress.clear()
                sys.stderr.write(f"{printable(res.doc, 300)}: skipped: cannot write its events ({error})\n")
                continue
            for t, count in zip(EVENT_TYPES, res.counts):
                by_type[t] += count
            if args.explain:
                sys.stderr.write(res.explain)
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
    except WorkerDied as died:
        progress.done()
        kept = "; the file keeps its old content" if out.replaces else ""
        _say(f"error: {died}{kept}\n")
        return EXIT_SOME_FAILED
    finally:
        with _interrupt_deferred():  # a second signal does not cut the clean-up short
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


def _render_again(item: Document | BadDocument, occurrence: int, config: ExtractConfig, fmt: str,
                  explain: bool) -> _Done | BadDocument:
    """:func:`_render` in this process (building the extractor here if the workers had it alone)."""
    if "ex" not in _WORKER:
        _init_worker(config, fmt, explain)
    return _render(item, occurrence)


def _silence_stdout() -> None:
    """Point standard output at the null device, so the flush at exit cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
