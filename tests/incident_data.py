"""Small builders of event objects (as ``--format jsonl`` prints them) for the incident tests.

The places carry made-up but plausible coordinates; every sentence is the
tests' own.
"""

from __future__ import annotations

from typing import Any

#: name -> (admin1, country, lat, lon, precision)
PLACES: dict[str, tuple[str | None, str, float | None, float | None, str]] = {
    "Kharkiv": ("Kharkiv", "Ukraine", 49.98, 36.25, "place"),
    "Pisochyn": ("Kharkiv", "Ukraine", 49.96, 36.10, "place"),  # ~11 km from Kharkiv
    "Chuhuiv": ("Kharkiv", "Ukraine", 49.84, 36.69, "place"),  # ~35 km from Kharkiv
    "Kharkiv region": ("Kharkiv", "Ukraine", 49.5, 36.5, "admin1"),
    "Kyiv": ("Kyiv City", "Ukraine", 50.45, 30.52, "place"),
    "Odesa": ("Odesa", "Ukraine", 46.48, 30.73, "place"),
    "Ukraine": (None, "Ukraine", None, None, "country"),
    "Oskil village": ("Kharkiv", "Ukraine", None, None, "place"),  # no coordinates
    "Borova village": ("Kharkiv", "Ukraine", None, None, "place"),
}


def place(name: str) -> dict[str, Any]:
    admin1, country, lat, lon, precision = PLACES[name]
    shown = name.replace(" region", "")
    return {"name": shown, "written": shown, "precision": precision, "admin1": admin1, "country": country,
            "lat": lat, "lon": lon, "span": None, "alternatives": []}


def quantity(n: int | None) -> dict[str, Any] | None:
    return None if n is None else {"value": n, "qualifier": "exact", "low": n, "high": n, "unit": None,
                                   "written": str(n), "span": None}


def date(value: str | None) -> dict[str, Any] | None:
    if value is None:
        return None
    precision = {10: "day", 7: "month", 4: "year"}[len(value)]
    return {"date": value, "precision": precision, "written": value, "span": None, "season": None}


def strike(eid: str, doc: str = "d1", *, on: str | None = "2025-07-14", at: tuple[str, ...] = ("Kharkiv",),
           by: str | None = "Russia", launched: int | None = None, killed: int | None = None,
           evidence: str = "A drone attack hit the city.", published: str | None = "2025-07-14",
           outlet: str | None = None, fingerprint: str | None = None, claim: str | None = None,
           weapons: tuple[str, ...] = ("drone",)) -> dict[str, Any]:
    return {"type": "strike", "id": eid, "doc": doc, "span": [0, len(evidence)],
            "actor": None if by is None else {"canonical": by, "written": by, "span": None},
            "weapons": [{"kind": w, "written": w + "s", "launched": None, "intercepted": None, "span": None}
                        for w in weapons],
            "launched": quantity(launched), "intercepted": None, "killed": quantity(killed), "injured": None,
            "locations": [place(p) for p in at], "targets": [], "date": date(on), "evidence": evidence,
            "rule": "test", "claim": claim, "published": published, "outlet": outlet, "url": None,
            "fingerprint": fingerprint, "schema_version": "1.0"}


def capture(eid: str, doc: str = "d1", *, on: str | None = "2025-07-14", at: str = "Oskil village",
            by: str | None = "Russia", change: str = "captured", published: str | None = "2025-07-14",
            outlet: str | None = None, evidence: str = "The village fell.") -> dict[str, Any]:
    return {"type": "territorial_change", "id": eid, "doc": doc, "span": [0, len(evidence)], "change": change,
            "actor": None if by is None else {"canonical": by, "written": by, "span": None},
            "place": place(at), "admin1": PLACES[at][0], "area_km2": None, "depth_km": None, "settlements": None,
            "date": date(on), "evidence": evidence, "rule": "test", "claim": None, "published": published,
            "outlet": outlet, "url": None, "fingerprint": None, "schema_version": "1.0"}


def talks(eid: str, doc: str = "d1", *, on: str | None = "2025-07-14", who: tuple[str, ...] = ("Ukraine", "France"),
          kind: str = "call", published: str | None = "2025-07-14", at: str | None = None) -> dict[str, Any]:
    evidence = "The two leaders spoke."
    return {"type": "diplomatic_event", "id": eid, "doc": doc, "span": [0, len(evidence)], "kind": kind,
            "status": "occurred", "participants": [{"canonical": w, "written": w, "span": None} for w in who],
            "location": None if at is None else place(at), "date": date(on), "evidence": evidence, "rule": "test",
            "claim": None, "published": published, "outlet": None, "url": None, "fingerprint": None,
            "schema_version": "1.0"}


def claim(eid: str, doc: str, about: tuple[str, ...], *, stance: str = "asserts", speaker: str = "the governor",
          side: str | None = "Ukraine", published: str | None = "2025-07-14", outlet: str | None = None) -> dict[str, Any]:
    evidence = f"{speaker} spoke."
    return {"type": "claim", "id": eid, "doc": doc, "span": [0, len(evidence)], "stance": stance,
            "actor": None if side is None else {"canonical": side, "written": side, "span": None},
            "source": speaker, "source_span": None, "verb": "said", "verified": None, "about": list(about),
            "date": None, "evidence": evidence, "rule": "test", "claim": None, "published": published,
            "outlet": outlet, "url": None, "fingerprint": None, "schema_version": "1.0"}


def deployment(eid: str, doc: str = "d1", *, on: str | None = "2025-07-14", to: str = "Ukraine",
               by: str | None = "United Kingdom", published: str | None = "2025-07-14") -> dict[str, Any]:
    evidence = "The government sent more troops."
    return {"type": "deployment", "id": eid, "doc": doc, "span": [0, len(evidence)], "status": "occurred",
            "actor": None if by is None else {"canonical": by, "written": by, "span": None},
            "location": place(to), "size": None, "unit": "troops", "date": date(on), "evidence": evidence,
            "rule": "test", "claim": None, "published": published, "outlet": None, "url": None,
            "fingerprint": None, "schema_version": "1.0"}
