"""Checking what a caller hands to :func:`~conflictevents.extract`.

:func:`check_arguments` turns the arguments of one call into the values the
pipeline reads, or raises :class:`~conflictevents.errors.InputError` with a
message that says what to pass instead. It is the one place that decides what
the library accepts:

* ``text``: a ``str`` of valid Unicode (no lone surrogates such as
  ``"\\ud800"``, which cannot be written as UTF-8) of at most
  ``max_chars`` characters;
* ``published``: ``None``, a :class:`datetime.date` or
  :class:`datetime.datetime` (its date is taken), or an ISO 8601 string
  (``"2025-03-04"``, ``"2025-03-04T12:00:00Z"``);
* ``doc_id``: ``None`` (read as ``"doc"``) or a ``str`` without control
  characters (it is copied into every event); a number is refused rather
  than converted, so that ``7`` and ``"7"`` are not silently the same
  document;
* ``metadata``: ``None`` or a mapping with ``str`` keys.

:func:`event_types` reads the ``types`` of an
:class:`~conflictevents.config.ExtractConfig`: a bare string is one type name
(or several, separated by commas), never its letters.

>>> import datetime as dt
>>> check_arguments("Kharkiv", dt.datetime(2025, 3, 4, 12, 30), None).published
datetime.date(2025, 3, 4)
>>> check_arguments("Kharkiv", "2025-03-04T23:10:00Z", "d1").doc_id
'd1'
>>> check_arguments("Kharkiv", None, 7)
Traceback (most recent call last):
  ...
conflictevents.errors.InputError: doc_id must be a str, got int (pass str(7) to use it as an id)
>>> event_types("strike")
('strike',)
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from typing import Any

import regex
from attrs import frozen

from .errors import InputError

__all__ = ["Arguments", "check_arguments", "as_published", "event_types", "shorten", "printable",
           "find_surrogate", "replace_surrogates", "too_long", "escape_controls", "loads_json", "DEFAULT_DOC_ID", "DEFAULT_MAX_CHARS"]

#: The default cap on the length of one document, in characters (about 10 MB of
#: text; a news page is 2,000 to 50,000). Reading a document takes about twelve
#: times its size in memory.
DEFAULT_MAX_CHARS = 10_000_000

#: The document id used when none is given.
DEFAULT_DOC_ID = "doc"

_SURROGATE = regex.compile(r"[\ud800-\udfff]")
#: What a terminal must not be sent raw: control and format characters (escape
#: sequences, bidirectional overrides), line and paragraph separators, surrogates.
_CONTROL = regex.compile(r"[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]")
#: What a document id may not hold (NUL, escape, line breaks: it is written into every event and CSV row).
_ID_CONTROL = regex.compile(r"\p{Cc}")


@frozen
class Arguments:
    """The checked arguments of one :meth:`~conflictevents.Extractor.extract` call."""

    text: str
    published: dt.date | None
    doc_id: str
    metadata: dict[str, Any]


def shorten(value: object, limit: int = 60) -> str:
    """``repr(value)`` cut to about ``limit`` characters, for error messages.

    Control characters are escaped (by ``repr``), so a message never carries
    a terminal escape sequence, and a 100,000-digit value is not echoed whole.

    >>> shorten("9" * 1000, 20)
    "'9999999999999999... (1002 characters)"
    """
    text = repr(value)
    if len(text) <= limit:
        return text
    return f"{text[: max(limit - 3, 1)]}... ({len(text)} characters)"


def find_surrogate(text: str) -> int:
    """The index of the first lone surrogate in ``text``, or -1.

    >>> find_surrogate("ab\\ud800c"), find_surrogate("abc")
    (2, -1)
    """
    m = _SURROGATE.search(text)
    return m.start() if m else -1


def replace_surrogates(text: str, replacement: str = "\ufffd") -> str:
    """``text`` with each lone surrogate replaced by ``replacement`` (U+FFFD keeps every offset).

    >>> replace_surrogates("Kyiv\\ud800")
    'Kyiv\\ufffd'
    """
    out: str = _SURROGATE.sub(replacement, text)
    return out


def as_published(value: object, name: str = "published") -> dt.date | None:
    """A publication date from ``None``, a date, a datetime or an ISO 8601 string.

    ``name`` is what the value is called in the error message.

    >>> as_published("2025-03-04"), as_published(" 2025-03-04 12:00:00+02:00 ")
    (datetime.date(2025, 3, 4), datetime.date(2025, 3, 4))
    >>> as_published("2025-02-30")
    Traceback (most recent call last):
      ...
    conflictevents.errors.InputError: published is not an ISO date YYYY-MM-DD (or an ISO date and time): '2025-02-30'
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise InputError(f"{name} must be a date, a datetime or an ISO date string, got {type(value).__name__}")
    text = value.strip()
    if not text:
        return None
    try:
        if len(text) <= 10:
            return dt.date.fromisoformat(text)
        if text[10] in "Tt ":
            # "Z" is read by fromisoformat from Python 3.11 on only
            stamp = text[:-1] + "+00:00" if text[-1] in "Zz" else text
            return dt.datetime.fromisoformat(stamp).date()
    except ValueError:
        pass
    raise InputError(f"{name} is not an ISO date YYYY-MM-DD (or an ISO date and time): {shorten(value)}")


