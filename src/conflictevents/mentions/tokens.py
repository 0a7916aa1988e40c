"""Tokens: the words, numbers and marks of a sentence, with their offsets.

The first stage of the cascade. A sentence is cut once into tokens by one
regular expression; every later stage (mentions, phrases, frames) works on
token indices and reads offsets from here. A possessive ending is its own
token ("Ukraine's" -> ``Ukraine``, ``'s``), so "Ukraine" is found by the same
lookup with or without it; hyphenated words stay whole ("Russian-occupied",
"Shahed-136") and abbreviations with dots too ("U.S.").

>>> t = Tokens.of("Ukraine's air force said 25 drones were shot down.")
>>> t.words
['Ukraine', "'s", 'air', 'force', 'said', '25', 'drones', 'were', 'shot', 'down', '.']
>>> t.text[t.starts[6]:t.ends[6]]
'drones'
"""

from __future__ import annotations

import bisect
import re

import regex

from .. import compiled

__all__ = ["Tokens", "TOKEN", "ASCII_TOKEN", "TITLE_ABBREVIATIONS", "TITLED_FUNCTION_WORDS"]

#: Titles written abbreviated before a name, kept with their full stop as one token ("Brig. Nabil Abdallah",
#: "Maj.-Gen. Markus Kangye", "Capt. Anthony Mualushayi", "Lt. Col. ..."), so the title stays in the speaker's noun
#: group instead of ending it at a mark. Only before a capital, so a sentence that ends with "gen." still ends.
TITLE_ABBREVIATIONS = (
    "Brig", "Gen", "Lt", "Lieut", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Adm", "Cmdr", "Cdr", "Cdre",
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gov", "Sen", "Amb", "Insp", "Supt", "Hon",
)
_TITLES = "|".join(sorted(TITLE_ABBREVIATIONS, key=len, reverse=True))

#: One token: a number (with separators or an ordinal ending), an abbreviation
#: with dots, a word (letters, digits and marks, joined by hyphens or inner
#: apostrophes), a possessive ending, or any other single mark.
TOKEN = compiled.compile(
    r"""
    \d+(?:,\d{3})*(?:-[\p{L}]+)+                                      # 12-year-old  60-day  5,000-strong
  | \d{1,2}:\d{2}(?![\d:])                                              # a clock time: 3:35 (no colon inside)
  | [$\u20ac\u00a3]?\d+(?:[.,]\d+)*(?:st|nd|rd|th|s|km²|km2|km|m|%|bn|mn)?(?![\p{L}\d])  # 10,000 1.5 4th 1990s 40km $4.5
  | (?:\p{L}\.){2,}(?:[-\u2010\u2011][\p{L}\p{N}\p{M}]+)+                # U.S.-Russia  U.S.-led (one word)
  | (?:\p{L}\.){2,}(?:\p{L}(?![\p{L}]))?                             # U.S.  U.N.  U.S
  | \p{Lu}\.(?=[ ]\p{Lu})                                             # an initial: "Christopher G. Cavoli"
  | (?:@TITLES@)\.(?:-(?:@TITLES@)\.)?(?=[ ]\p{Lu})                                       # a title: "Brig. Nabil", "Maj.-Gen."
  | [\p{L}\p{N}\p{M}]+(?:[-\u2010\u2011][\p{L}\p{N}\p{M}]+)*           # a word, hyphens inside
        (?:['\u2019](?![sS](?![\p{L}]))[\p{L}]+)?                     # an inner apostrophe: O'Brien, don't
  | ['\u2019][sS](?![\p{L}])                                         # a possessive ending
  | [^\s\ufffd\p{Cf}]                                                 # any other mark (a replacement
                                                                     # character or format mark is a gap)
    """.replace("@TITLES@", _TITLES),
    regex.VERBOSE,
)


#: :data:`TOKEN` for a text of ASCII characters only, for Python's faster ``re`` engine: the same
#: alternatives in the same order, each class reduced to its ASCII members (``\\p{L}`` to ``[A-Za-z]``,
#: ``\\d`` and ``\\p{N}`` to ``[0-9]``, no marks or format characters, and ``regex``'s ``\\s``, which
#: unlike ``re``'s leaves out U+001C-U+001F, written out), so it finds the same tokens in such a text.
ASCII_TOKEN = re.compile(
    r"""
    [0-9]+(?:,[0-9]{3})*(?:-[A-Za-z]+)+
  | [0-9]{1,2}:[0-9]{2}(?![0-9:])
  | [$]?[0-9]+(?:[.,][0-9]+)*(?:st|nd|rd|th|s|km2|km|m|%|bn|mn)?(?![A-Za-z0-9])
  | (?:[A-Za-z]\.){2,}(?:-[A-Za-z0-9]+)+
  | (?:[A-Za-z]\.){2,}(?:[A-Za-z](?![A-Za-z]))?
  | [A-Z]\.(?=[ ][A-Z])
  | (?:@TITLES@)\.(?:-(?:@TITLES@)\.)?(?=[ ][A-Z])
  | [A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?:'(?![sS](?![A-Za-z]))[A-Za-z]+)?
  | '[sS](?![A-Za-z])
  | [^\t\n\x0b\x0c\r ]
    """.replace("@TITLES@", _TITLES),
    re.VERBOSE,
)


