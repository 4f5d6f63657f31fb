"""The structure pass: one walk over the lines of a whole text.

Headings are read from their line (`patterns.heading`, `bare_number`, `caps`) and from the blank
lines around them; a division runs from its heading to the next heading of its level or above,
to the back matter, or to the end. Under a heading come its title line, dedications and
epigraphs. A notes section (`Примечания`) reads its lines as numbered notes; footnote
references are linked to their notes at the end (`notes.py`).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from letopis.structure import patterns as p
from letopis.structure.element import (BACK, CHAPTER, EPIGRAPH, FRONT, HEADING, NOTE, PART,
                                       Element, numbered)
from letopis.structure.lines import Line, split_lines
from letopis.structure.locate import Placement
from letopis.structure.notes import inline_note, link_notes, outside, references
from letopis.text.paragraphs import wrapped

SECTION = 0  # the level of a back-matter section (`Примечания`): it closes every division
SUBSECTION = 5  # a number alone under a labelled chapter (`Глава I` … `1`, `2`) heads a section
EPIGRAPH_LINES = 8  # an epigraph: at most so many lines, the last an attribution
EPIGRAPH_LINE, ATTRIBUTION = 250, 60  # longest epigraph line and attribution
CONTENTS_LINE = 200  # longest line of a table of contents
LABEL_STEP = 10  # a note's number follows the previous note's within so many
COLOPHON_LINES = 15  # an editor's colophon is found among the text's last lines


@dataclass
class Structure:
    """The elements in text order, and the spans that are no narrative: headings, footnote
    markers, note labels, tables of contents (no entity, date or event is taken from them)."""
    elements: list[Element]
    quiet: list[tuple[int, int]] = field(default_factory=list)
    apparatus: list[tuple[int, int]] = field(default_factory=list)  # notes and notes sections

    def records(self) -> list[dict]:
        return [element.record() for element in self.elements]


def find_structure(text: str) -> Structure:
    return Outline(text).run()


class Outline:
    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = split_lines(text)
        self.filled = [i for i, line in enumerate(self.lines) if not line.blank]
        self.following = {i: j for i, j in zip(self.filled, self.filled[1:])}
        self.kinds = [self.classify(i) for i in range(len(self.lines))]
        self.hard_wrapped = wrapped(text)  # paragraphs of short lines between blank lines
        self.elements: list[Element] = []
        self.quiet: list[tuple[int, int]] = []
        self.open: list[tuple[int, Element]] = []  # divisions, outermost first, with their level
        self.section: Element | None = None  # the back-matter section being read
        self.mode = "-"
        self.note: Element | None = None
        self.last_number: int | None = None
        self.last_end = 0  # end of the last line read
        self.labelled: set[int] = set()  # divisions headed by a word and a number (`Глава I`)
        self.refs = references(text)
        self.ref_starts = [ref.start for ref in self.refs]
        self.labels: list[tuple[int, int]] = []  # note labels
        self.gathered: list[Element] = []  # the notes of notes sections
        self.notes_sections: list[Element] = []

    # reading one line ------------------------------------------------------------------------
    def blank_at(self, i: int) -> bool:
        return i < 0 or i >= len(self.lines) or self.lines[i].blank

    def next_filled(self, i: int) -> int | None:
        return self.following.get(i)

    def classify(self, i: int) -> p.Heading | None:
        line = self.lines[i].text
        if not line:
            return None
        found = p.heading(line)
        if found:
            return found
        number = p.bare_number(line)
        if number is not None and (self.blank_at(i - 1) or self.blank_at(i + 1)):
            return p.Heading(CHAPTER, 4, number, None, "bare")
        previous = self.lines[i - 1].text if i else ""
        if p.caps(line) and self.blank_at(i + 1) and (not previous or p.dateline(previous)):
            return p.Heading(PART, 2, None, line, "caps")
        return None

    # the walk --------------------------------------------------------------------------------
    def run(self) -> Structure:
        i = self.front()
        while i is not None:
            i = self.step(i)
        self.close(SECTION)
        self.end_section()
        self.colophon()
        refs = outside(self.refs, self.labels)
        link_notes(refs, self.gathered, [e for e in self.elements if e.type == BACK])
        placement = Placement(self.elements)
        for ref in refs:
            ref.parent = placement.division(ref.start)
        self.quiet.extend(self.labels)
        self.quiet.extend((ref.start, ref.end) for ref in refs)
        self.quiet.extend((e.start, e.end) for e in self.elements if e.type == HEADING)
        self.quiet.sort()
        apparatus = [(e.start, e.end) for e in self.elements if e.type == NOTE or e in self.notes_sections]
        return Structure(numbered(self.elements + refs), self.quiet, apparatus)

    def step(self, i: int) -> int | None:
        line, kind = self.lines[i], self.kinds[i]
        if self.mode == "notes" and (kind is None or kind.mode == "bare"):
            self.note_line(line)
        elif self.mode == "contents" and (kind is not None or len(line.text) <= CONTENTS_LINE):
            self.quiet.append((line.start, line.end))
            self.section.end = line.end
        elif kind is not None and self.unheaded_notes(i, kind):
            self.open_section(i, p.Heading(BACK, SECTION, None, None, "notes"), heading=False)
            self.note_line(line)
        elif kind is not None and kind.mode != "bare" or kind is not None and self.sequel(kind):
            return self.heading(i, kind)
        elif kind is not None:  # a number alone out of sequence: no chapter, and no narrative
            self.quiet.append((line.start, line.end))
        elif self.dateline(i):
            j = self.next_filled(i)
            self.close(self.kinds[j].level if j is not None else SECTION)
            self.end_section()
            self.elements.append(Element(BACK, line.start, line.end, title=line.text))
        else:
            if self.mode == "contents":  # a line too long for a table of contents ends it
                self.end_section()
            note = inline_note(line, self.refs, self.ref_starts, self.innermost())
            if note:
                self.labels.append((line.start, line.start + note.label_end))
                self.elements.append(note.element)
        self.last_end = line.end
        return self.next_filled(i)

    def unheaded_notes(self, i: int, kind: p.Heading) -> bool:
        """Notes gathered at the end with no heading: an arabic `1` alone that starts the
        numbering again with no part heading before it, when a reference `[1]` came before."""
        return (kind.mode == "bare" and kind.number == 1 and self.lines[i].text.rstrip(".").isdigit()
                and self.last_number is not None
                and any(ref.label == "1" and ref.start < self.lines[i].start for ref in self.refs))

    def sequel(self, kind: p.Heading) -> bool:
        """A number alone is a chapter when it continues the numbering or starts it again."""
        last = self.last_number
        return last is None or kind.number == 1 or last < kind.number <= last + 2

    # headings --------------------------------------------------------------------------------
    def heading(self, i: int, kind: p.Heading) -> int | None:
        contents = self.contents_run(i)
        if contents is not None:
            return contents
        line = self.lines[i]
        if kind.mode == "bare" and self.open and id(self.open[-1][1]) in self.labelled:
            kind = kind._replace(type=HEADING, level=SUBSECTION)
        if kind.type == BACK:
            return self.open_section(i, kind)
        if kind.type == HEADING:
            division, parent = None, self.innermost()
        else:
            self.close(kind.level)
            self.end_section()
            parent = self.innermost()
            division = Element(kind.type, line.start, len(self.text), kind.number, kind.title, parent)
            if kind.type == CHAPTER and kind.number is not None and kind.mode != "bare":
                self.labelled.add(id(division))
            self.elements.append(division)
            self.open.append((kind.level, division))
            self.last_number = None
        if kind.mode == "bare":
            self.last_number = kind.number
        head = Element(HEADING, line.start, line.end, kind.number, kind.title, division or parent)
        self.elements.append(head)
        self.last_end = line.end
        j = self.next_filled(i)
        if kind.title is None and j is not None and self.title_line(j):
            head.end = self.lines[j].end
            head.title = self.lines[j].text
            if division:
                division.title = head.title
            self.last_end = head.end
            j = self.next_filled(j)
        return self.under_heading(j, division or parent)

    def title_line(self, j: int) -> bool:
        line = self.lines[j].text
        return (self.kinds[j] is None and self.blank_at(j + 1) and p.title(line)
                and not p.cue(line) and not p.dateline(line))

    def under_heading(self, j: int | None, parent: Element | None) -> int | None:
        """Dedications, epigraphs and a synopsis between a heading and the text. A synopsis (the
        chapter's contents in short items, `p.synopsis`) is a heading of its own, no narrative;
        narration glued to it on its line (a line break lost) is read as text."""
        while j is not None:
            line = self.lines[j]
            end = p.synopsis(line.text) if self.kinds[j] is None else None
            if end is not None:
                self.elements.append(Element(HEADING, line.start, line.start + end, parent=parent))
                self.last_end = line.start + end
                if end < len(line.text):
                    return j
            elif p.cue(line.text) == FRONT:
                self.elements.append(Element(FRONT, line.start, line.end, title=line.text, parent=parent))
            else:
                last = self.epigraph(j)
                if last is None:
                    return j
                self.elements.append(Element(EPIGRAPH, line.start, self.lines[last].end, parent=parent))
                j = last
            self.last_end = self.lines[j].end
            j = self.next_filled(j)
        return j

    def epigraph(self, j: int) -> int | None:
        """The last line of an epigraph starting at line j: a few lines closed by a blank line,
        the last an attribution (`— Пушкин`), with text after it."""
        last = j
        while not self.blank_at(last + 1):
            last += 1
            if last - j >= EPIGRAPH_LINES:
                return None
        lines = self.lines[j:last + 1]
        attribution = lines[-1].text
        if (len(lines) < 2 or len(attribution) > ATTRIBUTION or not p.attribution(attribution)
                or any(len(line.text) > EPIGRAPH_LINE or self.kinds[j + k] for k, line in enumerate(lines))
                or self.next_filled(last) is None):
            return None
        return last

    def contents_run(self, i: int) -> int | None:
        """A table of contents: headings one under the other with no text between them, two
        of one level and kind in a row (`Глава I. …`, `Глава II. …`). Returns the line after it."""
        run = [i]
        while (j := self.next_filled(run[-1])) is not None and self.kinds[j] is not None \
                and self.kinds[j].level > SECTION:
            run.append(j)
        levels = [(self.kinds[k].level, self.kinds[k].mode) for k in run]
        if not any(a == b for a, b in zip(levels, levels[1:])):
            return None
        start, end = self.lines[run[0]].start, self.lines[run[-1]].end
        self.close(SECTION)
        self.end_section()
        self.elements.append(Element(BACK if self.elements else FRONT, start, end, title=None))
        self.quiet.append((start, end))
        self.last_end = end
        return self.next_filled(run[-1])

    def open_section(self, i: int, kind: p.Heading, heading: bool = True) -> int | None:
        line = self.lines[i]
        self.close(kind.level)  # notes to a chapter (`Примечания к главе первой`) stay in it
        self.end_section()
        self.section = Element(BACK, line.start, len(self.text), title=kind.title, parent=self.innermost())
        self.elements.append(self.section)
        if heading:
            self.elements.append(Element(HEADING, line.start, line.end, title=kind.title, parent=self.innermost()))
        self.mode = kind.mode
        if kind.mode == "notes":
            self.notes_sections.append(self.section)
        self.last_end = line.end
        return self.next_filled(i)

    # notes -----------------------------------------------------------------------------------
    def note_line(self, line: Line) -> None:
        label = p.note_label(line.text)
        previous = self.note.number if self.note else None
        if label and (label.number is None or previous is None
                      or previous <= label.number <= previous + LABEL_STEP):
            self.end_note()
            self.note = Element(NOTE, line.start, line.end, label.number, parent=self.innermost(), label=label.key)
            self.elements.append(self.note)
            self.gathered.append(self.note)
            self.labels.append((line.start, line.start + label.end))
        elif self.note:
            self.note.end = line.end

    def end_note(self) -> None:
        self.note = None

    # closing ---------------------------------------------------------------------------------
    def innermost(self) -> Element | None:
        return self.open[-1][1] if self.open else None

    def close(self, level: int) -> None:
        while self.open and self.open[-1][0] >= level:
            _, division = self.open.pop()
            division.end = max(division.start, self.last_end)

    def end_section(self) -> None:
        if self.section is not None:
            self.section.end = max(self.section.start, self.last_end)
        self.end_note()
        self.section, self.mode = None, "-"

    def dateline(self, i: int) -> bool:
        """The date and place of writing: a date on its line just before a heading or the end."""
        j = self.next_filled(i)
        return self.mode == "-" and p.dateline(self.lines[i].text) and (j is None or self.kinds[j] is not None)

    def colophon(self) -> None:
        """An editor's colophon among the last lines of the text, outside the notes: from its
        first line to the end, and the divisions end before it."""
        tail = self.filled[-COLOPHON_LINES:]
        apparatus = [e for e in self.elements if e.type in (BACK, NOTE)]
        for k, i in enumerate(tail):
            line = self.lines[i]
            if p.cue(line.text) == BACK and not any(e.contains(line.start) for e in apparatus):
                before = self.lines[tail[k - 1]].end if k else line.start
                for division in self.elements:
                    if division.type in (PART, CHAPTER) and division.end > line.start:
                        division.end = max(division.start, before)
                self.elements.append(Element(BACK, line.start, self.lines[tail[-1]].end))
                return

    # front matter ----------------------------------------------------------------------------
    def narrative(self, i: int) -> bool:
        """A line of the text itself; in a hard-wrapped text, a line of a paragraph that is long
        or closed by a full stop (its lines are short and may stop anywhere)."""
        if not self.hard_wrapped:
            return p.sentence(self.lines[i].text)
        block = self.lines[self.block_start(i):self.block_end(i) + 1]
        return sum(len(line.text) for line in block) > p.TITLE_BLOCK or p.sentence(block[-1].text)

    def block_start(self, i: int) -> int:
        while self.hard_wrapped and not self.blank_at(i - 1):
            i -= 1
        return i

    def block_end(self, i: int) -> int:
        while not self.blank_at(i + 1):
            i += 1
        return i

    def first_number(self, i: int) -> bool:
        """A number alone just before the first sentence heads the first chapter, blank lines
        around it or not."""
        j = self.next_filled(i)
        return p.bare_number(self.lines[i].text) is not None and j is not None and self.narrative(j)


    def front(self) -> int | None:
        """The book's own title block: the short lines before its first headings (which may
        carry a dedication or an epigraph) or before its first sentence. Returns where the
        walk starts."""
        run = None
        previous_heading = False
        i = self.filled[0] if self.filled else None
        while i is not None:
            line, kind = self.lines[i].text, self.kinds[i]
            if kind is None and self.first_number(i):
                kind = self.kinds[i] = p.Heading(CHAPTER, 4, p.bare_number(line), None, "bare")
            if kind is not None:
                run = i if run is None else run
                previous_heading = kind.title is None
            elif previous_heading and self.title_line(i) or p.cue(line) == FRONT:
                previous_heading = False
            elif run is not None and (last := self.epigraph(i)) is not None:
                i = last
            elif self.narrative(i):
                i = self.block_start(i)
                break
            else:
                run, previous_heading = None, False
            i = self.next_filled(i)
        stop = run if run is not None else i
        block = [k for k in self.filled if stop is None or k < stop]
        if block:
            self.elements.append(Element(FRONT, self.lines[block[0]].start, self.lines[block[-1]].end))
            self.last_end = self.lines[block[-1]].end
        return stop
