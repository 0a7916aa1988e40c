"""Date expressions, resolved against the publication date.

:data:`DATE` finds a date expression in a sentence; :func:`resolve_date` turns
its text into an :class:`~conflictevents.models.EventDate` with a precision.
Resolution is always anchored to the document's publication date; without one,
relative expressions ("on Monday", "last week") stay unresolved: the machine's
clock is never used. Durations ("three-year offensive", "21 months of
fighting") are not dates and are not matched.

Rules (python-dateutil does the calendar arithmetic):

* a weekday ("on Monday", "earlier Monday", "Sunday night") is the latest such
  day on or before publication ("last Monday": strictly before); for a planned
  event, the next one on or after publication;
* "today", "tonight", "overnight", "this morning", "over the past night", "during the night" are the publication
  day, and so is a time of day written with no day ("in the early hours", "before dawn", "shortly after
  midnight");
  "yesterday" and "last night" the day before; "two days ago", "a week ago" count back from publication;
* an offset ("the previous day", "a day earlier", "the following day", "two days later") counts from another
  date of the story, not from publication: alone it resolves to nothing, and :func:`offset_days` gives the
  days for the caller to add to that date;
* "last week" (the calendar week before this one) and "past week" (the seven
  days before publication; "over the past three days" likewise): the month when the days lie inside one month,
  else the year; a weekend ("over the weekend", "last weekend") likewise, by
  its Saturday and Sunday; "this month", "earlier this month", "last month"; "this
  year", "last year";
* a month ("in June", "late June") is the latest such month on or before
  publication, or the next one for a planned event; with a year
  ("February 2022") it is that month;
* a day ("June 2", "2 June", "October 7, 2023", "the 2nd of May") with or without a year; a day of the month
  alone ("on the 4th") is in the latest month that has had it (the next one for a planned event); a holiday
  on a fixed day ("on New Year's Day", "Christmas Eve") the latest one, or the next for a planned event;
* a year ("in 2022", "late 2024", "since 2014"); a season ("this summer"; "in the autumn" is the latest one
  begun, or the next one not yet over for a planned event).

>>> import datetime as dt
>>> pub = dt.date(2025, 7, 14)  # a Monday
>>> resolve_date("on Sunday", pub).date
'2025-07-13'
>>> resolve_date("last month", pub).date
'2025-06'
>>> resolve_date("in October", pub, planned=True).date
'2025-10'
>>> resolve_date("on Monday", None).date is None
True
"""

from __future__ import annotations

import datetime as dt
import functools

import regex
from dateutil import parser as du_parser
from dateutil.relativedelta import relativedelta, weekday
from dateutil.relativedelta import MO, TU, WE, TH, FR, SA, SU

from ..models import DatePrecision, EventDate, Span

__all__ = ["DATE", "NAMED_LISTS", "resolve_date", "writes_day", "is_deictic", "offset_days", "filed_day", "DAY_HEADING",
           "MONTHS", "WEEKDAYS", "COUNT_WORDS", "NAMED_DAYS", "named_day"]

#: Month names and abbreviations -> month number.
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
#: Weekday names -> dateutil weekday.
WEEKDAYS: dict[str, weekday] = {
    "monday": MO, "tuesday": TU, "wednesday": WE, "thursday": TH, "friday": FR, "saturday": SA, "sunday": SU,
}
SEASONS = ("spring", "summer", "autumn", "fall", "winter")
#: The month each season starts in (a season after publication's month, read in the past, is last year's).
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
#: Holidays on a fixed day of the year -> (month, day), lower case; written capitalised ("on New Year's Day").
HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas day": (12, 25), "christmas eve": (12, 24),
    "boxing day": (12, 26),
}
#: Days a war names by its date alone -> (year, the sides whose day it is): "Hamas's October 7 attack" on a page of
#: 2025 is 2023's, not the latest 7 October; "Russia's February 24 invasion" is 2022's.
NAMED_DAYS: dict[tuple[int, int], tuple[int, frozenset[str]]] = {
    (10, 7): (2023, frozenset({"Hamas", "Israel"})),
    (2, 24): (2022, frozenset({"Russia", "Ukraine"})),
}
#: The holidays as written, with either apostrophe ("New Year's Day", "New Year’s Eve").
HOLIDAYS_WRITTEN = sorted({v for h in HOLIDAYS for v in (h.title().replace("'S", "'s"),
                                                          h.title().replace("'S", "’s"))})

