"""Social gatherings told as held are MEETING (GUIDELINES 9.47, meet16; docs/events.md "Gatherings"):
a soirée, ball, dinner party or reception with its host under `у` or in the genitive, given (`давал
бал`), of a kind (`литературный вечер`), or one a person is at (`на вечере`); a pastime named with
no gathering told is none, and `вечер` as a time of day is never a trigger. The sentences are our
own: a provincial town, a merchant's family, a governor."""
from __future__ import annotations

import pytest

from letopis.events import rules
from test_events import events, only


def meetings(nlp, text: str, word: str):
    return [event for event in events(nlp, text) if event[1] == word and event[0] == "MEETING"]


# a gathering with its host: under `у` + genitive, in the genitive, under `у` on the verb of being
@pytest.mark.parametrize("text, trigger, host", [
    ("У Марьи Петровны в субботу был вечер.", "вечер", "Марьи Петровны"),
    ("Вечер у Марьи Петровны прошёл весело.", "Вечер", "Марьи Петровны"),
    ("Все вечера Марьи Петровны были скучны.", "вечера", "Марьи Петровны"),
])
def test_a_gathering_with_its_host_is_a_meeting(nlp, text, trigger, host):
    type, _, args, polarity, modality = only(nlp, text, trigger)
    assert (type, polarity, modality) == ("MEETING", "positive", "asserted"), events(nlp, text)
    assert ("participant", host) in args, events(nlp, text)


def test_the_day_of_a_soiree_is_its_time(nlp):
    _, _, args, _, _ = only(nlp, "У Марьи Петровны в субботу был вечер.", "вечер")
    assert ("time", "субботу") in args


# a gathering given (`давать`, `устроить`, `задать`: classes.tsv `hosting`, support.tsv)
@pytest.mark.parametrize("text, trigger", [
    ("Граф давал бал в честь приезда сына.", "бал"),
    ("Губернатор устроил обед для офицеров.", "обед"),
    ("Купец задал пир на весь город.", "пир"),
    ("Осенью Волковы дали бал.", "бал"),
])
def test_a_gathering_given_is_a_meeting(nlp, text, trigger):
    assert len(meetings(nlp, text, trigger)) == 1, events(nlp, text)


def test_the_verb_of_giving_is_no_event_of_its_own(nlp):
    text = "Губернатор устроил обед для офицеров."
    assert [event[1] for event in events(nlp, text)] == ["обед"], events(nlp, text)


# being at one soirée or ball (`на вечере`, `на балу`), or one of a kind (`литературный вечер`)
@pytest.mark.parametrize("text, trigger, guest", [
    ("Иван был на литературном вечере.", "вечере", "Иван"),
    ("На балу у губернатора Иван танцевал с Ольгой.", "балу", "Иван"),
])
def test_a_guest_at_a_gathering_is_its_participant(nlp, text, trigger, guest):
    type, _, args, _, _ = only(nlp, text, trigger)
    assert type == "MEETING" and ("participant", guest) in args, events(nlp, text)


def test_a_ball_held_at_someones_house(nlp):
    assert len(meetings(nlp, "В субботу у нас был бал.", "бал")) == 1


# `вечер` as a time of day is a date, no gathering (GUIDELINES 9.47, 8.5)
@pytest.mark.parametrize("text, word", [
    ("Вечером Иван приехал домой.", "Вечером"),
    ("В тот вечер мы долго говорили.", "вечер"),
    ("Весь вечер отец молчал.", "вечер"),
    ("К вечеру пошёл дождь.", "вечеру"),
    ("Наступил тихий вечер.", "вечер"),
    ("Это был тихий летний вечер.", "вечер"),
    ("На другой вечер Иван уехал.", "вечер"),
    ("В тот вечер у нас были гости.", "вечер"),
    ("Вечер его жизни был тих.", "Вечер"),
    ("Иван был вечером у Петрова.", "вечером"),
])
def test_evening_as_a_time_is_no_gathering(nlp, text, word):
    assert not [event for event in events(nlp, text) if event[1] == word], events(nlp, text)


# a meal is no party (only with a host or given), and a pastime named is no gathering told
@pytest.mark.parametrize("text, word", [
    ("После обеда отец спал.", "обеда"),
    ("За обедом мать молчала.", "обедом"),
    ("Обед был готов.", "Обед"),
    ("Иван любил балы.", "балы"),
    ("Иван танцевал на балах.", "балах"),
])
def test_a_meal_or_a_pastime_is_no_gathering(nlp, text, word):
    assert not meetings(nlp, text, word), events(nlp, text)


# `дать` carries only a gathering (support.tsv `nouns`): `дал слово`, `давал уроки` stay as they were
def test_giving_carries_only_a_gathering():
    assert rules.supports("дать", "бал") and rules.supports("давать", "обед")
    assert not rules.supports("дать", "ответ") and not rules.supports("давать", "урок")
    assert rules.supports("устроить", "собрание")  # an unrestricted support verb carries any event noun


def test_giving_lessons_is_still_employment(nlp):
    type, _, _, _, _ = only(nlp, "Отец давал уроки музыки.", "давал")
    assert type == "EMPLOYMENT"


# a verb that supports event nouns keeps its own reading beside a noun that names nothing here
# (`войти` carries `войти в контакт`, not the time `вечером`)
def test_a_support_verb_beside_the_evening_as_a_time(nlp):
    type, _, args, _, _ = only(nlp, "Через неделю Пётр вошёл вечером в комнату брата.", "вошёл")
    assert type == "MOVEMENT" and ("agent", "Пётр") in args, events(nlp, "Через неделю Пётр вошёл вечером в комнату брата.")


def test_a_ball_at_someones_is_a_meeting_at_the_copula_too(nlp):
    text = "Иван был на балу у Петровых."
    type, _, args, _, _ = only(nlp, text, "балу")
    assert type == "MEETING" and ("participant", "Иван") in args, events(nlp, text)


# a meal handed to someone, a meal at someone's, one person's evening are no gathering (review of round 16):
# `дать` with a dative recipient hands food, `обед` under `у` on the verb of being is a meal unless of a
# kind (`званый`); `вечер` with a host in the genitive stays a soirée in the singular too (`Вечер Анны Петровны
# был тихий` is read as one: on unannotated War and Peace both such places were soirées)
@pytest.mark.parametrize("text, word", [
    ("Мать дала мне обед в узелке.", "обед"),
    ("Тётка давала племяннику ужин на кухне.", "ужин"),
    ("У бабушки был обед, и мы ели щи.", "обед"),
])
def test_a_meal_or_ones_evening_is_no_gathering(nlp, text, word):
    assert not [event for event in events(nlp, text) if event[1] == word], events(nlp, text)


@pytest.mark.parametrize("text, trigger", [
    ("Граф дал обед в честь сына.", "обед"),
    ("У Серовых был званый обед.", "обед"),
    ("Все вечера Ольги Серовой были шумны.", "вечера"),
    ("После вечера Марии Лариной гости долго не расходились.", "вечера"),
])
def test_a_dinner_given_or_her_soirees_are_still_a_meeting(nlp, text, trigger):
    type, _, _, _, _ = only(nlp, text, trigger)
    assert type == "MEETING", events(nlp, text)
