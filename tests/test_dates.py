"""Dates resolved against the publication date, never the clock."""

from __future__ import annotations

import datetime as dt

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from conflictevents.lexicons.dates import DATE, NAMED_LISTS, offset_days, resolve_date

PUB = dt.date(2025, 7, 14)  # a Monday
PATTERN = regex.compile(DATE, regex.VERBOSE, **NAMED_LISTS)

CASES = [
    ("on Monday", "2025-07-14"), ("on Sunday", "2025-07-13"), ("Earlier Monday", "2025-07-14"),
    ("last Monday", "2025-07-07"), ("yesterday", "2025-07-13"), ("overnight", "2025-07-14"),
    ("last week", "2025-07"), ("earlier this month", "2025-07"), ("last month", "2025-06"),
    ("in June", "2025-06"), ("June 2", "2025-06-02"), ("2 June", "2025-06-02"),
    ("late 2024", "2024"), ("in February 2022", "2022-02"), ("October 7, 2023", "2023-10-07"),
    ("this summer", "2025"), ("last year", "2024"), ("on Tuesday last week", "2025-07-08"),
    # "last <month>" is the latest one before the current month, "next <month>" the first after it
    ("last July", "2024-07"), ("last June", "2025-06"), ("last May", "2025-05"), ("next July", "2026-07"),
    ("next September", "2025-09"), ("this July", "2025-07"),
    # a weekend: the latest Saturday and Sunday (12-13 July, both in July)
    ("over the weekend", "2025-07"), ("at the weekend", "2025-07"), ("last weekend", "2025-07"),
]


# Published Saturday 10 May 2025: "last week" is the calendar week of 28 April to 4 May (two months: the year);
# "past week" the seven days before publication, 3 to 10 May (one month).
@pytest.mark.parametrize("text, expected", [("last week", "2025"), ("over the past week", "2025-05"),
                                            ("in the past week", "2025-05"), ("this week", "2025-05")])
def test_last_week_is_the_calendar_week_and_past_week_the_seven_days_before(text, expected):
    assert resolve_date(text, dt.date(2025, 5, 10)).date == expected


@pytest.mark.parametrize("pub, expected", [
    (dt.date(2025, 3, 3), "2025-03"),   # a Monday: Saturday 1 and Sunday 2 March
    (dt.date(2025, 9, 1), "2025-08"),   # a Monday: Saturday 30 and Sunday 31 August
    (dt.date(2024, 6, 3), "2024-06"),   # Saturday 1 and Sunday 2 June
    (dt.date(2024, 12, 2), "2024"),     # Saturday 30 November and Sunday 1 December: only the year
])
def test_a_weekend_is_its_month_when_both_days_lie_in_one(pub, expected):
    assert resolve_date("over the weekend", pub).date == expected


@pytest.mark.parametrize("text, expected", CASES)
def test_resolve(text, expected):
    assert resolve_date(text, PUB).date == expected


def test_planned_events_look_forward():
    assert resolve_date("in October", PUB, planned=True).date == "2025-10"
    assert resolve_date("on Friday", PUB, planned=True).date == "2025-07-18"


def test_no_publication_date_no_guess():
    for text in ("on Monday", "last week", "yesterday", "in June"):
        assert resolve_date(text, None).date is None
    assert resolve_date("in 2022", None).date == "2022"


@pytest.mark.parametrize("text", ["a three-year offensive", "21 months of fighting", "it may be true", "2,000 troops"])
def test_durations_and_verbs_are_not_dates(text):
    assert PATTERN.search(text) is None or PATTERN.search(text).group() in ()


@pytest.mark.parametrize("text, written", [
    ("talks in Washington on Friday", "on Friday"),     # not "on on Friday" from "Washingt-on"
    ("the operation on Tuesday last week", "on Tuesday last week"),
    ("a fortnightly report, tonight", "tonight"),  # ("a fortnight ago" is a date of its own)
    ("drones hit the port over the weekend", "over the weekend"),
    ("the weekend edition", None),      # "weekend" alone is no date
])
def test_a_date_starts_at_a_word(text, written):
    assert [m.group() for m in PATTERN.finditer(text)] == ([written] if written else [])


@given(st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)),
       st.sampled_from(["on Monday", "on Friday", "yesterday", "overnight", "last week", "last month",
                        "earlier this month", "in March", "in December", "last year", "on Sunday night"]))
def test_past_expressions_resolve_on_or_before_publication(pub, text):
    d = resolve_date(text, pub)
    if d.date is None:  # only a week across New Year has no single month or year
        assert text == "last week" and pub.month == 1 and pub.day <= 14
        return
    assert d.date <= pub.isoformat()[: len(d.date)]


# Issue 16, item 11: "yesterday" published on date.min raised OverflowError out of extract().
@pytest.mark.parametrize("pub, text", [
    (dt.date.min, "yesterday"), (dt.date.min, "last year"), (dt.date.min, "last week"), (dt.date.min, "on Sunday"),
    (dt.date.min, "last month"), (dt.date.max, "next week"), (dt.date.max, "next year"), (dt.date.max, "next month"),
    (dt.date(2024, 1, 15), "February 29"),  # the year before has no February 29
])
def test_a_date_past_the_calendar_is_unresolved_not_an_error(pub, text):
    found = resolve_date(text, pub, planned="next" in text)
    assert found.date is None and found.written == text


@given(st.dates(), st.sampled_from([w for w, _ in CASES] + ["February 29", "next week", "next year", "tomorrow"]),
       st.booleans())