_MONTH_NAMES = sorted([m.title() for m in MONTHS if len(m) > 3 or m == "may"] +
                      # "Feb. 28", "Sept. 3": an abbreviation with its full stop (a bare "Mar" or "Jan" is a name)
                      [m.title() + "." for m in MONTHS if 3 <= len(m) <= 4 and m != "may"],
                      key=len, reverse=True)
_WEEKDAY_NAMES = sorted((w.title() for w in WEEKDAYS), key=len, reverse=True)

#: Counts written before "days ago", "days later", "a week earlier" (a word, or digits: "782 days ago").
COUNT_WORDS: dict[str, int] = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10,
}
_COUNT = r"(?:" + "|".join(sorted(COUNT_WORDS, key=len, reverse=True)) + r"|\d{1,3}(?:,\d{3})?(?![\d,]))"
#: A time of day written with no day: the day of the report, as "overnight" ("in the early hours", "before dawn",
#: "shortly after midnight"); not "in the early hours of Saturday", whose day is written.
_DAYTIME = (r"in[ ]the[ ](?:early|small|wee)[ ]hours(?:[ ]of[ ]the[ ]morning)?(?![ ]of)"
            r"|(?:at|before|shortly[ ]before|just[ ]before)[ ](?:dawn|daybreak)"
            r"|(?:shortly|just|soon)[ ]after[ ]midnight")
#: Expressions that count from the moment of speaking.
_DEICTIC = (r"(?:earlier[ ]|later[ ])?today|tonight|overnight|the[ ]day[ ]before[ ]yesterday|yesterday|last[ ]night"
            r"|this[ ](?:morning|afternoon|evening)"
            # the night before a morning report: "over the past night", "during the night" (the publication day,
            # as "overnight")
            r"|(?:over|during)[ ]the[ ](?:past[ ])?night(?![ ]of)"
            # "two days ago", "a week ago"
            rf"|{_COUNT}[ ](?:days?|weeks?|fortnights?)[ ]ago|{_DAYTIME}")
#: Expressions that count from another date the story gives, not from the moment of speaking ("the previous
#: day", "a day earlier", "the following day", "two days later", "hours later"); see :func:`offset_days`. "the
#: day after"/"the day before" only where no noun or clause follows ("the day after the talks" is a preposition).
_OFFSET = (r"the[ ](?:previous|preceding|next|following)[ ](?:day|morning|afternoon|evening)(?![ ]of)"
           r"|the[ ]day[ ](?:before|after)(?![ ][\p{L}\p{N}])"
           rf"|{_COUNT}[ ](?:days?|weeks?|fortnights?)[ ](?:earlier|later)|(?:{_COUNT}[ ])?hours[ ](?:earlier|later)"
           # the day the story last gave: "earlier in the day", "later that day", "the same day"
           r"|(?:earlier|later)[ ](?:in[ ]the[ ]day|that[ ](?:day|morning|afternoon|evening|night))"
           r"|(?:on[ ])?(?:that|the)[ ]same[ ](?:day|morning|afternoon|evening|night)(?![ ]as|[ ]of)")
#: Days in the units an offset or "ago" counts in.
_UNIT_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "fortnight": 14, "fortnights": 14}
#: Words of an offset that count back ("the previous day", "a day earlier").
_BACKWARD = frozenset({"previous", "preceding", "before", "earlier"})
_OFFSET_WHOLE = regex.compile(rf"(?i)^(?:{_OFFSET})$")
#: The night before a morning report, as "overnight" (lower case).
_NIGHT_BEFORE_REPORT = frozenset({"over the past night", "over the night", "during the night", "during the past night"})
#: A whole date expression that is deictic (see :func:`is_deictic`).
_DEICTIC_WHOLE = regex.compile(rf"(?i)^(?:{_DEICTIC})$")

