"""Word lists as trie-shaped regular expressions.

The grammars write word lists as ``regex`` named lists (``\\L<actor_names>``).
``regex`` matches a named list by trying, at every position, every length a
word of the list has, longest first: the cost grows with the number of
distinct lengths (an actor list has forty). A trie-shaped alternation
(``K(?:harkiv|yiv)``) fails at the first letter that no word continues, so a
position that starts no word costs one step.

:func:`compile_lists` is a drop-in for ``regex.compile(pattern, flags, **lists)``
that writes each ``\\L<name>`` as such a trie before compiling. The matches
are the same: at one position the words that match are prefixes of one
another, and the trie tries the longer before the shorter, as the named list
does (longest first, then shorter on backtracking).

>>> trie_alternation(["Kharkiv", "Kherson", "Kyiv"], ignore_case=False)
'(?:K(?:h(?:arkiv|erson)|yiv))'
>>> compile_lists(r"\\b\\L<cities>\\b", cities=["Kyiv", "Kyivska"]).findall("Kyiv and Kyivska oblast")
['Kyiv', 'Kyivska']
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import regex

from .. import compiled

__all__ = ["trie_alternation", "compile_lists", "expand_lists"]

_NAMED_LIST = regex.compile(r"\\L<(\w+)>")


def _literal(ch: str) -> str:
    """One character as a pattern atom that means itself in verbose mode too."""
    if ch.isspace() or ch == "#":
        return f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08x}"
    escaped: str = regex.escape(ch, special_only=True)
    return escaped


def trie_alternation(words: Iterable[str], *, ignore_case: bool) -> str:
    """A non-capturing group matching exactly ``words``, longer words first where they share a start.

    With ``ignore_case`` the trie is built on lower-cased words (to be used
    where the pattern is case-insensitive), so "US" and "us army" share a
    branch and the longer still wins.
    """
    root: dict[str, Any] = {}
    empty = False
    for word in words:
        if not word:
            empty = True
            continue
        node = root
        for ch in word:
            key = ch.lower() if ignore_case and len(ch.lower()) == 1 else ch
            node = node.setdefault(key, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [_literal(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a word ends here: try the longer words first, then stop
            return body + "?" if len(branches) == 1 and len(branches[0]) == 1 else f"(?:{body})?"
        return body

    body = emit(root)
    if not body:
        return "(?:)" if empty else "(?!)"
    return f"(?:(?:{body})?)" if empty else f"(?:{body})"


def _case_contexts(pattern: str, flags: int) -> list[tuple[int, int, bool]]:
    """``(start, end, ignore_case)`` of every ``\\L<name>`` in ``pattern``.

    Follows scoped flags (``(?i:...)``, ``(?-i:...)``), global inline flags
    (``(?i)``, ``(?ix)``), character classes and verbose-mode comments.
    """
    verbose = bool(flags & regex.VERBOSE)
    base = bool(flags & regex.IGNORECASE)
    head = regex.match(r"\(\?([a-zA-Z]+)\)", pattern)
    if head:
        verbose = verbose or "x" in head.group(1)
        base = base or "i" in head.group(1)
    stack: list[bool] = [base]
    found: list[tuple[int, int, bool]] = []
    i, n = 0, len(pattern)
    in_class = False
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            m = _NAMED_LIST.match(pattern, i)
            if m and not in_class:
                found.append((m.start(), m.end(), stack[-1]))
                i = m.end()
            else:
                i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
            i += 1
            continue
        if ch == "[":
            in_class = True
            i += 1
            if pattern.startswith("^", i):
                i += 1
            if pattern.startswith("]", i):  # "[]...]": a literal "]" first
                i += 1
            continue
        if verbose and ch == "#":
            end = pattern.find("\n", i)
            i = n if end < 0 else end + 1
            continue
        if ch == "(":
            scoped = regex.match(r"\(\?([a-zA-Z]*)(?:-([a-zA-Z]+))?:", pattern, pos=i)
            inline = regex.match(r"\(\?([a-zA-Z]+)\)", pattern, pos=i)
            if scoped and (scoped.group(1) or scoped.group(2)):
                on = "i" in scoped.group(1)
                off = "i" in (scoped.group(2) or "")
                stack.append(True if on else False if off else stack[-1])
                i = scoped.end()
                continue
            if inline:
                if "i" in inline.group(1):
                    stack[-1] = True  # a global flag turns the rest on (VERSION0 semantics)
                i = inline.end()
                continue
            stack.append(stack[-1])
        elif ch == ")" and len(stack) > 1:
            stack.pop()
        i += 1
    return found


def expand_lists(pattern: str, flags: int = 0, /, **lists: Sequence[str]) -> str:
    """``pattern`` with every ``\\L<name>`` replaced by the trie of ``lists[name]``."""
    contexts = _case_contexts(pattern, flags)
    if not contexts:
        return pattern
    cache: dict[tuple[str, bool], str] = {}
    out: list[str] = []
    last = 0
    for start, end, ignore_case in contexts:
        name = pattern[start + 3:end - 1]
        if name not in lists:
            raise KeyError(f"the pattern uses \\L<{name}> but no list of that name was given")
        key = (name, ignore_case)
        if key not in cache:
            cache[key] = trie_alternation(lists[name], ignore_case=ignore_case)
        out.append(pattern[last:start])
        out.append(cache[key])
        last = end
    out.append(pattern[last:])
    return "".join(out)


def compile_lists(pattern: str, flags: int = 0, /, **lists: Sequence[str]) -> Any:
    """``regex.compile(pattern, flags, **lists)``, with the named lists written as tries (compiled through
    the process's :mod:`~conflictevents.compiled` store)."""
    return compiled.compile(expand_lists(pattern, flags, **lists), flags)
