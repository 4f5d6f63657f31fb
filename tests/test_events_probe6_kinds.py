"""Kinds of event found on the sixth events probe (gold/probe/events6, issue 12, narr11) and among
the development set's missed triggers, each fixed as a class: going out beyond a gate or a door,
coming into view at a place, running into someone, consenting, a talk among themselves
(models/events/lexicon.tsv, its block "Kinds found on the sixth events probe"); a letter received by
a person the story follows with no written subject (`extractor.received_by_one_followed`); a
gerund's doer not taken from the clause it opens (`extractor.clause_opened_after`); meeting a thing.
The sentences are our own: a village, a school, a family, a war diary."""
from __future__ import annotations

import pytest

from test_events import events, only


def types(nlp, text: str) -> dict[str, str]:
    """trigger → type."""
    return {trigger: type for type, trigger, *_ in events(nlp, text)}


@pytest.mark.parametrize("text, trigger, type, args", [
    # going out beyond a gate, a door, a fence, the town
    ("Услышав колокольчик, Вера Зимина вышла за ворота.", "вышла", "MOVEMENT", {("agent", "Вера Зимина")}),
    ("Мать вышла за калитку встречать отца.", "вышла", "MOVEMENT", set()),
    ("Летом 1912 года Егор Лыков вышел за околицу и больше не вернулся.", "вышел", "MOVEMENT",
     {("agent", "Егор Лыков"), ("time", "Летом 1912 года")}),
    # running into someone
    ("По дороге на станцию Саше Котову попался навстречу старый учитель.", "попался", "MEETING", set()),
    ("Вчера на рынке мне попался старый учитель.", "попался", "MEETING", set()),
    # coming into view at a place
    ("Утром отряд казаков показался перед деревней.", "показался", "MOVEMENT", set()),
    ("К вечеру на пороге показался Никита Рябов.", "показался", "MOVEMENT", {("agent", "Никита Рябов")}),
    # consent told alone, the reply to a proposal
    ("Сосед предложил нам переехать к нему, и отец согласился.", "согласился", "COMMUNICATION", set()),
    ("Лиза Громова подумала и согласилась.", "согласилась", "COMMUNICATION", {("agent", "Лиза Громова")}),
    # a talk among themselves
    ("Ученики долго разговаривали между собой.", "разговаривали", "MEETING", set()),
    ("По коридору шли солдаты, громко разговаривающие между собой.", "разговаривающие", "MEETING", set()),
])
def test_the_classes_found_on_the_sixth_probe(nlp, text, trigger, type, args):
    found_type, _, found, _, _ = only(nlp, text, trigger)
    assert found_type == type and args <= found, events(nlp, text)


@pytest.mark.parametrize("text, trigger", [
    ("Она вышла за Петра Лыкова.", "вышла"),                     # the form of a marriage, no going
    ("Разговор вышел за рамки приличия.", "вышел"),               # a figure, no bound of a place
    ("Нам попалась интересная книга.", "попалась"),               # a thing come upon
    ("Вдали показался лес.", "показался"),                        # a thing comes into view
    ("Мне показалось, что брат ушёл.", "показалось"),             # seeming
    ("Зимой Пётр Лыков показался врачу.", "показался"),           # seeing a doctor
    ("Я не согласился с ним.", "согласился"),                     # agreeing with someone: an opinion
    ("Отец согласился с доводами врача.", "согласился"),          # agreeing with arguments
    ("Брат согласился на эти условия.", "согласился"),            # agreeing to terms
    ("Иван Лыков согласился поехать в Тверь.", "согласился"),     # the act agreed to is the event
])
def test_the_same_verbs_in_their_other_senses_are_no_events(nlp, text, trigger):
    assert types(nlp, text).get(trigger) in (None, "OTHER"), events(nlp, text)


def test_the_act_agreed_to_is_the_event(nlp):
    type, _, args, _, _ = only(nlp, "Иван Лыков согласился поехать в Тверь.", "поехать")
    assert type == "MOVEMENT" and ("destination", "Тверь") in args


