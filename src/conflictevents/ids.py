"""Stable event ids.

An id is derived from the document id, the event type, the evidence span and
an ordinal that tells apart events of the same type on the same span (two
claims of a reciprocal accusation, two villages entered in one clause). The
same input always gives the same ids, on any machine.

>>> event_id("doc-1", "strike", 10, 42)
'strike-ade9776babdb6aff'
>>> event_id("doc-1", "strike", 10, 42, ordinal=1) != event_id("doc-1", "strike", 10, 42)
True

Two documents of a batch with the same id would give the same event ids;
:func:`renumber` gives the events of the second its own ids.
"""

from __future__ import annotations

import hashlib

import attrs

from .models import Claim
from .results import Extraction

__all__ = ["event_id", "renumber"]

_SEP = "\x1f"


def _digest(key: str) -> str:
    return hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def event_id(doc: str, event_type: str, start: int, end: int, ordinal: int = 0) -> str:
    """``<type>-<16 hex digits>`` from a BLAKE2b hash of the inputs."""
    return f"{event_type}-{_digest(_SEP.join((doc, event_type, str(start), str(end), str(ordinal))))}"


def renumber(result: Extraction, occurrence: int) -> Extraction:
    """``result`` with new event ids, for the ``occurrence``-th document (1 = the second) of a batch
    that reuses a document id. Links between claims and events follow; ``doc`` is kept.

    >>> from conflictevents import extract
    >>> first = extract("Russia launched 40 drones at Kharkiv, the governor said.", doc_id="a")
    >>> again = renumber(first, 1)
    >>> {e.id for e in first.events} & {e.id for e in again.events}
    set()
    >>> again.claims[0].about == (again.strikes[0].id,), again.strikes[0].doc
    (True, 'a')
    """
    new = {e.id: f"{e.event_type}-{_digest(e.id + _SEP + str(occurrence))}" for e in result.events}
    events = []
    for e in result.events:
        if isinstance(e, Claim):
            e = attrs.evolve(e, id=new[e.id], about=tuple(new.get(i, i) for i in e.about))
        else:
            e = attrs.evolve(e, id=new[e.id], claim=new.get(e.claim, e.claim) if e.claim else e.claim)
        events.append(e)
    return attrs.evolve(result, events=tuple(events))
