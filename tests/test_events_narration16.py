"""Kinds of the sixteenth round (issue 12, narr16; docs/events.md "Kinds of the sixteenth round",
GUIDELINES 9.43), kept after the precision audit on unannotated text: troops going somewhere, a
battle entered (`вступили в дело`), a stay told by a relative `где`, pacing a room, acting (`как
поступить`) that is no enrolment. The sentences are our own: a regiment on the march, a family, a town."""
from __future__ import annotations

import pytest

from test_events import events, only


# troops going somewhere are MOVEMENT (8.6: military movement), classes.tsv `troops`, the slot `march`
@pytest.mark.parametrize("text, trigger", [
    ("Полк медленно подвигался с юга на север.", "подвигался"),
    ("Батальон спустился в долину.", "спустился"),
    ("Рота поднялась на гору и, пройдя к броду, спустилась в лощину.", "пройдя"),
    ("Рота поднялась на гору и, пройдя к броду, спустилась в лощину.", "спустилась"),
    ("Гусары понеслись обратно к обозу.", "понеслись"),
    ("Драгуны прошли на правый фланг и остановились.", "прошли"),
    ("Полк тронулся.", "тронулся"),
])
def test_troops_going_somewhere_are_a_movement(nlp, text, trigger):
    type, _, _, polarity, _ = only(nlp, text, trigger)
    assert (type, polarity) == ("MOVEMENT", "positive"), events(nlp, text)


# the same verbs of one person are steps within a scene (8.6, 9.17), and troops rising to attack
# do not travel: the attack is the event (4.1 rule 2)
@pytest.mark.parametrize("text, trigger", [
    ("Пётр спустился в сад.", "спустился"),
    ("Мать поднялась на крыльцо.", "поднялась"),
    ("Гости прошли в столовую.", "прошли"),
    ("Старик подвинулся к столу.", "подвинулся"),
    ("Солдаты поднялись в атаку.", "поднялись"),
    ("Полк стоял у реки.", "стоял"),
])
def test_a_step_within_a_scene_is_no_movement(nlp, text, trigger):
    assert not [event for event in events(nlp, text) if event[1] == trigger], events(nlp, text)


# `дело` entered or fought in is a battle (GUIDELINES 9.25), and entering it is no joining
@pytest.mark.parametrize("text, trigger", [
    ("К полудню гвардия вступила в дело.", "дело"),
    ("Рота выступила в дело на рассвете.", "дело"),
    ("Брат был ранен в деле под Лейпцигом.", "деле"),
])
def test_a_battle_called_delo(nlp, text, trigger):
    type, _, _, _, _ = only(nlp, text, trigger)
    assert type == "WAR", events(nlp, text)


def test_entering_a_battle_is_no_membership(nlp):
    text = "К полудню гвардия вступила в дело."
    assert not [event for event in events(nlp, text) if event[1] == "вступила"], events(nlp, text)


@pytest.mark.parametrize("text", [
    "Это дело тянулось три года.",
    "Отец вёл дело с купцами.",
])
def test_delo_as_a_matter_is_no_battle(nlp, text):
    assert not [event for event in events(nlp, text) if event[0] == "WAR"], events(nlp, text)


def test_joining_a_party_is_still_membership(nlp):
    type, _, _, _, _ = only(nlp, "Он вступил в партию в 1905 году.", "вступил")
    assert type == "MEMBERSHIP"


# a stay whose place is the relative `где` (stays.tsv; 8.6, 9.9)
def test_a_stay_told_by_where(nlp):
    text = "Он вернулся в Тулу, где пробыл два месяца."
    type, _, args, _, _ = only(nlp, text, "пробыл")
    assert type == "MOVEMENT" and ("agent", "Он") in args, events(nlp, text)


# pacing a room or the garden is no journey (8.6); walking to a place still is
@pytest.mark.parametrize("text", [
    "Отец долго ходил по кабинету.",
    "Вечером она ходила по саду одна.",
    "Дед, сгорбившись, долго ходил по двору.",
])
def test_pacing_a_room_is_no_movement(nlp, text):
    assert not [event for event in events(nlp, text) if event[0] == "MOVEMENT"], events(nlp, text)


def test_walking_about_villages_is_still_movement(nlp):
    type, _, _, _, _ = only(nlp, "Летом Пётр Орлов ходил по деревням.", "ходил")
    assert type == "MOVEMENT"


# `поступить` without a school, a post or a place is acting, no enrolment (4.1 rule 6)
@pytest.mark.parametrize("text", [
    "Она не знала, как поступить.",
    "Иван Лыков поступил благородно.",
])
def test_acting_is_no_enrolment(nlp, text):
    assert not events(nlp, text), events(nlp, text)


def test_entering_a_gymnasium_is_still_education(nlp):
    type, _, _, _, _ = only(nlp, "Осенью Пётр Орлов поступил в гимназию.", "поступил")
    assert type == "EDUCATION"


# `работать` is EMPLOYMENT with a place or a post, not as effort (8.6: `работал` without a post)
@pytest.mark.parametrize("text", [
    "Сёстры прилежно работали до самой весны.",
    "Иван Лыков много работал и мало спал.",
])
def test_working_hard_is_no_employment(nlp, text):
    assert not [event for event in events(nlp, text) if event[0] == "EMPLOYMENT"], events(nlp, text)


@pytest.mark.parametrize("text, trigger", [
    ("Отец Петра Орлова работал на заводе.", "работал"),
    ("Два года Иван Лыков работал у подрядчика.", "работал"),
    ("Пётр Орлов работал грузчиком в порту.", "работал"),
])
def test_working_at_a_place_or_post_is_employment(nlp, text, trigger):
    type, _, _, _, _ = only(nlp, text, trigger)
    assert type == "EMPLOYMENT", events(nlp, text)


