"""Reading lexicon files: JSON Lines, one entry per line, validated on load.

Every bundled lexicon is a file ``lexicons/data/<name>.jsonl``. Each line is
a JSON object whose keys are listed in :data:`FIELDS` for that lexicon
(required keys first); blank lines and lines starting with ``#`` or ``//``
are comments. A user lexicon file (``--lexicon FILE`` on the command line,
``ExtractConfig(lexicons=...)`` in Python) has the same lines with
one more key, ``"lexicon"``, naming the lexicon each line extends.

Errors name the file and line: ``actors.jsonl:12: unknown key 'canonicl'``.
Every value is checked (the table ``VALUES``): names, words and aliases are
non-empty strings of at most :data:`MAX_WORD` characters, and ``"words"``,
``"aliases"``, ``"names"`` lists of them (a bare string is refused, never
read letter by letter); ``"lat"`` and ``"lon"`` are finite numbers of degrees
in range; ``"population"`` a whole number; ``NaN`` and ``Infinity`` are not
JSON. User files are capped (:data:`MAX_FILE_BYTES`,
:data:`MAX_USER_WORDS`, :data:`MAX_USER_PLACES`, :data:`MAX_WORD`), so a wrong file is a
:class:`~conflictevents.errors.LexiconError` that says what to fix, never a
traceback, a hang or minutes of start-up.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from ..arguments import loads_json
from ..errors import LexiconError

__all__ = ["FIELDS", "VALUES", "Entry", "read_bundled", "read_user_file", "parse_lines",
           "count_words", "check_user_size", "MAX_FILE_BYTES", "MAX_USER_WORDS", "MAX_USER_PLACES", "MAX_WORD",
           "MAX_PATTERN"]

#: Largest user lexicon file read, in bytes.
MAX_FILE_BYTES = 5 * 1024 * 1024
#: Most words, names and aliases all user lexicon files may add together to the
#: actors, people, weapons, targets and boilerplate (each is compiled into a
#: pattern: 5,000 add about 4 to 5 s of start-up and 60 MB).
MAX_USER_WORDS = 5_000
#: Most place names and aliases all user lexicon files may add together (an
#: index entry each: 20,000 add about 2 s of start-up).
MAX_USER_PLACES = 20_000
#: Longest word, name or alias, in characters.
MAX_WORD = 200
#: Longest boilerplate pattern, in characters.
MAX_PATTERN = 2_000

Entry = dict[str, Any]

#: Lexicon name -> (required keys, optional keys). The one place that says
#: what a lexicon line may hold.
FIELDS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "boilerplate": (
        frozenset({"name", "scope", "pattern", "reason"}),
        frozenset({"comment"}),
    ),
    "actors": (
        frozenset({"canonical", "aliases"}),
        frozenset({"kind", "governs", "bodies", "roles", "foe", "outlets", "launches_from", "comment"}),
    ),
    "people": (
        frozenset({"names", "actor"}),
        frozenset({"role", "comment"}),
    ),
    "places": (
        frozenset({"name", "kind", "country"}),
        frozenset({"admin1", "aliases", "former_names", "lat", "lon", "population", "geonameid", "code",
                   "comment"}),
    ),
    "weapons": (
        frozenset({"kind", "words"}),
        frozenset({"comment"}),
    ),
    "targets": (
        frozenset({"kind", "words"}),
        frozenset({"comment"}),
    ),
    "frames": (
        frozenset({"id", "type"}),
        frozenset({"verb", "noun", "object", "set", "set_past", "set_by", "roles", "light", "requires", "not_before",
                   "not_after", "examples", "counterexamples", "comment"}),
    ),
}


def _show(v: Any) -> str:
    text = json.dumps(v, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "..."


# ------------------------------------------------------------------ value checks
# Each returns the problem with a value, or None when it is fine.
def _name(v: Any) -> str | None:
    if not isinstance(v, str) or not v.strip():
        return "must be a non-empty string"
    if len(v) > MAX_WORD:
        return f"is {len(v):,} characters long; the limit is {MAX_WORD}"
    return None


def _optional_name(v: Any) -> str | None:
    return None if v is None else _name(v)


def _text(v: Any) -> str | None:
    return None if isinstance(v, str) else "must be a string"


def _pattern(v: Any) -> str | None:
    if not isinstance(v, str) or not v:
        return "must be a non-empty string (a regular expression)"
    if len(v) > MAX_PATTERN:
        return f"is {len(v):,} characters long; the limit is {MAX_PATTERN}"
    return None


def _words(v: Any) -> str | None:
    if isinstance(v, str):
        return f"must be a list of strings, e.g. [{_show(v)}], not one string"
    if not isinstance(v, list):
        return "must be a list of strings"
    for i, word in enumerate(v):
        problem = _name(word)
        if problem:
            return f"item {i} ({_show(word)}) {problem}"
    return None


def _some_words(v: Any) -> str | None:
    return _words(v) or (None if v else "must list at least one string")


def _coordinate(limit: float) -> Callable[[Any], str | None]:
    def check(v: Any) -> str | None:
        if v is None:
            return None
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            return f"must be a number of degrees, got {_show(v)}"
        if not math.isfinite(v) or not -limit <= v <= limit:
            return f"must be a finite number from -{limit:g} to {limit:g}, got {v!r}"
        return None
    return check


def _word_or_words(v: Any) -> str | None:
    return _name(v) if isinstance(v, str) else _words(v)


def _sentences(v: Any) -> str | None:
    if not isinstance(v, list) or not all(isinstance(s, str) and s.strip() for s in v):
        return "must be a list of non-empty strings (sentences)"
    return None


def _table(v: Any) -> str | None:
    if not isinstance(v, dict):
        return 'must be an object, e.g. {"agent": "actor"}'
    for key, value in v.items():
        if not isinstance(value, str) or not value.strip():
            return f"value of {_show(key)} must be a non-empty string, got {_show(value)}"
    return None


def _tables(v: Any) -> str | None:
    if not isinstance(v, dict):
        return 'must be an object of objects, e.g. {"into": {"change": "entered"}}'
    for key, value in v.items():
        problem = _table(value)
        if problem:
            return f"entry {_show(key)} {problem}"
    return None


def _count(v: Any) -> str | None:
    if v is None:
        return None
    if isinstance(v, bool) or not isinstance(v, int) or v < 0:
        return f"must be a whole number of 0 or more, got {_show(v)}"
    return None


#: Lexicon name -> key -> the check of its value.
VALUES: dict[str, dict[str, Callable[[Any], str | None]]] = {
    "boilerplate": {"name": _name, "scope": _name, "pattern": _pattern, "reason": _text, "comment": _text},
    "actors": {"canonical": _name, "aliases": _words, "kind": _name, "governs": _words, "bodies": _words,
               "roles": _words,
               "foe": _name, "outlets": _words, "launches_from": _words,
               "comment": _text},
    "people": {"names": _some_words, "actor": _name, "role": _text, "comment": _text},
    "places": {"name": _name, "kind": _name, "country": _optional_name, "admin1": _optional_name,
               "aliases": _words, "former_names": _words, "lat": _coordinate(90), "lon": _coordinate(180),
               "population": _count,
               "geonameid": _count, "code": _text, "comment": _text},
    "weapons": {"kind": _name, "words": _some_words, "comment": _text},
    "targets": {"kind": _name, "words": _some_words, "comment": _text},
    # frames are further checked by Frame itself (frames/model.py): roles, options, requirements
    "frames": {"id": _name, "type": _name, "verb": _word_or_words, "noun": _word_or_words,
               "object": _word_or_words, "light": _word_or_words, "requires": _word_or_words,
               "not_before": _word_or_words, "not_after": _word_or_words, "set": _table,
               "set_past": _table, "set_by": _tables, "roles": _table, "examples": _sentences,
               "counterexamples": _sentences, "comment": _text},
}

_WORD_KEYS = ("aliases", "former_names", "governs", "bodies", "roles", "names", "words")


def parse_lines(lines: Iterable[str], where: str, lexicon: str | None) -> Iterator[tuple[str, Entry]]:
    """Parse JSONL lexicon lines into ``(lexicon, entry)`` pairs, validating keys.

    ``lexicon`` is the name for bundled files; ``None`` means each line must
    carry its own ``"lexicon"`` key (a user file).
    """
    for n, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line or line.startswith("#") or line.startswith("//"):
            continue
        try:
            entry = loads_json(line)
        except json.JSONDecodeError as err:
            raise LexiconError(f"{where}:{n}: not a JSON object: {err.msg} at column {err.colno}") from err
        except RecursionError as err:
            raise LexiconError(f"{where}:{n}: not a lexicon entry: JSON nested too deeply") from err
        except ValueError as err:  # NaN, Infinity, a number of thousands of digits
            raise LexiconError(f"{where}:{n}: not a JSON object: {str(err)[:100]}") from err
        if not isinstance(entry, dict):
            raise LexiconError(f"{where}:{n}: expected a JSON object, got {type(entry).__name__}")
        name = lexicon
        if name is None:
            name = entry.pop("lexicon", None)
            if not isinstance(name, str):
                known = ", ".join(sorted(FIELDS))
                raise LexiconError(f'{where}:{n}: a user lexicon line needs "lexicon": one of {known}')
        if name not in FIELDS:
            raise LexiconError(f"{where}:{n}: unknown lexicon {name!r} (known: {', '.join(sorted(FIELDS))})")
        required, optional = FIELDS[name]
        unknown = entry.keys() - required - optional
        if unknown:
            raise LexiconError(f"{where}:{n}: unknown key {', '.join(sorted(unknown))!s} in a {name} entry")
        missing = required - entry.keys()
        if missing:
            raise LexiconError(f"{where}:{n}: {name} entry lacks {', '.join(sorted(missing))}")
        for key, check in VALUES[name].items():
            if key in entry:
                problem = check(entry[key])
                if problem:
                    raise LexiconError(f'{where}:{n}: "{key}" {problem}')
        entry["_where"] = f"{where}:{n}"
        yield name, entry


def read_bundled(name: str, lexicon: str | None = None) -> list[Entry]:
    """All entries of the bundled file ``data/<name>.jsonl`` (of lexicon ``lexicon``, default ``name``)."""
    ref = resources.files("conflictevents.lexicons").joinpath("data").joinpath(f"{name}.jsonl")
    with ref.open("r", encoding="utf-8") as fh:
        return [entry for _, entry in parse_lines(fh, f"{name}.jsonl", lexicon or name)]


def read_user_file(path: str | Path) -> list[tuple[str, Entry]]:
    """All ``(lexicon, entry)`` pairs of a user lexicon file (at most :data:`MAX_FILE_BYTES`)."""
    p = Path(path)
    try:
        with p.open("rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError as err:
        raise LexiconError(f"cannot read lexicon file {p}: {err.strerror or err}") from err
    if len(data) > MAX_FILE_BYTES:
        raise LexiconError(f"lexicon file {p} is larger than {MAX_FILE_BYTES // 2**20} MB; "
                           "a user lexicon adds names to the bundled ones: split it or keep what the texts need")
    if b"\x00" in data:
        raise LexiconError(f"lexicon file {p} is not text (NUL bytes); lexicon files are UTF-8 JSON Lines")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise LexiconError(f"lexicon file {p} is not UTF-8 text: {err.reason} at byte {err.start}") from err
    return list(parse_lines(text.splitlines(), p.name, None))


def count_words(entries: Iterable[tuple[str, Entry]]) -> tuple[int, int]:
    """How many words, names and aliases ``entries`` add: ``(to patterns, to places)``.

    What :data:`MAX_USER_WORDS` and :data:`MAX_USER_PLACES` cap.
    """
    words = places = 0
    for name, e in entries:
        n = 1 + sum(len(e.get(k) or ()) for k in _WORD_KEYS)
        if name == "places":
            places += n
        else:
            words += n
    return words, places


def check_user_size(words: int, places: int, last: str) -> None:
    """Raise :class:`~conflictevents.errors.LexiconError` when user files (the last read: ``last``) add too many names."""
    if words > MAX_USER_WORDS:
        raise LexiconError(f"user lexicons add {words:,} words, names and aliases to actors, people, weapons, "
                           f"targets and boilerplate (with {last}); the limit is {MAX_USER_WORDS:,}, as each "
                           "costs start-up time and memory: keep the names your texts need")
    if places > MAX_USER_PLACES:
        raise LexiconError(f"user lexicons add {places:,} place names and aliases (with {last}); the limit is "
                           f"{MAX_USER_PLACES:,}: keep the places your texts need")
