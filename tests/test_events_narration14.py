"""Kinds of the fourteenth round (issue 12, narr13), found on the eighth events probe
(gold/probe/events8, War and Peace) and kept after the precision audit on unannotated text
(docs/events.md, "Fourteenth round"): a refusal denies what it governs, an intention or an old
`надобно` sets the modality of its infinitive, an indirect question is a reported question,
sending for a person is a call, entering a regiment is a post, and `приговаривать` without its
`к` is muttering. The sentences are our own: a village, a family, a regiment."""
from __future__ import annotations

import pytest

from test_events import events, only


# a refusal denies what it governs (GUIDELINES 9.13, 9.32): `отказался ехать` is the going negated
@pytest.mark.parametrize("text, trigger, type", [
    ("Вера Зимина отказалась ехать в Тулу.", "ехать", "MOVEMENT"),
    ("Староста отказывался идти к барину.", "идти", "MOVEMENT"),
    ("Иван Лыков отказался встретиться с Петром Орловым.", "встретиться", "MEETING"),
    ("Весной Пётр отказался от поездки в Калугу.", "поездки", "MOVEMENT"),
])
def test_what_a_refusal_governs_is_negated(nlp, text, trigger, type):
    found, _, _, polarity, modality = only(nlp, text, trigger)
    assert (found, polarity, modality) == (type, "negative", "asserted"), events(nlp, text)


def test_a_negated_refusal_denies_nothing(nlp):
    _, _, _, polarity, _ = only(nlp, "Иван Лыков не отказался ехать в Тулу.", "ехать")
    assert polarity == "positive"


@pytest.mark.parametrize("text, trigger, modality", [
    ("Утром Пётр Орлов собрался ехать в Калугу.", "ехать", "desired"),    # an intention
    ("Ему надобно было вернуться в полк.", "вернуться", "necessary"),      # the old `надо`
])
def test_an_intention_and_an_old_necessity_set_the_modality(nlp, text, trigger, modality):
    _, _, _, polarity, found = only(nlp, text, trigger)
    assert (polarity, found) == ("positive", modality), events(nlp, text)


# an indirect question is reported speech (8.6): the verb of asking is an event
@pytest.mark.parametrize("text, trigger, agent", [
    ("Вечером Иван Лыков спросил, можно ли переночевать в сарае.", "спросил", "Иван Лыков"),
    ("Вера Зимина спросила брата, приедет ли он к Пасхе.", "спросила", "Вера Зимина"),
])
def test_asking_with_an_indirect_question(nlp, text, trigger, agent):
    type, _, args, _, _ = only(nlp, text, trigger)
    assert type == "COMMUNICATION" and ("agent", agent) in args, events(nlp, text)


# sending for a person calls him (9.17, 9.32); sending for a thing or sending a person is no call
def test_sending_for_a_person_is_a_call(nlp):
    type, _, args, _, _ = only(nlp, "Ночью Пётр Орлов послал за фельдшером.", "послал")
    assert type == "COMMUNICATION" and ("agent", "Пётр Орлов") in args


@pytest.mark.parametrize("text, absent", [
    ("Иван Лыков послал за водой.", "COMMUNICATION"),        # a thing fetched
    ("Иван Лыков послал сына за доктором.", "COMMUNICATION"),  # the son is sent: MOVEMENT
])
def test_sending_for_a_thing_or_sending_someone_is_no_call(nlp, text, absent):
    assert not any(type == absent and trigger == "послал" for type, trigger, *_ in events(nlp, text)), \
        events(nlp, text)


# entering a regiment or the army is a post (4.2), entering a university stays study
@pytest.mark.parametrize("text, type", [
    ("После поступления в полк Иван Лыков уехал из Калуги.", "EMPLOYMENT"),
    ("Со времени поступления в армию Пётр Орлов не писал домой.", "EMPLOYMENT"),
    ("После поступления в университет Вера Зимина жила в Москве.", "EDUCATION"),
])
def test_entering_a_service_or_a_school(nlp, text, type):
    found, *_ = only(nlp, text, "поступления")
    assert found == type, events(nlp, text)


# `приговаривать` is a sentence only with its `к` + Dat; alone it tags muttered words (8.6)
def test_muttering_is_no_sentence(nlp):
    text = "– Дай еще воды, – приговаривал старик, – и льду принеси."
    assert not any(trigger == "приговаривал" for _, trigger, *_ in events(nlp, text)), events(nlp, text)


def test_a_court_that_sentences_is_a_trial(nlp):
    type, *_ = only(nlp, "В те годы суд приговаривал беглых к каторге.", "приговаривал")
    assert type == "TRIAL"


@pytest.mark.parametrize("text", [
    "Он не мог с уверенностью сказать, была ли отбита атака.",   # an infinitive: not a question put
    "Нечего спрашивать, хорошо ли это.",                        # a thought
])
def test_an_indirect_question_outside_the_narration_is_no_event(nlp, text):
    assert not any(type == "COMMUNICATION" for type, *_ in events(nlp, text)), events(nlp, text)


# a step within a scene up to a piece of furniture or a window is no journey (9.17, 9.21, 9.32)
@pytest.mark.parametrize("text", [
    "Иван Лыков подошёл к столу и взял письмо.",
    "Вера Зимина бросилась к окну.",
    "Старик медленно подошёл к печке.",
])
def test_a_step_up_to_the_furniture_is_no_movement(nlp, text):
    assert not any(type in ("MOVEMENT", "MEETING") for type, *_ in events(nlp, text)), events(nlp, text)


@pytest.mark.parametrize("text", [
    "Отряд подошёл к городу на рассвете.",     # a march: military movement (8.6)
    "Вечером Пётр Орлов пришёл к брату.",     # a visit to a person
])
def test_going_up_to_a_town_or_a_person_is_still_an_event(nlp, text):
    assert any(type in ("MOVEMENT", "MEETING") for type, *_ in events(nlp, text)), events(nlp, text)


def test_a_step_up_to_a_door_is_no_event_of_another_type_either(nlp):
    # the tagger's EVENT there gives no OTHER either: the lexicon refused the reading
    text = "Иван Лыков направился к двери, за которой шумели гости."
    assert not events(nlp, text), events(nlp, text)


@pytest.mark.parametrize("text, trigger", [
    ("За дуэль поручика Ивана Лыкова разжаловали в рядовые.", "разжаловали"),
    ("Дело могло кончиться разжалованием.", "разжалованием"),
])
def test_demotion_is_a_dismissal_from_a_rank(nlp, text, trigger):
    type, *_ = only(nlp, text, trigger)
    assert type == "EMPLOYMENT"
