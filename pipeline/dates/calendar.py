"""Calendar arithmetic on TIMEX3 values: days, weeks, months and years counted forward and back.

Pure functions of their arguments; a value they cannot compute exactly comes back as `None`,
so the caller keeps `X`s rather than a guess."""
from __future__ import annotations

import re
from datetime import date, timedelta

DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
MONTH = re.compile(r"^(\d{4})-(\d{2})")
YEAR = re.compile(r"^(\d{4})")


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


def julian_easter(year: int) -> tuple[int, int]:
    """Orthodox Easter of `year` by the Julian computus (Meeus' algorithm): (month, day) in the
    Julian calendar, the church's calendar, in which Russian texts before 1918 date everything."""
    d = (19 * (year % 19) + 15) % 30
    e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7
    return (d + e + 114) // 31, (d + e + 114) % 31 + 1


def julian_days(year: int, month: int, day: int) -> int:
    """Days since a fixed origin of a day of the Julian calendar (its own leap years, every
    fourth year), so that days can be counted across months in it."""
    a = (14 - month) // 12
    y, m = year + 4800 - a, month + 12 * a - 3
    return day + (153 * m + 2) // 5 + 365 * y + y // 4 - 32083


def julian_date(days: int) -> str:
    """The Julian calendar day `julian_days` numbered, as a TIMEX3 value."""
    c = days + 32082
    d = (4 * c + 3) // 1461
    e = c - 1461 * d // 4
    m = (5 * e + 2) // 153
    day, month = e - (153 * m + 2) // 5 + 1, m + 3 - 12 * (m // 10)
    return f"{d - 4800 + m // 10:04d}-{month:02d}-{day:02d}"


def from_easter(year: int, offset: int) -> str:
    """The Julian day `offset` days from Orthodox Easter of `year` (Троица +49, Великий пост -48)."""
    month, day = julian_easter(year)
    return julian_date(julian_days(year, month, day) + offset)


GREGORIAN_IN_RUSSIA = 1918  # the first year Russia dated by the Gregorian calendar (from 1 (14) February)


def weekday_near(value: str, weekday: int, tense: str | None, julian: bool = False, side: str = "") -> str:
    """The day named by a weekday (ISO 1–7) near the day `value`: on it or before it when the
    verb is in the past (`в понедельник провёл`), on it or after it in the future (`в четверг
    обсудят`), the nearest (three days either way) with no tense; `side` `-` or `+` (a word
    before the weekday, `в прошлую среду`, `в будущую среду`: `weekday_shifts.tsv`) puts it
    strictly before or after `value` whatever the tense. Counted in the Julian calendar
    when `value` is a Julian day (a Russian text before 1918). A value that is not a day comes
    back as the weekday alone."""
    found = DAY.match(value)
    bare = f"XXXX-WXX-{weekday}"
    if not found:
        return bare
    year, month, day = map(int, found.groups())
    try:
        number = julian_days(year, month, day) if julian else date(year, month, day).toordinal()
    except ValueError:
        return bare
    # the ISO weekday of a day number: Julian day numbers are Monday at 0 (mod 7), ordinals at 1
    today = number % 7 + 1 if julian else (number - 1) % 7 + 1
    ahead, back = (weekday - today) % 7, (today - weekday) % 7
    if side == "-":
        step = -(back or 7)
    elif side == "+":
        step = ahead or 7
    elif tense == "Past":
        step = -back
    elif tense == "Fut":
        step = ahead
    else:
        step = ahead if ahead <= 3 else -back
    return julian_date(number + step) if julian else date.fromordinal(number + step).isoformat()


def week(value: str) -> str | None:
    """The ISO week (`2024-W40`) of the day `value`, or None when it is not a day."""
    found = DAY.match(value)
    if not found:
        return None
    try:
        year, number, _ = date(*map(int, found.groups())).isocalendar()
    except ValueError:
        return None
    return f"{year:04d}-W{number:02d}"
