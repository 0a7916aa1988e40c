"""Compiled regular expressions kept between runs, as the gazetteer index is (:mod:`.lexicons.cache`).

The ``regex`` module compiles a pattern in two steps: its parser and
optimiser, written in Python, turn the pattern into a list of opcodes, and
its C engine builds the matcher from that list. For the large alternations
made from the lexicons (every actor alias, every boilerplate rule) the first
step is most of an extractor's build: about half a second per process on a
2-core machine, measured by ``benchmarks/startup.py``. :class:`PatternStore`
keeps the first step's result (plain data: the pattern, its flags, the opcode
list, group names and numbers, the required string) in a file in the cache
folder, so that a later process only runs the second step, which takes a
millisecond for the largest pattern. The matcher is the one ``regex.compile``
would give: the same opcodes handed to the same engine.

Never stale: the file's name holds a hash of the package version, the
``regex`` and Python versions and the format (:func:`store_key`); an entry is
found by a hash of the pattern's text and flags, so a changed lexicon or rule
is a new entry, compiled as usual. Never wrong: the file is checked and read
as the gazetteer index is (magic, SHA-256 digest, an unpickler that accepts
plain data only), and any failure (a damaged file, a ``regex`` that no longer
takes the stored form) falls back to ``regex.compile``. With the cache off
(``CONFLICTEVENTS_NO_CACHE=1``) every pattern is compiled as usual.

The store is process-wide, like ``regex``'s own cache of compiled patterns:
:func:`compile` is what the lexicons and rules call, and :func:`save` (called
once an extractor is built, and after a document whose reading compiled a
pattern on first use) writes the entries compiled since the file was read,
if any.
"""

from __future__ import annotations

import enum
import hashlib
import io
import pickle
import sys
import threading
from pathlib import Path
from typing import Any

import regex
import regex._main as _regex_main

from ._version import __version__
from .cachedir import cache_dir, read_sealed, remove_stale, write_sealed

__all__ = ["FORMAT", "PRUNE_SLACK", "PatternStore", "store_key", "compile", "save", "default_store"]

#: Version of the file's layout; part of :func:`store_key`.
FORMAT = 1
#: The store keeps patterns other processes compiled (another set of user lexicons) until it holds twice
#: this process's patterns and this many more; then only this process's are written.
PRUNE_SLACK = 200
_MAGIC = b"conflictevents compiled patterns\n"


def store_key() -> str:
    """A hash of what the stored opcodes depend on: package, ``regex`` and Python versions, format (hex)."""
    h = hashlib.sha256()
    for part in (f"format {FORMAT}", f"conflictevents {__version__}", f"regex {getattr(regex, '__version__', '?')}",
                 f"python {sys.version_info[:3]}", f"pickle {pickle.HIGHEST_PROTOCOL}"):
        h.update(part.encode() + b"\0")
    return h.hexdigest()


class _PlainUnpickler(pickle.Unpickler):
    """Reads lists, tuples, dicts, sets, strings and numbers; refuses every other class and function."""

    def find_class(self, module: str, name: str) -> Any:
        if module == "builtins" and name in ("frozenset", "set"):
            return frozenset if name == "frozenset" else set
        raise pickle.UnpicklingError(f"the pattern store may hold only plain data, not {module}.{name}")


class _Capture:
    """Stands in for ``regex``'s C module while one pattern is compiled, to keep what it is given."""

    def __init__(self, real: Any) -> None:
        self.real = real
        self.args: tuple[Any, ...] | None = None
        self.thread = threading.get_ident()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)

    def compile(self, *args: Any) -> Any:  # noqa: A003 - the name regex calls
        if threading.get_ident() == self.thread:
            self.args = args
        return self.real.compile(*args)


