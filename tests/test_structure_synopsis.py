"""A chapter's synopsis under its heading (short nominal items between dashes, each closed by a
full stop) is structure, not narration: a heading of its own (`structure/patterns.synopsis`),
from which no entity, date or event is taken; narration glued to it on its line stays narration."""
from __future__ import annotations

import pytest

from letopis.export.records import Numbering, doc_records
from letopis.structure import Placement, find_structure
from letopis.structure.patterns import synopsis

CHRONICLE = """Глава третья

Приезд Ивана Сомова в Тверь. – Пожар на пристани. – Свадьба Анны Беловой. – Отъезд в Москву.

Весной 1840 года Иван Сомов приехал в Тверь. Там он встретил Анну Белову.
"""

GLUED = """Глава четвёртая

Бегство атамана. – Осада крепости. – Смерть коменданта Орлова.Наконец Иван Белов прибыл в Казань.
"""


@pytest.mark.parametrize("line, end", [
    ("Приезд в Тверь. – Пожар. – Свадьба сестры.", None),
    ("Отъезд из Твери. – Граф Н. Ал. Белов. – Свадьба сестры.", None),    # initials inside an item
    ("Приезд А. С. Сомова. – Пожар на пристани.", None),
    ("Бегство атамана. – Генерал И. И. Орлов.Утром полки выступили.",
     len("Бегство атамана. – Генерал И. И. Орлов.")),
    ("Отъезд из деревни. — Дорога. — Отряд разбит вторично.", None),
    ("Бегство атамана. – Смерть коменданта.Наконец полки подошли.", len("Бегство атамана. – Смерть коменданта.")),
])
def test_a_synopsis_is_short_nominal_items_between_dashes(line, end):
    assert synopsis(line) == (len(line) if end is None else end)


@pytest.mark.parametrize("line", [
    "Приезд в Тверь.",                                  # one item is a title, no synopsis
    "— Пошли. — Нет.",                                  # dialogue: a verb, no noun
    "— Добрый вечер. — Добрый вечер, Мария Ивановна.",  # dialogue: nominal, but a line opening with a dash
    "– Бегство атамана. – Казнь сообщника.",           # a synopsis opens with its first item, not a dash
    "Мы пошли домой. — Он остался у ворот.",            # narration: verbs
    "Весной 1840 года Иван Сомов приехал в Тверь.",     # a sentence
])
def test_dialogue_narration_and_titles_are_no_synopsis(line):
    assert synopsis(line) is None


def test_a_synopsis_under_a_heading_is_a_heading_of_its_own():
    structure = find_structure(CHRONICLE)
    headings = [CHRONICLE[e.start:e.end] for e in structure.elements if e.type == "heading"]
    assert headings == ["Глава третья",
                        "Приезд Ивана Сомова в Тверь. – Пожар на пристани. – Свадьба Анны Беловой. – Отъезд в Москву."]
    chapter = next(e for e in structure.elements if e.type == "chapter")
    assert chapter.number == 3 and chapter.end == len(CHRONICLE.rstrip("\n"))


def test_the_synopsis_gives_no_entity_and_no_event(nlp):
    structure = find_structure(CHRONICLE)
    records = doc_records(nlp(CHRONICLE), 0, Numbering(), Placement.of(structure))
    body = CHRONICLE.index("Весной")
    assert all(record["start"] >= body for record in records.entities + records.dates)
    assert all(event["trigger"]["start"] >= body for event in records.events)
    assert {"Ивана Сомова", "Анну Белову"} & {e["text"] for e in records.entities} == {"Анну Белову"}
    assert "приехал" in [event["trigger"]["text"] for event in records.events]


def test_narration_glued_to_a_synopsis_stays_narration(nlp):
    structure = find_structure(GLUED)
    synopsis_end = GLUED.index("Наконец")
    assert any(e.type == "heading" and e.end == synopsis_end for e in structure.elements)
    records = doc_records(nlp(GLUED), 0, Numbering(), Placement.of(structure))
    assert {"Казань", "Иван Белов"} <= {e["text"] for e in records.entities}
    assert "Орлова" not in " ".join(e["text"] for e in records.entities)
    assert "прибыл" in [event["trigger"]["text"] for event in records.events]


def test_a_dialogue_under_a_heading_keeps_its_names():
    text = "Глава пятая\n\n— Добрый вечер. — Добрый вечер, Мария Ивановна.\n\nОни сели к столу.\n"
    structure = find_structure(text)
    assert [text[e.start:e.end] for e in structure.elements if e.type == "heading"] == ["Глава пятая"]
