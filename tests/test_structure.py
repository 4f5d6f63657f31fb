"""Books have structure: short books written for these tests, with what the pass should find."""
from __future__ import annotations

import pytest

from letopis.export.records import Numbering, doc_records
from letopis.structure import Placement, chapter_at, find_structure
from letopis.structure.patterns import heading
from letopis.text.tokenizer import razdel_spans

MEMOIR = """Н. П. Смирнов
ВОСПОМИНАНИЯ

Посвящается моей матери

Часть первая

ГЛАВА ПЕРВАЯ

Детство в Твери

Мой дом — моя крепость.
— Пословица

Весной 1905 года[1] отец привёз меня в Москву. Там жил мой дядя Михаил Петров*.
* Брат отца, инженер из Твери.
Дядя служил на Николаевской железной дороге.

Глава II. Гимназия

Осенью 1912 г.² я поступил в гимназию, где преподавал Андрей Белый.

Часть вторая

Глава XXVI

В Петербурге я встретил Анну Ахматову.

Москва, 1930

Примечания

1
Год первой революции; в Москве шли бои.
2. В Первую московскую гимназию на Волхонке.
"""

DIARY = """ДЕТСКИЕ ГОДЫ

I

Родился я в Казани в 1871 году.

II

Учился в Казани. Потом нас было
5
человек в классе, и учитель говорил с нами.

XII

Потом я уехал в Самару.

1923
"""


def by_type(structure, kind):
    return [e for e in structure.elements if e.type == kind]


def text_of(text, element):
    return text[element.start:element.end]


def test_a_memoir_has_its_parts_chapters_headings_and_notes():
    structure = find_structure(MEMOIR)
    parts, chapters = by_type(structure, "part"), by_type(structure, "chapter")
    assert [(p.number, p.title) for p in parts] == [(1, None), (2, None)]
    assert [(c.number, c.title, c.parent) for c in chapters] == [
        (1, "Детство в Твери", parts[0]), (2, "Гимназия", parts[0]), (26, None, parts[1])]
    assert text_of(MEMOIR, chapters[0]).startswith("ГЛАВА ПЕРВАЯ")
    assert text_of(MEMOIR, chapters[0]).endswith("железной дороге.")
    assert text_of(MEMOIR, parts[0]).endswith("Андрей Белый.")
    headings = [text_of(MEMOIR, h) for h in by_type(structure, "heading")]
    assert headings == ["Часть первая", "ГЛАВА ПЕРВАЯ\n\nДетство в Твери", "Глава II. Гимназия",
                        "Часть вторая", "Глава XXVI", "Примечания"]
    [epigraph] = by_type(structure, "epigraph")
    assert text_of(MEMOIR, epigraph) == "Мой дом — моя крепость.\n— Пословица"
    assert epigraph.parent is chapters[0]


def test_front_and_back_matter():
    structure = find_structure(MEMOIR)
    [front] = by_type(structure, "front")
    assert text_of(MEMOIR, front) == "Н. П. Смирнов\nВОСПОМИНАНИЯ\n\nПосвящается моей матери"
    dateline, notes = by_type(structure, "back")
    assert text_of(MEMOIR, dateline) == "Москва, 1930"
    assert text_of(MEMOIR, notes).startswith("Примечания") and text_of(MEMOIR, notes).endswith("на Волхонке.")


def test_footnote_references_are_linked_to_their_notes():
    structure = find_structure(MEMOIR)
    refs = {text_of(MEMOIR, r): r for r in by_type(structure, "footnote_ref")}
    assert set(refs) == {"[1]", "*", "²"}
    assert text_of(MEMOIR, refs["[1]"].note) == "1\nГод первой революции; в Москве шли бои."
    assert text_of(MEMOIR, refs["²"].note) == "2. В Первую московскую гимназию на Волхонке."
    after_paragraph = refs["*"].note
    assert text_of(MEMOIR, after_paragraph) == "* Брат отца, инженер из Твери."
    assert after_paragraph.parent is refs["*"].parent is by_type(structure, "chapter")[0]


def test_records_have_ids_in_text_order_and_name_parents_and_notes_by_id():
    records = find_structure(MEMOIR).records()
    assert [r["id"] for r in records] == [f"S{i}" for i in range(1, len(records) + 1)]
    assert [r["start"] for r in records] == sorted(r["start"] for r in records)
    ids = {r["id"] for r in records}
    assert all(r["parent"] in ids for r in records if r["parent"])
    assert all(r["note"] in ids for r in records if r["type"] == "footnote_ref")
    assert set(records[0]) == {"id", "type", "start", "end", "number", "title", "parent", "note"}
    assert find_structure(MEMOIR).records() == records  # deterministic


