"""A text as lines, each with the span of its content (surrounding whitespace left out)."""
from __future__ import annotations

from typing import NamedTuple


class Line(NamedTuple):
    start: int  # of the content: the first character that is not whitespace
    end: int
    text: str  # the content; "" for a blank line

    @property
    def blank(self) -> bool:
        return not self.text


def split_lines(text: str) -> list[Line]:
    lines = []
    position = 0
    for raw in text.split("\n"):
        content = raw.strip()  # spaces, tabs, no-break spaces, a `\r`
        start = position + (raw.index(content) if content else 0)
        lines.append(Line(start, start + len(content), content))
        position += len(raw) + 1
    return lines
