"""Unicode and whitespace normalisation that remembers where every character came from.

:func:`clean` returns a :class:`CleanText`: the normalised text and an offset
map, so a span found in the clean text maps back to the exact original
characters (:meth:`CleanText.to_original`).

What is normalised (the table :data:`CHAR_MAP` and the sets below are the
whole policy):

* curly quotes and primes to ``'`` and ``"``; hyphen and minus variants to
  ``-``; en and em dashes to ``-`` and ``—`` (en dash) / ``—`` (em dash);
* non-breaking, thin and other Unicode spaces, and tabs, to a plain space;
  zero-width characters, soft hyphens and byte-order marks are removed;
  other C0 and C1 control characters (NUL included) become line breaks, so
  no sentence, and no event's evidence, holds one; lone surrogates become
  ``\\ufffd``;
* ``\\r\\n`` and ``\\r`` to ``\\n``; runs of spaces to one space; spaces at
  the ends of lines are dropped; three or more newlines to two;
* compatibility characters (ligatures, full-width forms) through NFKC.

>>> c = clean("Kyiv\\u00a0\\u2014  \\u201cwe\\u2019re\\u201d")
>>> c.text
'Kyiv — "we\\'re"'
>>> c.to_original(5, 6)
(5, 6)

The map is piecewise linear (a breakpoint only where lengths change), so it
costs memory in proportion to the number of edits, not to the text length.
"""

from __future__ import annotations

import bisect
import unicodedata

import regex
from attrs import field, frozen

__all__ = ["CleanText", "clean", "CHAR_MAP"]

#: One-to-one character replacements.
CHAR_MAP: dict[str, str] = {
    # quotes and primes
    "\N{LEFT SINGLE QUOTATION MARK}": "'",
    "\N{RIGHT SINGLE QUOTATION MARK}": "'",
    "\N{SINGLE LOW-9 QUOTATION MARK}": "'",
    "\N{SINGLE HIGH-REVERSED-9 QUOTATION MARK}": "'",
    "\N{PRIME}": "'",
    "\N{MODIFIER LETTER APOSTROPHE}": "'",
    "\N{GRAVE ACCENT}": "'",
    "\N{ACUTE ACCENT}": "'",
    "\N{LEFT DOUBLE QUOTATION MARK}": '"',
    "\N{RIGHT DOUBLE QUOTATION MARK}": '"',
    "\N{DOUBLE LOW-9 QUOTATION MARK}": '"',
    "\N{DOUBLE HIGH-REVERSED-9 QUOTATION MARK}": '"',
    "\N{DOUBLE PRIME}": '"',
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}": '"',
    "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}": '"',
    # hyphens, dashes, minus
    "\N{HYPHEN}": "-",
    "\N{NON-BREAKING HYPHEN}": "-",
    "\N{FIGURE DASH}": "-",
    "\N{MINUS SIGN}": "-",
    "\N{EN DASH}": "\N{EN DASH}",
    "\N{EM DASH}": "\N{EM DASH}",
    "\N{HORIZONTAL BAR}": "\N{EM DASH}",
    # bullets
    "\N{BULLET}": "\N{BULLET}",
    "\N{BLACK CIRCLE}": "\N{BULLET}",
    "\N{BLACK SMALL SQUARE}": "\N{BULLET}",
    "\N{WHITE BULLET}": "\N{BULLET}",
    "\N{TRIANGULAR BULLET}": "\N{BULLET}",
    "\N{HYPHEN BULLET}": "\N{BULLET}",
    # tabs and Unicode spaces
    "\t": " ",
    "\N{NO-BREAK SPACE}": " ",
    "\N{NARROW NO-BREAK SPACE}": " ",
    "\N{FIGURE SPACE}": " ",
    "\N{THIN SPACE}": " ",
    "\N{HAIR SPACE}": " ",
    "\N{EN SPACE}": " ",
    "\N{EM SPACE}": " ",
    "\N{IDEOGRAPHIC SPACE}": " ",
    "\N{MEDIUM MATHEMATICAL SPACE}": " ",
    "\N{LINE SEPARATOR}": "\n",
    "\N{PARAGRAPH SEPARATOR}": "\n",
    "\x85": "\n",  # NEXT LINE
    "\x0b": "\n",
    "\x0c": "\n",
}

#: Characters removed outright (they carry no text).
DELETE = frozenset(
    "\N{SOFT HYPHEN}\N{ZERO WIDTH SPACE}\N{ZERO WIDTH NON-JOINER}\N{ZERO WIDTH JOINER}"
    "\N{WORD JOINER}\N{ZERO WIDTH NO-BREAK SPACE}\N{LEFT-TO-RIGHT MARK}\N{RIGHT-TO-LEFT MARK}"
    "\N{LEFT-TO-RIGHT EMBEDDING}\N{RIGHT-TO-LEFT EMBEDDING}\N{POP DIRECTIONAL FORMATTING}"
    "\N{LEFT-TO-RIGHT OVERRIDE}\N{RIGHT-TO-LEFT OVERRIDE}\N{LEFT-TO-RIGHT ISOLATE}"
    "\N{RIGHT-TO-LEFT ISOLATE}\N{FIRST STRONG ISOLATE}\N{POP DIRECTIONAL ISOLATE}"
)