def test_any_publication_date_resolves_or_leaves_the_date_open(pub, text, planned):
    resolve_date(text, pub, planned=planned)  # never raises


# Published Monday 14 July 2025: counting back from publication, and times of day written with no day
@pytest.mark.parametrize("text, expected", [
    ("two days ago", "2025-07-12"), ("a week ago", "2025-07-07"), ("10 days ago", "2025-07-04"),
    ("782 days ago", "2023-05-24"), ("the day before yesterday", "2025-07-12"),
    ("in the early hours", "2025-07-14"), ("in the small hours of the morning", "2025-07-14"),
    ("before dawn", "2025-07-14"), ("at daybreak", "2025-07-14"), ("shortly after midnight", "2025-07-14"),
])
def test_counted_back_and_times_of_day(text, expected):
    assert PATTERN.fullmatch(text) is not None
    assert resolve_date(text, PUB).date == expected


@pytest.mark.parametrize("text, days", [
    ("the previous day", -1), ("the day before", -1), ("a day earlier", -1), ("a week earlier", -7),
    ("the following day", 1), ("the next morning", 1), ("two days later", 2), ("hours later", 0),
    ("later that day", 0), ("earlier in the day", 0), ("the same day", 0),
])
def test_offsets_count_from_another_date_and_alone_resolve_to_nothing(text, days):
    assert PATTERN.fullmatch(text) is not None
    assert offset_days(text) == days
    assert resolve_date(text, PUB).date is None  # no date of the story to count from


@pytest.mark.parametrize("text, written", [
    ("the day after the talks", None),                     # a preposition: the day of another event
    ("in the early hours of Saturday", "Saturday"),        # the day is written
    ("talks resumed the day before.", "the day before"),
])
def test_offsets_and_times_of_day_in_text(text, written):
    assert [m.group() for m in PATTERN.finditer(text)] == ([written] if written else [])


@pytest.mark.parametrize("text, pub, planned, expected", [
    ("in the autumn", dt.date(2025, 5, 10), False, "2024"), ("in the autumn", dt.date(2025, 5, 10), True, "2025"),
    ("in the spring", dt.date(2025, 11, 3), True, "2026"), ("during the summer", dt.date(2025, 7, 14), False, "2025"),
    ("on New Year's Day", dt.date(2026, 1, 2), False, "2026-01-01"),
    ("on New Year\u2019s Eve", dt.date(2026, 1, 2), False, "2025-12-31"),
    ("on Christmas Day", dt.date(2025, 5, 10), False, "2024-12-25"),
    ("on Christmas Day", dt.date(2025, 5, 10), True, "2025-12-25"),
    ("on the 4th", dt.date(2025, 5, 10), False, "2025-05-04"), ("on the 12th", dt.date(2025, 5, 10), False, "2025-04-12"),
    ("on the 12th", dt.date(2025, 5, 10), True, "2025-05-12"), ("on the 31st", dt.date(2025, 5, 10), False, "2025-03-31"),
    ("on the 2nd of May", dt.date(2025, 5, 10), False, "2025-05-02"),
])
def test_seasons_with_the_holidays_and_ordinal_days(text, pub, planned, expected):
    assert PATTERN.fullmatch(text) is not None
    assert resolve_date(text, pub, planned=planned).date == expected


@pytest.mark.parametrize("text", ["the 4th Brigade", "in the autumn offensive", "a Christmas tree", "on the 3rd floor"])
def test_ordinals_seasons_and_holidays_that_are_no_dates(text):
    assert PATTERN.search(text) is None


@pytest.mark.parametrize("text, pub, expected", [
    ("over the past two days", dt.date(2025, 5, 10), "2025-05"), ("in the past 10 days", dt.date(2025, 5, 5), "2025"),
    ("in the last three weeks", dt.date(2025, 5, 30), "2025-05"),
])
def test_past_days_are_their_month_when_they_lie_in_one(text, pub, expected):
    assert PATTERN.fullmatch(text) is not None
    assert resolve_date(text, pub).date == expected


@pytest.mark.parametrize("text, expected", [("a fortnight ago", "2025-06-30"), ("on 2025-07-02", "2025-07-02")])
def test_a_fortnight_and_iso_days(text, expected):
    assert PATTERN.fullmatch(text) is not None
    assert resolve_date(text, PUB).date == expected


def test_offsets_in_hours_and_fortnights():
    assert offset_days("48 hours later") == 2 and offset_days("a fortnight earlier") == -14


@pytest.mark.parametrize("written, side, pub, want", [
    ("October 7", "Hamas", "2025-03-04", "2023-10-07"),
    ("7 October", "Israel", "2024-12-01", "2023-10-07"),
    ("on Oct. 7", "Hamas", "2023-10-20", "2023-10-07"),
    ("Feb. 24", "Russia", "2024-05-01", "2022-02-24"),
    ("October 7", "Russia", "2025-03-04", None),  # another war's 7 October: the latest one, read as usual
    ("October 7", None, "2025-03-04", None),
    ("October 7", "Hamas", "2023-09-01", None),  # before the day
    ("October 8", "Hamas", "2025-03-04", None),
    ("October 7, 2024", "Hamas", "2025-03-04", None),  # a year written: read as written
])
def test_named_days_of_a_war(written, side, pub, want):
    from conflictevents.lexicons.dates import named_day
    got = named_day(written, side, dt.date.fromisoformat(pub))
    assert (got.date if got is not None else None) == want
