"""Words the models read as names that name nothing (issue 11, nineteenth round, ner19;
GUIDELINES 9.69): a cry written with hyphens, common nouns joined by a hyphen, a conjunction
opening a sentence read as a name. Every sentence here is written for the test."""
from __future__ import annotations

from letopis.extensions import ENTITIES


def entities(nlp, text: str) -> list[tuple[str, str]]:
    return [(span.text, span.label_) for span in nlp(text).spans[ENTITIES]]


# A cry, a refrain or a stammer of short hyphenated syllables is no person.

def test_a_drawn_out_cry_is_no_person(nlp):
    assert entities(nlp, "— О-о-о-ах!") == []


def test_a_refrain_before_a_verb_of_singing_is_no_person(nlp):
    assert entities(nlp, "— Тра-ля-ля, — запел Петя.") == [("Петя", "PER")]


# Common nouns joined by a hyphen are an appellative compound (GUIDELINES 2.2).

def test_an_address_to_neighbours_is_no_person(nlp):
    assert entities(nlp, "Соседушки-родные, помогите, — кричала она.") == []


def test_sailors_who_are_countrymen_are_no_person(nlp):
    assert entities(nlp, "Матросы-земляки пришли к Ивану в гости.") == [("Ивану", "PER")]


def test_a_people_by_its_way_of_life_is_no_place(nlp):
    assert entities(nlp, "Калмыки-кочевники перешли через реку.") == []


def test_a_landlord_by_his_nation_is_no_person(nlp):
    assert entities(nlp, "Хозяин-немец вышел на крыльцо.") == []


def test_a_pet_name_before_a_trade_stays_a_person(nlp):
    found = entities(nlp, "— Федька-кучер отвезёт, — сказала барыня, — а ты найди Петрушку-повара.")
    assert ("Федька-кучер", "PER") in found and ("Петрушку-повара", "PER") in found


def test_a_society_named_by_such_a_compound_stays_a_body(nlp):
    assert ("Сёстры-сиделки", "ORG") in entities(nlp, "Она вступила в общество «Сёстры-сиделки» и уехала на фронт.")


def test_a_town_with_a_preposition_inside_stays_a_place(nlp):
    assert ("Ростов-на-Дону", "LOC") in entities(nlp, "Летом он уехал в Ростов-на-Дону к брату.")


def test_a_double_surname_stays_a_person(nlp):
    assert ("Мамин-Сибиряк", "PER") in entities(nlp, "Об этом писал Мамин-Сибиряк.")


# A sentence's opening word whose likeliest reading is a conjunction or particle is that, not a name.

def test_an_old_or_opening_a_question_is_no_person(nlp):
    assert entities(nlp, "— Али забыл, что обещал?") == []


def test_a_colloquial_or_opening_a_question_is_no_person(nlp):
    assert entities(nlp, "— Аль не узнал меня?") == []


def test_a_name_the_document_uses_inside_a_sentence_stays_a_person(nlp):
    assert ("Коли", "PER") in entities(nlp, "Мы долго ждали Колю. Коли всё не было.")