# troops entering a field, setting out or pursuing do so as troops (8.6; 9.13: pursuit is WAR)
@pytest.mark.parametrize("text, trigger, type", [
    ("Гвардия вступила на широкое поле у деревни.", "вступила", "MOVEMENT"),
    ("Брат служит в полку, который выступает в поход к границе.", "выступает", "MOVEMENT"),
    ("Казаки долго преследовали неприятеля.", "преследовали", "WAR"),
])
def test_troops_enter_set_out_and_pursue(nlp, text, trigger, type):
    found, _, _, _, _ = only(nlp, text, trigger)
    assert found == type, events(nlp, text)


def test_a_person_pursued_by_a_person_is_still_a_conflict(nlp):
    type, _, _, _, _ = only(nlp, "Отчим преследовал мать упрёками.", "преследовал")
    assert type == "CONFLICT"


def test_soldiers_passing_by_are_a_scene(nlp):
    text = "Два солдата прошли мимо костра."
    assert not [event for event in events(nlp, text) if event[1] == "прошли"], events(nlp, text)


def test_a_performer_is_no_marching_troop(nlp):
    # a reading of troops only (`выступать` MOVEMENT) makes no participle of a person a step of the story
    text = "Вера Зимина — известная певица, выступавшая зимой в Москве."
    assert not [event for event in events(nlp, text) if event[1] == "выступавшая"], events(nlp, text)


def test_soldiers_following_someone_are_a_scene(nlp):
    text = "За этим солдатом два солдата прошли к обозу."
    found = [event for event in events(nlp, text) if event[1] == "прошли"]
    assert found and found[0][0] == "MOVEMENT", events(nlp, text)   # к + Dat: somewhere
    text = "За офицером два солдата прошли, неся раненого."
    assert not [event for event in events(nlp, text) if event[1] == "прошли"], events(nlp, text)


# the movement of a body of troops named by a noun (`движение армии`, classes.tsv `units`); a person's,
# also a soldier's, movements are gestures
@pytest.mark.parametrize("text, trigger", [
    ("Командующий приказал ускорить движение корпуса на запад.", "движение"),
    ("Князь следил за движением нашей пехоты.", "движением"),
])
def test_the_movement_of_troops(nlp, text, trigger):
    type, _, _, _, _ = only(nlp, text, trigger)
    assert type == "MOVEMENT", events(nlp, text)


@pytest.mark.parametrize("text", [
    "Она быстрым движением головы отвернулась.",
    "Пётр следил за движениями брата.",
    "Офицер смотрел на неловкие движения молодых солдат.",
])
def test_a_gesture_is_no_movement(nlp, text):
    assert not [event for event in events(nlp, text) if event[0] == "MOVEMENT"], events(nlp, text)


# one soldier is a person, not troops: his going down a cellar or up a porch is a step within a scene, his
# speech at a meeting no march, his pursuing a girl no war (review of round 16; `extractor.troops`: the men of
# an arm count as troops in the plural only, a unit in any number)
@pytest.mark.parametrize("text, type", [
    ("Раненый солдат поднялся на ноги.", "MOVEMENT"),
    ("Солдат спустился в подвал.", "MOVEMENT"),
    ("Гусар прошёл в комнату.", "MOVEMENT"),
    ("Казак поднялся на крыльцо.", "MOVEMENT"),
    ("Старый солдат выступил на собрании с речью.", "MOVEMENT"),
    ("Солдат преследовал девушку.", "WAR"),
])
def test_one_soldier_is_no_troops(nlp, text, type):
    assert not [event for event in events(nlp, text) if event[0] == type], events(nlp, text)


@pytest.mark.parametrize("text, trigger", [
    ("Два гусара спустились к ручью.", "спустились"),
    ("Егеря поднялись на гребень холма.", "поднялись"),
])
def test_soldiers_in_the_plural_are_troops(nlp, text, trigger):
    type, _, _, _, _ = only(nlp, text, trigger)
    assert type == "MOVEMENT", events(nlp, text)


# pursuit is WAR when troops pursue troops (9.13), not when they chase a person
def test_troops_pursuing_troops_is_war(nlp):
    type, _, _, _, _ = only(nlp, "Два эскадрона гусар преследовали отступающую пехоту.", "преследовали")
    assert type == "WAR"


def test_soldiers_chasing_a_thief_are_no_war(nlp):
    text = "Солдаты преследовали вора до самого рынка."
    assert not [event for event in events(nlp, text) if event[0] == "WAR"], events(nlp, text)


# `дело` of business: going into it is no battle unless troops go (review of round 16); wounded in it, it is one
@pytest.mark.parametrize("text", [
    "Всё старое железо пошло в дело.",
    "Купец вступил в дело компаньоном.",
    "Отец ввёл сына в дело.",
    "Дядя вернулся с дела.",
])
def test_delo_of_business_is_no_battle(nlp, text):
    assert not [event for event in events(nlp, text) if event[0] == "WAR"], events(nlp, text)


@pytest.mark.parametrize("text, trigger", [
    ("Под вечер наши батальоны пошли в дело.", "дело"),
    ("Его младший брат был убит в деле у переправы.", "деле"),
])
def test_delo_of_troops_or_of_a_wound_is_a_battle(nlp, text, trigger):
    type, _, _, _, _ = only(nlp, text, trigger)
    assert type == "WAR", events(nlp, text)
