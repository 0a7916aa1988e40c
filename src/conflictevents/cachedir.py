"""Where the caches live (the gazetteer index, the compiled patterns), and how old ones are removed.

``$CONFLICTEVENTS_CACHE_DIR`` if set, else ``$XDG_CACHE_HOME/conflictevents``,
else ``~/.cache/conflictevents``. Set ``CONFLICTEVENTS_NO_CACHE=1`` to neither
read nor write any cache. Read at each call, never at import.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import time
from pathlib import Path

__all__ = ["CACHE_DIR_ENV", "NO_CACHE_ENV", "STALE_DAYS", "cache_dir", "remove_stale", "read_sealed",
           "write_sealed"]

_DIGEST_SIZE = 32  # SHA-256

#: Environment variable naming the cache folder.
CACHE_DIR_ENV = "CONFLICTEVENTS_CACHE_DIR"
#: Environment variable that turns the cache off (any value but ``""`` and ``"0"``).
NO_CACHE_ENV = "CONFLICTEVENTS_NO_CACHE"
#: Cache files of other versions or data are removed when they have not been used for this many days.
STALE_DAYS = 30


def cache_dir() -> Path | None:
    """The cache folder (see the module's documentation), or ``None`` when the cache is turned off."""
    if os.environ.get(NO_CACHE_ENV, "") not in ("", "0"):
        return None
    explicit = os.environ.get(CACHE_DIR_ENV)
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg):
        return Path(xdg) / "conflictevents"
    try:
        return Path.home() / ".cache" / "conflictevents"
    except (RuntimeError, KeyError):  # no home folder
        return None


def remove_stale(current: Path, pattern: str) -> None:
    """Remove the files matching ``pattern`` beside ``current`` (other versions and data) that have not been
    used for :data:`~conflictevents.cachedir.STALE_DAYS` days (best effort).

    (Not at once: two installed versions may share the folder, and would otherwise remove each other's.)
    """
    limit = time.time() - STALE_DAYS * 86400
    try:
        for old in current.parent.glob(pattern):
            try:
                if old.name != current.name and old.stat().st_atime < limit and old.stat().st_mtime < limit:
                    old.unlink()
            except OSError:
                pass
    except OSError:
        pass


def read_sealed(path: Path, magic: bytes, key: str) -> memoryview | None:
    """The body of a cache file written by :func:`write_sealed` for ``magic`` and ``key``; ``None`` when the
    file is missing, unreadable, of another kind or key, truncated, or its SHA-256 digest does not match."""
    try:
        with open(path, "rb") as fh:
            blob = fh.read()
    except OSError:
        return None
    head = magic + key.encode() + b"\n"
    if not blob.startswith(head) or len(blob) < len(head) + _DIGEST_SIZE:
        return None
    body = memoryview(blob)[len(head) + _DIGEST_SIZE:]
    if hashlib.sha256(body).digest() != blob[len(head):len(head) + _DIGEST_SIZE]:
        return None
    return body


def write_sealed(path: Path, magic: bytes, key: str, body: bytes) -> bool:
    """Write ``body`` to ``path`` after ``magic``, ``key`` and its SHA-256 digest, atomically (a temporary
    file beside it, then ``os.replace``); ``False`` when the folder cannot be written."""
    blob = magic + key.encode() + b"\n" + hashlib.sha256(body).digest() + body
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(blob)
        os.replace(tmp, path)
        tmp = None
    except OSError:
        return False
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
    return True
