"""Frequent verbs with a person subject that the lexicon lacked (issue 12, narr8): counted on
«Война и мир» (text nobody evaluates), kept by class (models/events/lexicon.tsv, the block
"Frequent verbs with a person subject"). The sentences are our own: diaries, letters, family
life, news; each class with the sense that is no event beside it."""
from __future__ import annotations

import pytest

from test_events import events, only


def types(nlp, text: str) -> dict[str, str]:
    """trigger → type."""
    return {trigger: type for type, trigger, *_ in events(nlp, text)}


@pytest.mark.parametrize("text, trigger, type, args", [
    # a conversation or a dispute with someone (MEETING, as the nouns `разговор`, `спор`)
    ("Вечером Вера Павловна долго разговаривала с доктором Зайцевым.", "разговаривала", "MEETING",
     {("participant", "Вера Павловна"), ("participant", "Зайцевым")}),
    ("После собрания Лидия поговорила с Ниной Егоровой.", "поговорила", "MEETING",
     {("participant", "Ниной Егоровой")}),
    ("За ужином Кирилл поспорил с отцом о деньгах.", "поспорил", "MEETING", {("participant", "Кирилл")}),
    # summoning a person (COMMUNICATION, as `позвать`)
    ("Утром директор подозвал Мишу Кротова к окну.", "подозвал", "COMMUNICATION",
     {("recipient", "Мишу Кротова")}),
    ("Тётя Оля звала нас к себе на дачу.", "звала", "COMMUNICATION", set()),
    ("Поручик Грачёв вызвал капитана Рудина на дуэль.", "вызвал", "CONFLICT",
     {("participant", "Грачёв"), ("participant", "Рудина")}),
    # threatening someone is hostility, CONFLICT (GUIDELINES 9.60), and the one threatened undergoes it,
    # its patient (5.2), the one who threatens its agent; congratulating a message
    ("Сосед пригрозил Андрею судом.", "пригрозил", "CONFLICT", {("patient", "Андрею")}),
    ("Лавочник Фомин угрожал Кате Лузиной выселением.", "угрожал", "CONFLICT",
     {("agent", "Фомин"), ("patient", "Кате Лузиной")}),
    ("Вечером сослуживцы поздравили Ирину Сергеевну с юбилеем.", "поздравили", "COMMUNICATION",
     {("recipient", "Ирину Сергеевну")}),
    # insulting and mocking a person (CONFLICT)
    ("На вечеринке Павел оскорбил Ольгу.", "оскорбил", "CONFLICT", {("patient", "Ольгу")}),
    ("Старшие ребята издевались над Мишей Котовым.", "издевались", "CONFLICT",
     {("participant", "Мишей Котовым")}),
    ("В школе старшие дразнили Лёву Гуревича.", "дразнили", "CONFLICT", {("patient", "Лёву Гуревича")}),
    # heading for, hurrying to, advancing to a place
    ("Летом 1910 года Оленины направлялись в Крым.", "направлялись", "MOVEMENT", {("destination", "Крым")}),
    ("Узнав о пожаре, Фёдор поспешил в Тверь.", "поспешил", "MOVEMENT",
     {("agent", "Фёдор"), ("destination", "Тверь")}),
    ("Отряд Клюева медленно продвигался к Смоленску.", "продвигался", "MOVEMENT", {("destination", "Смоленску")}),
    # the euphemisms of dying
    ("Зимой 1899 года бабушка Анна Ивановна почила.", "почила", "DEATH", {("patient", "Анна Ивановна")}),
    ("Через год старик Ершов успокоился навеки.", "успокоился", "DEATH", {("patient", "Ершов")}),
    # hanging a person, the imperfective
    ("Каратели вешали пленных прямо на площади.", "вешали", "DEATH", set()),
])
def test_the_frequent_verbs_of_the_classes(nlp, text, trigger, type, args):
    found_type, _, found, _, _ = only(nlp, text, trigger)
    assert found_type == type and args <= found, events(nlp, text)


@pytest.mark.parametrize("text, trigger", [
    ("Она разговаривала во сне.", "разговаривала"),           # no one talked with
    ("Его звали Семёном Марковичем.", "звали"),                # naming, no summons
    ("Такая жизнь вызывала у неё тоску.", "вызывала"),         # causing a feeling
    ("Первая же встреча с ним вызвала во мне неприязнь.", "вызвала"),  # no duel, no summons
    ("Дождь грозил испортить нам праздник.", "грозил"),         # a thing threatening
    ("Мы весь вечер смеялись над его шутками.", "смеялись"),    # no verb of the class
    ("Бабушка вешала бельё во дворе.", "вешала"),              # a thing hung
    ("Он всегда следовал советам матери.", "следовал"),         # following advice, no going
    ("Она спешила закончить письмо до обеда.", "спешила"),       # hurrying with a task
    ("После лекарства ребёнок успокоился.", "успокоился"),       # calming down
    ("С 1921 года Варвара Смирнова руководила сельской школой.", "руководила"),  # leading a body: a state (review of narr8)
    ("Вечером отец руками подвигался к печке.", "подвигался"),   # shifting closer, no place name
])
def test_their_other_senses_are_no_events(nlp, text, trigger):
    assert types(nlp, text).get(trigger) in (None, "OTHER"), events(nlp, text)


@pytest.mark.parametrize("text, trigger, type, args", [
    # the second count (the memoir books outside every evaluated range)
    ("В гимназии Юра Фёдоров подружился с Костей Рябининым.", "подружился", "MEETING",
     {("participant", "Костей Рябининым")}),
    ("В июле отряд полковника Зимина подступил к Туле.", "подступил", "MOVEMENT", {("destination", "Туле")}),
    ("На рассвете гарнизон отбил приступ.", "отбил", "WAR", set()),
    ("Казаки пресекли бунтовщикам путь к реке.", "пресекли", "WAR", set()),
    ("Под Клином драгуны настигли беглецов.", "настигли", "WAR", set()),
    ("Всю осень генерал Ланской защищал Смоленск.", "защищал", "WAR", {("place", "Смоленск")}),
    ("В марте комендант сдал крепость без боя.", "сдал", "WAR", set()),
])
def test_the_frequent_verbs_of_the_memoir_books(nlp, text, trigger, type, args):
    found_type, _, found, _, _ = only(nlp, text, trigger)
    assert found_type == type and args <= found, events(nlp, text)


@pytest.mark.parametrize("text, trigger", [
    ("Тётя Вера отбила кусок мяса.", "отбила"),                    # no attack repulsed
    ("Мама отрезала кусок пирога.", "отрезала"),                    # cutting, no way cut off
    ("Весной Лида сдала комнату студенту.", "сдала"),              # letting a room
    ("Мать всегда защищала младшего сына.", "защищала"),            # no place defended
])
def test_the_second_count_in_its_other_senses(nlp, text, trigger):
    assert types(nlp, text).get(trigger) in (None, "OTHER"), events(nlp, text)