def _check_text(text: object, max_chars: int | None) -> str:
    if not isinstance(text, str):
        hint = " (decode the bytes first, e.g. data.decode('utf-8'))" if isinstance(text, (bytes, bytearray)) else ""
        raise InputError(f"text must be a str, got {type(text).__name__}{hint}")
    if max_chars is not None and len(text) > max_chars:
        raise InputError(too_long(f"{len(text):,} characters", max_chars))
    bad = find_surrogate(text)
    if bad >= 0:
        raise InputError(
            f"text holds a lone surrogate {text[bad]!r} at character {bad}, which is not valid Unicode "
            "(it cannot be written as UTF-8); replace it first, e.g. with "
            "conflictevents.arguments.replace_surrogates(text), which keeps every offset"
        )
    return text


def too_long(size: str, max_chars: int) -> str:
    """The message for a document of ``size`` (``"12,000,000 characters"``) over the size cap."""
    return (f"document of {size} is longer than the limit of {max_chars:,} characters "
            "(ExtractConfig.max_chars, --max-chars on the command line); split it into pages "
            "or raise the limit")


def _check_doc_id(doc_id: object) -> str:
    if doc_id is None:
        return DEFAULT_DOC_ID
    if not isinstance(doc_id, str):
        hint = f" (pass str({doc_id!r}) to use it as an id)" if isinstance(doc_id, (int, float)) else ""
        raise InputError(f"doc_id must be a str, got {type(doc_id).__name__}{hint}")
    bad = find_surrogate(doc_id)
    if bad >= 0:
        raise InputError(f"doc_id holds a lone surrogate at character {bad}, which is not valid Unicode: "
                         f"{shorten(doc_id)}")
    control = _ID_CONTROL.search(doc_id)
    if control:
        raise InputError(f"doc_id holds a control character ({escape_controls(control.group())}) at character "
                         f"{control.start()}; an id is a label copied into every event: use printable characters")
    return doc_id


def _check_metadata(metadata: object) -> dict[str, Any]:
    if metadata is None:
        return {}
    if not isinstance(metadata, Mapping):
        raise InputError(f"metadata must be a dict, got {type(metadata).__name__}")
    keys = [k for k in metadata if not isinstance(k, str)]
    if keys:
        raise InputError(f"metadata keys must be str, got {shorten(keys[0])}")
    return dict(metadata)


def check_arguments(
    text: object,
    published: object,
    doc_id: object,
    metadata: object = None,
    *,
    max_chars: int | None = None,
) -> Arguments:
    """Check and normalise the arguments of one extraction (see the module docstring).

    Raises :class:`~conflictevents.errors.InputError` naming the argument
    and what would be accepted.
    """
    return Arguments(
        text=_check_text(text, max_chars),
        published=as_published(published),
        doc_id=_check_doc_id(doc_id),
        metadata=_check_metadata(metadata),
    )


def event_types(value: object) -> tuple[str, ...]:
    """The event type names of ``ExtractConfig.types``, checked.

    A string is one name, or names separated by commas (``"strike,claim"``,
    as on the command line); any other iterable holds one name per item.

    >>> event_types(["claim", "strike"])
    ('claim', 'strike')
    >>> event_types("strike, claim")
    ('strike', 'claim')
    """
    from .models import EVENT_TYPES

    items: Iterable[object]
    if isinstance(value, str):
        items = [t.strip() for t in value.split(",") if t.strip()]
    elif isinstance(value, Iterable) and not isinstance(value, (bytes, bytearray, Mapping)):
        items = list(value)
    else:
        raise InputError(f"types must be a list of event type names or one name, got {type(value).__name__}")
    names: list[str] = []
    for item in items:
        if not isinstance(item, str):
            raise InputError(f"types must hold event type names (str), got {type(item).__name__}")
        names.append(item)
    unknown = [t for t in names if t not in EVENT_TYPES]
    if unknown:
        raise InputError(f"unknown event type(s) {', '.join(shorten(t, 40) for t in unknown)}; "
                         f"known: {', '.join(EVENT_TYPES)}")
    return tuple(names)


def escape_controls(text: str) -> str:
    """``text`` with control and format characters written as escapes (``\\x1b``), for a terminal.

    >>> escape_controls("doc\\x1b[2J\\u202eid")
    'doc\\\\x1b[2J\\\\u202eid'
    """
    out: str = _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)
    return out


def printable(text: str, limit: int = 80) -> str:
    """``text`` for a message on a terminal: :func:`escape_controls`, then cut to ``limit``."""
    out = escape_controls(text)
    return out if len(out) <= limit else f"{out[: limit - 3]}..."


def loads_json(text: str) -> Any:
    """Parse JSON as the library reads it (records, lexicon lines): ``NaN`` and ``Infinity`` are refused.

    Raises :class:`ValueError` (``json.JSONDecodeError`` for syntax) and
    :class:`RecursionError` for nesting too deep.
    """
    return json.loads(text, parse_constant=_no_constant)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")
