"""One element of a book's structure, and the records of the JSON contract."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

PART, CHAPTER, HEADING, EPIGRAPH = "part", "chapter", "heading", "epigraph"
FOOTNOTE_REF, NOTE, FRONT, BACK = "footnote_ref", "note", "front", "back"
DIVISIONS = (PART, CHAPTER)  # what `chapter` of a mention and `parent` of an element name
ORDER = (FRONT, BACK, PART, CHAPTER, HEADING, EPIGRAPH, NOTE, FOOTNOTE_REF)  # ties: container first


@dataclass(eq=False)
class Element:
    type: str
    start: int
    end: int
    number: int | None = None
    title: str | None = None
    parent: "Element | None" = None
    note: "Element | None" = None  # the note a footnote reference points to
    label: str | None = None  # how a reference and its note are matched: "7", "*"
    id: str | None = field(default=None, compare=False)

    def contains(self, offset: int) -> bool:
        return self.start <= offset < self.end

    def record(self) -> dict[str, Any]:
        return {"id": self.id, "type": self.type, "start": self.start, "end": self.end,
                "number": self.number, "title": self.title,
                "parent": self.parent.id if self.parent else None,
                "note": self.note.id if self.note else None}


def numbered(elements: Iterable[Element]) -> list[Element]:
    """The elements in text order (an enclosing element before what it holds), ids S1, S2, ..."""
    ordered = sorted(elements, key=lambda e: (e.start, -e.end, ORDER.index(e.type)))
    for i, element in enumerate(ordered, 1):
        element.id = f"S{i}"
    return ordered


def records(elements: Iterable[Element]) -> list[dict[str, Any]]:
    return [element.record() for element in elements]
