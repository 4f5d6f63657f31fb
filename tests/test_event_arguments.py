"""Event arguments in narrative prose (issue 12): who did what, where and when, when the
parser's tree alone does not say it — long periods, subjects it hangs on the wrong verb,
coordinated verbs, companions, a sentence that only dates the one before it."""
from __future__ import annotations

import pytest

from letopis.events.extractor import agrees
from test_events import only

LONG_PERIOD = (
    "Осенью Иван Орлов приехал в Тверь и долго искал там работу у знакомых купцов, но ничего "
    "не нашёл; тогда он уехал в Москву, где прожил у своего дяди почти целый год и выучился "
    "ремеслу переплётчика; наконец его брат Сергей Орлов вернулся из Сибири, разыскал его и "
    "увёз в Казань, где они открыли небольшую мастерскую.")


def arguments(nlp, text: str, trigger: str) -> set[tuple[str, str]]:
    return only(nlp, text, trigger)[2]


def test_a_long_period_is_parsed_clause_by_clause(nlp):
    doc = nlp(LONG_PERIOD)
    assert len([t for t in doc if not t.is_punct]) > 40
    cuts = [t.i for t in doc if t.text == ";"]
    clauses = [(0, cuts[0]), (cuts[0] + 1, cuts[1]), (cuts[1] + 1, len(doc))]
    for start, end in clauses:
        for token in doc[start:end]:
            # a word hangs inside its own clause; only a clause's root hangs on the first one
            assert start <= token.head.i < end or (token.dep_ == "parataxis" and token.head.i < cuts[0]), token


def test_verbs_of_a_long_period_keep_their_own_arguments(nlp):
    assert ("destination", "Москву") in arguments(nlp, LONG_PERIOD, "уехал")
    assert ("agent", "Сергей Орлов") in arguments(nlp, LONG_PERIOD, "вернулся")
    assert ("destination", "Казань") in arguments(nlp, LONG_PERIOD, "увёз")
    assert ("destination", "Казань") not in arguments(nlp, LONG_PERIOD, "уехал")


def test_coordinated_verbs_share_the_written_subject(nlp):
    text = "Пётр Смирнов простился с матерью, вышел на крыльцо и быстро побежал к реке."
    assert ("agent", "Пётр Смирнов") in arguments(nlp, text, "побежал")


def test_a_later_verb_shares_a_subject_fronted_before_both(nlp):
    text = "Андрей Белов, дочитав письмо до конца, простился с друзьями и, надев пальто, уехал на вокзал."
    assert ("participant", "Андрей Белов") in arguments(nlp, text, "простился")


def test_a_subject_written_after_the_verb(nlp):
    text = "Перед ужином заехал к нам Олег Рябинин."
    args = arguments(nlp, text, "заехал")
    assert ("participant", "Олег Рябинин") in args  # a visit to a person: MEETING (GUIDELINES 4.2)
    assert all(span != "заехал" for _, span in args)  # no unwritten subject besides the written one


def test_a_subject_must_agree_with_its_verb(nlp):
    # `он` cannot be the subject of a first-person `уеду`, nor of the plural `навестили`
    text = "Пётр Смирнов был уверен: летом я уеду в Тверь, он сам обещал помочь."
    assert ("agent", "он") not in arguments(nlp, text, "уеду")
    text = "Иван Орлов и Пётр Смирнов навестили старика и отвезли его в Тверь, где он прожил до весны."
    assert ("agent", "он") not in arguments(nlp, text, "навестили")
    assert ("agent", "он") not in arguments(nlp, text, "отвезли")
    assert {("agent", "Иван Орлов"), ("agent", "Пётр Смирнов")} <= arguments(nlp, text, "отвезли")


def test_a_subject_across_a_clause_boundary_is_not_the_verbs(nlp):
    text = "Гость сказал Анне Петровой, что он, по совету старых друзей, переехал в Тверь."
    args = arguments(nlp, text, "переехал")
    assert ("agent", "он") in args and ("destination", "Тверь") in args
    assert ("agent", "Гость") not in args


def test_the_passive_partner_of_a_coordinated_verb_is_its_patient(nlp):
    text = "Весной Пётр Смирнов приехал в Тверь и был там арестован."
    assert ("patient", "Пётр Смирнов") in arguments(nlp, text, "арестован")


