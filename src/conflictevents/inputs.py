"""Reading documents: files, folders, standard input, plain text and JSON Lines.

:func:`iter_documents` yields one :class:`Document` or one :class:`BadDocument`
per input document, lazily (a JSON Lines file of a million pages is read
line by line). Nothing bad stops the stream: binary files, invalid UTF-8,
empty files, malformed JSON lines, records without ``text``, unreadable
paths each become a :class:`BadDocument` with the document id and the reason.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from attrs import field, frozen

__all__ = ["Document", "BadDocument", "iter_documents", "MAX_LINE"]

#: Longest JSON line (in bytes) that is read; a longer one is reported, not parsed.
MAX_LINE = 64 * 1024 * 1024
_SNIFF = 4096


@frozen
class Document:
    """One input document."""

    id: str
    text: str
    published: dt.date | None = None
    metadata: dict[str, Any] = field(factory=dict, hash=False)
    size: int = 0


@frozen
class BadDocument:
    """An input that could not be read as a document, and why."""

    id: str
    reason: str
    size: int = 0


def _decode(data: bytes, doc_id: str, errors: str) -> tuple[str | None, str | None]:
    """Text of a file's bytes, or ``(None, reason)``."""
    if not data.strip():
        return None, "empty document"
    if b"\x00" in data[:_SNIFF] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, "binary file (NUL bytes), not text"
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8", errors=errors), None
    except UnicodeDecodeError as err:
        return None, (f"invalid UTF-8 at byte {err.start} ({err.reason}); "
                      "use --encoding-errors replace to read it anyway")


def _parse_date(value: Any, doc_id: str) -> tuple[dt.date | None, str | None]:
    if value in (None, ""):
        return None, None
    if not isinstance(value, str):
        return None, f"'published' must be an ISO date string, got {type(value).__name__}"
    try:
        return dt.date.fromisoformat(value.strip()[:10]), None
    except ValueError:
        return None, f"'published' is not an ISO date YYYY-MM-DD: {value!r}"


def _records(stream: BinaryIO, source: str, errors: str) -> Iterator[Document | BadDocument]:
    """Documents of a JSON Lines stream, one per line."""
    n = 0
    while True:
        raw = stream.readline(MAX_LINE + 1)
        if not raw:
            break
        n += 1
        where = f"{source}:{n}"
        if len(raw) > MAX_LINE and not raw.endswith(b"\n"):
            # skip the rest of the oversized line
            while True:
                chunk = stream.readline(MAX_LINE)
                if not chunk or chunk.endswith(b"\n"):
                    break
            yield BadDocument(where, f"line longer than {MAX_LINE} bytes", len(raw))
            continue
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8", errors=errors)
        except UnicodeDecodeError as err:
            yield BadDocument(where, f"invalid UTF-8 at byte {err.start} of the line", len(raw))
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as err:
            yield BadDocument(where, f"malformed JSON: {err.msg} at column {err.colno}", len(raw))
            continue
        if not isinstance(rec, dict):
            yield BadDocument(where, f"a record must be a JSON object, got {type(rec).__name__}", len(raw))
            continue
        doc_id = rec.get("id")
        doc_id = str(doc_id) if doc_id is not None else where
        text = rec.get("text")
        if not isinstance(text, str):
            reason = "no 'text' field" if text is None else f"'text' must be a string, got {type(text).__name__}"
            yield BadDocument(doc_id, reason, len(raw))
            continue
        published, problem = _parse_date(rec.get("published"), doc_id)
        if problem:
            yield BadDocument(doc_id, problem, len(raw))
            continue
        meta = {k: v for k, v in rec.items() if k not in ("id", "text", "published")}
        yield Document(doc_id, text, published, meta, len(raw))


def _is_jsonl_name(path: Path) -> bool:
    return path.suffix.lower() in (".jsonl", ".ndjson")


def _expand(paths: Iterable[str], glob: str) -> Iterator[tuple[str, Path | None]]:
    for p in paths:
        if p == "-":
            yield p, None
            continue
        path = Path(p)
        if path.is_dir():
            for child in sorted(path.rglob(glob)):
                if child.is_file():
                    yield str(child), child
        else:
            yield p, path


def iter_documents(
    paths: Iterable[str],
    *,
    input_format: str = "auto",
    published: dt.date | None = None,
    encoding_errors: str = "strict",
    glob: str = "*",
    stdin: BinaryIO | None = None,
) -> Iterator[Document | BadDocument]:
    """Yield the documents of the given paths (``-`` is standard input).

    ``input_format`` is ``auto`` (JSON Lines for ``.jsonl``/``.ndjson`` files
    and for standard input that starts with ``{``; plain text otherwise),
    ``text`` or ``jsonl``. ``published`` is the date for plain-text inputs.
    """
    for name, path in _expand(paths, glob):
        if path is None:
            stream = stdin if stdin is not None else sys.stdin.buffer
            head = stream.peek(1) if hasattr(stream, "peek") else b""
            if input_format == "jsonl" or (input_format == "auto" and head.lstrip()[:1] == b"{"):
                yield from _records(stream, "<stdin>", encoding_errors)
            else:
                data = stream.read()
                text, problem = _decode(data, "<stdin>", encoding_errors)
                if text is None:
                    yield BadDocument("<stdin>", problem or "unreadable", len(data))
                else:
                    yield Document("<stdin>", text, published, {}, len(data))
            continue
        try:
            if input_format == "jsonl" or (input_format == "auto" and _is_jsonl_name(path)):
                with open(path, "rb") as fh:
                    yield from _records(fh, name, encoding_errors)
                continue
            data = path.read_bytes()
        except OSError as err:
            yield BadDocument(name, f"cannot read: {err.strerror or err}")
            continue
        text, problem = _decode(data, name, encoding_errors)
        if text is None:
            yield BadDocument(name, problem or "unreadable", len(data))
        else:
            yield Document(name, text, published, {}, len(data))
