"""Near-duplicate documents: reposts and syndicated copies count as one source.

Two documents whose fingerprints (:mod:`conflictevents.fingerprint`, a 64-bit
SimHash of the cleaned text) differ in at most
:data:`~conflictevents.fingerprint.NEAR_DUPLICATE_BITS` bits are copies of
one story: a wire story and its reposts, a syndicated article under another
outlet's banner. :func:`source_groups` turns the documents behind an
incident into independent sources.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..fingerprint import (
    NEAR_DUPLICATE_BITS,
    fingerprint_of,
    fingerprint_text,
    hamming,
    near_duplicate,
)

__all__ = ["NEAR_DUPLICATE_BITS", "fingerprint_of", "fingerprint_text", "hamming", "near_duplicate",
           "source_groups"]


def source_groups(docs: Iterable[tuple[str, str | None, str | None]]) -> list[tuple[str, ...]]:
    """Group documents into independent sources.

    ``docs`` holds ``(doc id, outlet or None, fingerprint or None)``. Documents
    of one outlet are one source; near-duplicate documents (reposts, syndicated
    copies) are one source whatever their outlets; a document of no known
    outlet and no copy is a source of its own. Returns the groups of document
    ids, each sorted, in sorted order.

    >>> source_groups([("a", "Wire", None), ("b", "Wire", None), ("c", None, None)])
    [('a', 'b'), ('c',)]
    """
    items = sorted(set(docs))
    ids = sorted({d for d, _, _ in items})
    parent = {d: d for d in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    by_outlet: dict[str, str] = {}
    for d, outlet, _ in items:
        if outlet:
            key = outlet.casefold().strip()
            if key in by_outlet:
                union(by_outlet[key], d)
            else:
                by_outlet[key] = d
    prints = [(d, fp) for d, _, fp in items if fp is not None]
    for i, (d1, f1) in enumerate(prints):
        for d2, f2 in prints[i + 1 :]:
            if d1 != d2 and near_duplicate(f1, f2):
                union(d1, d2)
    groups: dict[str, list[str]] = {}
    for d in ids:
        groups.setdefault(find(d), []).append(d)
    return sorted(tuple(sorted(g)) for g in groups.values())
