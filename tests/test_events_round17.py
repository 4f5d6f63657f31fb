"""Kinds of the seventeenth round (issue 12, events17; docs/events.md "Kinds of the seventeenth round",
GUIDELINES 9.52), kept after the precision audit on unannotated text: what a thing serves as is no
service, a person of the scene going now (an imperfective present with its subject unwritten), the older
`сказывать` as a verb of telling, conquest and rule of a country. The sentences are our own: a village,
a family, a khan and his towns."""
from __future__ import annotations

import pytest

from test_events import events, only


# `служить` with a thing in the instrumental tells what the subject serves as, no post held (4.1 rule 6)
@pytest.mark.parametrize("text, trigger", [
    ("Старый сундук служил ему столом.", "служил"),
    ("Этот сарай долго служил нам убежищем.", "служил"),
    ("Площадь служила местом ярмарок.", "служила"),
    ("Его болезнь служила поводом для ссоры.", "служила"),
])
def test_what_a_thing_serves_as_is_no_service(nlp, text, trigger):
    assert not [event for event in events(nlp, text) if event[1] == trigger], events(nlp, text)


# a person's service stays EMPLOYMENT: a post in the instrumental, a place, a manner in two coordinated nouns
@pytest.mark.parametrize("text, trigger", [
    ("Петров служил в полку.", "служил"),
    ("Петров служил писарем при волостном правлении.", "служил"),
    ("Петров служил царю верой и правдой.", "служил"),
])
def test_a_persons_service_stays_employment(nlp, text, trigger):
    type, _, _, _, _ = only(nlp, text, trigger)
    assert type == "EMPLOYMENT", events(nlp, text)


# a person of the scene going now: the subject unwritten, the imperfective present in the third
# person singular (a seldom.tsv trigger is kept for a person the story follows)
@pytest.mark.parametrize("text, trigger", [
    ("Кузнец бросил молот и крикнул: «Сюда идёт, держите дверь!»", "идёт"),
    ("Смотрю в окно: идёт к нам через поле.", "идёт"),
])
def test_a_person_going_now_is_a_movement(nlp, text, trigger):
    type, _, _, polarity, _ = only(nlp, text, trigger)
    assert (type, polarity) == ("MOVEMENT", "positive"), events(nlp, text)


# not the speaker's own formula in the first person, not a perfective (a future), not the third
# plural of no one in particular, and a thing going is none
@pytest.mark.parametrize("text, trigger", [
    ("— Прошу запомнить, — сказал старшина.", "Прошу"),
    ("— Завтра попрошу соседа, — сказала мать.", "попрошу"),
    ("Идут, говорят, мимо деревни.", "Идут"),
    ("Речь идёт о наследстве.", "идёт"),
])
def test_no_person_of_the_scene_going_now(nlp, text, trigger):
    assert not [event for event in events(nlp, text)
                if event[1] == trigger and event[0] in ("MOVEMENT", "COMMUNICATION")], events(nlp, text)


# `сказывать`, the older imperfective of `сказать`, tells as `рассказывать` does
@pytest.mark.parametrize("text, trigger", [
    ("Дед сказывал мне о войне с турками.", "сказывал"),
    ("Бабушка сказывала нам, что в молодости жила в Твери.", "сказывала"),
])
def test_skazyvat_tells(nlp, text, trigger):
    type, _, _, _, _ = only(nlp, text, trigger)
    assert type == "COMMUNICATION", events(nlp, text)


# the present of it, as `говорит, что`, reports a claim, and `сказывают` no one in particular
# (the tagger reads these older forms as a past: the dictionary's present decides)
@pytest.mark.parametrize("text, trigger", [
    ("Сказывают, что в лесу живёт медведь.", "Сказывают"),
    ("Дед сказывает, что зима будет ранняя.", "сказывает"),
])
def test_skazyvat_in_the_present_is_no_event(nlp, text, trigger):
    assert not [event for event in events(nlp, text) if event[1] == trigger], events(nlp, text)


# conquest of a land or a town is WAR, the place its place
def test_a_town_conquered_is_war(nlp):
    type, _, args, _, _ = only(nlp, "Хан Узбек завоевал Рязань.", "завоевал")
    assert type == "WAR" and ("place", "Рязань") in args, events(nlp, "Хан Узбек завоевал Рязань.")
    type, _, _, _, _ = only(nlp, "Войско покорило Казань.", "покорило")
    assert type == "WAR"


# winning trust or a heart is no war
@pytest.mark.parametrize("text, trigger", [
    ("Учитель быстро завоевал доверие учеников.", "завоевал"),
    ("Она покорила его сердце.", "покорила"),
])
def test_winning_a_heart_is_no_war(nlp, text, trigger):
    assert not [event for event in events(nlp, text) if event[1] == trigger], events(nlp, text)


# ruling a country is holding the post of its ruler; driving a horse or a boat is none
def test_ruling_a_country_is_employment(nlp):
    type, _, args, _, _ = only(nlp, "Князь Олег долго управлял Новгородом.", "управлял")
    assert type == "EMPLOYMENT" and ("place", "Новгородом") in args, args


@pytest.mark.parametrize("text, trigger", [
    ("Кучер ловко управлял тройкой.", "управлял"),
    ("Мальчик правил лодкой к берегу.", "правил"),
])
def test_driving_is_no_employment(nlp, text, trigger):
    assert not [event for event in events(nlp, text) if event[1] == trigger], events(nlp, text)


# offending a person is CONFLICT, as insulting is (GUIDELINES 9.14: hostility between persons)
def test_offending_a_person_is_conflict(nlp):
    type, _, _, _, _ = only(nlp, "Пьяный сосед обидел мою мать.", "обидел")
    assert type == "CONFLICT"


def test_offending_no_person_is_none(nlp):
    text = "Мороз обидел яблони в саду."
    assert not [event for event in events(nlp, text) if event[1] == "обидел"], events(nlp, text)


# the passive tells the feeling of the one offended, no act (`был обижен`)
def test_being_offended_is_no_conflict(nlp):
    text = "Мальчик был глубоко обижен этим упрёком."
    assert not [event for event in events(nlp, text) if event[1] == "обижен"], events(nlp, text)
