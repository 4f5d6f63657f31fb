"""The corpus timeline as an SVG drawn in the index page: time across, event types down.

A date of one day is a dot; a longer one (a month, a season, a year, a decade) a bar over the
days it covers. Every mark links to its event in the reading view and names it in a <title>.
"""
from __future__ import annotations

from datetime import date

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


def timeline_svg(rows: list[TimelineRow], link: dict[str, str]) -> str:
    """`link` maps a file to its reading view's address."""
    if not rows:
        return '<p class="muted">Нет событий с датой.</p>'
    types = sorted({row.type for row in rows})
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

    out = [f'<svg id="timeline" viewBox="0 0 {WIDTH} {height}" role="img" aria-labelledby="timeline-title" '
           f'xmlns="http://www.w3.org/2000/svg"><title id="timeline-title">События с датами по времени и типам</title>']
    tick = low
    while tick <= high + 1e-9:
        out.append(f'<line class="tick" x1="{x(tick)}" x2="{x(tick)}" y1="{TOP - 6}" y2="{height - 10}"/>'
                   f'<text class="tick-label" x="{x(tick)}" y="{TOP - 12}">{tick_label(tick, step)}</text>')
        tick += step
    for index, type in enumerate(types):
        y = TOP + ROW * index + ROW / 2
        out.append(f'<line class="row" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y}" y2="{y}"/>'
                   f'<text class="row-label" x="{LEFT - 8}" y="{y + 4}">{text(type)}</text>')
    seen: dict[str, int] = {}
    for row, (start, end) in zip(rows, spans):
        y = TOP + ROW * types.index(row.type) + ROW / 2 + JITTER[seen.get(row.type, 0) % len(JITTER)]
        seen[row.type] = seen.get(row.type, 0) + 1
        title = (f"{row.type}: {row.trigger} — {row.date} ({row.value}{' ' + row.mod if row.mod else ''})"
                 f"{'; ' + row.persons if row.persons else ''}{'; ' + row.places if row.places else ''}"
                 f" [{row.file}, {row.event}]\n{row.sentence}")
        days = (date.fromisoformat(row.last) - date.fromisoformat(row.first)).days + 1
        shape = (f'<circle cx="{x(start)}" cy="{y}" r="4"/>' if days <= DOT_DAYS else
                 f'<rect x="{x(start)}" y="{y - 4}" width="{max(3.0, round(x(end) - x(start), 1))}" height="8" rx="2"/>')
        out.append(f'<a class="point" href="{attribute(link[row.file] + "#" + row.event)}" '
                   f'data-file="{attribute(row.file)}" data-event="{attribute(row.event)}" '
                   f'data-type="{attribute(row.type)}"><title>{text(title)}</title>{shape}</a>')
    out.append("</svg>")
    return "".join(out)
