"""Names in memoir prose (issue 11 item 4 and issue 12, ner12): kinds of error found on the second
entities probe (`gold/probe/entities2/`) and the persons probes, each fixed by a general rule of
`entities/consistency.py` or `entities/normalize.py`. Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from letopis.extensions import ENTITIES


def entities(nlp, text: str) -> list[tuple[str, str]]:
    return [(span.text, span.label_) for span in nlp(text).spans[ENTITIES]]


def normals(nlp, text: str) -> list[tuple[str, str]]:
    return [(span.text, span._.normal) for span in nlp(text).spans[ENTITIES]]


# A surname no model tags is decided once for the document: repeated, once inside a sentence,
# or after a noun of rank, it is a person in every mention.

def test_a_repeated_surname_the_dictionary_reads_as_a_gerund_is_a_person_in_every_mention(nlp):
    text = ("Поручик Синев принял роту в марте. Синев был строг и молчалив. "
            "Солдаты боялись его, но Синев никого не наказывал без вины.")
    assert [e for e in entities(nlp, text) if e[0] == "Синев"] == [("Синев", "PER")] * 3


def test_a_surname_shaped_word_once_inside_a_sentence_and_never_again_stays_untagged(nlp):
    # one mention, no rank before it: not enough for a vote, whatever the shape
    assert ("Синев", "PER") not in entities(nlp, "Мы долго шли лесом, и Синев отстал.")


def test_a_surname_shaped_place_the_dictionary_knows_is_no_person(nlp):
    text = "Из Ростова мы поехали дальше. Ростов остался позади, а за ним и Таганрог."
    assert ("Ростов", "PER") not in entities(nlp, text)


# Two names side by side whose cases cannot agree are two names.

@pytest.mark.parametrize("text, expected", [
    ("После боя у Заречной Кузнецов отвёл полк назад.", [("Заречной", "LOC"), ("Кузнецов", "PER")]),
    ("От Нижней Петров повернул на север.", [("Нижней", "LOC"), ("Петров", "PER")]),
])
def test_a_name_in_an_oblique_case_glued_to_a_nominative_surname_parts(nlp, text, expected):
    assert entities(nlp, text) == expected


def test_a_first_name_and_surname_in_one_case_stay_one_name(nlp):
    assert entities(nlp, "Письмо от Ивана Сомова пришло к вечеру.") == [("Ивана Сомова", "PER")]


# An adjective opening a sentence before a first name is an epithet, not part of the name.

@pytest.mark.parametrize("text, name", [
    ("Хромой Антон сидел на крыльце и чинил сеть.", "Антон"),
    ("Рыжий Степан засмеялся и махнул рукой.", "Степан"),
])
def test_an_epithet_opening_a_sentence_is_outside_the_first_name(nlp, text, name):
    assert entities(nlp, text) == [(name, "PER")]


def test_a_surname_opening_a_sentence_before_a_first_name_is_kept(nlp):
    assert ("Толстой Лев Николаевич", "PER") in entities(nlp, "Толстой Лев Николаевич родился в Ясной Поляне.")


# A person whose every reading in the dictionary is a known place, after no rank: a place.

def test_a_word_known_only_as_a_place_is_a_place_not_a_person(nlp):
    assert ("Неве", "LOC") in entities(nlp, "К полудню обоз вышел к Неве и встал на ночлег.")


def test_after_a_rank_a_word_known_only_as_a_place_is_still_a_person(nlp):
    assert ("Камешкова", "PER") in entities(nlp, "Вечером вызвали капитана Камешкова к генералу.")


# A garbled word mixing scripts is no name; a word joining them by a hyphen is another matter.

def test_a_word_mixing_cyrillic_and_latin_letters_is_no_name(nlp):
    assert all("Гa" not in text for text, _ in entities(nlp, "Он сказал: tout le monde de Гa sait cela."))


def test_a_first_name_and_a_foreign_surname_the_dictionary_guesses_stay_one_name(nlp):
    assert ("Уильям Доран", "PER") in entities(nlp, "В гавань вошёл корабль, которым командовал Уильям Доран.")



# A family in the plural of a possessive surname is a person's label, its normal the plural nominative.

@pytest.mark.parametrize("text, expected", [
    ("Хозяйство Лапиных вела тётка.", [("Лапиных", "Лапины")]),
    ("Вечером мы пили чай у Сомовых.", [("Сомовых", "Сомовы")]),
])
def test_a_family_in_the_plural_is_a_person_with_the_plural_nominative(nlp, text, expected):
    assert normals(nlp, text) == expected
    assert [label for _, label in entities(nlp, text)] == ["PER"]


# The document says which word an oblique form inflects: a name written bare as a subject.

def test_oblique_forms_of_a_name_written_bare_elsewhere_take_it_as_their_normal(nlp):
    text = "В полдень Кар выступил из города. Отряд, посланный Каром, вернулся. Об отставке Кара говорили все."
    assert normals(nlp, text) == [("Кар", "Кар"), ("Каром", "Кар"), ("Кара", "Кар")]


def test_a_womans_surname_in_her_nominative_keeps_its_own_normal(nlp):
    text = "Петров и его жена пришли. Петрова принесла пирог."
    assert normals(nlp, text) == [("Петров", "Петров"), ("Петрова", "Петрова")]


# A line of speech in guillemets after a colon that ends the line before is no title.

def test_a_quoted_exclamation_on_its_own_line_after_a_colon_is_no_title(nlp):
    text = "Старуха глядела на нас и будто шептала:\n«Уходите отсюда!»\nМы ушли."
    assert entities(nlp, text) == []


# Words in guillemets right after a verb of reading or publishing are a title (`title_verbs.tsv`).

@pytest.mark.parametrize("text, title", [
    ("Сосед прочёл «Грамматику морского права» за два вечера.", "Грамматику морского права"),
    ("Старик перечитал «Азбуку крестьянского хозяйства».", "Азбуку крестьянского хозяйства"),
])
def test_a_quoted_object_of_a_verb_of_reading_is_a_title(nlp, text, title):
    assert entities(nlp, text) == [(title, "WORK_OF_ART")]



# A word known only as a feminine adjective, after a preposition of place, is a place's form:
# a fortress or a station named by its adjective; a woman's surname the dictionary knows stays hers.

@pytest.mark.parametrize("text, expected", [
    ("Отряд отступил к Заречной и там заночевал.", [("Заречной", "LOC")]),
    ("Он не знал, отступить ли к Заречной или идти дальше.", [("Заречной", "LOC")]),
])
def test_a_feminine_adjective_after_a_preposition_of_place_is_a_place(nlp, text, expected):
    assert entities(nlp, text) == expected


def test_a_womans_surname_the_dictionary_knows_after_k_stays_a_person(nlp):
    assert entities(nlp, "Вечером я зашёл к Раевской, но её не было дома.") == [("Раевской", "PER")]


def test_a_feminine_adjective_ending_a_womans_full_name_stays_a_person(nlp):
    text = "Анна Заречная приехала в полдень. Я пошёл к Заречной после обеда."
    assert entities(nlp, text) == [("Анна Заречная", "PER"), ("Заречной", "PER")]
