"""Names in narrative and critical prose (issue 11 item 4 and issue 12, fourteenth round, ner13):
kinds of error found on the third entities probe (`gold/probe/entities3/`, «Война и мир»), each
fixed by a general rule of `entities/rules.py`, `entities/consistency.py` or
`entities/normalize.py`, and each checked for precision on War and Peace text nobody annotated.
Every sentence here is written for the test."""
from __future__ import annotations

import pytest
from spacy.tokens import Span

from letopis.entities.consistency import repeated_names
from letopis.extensions import ENTITIES


def entities(nlp, text: str) -> list[tuple[str, str]]:
    return [(span.text, span.label_) for span in nlp(text).spans[ENTITIES]]


def normals(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(span.text, span.label_, span._.normal) for span in nlp(text).spans[ENTITIES]]


# Initials are part of the name: at a sentence's start, and after a title of rank.

def test_initials_opening_a_sentence_stay_in_the_name(nlp):
    text = "Хвалили книгу многие. Д. Д. Сомов, В. В. Гуров писали о ней восторженно."
    assert ("Д. Д. Сомов", "PER") in entities(nlp, text)
    assert ("В. В. Гуров", "PER") in entities(nlp, text)


@pytest.mark.parametrize("text, name", [
    ("Вчера к обеду приехал князь П. А. Орловский с женой.", "П. А. Орловский"),
    ("Полком тогда командовал генерал И. И. Гуров.", "И. И. Гуров"),
])
def test_a_name_with_initials_after_a_rank_is_the_whole_name_not_a_hidden_letter(nlp, text, name):
    assert entities(nlp, text) == [(name, "PER")]


def test_a_letter_after_a_rank_with_no_name_after_it_is_still_a_hidden_name(nlp):
    assert ("Т", "PER") in entities(nlp, "Пришёл капитан Т. и сел у окна.")


# Titles in guillemets opening on a noun of events.

def test_a_title_opening_on_a_noun_of_events_is_a_title_in_every_case(nlp):
    text = "Критики хвалили роман «Битва и жатва». О «Битве и жатве» спорили долго."
    assert normals(nlp, text) == [("Битва и жатва", "WORK_OF_ART", "Битва и жатва"),
                                  ("Битве и жатве", "WORK_OF_ART", "Битва и жатва")]


def test_quoted_words_of_no_name_opening_on_a_noun_of_events_are_no_event(nlp):
    assert entities(nlp, "Учитель говорил про «процесс взросления» души.") == []


def test_a_quoted_event_with_a_name_inside_stays_an_event(nlp):
    assert ("деле Сомова", "EVENT") in entities(nlp, "Газеты в тот год писали о «деле Сомова».")


def test_lowercase_words_in_guillemets_after_a_cue_noun_are_no_title(nlp):
    # what the novel is called, not its title
    assert entities(nlp, "Отец называл роман «пустой забавой» и не дочитал его.") == []


def test_a_capitalised_title_after_a_cue_noun_stays_a_title(nlp):
    assert entities(nlp, "Отец называл роман «Пустая забава» лучшей книгой года.") == [("Пустая забава", "WORK_OF_ART")]


# Repeated surnames and their normal form.

def test_a_womans_surname_in_an_oblique_case_repeated_is_a_person_in_every_mention(nlp):
    text = "Мы пошли к Тарутиновой вечером. В передней Тарутиновой нас встретил лакей."
    assert entities(nlp, text) == [("Тарутиновой", "PER"), ("Тарутиновой", "PER")]


def test_a_surname_written_alone_as_in_the_full_name_keeps_that_nominative(nlp):
    # `Волков` could be read as the plural genitive of `волк`; the full name says it is a surname
    text = ("Отзыв написал П. С. Волков. По выходе последнего тома «Записок» Волков, печатавший "
            "свои заметки в журнале «Нива», назвал книгу лучшей.")
    assert ("Волков", "PER", "Волков") in normals(nlp, text)


# Foreign words inside Russian prose.

def test_french_words_of_speech_are_no_organisation(nlp):
    text = "Княгиня сказала: — Mon cher, vous êtes un héros! — и вышла из комнаты."
    assert entities(nlp, text) == []


def test_foreign_names_both_models_read_and_titles_after_a_cue_stay(nlp):
    text = "Он читал журнал «Esprit». В Москве открылся филиал компании Google, и Reuters сообщило об этом."
    found = entities(nlp, text)
    assert ("Esprit", "ORG") in found and ("Google", "ORG") in found and ("Reuters", "ORG") in found


# A one-word name the models found twice or more is a person where they missed it
# (`consistency.repeated_names`, given the names the models left).

def names_at(doc, word: str, label: str = "PER") -> list[Span]:
    return [Span(doc, t.i, t.i + 1, label=label) for t in doc if t.text == word]


def test_a_name_found_twice_is_a_person_where_the_models_missed_it(nlp):
    doc = nlp("Ярош сидел у окна. Отец позвал его, но Ярош не слышал.\n— Ярош! Иди же! — крикнул отец.")
    first, second, missed = names_at(doc, "Ярош")
    assert [(s.start, s.label_) for s in repeated_names(doc, [first, second])] == [(missed.start, "PER")]


def test_a_name_found_once_is_not_spread(nlp):
    doc = nlp("Ярош сидел у окна. Отец позвал его, но Ярош не слышал.")
    first, missed = names_at(doc, "Ярош")
    assert repeated_names(doc, [first]) == []


def test_a_name_the_document_also_writes_as_a_place_is_not_spread(nlp):
    doc = nlp("Ярош сидел у окна. Ярош молчал. Ярош встал.")
    first, second, missed = names_at(doc, "Ярош")
    place = Span(doc, second.start, second.end, label="LOC")
    assert repeated_names(doc, [first, second, place]) == []


def test_a_name_before_another_capitalised_word_is_not_cut_out_of_a_longer_name(nlp):
    doc = nlp("Ивана ждали долго. Потом Ивана позвали. Пили за здоровье Ивана Грозного.")
    first, second, longer = names_at(doc, "Ивана")
    assert repeated_names(doc, [first, second]) == []


def test_a_common_noun_first_is_not_spread_from_a_name(nlp):
    doc = nlp("Вера сидела у окна. Вера молчала. Вера в победу не оставляла нас.")
    first, second, noun = names_at(doc, "Вера")
    assert repeated_names(doc, [first, second]) == []
