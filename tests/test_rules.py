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


# --- the gate: a sentence the gate rejects is never read, so it must accept every rule match ---

GATED = (strike.StrikeGrammar, territorial.TerritorialGrammar, diplomatic.DiplomaticGrammar,
         deployment.DeploymentGrammar)


def _case_texts():
    import json
    from pathlib import Path

    here = Path(__file__).parent / "cases"
    for name in ("events.jsonl", "negative.jsonl"):
        for line in (here / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                yield json.loads(line)["text"]
    for r in RULES:
        yield from r.examples
        yield from r.counterexamples


@pytest.mark.parametrize("grammar", GATED, ids=lambda g: g.__name__)
def test_gate_accepts_every_text_a_rule_matches(extractor, grammar):
    reader = next(r for r in extractor.readers if isinstance(r, grammar))
    checked = 0
    for text in _case_texts():
        if any(pat.search(text) for _, pat in reader.rules):
            checked += 1
            assert reader.gate.search(text), text
    assert checked > 10


def test_gate_is_the_trigger_groups():
    from conflictevents.grammars.base import _alternatives, _trigger

    assert _alternatives(r"a[|]b|c\|d|(e|f)") == [r"a[|]b", r"c\|d", "(e|f)"]
    assert _alternatives(r"x[]|]y|z") == [r"x[]|]y", "z"]
    assert _trigger(r"(?<![\p{L}])(?P<trigger>hit|struck)[ ](?:a|b)") == r"(?<![\p{L}])(?:hit|struck)"
    assert _trigger(r"\L<w>[ ](?P<trigger>shot[ ]down|(?:down)ed)(?![\p{L}])") == r"(?<![\p{L}])(?:shot[ ]down|(?:down)ed)"
    assert _trigger(r"(?P<q>\d+)(?P<trigger>x[)]y)") == r"(?:x[)]y)"
    assert _trigger(r"no trigger here") is None