def test_a_companion_through_an_adverb(nlp):
    text = "Пётр Смирнов вместе с Иваном Орловым уехал в Тверь."
    assert {("agent", "Пётр Смирнов"), ("participant", "Иваном Орловым")} <= arguments(nlp, text, "уехал")


def test_an_infinitive_under_a_coordinated_verb_takes_the_shared_subject(nlp):
    text = "Иван Орлов продал дом и решил уехать в Тверь."
    assert ("agent", "Иван Орлов") in arguments(nlp, text, "уехать")


def test_a_possessive_after_an_event_noun_is_its_genitive(nlp):
    text = "Анна Петрова долго болела; о смерти её мы узнали от соседей."
    assert ("patient", "её") in arguments(nlp, text, "смерти")
    # before a noun the possessive is that noun's (`смерти его отец`)
    text = "После смерти его отец уехал в Тверь."
    assert ("patient", "его") not in arguments(nlp, text, "смерти")


def test_a_sentence_that_dates_the_one_before(nlp):
    text = "Ночью Пётр Смирнов выломал решётку и бежал из острога. Это произошло 3 мая 1801 года."
    doc = nlp(text)
    for event in doc._.events:
        trigger = doc.text[slice(*event["trigger"])]
        times = [(doc.text[start:end], bool(rest[1]) if len(rest) > 1 else False)
                 for role, start, end, *rest in event["args"] if role == "time"]
        assert times == [("3 мая 1801 года", False)], (trigger, times)


def test_a_date_on_another_verb_is_not_the_triggers_time(nlp):
    text = "Иван Орлов уехал из дома, а 5 мая 1850 года вернулся в Тверь."
    assert not any(role == "time" for role, _ in arguments(nlp, text, "уехал"))
    assert ("time", "5 мая 1850 года") in arguments(nlp, text, "вернулся")


def test_a_speech_verb_takes_no_setting_from_what_was_said(nlp):
    text = "Брат сообщил нам в письме, что в Твери открылась школа и через год туда примут и меня."
    args = arguments(nlp, text, "сообщил")
    assert not any(role in ("place", "time") for role, _ in args), args


def test_a_gerund_belongs_to_the_nearer_verb_with_a_subject(nlp):
    text = "«Какой длинный день», — подумал Пётр Смирнов, возвращаясь из гостей."
    assert ("agent", "Пётр Смирнов") in arguments(nlp, text, "возвращаясь")


def test_a_counted_subject_of_a_singular_verb(nlp):
    # `погибло семь человек`: a genitive of quantity is the subject of a neuter singular verb
    type, *_ = only(nlp, "В тот день при пожаре погибло семь человек.", "погибло")
    assert type == "DEATH"


def test_a_thing_of_another_gender_is_not_the_subject(nlp):
    # `новость` (feminine) cannot be the subject of `сообщил`; the neighbour after the verb is,
    # also when the parser does not hang him on the verb as its subject
    doc = nlp("Новость сообщил мне сосед.")
    verb, news, neighbour = doc[1], doc[0], doc[3]
    assert not agrees(verb, news) and agrees(verb, neighbour)
    type, _, args, _, _ = only(nlp, "Эту новость сообщил мне сосед Иван Орлов.", "сообщил")
    assert type == "COMMUNICATION" and ("agent", "Иван Орлов") in args


def test_a_passive_with_an_unwritten_person_is_an_event(nlp):
    # `пойман` wants a person caught; here the person is the subject of the verb before
    text = "Летом Иван Орлов бежал из Твери, но через неделю был пойман."
    type, _, args, _, _ = only(nlp, text, "пойман")
    assert type == "ARREST" and ("patient", "Иван Орлов") in args


@pytest.mark.parametrize("text, trigger, spouse", [
    ("Осенью Ольга Белова вышла замуж за Николая Кравцова.", "вышла", "Николая Кравцова"),
    ("Его младшая сестра вышла замуж за доктора Шаповалова.", "вышла", "Шаповалова"),  # the name beside the noun
    ("В Калуге Пётр Кравцов женился на Анне Гориной.", "женился", "Анне Гориной"),
    ("Через год Соколов женился на ней.", "женился", "ней"),
])
def test_the_spouse_is_a_participant_of_the_marriage(nlp, text, trigger, spouse):
    assert ("participant", spouse) in arguments(nlp, text, trigger)


def test_a_place_under_na_is_still_a_place_of_the_marriage(nlp):
    assert ("place", "Урале") in arguments(nlp, "Пётр Кравцов женился на Урале.", "женился")
