"""Footnote references and their notes.

A reference (`[7]`, `¹`, `*`) is found by `patterns.marker` over the whole text. Its note is
printed either right after its paragraph (a line opening with the same label, `* text`,
`[7] text`) or in a notes section at the end (`Примечания`), where it is the first note with
the reference's label after the reference.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import NamedTuple

from letopis.structure import patterns as p
from letopis.structure.element import BACK, FOOTNOTE_REF, NOTE, Element
from letopis.structure.lines import Line

INLINE_WINDOW = 5_000  # a note printed after its paragraph follows its reference within so many characters


class InlineNote(NamedTuple):
    element: Element
    label_end: int  # the label's length in its line


def references(text: str) -> list[Element]:
    return [Element(FOOTNOTE_REF, start, end, number, label=key)
            for start, end, key, number in p.markers(text)]


def inline_note(line: Line, refs: list[Element], starts: list[int], parent: Element | None) -> InlineNote | None:
    """A note after its paragraph: a line with a label and text, whose label an unlinked
    reference shortly before it carries."""
    label = p.note_label(line.text, "inline")
    if label is None:
        return None
    first = bisect_left(starts, line.start - INLINE_WINDOW)
    for ref in reversed(refs[first:bisect_left(starts, line.start)]):
        if ref.label == label.key and ref.note is None:
            note = Element(NOTE, line.start, line.end, label.number, parent=parent, label=label.key)
            ref.note = note
            return InlineNote(note, label.end)
    return None


def link_notes(refs: list[Element], gathered: list[Element], sections: list[Element]) -> None:
    """Each reference still without a note gets the first gathered note of its label after it;
    then asterisks (`*`) left over go, in reading order, to the notes of a section no reference
    points to, when there are as many of them as notes (a commentary keyed by asterisks)."""
    notes: dict[str, list[Element]] = {}
    for note in gathered:
        notes.setdefault(note.label, []).append(note)
    for ref in refs:
        if ref.note is None:
            ref.note = next((note for note in notes.get(ref.label, ()) if note.start > ref.start), None)
    link_asterisks(refs, gathered, sections)


def link_asterisks(refs: list[Element], gathered: list[Element], sections: list[Element]) -> None:
    pointed = {id(ref.note) for ref in refs if ref.note is not None}
    stars = [ref for ref in refs if ref.note is None and ref.label.startswith("*")]
    for section in sections:
        inside = [note for note in gathered if section.start <= note.start < section.end]
        if inside and len(inside) == len(stars) and not any(id(note) in pointed for note in inside):
            for ref, note in zip(sorted(stars, key=reading_order(refs)), inside):
                ref.note = note
            return


def reading_order(refs: list[Element]):
    """A reference inside a gathered note is read where that note's own reference stands."""
    called = {id(ref.note): ref.start for ref in refs if ref.note is not None}
    notes = sorted((ref.note for ref in refs if ref.note is not None), key=lambda note: note.start)

    def key(ref: Element) -> tuple[int, int]:
        holder = next((note for note in notes if note.start <= ref.start < note.end), None)
        return (called[id(holder)] if holder is not None else ref.start, ref.start)
    return key


def outside(refs: list[Element], spans: list[tuple[int, int]]) -> list[Element]:
    """The references that are not a note's own label (`[7] text` opening a note's line)."""
    labels = {start for start, _ in spans}
    return [ref for ref in refs if ref.start not in labels]
