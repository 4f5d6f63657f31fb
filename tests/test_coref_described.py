"""A person described first and named later, and a pronoun after a dialogue of short lines.
Sentences of our own."""
from __future__ import annotations

import pytest


def names(nlp, text: str) -> list[tuple[str, str | None]]:
    """(mention, the name it stands for) in text order."""
    doc = nlp(text)
    return [(text[start:end], text[named[0]:named[1]] if named else None)
            for start, end, _, named, _, _ in doc._.mentions]


def test_a_described_person_takes_the_name_that_next_becomes_the_subject(nlp):
    text = ("К вечеру на хутор пришёл незнакомец. Он был высок и худ. Хозяину он сказал, что идёт из "
            "Саратова. Утром он ушёл в степь. Григорий Орлов прожил у нас ещё неделю.")
    # the unwritten subject `идёт` is kept, now that its person has a name
    assert names(nlp, text) == [("Он", "Григорий Орлов"), ("он", "Григорий Орлов"),
                                ("идёт", "Григорий Орлов"), ("он", "Григорий Орлов")]


def test_a_described_woman_named_after_a_dialogue(nlp):
    text = ("В доме жила старая вдова. Она была неразговорчива.\nОднажды она спросила меня:\n"
            "— Куда вы едете?\n— В Москву.\nОна помолчала.\n— Ах, Москва...\n"
            "Тут Мария Петровна рассердилась.")
    assert names(nlp, text) == [("Она", "Мария Петровна"), ("она", "Мария Петровна"),
                                ("Она", "Мария Петровна")]


@pytest.mark.parametrize("text", [
    # a verb of appearance brings someone new on stage
    "К вечеру на хутор пришёл незнакомец. Он был высок и худ. Хозяину он сказал, что идёт из "
    "Саратова. Потом вошёл Григорий Орлов.",
    # a person mentioned beside the described one is someone else
    "К вечеру на хутор пришёл незнакомец. Он долго говорил с Григорием Орловым. Утром он ушёл в "
    "степь. Григорий Орлов остался дома.",
    # a kinship word is how the narrator names that person: a later name is someone else
    "Дедушка долго молчал. Он курил трубку и смотрел в окно. Потом он ушёл спать. Григорий Орлов "
    "остался у огня.",
    # a name of the other gender
    "К вечеру на хутор пришёл незнакомец. Он был высок и худ. Утром он ушёл в степь. Анна Орлова "
    "осталась дома.",
    # too far: the chain ended many sentences before
    "К вечеру на хутор пришёл незнакомец. Он был высок и худ. Утром он ушёл в степь. Дождь шёл "
    "весь день. Река разлилась. Дорогу размыло. Мост снесло. Паром стоял. Лодки унесло. Григорий "
    "Орлов остался дома.",
])
def test_a_described_person_stays_unnamed(nlp, text):
    assert {name for _, name in names(nlp, text)} == {None}


def test_a_pronoun_after_a_dialogue_still_sees_the_woman_the_narration_was_about(nlp):
    text = ("Мария Петровна жила одна. Она была неразговорчива.\nОднажды она спросила меня:\n"
            "— Куда вы едете?\n— В Москву.\nЯ помолчал. Потом я рассказал ей о службе.")
    assert names(nlp, text)[-1] == ("ей", "Мария Петровна")
