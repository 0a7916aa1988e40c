"""The incident benchmark's generator, matching and baseline (``benchmarks/incident_corpus.py``, ``incidents.py``)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCH))

import incident_corpus  # noqa: E402
import incidents  # noqa: E402


@pytest.fixture(scope="module")
def corpus() -> list[tuple[dict[str, Any], list[dict[str, Any]]]]:
    return list(incident_corpus.generate(6, seed=3))


def test_generator_is_deterministic(corpus: list[tuple[dict[str, Any], list[dict[str, Any]]]]) -> None:
    again = list(incident_corpus.generate(6, seed=3))
    assert json.dumps(again) == json.dumps(corpus)
    other = list(incident_corpus.generate(6, seed=4))
    assert json.dumps(other) != json.dumps(corpus)


def test_spans_are_the_quotes_and_documents_have_their_fields(
        corpus: list[tuple[dict[str, Any], list[dict[str, Any]]]]) -> None:
    ids = set()
    for doc, gold in corpus:
        assert set(doc) == {"id", "text", "published", "source", "url"}
        assert doc["url"].startswith("https://") and ".example/" in doc["url"]
        ids.add(doc["id"])
        for g in gold:
            assert g["doc"] == doc["id"]
            assert doc["text"][g["start"]:g["end"]] == g["quote"]
    assert len(ids) == len(corpus)


def test_every_case_is_planted(corpus: list[tuple[dict[str, Any], list[dict[str, Any]]]]) -> None:
    gold = [g for _, gs in corpus for g in gs]
    kinds = Counter(g["cluster"].split("-", 1)[1] for g in gold)
    for case in ("main", "evening", "army", "rsf", "other-city", "captured", "meeting", "deployment"):
        assert kinds[case] >= 2, case
    assert {g["role"] for g in gold} == {"report", "repost", "follow-up", "round-up"}
    assert any(g["type"] == "claim" and g["stance"] == "denies" for g in gold)
    # several outlets report the main strike of a scenario
    main = [(d["source"], g["doc"]) for d, gs in corpus for g in gs if g["cluster"] == "s0000-main"]
    assert len({s for s, _ in main}) >= 4
    # the follow-up is published the next day with a higher toll
    docs = {d["id"]: d for d, _ in corpus}
    follow = [g for g in gold if g["cluster"] == "s0000-main" and g["role"] == "follow-up" and g.get("killed")]
    first = [g for g in gold if g["cluster"] == "s0000-main" and g["role"] == "report" and g.get("killed")]
    assert follow and first
    assert min(f["killed"] for f in follow) > max(f["killed"] for f in first)
    assert all(docs[f["doc"]]["published"] > docs[first[0]["doc"]]["published"] for f in follow)


def test_a_repost_has_the_body_and_another_headline(corpus: list[tuple[dict[str, Any], list[dict[str, Any]]]]) -> None:
    def body(text: str) -> list[str]:
        lines = text.splitlines()
        return lines[3:-2]  # two boilerplate lines, the headline; two boilerplate lines at the end

    for doc, gold in corpus:
        if any(g["role"] == "repost" for g in gold):
            repost = doc
            original = next(d for d, gs in corpus if d["id"] < doc["id"] and d["id"][:8] == doc["id"][:8]
                            and d["text"].splitlines()[3:4] == doc["text"].splitlines()[3:4])
            assert body(repost["text"]) == body(original["text"])
            assert repost["text"].splitlines()[2] != original["text"].splitlines()[2]
            break
    else:
        pytest.fail("no repost")


def test_same_city_same_day_pairs_differ_only_in_weapon_or_attacker(
        corpus: list[tuple[dict[str, Any], list[dict[str, Any]]]]) -> None:
    gold = [g for _, gs in corpus for g in gs if g["type"] == "strike" and g.get("date")]
    for k in range(6):
        main = [g for g in gold if g["cluster"] == f"s{k:04d}-main"]
        if k % 2 == 0:
            ev = [g for g in gold if g["cluster"] == f"s{k:04d}-evening"]
            assert {g["locations"][0] for g in ev} == {main[0]["locations"][0]}
            assert {g["date"] for g in ev} == {main[0]["date"]}
            assert {w for g in ev for w in g["weapons"]} == {"missile"} != {w for g in main for w in g["weapons"]}
        else:
            army = [g for g in gold if g["cluster"] == f"s{k:04d}-army"]
            rsf = [g for g in gold if g["cluster"] == f"s{k:04d}-rsf"]
            assert {g["locations"][0] for g in army} == {g["locations"][0] for g in rsf}
            assert {g["actor"] for g in army} == {"Sudan"} and {g["actor"] for g in rsf} == {"Rapid Support Forces"}


def _event(eid: str, doc: str, span: tuple[int, int], type_: str = "strike", day: str | None = "2025-01-06",
           place: str | None = "Kharkiv") -> dict[str, Any]:
    return {"id": eid, "doc": doc, "type": type_, "span": list(span),
            "date": {"date": day, "precision": "day"} if day else None,
            "locations": [{"name": place}] if place else []}


def test_baseline_groups_type_day_and_place_only() -> None:
    evs = [_event("a", "d1", (0, 5)), _event("b", "d2", (0, 5)), _event("c", "d3", (0, 5), place="Odesa"),
           _event("d", "d4", (0, 5), day=None), _event("e", "d5", (0, 5), day="2025-01-07")]
    labels = incidents.baseline(evs)
    assert labels["a"] == labels["b"]
    assert len({labels[x] for x in "acde"}) == 4


def test_match_takes_the_most_overlapping_mention_not_yet_found() -> None:
    m1 = incidents.Mention("g:0", "d", "strike", [(0, 10)], "c1")
    m2 = incidents.Mention("g:1", "d", "strike", [(8, 30)], "c2")
    m3 = incidents.Mention("g:2", "d", "claim", [(0, 30)], "c1")
    evs = [_event("e1", "d", (0, 30)), _event("e2", "d", (0, 30)), _event("e3", "d", (40, 50)),
           _event("e4", "other", (0, 30))]
    got = incidents.match(evs, [m1, m2, m3])
    assert got["e1"] is m2  # 22 characters of overlap against 10
    assert got["e2"] is m1  # m2 is found: the next one
    assert "e3" not in got and "e4" not in got
