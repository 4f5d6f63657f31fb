"""A place that only a surname can be (issue 11, sixteenth round, ner16): a one-word LOC whose
every dictionary reading is a first name, patronymic or surname (no Geox reading, no common noun)
is a person (`consistency.first_name_only`), and so is a familiar form of a first name with no Geox
reading (coref18b), unless a preposition of place or a noun comes before it. Every sentence here is
written for the test."""
from __future__ import annotations

import pytest
from spacy.tokens import Span

from letopis.entities.consistency import first_name_only


def read_as_place(nlp, text: str, word: str) -> Span:
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    return Span(doc, token.i, token.i + 1, label="LOC")


@pytest.mark.parametrize("text, word", [
    ("Офицеры спорили об австрийцах, о Бонапарте и о будущей кампании.", "Бонапарте"),
    ("На карте всё было отмечено, и Бонапарте, очевидно, ничего не подозревал.", "Бонапарте"),
    ("Между Колькой и Ванькой вышла ссора.", "Ванькой"),
    # a familiar form of a first name (`models/coref/name_variants.tsv`), whatever common noun the
    # dictionary reads in it (`Нюрка`: also an adjective, a genitive of `нюрок`), coref18b: memoir, diary, news
    ("— Федька, подай ведро! — крикнул сосед.", "Федька"),
    ("Нюрка весь день возилась с курами.", "Нюрка"),
    ("Как рассказал Петька, пожар начался ночью.", "Петька"),
])
def test_a_word_only_a_person_is_called_is_a_person(nlp, text, word):
    assert first_name_only(read_as_place(nlp, text, word))


@pytest.mark.parametrize("text, word", [
    ("Мы долго говорили о Ростове, где прошло его детство.", "Ростове"),  # also a town
    ("Полк стоял в Анне до весны.", "Анне"),  # after a preposition of place
    ("Мы приехали в Федьку к вечеру.", "Федьку"),  # a familiar form too, after a preposition of place
    ("Дорога на Петьку шла лесом.", "Петьку"),
])
def test_a_word_that_may_be_a_place_stays_one(nlp, text, word):
    assert not first_name_only(read_as_place(nlp, text, word))
