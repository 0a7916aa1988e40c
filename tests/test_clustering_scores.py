"""The clustering scores of ``benchmarks/clustering.py``: hand-made cases and properties."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from clustering import bcubed, pairwise  # noqa: E402


def approx(x: float) -> object:
    return pytest.approx(x, abs=1e-12)


def test_bcubed_textbook_case() -> None:
    # gold {a b c} {d e}; predicted {a b} {c d e}
    gold = {"a": 1, "b": 1, "c": 1, "d": 2, "e": 2}
    pred = {"a": "x", "b": "x", "c": "y", "d": "y", "e": "y"}
    s = bcubed(gold, pred)
    # precision: a,b 1; c 1/3; d,e 2/3 -> (2 + 1/3 + 4/3) / 5
    assert s.precision == approx((2 + 1 / 3 + 4 / 3) / 5)
    # recall: a,b 2/3; c 1/3; d,e 1 -> (4/3 + 1/3 + 2) / 5
    assert s.recall == approx((4 / 3 + 1 / 3 + 2) / 5)
    assert s.f1 == approx(2 * s.precision * s.recall / (s.precision + s.recall))


def test_pairwise_textbook_case() -> None:
    gold = {"a": 1, "b": 1, "c": 1, "d": 2, "e": 2}
    pred = {"a": "x", "b": "x", "c": "y", "d": "y", "e": "y"}
    s = pairwise(gold, pred)
    # predicted pairs ab, cd, ce, de (4); gold pairs ab, ac, bc, de (4); right: ab, de
    assert (s.precision, s.recall) == (approx(0.5), approx(0.5))


def test_all_singletons_against_one_cluster() -> None:
    gold = {i: 0 for i in range(4)}
    pred = {i: i for i in range(4)}
    b = bcubed(gold, pred)
    assert (b.precision, b.recall) == (approx(1.0), approx(0.25))
    p = pairwise(gold, pred)
    assert (p.precision, p.recall, p.f1) == (1.0, 0.0, 0.0)  # nothing merged: no wrong pair, no right one


def test_one_cluster_against_all_singletons() -> None:
    gold = {i: i for i in range(4)}
    pred = {i: "all" for i in range(4)}
    b = bcubed(gold, pred)
    assert (b.precision, b.recall) == (approx(0.25), approx(1.0))
    p = pairwise(gold, pred)
    assert (p.precision, p.recall) == (0.0, 1.0)


def test_one_wrong_merge_costs_pairwise_precision() -> None:
    gold = {"a": 1, "b": 1, "c": 2}
    pred = {"a": 0, "b": 0, "c": 0}
    assert pairwise(gold, pred).precision == approx(1 / 3)


def test_empty_and_mismatched_items() -> None:
    assert bcubed({}, {}) == (1.0, 1.0, 1.0)
    assert pairwise({}, {}) == (1.0, 1.0, 1.0)
    with pytest.raises(ValueError, match="different items"):
        bcubed({"a": 1}, {"b": 1})
    with pytest.raises(ValueError, match="different items"):
        pairwise({"a": 1, "b": 1}, {"a": 1})


labellings = st.lists(st.integers(0, 6), min_size=0, max_size=40)


@given(labellings)
def test_identical_clusterings_score_one(labels: list[int]) -> None:
    gold = dict(enumerate(labels))
    assert bcubed(gold, dict(gold)) == (approx(1.0), approx(1.0), approx(1.0))
    assert pairwise(gold, dict(gold)) == (1.0, 1.0, 1.0)


@given(st.lists(st.tuples(st.integers(0, 6), st.integers(0, 6)), max_size=40))
def test_scores_lie_in_unit_interval(pairs: list[tuple[int, int]]) -> None:
    gold = {i: g for i, (g, _) in enumerate(pairs)}
    pred = {i: p for i, (_, p) in enumerate(pairs)}
    for s in (bcubed(gold, pred), pairwise(gold, pred)):
        for x in s:
            assert 0.0 <= x <= 1.0 + 1e-12


@given(st.lists(st.tuples(st.integers(0, 6), st.integers(0, 6)), max_size=40),
       st.permutations(range(7)), st.permutations(range(7)))
def test_invariant_to_relabelling(pairs: list[tuple[int, int]], rg: list[int], rp: list[int]) -> None:
    gold = {i: g for i, (g, _) in enumerate(pairs)}
    pred = {i: p for i, (_, p) in enumerate(pairs)}
    gold2 = {i: f"g{rg[g]}" for i, g in gold.items()}
    pred2 = {i: ("p", rp[p]) for i, p in pred.items()}
    assert bcubed(gold2, pred2) == pytest.approx(bcubed(gold, pred))
    assert pairwise(gold2, pred2) == pytest.approx(pairwise(gold, pred))


@given(st.lists(st.tuples(st.integers(0, 6), st.integers(0, 6)), max_size=40))
def test_swapping_roles_swaps_precision_and_recall(pairs: list[tuple[int, int]]) -> None:
    gold = {i: g for i, (g, _) in enumerate(pairs)}
    pred = {i: p for i, (_, p) in enumerate(pairs)}
    a, b = bcubed(gold, pred), bcubed(pred, gold)
    assert (a.precision, a.recall) == (approx(b.recall), approx(b.precision))
    c, d = pairwise(gold, pred), pairwise(pred, gold)
    assert (c.precision, c.recall) == (approx(d.recall), approx(d.precision))