#: A date expression. Month and weekday names must be capitalised ("may" is a
#: verb, "May" a month); the words around them may take any case.
DATE = r"""(?<![\p{L}\p{N}])(?:
    (?i:(?:on|since|from|until|by)[ ])?(?:19|20)\d{2}-[01]\d-[0-3]\d(?![\d\p{L}])
  |
    (?i:(?:on|earlier|late|early|last|this|next|from|since|until|by)[ ](?:on[ ])?)?
        (?:\L<weekdays>)(?i:[ ](?:morning|afternoon|evening|night))?(?i:[ ](?:of[ ])?last[ ]week)?(?![\p{L}])
  | (?i:(?:on|since|from|until|by)[ ])?(?:\L<months>)[ ]\d{1,2}(?:st|nd|rd|th)?(?:,?[ ]\d{4})?(?![\d\p{L}])
  | (?i:(?:on|since|from|until|by)[ ])?\d{1,2}(?:st|nd|rd|th)?[ ](?:\L<months>)(?:,?[ ]\d{4})?(?![\d\p{L}])
  | (?i:(?:in|since|from|until|by|during|last|next|this)[ ])?(?i:(?:late|early|mid|the[ ]end[ ]of)[ -]?)?
        (?:\L<months>)(?:[ ]\d{4}|(?i:[ ]this[ ]year|[ ]last[ ]year))?(?![\d\p{L}])
  | (?i:(?:in|since|from|until|by|during)[ ])?(?i:(?:late|early|mid|the[ ]end[ ]of)[ -]?)?(?:19|20)\d{2}(?![\d\p{L}%])
  | (?i:<DEICTIC>)
  | (?i:<OFFSET>)
  | (?i:(?:over|in|during)[ ]the[ ](?:past|last)[ ]<COUNT>[ ](?:days|weeks))(?![ ]of)
  | (?i:(?:last|past|this|earlier[ ]this|later[ ]this|next)[ ](?:week|month|year)(?:end)?)
  | (?i:(?:over|at|during|on|throughout)[ ]the[ ](?:past[ ]|last[ ])?weekend|this[ ]past[ ]weekend)
  | (?i:(?:this|last|next)[ ](?:spring|summer|autumn|fall|winter))
  | (?i:(?:in|during|over)[ ]the[ ](?:spring|summer|autumn|fall|winter))(?![ ]of|[ ]offensive|[\p{L}])
  | (?i:(?:on|at|over)[ ])?(?:\L<holidays>)(?![\p{L}])
  | (?i:on[ ]the[ ])\d{1,2}(?:st|nd|rd|th)(?![ ]?[\p{L}\p{N}])
  | (?i:(?:on|since|from|until|by)[ ](?:the[ ])?)?\d{1,2}(?:st|nd|rd|th)[ ]of[ ](?:\L<months>)(?:,?[ ]\d{4})?(?![\d\p{L}])
  | (?i:(?:earlier|later)[ ]in[ ]the[ ](?:week|month|year))
)""".replace("<DEICTIC>", _DEICTIC).replace("<OFFSET>", _OFFSET).replace("<COUNT>", _COUNT)

#: Named lists for :data:`DATE`.
NAMED_LISTS: dict[str, list[str]] = {"weekdays": _WEEKDAY_NAMES, "months": _MONTH_NAMES,
                                     "holidays": sorted(HOLIDAYS_WRITTEN, key=len, reverse=True)}

#: Words before a bare "May" that make it the month ("last May", "since May").
_MAY_LEADS = frozenset({"last", "next", "this", "since", "from", "until", "by", "during"})
_YEAR = regex.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_DAY = regex.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?(?!\d)")
_WORD = regex.compile(r"[a-z]+")


def _check_year(year: int) -> None:
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        raise ValueError(f"year {year} is outside the calendar")


def _day(d: dt.date) -> EventDate:
    return EventDate(d.isoformat(), DatePrecision.DAY)


