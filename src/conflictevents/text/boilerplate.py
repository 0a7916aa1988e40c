"""The boilerplate classifier: which lines of a page are not news, and why.

Driven by the pattern table ``lexicons/data/boilerplate.jsonl`` (name, scope,
reason, pattern). It is conservative by construction: a ``line`` pattern
must match a *whole* line, a ``sentence`` pattern a whole sentence, so a news
sentence that merely contains "support" or "subscribe" is never dropped.
Two more rules are code, not patterns:

* a line of at most three words with no sentence punctuation is a *label*
  (section names, outlet names, menu items);
* a line that is mostly Markdown links or bare URLs is a *link list*.

An appeal box (a ``box`` line such as "Your support helps us ...") also drops
the lines after it that hold at least one appeal ``cue``; elsewhere a line
needs three different cues to count as an appeal.

A line of several sentences (a paragraph, or a whole page a scraper wrote on
one line) is never judged whole: each of its sentences is
(:meth:`Boilerplate.classify_sentence`), so an article sentence is kept
whatever the sentences around it hold, and cue words spread over a paragraph
("journalists reported", "a donation centre", "subscribe to air-raid alerts")
do not add up to an appeal.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import regex
from attrs import frozen

from .. import compiled

Entry = dict[str, Any]

__all__ = ["BoilerplateRule", "Boilerplate", "LineVerdict"]

SCOPES = ("line", "sentence", "box", "cue")
#: The time limit of one match of a table that holds a user's patterns, in seconds (a timer per match costs
#: about a microsecond, 3% of a run: the bundled table goes without).
USER_PATTERN_TIMEOUT = 1.0
_LINK = regex.compile(r"!?\[[^\]\n]{0,300}\]\([^)\s]{0,1000}\)|https?://\S{1,2000}|www\.\S{1,2000}")
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'\-.]*")
_FINAL_PUNCT = regex.compile(r"[.!?:;,][\"')\]]*$")


@frozen
class BoilerplateRule:
    """One row of the pattern table."""

    name: str
    scope: str
    reason: str
    pattern: regex.Pattern[str]


@frozen
class LineVerdict:
    """Why a line is dropped (``rule``/``reason``), or ``None`` values when kept."""

    rule: str | None
    reason: str | None
    opens_box: bool = False


#: The verdict on a kept line (one object: it is frozen, and most lines are kept).
_KEPT = LineVerdict(None, None)


class Boilerplate:
    """A compiled pattern table. Build once, use for every document."""

    def __init__(self, entries: Iterable[Entry], *, timeout: float | None = USER_PATTERN_TIMEOUT) -> None:
        #: seconds one match of the table may take (``None``: no limit, for the bundled patterns, which are
        #: tested to run in linear time; a pattern a user wrote may not be, and a match that runs past the
        #: limit fails its document with :class:`~conflictevents.errors.ExtractionTimeout`)
        self.timeout = timeout
        self.rules: list[BoilerplateRule] = []
        seen: set[str] = set()
        for e in entries:
            if e["scope"] not in SCOPES:
                raise ValueError(f"{e.get('_where', '?')}: scope must be one of {SCOPES}")
            if e["name"] in seen:
                raise ValueError(f"{e.get('_where', '?')}: duplicate boilerplate rule {e['name']!r}")
            seen.add(e["name"])
            try:
                pat = compiled.compile(e["pattern"], regex.IGNORECASE | regex.VERSION1)
            except regex.error as err:
                raise ValueError(f"{e.get('_where', '?')}: bad pattern: {err}") from err
            except (RecursionError, OverflowError, MemoryError) as err:
                raise ValueError(f"{e.get('_where', '?')}: bad pattern: nested too deeply or too large") from err
            self.rules.append(BoilerplateRule(e["name"], e["scope"], e["reason"], pat))
        self._line = [r for r in self.rules if r.scope in ("line", "box")]
        self._sentence = [r for r in self.rules if r.scope == "sentence"]
        self._cues = [r for r in self.rules if r.scope == "cue"]
        # One pass decides: the union of a kind's patterns, each in a named group, matches
        # where one of them does, and the group that took part names the first rule that
        # matches (alternatives are tried in order). When the union cannot be built, the
        # rules are tried one by one.
        self._line_gate = _union(self._line, named=True)
        self._sentence_gate = _union(self._sentence, named=True)
        self._cue_gate = _union(self._cues)
        # the words each cue's matches start with (None: unknown): outside a box, a line in which fewer than
        # three cues can match is no appeal, and is not searched (imported here: the mention layer's package
        # imports the lexicons, which import this module)
        from ..mentions.scan import fold, holds_any, required_prefixes

        cue_words = [required_prefixes(r.pattern.pattern) for r in self._cues]

        def three_cues_possible(text: str) -> bool:
            """False when fewer than three cue rules can match ``text`` (:func:`~conflictevents.mentions.scan.
            holds_any`: a rule whose every match starts with one of some words needs one of them there)."""
            folded = fold(text)
            return sum(1 for words in cue_words if holds_any(folded, words)) >= 3

        self._three_cues_possible = three_cues_possible

    def classify_line(self, line: str, in_box: bool = False, patterns: bool = True) -> LineVerdict:
        """Decide whether one (stripped) line of clean text, a single sentence, is boilerplate.

        ``patterns=False`` skips the whole-line patterns. A line of several
        sentences is judged sentence by sentence instead
        (:meth:`classify_sentence`).
        """
        if patterns:
            verdict = self.match_line_patterns(line)
            if verdict is not None:
                return verdict
        if not _ends_sentence(line) and len(_WORD.findall(line)) <= 3:
            return LineVerdict("label", "short label (section, outlet or menu item)")
        return self._links_or_appeal(line, in_box)

    def classify_sentence(self, sentence: str, in_box: bool = False) -> LineVerdict:
        """Decide whether one sentence of a line of several sentences is boilerplate.

        The whole-line patterns, the sentence patterns, link lists and appeal
        cues are applied to the sentence alone; the short-label rule is not
        (a sentence's last words are no menu item).
        """
        verdict = self.match_line_patterns(sentence)
        if verdict is not None:
            return verdict
        rule = self.sentence_rule(sentence)
        if rule is not None:
            return LineVerdict(rule.name, rule.reason)
        return self._links_or_appeal(sentence, in_box)

    def _links_or_appeal(self, text: str, in_box: bool) -> LineVerdict:
        link_chars = sum(len(m.group()) for m in _LINK.finditer(text)) if (
            "[" in text or "http" in text or "www." in text) else 0  # (what every link starts with)
        if link_chars and link_chars >= 0.5 * len(text):
            return LineVerdict("link-list", "links or URLs")
        cues: set[str] = set()
        if not in_box and not self._three_cues_possible(text):
            return _KEPT
        if self._cue_gate is None or self._cue_gate.search(text, timeout=self.timeout):
            cues = {r.name for r in self._cues if r.pattern.search(text, timeout=self.timeout)}
        if cues and (in_box or len(cues) >= 3):
            return LineVerdict("appeal", "donation or subscription appeal", True)
        return _KEPT

    def match_line_patterns(self, text: str) -> LineVerdict | None:
        """The ``line``/``box`` pattern a whole text matches, if any."""
        if self._line_gate is not None:
            m = self._line_gate.fullmatch(text, timeout=self.timeout)
            if m is None:
                return None
            rule = _rule_of(m, self._line)
            if rule is not None:
                return LineVerdict(rule.name, rule.reason, rule.scope == "box")
        for rule in self._line:
            if rule.pattern.fullmatch(text, timeout=self.timeout):
                return LineVerdict(rule.name, rule.reason, rule.scope == "box")
        return None

    def sentence_rule(self, sentence: str) -> BoilerplateRule | None:
        """The ``sentence`` rule a whole sentence matches, if any."""
        if self._sentence_gate is not None:
            m = self._sentence_gate.fullmatch(sentence, timeout=self.timeout)
            if m is None:
                return None
            rule = _rule_of(m, self._sentence)
            if rule is not None:
                return rule
        for rule in self._sentence:
            if rule.pattern.fullmatch(sentence, timeout=self.timeout):
                return rule
        return None



_GROUP_REFERENCE = regex.compile(r"\\[1-9]|\\g<|\(\?P=|\(\?\||\(\?[0-9R&+-]")


def _union(rules: list[BoilerplateRule], named: bool = False) -> regex.Pattern[str] | None:
    """One pattern matching wherever one of ``rules`` does, or ``None`` when that cannot be built safely.

    Patterns that refer to groups by number or recurse (``\\1``, ``(?1)``,
    ``(?|...)``) would change meaning inside a union; so would global inline
    flags, which ``regex`` rejects there. Those tables keep the rule-by-rule loop.
    With ``named``, rule ``k`` is the group ``_rule_k`` (see :func:`_rule_of`).
    """
    if not rules or any(_GROUP_REFERENCE.search(r.pattern.pattern) for r in rules):
        return None
    wrap = "(?P<_rule_{k}>{p})" if named else "(?:{p})"
    try:
        return compiled.compile("|".join(wrap.format(k=k, p=r.pattern.pattern) for k, r in enumerate(rules)),
                                   regex.IGNORECASE | regex.VERSION1)
    except regex.error:
        return None


def _rule_of(m: regex.Match[str], rules: list[BoilerplateRule]) -> BoilerplateRule | None:
    """The rule whose group took part in a match of a named union (the first rule that matches), if known."""
    name = m.lastgroup  # the rule's group closes after any group inside it
    if name is not None and name.startswith("_rule_") and m.start(name) >= 0:
        k = int(name[6:])
        if k < len(rules):
            return rules[k]
    return None


def _ends_sentence(text: str) -> bool:
    """``_FINAL_PUNCT.search(text)``: a stop, maybe closed by quotes or brackets, at the end (or before a final newline)."""
    if text.rstrip("\"')]")[-1:] in _STOPS:
        return True
    return text.endswith("\n") and text[:-1].rstrip("\"')]")[-1:] in _STOPS


_STOPS = frozenset(".!?:;,")
