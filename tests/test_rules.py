"""Every grammar rule is its own specification: its examples fire it, its counterexamples do not."""

from __future__ import annotations

import pytest

from conflictevents.grammars import claim, deployment, diplomatic, strike, territorial

RULES = [r for mod in (strike, territorial, diplomatic, deployment, claim) for r in mod.RULES]


def test_rule_ids_are_unique_and_named_by_type():
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    prefixes = {"strike": "strike.", "territorial_change": "tc.", "diplomatic_event": "dip.",
                "deployment": "dep.", "claim": "claim."}
    for r in RULES:
        assert r.id.startswith(prefixes[r.event_type]), r.id
        assert r.examples, f"{r.id} has no examples"
        assert r.counterexamples, f"{r.id} has no counterexamples"


@pytest.mark.parametrize("rule, text", [(r, t) for r in RULES for t in r.examples],
                         ids=[f"{r.id}:{i}" for r in RULES for i, _ in enumerate(r.examples)])
def test_example_fires_its_rule(extractor, rule, text):
    result = extractor.extract(text, published="2025-03-04", doc_id="t")
    fired = [e for e in result.events if e.event_type == rule.event_type and rule.id in e.rule.split("+")]
    assert fired, [(e.event_type, e.rule) for e in result.events]
    for e in fired:
        assert text[e.span.start:e.span.end] == e.evidence


@pytest.mark.parametrize("rule, text", [(r, t) for r in RULES for t in r.counterexamples],
                         ids=[f"{r.id}:{i}" for r in RULES for i, _ in enumerate(r.counterexamples)])
def test_counterexample_does_not_give_the_type(extractor, rule, text):
    result = extractor.extract(text, published="2025-03-04", doc_id="t")
    assert not [e for e in result.events if e.event_type == rule.event_type]