#: A day of a month as written, without what surrounds it: "March 3", "3 March", "March 3rd, 2025".
_DAY_OF_MONTH = regex.compile(
    r"(?i)\b(?:\d{1,2}(?:st|nd|rd|th)?[ ](?:of[ ])?)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
    r"(?:[ ]\d{1,2}(?:st|nd|rd|th)?)?(?:,?[ ]\d{4})?\b")


def _parse_day(text: str, base: dt.datetime) -> dt.date | None:
    """The day ``text`` writes, also with words of the time of day around it ("overnight on March 3")."""
    for candidate in (text, _core_of(text)):
        if candidate is None:
            continue
        try:
            return du_parser.parse(candidate, default=base, fuzzy=False).date()
        except (ValueError, OverflowError):
            continue
    return None


def _core_of(text: str) -> str | None:
    m = _DAY_OF_MONTH.search(text)
    return m.group() if m and m.group() != text else None


def _month(year: int, month: int) -> EventDate:
    _check_year(year)
    return EventDate(f"{year:04d}-{month:02d}", DatePrecision.MONTH)


def _year(year: int) -> EventDate:
    _check_year(year)
    return EventDate(f"{year:04d}", DatePrecision.YEAR)


#: Distinct (expression, publication date, planned) triples remembered: a page repeats its few date words, a
#: batch its days of publication (the function is pure and its results are immutable).
_RESOLVED_KEPT = 8192


_DAYTIME_WHOLE = regex.compile(rf"(?i)^(?:{_DAYTIME})$")
_HOLIDAY_IN = regex.compile("|".join(sorted((regex.escape(h) for h in HOLIDAYS), key=len, reverse=True)))
_ISO_DAY = regex.compile(r"((?:19|20)\d{2})-([01]\d)-([0-3]\d)$")
_ORDINAL_DAY = regex.compile(r"^(?:on )?the (\d{1,2})(?:st|nd|rd|th)$")


def _count(word: str) -> int | None:
    digits = word.replace(",", "")
    return int(digits) if digits.isdigit() else COUNT_WORDS.get(word)


