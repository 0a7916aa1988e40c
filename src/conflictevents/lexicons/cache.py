"""The gazetteer index, built once and kept in the user's cache folder.

Indexing the bundled gazetteer (``places.tsv``: ~50,000 rows, every name
folded) is most of an extractor's start-up. :func:`bundled_gazetteer` does it
once per installed version and data and keeps the result as plain data (lists,
tuples, dicts, strings and numbers; see
:meth:`~conflictevents.lexicons.gazetteer.Gazetteer.state`) in a file that
later processes load in a fraction of the time.

Where: ``$CONFLICTEVENTS_CACHE_DIR`` if set, else
``$XDG_CACHE_HOME/conflictevents``, else ``~/.cache/conflictevents``. Set
``CONFLICTEVENTS_NO_CACHE=1`` to neither read nor write it (the index is then
built in every process, as without a cache).

Never stale: the file's name holds a hash (:func:`cache_key`) of the package
version, the bytes of every file the index is made from (``places.tsv``,
``common_words.txt``) and of the code that makes it (``gazetteer.py``), the
Unicode and ``regex`` versions (name folding depends on them) and the format
version; any change gives another file. User lexicons are not in it: their
places are added on top of the loaded index, as they are to a built one.

Never wrong: the file holds a SHA-256 digest of its contents, checked before
it is read; it is read with an unpickler that refuses anything but plain data;
a file that is missing, truncated, corrupt, of another format or unreadable is
ignored (the index is built, and the file written again). It is written to a
temporary file beside it and moved into place (``os.replace``), so two
processes writing at once each leave a whole file, and a reader never sees a
half-written one. A cache folder that cannot be written is not an error.
"""

from __future__ import annotations

import hashlib
import io
import pickle
import unicodedata
from importlib import resources
from pathlib import Path
from typing import Any

import regex

from .._version import __version__
from ..cachedir import CACHE_DIR_ENV, NO_CACHE_ENV, STALE_DAYS, cache_dir, read_sealed, remove_stale, write_sealed
from .gazetteer import Gazetteer, GazetteerState, read_common_words, read_places_tsv

__all__ = ["CACHE_DIR_ENV", "NO_CACHE_ENV", "FORMAT", "STALE_DAYS", "cache_dir", "cache_key", "cache_path",
           "bundled_gazetteer", "build_bundled_gazetteer", "read_cached", "write_cached"]

#: Version of the file's layout; part of :func:`cache_key`.
FORMAT = 1
_MAGIC = b"conflictevents gazetteer index\n"
#: The data files the index is made from.
_SOURCES = ("places.tsv", "common_words.txt")


def cache_key() -> str:
    """A hash of everything the bundled index depends on (hex, 64 characters)."""
    h = hashlib.sha256()
    for part in (f"format {FORMAT}", f"conflictevents {__version__}", f"unicode {unicodedata.unidata_version}",
                 f"regex {getattr(regex, '__version__', '?')}", f"pickle {pickle.HIGHEST_PROTOCOL}"):
        h.update(part.encode() + b"\0")
    data = resources.files("conflictevents.lexicons").joinpath("data")
    for name in _SOURCES:
        content = data.joinpath(name).read_bytes()
        h.update(f"{name} {len(content)}\0".encode())
        h.update(content)
    code = resources.files("conflictevents.lexicons").joinpath("gazetteer.py").read_bytes()
    h.update(f"gazetteer.py {len(code)}\0".encode())
    h.update(code)
    return h.hexdigest()


def cache_path(key: str | None = None) -> Path | None:
    """The cache file of the bundled index, or ``None`` when the cache is turned off."""
    folder = cache_dir()
    if folder is None:
        return None
    return folder / f"gazetteer-{(key or cache_key())[:32]}.pickle"


class _PlainUnpickler(pickle.Unpickler):
    """Reads lists, tuples, dicts, strings and numbers; refuses every class and function."""

    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"the gazetteer cache may hold only plain data, not {module}.{name}")


def read_cached(path: Path, key: str) -> Gazetteer | None:
    """The index stored at ``path`` for ``key``, or ``None`` when the file is missing, of another key or damaged."""
    body = read_sealed(path, _MAGIC, key)
    if body is None:
        return None
    try:
        state: GazetteerState = _PlainUnpickler(io.BytesIO(body)).load()
        return Gazetteer.from_state(state)
    except Exception:  # noqa: BLE001 - a damaged cache is rebuilt, never an error
        return None


def write_cached(path: Path, key: str, gazetteer: Gazetteer) -> bool:
    """Store the index at ``path`` (atomically); ``False`` when the folder cannot be written."""
    if not write_sealed(path, _MAGIC, key, pickle.dumps(gazetteer.state(), protocol=pickle.HIGHEST_PROTOCOL)):
        return False
    remove_stale(path, "gazetteer-*.pickle")
    return True


def build_bundled_gazetteer() -> Gazetteer:
    """The bundled index, built from the data files (what the cache holds)."""
    return Gazetteer(read_places_tsv(), read_common_words())


def bundled_gazetteer() -> Gazetteer:
    """The bundled gazetteer index: loaded from the cache, or built (and then cached).

    A new object each call (user places are added to it).
    """
    path = cache_path()
    if path is None:
        return build_bundled_gazetteer()
    key = cache_key()
    path = cache_path(key)
    assert path is not None
    found = read_cached(path, key)
    if found is not None:
        return found
    gaz = build_bundled_gazetteer()
    write_cached(path, key, gaz)
    return gaz
