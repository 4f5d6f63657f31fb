"""Names in narrative prose (issue 11 and 12, fifteenth round, ner14): a surname that is also a
town, two first names read as one, and a sentence's opening adjective before an event's head
noun. Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from letopis.extensions import ENTITIES


def entities(nlp, text: str) -> list[tuple[str, str]]:
    return [(span.text, span.label_) for span in nlp(text).spans[ENTITIES]]


def labels_of(nlp, text: str, word: str) -> list[str]:
    return [label for name, label in entities(nlp, text) if name == word]


# A surname that is also a town is the person in a document where it is the subject of a verb
# only someone does (speech, thought, perception).

def test_a_town_surname_that_speaks_and_thinks_is_a_person_in_every_mention(nlp):
    text = ("— Завтра выступаем, — сказал Ростов и отвернулся к окну. Ростов думал о доме. "
            "Лицо Ростова было бледно. Денщик подал Ростову шинель.")
    found = entities(nlp, text)
    assert [e for e in found if e[0].startswith("Ростов")] == [
        ("Ростов", "PER"), ("Ростов", "PER"), ("Ростова", "PER"), ("Ростову", "PER")]


def test_the_town_stays_a_place_where_nobody_speaks_as_it(nlp):
    text = "Мы приехали в Ростов к вечеру. Ростов стоит на Дону. Из Ростова пришло письмо."
    assert set(labels_of(nlp, text, "Ростов")) | set(labels_of(nlp, text, "Ростова")) == {"LOC"}


def test_a_town_after_a_preposition_of_place_keeps_its_reading_beside_the_person(nlp):
    text = ("— Поедем вместе, — сказал Ростов. Ростов слушал молча. "
            "Через неделю полк пришёл в Ростов и стал на квартиры.")
    found = entities(nlp, text)
    assert found.count(("Ростов", "PER")) == 2 and ("Ростов", "LOC") in found


def test_a_persons_accusative_after_a_preposition_of_direction_is_the_person(nlp):
    # `на Ростова`: the town's accusative is `Ростов`, so this is the man's
    text = "— Постой, — сказал Ростов. Ростов помолчал. Командир сердито взглянул на Ростова."
    assert ("Ростова", "PER") in entities(nlp, text)


# Two first names side by side in cases that cannot agree are two persons (an object put first).

@pytest.mark.parametrize("text, expected", [
    ("Он знал, что Машу Андрей не забудет никогда.", [("Машу", "PER"), ("Андрей", "PER")]),
    ("Соне Петя принёс полную корзину грибов.", [("Соне", "PER"), ("Петя", "PER")]),
])
def test_two_first_names_in_different_cases_are_two_persons(nlp, text, expected):
    assert entities(nlp, text) == expected


def test_a_first_name_and_patronymic_in_one_case_stay_one_name(nlp):
    assert entities(nlp, "Мы встретили Марью Ивановну у калитки.") == [("Марью Ивановну", "PER")]


# A common adjective whose capital is its sentence's makes no event of `дело`, `война`.

@pytest.mark.parametrize("text", [
    "— Тяжёлая война была, — вздохнул дед и замолчал.",
    "Новое дело затеял отец: купил мельницу.",
    "Наше дело маленькое, сказал сторож.",
])
def test_an_opening_common_adjective_before_an_event_noun_names_no_event(nlp, text):
    assert [e for e in entities(nlp, text) if e[1] == "EVENT"] == []


@pytest.mark.parametrize("text, event", [
    ("Полтавская битва решила исход войны.", "Полтавская битва"),
    ("Отечественная война застала деда в Смоленске.", "Отечественная война"),
])
def test_a_named_event_opening_a_sentence_stays_an_event(nlp, text, event):
    assert (event, "EVENT") in entities(nlp, text)


def test_an_opening_adjective_inside_an_organisations_name_stays(nlp):
    assert ("Красная армия", "ORG") in entities(nlp, "Красная армия вошла в город утром.")


# The tagger learned NEREL's every event mention; our EVENT is a named event (GUIDELINES 2.2).

@pytest.mark.parametrize("text", [
    "Пожар начался ночью, и к утру от сарая остались головешки.",
    "Перестрелка шла до самого вечера, и никто не спал.",
])
def test_a_common_noun_whose_capital_is_its_sentences_is_no_event(nlp, text):
    assert [e for e in entities(nlp, text) if e[1] == "EVENT"] == []


def test_lowercase_words_before_a_named_event_are_cut_off(nlp):
    found = entities(nlp, "Старик часто вспоминал памятное Бородинское сражение и своих товарищей.")
    assert ("Бородинское сражение", "EVENT") in found
    assert not any(e[1] == "EVENT" and e[0].startswith("памятное") for e in found)


def test_an_opening_word_the_text_writes_small_inside_makes_no_event(nlp):
    text = "Следующее сражение мы проиграли. Наутро пришло следующее письмо от брата."
    assert [e for e in entities(nlp, text) if e[1] == "EVENT"] == []


# A capitalised word inside a sentence whose likeliest dictionary reading is a person's name is a
# person where the models missed it.

def added(nlp, text: str, word: str) -> list[str]:
    """What the dictionary rule adds where the models found no span holding `word`."""
    from letopis.entities.consistency import dictionary_persons
    doc = nlp(text)
    spans = [s for s in doc.spans[ENTITIES] if word not in s.text]
    return [s.text for s in dictionary_persons(doc, spans)]


def test_the_agent_of_a_participle_the_models_miss_is_a_person(nlp):
    text = "Построенный Демидовым завод дымил день и ночь."
    assert ("Демидовым", "PER") in entities(nlp, text)
    assert added(nlp, text, "Демидовым") == ["Демидовым"]


@pytest.mark.parametrize("text, name", [
    ("Летом мы жили в деревне Любе у тётки.", "Любе"),
    ("Паром на реке Любе ходил дважды в день.", "Любе"),
])
def test_a_name_after_a_place_term_is_no_person_by_the_dictionary(nlp, text, name):
    found = entities(nlp, text)
    assert (name, "LOC") in found and (name, "PER") not in found
    assert name not in added(nlp, text, name)


def test_a_name_after_a_kin_term_is_a_person_by_the_dictionary(nlp):
    assert "Любе" in added(nlp, "Летом мы жили у тётки Любе в деревне.", "Любе")


def test_a_surname_after_initials_is_not_cut_from_them(nlp):
    text = "Посылку А. П. Зотову отправили с оказией."
    found = entities(nlp, text)
    assert ("А. П. Зотову", "PER") in found and ("Зотову", "PER") not in found
    assert added(nlp, text, "Зотову") == []
    assert added(nlp, "Посылку Зотову отправили с оказией.", "Зотову") == ["Зотову"]  # no initials


def test_a_possessive_adjective_of_a_persons_name_is_no_person_by_the_dictionary(nlp):
    from letopis.entities.consistency import dictionary_persons

    def added(text: str) -> list[str]:  # what the rule adds where the models found no `Кузьмину`
        doc = nlp(text)
        spans = [s for s in doc.spans[ENTITIES] if s.text != "Кузьмину"]
        return [s.text for s in dictionary_persons(doc, spans)]
    assert "Кузьмину" in added("Вечером старшина написал Кузьмину короткое письмо.")
    assert "Кузьмину" not in added("Мы с Кузьмой чинили сети, а потом нашли у берега и Кузьмину лодку.")


def test_an_event_noun_with_its_place_opening_a_sentence_stays_an_event(nlp):
    # a bare noun is generic (above); followed by a preposition, a number or a capitalised word
    # (`consistency.specified`) it is one event
    assert ("Пожар", "EVENT") in entities(nlp, "Пожар в Твери потушили только к утру.")
