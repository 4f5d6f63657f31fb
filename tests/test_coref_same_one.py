"""`тот самый` set off after a person's name is that person again (`Walk.same_one`), and a relative
clause on it describes him; a correlative `тот` with its own clause (`тот, кто ...`) stays no one.
Memoir, diary and news sentences of our own."""
from __future__ import annotations

import pytest


def mentions(nlp, text: str) -> dict[str, str | None]:
    doc = nlp(text)
    return {text[start:end]: text[named[0]:named[1]] if named else None for start, end, kind, named, *_ in doc._.mentions}


@pytest.mark.parametrize("text, name", [
    # memoir
    ("Вечером к нам зашёл доктор Сомов, тот самый, который лечил бабушку прошлой зимой.", "Сомов"),
    # diary: after a dash
    ("На крыльце стоял Пётр Ильич Орлов — тот самый, которого отец не пускал в дом.", "Пётр Ильич Орлов"),
    # news: a relative with a preposition
    ("Рядом сидел полковник Зуев, тот самый, у которого я служил в молодости.", "Зуев"),
])
def test_the_same_one_is_the_person_named_before(nlp, text, name):
    found = mentions(nlp, text)
    assert found["тот"] == name
    relative = next(word for word in found if word.startswith("котор"))
    assert found[relative] == name


def test_a_correlative_is_no_one(nlp):
    text = "Вечером к нам зашёл доктор Сомов. Помогает тот, кто сам много болел."
    assert mentions(nlp, text).get("тот") is None


def test_not_after_a_thing(nlp):
    # `тот самый` after a thing is the thing: no person
    text = "Пётр Орлов принёс мне альбом, тот самый, который я искал весь год."
    found = mentions(nlp, text)
    assert found.get("тот") is None and found.get("который") is None
