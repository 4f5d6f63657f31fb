"""Kinds of missed and spurious events found on the events probe (gold/probe/events, issue 12):
each kind is fixed as its class (lexicon.tsv, the block "Kinds found on the events probe"; roles.tsv,
exclusions.tsv, motion.tsv), and each is shown here on sentences of family life, letters, diaries
and news written for these tests."""
from __future__ import annotations

import pytest

from test_events import events, only


def triggers(nlp, text: str) -> dict[str, str]:
    return {trigger: type for type, trigger, *_ in events(nlp, text)}


@pytest.mark.parametrize("text, trigger, type", [
    # beating and punishing someone: the verbs of `бить` with a person as object, their nouns
    ("Отчим часто колотил Петю, а мать его жалела.", "колотил", "CONFLICT"),
    ("В тот вечер отец отхлестал Ваню вожжами за разбитое окно.", "отхлестал", "CONFLICT"),
    ("Старший брат поколотил Колю во дворе.", "поколотил", "CONFLICT"),
    ("Ямщик отстегал Федьку кнутом.", "отстегал", "CONFLICT"),
    ("После порки Алёша неделю не выходил из дома.", "порки", "CONFLICT"),
    # the verbs of the WAR nouns and the pairs of the WAR verbs
    ("Крестьяне бунтовали против помещика.", "бунтовали", "WAR"),
    ("Летом матросы взбунтовались на броненосце.", "взбунтовались", "WAR"),
    ("Суворов не раз разбивал турок.", "разбивал", "WAR"),
    # heading a body: command posts
    ("Фёдор Кривцов начальствовал над полком.", "начальствовал", "EMPLOYMENT"),
    # the transitive pairs of reflexive verbs of the lexicon
    ("Осенью родители переселили Анну в Тверь.", "переселили", "MOVEMENT"),
    ("Командир присоединил Ивана к своему отряду.", "присоединил", "MEMBERSHIP"),
    # arriving in time
    ("К вечеру подоспел Сергей с лошадьми.", "подоспел", "MOVEMENT"),
    # receiving a visitor; the phrases of joining and enrolling come first
    ("Губернатор принял Петрова очень ласково.", "принял", "MEETING"),
    ("Осенью Ивана приняли в гимназию.", "приняли", "EDUCATION"),
    ("Зимой Петра приняли в партию.", "приняли", "MEMBERSHIP"),
    # the round table NEREL counts as an event
    ("В Доме журналистов прошёл круглый стол.", "стол", "OTHER"),
])
def test_probe_kinds_are_events(nlp, text, trigger, type):
    assert triggers(nlp, text).get(trigger) == type


@pytest.mark.parametrize("text, trigger", [
    ("Дождь хлестал по окнам всю ночь.", "хлестал"),              # no person beaten
    ("Вечером вся семья сидела за столом и пила чай.", "столом"),  # the table as furniture
    ("Лошади были в распоряжении Петрова.", "распоряжении"),      # at someone's disposal
    ("Его приняли за шпиона.", "приняли"),                        # taken for someone
    ("Офицер привёл новобранцев к присяге.", "привёл"),           # the oath is a ritual, not a place
    ("Войска оставались в городе.", "оставались"),                # an imperfective stay without a bound
])
def test_probe_kinds_that_are_no_events(nlp, text, trigger):
    assert trigger not in triggers(nlp, text)


def test_the_subject_of_a_passive_is_the_person_beaten(nlp):
    type, _, args, _, _ = only(nlp, "Ваня был побит соседскими ребятами.", "побит")
    assert type == "CONFLICT" and args == {("patient", "Ваня")}


def test_the_one_beaten_is_the_patient(nlp):
    _, _, args, _, _ = only(nlp, "Отчим часто колотил Петю, а мать его жалела.", "колотил")
    assert args == {("patient", "Петю")}


def test_heading_an_editorial_office_has_agent_and_time(nlp):
    type, _, args, _, _ = only(nlp, "В 1920 году Петров возглавил редакцию журнала.", "возглавил")
    assert type == "EMPLOYMENT" and args == {("agent", "Петров"), ("time", "1920 году")}


