"""The structure of a book: parts, chapters, headings, epigraphs, footnotes, front and back matter.

`find_structure(text)` reads the whole text line by line (patterns in `models/structure/`) and
returns `Element`s; `Placement` answers where an offset is (its chapter, whether in a note, whether
it is narrative at all)."""
from letopis.structure.element import Element, records
from letopis.structure.locate import Placement, chapter_at
from letopis.structure.outline import find_structure

__all__ = ["Element", "Placement", "chapter_at", "find_structure", "records"]
