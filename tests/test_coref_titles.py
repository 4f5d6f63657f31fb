"""A rank, title or other common noun of a person written before a surname (`Маршал Жуков`,
`граф Толстой`, `капитан Лыков`) is how the person is styled, no first name: the namesake rule
(`coref/names.py`) must not read it as one, or `Маршал Жуков` and `Георгий Жуков` would be two
people (a first name each, and the two disagree)."""
from __future__ import annotations

import pytest

from letopis.coref.names import ClusterIndex, Name, is_title
from letopis.labels import PER


@pytest.mark.parametrize("styled, full", [
    ("Маршал Жуков", "Георгий Жуков"),      # news: a military rank
    ("Генерал Орлов", "Михаил Орлов"),
    ("граф Толстой", "Лев Толстой"),          # a title of nobility
    ("Капитан Лыков", "Пётр Лыков"),          # a rank of the Table of Ranks
    ("доктор Сомов", "Иван Петрович Сомов"),  # a profession
])
def test_a_title_before_a_surname_joins_the_full_name(styled, full):
    index = ClusterIndex()
    assert index.assign(PER, styled) == index.assign(PER, full)
    assert Name.read(styled).first is None


def test_a_title_joins_the_namesake_mentioned_last():
    index = ClusterIndex()
    georgy = index.assign(PER, "Георгий Жуков")
    sergei = index.assign(PER, "Сергей Жуков")
    assert georgy != sergei
    assert index.assign(PER, "Маршал Жуков") == sergei  # as a bare surname would


@pytest.mark.parametrize("word, title", [
    ("маршал", True), ("граф", True), ("купец", True), ("дядя", True),
    # a first name, also a common noun, or a familiar form: still a name
    ("лев", False), ("вера", False), ("иван", False), ("емелька", False), ("сенька", False),
    # an animal's name is a surname as often as not (`Орёл Дмитрий`, `Волк`): no title
    ("орёл", False), ("волк", False), ("соловей", False),
])
def test_which_words_are_titles(word, title):
    assert is_title(word) is title


@pytest.mark.parametrize("name, first, surname", [
    ("Мишка Орлов", "михаил", "орлов"),       # a familiar form of the table, also a common noun
    ("Емелька Сомов", "емельян", "сомов"),
    ("Лев Гусев", "лев", "гусев"),
    ("Лыков-Гусев", None, "лыков гусев"),     # a double surname stays one
])
def test_names_that_are_no_titles_keep_their_first_name(name, first, surname):
    read = Name.read(name)
    assert (read.first, read.surname) == (first, surname)


def test_a_title_in_a_text(nlp):
    text = "Маршал Жуков прибыл в штаб под вечер. Утром Георгий Жуков выслушал доклад и уехал на фронт."
    doc = nlp(text)
    clusters = {span.text: span._.cluster for span in doc.ents if span.label_ == PER}
    assert len(set(clusters.values())) == 1, clusters
