"""The structure pass on whole books of the shared corpus (skipped without `../shared`).

Expected counts were established by reading the files: War and Peace volume 1 has three parts
(`Часть первая`, `вторая`, `третья`) of 25, 21 and 19 chapters numbered by a roman numeral alone
on its line (65 such lines before `Примечания`), then 365 translations of the French (`[1]` …
`[365]`) and a commentary of 158 entries called by asterisks. Gorky's `Детство` has chapters
I–XIII; the trilogy file (`gorky_v_lyudyakh.txt`) holds `ДЕТСТВО` (I–XIII), `В ЛЮДЯХ` (I–XX)
and `МОИ УНИВЕРСИТЕТЫ`, which, like its own file, has no numbered chapters.
"""
from __future__ import annotations

import re
import time

import pytest

from conftest import SHARED
from letopis.batch.stream import analyse
from letopis.export.records import Numbering, doc_records
from letopis.structure import Placement, find_structure

CORPUS = SHARED / "corpus"
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not here")
NUMERAL = re.compile(r"[IVXLCDMІХ]+\.?|\d{1,3}\.?")


def read(name: str) -> str:
    return (CORPUS / name).read_text(encoding="utf-8")


def chapters_by_part(structure):
    parts = [e for e in structure.elements if e.type == "part"]
    chapters = [e for e in structure.elements if e.type == "chapter"]
    return {(p.number, p.title): [c.number for c in chapters if c.parent is p] for p in parts}, chapters


@pytest.fixture(scope="module")
def war_and_peace():
    text = read("war_and_peace/tom1.txt")
    started = time.perf_counter()
    structure = find_structure(text)
    return text, structure, time.perf_counter() - started


def test_every_chapter_of_war_and_peace_volume_one(war_and_peace):
    text, structure, seconds = war_and_peace
    by_part, chapters = chapters_by_part(structure)
    assert by_part == {(1, None): list(range(1, 26)), (2, None): list(range(1, 22)),
                       (3, None): list(range(1, 20))}
    assert len(chapters) == 65
    assert seconds < 5  # 0.2 s on the development machine: a line-based pass


def test_war_and_peace_notes_and_commentary_are_linked(war_and_peace):
    text, structure, _ = war_and_peace
    refs = [e for e in structure.elements if e.type == "footnote_ref"]
    numbered = [r for r in refs if r.number is not None]
    assert len(numbered) == 365 and all(r.note is not None and r.note.number == r.number for r in numbered)
    first = numbered[0].note
    assert text[first.start:first.end].split("\n")[-1].strip().startswith("Ну, князь, Генуя и Лукка")
    stars = [r for r in refs if r.number is None]
    assert len(stars) == 158 and all(r.note is not None for r in stars)
    # a commentary entry quotes the words its asterisk stands after (`кутасы*` → `Кутас — шнур…`)
    quoted = sum(1 for r in stars if re.findall(r"\w{4,}", text[r.start - 60:r.start])[-1][:5].lower()
                 in text[r.note.start:r.note.end].lower())
    assert quoted >= 150  # 154 of 158; the other four (`Моро послали` → `по слали`, `великому князю`) are right too, read by eye
    backs = [e.title for e in structure.elements if e.type == "back"]
    assert backs == ["Примечания", "Комментарии"]


def test_every_chapter_of_gorky_childhood():
    structure = find_structure(read("memoirs/gorky_detstvo.txt"))
    by_part, chapters = chapters_by_part(structure)
    assert [c.number for c in chapters] == list(range(1, 14)) and by_part == {}
    assert [e.title for e in structure.elements if e.type == "back"] == ["1913–1914 гг", "Примечания"]


def test_every_book_and_chapter_of_the_gorky_trilogy():
    structure = find_structure(read("memoirs/gorky_v_lyudyakh.txt"))
    by_part, _ = chapters_by_part(structure)
    assert by_part == {(None, "ДЕТСТВО"): list(range(1, 14)), (None, "В ЛЮДЯХ"): list(range(1, 21)),
                       (None, "МОИ УНИВЕРСИТЕТЫ"): []}
    assert [e.title for e in structure.elements if e.type == "back"] == ["1913", "1914", "1923", "Примечания"]
    refs = [e for e in structure.elements if e.type == "footnote_ref"]
    assert refs and all(r.note is not None and r.note.number == r.number for r in refs)
    structure = find_structure(read("memoirs/gorky_moi_universitety.txt"))
    assert not [e for e in structure.elements if e.type in ("part", "chapter")]


def test_the_pipeline_on_chapters_of_war_and_peace_takes_nothing_from_headings(nlp, war_and_peace):
    """The first chapters and the first notes, analysed as pieces of the whole book as `letopis
    run` does: no entity is a heading's numeral, each knows its chapter, the notes' are in notes."""
    text, structure, _ = war_and_peace
    placement = Placement.of(structure)
    chapters = [e for e in structure.elements if e.type == "chapter"]
    notes_section = next(e for e in structure.elements if e.type == "back")
    spans = [(chapters[0].start, chapters[3].start), (notes_section.start, notes_section.start + 3000)]
    entities = []
    numbering = Numbering()
    pieces = [(key, text[start:end]) for key, (start, end) in enumerate(spans)]
    for key, docs in analyse(nlp, pieces, limit=5000):
        for doc, offset in docs:
            records = doc_records(doc, spans[key][0] + offset, numbering, placement)
            entities += [(key, e) for e in records.entities]
    assert not [e for _, e in entities if NUMERAL.fullmatch(e["text"])]
    assert {e["chapter"] for key, e in entities if key == 0} == {c.id for c in chapters[:3]}
    assert all(e["in_note"] and e["chapter"] is None for key, e in entities if key == 1)
    assert "Анна Павловна Шерер" in [e["text"] for _, e in entities]