@functools.lru_cache(maxsize=_RESOLVED_KEPT)
def _resolve(text: str, pub: dt.date | None, planned: bool) -> EventDate | None:
    iso = _ISO_DAY.search(text)
    if iso is not None:  # "2025-05-04"
        return _day(dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3))))
    t = " ".join(text.lower().replace("-", " ").split())
    if _OFFSET_WHOLE.match(t):
        return None  # "the previous day": counted from a date of the story (see offset_days), not from publication
    words = _WORD.findall(t)
    year_m = _YEAR.search(t)
    year = int(year_m.group(1)) if year_m else None
    month = next((MONTHS[w] for w in words if w in MONTHS and (w != "may" or year or _DAY.search(t))), None)
    if "may" in words and month is None and (
            "in may" in t or t == "may" or (len(words) == 2 and words[1] == "may" and words[0] in _MAY_LEADS)):
        month = 5
    wday = next((WEEKDAYS[w] for w in words if w in WEEKDAYS), None)
    holiday = _HOLIDAY_IN.search(t.replace("\u2019", "'"))
    if holiday is not None:  # "on New Year's Day": the latest one on or before publication (the next if planned)
        if pub is None and year is None:
            return None
        h_month, h_day = HOLIDAYS[holiday.group()]
        y = year or (pub.year if pub else 0)
        found_day = dt.date(y, h_month, h_day)
        if year is None and pub is not None:
            if planned and found_day < pub:
                found_day = found_day.replace(year=y + 1)
            elif not planned and found_day > pub:
                found_day = found_day.replace(year=y - 1)
        return _day(found_day)
    if month is None and (ordinal := _ORDINAL_DAY.search(t)) is not None:  # "on the 4th": that day of a month
        if pub is None:
            return None
        day_n = int(ordinal.group(1))
        this = dt.date(pub.year, pub.month, 1)
        for _ in range(3):
            try:
                candidate = this.replace(day=day_n)
            except ValueError:
                candidate = None
            if candidate is not None and (candidate >= pub if planned else candidate <= pub):
                return _day(candidate)
            this = this + relativedelta(months=1 if planned else -1)
        return None

    if month is not None:
        day_m = _DAY.search(_YEAR.sub(" ", t))
        if day_m:  # a day of a month
            if year is None and pub is None:
                return None
            base = dt.datetime(year or (pub.year if pub else 2000), 1, 1)
            found = _parse_day(text, base)
            if found is None:
                return None
            parsed = found
            if year is None and pub is not None:
                if planned and parsed < pub:
                    parsed = parsed.replace(year=parsed.year + 1)
                elif not planned and parsed > pub:
                    parsed = parsed.replace(year=parsed.year - 1)
            return _day(parsed)
        if words and words[0] == "since":  # "since January this year": the span is the year
            if year is not None:
                return _year(year)
            return _year(pub.year) if pub is not None else None
        if year is not None:
            return _month(year, month)
        if "this year" in t and pub is not None:
            return _month(pub.year, month)
        if "last year" in t and pub is not None:
            return _month(pub.year - 1, month)
        if pub is None:
            return None
        y = pub.year
        if words[0] == "last":  # "last June": the latest June before this month
            return _month(y if month < pub.month else y - 1, month)
        if words[0] == "next":  # "next January": the first January after this month
            return _month(y if month > pub.month else y + 1, month)
        if planned and month < pub.month:
            y += 1
        elif not planned and month > pub.month:
            y -= 1
        return _month(y, month)
    if year is not None:
        return _year(year)
    if pub is None:
        return None
    if wday is not None:
        if "week" in words and "last" in words:  # "Tuesday last week"
            monday = pub + relativedelta(weeks=-1, weekday=MO(-1))
            return _day(monday + relativedelta(weekday=wday(+1)))
        if planned or "next" in words:
            return _day(pub + relativedelta(weekday=wday(+1)))
        if "last" in words:
            return _day(pub - dt.timedelta(days=1) + relativedelta(weekday=wday(-1)))
        return _day(pub + relativedelta(weekday=wday(-1)))
    if words and words[-1] == "ago":  # "two days ago", "a week ago": counted back from publication
        parts = t.split()
        n = _count(parts[0])
        return _day(pub - dt.timedelta(days=n * _UNIT_DAYS[parts[1]])) if n else None
    if t == "the day before yesterday":
        return _day(pub - dt.timedelta(days=2))
    if "yesterday" in words or t == "last night":
        return _day(pub - dt.timedelta(days=1))
    if words and words[-1] in ("today", "tonight", "overnight", "morning", "afternoon", "evening"):
        return _day(pub)
    if _DAYTIME_WHOLE.match(t):  # "in the early hours", "before dawn": as "overnight"
        return _day(pub)
    if t in _NIGHT_BEFORE_REPORT:
        return _day(pub)  # "over the past night", "during the night": as "overnight"
    if "weekend" in words:
        return _weekend(words, pub, planned)
    parts = t.split()
    if len(parts) >= 4 and parts[-1] in ("days", "weeks") and parts[-3] in ("past", "last"):
        # "over the past three days": those days before publication, as "past week"
        n = _count(parts[-2])
        if not n:
            return None
        start, end = pub - dt.timedelta(days=n * (7 if parts[-1] == "weeks" else 1)), pub
        if start.month == end.month and start.year == end.year:
            return _month(start.year, start.month)
        return _year(start.year) if start.year == end.year else None
    if "week" in words:
        if "past" in words:  # "over the past week": the seven days before publication
            start, end = pub - dt.timedelta(days=7), pub
        elif "last" in words:  # "last week": the calendar week before this one
            start = pub + relativedelta(weeks=-1, weekday=MO(-1))
            end = start + dt.timedelta(days=6)
        elif "next" in words:
            start = pub + relativedelta(days=+1, weekday=MO(+1))
            end = start + dt.timedelta(days=6)
        else:
            start = pub + relativedelta(weekday=MO(-1))
            end = pub
        if start.month == end.month:
            return _month(start.year, start.month)
        return _year(start.year) if start.year == end.year else None
    if "month" in words:
        if "last" in words or "past" in words:
            prev = pub - relativedelta(months=1)
            return _month(prev.year, prev.month)
        if "next" in words:
            nxt = pub + relativedelta(months=1)
            return _month(nxt.year, nxt.month)
        return _month(pub.year, pub.month)
    if "year" in words:
        if "last" in words or "past" in words:
            return _year(pub.year - 1)
        if "next" in words:
            return _year(pub.year + 1)
        return _year(pub.year)
    season = next((w for w in words if w in SEASONS), None)
    if season is not None:
        y = pub.year - 1 if "last" in words else pub.year + 1 if "next" in words else pub.year
        if "the" in words and season != "winter":  # "in the autumn": the latest one begun (the next if planned)
            begins = _SEASON_START[season]
            if planned and begins + 2 < pub.month:
                y += 1
            elif not planned and begins > pub.month:
                y -= 1
        return EventDate(f"{y:04d}", DatePrecision.SEASON, season="autumn" if season == "fall" else season)
    return None


