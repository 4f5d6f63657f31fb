"""Calendar arithmetic on TIMEX3 values: days counted forward and back, Julian to Gregorian.

Pure functions of their arguments; a value they cannot compute exactly comes back as `None`,
so the caller keeps `X`s rather than a guess."""
from __future__ import annotations

import re
from datetime import date, timedelta

DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
MONTH = re.compile(r"^(\d{4})-(\d{2})")
YEAR = re.compile(r"^(\d{4})")


def julian_day(year: int, month: int, day: int, julian: bool) -> int:
    """The Julian Day Number of a day of the Julian or the Gregorian calendar."""
    a = (14 - month) // 12
    y, m = year + 4800 - a, month + 12 * a - 3
    days = day + (153 * m + 2) // 5 + 365 * y + y // 4
    return days - 32083 if julian else days - y // 100 + y // 400 - 32045


def gregorian(value: str) -> str | None:
    """The Gregorian (New Style) day of a Julian (Old Style) day value: `1870-03-06` → `1870-03-18`."""
    found = DAY.match(value)
    if not found:
        return None
    year, month, day = map(int, found.groups())
    try:
        date(year, month, day)  # a day the month has (29 February of a Julian leap year aside)
    except ValueError:
        return None
    return (date.fromordinal(julian_day(year, month, day, julian=True) - 1721425)).isoformat()


def shifted(value: str, count: int, unit: str) -> str | None:
    """`value` moved by `count` units (D, W, M, Y), at the unit's precision: a day for D and W,
    a month for M, a year for Y; `None` when `value` is less precise than that."""
    if unit in ("D", "W"):
        found = DAY.match(value)
        if not found:
            return None
        try:
            day = date(*map(int, found.groups()))
        except ValueError:
            return None
        return (day + timedelta(days=count * (7 if unit == "W" else 1))).isoformat()
    if unit == "M":
        found = MONTH.match(value)
        if not found:
            return None
        months = int(found.group(1)) * 12 + int(found.group(2)) - 1 + count
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    found = YEAR.match(value)
    return f"{int(found.group(1)) + count:04d}" if found else None
