"""Replies in dialogue: the subject of `ответил`, `возразила` (`models/coref/replies.tsv`) answers
the line before, so it is not that line's speaker; and lines set apart by blank lines are read as
lines set apart by line breaks. Memoir sentences of our own, with a case where the rule must not
fire (a speaker who goes on: `добавил`)."""
from __future__ import annotations

import pytest


def mentions(nlp, text: str) -> list[tuple[str, str | None]]:
    doc = nlp(text)
    return [(text[start:end], text[named[0]:named[1]] if named else None)
            for start, end, kind, named, *_ in doc._.mentions]


ASKED = ("Пётр Орлов долго смотрел на Ивана Зуева.\n"
         "— Ты едешь завтра в город? — спросил его Зуев.\n"
         "— Нет, — ответил он.")


@pytest.mark.parametrize("text", [ASKED, ASKED.replace("\n", "\n\n")])
def test_who_replies_is_not_who_asked(nlp, text):
    assert mentions(nlp, text)[-1] == ("он", "Пётр Орлов")


@pytest.mark.parametrize("verb", ["возразила", "отозвалась"])
def test_a_woman_who_objects_answers_the_other_woman(nlp, verb):
    text = (f"Анна Лыкова пришла к Марии Сомовой под вечер.\n"
            f"— Пора бы вам уехать отсюда, — сказала Сомова.\n"
            f"— Не пора, — {verb} она.")
    assert mentions(nlp, text)[-1] == ("она", "Анна Лыкова")


def test_a_speaker_who_goes_on_is_still_the_speaker(nlp):
    text = ("Пётр Орлов долго смотрел на Ивана Зуева.\n"
            "— Я устал с дороги, — сказал Зуев.\n"
            "— Пойду лягу, — добавил он.")
    assert mentions(nlp, text)[-1] in (("он", "Ивана Зуева"), ("он", "Зуев"))


@pytest.mark.parametrize("text, mention, name", [
    # lines set apart by blank lines: the reply still answers the line before it
    ("Вечером к нам зашёл Пётр Орлов.\n\n— Где Иван? — спросил он.\n\n— Ушёл к соседу, — ответила мать.",
     "Ушёл", "Иван"),
    ("Утром заходила Вера Лебедева.\n\n— Где Анна Орлова? — спросила Вера.\n\n— Она ещё спит, — ответил я.",
     "Она", "Анна Орлова"),
    ("В сенях стояли Пётр Орлов и Иван Зуев.\n\n— Где же Сомов? — спросил Орлов.\n\n— Уехал к сестре на неделю.",
     "Уехал", "Сомов"),
])
def test_a_reply_after_a_blank_line_speaks_of_someone_else_than_whom_it_answers(nlp, text, mention, name):
    assert (mention, name) in mentions(nlp, text)
