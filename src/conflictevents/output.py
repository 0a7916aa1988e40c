"""Where the command line writes: standard output, or a file replaced only on success.

An output file (``-o FILE``) is written, streamed, to a temporary file beside
it (``.FILE.<random>.part``, same folder, so the final rename is atomic) and
moved over ``FILE`` only when the run is over (:meth:`Output.commit`). If the
run stops first (Ctrl-C, a full disk, a crash), the temporary file is removed
(:meth:`Output.discard`) and ``FILE`` keeps its old content: never half a
JSON document, never an empty file in place of the old one.

Devices, pipes and other files that are not regular files (``/dev/null``,
``/dev/full``, a FIFO) are written in place: there is nothing to replace.
A symbolic link is followed, so the file it points to is replaced, not the link.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from pathlib import Path
from typing import TextIO

__all__ = ["Output", "same_file"]


def same_file(a: str | Path, b: str | Path) -> bool:
    """Whether two paths name the same existing file (hard and symbolic links included)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class Output:
    """The output stream of one run; open with :meth:`open`, end with :meth:`commit` or :meth:`discard`."""

    def __init__(self, stream: TextIO, name: str, target: str | None = None, temp: str | None = None) -> None:
        self.stream = stream
        #: what to call the output in messages ("standard output" or the path given)
        self.name = name
        self._target = target
        self._temp = temp

    @classmethod
    def open(cls, path: str | None) -> Output:
        """Standard output for ``None`` or ``"-"``, else a temporary file beside ``path``.

        Raises :class:`OSError` when the file cannot be created.
        """
        if path is None or path == "-":
            if sys.stdout is None:
                raise OSError("standard output is closed")
            return cls(sys.stdout, "standard output")
        target = os.path.realpath(path)
        try:
            mode = os.stat(target).st_mode
        except FileNotFoundError:
            mode = None
        if mode is not None and not stat.S_ISREG(mode):
            return cls(open(target, "w", encoding="utf-8", newline=""), path)  # a device or a pipe
        folder, base = os.path.split(target)
        try:
            fd, temp = tempfile.mkstemp(prefix=f".{base}.", suffix=".part", dir=folder or ".")
        except PermissionError:
            if mode is None:
                raise
            # a writable file in a folder we may not add to: it can only be rewritten in place
            return cls(open(target, "w", encoding="utf-8", newline=""), path)
        stream = os.fdopen(fd, "w", encoding="utf-8", newline="")
        return cls(stream, path, target, temp)

    @property
    def replaces(self) -> bool:
        """Whether the output goes to a temporary file that :meth:`commit` moves into place."""
        return self._temp is not None

    def commit(self) -> None:
        """Flush everything and put the file in place. Raises :class:`OSError` (a full disk)."""
        self.stream.flush()
        if self._temp is None:
            if self._target is None and self.stream is not sys.stdout:
                self.stream.close()
            return
        os.fsync(self.stream.fileno())
        self.stream.close()
        assert self._target is not None
        try:
            mode = stat.S_IMODE(os.stat(self._target).st_mode)
        except FileNotFoundError:
            mode = 0o666 & ~_umask()
        os.chmod(self._temp, mode)
        os.replace(self._temp, self._target)
        self._temp = None

    def discard(self) -> None:
        """Drop what was written (the old file stays as it was); never raises."""
        if self.stream is sys.stdout:
            return
        try:
            self.stream.close()
        except OSError:
            pass
        if self._temp is not None:
            try:
                os.unlink(self._temp)
            except OSError:
                pass
            self._temp = None