def test_chapter_at_answers_which_chapter_an_offset_is_in():
    structure = find_structure(MEMOIR)
    records = structure.records()
    chapter = {r["number"]: r["id"] for r in records if r["type"] == "chapter"}
    placement = Placement.of(structure)
    for offset, expected in ((MEMOIR.index("Москву"), chapter[1]), (MEMOIR.index("Ахматову"), chapter[26]),
                             (MEMOIR.index("Москва, 1930"), None), (0, None)):
        assert chapter_at(records, offset) == placement.chapter(offset) == expected
    assert placement.in_note(MEMOIR.index("шли бои")) and not placement.in_note(MEMOIR.index("Ахматову"))


def test_numbers_alone_make_chapters_only_in_sequence():
    structure = find_structure(DIARY)
    assert [c.number for c in by_type(structure, "chapter")] == [1, 2]
    [part] = by_type(structure, "part")
    assert part.title == "ДЕТСКИЕ ГОДЫ"
    assert text_of(DIARY, by_type(structure, "back")[0]) == "1923"
    placement = Placement.of(structure)
    assert placement.narrative(DIARY.index("\n5\n") + 1, DIARY.index("\n5\n") + 2)  # inside a paragraph
    assert not placement.narrative(DIARY.index("XII"), DIARY.index("XII") + 3)  # out of sequence: no chapter, no text


@pytest.mark.parametrize("line, kind, number, title", [
    ("Глава XXVI", "chapter", 26, None),
    ("ГЛАВА ДВАДЦАТЬ ПЕРВАЯ", "chapter", 21, None),
    ("Глава ІV. Дуэль", "chapter", 4, "Дуэль"),  # Cyrillic І, as printed in many books
    ("ЧАСТЬ ПЕРВАЯ.", "part", 1, None),
    ("Часть 2-я", "part", 2, None),
    ("Книга третья", "part", 3, None),
    ("Том второй", "part", 2, None),
    ("Эпилог", "part", None, "Эпилог"),
    ("ПРЕДИСЛОВИЕ", "chapter", None, "ПРЕДИСЛОВИЕ"),
])
def test_heading_lines(line, kind, number, title):
    found = heading(line)
    assert (found.type, found.number, found.title) == (kind, number, title)


@pytest.mark.parametrize("line", ["Глава МИД России ушёл в отставку", "Часть денег он отдал.", "Глава семьи"])
def test_sentences_that_begin_like_headings_are_not_headings(line):
    assert heading(line) is None


def test_a_footnote_marker_is_a_token_of_its_own():
    text = "Она играла arpeggio.[7] Это было в 1913 г.² в Москве¹."
    tokens = [text[start:end] for start, end, _ in razdel_spans(text)]
    assert "[7]" in tokens and "²" in tokens and "¹" in tokens and "Москве" in tokens


def analysed(nlp, text, placement):
    return doc_records(nlp(text), 0, Numbering(), placement)


def test_no_entity_date_or_event_comes_from_a_heading_or_a_marker(nlp):
    structure = find_structure(MEMOIR)
    records = analysed(nlp, MEMOIR, Placement.of(structure))
    quiet = Placement.of(structure)
    for record in records.entities + records.dates:
        assert quiet.narrative(record["start"], record["end"]), record
        assert not any(mark in record["text"] for mark in ("[1]", "²", "*"))
    assert not any(e["text"] in ("XXVI", "II", "ПЕРВАЯ") for e in records.entities)
    assert "Осенью 1912 г." in [d["text"] for d in records.dates]


def test_mentions_know_their_chapter_and_whether_they_are_in_a_note(nlp):
    structure = find_structure(MEMOIR)
    records = analysed(nlp, MEMOIR, Placement.of(structure))
    chapter = {r["number"]: r["id"] for r in structure.records() if r["type"] == "chapter"}
    where = {e["text"]: (e["chapter"], e["in_note"]) for e in records.entities}
    assert where["Анну Ахматову"] == (chapter[26], False)
    assert where["Москву"] == (chapter[1], False)
    assert where["Твери"] == (chapter[1], True)  # the note printed after its paragraph
    assert any(in_note and chapter is None for chapter, in_note in where.values())  # the end notes
    dates = {d["text"]: (d["chapter"], d["in_note"]) for d in records.dates}
    assert dates["Весной 1905 года"] == (chapter[1], False)
    assert all({"chapter", "in_note"} <= set(event) for event in records.events)


def test_structure_changes_no_token_and_no_offset(nlp):
    doc = nlp(MEMOIR)
    plain = doc_records(doc, 0, Numbering())
    placed = doc_records(doc, 0, Numbering(), Placement.of(find_structure(MEMOIR)))
    assert plain.tokens == placed.tokens
    kept = {(e["start"], e["end"], e["type"]) for e in placed.entities}
    assert kept <= {(e["start"], e["end"], e["type"]) for e in plain.entities}


def test_a_news_text_has_no_headings():
    text = "Умер известный поэт\nВ Москве в возрасте 80 лет скончался поэт Иван Петров.\n"
    structure = find_structure(text)
    assert [(e.type, text_of(text, e)) for e in structure.elements] == [("front", "Умер известный поэт")]
    placement = Placement.of(structure)
    assert placement.narrative(0, len(text)) and placement.chapter(text.index("Москве")) is None


