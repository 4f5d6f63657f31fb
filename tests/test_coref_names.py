"""Everyday diminutives and old forms of first names join the full name's person
(`models/coref/name_variants.tsv`); they never join another name or a namesake with another
surname. Memoir, diary and news sentences of our own."""
from __future__ import annotations

import pytest

from letopis.coref.names import ClusterIndex
from letopis.labels import PER


@pytest.mark.parametrize("first, second, same", [
    ("Борис Орлов", "Боря", True),
    ("Юрка Лебедев", "Юрий Лебедев", True),
    ("Гаврила Сомов", "Гавриил Сомов", True),
    ("Маруся", "Мария Сомова", True),
    ("Вадик", "Вадим", True),
    # not another name, not a namesake
    ("Вадик", "Владимир", False),
    ("Гена Орлов", "Геннадий Сомов", False),
    ("Галя Орлова", "Галина Сомова", False),
])
def test_a_diminutive_is_the_full_name(first, second, same):
    index = ClusterIndex()
    assert (index.assign(PER, first) == index.assign(PER, second)) is same


def clusters(nlp, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {span.text: span._.cluster for span in doc.ents if span.label_ == "PER"}


@pytest.mark.parametrize("text, full, short", [
    # memoir
    ("Борис Орлов приехал к нам летом. Боря сразу побежал к реке.", "Борис Орлов", "Боря"),
    # diary
    ("Звонила Галина Петровна Сомова. Галя обещала приехать в субботу.", "Галина Петровна Сомова", "Галя"),
    # news
    ("Команду возглавил Юрий Лебедев. По словам тренера, Юра готов к новому сезону.", "Юрий Лебедев", "Юра"),
])
def test_one_person_under_a_full_name_and_a_diminutive(nlp, text, full, short):
    found = clusters(nlp, text)
    assert full in found and short in found
    assert found[full] == found[short]


def mentions(nlp, text: str) -> list[tuple[str, str | None]]:
    doc = nlp(text)
    return [(text[start:end], text[named[0]:named[1]] if named else None)
            for start, end, kind, named, *_ in doc._.mentions]


@pytest.mark.parametrize("text, mention, name", [
    # memoir: `дядя` alone goes on standing for `дядя Пётр`
    ("Летом к нам приехал дядя Пётр. Мы долго сидели в саду. Дядя рассказывал о войне, и он смеялся.",
     "он", "Пётр"),
    # diary
    ("Вечером зашёл сосед Семён Орлов. Сосед принёс свежие газеты. Он долго читал их вслух.",
     "Он", "Семён Орлов"),
    # news
    ("На пресс-конференции выступил губернатор Олег Смирнов. Губернатор пообещал отремонтировать мост. "
     "Он назвал сроки.", "Он", "Олег Смирнов"),
    # the last name apposed to the noun is the one it stands for
    ("Летом к нам приехал дядя Пётр. Мы долго сидели в саду. Потом приехал дядя Иван. "
     "Дядя привёз подарки, и он смеялся.", "он", "Иван"),
])
def test_a_title_repeated_alone_stands_for_its_name(nlp, text, mention, name):
    assert (mention, name) in mentions(nlp, text)


def test_a_title_with_an_owner_may_be_someone_else(nlp):
    # memoir: `его дядя` is the uncle of someone, not necessarily `дядя Пётр`
    text = "Летом к нам приехал дядя Пётр. Мы долго сидели в саду. Его дядя рассказывал о войне, и он смеялся."
    assert ("он", "Пётр") not in mentions(nlp, text)