def test_a_person_resettled_is_the_patient(nlp):
    _, _, args, _, _ = only(nlp, "Осенью родители переселили Анну в Тверь.", "переселили")
    assert args == {("time", "Осенью"), ("patient", "Анну"), ("destination", "Тверь")}


def test_an_order_by_someone_has_its_agent(nlp):
    type, _, args, _, _ = only(nlp, "По распоряжению Толстого школу открыли осенью.", "распоряжению")
    assert type == "COMMUNICATION" and ("agent", "Толстого") in args


def test_the_visitor_received_is_a_participant(nlp):
    _, _, args, _, _ = only(nlp, "Губернатор принял Петрова очень ласково.", "принял")
    assert args == {("participant", "Петрова")}


def test_a_stay_with_a_length_is_an_episode(nlp):
    type, _, args, _, _ = only(nlp, "Брат оставался в Туле три месяца.", "оставался")
    assert type == "MOVEMENT" and ("place", "Туле") in args


@pytest.mark.parametrize("text, trigger, origin", [
    ("Наутро полк выступил из-под Смоленска.", "выступил", "Смоленска"),
    ("Весной дядя вернулся из-за Урала.", "вернулся", "Урала"),
])
def test_compound_prepositions_of_source_give_the_origin(nlp, text, trigger, origin):
    type, _, args, _, _ = only(nlp, text, trigger)
    assert type == "MOVEMENT" and ("origin", origin) in args


@pytest.mark.parametrize("text, trigger, agent", [
    ("Иван, узнав, что Пётр арестован, уехал в Москву.", "уехал", "Иван"),
    ("Анна, услышав, что Сергей вернулся, выбежала на крыльцо.", "выбежала", "Анна"),
])
def test_the_verb_after_a_gerunds_clause_is_the_main_subjects(nlp, text, trigger, agent):
    """The parser hangs the main verb on the verb of the `что` clause of the gerund before it;
    the subject of that clause is not the main verb's."""
    _, _, args, _, _ = only(nlp, text, trigger)
    assert ("agent", agent) in args
    assert not any(role == "agent" and name != agent for role, name in args)


@pytest.mark.parametrize("text, trigger, agent", [
    # the verb agrees with the clause's subject, not with the word the gerund hangs on: inside the clause
    ("Анна, узнав, что Сергей поступил в полк, уехал на Кавказ, долго плакала.", "уехал", "Сергей"),
])
def test_a_verb_that_agrees_with_the_clause_stays_in_it(nlp, text, trigger, agent):
    _, _, args, _, _ = only(nlp, text, trigger)
    assert ("agent", agent) in args


def test_with_no_written_subject_the_clause_s_subject_is_not_the_main_verb_s(nlp):
    _, _, args, _, _ = only(nlp, "Узнав, что Пётр арестован, уехал в Москву.", "уехал")
    assert ("agent", "Пётр") not in args


def test_coordinated_verbs_inside_a_reported_clause_still_share_its_subject(nlp):
    _, _, args, _, _ = only(nlp, "Он сказал, что Пётр приехал в Тулу, встретил брата и уехал.", "уехал")
    assert ("agent", "Пётр") in args


def test_leaving_a_post_is_employment(nlp):
    type, _, args, _, _ = only(nlp, "В 1918 году Андреев отказался от должности директора.", "отказался")
    assert type == "EMPLOYMENT" and args == {("time", "1918 году"), ("agent", "Андреев")}
    assert triggers(nlp, "Осенью дядя оставил службу и уехал в деревню.").get("оставил") == "EMPLOYMENT"


@pytest.mark.parametrize("text, trigger", [
    ("Отец отказался от ужина.", "отказался"),
    ("Брат оставил книгу на столе.", "оставил"),
])
def test_refusing_or_leaving_a_thing_is_no_event(nlp, text, trigger):
    assert trigger not in triggers(nlp, text)


@pytest.mark.parametrize("text, word, expected", [
    ("В пятницу в редакции прошёл круглый стол о школьной реформе.", "стол", "OTHER"),
    ("Вечером вся семья сидела за столом.", "столом", None),
    ("Письмо лежало в ящике стола.", "стола", None),
    ("Мать накрыла стол к приезду гостей.", "стол", None),
])
def test_a_table_is_an_event_only_as_a_round_table(nlp, text, word, expected):
    assert triggers(nlp, text).get(word) == expected
