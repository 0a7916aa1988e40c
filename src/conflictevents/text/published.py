"""The publication date a page prints in its byline ("Published On 7 May 2025").

Relative dates ("on Wednesday", "last week") are resolved against the
publication date. When the caller gives none, :func:`find_published` reads it
from the page: the first short line, among the page's first lines, that holds
a full date (day, month and year). A long line is story text, whose dates are
events, not the byline; a page with no such line has no publication date.

>>> find_published("Home\\nNews\\nPublished On 7 May 2025\\nDrones struck the port on Wednesday.")
datetime.date(2025, 5, 7)
>>> find_published("Updated: March 3, 2025, 14:05 GMT")
datetime.date(2025, 3, 3)
>>> find_published("A short page without a byline.") is None
True
"""

from __future__ import annotations

import datetime as dt

import regex

from .. import compiled
from ..lexicons.dates import MONTHS

__all__ = ["find_published", "BYLINE_LINES", "BYLINE_MAX_CHARS"]

#: How many of the page's first non-empty lines may hold the byline.
BYLINE_LINES = 60
#: A byline is a short line; longer lines are story text.
BYLINE_MAX_CHARS = 100

_MONTH = "|".join(sorted((m for m in MONTHS if len(m) >= 3), key=len, reverse=True))
_FULL_DATE = compiled.compile(
    rf"""(?ix)(?<![\p{{L}}\d])(?:
        (?P<d1>\d{{1,2}})(?:st|nd|rd|th)?[ ](?P<m1>{_MONTH})\.?,?[ ](?P<y1>(?:19|20)\d\d)
      | (?P<m2>{_MONTH})\.?[ ](?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?[ ](?P<y2>(?:19|20)\d\d)
      | (?P<y3>(?:19|20)\d\d)-(?P<m3>[01]\d)-(?P<d3>[0-3]\d)
    )(?!\d)"""
)


def _date(m: regex.Match[str]) -> dt.date | None:
    if m.group("y3"):
        year, month, day = int(m.group("y3")), int(m.group("m3")), int(m.group("d3"))
    else:
        year = int(m.group("y1") or m.group("y2"))
        month = MONTHS[(m.group("m1") or m.group("m2")).lower()]
        day = int(m.group("d1") or m.group("d2"))
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None  # "31 February 2025": not a date


def find_published(text: str) -> dt.date | None:
    """The date of the page's byline, or ``None`` when no early short line holds a full date."""
    seen = 0
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        seen += 1
        if seen > BYLINE_LINES:
            break
        if len(line) > BYLINE_MAX_CHARS:
            continue
        for m in _FULL_DATE.finditer(line, timeout=1.0):
            found = _date(m)
            if found is not None:
                return found
    return None
