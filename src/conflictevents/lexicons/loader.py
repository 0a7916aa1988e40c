"""Reading lexicon files: JSON Lines, one entry per line, validated on load.

Every bundled lexicon is a file ``lexicons/data/<name>.jsonl``. Each line is
a JSON object whose keys are listed in :data:`FIELDS` for that lexicon
(required keys first); blank lines and lines starting with ``#`` or ``//``
are comments. A user lexicon file (``--lexicon FILE`` on the command line,
``ExtractConfig(lexicons=...)`` in Python) has the same lines with
one more key, ``"lexicon"``, naming the lexicon each line extends.

Errors name the file and line: ``actors.jsonl:12: unknown key 'canonicl'``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import LexiconError

__all__ = ["FIELDS", "Entry", "read_bundled", "read_user_file", "parse_lines"]

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
        frozenset({"kind", "governs", "comment"}),
    ),
    "people": (
        frozenset({"names", "actor"}),
        frozenset({"role", "comment"}),
    ),
    "places": (
        frozenset({"name", "kind", "country"}),
        frozenset({"admin1", "aliases", "lat", "lon", "population", "geonameid", "code", "comment"}),
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
            entry = json.loads(line)
        except json.JSONDecodeError as err:
            raise LexiconError(f"{where}:{n}: not a JSON object: {err.msg}") from err
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
        entry["_where"] = f"{where}:{n}"
        yield name, entry


def read_bundled(name: str, lexicon: str | None = None) -> list[Entry]:
    """All entries of the bundled file ``data/<name>.jsonl`` (of lexicon ``lexicon``, default ``name``)."""
    ref = resources.files("conflictevents.lexicons").joinpath("data").joinpath(f"{name}.jsonl")
    with ref.open("r", encoding="utf-8") as fh:
        return [entry for _, entry in parse_lines(fh, f"{name}.jsonl", lexicon or name)]


def read_user_file(path: str | Path) -> list[tuple[str, Entry]]:
    """All ``(lexicon, entry)`` pairs of a user lexicon file."""
    p = Path(path)
    try:
        with p.open("r", encoding="utf-8") as fh:
            return list(parse_lines(fh, p.name, None))
    except OSError as err:
        raise LexiconError(f"cannot read lexicon file {p}: {err.strerror}") from err
    except UnicodeDecodeError as err:
        raise LexiconError(f"lexicon file {p} is not UTF-8 text: {err.reason}") from err