def _weekend(words: list[str], pub: dt.date, planned: bool) -> EventDate | None:
    """A weekend: its month when its Saturday and Sunday lie in one month, else its year.

    "over the weekend", "at the weekend", "this weekend": the latest Saturday on or before publication (the
    next one for a planned event); "last weekend", "past weekend": the latest one already over; "next
    weekend": the first one after publication.
    """
    if "next" in words:
        saturday = pub + relativedelta(days=+1, weekday=SA(+1))
    elif "last" in words or "past" in words:
        saturday = pub + relativedelta(days=-2, weekday=SA(-1))
    elif planned:
        saturday = pub + relativedelta(weekday=SA(+1))
    else:
        saturday = pub + relativedelta(weekday=SA(-1))
    sunday = saturday + dt.timedelta(days=1)
    if saturday.month == sunday.month:
        return _month(saturday.year, saturday.month)
    return _year(saturday.year) if saturday.year == sunday.year else None


def offset_days(text: str) -> int | None:
    """Days from the date a story gave to the date ``text`` counts ("the previous day": -1, "two days later": 2,
    "a week earlier": -7, "hours later": 0); ``None`` for any other expression.

    >>> offset_days("the following day"), offset_days("a week earlier"), offset_days("on Monday")
    (1, -7, None)
    """
    t = " ".join(text.lower().split())
    if not _OFFSET_WHOLE.match(t):
        return None
    words = t.split()
    if words[0] == "hours" or "same" in words or "that" in words or words[-1] == "day" and words[-2] == "the":
        return 0  # "hours later", "the same day", "later that day", "earlier in the day"
    n = 1 if words[0] == "the" else _count(words[0]) or 0
    if words[1] == "hours":  # "48 hours later": whole days
        n //= 24
    else:
        n *= _UNIT_DAYS.get(words[1], 1)
    return -n if _BACKWARD.intersection(words) else n


_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"
#: A line that is only a day, as a live blog heads the entries of each day ("Friday 9 May", "Friday, May 9",
#: "9 May 2025", "Updated 9 May 2025 23:55", "Fri 9 May 2025 22.10 BST"): group ``day`` is the day written.
DAY_HEADING = regex.compile(
    r"(?i)^(?:(?:updated|published|posted|last[ ]updated)(?:[ ]on)?:?[ ])?"
    r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]{0,6}\.?,?[ ])?"
    rf"(?P<day>\d{{1,2}}(?:st|nd|rd|th)?[ ]{_MONTH_WORD}(?:,?[ ]\d{{4}})?|{_MONTH_WORD}[ ]\d{{1,2}}(?:st|nd|rd|th)?"
    r"(?:,?[ ]\d{4})?)(?:,?[ ](?:at[ ])?\d{1,2}[.:]\d{2}(?:[ ]?[ap]\.?m\.?)?(?:[ ][a-z]{2,4})?)?$")
