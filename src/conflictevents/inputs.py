"""Reading documents: files, folders, standard input, plain text and JSON Lines.

:func:`iter_documents` yields one :class:`Document` or one :class:`BadDocument`
per input document, lazily (a JSON Lines file of a million pages is read
line by line). Nothing bad stops the stream: binary files, invalid UTF-8,
empty files and folders, malformed JSON lines, records without ``text``,
unreadable paths each become a :class:`BadDocument` with the document id and
the reason.

What is read as text:

* UTF-8, with or without a byte-order mark; UTF-16 and UTF-32 files that
  start with their byte-order mark (plain text only: JSON Lines must be
  UTF-8, and a UTF-16 JSON Lines file is refused with the fix);
* never a file with a NUL byte anywhere (a binary file), nor a document
  longer than ``max_chars`` characters (a bigger file is refused without
  being read);
* lone surrogates written as JSON escapes (``"\\ud800"``), which cannot be
  written out as UTF-8, are treated like invalid UTF-8: replaced with
  U+FFFD (the default), dropped, or the record refused, after
  ``encoding_errors``. The same holds for file names that are not UTF-8.

>>> import io
>>> lines = io.BytesIO(b'{"id": "a", "text": "Kyiv \\\\ud800 hit"}\\n{"id": "b", "text": 5}\\n')
>>> docs = iter_documents(["-"], stdin=lines, input_format="jsonl", encoding_errors="replace")
>>> [(d.id, getattr(d, "text", None) or d.reason) for d in docs]
[('a', 'Kyiv \\ufffd hit'), ('b', "'text' must be a string, got int")]
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

import regex
from attrs import field, frozen

from .arguments import (
    DEFAULT_MAX_CHARS,
    as_published,
    find_surrogate,
    loads_json,
    printable,
    replace_surrogates,
    too_long,
)
from .errors import InputError

__all__ = ["Document", "BadDocument", "Source", "expand_inputs", "iter_documents", "MAX_LINE"]

#: Longest JSON line (in bytes) that is read; a longer one is reported, not parsed.
MAX_LINE = 64 * 1024 * 1024
#: How much of an over-long line is skipped looking for its end before the
#: rest of the file is given up (an endless stream such as ``/dev/zero``).
_MAX_SKIP = 16 * MAX_LINE

#: Byte-order marks, longest first (UTF-32 LE starts with the UTF-16 LE mark).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
#: A JSON escape that may decode to a surrogate: only then is a record walked for lone ones.
_SURROGATE_ESCAPE = regex.compile(r"\\u[dD][89a-fA-F]")


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


@frozen
class Source:
    """One input to read: a file (``path``), standard input (``path`` is ``None``),
    or an input that holds nothing to read (``problem`` says why)."""

    name: str
    path: Path | None
    problem: str | None = None


def _display_name(name: str) -> str:
    """A path as text that can be written out: bytes that are not UTF-8 become U+FFFD."""
    if find_surrogate(name) < 0:
        return name
    return os.fsencode(name).decode("utf-8", "replace")


def expand_inputs(paths: Iterable[str], glob: str = "*") -> list[Source]:
    """The files to read, in order: folders are searched (recursively) for ``glob``.

    Expanded before any document is read, so a file written during the run
    (the output) is never read as an input. A folder with no matching file
    is a :class:`Source` with a ``problem``.
    """
    out: list[Source] = []
    for p in paths:
        if p == "-":
            out.append(Source("-", None))
            continue
        path = Path(p)
        if not path.is_dir():
            out.append(Source(_display_name(p), path))
            continue
        try:
            files = sorted(child for child in path.rglob(glob) if child.is_file())
        except (OSError, ValueError) as err:  # unreadable folder, bad pattern
            out.append(Source(_display_name(p), None, f"cannot list the folder: {getattr(err, 'strerror', None) or err}"))
            continue
        if not files:
            what = "the folder is empty" if glob == "*" else f"no file in the folder matches --glob {glob!r}"
            out.append(Source(_display_name(p), None, what))
        out.extend(Source(_display_name(str(child)), child) for child in files)
    return out


def _decode(data: bytes, errors: str) -> tuple[str | None, str | None]:
    """Text of a file's bytes, or ``(None, reason)``."""
    codec, label = "utf-8", "UTF-8"
    for bom, name, what in _BOMS:
        if data.startswith(bom):
            codec, label, data = name, what, data[len(bom):]
            break
    if codec == "utf-8":
        if not data.strip():
            return None, "empty document"
        nul = data.find(b"\x00")
        if nul >= 0:
            return None, (f"binary file (NUL byte at offset {nul}), not text; a UTF-16 or UTF-32 text file "
                          "needs its byte-order mark")
    try:
        text = data.decode(codec, errors=errors)
    except UnicodeDecodeError as err:
        return None, (f"invalid {label} at byte {err.start} ({err.reason}); "
                      "use --encoding-errors replace to read it anyway")
    if codec != "utf-8":
        if not text.strip():
            return None, "empty document"
        if "\x00" in text:
            return None, f"binary file (NUL character at {text.index(chr(0))} of the {label} text), not text"
    return text, None


