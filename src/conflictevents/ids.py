"""Stable event ids.

An id is derived from the document id, the event type, the evidence span and
an ordinal that tells apart events of the same type on the same span (two
claims of a reciprocal accusation, two villages entered in one clause). The
same input always gives the same ids, on any machine.

>>> event_id("doc-1", "strike", 10, 42)
'strike-ade9776babdb6aff'
>>> event_id("doc-1", "strike", 10, 42, ordinal=1) != event_id("doc-1", "strike", 10, 42)
True
"""

from __future__ import annotations

import hashlib

__all__ = ["event_id"]


def event_id(doc: str, event_type: str, start: int, end: int, ordinal: int = 0) -> str:
    """``<type>-<16 hex digits>`` from a BLAKE2b hash of the inputs."""
    key = f"{doc}\x1f{event_type}\x1f{start}\x1f{end}\x1f{ordinal}".encode("utf-8", "surrogatepass")
    return f"{event_type}-{hashlib.blake2b(key, digest_size=8).hexdigest()}"
