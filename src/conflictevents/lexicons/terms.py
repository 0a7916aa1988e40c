"""Word lists that map a phrase to a kind: weapons and targets.

Data: ``weapons.jsonl`` (weapon words -> the guidelines' kinds: drone,
missile, bomb, artillery, rocket, airstrike, other) and ``targets.jsonl``
(target words -> a target kind). Matching is case-insensitive and on whole
words; the longest phrase wins ("guided aerial bomb" before "bomb").

>>> weapons = TermLexicon.bundled("weapons")
>>> weapons.kind_of("Shaheds")
'drone'
>>> [k for _, _, k in weapons.find("a drone and missile barrage")]
['drone', 'missile']
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from .trie import compile_lists
from .loader import Entry, read_bundled

__all__ = ["TermLexicon"]


class TermLexicon:
    """Phrase -> kind, compiled into one case-insensitive pattern."""

    def __init__(self, entries: Iterable[Entry], kinds: Iterable[str] | None = None) -> None:
        allowed = set(kinds) if kinds is not None else None
        self.word_to_kind: dict[str, str] = {}
        for e in entries:
            kind = e["kind"]
            if allowed is not None and kind not in allowed:
                raise ValueError(f"{e.get('_where', '?')}: kind {kind!r} is not one of {sorted(allowed)}")
            for word in e["words"]:
                key = word.casefold()
                prev = self.word_to_kind.get(key)
                if prev is not None and prev != kind:
                    raise ValueError(f"{e.get('_where', '?')}: {word!r} is already {prev!r}")
                self.word_to_kind[key] = kind
        self.pattern = compile_lists(
            r"(?<![\p{L}\p{N}\-])(?:\L<words>)(?![\p{L}\p{N}])",
            regex.IGNORECASE,
            words=self.words(),
        )

    @classmethod
    def bundled(cls, name: str, kinds: Iterable[str] | None = None) -> TermLexicon:
        """A lexicon of the bundled file ``name`` (``weapons`` or ``targets``)."""
        return cls(read_bundled(name), kinds)

    def words(self) -> list[str]:
        """All phrases, longest first."""
        return sorted(self.word_to_kind, key=len, reverse=True)

    def kind_of(self, phrase: str) -> str | None:
        """The kind of exactly this phrase."""
        return self.word_to_kind.get(phrase.casefold())

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
        """``(start, end, kind)`` of every phrase in ``text[start:end]``."""
        stop = len(text) if end is None else end
        return [
            (m.start(), m.end(), self.word_to_kind[m.group().casefold()])
            for m in self.pattern.finditer(text, start, stop, timeout=1.0)
        ]