@pytest.mark.parametrize("text, numeral", [
    ("Глава XXVI\n\nВ Петербурге я встретил Анну Ахматову.\n", "XXVI"),
    ("XII\n\nЯ жил в Казани.\n", "XII"),
    ("Часть первая\n\nГЛАВА ПЕРВАЯ\n\nДетство в Твери\n\nМы жили в Твери.\n", "ПЕРВАЯ"),
])
def test_the_heading_numerals_the_tagger_reads_as_names_are_dropped(nlp, text, numeral):
    doc = nlp(text)
    # slovnet read all three as ORG; the NEREL-trained tagger, which gives ORG now, still reads
    # `XXVI` so, and the structure must drop what it reads.
    if numeral == "XXVI":
        assert numeral in [e["text"] for e in doc_records(doc, 0, Numbering()).entities]
    placed = doc_records(doc, 0, Numbering(), Placement.of(find_structure(text)))
    assert numeral not in [e["text"] for e in placed.entities]
    assert [e["id"] for e in placed.entities] == [f"T{i}" for i in range(1, len(placed.entities) + 1)]


HISTORY = """Предисловие

Сей исторический отрывок составлял часть труда.

Глава первая

Начало яицких казаков. В 1591 году[1] казаки ходили в Хиву.

Примечания к главе первой

1

Рычков в Оренбургской истории пишет о том же.

Глава вторая

Появление Пугачева[1] на Яике.

Примечания к главе второй

Составлены издателем.

1

Пугачев родился на Дону.
"""


def test_notes_gathered_after_each_chapter_belong_to_it():
    structure = find_structure(HISTORY)
    chapters = by_type(structure, "chapter")
    assert [(c.number, c.title, c.parent) for c in chapters] == [(None, "Предисловие", None), (1, None, None),
                                                                 (2, None, None)]
    refs = by_type(structure, "footnote_ref")
    assert [text_of(HISTORY, r.note).split("\n")[-1] for r in refs] == [
        "Рычков в Оренбургской истории пишет о том же.", "Пугачев родился на Дону."]
    assert [r.note.parent for r in refs] == chapters[1:]
    placement = Placement.of(structure)
    editor = HISTORY.index("Составлены издателем")
    assert placement.in_note(editor) and placement.chapter(editor) == chapters[2].id


def test_a_paragraph_that_mentions_a_dedication_is_no_front_matter():
    text = ("Весной 1921 года Серж посвятил свою книгу другу, и тот ответил ему длинным письмом из "
            "Парижа, которое потом много раз перечитывал.\nОсенью они встретились.\n")
    assert find_structure(text).elements == []


WRAPPED = """Н. П. Смирнов
Детские годы

I

Весной 1905 года отец привез меня в Москву, где жил
мой дядя Михаил, брат отца, инженер путей сообщения,
человек веселый и добрый.

Там я прожил три года.

II

Осенью 1912 года я поступил в гимназию, где преподавал
Андрей Белый, и учился там до самой войны.
"""


def test_a_hard_wrapped_book():
    structure = find_structure(WRAPPED)
    assert [(e.type, text_of(WRAPPED, e)[:12]) for e in structure.elements if e.type != "heading"] == [
        ("front", "Н. П. Смирно"), ("chapter", "I\n\nВесной 19"), ("chapter", "II\n\nОсенью 1")]


def test_a_hard_wrapped_text_without_headings_has_none():
    text = WRAPPED.split("I\n\n", 1)[1].split("\n\nII")[0]
    assert find_structure(text).elements == []


def test_notes_gathered_at_the_end_without_a_heading():
    text = ("I\n\nОн сказал: il faudrait l'inventer.[1] Все засмеялись.\n\nII\n\n"
            "Потом — à demain[2], и уехал.\n\n1\n\nнадо бы выдумать его\n\n2\n\nдо завтра\n")
    structure = find_structure(text)
    assert [c.number for c in by_type(structure, "chapter")] == [1, 2]
    assert [text_of(text, r.note).split("\n")[-1] for r in by_type(structure, "footnote_ref")] == [
        "надо бы выдумать его", "до завтра"]
    [section] = by_type(structure, "back")
    assert text_of(text, section).startswith("1\n\nнадо") and section.title is None


def test_an_editors_colophon_closes_the_book():
    text = ("Глава I\n\nМы жили в Казани.\n\nГлава II\n\nПотом уехали в Самару.\n\n"
            "Текст печатается по изданию: Казань, 1923.\nРедактор: И. Петров\nТираж 5000 экз.\n")
    structure = find_structure(text)
    [colophon] = by_type(structure, "back")
    assert text_of(text, colophon) == "Текст печатается по изданию: Казань, 1923.\nРедактор: И. Петров\nТираж 5000 экз."
    assert text_of(text, by_type(structure, "chapter")[-1]).endswith("в Самару.")
    assert Placement.of(structure).chapter(text.index("Редактор")) is None