def _fix_surrogates(value: Any, errors: str) -> Any:
    """``value`` (a parsed JSON value) with lone surrogates replaced or dropped; raises on ``strict``."""
    if isinstance(value, str):
        if find_surrogate(value) < 0:
            return value
        if errors == "strict":
            raise InputError(f"a lone surrogate (\\u{ord(value[find_surrogate(value)]):04x}) is not valid "
                             "Unicode; use --encoding-errors replace to read it anyway")
        return replace_surrogates(value, "\ufffd" if errors == "replace" else "")
    if isinstance(value, list):
        return [_fix_surrogates(v, errors) for v in value]
    if isinstance(value, dict):
        return {_fix_surrogates(k, errors): _fix_surrogates(v, errors) for k, v in value.items()}
    return value


def _parse_record(line: str, errors: str) -> Any:
    """One JSON Lines record, or raises :class:`InputError` with the reason."""
    try:
        rec = loads_json(line)
    except json.JSONDecodeError as err:
        msg = err.msg.removesuffix(" at")  # "Invalid control character at"
        where = "at the end of the line (is the record cut off?)" if err.pos >= len(line) \
            else f"at column {err.colno}"
        raise InputError(f"malformed JSON: {msg} {where}") from err
    except RecursionError as err:
        raise InputError("malformed JSON: nested too deeply") from err
    except ValueError as err:  # NaN, an integer of more than 4,300 digits
        raise InputError(f"malformed JSON: {printable(str(err), 100)}") from err
    if _SURROGATE_ESCAPE.search(line):
        rec = _fix_surrogates(rec, errors)
    return rec


def _record(rec: Any, where: str, size: int, max_chars: int | None) -> Document | BadDocument:
    if not isinstance(rec, dict):
        return BadDocument(where, f"a record must be a JSON object, got {type(rec).__name__}", size)
    doc_id = rec.get("id")
    if doc_id is None:
        doc_id = where
    elif isinstance(doc_id, int) and not isinstance(doc_id, bool):
        doc_id = str(doc_id)
    elif not isinstance(doc_id, str):
        return BadDocument(where, f"'id' must be a string or a whole number, got {type(doc_id).__name__}", size)
    text = rec.get("text")
    if not isinstance(text, str):
        reason = "no 'text' field" if text is None else f"'text' must be a string, got {type(text).__name__}"
        return BadDocument(doc_id, reason, size)
    if max_chars is not None and len(text) > max_chars:
        return BadDocument(doc_id, too_long(f"{len(text):,} characters", max_chars), size)
    try:
        published = as_published(rec.get("published"), "'published'")
    except InputError as err:
        return BadDocument(doc_id, str(err), size)
    meta = {k: v for k, v in rec.items() if k not in ("id", "text", "published")}
    return Document(doc_id, text, published, meta, size)