# Everything that is not plain printable ASCII or newline is looked at; runs of
# spaces and of 3+ newlines too. One pass, no nested quantifiers.
_SPECIAL = regex.compile(
    r"""
    (?<=[ \t])[ \t]+      # the rest of a run of spaces and tabs
    | [ \t]+(?=\r?\n|$)     # spaces at the end of a line or of the text
    | ^[ \t]+              # spaces at the start of a line
    | (?<=\n\n)\n+          # the third and later newlines of a run
    | (?P<ch>[^\x20-\x7e\n])  # any one character outside printable ASCII
    """,
    regex.MULTILINE | regex.VERBOSE,
)


def _replacement(ch: str) -> str:
    """What one special character becomes (possibly the empty string)."""
    if ch in CHAR_MAP:
        return CHAR_MAP[ch]
    if ch in DELETE:
        return ""
    if ch == "\r":
        return "\n"
    code = ord(ch)
    if code < 0x20 or 0x7F <= code < 0xA0:
        return "\n"  # other control characters, NUL included: a boundary no sentence crosses
    if 0xD800 <= code <= 0xDFFF:
        return "\ufffd"  # lone surrogate: not encodable, keep a placeholder
    cat = unicodedata.category(ch)
    if cat == "Zs":
        return " "
    if cat == "Cf":
        return ""
    norm = unicodedata.normalize("NFKC", ch)
    return norm if norm else ch


@frozen
class CleanText:
    """Normalised text with a map back to the original.

    ``breaks`` holds ``(clean_index, original_index)`` pairs; between two
    breakpoints clean and original characters correspond one to one.
    """

    text: str
    original_length: int
    _clean_points: tuple[int, ...] = field(alias="clean_points")
    _orig_points: tuple[int, ...] = field(alias="orig_points")

    def original_index(self, i: int) -> int:
        """The original index of clean character ``i`` (``len(text)`` maps to the end)."""
        if i >= len(self.text):
            return self.original_length
        k = bisect.bisect_right(self._clean_points, i) - 1
        return self._orig_points[k] + (i - self._clean_points[k])

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a clean ``[start, end)`` span to the original text."""
        n = len(self.text)
        if self.original_length == n and len(self._clean_points) == 1 and self._clean_points[0] == 0 and \
                self._orig_points[0] == 0:
            # a text that was clean already: every index is its own (and the end maps to the end)
            s = start if start < n else n
            return (s, s) if end <= start else (s, (end - 1 if end - 1 < n else n) + 1)
        if end <= start:
            o = self.original_index(start)
            return o, o
        return self.original_index(start), self.original_index(end - 1) + 1


def _already_clean(text: str) -> bool:
    """True when :data:`_SPECIAL` has nothing to do in ``text``: printable ASCII and newlines only, no run
    of two spaces, no space at the start or end of a line, no run of three newlines."""
    return (text.isascii() and "  " not in text and " \n" not in text and "\n " not in text
            and "\n\n\n" not in text and not text.startswith(" ") and not text.endswith(" ")
            and text.replace("\n", "").isprintable())


def clean(text: str) -> CleanText:
    """Normalise ``text`` (see the module docstring) and keep an offset map."""
    if _already_clean(text):
        return CleanText(text=text, original_length=len(text), clean_points=(0,), orig_points=(0,))
    text_out: list[str] = []
    clean_points = [0]
    orig_points = [0]
    pos = 0  # next original index to copy
    out_len = 0
    for m in _SPECIAL.finditer(text):
        s, e = m.span()
        if s > pos:
            text_out.append(text[pos:s])
            out_len += s - pos
        if m.group("ch") is None:
            rep = ""  # part of a run of whitespace: dropped
        else:
            rep = _replacement(m.group())
            if rep == "\n" and text[s : s + 2] == "\r\n":
                rep = ""  # the \n that follows will stand for both
        if len(rep) != e - s:
            # lengths differ: record where the next clean char comes from
            if rep:
                text_out.append(rep)
                for j in range(1, len(rep)):
                    clean_points.append(out_len + j)
                    orig_points.append(s)
                out_len += len(rep)
            clean_points.append(out_len)
            orig_points.append(e)
        else:
            text_out.append(rep)
            out_len += len(rep)
        pos = e
    if pos < len(text):
        text_out.append(text[pos:])
    return CleanText(
        text="".join(text_out),
        original_length=len(text),
        clean_points=tuple(clean_points),
        orig_points=tuple(orig_points),
    )
