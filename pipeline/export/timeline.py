"""The corpus timeline as an SVG drawn in the index page: time across, event types (or the
persons most often in dated events) down.

A date of one day is a dot; a longer one (a month, a season, a year, a decade) a bar over the
days it covers. Every mark links to its event in the reading view and names it in a <title>.
"""
from __future__ import annotations

from datetime import date
from typing import Callable

from letopis.export.corpus import TimelineRow
from letopis.export.page import attribute, text
from letopis.export.timex import Interval

WIDTH, LEFT, RIGHT, TOP, ROW = 1000, 170, 20, 34, 28
STEPS = (1 / 12, 0.25, 0.5, 1, 2, 5, 10, 25, 50, 100, 250, 500)  # years between ticks
MOST_TICKS = 12
DOT_DAYS = 1  # at most this long: a dot
JITTER = (0, -6, 6)  # marks in one row step up and down so neighbours stay apart


def fraction(day: date) -> float:
    return Interval(day, day).year_fraction(day)


def tick_step(span: float) -> float:
    return next((step for step in STEPS if span / step <= MOST_TICKS), STEPS[-1])


def tick_label(value: float, step: float) -> str:
    year = int(value // 1)
    if step >= 1:
        return str(year)
    month = int(round((value - year) * 12)) + 1
    return f"{year}-{month:02d}" if month <= 12 else str(year + 1)


PERSON_ROWS = 25  # the persons view shows the persons of the most dated events
LABEL_CHARS = 26  # a lane label longer than the margin is cut (the full name is in data-lane)


def by_type(row: TimelineRow) -> list[str]:
    return [row.type]


def by_person(row: TimelineRow) -> list[str]:
    return [name for name in row.persons.split(" | ") if name]


def person_lanes(rows: list[TimelineRow]) -> list[str]:
    counts: dict[str, int] = {}
    for row in rows:
        for name in by_person(row):
            counts[name] = counts.get(name, 0) + 1
    return sorted(counts, key=lambda name: (-counts[name], name))[:PERSON_ROWS]


def timeline_svg(rows: list[TimelineRow], link: dict[str, str], svg_id: str = "timeline",
                 lanes_of: Callable[[TimelineRow], list[str]] = by_type, lanes: list[str] | None = None) -> str:
    """`link` maps a file to its reading view's address; `lanes_of` gives a row's lanes (its
    type, or its persons), `lanes` the lanes drawn (all by default)."""
    if not rows:
        return '<p class="muted">Нет событий с датой.</p>'
    types = lanes if lanes is not None else sorted({lane for row in rows for lane in lanes_of(row)})
    if not types:
        return '<p class="muted">Нет лиц в событиях с датой.</p>'
    spans = [(fraction(date.fromisoformat(row.first)), fraction(date.fromisoformat(row.last)) + 1 / 365)
             for row in rows]
    low, high = min(s for s, _ in spans), max(e for _, e in spans)
    if high - low < 1:
        low, high = low - 0.5, high + 0.5
    step = tick_step(high - low)
    low, high = (low // step) * step, -((-high) // step) * step
    scale = (WIDTH - LEFT - RIGHT) / (high - low)
    height = TOP + ROW * len(types) + 10

    def x(value: float) -> float:
        return round(LEFT + (value - low) * scale, 1)

    out = [f'<svg id="{svg_id}" class="timeline" viewBox="0 0 {WIDTH} {height}" role="img" '
           f'aria-labelledby="{svg_id}-title" xmlns="http://www.w3.org/2000/svg">'
           f'<title id="{svg_id}-title">События с датами во времени</title>']
    tick = low
    while tick <= high + 1e-9:
        out.append(f'<line class="tick" x1="{x(tick)}" x2="{x(tick)}" y1="{TOP - 6}" y2="{height - 10}"/>'
                   f'<text class="tick-label" x="{x(tick)}" y="{TOP - 12}">{tick_label(tick, step)}</text>')
        tick += step
    for index, lane in enumerate(types):
        y = TOP + ROW * index + ROW / 2
        out.append(f'<line class="row" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y}" y2="{y}"/>'
                   f'<text class="row-label" data-lane="{attribute(lane)}" x="{LEFT - 8}" y="{y + 4}">{text(lane[:LABEL_CHARS])}</text>')
    seen: dict[str, int] = {}
    position = {lane: index for index, lane in enumerate(types)}
    for row, (start, end) in zip(rows, spans):
        for lane in lanes_of(row):
            if lane not in position:
                continue
            y = TOP + ROW * position[lane] + ROW / 2 + JITTER[seen.get(lane, 0) % len(JITTER)]
            seen[lane] = seen.get(lane, 0) + 1
            out.append(point(row, x(start), x(end), y, link))
    out.append("</svg>")
    return "".join(out)


def point(row: TimelineRow, start: float, end: float, y: float, link: dict[str, str]) -> str:
    """A dot for a day, a bar for longer; a link to the event, its sentence in the tooltip."""
    title = (f"{row.type}: {row.trigger} — {row.date} ({row.value}{' ' + row.mod if row.mod else ''})"
             f"{'; ' + row.persons if row.persons else ''}{'; ' + row.places if row.places else ''}"
             f" [{row.file}, {row.event}]\n{row.sentence}")
    days = (date.fromisoformat(row.last) - date.fromisoformat(row.first)).days + 1
    shape = (f'<circle cx="{start}" cy="{y}" r="4"/>' if days <= DOT_DAYS else
             f'<rect x="{start}" y="{y - 4}" width="{max(3.0, round(end - start, 1))}" height="8" rx="2"/>')
    return (f'<a class="point" href="{attribute(link[row.file] + "#" + row.event)}" '
            f'data-file="{attribute(row.file)}" data-event="{attribute(row.event)}" '
            f'data-type="{attribute(row.type)}"><title>{text(title)}</title>{shape}</a>')