class PatternStore:
    """Compiled patterns by the hash of their text and flags, read from and written to ``path``."""

    def __init__(self, path: Path | None, key: str) -> None:
        self.path = path
        self.key = key
        self.entries: dict[str, tuple[Any, ...]] = {}
        self.added = 0
        self.used: set[str] = set()  # the entries this process compiled or read
        self.usable = True  # False once a stored form failed: compile as usual from then on
        self._lock = threading.Lock()
        if path is not None:
            self.entries = self._read(path) or {}

    def _read(self, path: Path) -> dict[str, tuple[Any, ...]] | None:
        body = read_sealed(path, _MAGIC, self.key)
        if body is None:
            return None
        try:
            found = _PlainUnpickler(io.BytesIO(body)).load()
        except Exception:  # noqa: BLE001 - a damaged store is rewritten, never an error
            return None
        return found if isinstance(found, dict) else None

    @staticmethod
    def entry_key(pattern: str, flags: int) -> str:
        """The hash that finds a pattern's entry."""
        return hashlib.blake2b(f"{int(flags)}\0{pattern}".encode("utf-8", "surrogatepass"),
                               digest_size=16).hexdigest()

    def compile(self, pattern: str, flags: int = 0) -> Any:
        """``regex.compile(pattern, flags)``, from the stored opcodes when the store has them."""
        if not self.usable:
            return regex.compile(pattern, flags)
        k = self.entry_key(pattern, flags)
        self.used.add(k)
        args = self.entries.get(k)
        if args is not None:
            try:
                compiled = _regex_main._regex.compile(*args)
            except Exception:  # noqa: BLE001 - another regex: compile as usual
                self.usable = False
            else:
                if compiled.pattern == pattern:
                    return compiled
        with self._lock:
            real = _regex_main._regex
            capture = _Capture(real)
            _regex_main._regex = capture
            try:
                compiled = _regex_main._compile(pattern, flags, False, {}, False)
            except AttributeError:  # a regex without this private step: compile as usual
                self.usable = False
                compiled = None
            finally:
                _regex_main._regex = real
            if compiled is not None and capture.args is not None and self.path is not None:
                # flags come as RegexFlag members: kept as the plain numbers they are
                self.entries[k] = tuple(int(a) if isinstance(a, enum.IntFlag) else a for a in capture.args)
                self.added += 1
        if compiled is None:
            return regex.compile(pattern, flags)
        return compiled

    def save(self) -> bool:
        """Write the store when patterns were compiled since it was read; ``False`` when it cannot be written."""
        if self.path is None or not self.added:
            return True
        with self._lock:  # a snapshot: other threads may compile meanwhile
            if len(self.entries) > 2 * len(self.used) + PRUNE_SLACK:
                # patterns of lexicons or versions no longer in use: keep this process's only
                self.entries = {k: v for k, v in self.entries.items() if k in self.used}
            entries, added = dict(self.entries), self.added
        try:
            body = pickle.dumps(entries, protocol=pickle.HIGHEST_PROTOCOL)
        except (pickle.PicklingError, TypeError):
            return False
        if not write_sealed(self.path, _MAGIC, self.key, body):
            return False
        with self._lock:
            self.added -= added
        remove_stale(self.path, "patterns-*.pickle")
        return True


_default: PatternStore | None = None
_default_lock = threading.Lock()


def default_store() -> PatternStore:
    """The process's store, in the cache folder (opened on first use, and again when the cache folder
    changes; no file when the cache is off)."""
    global _default
    folder = cache_dir()
    with _default_lock:
        key = _default.key if _default is not None else store_key()
        path = None if folder is None else folder / f"patterns-{key[:32]}.pickle"
        if _default is None or _default.path != path:
            if _default is not None:
                _default.save()
            _default = PatternStore(path, key)
        return _default


def compile(pattern: str, flags: int = 0) -> Any:  # noqa: A001 - regex's name, on purpose
    """``regex.compile(pattern, flags)`` through the process's store (see the module's documentation)."""
    return default_store().compile(pattern, flags)


def save() -> bool:
    """Write the process's store if patterns were added to it (called after every document: it opens
    nothing and reads no setting)."""
    return _default.save() if _default is not None else True