#: The days a dateline's or a day heading's date may lie before publication (a page updated later) and still be
#: the day its story counts "today", "overnight", "on Friday" from.
_FILED_WITHIN_DAYS = 7


def filed_day(text: str, pub: dt.date | None) -> dt.date | None:
    """The day a story was filed, from the day of a month in ``text`` (a dateline's "Feb. 15", a live blog's
    heading "Friday 9 May"), when it lies on or up to a week before publication: the day the story's "today",
    "overnight" and "on Friday" count from. ``None`` for anything else.

    >>> filed_day("GOMA, Congo, Feb. 15 (AP) - ", dt.date(2025, 2, 17))
    datetime.date(2025, 2, 15)
    """
    if pub is None:
        return None
    m = _DAY_OF_MONTH.search(text)
    if m is None or not _DAY.search(_YEAR.sub(" ", m.group())):
        return None
    found = resolve_date(m.group(), pub)
    if found.date is None or found.precision is not DatePrecision.DAY:
        return None
    day = dt.date.fromisoformat(found.date)
    return day if 0 <= (pub - day).days <= _FILED_WITHIN_DAYS else None


def is_deictic(text: str) -> bool:
    """True for an expression that counts from the moment of speaking ("overnight", "yesterday").

    >>> is_deictic("overnight"), is_deictic("on Sunday")
    (True, False)
    """
    return _DEICTIC_WHOLE.match(text) is not None


def resolve_date(
    text: str, published: dt.date | None, *, planned: bool = False, span: Span | None = None
) -> EventDate:
    """Resolve one date expression; an unresolvable one keeps its text with ``date=None``.

    So does one whose date falls outside the calendar (years 1 to 9999):
    "yesterday" published on ``datetime.date.min``, "February 29" moved to a
    year that has none.

    >>> resolve_date("yesterday", dt.date.min).date is None
    True
    """
    try:
        found = _resolve(text, published, planned)
    except (OverflowError, ValueError):  # date arithmetic past the calendar's ends, Feb 29 in a common year
        found = None
    if found is None:
        return EventDate(None, None, written=text, span=span)
    return EventDate(found.date, found.precision, written=text, span=span, season=found.season)


_DAY_MONTH = regex.compile(r"(?i)^(?:on[ ]|since[ ])?(?:the[ ])?(?:(\d{1,2})(?:st|nd|rd|th)?[ ](\p{L}+)\.?|(\p{L}+)\.?[ ](\d{1,2})"
                           r"(?:st|nd|rd|th)?)$")


def named_day(written: str, side: str | None, pub: dt.date | None) -> EventDate | None:
    """The date of a day a war names by its date alone (:data:`NAMED_DAYS`), when the event is that war's
    (``side`` is one of its sides) and the text gives no year: "the October 7 attack" by Hamas -> 2023-10-07 on a
    page of any later year; ``None`` otherwise (and before that day)."""
    if side is None:
        return None
    m = _DAY_MONTH.match(written.strip())
    if m is None:
        return None
    day_s, month_s = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    month = MONTHS.get(month_s.lower())
    if month is None:
        return None
    named = NAMED_DAYS.get((month, int(day_s)))
    if named is None or side not in named[1]:
        return None
    day = dt.date(named[0], month, int(day_s))
    if pub is not None and pub < day:
        return None
    return EventDate(day.isoformat(), DatePrecision.DAY, written=written)


def writes_day(text: str, published: dt.date | None) -> bool:
    """Whether ``text`` resolves to a day: ``resolve_date(text, published).precision is DatePrecision.DAY``,
    without building the :class:`~conflictevents.models.EventDate` (the story asks it of every date mention).

    >>> pub = dt.date(2025, 7, 14)
    >>> writes_day("on Sunday", pub), writes_day("last month", pub), writes_day("on Sunday", None)
    (True, False, False)
    """
    try:
        found = _resolve(text, published, False)
    except (OverflowError, ValueError):
        return False
    return found is not None and found.precision is DatePrecision.DAY