def _records(stream: BinaryIO, source: str, errors: str, max_chars: int | None) -> Iterator[Document | BadDocument]:
    """Documents of a JSON Lines stream, one per line."""
    n = 0
    found = False
    while True:
        raw = stream.readline(MAX_LINE + 1)
        if not raw:
            break
        n += 1
        where = f"{source}:{n}"
        if n == 1:
            if raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8):]
            elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                enc = "UTF-32" if raw.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)) else "UTF-16"
                yield BadDocument(source, f"JSON Lines must be UTF-8, and this file is {enc} (byte-order mark); "
                                          f"convert it first, e.g. iconv -f {enc} -t UTF-8", len(raw))
                return
        if len(raw) > MAX_LINE and not raw.endswith(b"\n"):
            # skip the rest of the oversized line, but not forever (an endless stream has no line end)
            found = True
            skipped = 0
            while skipped <= _MAX_SKIP:
                chunk = stream.readline(MAX_LINE)
                skipped += len(chunk)
                if not chunk or chunk.endswith(b"\n"):
                    break
            else:
                yield BadDocument(where, f"no line end in the first {_MAX_SKIP // 2**20:,} MB of the line; "
                                         "the rest of the input is not read", len(raw) + skipped)
                return
            yield BadDocument(where, f"line longer than {MAX_LINE} bytes", len(raw) + skipped)
            continue
        if not raw.strip():
            continue
        found = True
        size = end = len(raw)
        while raw[end - 1] in b"\r\n":  # the line end, dropped without copying the line
            end -= 1
        try:
            line = str(memoryview(raw)[:end], "utf-8", errors)
        except UnicodeDecodeError as err:
            yield BadDocument(where, f"invalid UTF-8 at byte {err.start} of the line", size)
            continue
        del raw  # a long line is held once at a time: as text, then as the record
        try:
            rec = _parse_record(line, errors)
        except InputError as err:
            yield BadDocument(where, str(err), size)
            continue
        del line
        yield _record(rec, where, size, max_chars)
    if not found:
        yield BadDocument(source, "no records: the JSON Lines input is empty")


def _is_jsonl_name(path: Path) -> bool:
    return path.suffix.lower() in (".jsonl", ".ndjson")


def _read_limited(stream: BinaryIO, max_chars: int | None) -> bytes | None:
    """All of ``stream``, or ``None`` when it holds more bytes than ``max_chars`` characters can take."""
    if max_chars is None:
        return stream.read()
    limit = 4 * max_chars  # at most 4 bytes a character, in every encoding read here
    data = stream.read(limit + 1)
    return None if len(data) > limit else data


def _text_document(name: str, data: bytes | None, published: dt.date | None, errors: str,
                   max_chars: int | None) -> Document | BadDocument:
    if data is None:
        assert max_chars is not None
        return BadDocument(name, too_long(f"more than {4 * max_chars:,} bytes", max_chars))
    text, problem = _decode(data, errors)
    if text is None:
        return BadDocument(name, problem or "unreadable", len(data))
    if max_chars is not None and len(text) > max_chars:
        return BadDocument(name, too_long(f"{len(text):,} characters", max_chars), len(data))
    return Document(name, text, published, {}, len(data))


def iter_documents(
    paths: Iterable[str | Source],
    *,
    input_format: str = "auto",
    published: dt.date | None = None,
    encoding_errors: str = "strict",
    glob: str = "*",
    stdin: BinaryIO | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
) -> Iterator[Document | BadDocument]:
    """Yield the documents of the given paths (``-`` is standard input).

    ``paths`` are names (folders are expanded with ``glob``) or the
    :class:`Source` list of :func:`expand_inputs`. ``input_format`` is
    ``auto`` (JSON Lines for ``.jsonl``/``.ndjson`` files and for standard
    input that starts with ``{``; plain text otherwise), ``text`` or
    ``jsonl``. ``published`` is the date for plain-text inputs. A document
    longer than ``max_chars`` characters is a :class:`BadDocument`.
    """
    items = list(paths)
    sources = [s for s in items if isinstance(s, Source)]
    if len(sources) != len(items):
        sources = expand_inputs([s.name if isinstance(s, Source) else s for s in items], glob)
    for src in sources:
        name, path = src.name, src.path
        if src.problem is not None:
            yield BadDocument(name, src.problem)
            continue
        if path is None:
            stream = stdin if stdin is not None else sys.stdin.buffer
            head = stream.peek(1) if hasattr(stream, "peek") else b""
            if input_format == "jsonl" or (input_format == "auto" and head.lstrip()[:1] == b"{"):
                yield from _records(stream, "<stdin>", encoding_errors, max_chars)
            else:
                yield _text_document("<stdin>", _read_limited(stream, max_chars), published, encoding_errors,
                                     max_chars)
            continue
        try:
            if input_format == "jsonl" or (input_format == "auto" and _is_jsonl_name(path)):
                with open(path, "rb") as fh:
                    yield from _records(fh, name, encoding_errors, max_chars)
                continue
            with open(path, "rb") as fh:
                data = _read_limited(fh, max_chars)
        except OSError as err:
            yield BadDocument(name, f"cannot read: {err.strerror or err}")
            continue
        yield _text_document(name, data, published, encoding_errors, max_chars)

