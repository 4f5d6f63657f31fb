"""Kinds of the fifteenth round (issue 12, narr14), found among the missed and spurious triggers
of the development set and the events probes and kept after the precision audit on unannotated
text (docs/events.md, "Fifteenth round"): an indirect question is not denied by the verb above
it, nor an event noun a negated verb is about, `не только` denies nothing, a thing hung as the
object of a verb that takes none is its subject, negotiations are a meeting, a few words of battle
are war, begging is no journey, a thing grabbed is no arrest.
The sentences are our own: a village, a family, a regiment."""
from __future__ import annotations

import pytest

from test_events import events, only


# an indirect question is a question put (GUIDELINES 4.3, 9.38): `не знал` does not deny the going
@pytest.mark.parametrize("text, trigger, type", [
    ("Иван Лыков не знал, поедет ли брат в Калугу.", "поедет", "MOVEMENT"),
    ("Никто не спросил, вернулся ли Пётр Орлов из Тулы.", "вернулся", "MOVEMENT"),
    ("Вера Зимина не помнила, писала ли она сестре.", "писала", "COMMUNICATION"),
])
def test_an_indirect_question_is_not_denied_from_above(nlp, text, trigger, type):
    found, _, _, polarity, modality = only(nlp, text, trigger)
    assert (found, polarity, modality) == (type, "positive", "asserted"), events(nlp, text)


@pytest.mark.parametrize("text, trigger, polarity, modality", [
    ("Иван Лыков не поехал в Калугу.", "поехал", "negative", "asserted"),        # its own negation
    ("Иван Лыков не хотел ехать в Калугу.", "ехать", "negative", "desired"),     # a wish denied
    ("Иван Лыков не знал, не уехал ли брат в Калугу.", "уехал", "negative", "asserted"),  # its own `не`
])
def test_negation_of_the_clause_itself_still_counts(nlp, text, trigger, polarity, modality):
    _, _, _, found, found_modality = only(nlp, text, trigger)
    assert (found, found_modality) == (polarity, modality), events(nlp, text)


# a thing as the doer (8.6): a verb of going takes no object; a nominative thing after it is its subject
@pytest.mark.parametrize("text, trigger", [
    ("Из города начали прибывать ящики с книгами.", "прибывать"),
    ("Весной стали приходить посылки от сына.", "приходить"),
])
def test_a_thing_after_a_verb_of_going_is_its_subject(nlp, text, trigger):
    assert not [event for event in events(nlp, text) if event[1] == trigger], events(nlp, text)


@pytest.mark.parametrize("text, trigger", [
    ("Вскоре начали приезжать гости из Тулы.", "приезжать"),     # people come
    ("Тут приезжало начальство из города.", "приезжало"),       # a collective of people (groups.tsv)
    ("Под вечер стали приходить мужики из деревни.", "приходить"),
])
def test_people_after_a_verb_of_going_still_go(nlp, text, trigger):
    type, _, _, _, _ = only(nlp, text, trigger)
    assert type == "MOVEMENT", events(nlp, text)


# negotiations are a meeting (4.2: a debate, a face-to-face conversation)
def test_negotiations_are_a_meeting(nlp):
    text = "Летом Пётр Орлов вёл переговоры с Иваном Лыковым."
    type, _, args, _, _ = only(nlp, text, "переговоры")
    assert type == "MEETING" and ("participant", "Иваном Лыковым") in args, events(nlp, text)


# words of battle are war (4.2, 8.6); a thing that overcomes a person is no battle
@pytest.mark.parametrize("text, trigger", [
    ("На третью ночь осаждённые предприняли вылазку против турок.", "вылазку"),
    ("Весной было заключено перемирие.", "перемирие"),
    ("Казаки одолели татар у реки.", "одолели"),
])
def test_words_of_battle_are_war(nlp, text, trigger):
    type, _, _, _, _ = only(nlp, text, trigger)
    assert type == "WAR", events(nlp, text)


@pytest.mark.parametrize("text, trigger", [
    ("Тоска одолела Веру Зимину.", "одолела"),
    ("К вечеру его одолел сон.", "одолел"),
])
def test_a_feeling_that_overcomes_is_no_battle(nlp, text, trigger):
    assert not [event for event in events(nlp, text) if event[1] == trigger], events(nlp, text)


# begging from door to door is no journey (9.17); walking to the villages is one
@pytest.mark.parametrize("text, trigger", [
    ("Разорившись, семья Лыковых пошла по миру.", "пошла"),
    ("После неурожая вдова Зимина с детьми пошла по миру.", "пошла"),
])
def test_begging_is_no_journey(nlp, text, trigger):
    assert trigger in text.split()
    assert not [event for event in events(nlp, text) if event[1] == trigger], events(nlp, text)


def test_going_round_the_villages_is_a_journey(nlp):
    type, _, _, _, _ = only(nlp, "Осенью Пётр Орлов ходил по деревням с товаром.", "ходил")
    assert type == "MOVEMENT"


# a thing grabbed is no arrest (8.6: capture of a person); a person seized is one
def test_a_thing_grabbed_is_no_arrest(nlp):
    text = "Иван Лыков схватил топор и выбежал во двор."
    assert "ARREST" not in {event[0] for event in events(nlp, text)}, events(nlp, text)


def test_a_person_seized_is_an_arrest(nlp):
    type, _, args, _, _ = only(nlp, "Солдаты схватили Петра Орлова у ворот.", "схватили")
    assert type == "ARREST" and ("patient", "Петра Орлова") in args


# the negation of a verb denies what it carries, not an event noun it is about (4.3, 9.38)
@pytest.mark.parametrize("text, trigger, type", [
    ("Вера Зимина ничего не знала о переговорах.", "переговорах", "MEETING"),
    ("Иван Лыков не рассказывал об аресте отца.", "аресте", "ARREST"),
    ("После ссоры с братом Пётр Орлов не остался в полку.", "ссоры", "CONFLICT"),
])
def test_a_negated_verb_does_not_deny_what_it_is_about(nlp, text, trigger, type):
    found, _, _, polarity, _ = only(nlp, text, trigger)
    assert (found, polarity) == (type, "positive"), events(nlp, text)


@pytest.mark.parametrize("text, trigger, type", [
    ("Ареста так и не было.", "Ареста", "ARREST"),                # the being denied (`не было ареста`)
    ("Между братьями не было ссоры.", "ссоры", "CONFLICT"),
    ("До драки дело не дошло.", "драки", "CONFLICT"),           # `до`: the limit not reached
])
def test_an_event_said_not_to_be_is_denied(nlp, text, trigger, type):
    found, _, _, polarity, _ = only(nlp, text, trigger)
    assert (found, polarity) == (type, "negative"), events(nlp, text)


# `не только ..., но и` adds, it does not deny (4.3)
@pytest.mark.parametrize("text, trigger, polarity", [
    ("Иван Лыков не только уехал в Тулу, но и женился там.", "уехал", "positive"),
    ("Пётр Орлов должен был не только встретиться с братом, но и помириться с ним.", "встретиться", "positive"),
    ("Иван Лыков не только не уехал, но и остался на зиму.", "уехал", "negative"),  # the second `не` denies
])
def test_not_only_is_no_negation(nlp, text, trigger, polarity):
    _, _, _, found, _ = only(nlp, text, trigger)
    assert found == polarity, events(nlp, text)
