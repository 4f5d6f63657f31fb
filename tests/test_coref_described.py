"""A person described first and named later (`name_described`), and a pronoun after a dialogue
of short lines. Passages of our own, of several kinds (a diary entry, a news paragraph, a memoir
paragraph); none is taken from or modelled on an evaluated text."""
from __future__ import annotations

import pytest

from mentioned import names


def named_as(nlp, text: str, mention: str) -> set[str | None]:
    return {name for written, name in names(nlp, text) if written.lower() == mention}


@pytest.mark.parametrize("text, mention, name", [
    # a diary entry: a woman described, then her name as the subject of an ordinary verb
    ("12 марта. С утра в контору заглянула молодая посетительница. Она долго искала нужную бумагу. "
     "Потом она попросила чаю. Вера Лаптева просидела у нас до обеда.", "она", "Вера Лаптева"),
    # a news paragraph: a man who applied to the police, named in the last sentence
    ("Вчера в полицию обратился пожилой мужчина. Он заявил о краже лодки. По словам заявителя, "
     "он оставил её у причала на ночь. Павел Зуев живёт в посёлке тридцать лет.", "он", "Павел Зуев"),
    # a memoir paragraph: a fellow officer, named after two sentences about him
    ("В нашем полку служил один молодой поручик. Он писал стихи и никому их не показывал. "
     "Однажды он всё-таки прочёл мне длинную поэму. Андрей Кольцов погиб через год.", "он", "Андрей Кольцов"),
])
def test_a_described_person_takes_the_name_that_next_becomes_the_subject(nlp, text, mention, name):
    assert named_as(nlp, text, mention) == {name}


def test_a_described_woman_named_after_a_dialogue(nlp):
    text = ("Квартиру нам сдавала строгая старуха. Она не любила гостей.\nВ первый же вечер она "
            "постучала к нам:\n— Свет гасите в десять.\n— Хорошо.\nОна кивнула.\n— И не шумите.\n"
            "Наутро Софья Карловна принесла нам самовар.")
    assert named_as(nlp, text, "она") == {"Софья Карловна"}


@pytest.mark.parametrize("text", [
    # a verb of appearance brings someone new on stage (a news paragraph)
    "Вчера в полицию обратился пожилой мужчина. Он заявил о краже лодки. Он оставил её у причала "
    "на ночь. Затем в отделение приехал Павел Зуев.",
    # a verb of appearance, a diary entry
    "12 марта. С утра в контору заглянула молодая посетительница. Она долго искала нужную бумагу. "
    "Потом она попросила чаю. К обеду пришла Вера Лаптева.",
    # a person mentioned beside the described one is someone else
    "В нашем полку служил один молодой поручик. Он дружил с Андреем Кольцовым. Однажды он прочёл "
    "мне длинную поэму. Андрей Кольцов смеялся.",
    # a kinship word is how the narrator names that person: a later name is someone else
    "Бабушка вставала раньше всех. Она топила печь и ставила тесто. Потом она будила нас. "
    "Вера Лаптева жила через улицу.",
    "Мой брат учился в гимназии. Он хорошо рисовал. Летом он уезжал к товарищу. Андрей Кольцов "
    "тоже рисовал.",
    # a name of the other gender
    "В нашем полку служил один молодой поручик. Он писал стихи. Однажды он прочёл мне поэму. "
    "Вера Лаптева слушала молча.",
    # too far: the chain ended many sentences before
    "В нашем полку служил один молодой поручик. Он писал стихи. Однажды он прочёл мне поэму. "
    "Зима была снежной. Дороги замело. Почта не ходила. Лошади болели. Сено кончилось. Мы скучали. "
    "Андрей Кольцов уехал в отпуск.",
])
def test_a_described_person_stays_unnamed(nlp, text):
    assert {name for _, name in names(nlp, text)} == {None}


def test_a_pronoun_after_a_dialogue_still_sees_the_woman_the_narration_was_about(nlp):
    text = ("Софья Карловна сдавала нам две комнаты. Она не любила гостей.\nВ первый же вечер она "
            "постучала к нам:\n— Свет гасите в десять.\n— Хорошо.\nМы переглянулись. Утром мы "
            "отнесли ей деньги.")
    assert names(nlp, text)[-1] == ("ей", "Софья Карловна")