@pytest.mark.parametrize("text, recipient", [
    ("Вчера получил письмо от брата.", None),                       # a diary: the writer, unwritten
    ("Утром Маша Орлова получила от сестры письмо.", "Маша Орлова"),
    ("Через неделю получили известие о смерти деда.", None),
])
def test_a_message_received_by_a_person_the_story_follows(nlp, text, recipient):
    found = [event for event in events(nlp, text) if event[0] == "COMMUNICATION"]
    assert len(found) == 1, events(nlp, text)
    if recipient:
        assert ("recipient", recipient) in found[0][2]


def test_a_gerund_does_not_take_the_subject_of_the_clause_it_opens(nlp):
    # `что Пётр Зуев бежал` is what the watchman reported; the parser may hang the clauses so that
    # `бежал` is the nearest verb with a subject, but its subject is no doer of `уведомив`
    text = "Сторож, уведомив начальника, что Пётр Зуев бежал, ушёл домой."
    _, _, args, _, _ = only(nlp, text, "уведомив")
    assert ("agent", "Пётр Зуев") not in args, events(nlp, text)
    _, _, args, _, _ = only(nlp, text, "бежал")
    assert ("agent", "Пётр Зуев") in args


@pytest.mark.parametrize("text, trigger, meeting", [
    ("Встречая гостей, Анна Лосева улыбалась.", "Встречая", True),
    ("Утром Пётр Зуев встретил брата на вокзале.", "встретил", True),
    ("Всю неделю Анна Лосева ходила на вокзал, встречая поезда.", "встречая", False),
    ("Семья Лосевых встретила Новый год в Твери.", "встретила", False),
])
def test_meeting_a_thing_is_no_meeting(nlp, text, trigger, meeting):
    assert (types(nlp, text).get(trigger) == "MEETING") == meeting, events(nlp, text)



@pytest.mark.parametrize("text, trigger, recipient", [
    # a dative hanging on the letter (`письмо Лосеву`) is whom it goes to, no person sent
    ("Мать отправила письмо Лосеву.", "отправила", "Лосеву"),
    ("Осенью Катя Мохова послала телеграмму Зуеву.", "послала", "Зуеву"),
])
def test_a_letter_sent_to_someone_is_communication_not_movement(nlp, text, trigger, recipient):
    found_type, _, found, _, _ = only(nlp, text, trigger)
    assert found_type == "COMMUNICATION" and ("recipient", recipient) in found, events(nlp, text)


def test_a_part_of_a_group_sent_is_still_people(nlp):
    # `половину солдат`: a genitive of people under a noun of quantity is a group sent somewhere
    text = "Вечером капитан отправил половину солдат в деревню."
    found_type, *_ = only(nlp, text, "отправил")
    assert found_type == "MOVEMENT", events(nlp, text)


@pytest.mark.parametrize("text, trigger, participant", [
    # a visit to a person told by `бывать у` (GUIDELINES 9.22), the host or the guest named
    ("Летом мы часто бывали у Соколовых.", "бывали", "Соколовых"),
    ("По воскресеньям у нас бывал доктор Зуев.", "бывал", "Зуев"),
    ("Зимой Катя часто бывала у бабушки.", "бывала", "Катя"),
])
def test_visits_told_by_byvat_u_are_meetings(nlp, text, trigger, participant):
    found_type, _, found, _, _ = only(nlp, text, trigger)
    assert found_type == "MEETING" and ("participant", participant) in found, events(nlp, text)


@pytest.mark.parametrize("text", [
    "У нас бывали балы.",                    # a thing is what there was: no one came
    "У Ивана Лыкова бывали припадки.",       # a state of a person
    "В детстве у меня бывали страшные сны.",
])
def test_a_thing_at_someones_is_no_visit(nlp, text):
    assert not any(type == "MEETING" for type, *_ in events(nlp, text)), events(nlp, text)
