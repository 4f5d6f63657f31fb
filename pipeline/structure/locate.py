"""Where an offset is in a book: its chapter, whether in a note, whether narrative at all."""
from __future__ import annotations

from bisect import bisect_right
from typing import Any, Iterable

from letopis.structure.element import DIVISIONS, NOTE, Element


def chapter_at(structure: Iterable[dict[str, Any]], offset: int) -> str | None:
    """The id of the innermost part or chapter containing `offset`, over the `structure`
    records of NAME.json (or `Structure.records()`); None outside any."""
    inside = [r for r in structure if r["type"] in DIVISIONS and r["start"] <= offset < r["end"]]
    return max(inside, key=lambda r: r["start"])["id"] if inside else None


def merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    result: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if result and start <= result[-1][1]:
            result[-1] = (result[-1][0], max(result[-1][1], end))
        else:
            result.append((start, end))
    return result


class Placement:
    """Answers for one text, in its offsets, from its `Structure`."""

    def __init__(self, elements: list[Element], quiet: Iterable[tuple[int, int]] = (),
                 apparatus: Iterable[tuple[int, int]] | None = None) -> None:
        self.divisions = [e for e in elements if e.type in DIVISIONS]
        self.starts = [e.start for e in self.divisions]
        if apparatus is None:
            apparatus = ((e.start, e.end) for e in elements if e.type == NOTE)
        self.notes = merged(apparatus)
        self.note_starts = [start for start, _ in self.notes]
        self.quiet = merged(quiet)
        self.quiet_starts = [start for start, _ in self.quiet]

    @classmethod
    def of(cls, structure) -> "Placement":
        return cls(structure.elements, structure.quiet, structure.apparatus)

    def division(self, offset: int) -> Element | None:
        """The innermost part or chapter containing `offset`."""
        i = bisect_right(self.starts, offset) - 1
        division = self.divisions[i] if i >= 0 else None
        while division is not None and not division.contains(offset):
            division = division.parent
        return division

    def chapter(self, offset: int) -> str | None:
        division = self.division(offset)
        return division.id if division else None

    def in_note(self, offset: int) -> bool:
        """Inside a note, or elsewhere in a notes section (`Примечания`, its editor's preface)."""
        return overlaps(self.notes, self.note_starts, offset, offset + 1)

    def narrative(self, start: int, end: int) -> bool:
        """False for a span touching a heading, a footnote marker, a note's label or a table of
        contents."""
        return not overlaps(self.quiet, self.quiet_starts, start, max(end, start + 1))

    def place(self, record: dict[str, Any], start: int) -> dict[str, Any]:
        record["chapter"] = self.chapter(start)
        record["in_note"] = self.in_note(start)
        return record


def overlaps(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    i = bisect_right(starts, end - 1) - 1
    return i >= 0 and spans[i][1] > start
