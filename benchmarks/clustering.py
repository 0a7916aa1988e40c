"""Scores of a clustering against a gold clustering: B-cubed and pairwise.

Pure functions over two labellings of the same items (``item -> cluster
label``); standard library only, linear in the number of items (the pair
counts come from the contingency table, never from enumerating pairs).

* **B-cubed** (Bagga and Baldwin, 1998): for each item, precision is the share
  of its predicted cluster that shares its gold cluster, recall the share of
  its gold cluster that shares its predicted cluster; both are averaged over
  the items. F1 is their harmonic mean.
* **Pairwise**: over all unordered pairs of items, precision is the share of
  pairs put together that belong together, recall the share of pairs that
  belong together that were put together.

Conventions for the degenerate cases: with no items every score is 1.0
(nothing was done wrong); pairwise precision is 1.0 when no pair was put
together, pairwise recall 1.0 when no pair belongs together.

>>> gold = {"a": 1, "b": 1, "c": 2}
>>> pred = {"a": "x", "b": "y", "c": "y"}
>>> s = bcubed(gold, pred)
>>> round(s.precision, 4), round(s.recall, 4)
(0.6667, 0.6667)
>>> pairwise(gold, pred)
Scores(precision=0.0, recall=0.0, f1=0.0)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping
from typing import NamedTuple, TypeVar

__all__ = ["Scores", "bcubed", "pairwise", "f1", "contingency"]

#: The items' type.
K = TypeVar("K", bound=Hashable)


class Scores(NamedTuple):
    """Precision, recall and their harmonic mean, each in ``[0, 1]``."""

    precision: float
    recall: float
    f1: float


def f1(precision: float, recall: float) -> float:
    """The harmonic mean of ``precision`` and ``recall`` (0.0 when both are 0)."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def contingency(
    gold: Mapping[K, Hashable], pred: Mapping[K, Hashable]
) -> tuple[Counter[tuple[Hashable, Hashable]], Counter[Hashable], Counter[Hashable]]:
    """Cell sizes ``(gold label, predicted label) -> n`` and the two clusters' sizes.

    Raises :class:`ValueError` when the two labellings do not cover the same items.
    """
    if gold.keys() != pred.keys():
        missing = len(set(gold) ^ set(pred))
        raise ValueError(f"the clusterings cover different items ({missing} in only one of them)")
    cells: Counter[tuple[Hashable, Hashable]] = Counter((gold[i], pred[i]) for i in gold)
    gold_sizes: Counter[Hashable] = Counter(gold.values())
    pred_sizes: Counter[Hashable] = Counter(pred.values())
    return cells, gold_sizes, pred_sizes


def bcubed(gold: Mapping[K, Hashable], pred: Mapping[K, Hashable]) -> Scores:
    """B-cubed precision, recall and F1 of ``pred`` against ``gold``.

    Both map every item to its cluster label; the labels of the two need not
    have anything in common (only the grouping counts).
    """
    n = len(gold)
    if not n:
        contingency(gold, pred)
        return Scores(1.0, 1.0, 1.0)
    cells, gold_sizes, pred_sizes = contingency(gold, pred)
    # every item of cell (g, p) scores n_gp / |p| in precision and n_gp / |g| in recall
    precision = sum(k * k / pred_sizes[p] for (_, p), k in cells.items()) / n
    recall = sum(k * k / gold_sizes[g] for (g, _), k in cells.items()) / n
    return Scores(precision, recall, f1(precision, recall))


def _pairs(k: int) -> int:
    return k * (k - 1) // 2


def pairwise(gold: Mapping[K, Hashable], pred: Mapping[K, Hashable]) -> Scores:
    """Pairwise precision, recall and F1 of ``pred`` against ``gold``."""
    cells, gold_sizes, pred_sizes = contingency(gold, pred)
    together = sum(_pairs(k) for k in cells.values())
    pred_pairs = sum(_pairs(k) for k in pred_sizes.values())
    gold_pairs = sum(_pairs(k) for k in gold_sizes.values())
    precision = together / pred_pairs if pred_pairs else 1.0
    recall = together / gold_pairs if gold_pairs else 1.0
    return Scores(precision, recall, f1(precision, recall))
