"""Descriptions and cues read as names (issue 11, seventeenth round, ner17): a noun of title, rank
or kinship that a model took for a person's name; a word the dictionary does not know that opens a
sentence with the sentence's capital while the document writes it small elsewhere; the
abbreviation of a legal form alone (`ООО`). Every sentence here is written for the test."""
from __future__ import annotations

from letopis.extensions import ENTITIES


def entities(nlp, text: str) -> list[tuple[str, str]]:
    return [(span.text, span.label_) for span in nlp(text).spans[ENTITIES]]


# A title, rank or kinship noun is a description (GUIDELINES 2.2), not a name, even where the
# document capitalises it inside a sentence too and the models read both as a person.

def test_a_title_opening_a_sentence_is_no_person(nlp):
    found = entities(nlp, "Письмо передали Княжне вечером. Княжна почувствовала это и покраснела.")
    assert ("Княжна", "PER") not in found and ("Княжне", "PER") not in found


def test_a_prince_named_by_his_title_is_no_person(nlp):
    found = entities(nlp, "Все ждали, что скажет Князь. Князь одно время молчал, потом встал.")
    assert [name for name, label in found if label == "PER"] == []


def test_the_vocative_of_father_in_a_prayer_is_no_person(nlp):
    assert ("Отче", "PER") not in entities(nlp, "Он читал молитву, как Отче наш, без запинки.")


def test_a_title_before_a_name_leaves_the_name(nlp):
    found = entities(nlp, "Княжна Марья вошла в гостиную, и граф Безухов встал.")
    assert ("Марья", "PER") in found and ("Безухов", "PER") in found


def test_a_surname_that_is_no_title_stays_a_person(nlp):
    found = entities(nlp, "Письмо передали Корнилову вечером. Корнилов прочёл его и покраснел.")
    assert ("Корнилов", "PER") in found


# A word the dictionary does not know, opening a sentence, that the document writes with a small
# letter inside a sentence: the capital is the sentence's, the word names nothing.

def test_a_foreign_word_explained_in_a_note_is_no_person(nlp):
    text = "Мы ехали на кольвагене до самой переправы. Кольваген — крестьянская телега на ремнях."
    assert entities(nlp, text) == []


def test_an_unknown_name_never_written_small_stays(nlp):
    text = "Мы ехали с Кольвагеном до самой переправы. Кольваген — наш старый кучер."
    assert "Кольваген" in [name for name, _ in entities(nlp, text)]  # as the models read it


# The abbreviation of a company's legal form is a cue before the name (GUIDELINES 2.3), never a
# name alone (`models/entities/legal_forms.tsv`).

def test_a_legal_form_alone_is_no_organisation(nlp):
    text = 'Он работал директором в компании ООО "Северный лес". В ООО "Северный лес" его ценили.'
    found = entities(nlp, text)
    assert ("ООО", "ORG") not in found and ("Северный лес", "ORG") in found


def test_a_legal_form_inside_a_longer_name_stays_inside(nlp):
    found = entities(nlp, 'Директор ОАО "Тульский комбинат" Иван Петров ушёл в отставку.')
    assert ('ОАО "Тульский комбинат"', "ORG") in found
