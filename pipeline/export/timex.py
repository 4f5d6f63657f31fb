"""A TIMEX3 value and mod as the days they cover: for the timeline and TEI's date attributes.

`1905-11` is November 1905; `1921-SU` the summer of 1921; `1861-W12` the twelfth ISO week
of 1861 (Monday to Sunday); `193` the 1930s; `19` the
twentieth century (1900-1999, as TIMEX3 writes centuries); a mod narrows (`START`, `MID`,
`END`: a third of the interval) or opens (`BEFORE`, `AFTER`) it. A value without a year
(`XXXX-04`) has no interval; one whose day or month is unknown (`1773-09-XX`, what "the same
day" counted from a month gives) covers the month or year it knows.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
MONTH = re.compile(r"^(\d{4})-(\d{2})$")
YEAR = re.compile(r"^(\d{4})$")
UNKNOWN_DAY = re.compile(r"^(\d{4})-(\d{2})-XX$")  # a day of a known month: the month
UNKNOWN_MONTH = re.compile(r"^(\d{4})-XX(-XX)?$")  # a day or month of a known year: the year
SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|AU|WI)$")
WEEK = re.compile(r"^(\d{4})-W(\d{2})$")  # an ISO week, Monday to Sunday
DECADE = re.compile(r"^(\d{3})X?$")
CENTURY = re.compile(r"^(\d{2})(XX)?$")
YEARLESS = re.compile(r"^XXXX(-\d{2}(-\d{2})?)$")  # TEI writes these as --MM, --MM-DD
SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 14)}
NARROWING = {"START": 0, "MID": 1, "END": 2}  # which third of the interval
START, END, BEFORE, AFTER = "START", "END", "BEFORE", "AFTER"


@dataclass(frozen=True)
class Interval:
    """First and last day (inclusive); `exact` the value itself where the interval is exactly
    one calendar year, month or day (what TEI's @when takes)."""
    first: date
    last: date
    exact: str | None = None
    open_before: bool = False  # BEFORE: the interval is where it ends
    open_after: bool = False   # AFTER: the interval is where it starts

    @property
    def point(self) -> bool:
        return self.first == self.last

    def year_fraction(self, day: date) -> float:
        length = 366 if calendar.isleap(day.year) else 365
        return day.year + (day.timetuple().tm_yday - 1) / length


def month_end(year: int, month: int) -> date:
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return date(year, month, calendar.monthrange(year, month)[1])


PART_OF_DAY = re.compile(r"T(?:MO|MI|AF|EV|NI|DT)$")  # `1912-03-14TMO`, a diary's `Утром`: its day


def base_interval(value: str) -> Interval | None:
    value = PART_OF_DAY.sub("", value)
    try:
        if found := DAY.match(value):
            day = date(*map(int, found.groups()))
            return Interval(day, day, value)
        if found := MONTH.match(value):
            year, month = map(int, found.groups())
            return Interval(date(year, month, 1), month_end(year, month), value)
        if found := YEAR.match(value):
            year = int(value)
            return Interval(date(year, 1, 1), date(year, 12, 31), value)
        if found := UNKNOWN_DAY.match(value):
            year, month = map(int, found.groups())
            return Interval(date(year, month, 1), month_end(year, month))
        if found := UNKNOWN_MONTH.match(value):
            year = int(found[1])
            return Interval(date(year, 1, 1), date(year, 12, 31))
        if found := SEASON.match(value):
            year, (first, last) = int(found[1]), SEASONS[found[2]]
            return Interval(date(year, first, 1), month_end(year, last))
        if found := WEEK.match(value):
            monday = date.fromisocalendar(int(found[1]), int(found[2]), 1)
            return Interval(monday, date.fromordinal(monday.toordinal() + 6))
        if found := DECADE.match(value):
            year = int(found[1]) * 10
            return Interval(date(max(year, 1), 1, 1), date(year + 9, 12, 31))
        if found := CENTURY.match(value):
            year = int(found[1]) * 100
            return Interval(date(max(year, 1), 1, 1), date(year + 99, 12, 31))
    except ValueError:  # a month 13 or a day 31 of April
        return None
    return None


def months(first: date, last: date) -> int:
    return (last.year - first.year) * 12 + last.month - first.month + 1


def narrowed(whole: Interval, third: int) -> Interval:
    """The first, middle or last third of an interval: in whole months when it spans three
    or more (the start of 1934 is January to April), else in days."""
    count = months(whole.first, whole.last)
    if count >= 3:
        size = count // 3
        start = whole.first.year * 12 + whole.first.month - 1 + (count - size if third == 2 else size * third)
        first = date(start // 12, start % 12 + 1, 1)
        end = start + size - 1
        return Interval(first, whole.last if third == 2 else month_end(end // 12, end % 12 + 1))
    step = (whole.last - whole.first) / 3
    first = whole.first + step * third
    return Interval(first, whole.last if third == 2 else max(first, first + step))


def interval(value: str | None, mod: str | None = None) -> Interval | None:
    """The days a date covers, narrowed or opened by its mod; None for a value without a year."""
    whole = base_interval(value or "")
    if whole is None or not mod:
        return whole
    if mod in NARROWING:
        return narrowed(whole, NARROWING[mod])
    if mod == BEFORE:
        return Interval(whole.first, whole.first, open_before=True)
    if mod == AFTER:
        return Interval(whole.last, whole.last, open_after=True)
    return Interval(whole.first, whole.last)  # APPROX and the like: the interval, not exact


def tei_attributes(value: str | None, mod: str | None = None) -> dict[str, str]:
    """TEI's @when for an exact date, else @notBefore/@notAfter; nothing for what has no year
    and no month."""
    if not mod and (found := YEARLESS.match(value or "")):
        return {"when": "-" + found[1]}
    span = interval(value, mod)
    if span is None:
        return {}
    if span.exact:
        return {"when": span.exact}
    attributes = {}
    if not span.open_before:
        attributes["notBefore"] = span.first.isoformat()
    if not span.open_after:
        attributes["notAfter"] = span.last.isoformat()
    return attributes