#: Function words that a headline in title case (or in capitals) writes with a capital: "Israeli Jets Strike
#: Targets In Southern Lebanon", "Pashinyan And Aliyev Hold Talks In Abu Dhabi", "FACILITY IN ODESA". In such a
#: headline they are read in lower case, so no name runs over them ("Positions In El Fasher" is no place).
#: ("Without", "The" and "A" are left out: "Doctors Without Borders", "The Hague".)
TITLED_FUNCTION_WORDS = frozenset(
    "in on at of and or for to with near from into onto amid after over against across by as via during "
    "since under upon off than but".split()
)
#: (and the verb "is", whose capitals are also Islamic State's short name: "WHY SYRIA IS NEXT")
_TITLED_FUNCTION_WORDS = frozenset(
    [w.title() for w in TITLED_FUNCTION_WORDS] + [w.upper() for w in TITLED_FUNCTION_WORDS] + ["Is", "IS"])


def _title_case(words: list[str]) -> bool:
    """Whether ``words`` are in title case: three words of four letters or more at least, and four in five of
    them capitalised (a sentence with a few names never is)."""
    long_words = [w for w in words if len(w) > 3 and w.isalpha()]
    return len(long_words) >= 3 and sum(1 for w in long_words if w[0].isupper()) >= 0.8 * len(long_words)


class Tokens:
    """The tokens of one text, as parallel lists (fast to index)."""

    __slots__ = ("text", "starts", "ends", "words", "lows", "title")

    def __init__(self, text: str, starts: list[int], ends: list[int], words: list[str], title: bool = False) -> None:
        self.text = text
        #: the text is a headline in title case or in capitals (see :meth:`of`): a capital marks no name
        self.title = title
        self.starts = starts
        self.ends = ends
        self.words = words
        #: lower-case forms, with typographic apostrophes made plain ("’s" -> "'s")
        self.lows = [w.lower().replace("\u2019", "'") for w in words] if "\u2019" in "".join(words) else \
            list(map(str.lower, words))

    @classmethod
    def of(cls, text: str) -> Tokens:
        """Tokenise ``text``. A headline in capitals ("RUSSIA STRIKES KYIV") is read in title case, and the
        function words of a headline in title case in lower case (:data:`TITLED_FUNCTION_WORDS`)."""
        starts: list[int] = []
        ends: list[int] = []
        words: list[str] = []
        for m in (ASCII_TOKEN if text.isascii() else TOKEN).finditer(text):
            s, e = m.span()
            starts.append(s)
            ends.append(e)
            words.append(m.group())
        # (three long words in capitals at least, or no share of them can reach 70%)
        capitals = False
        if sum(1 for w in words if w.isupper() and len(w) > 3 and w.isalpha()) >= 3:
            long_words = [w for w in words if len(w) > 3 and w.isalpha()]
            if len(long_words) >= 3 and sum(1 for w in long_words if w.isupper()) >= 0.7 * len(long_words):
                words = [w.capitalize() if len(w) > 3 and w.isalpha() and w.isupper() else w for w in words]
                capitals = True
        title = capitals or _title_case(words)
        if title and any(w in _TITLED_FUNCTION_WORDS for w in words[1:]):
            words = words[:1] + [w.lower() if w in _TITLED_FUNCTION_WORDS else w for w in words[1:]]
        return cls(text, starts, ends, words, title)

    def __len__(self) -> int:
        return len(self.words)

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Character offsets of tokens ``i`` to ``j`` (exclusive)."""
        return self.starts[i], self.ends[j - 1]

    def slice(self, i: int, j: int) -> str:
        """The text of tokens ``i`` to ``j`` (exclusive), as written."""
        if j <= i:
            return ""
        return self.text[self.starts[i]:self.ends[j - 1]]

    def index_at(self, offset: int) -> int:
        """The index of the first token that ends after ``offset``."""
        return bisect.bisect_right(self.ends, offset)  # (token ends increase)
