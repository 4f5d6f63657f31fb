"""The everyday verbs and nouns of memoir narration, each with a sentence of our own: which
word is the trigger and of which type; and the uses that are no event."""
from __future__ import annotations

import pytest


def typed(nlp, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {text[slice(*event["trigger"])]: event["type"] for event in doc._.events}


@pytest.mark.parametrize("text, trigger, type", [
    # arriving, leaving, staying
    ("Весной 1912 года он выезжал в Варшаву.", "выезжал", "MOVEMENT"),
    ("По дороге в Тулу мы заехали к тётке.", "заехали", "MOVEMENT"),
    ("Вечером к нам зашёл Иван Сомов.", "зашёл", "MEETING"),  # a visit to a person (GUIDELINES 4.2)
    ("Утром прибежал соседский мальчик.", "прибежал", "MOVEMENT"),
    ("Наутро он явился к губернатору.", "явился", "MEETING"),  # a visit to a person (GUIDELINES 4.2)
    ("Зиму она осталась в Риге.", "осталась", "MOVEMENT"),
    ("На ночь он остался у друга.", "остался", "MOVEMENT"),
    ("Неделю он пробыл в Туле.", "пробыл", "MOVEMENT"),
    ("Вечером Иван вошёл в комнату.", "вошёл", "MOVEMENT"),
    ("В 1918 году он вошёл в состав правительства.", "вошёл", "MEMBERSHIP"),
    ("Утром он вышел на крыльцо.", "вышел", "MOVEMENT"),
    ("Вышел он из дома рано.", "Вышел", "MOVEMENT"),  # leaving the house, no marriage
    ("В 1930 году отец вышел на пенсию.", "вышел", "EMPLOYMENT"),
    ("Отряд выступил из крепости на рассвете.", "выступил", "MOVEMENT"),
    ("К вечеру отряд отступил к реке.", "отступил", "MOVEMENT"),
    ("Летом мы гостили у деда в Орле.", "гостили", "MOVEMENT"),
    ("В Твери он остановился у сестры.", "остановился", "MOVEMENT"),
    ("Осенью 1941 года завод эвакуировался в Казань.", "эвакуировался", "MOVEMENT"),
    ("После эвакуации семья жила в Уфе.", "эвакуации", "MOVEMENT"),
    ("Его посещение Парижа было коротким.", "посещение", "MOVEMENT"),
    # meeting and parting
    ("В Ялте он повстречал старого друга.", "повстречал", "MEETING"),
    ("Отец познакомил меня с Иваном Сомовым.", "познакомил", "MEETING"),
    ("На вокзале мы простились с Анной.", "простились", "MEETING"),
    # telling, writing, reading
    ("Он сказал, что уедет в Киев.", "сказал", "COMMUNICATION"),
    ("Мать рассказала мне о войне.", "рассказала", "COMMUNICATION"),
    ("Он ответил на письмо через месяц.", "ответил", "COMMUNICATION"),
    ("Вскоре он написал матери письмо.", "написал", "COMMUNICATION"),
    ("Она написала ему из Парижа.", "написала", "COMMUNICATION"),
    ("Он написал роман за три месяца.", "написал", "CREATION"),
    ("Зимой он читал лекции в Казани.", "читал", "COMMUNICATION"),
    ("Мы долго переписывались с Анной Орловой.", "переписывались", "COMMUNICATION"),
    ("Комендант велел ему уйти.", "велел", "COMMUNICATION"),
    ("Генерал приказал отряду отступить.", "приказал", "COMMUNICATION"),
    ("Сосед донёс на него в полицию.", "донёс", "COMMUNICATION"),
    ("Она спросила его о брате.", "спросила", "COMMUNICATION"),
    ("В 1925 году он сделал доклад в Москве.", "доклад", "COMMUNICATION"),
    # serving and working
    ("Он прослужил в полку десять лет.", "прослужил", "EMPLOYMENT"),
    ("Она преподавала в гимназии.", "преподавала", "EMPLOYMENT"),
    ("В 1926 году он уволился из редакции.", "уволился", "EMPLOYMENT"),
    ("Брат устроился на завод.", "устроился", "EMPLOYMENT"),
    ("После отставки он уехал в деревню.", "отставки", "EMPLOYMENT"),
    # fighting, dying
    ("Дед повоевал в Галиции.", "повоевал", "WAR"),
    ("Летом мятежники осадили крепость.", "осадили", "WAR"),
    ("Ночью казаки напали на обоз.", "напали", "WAR"),
    # punishment between persons
    ("Отец жестоко наказал сына.", "наказал", "CONFLICT"),
    ("На ярмарке он подрался с мельником.", "подрался", "CONFLICT"),
    ("В 1905 году она родила сына.", "родила", "BIRTH"),
    ("Летом его произвели в офицеры.", "произвели", "EMPLOYMENT"),
    ("Мать уговорила его остаться.", "уговорила", "COMMUNICATION"),
    ("Летом он утонул в Волге.", "утонул", "DEATH"),
    # marrying, studying
    ("В 1920 году она вышла замуж за Петра Орлова.", "вышла", "MARRIAGE"),
    ("После женитьбы он переехал в Тверь.", "женитьбы", "MARRIAGE"),
    ("Он поступал в университет дважды.", "поступал", "EDUCATION"),
    ("Два года он проучился в Дерпте.", "проучился", "EDUCATION"),
    # arrested and released
    ("В мае его выпустили из тюрьмы.", "выпустили", "RELEASE"),
    ("Через год его отпустили из лагеря.", "отпустили", "RELEASE"),
    ("В 1953 году его амнистировали.", "амнистировали", "RELEASE"),
    ("Его заключили в крепость.", "заключили", "ARREST"),
    ("В 1956 году его реабилитировали.", "реабилитировали", "TRIAL"),
])
def test_narration_words_are_triggers(nlp, text, trigger, type):
    assert typed(nlp, text).get(trigger) == type


@pytest.mark.parametrize("text, word", [
    ("-- Да, -- сказал он.", "сказал"),             # a speech verb that only tags a quoted line
    ("-- Уезжай, -- сказала мать, -- и не пиши нам.", "сказала"),
    ("-- Нет, -- ответил Иван Сомов. -- Я не поеду.", "ответил"),
    ("«Было холодно», — рассказывал он внукам.", "рассказывал"),
    ("Он остался доволен.", "остался"),            # staying no place: no movement
    ("Он спросил: «Где ты был?»", "спросил"),       # a verb opening a quoted line
    ("Весь вечер он читал книгу.", "читал"),       # reading a book is no event of the taxonomy
    ("В 1925 году журнал выпустил новый номер.", None),
])
def test_uses_that_are_no_event(nlp, text, word):
    found = typed(nlp, text)
    if word is None:
        assert "RELEASE" not in found.values()
    else:
        assert word not in found
