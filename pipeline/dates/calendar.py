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
