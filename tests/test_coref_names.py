"""Everyday diminutives and old forms of first names join the full name's person
(`models/coref/name_variants.tsv`); they never join another name or a namesake with another
surname. Memoir, diary and news sentences of our own."""
from __future__ import annotations

import pytest

from letopis.coref.names import ClusterIndex
from letopis.coref.stage import Walk
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


def standing(nlp, text: str) -> dict[str, str | None]:
    """Each common noun of a person → the name it stands for (None: no name)."""
    doc = nlp(text)
    walk = Walk(doc)
    walk.run()
    return {doc[i].text: text[r.named[0]:r.named[1]] if r.named else None
            for i, r in sorted(walk.at.items()) if doc[i].pos_ == "NOUN" and r.person}


def test_a_title_with_an_owner_may_be_someone_else(nlp):
    # memoir: `его дядя` is Пётр's uncle, someone else than `дядя Пётр`
    text = "Летом к нам приехал дядя Пётр. Мы долго сидели в саду. Его дядя рассказывал о войне, и он смеялся."
    assert ("Его", "Пётр") in mentions(nlp, text)
    assert standing(nlp, text)["дядя"] is None
    assert ("он", "Пётр") not in mentions(nlp, text)


def test_a_title_repeated_alone_is_its_name(nlp):
    # news: the control for the cases below
    text = "Вчера в столицу прилетел министр Олег Смирнов. Министр дал интервью."
    assert standing(nlp, text)["Министр"] == "Олег Смирнов"


@pytest.mark.parametrize("text, noun", [
    # news: an adjective makes it someone else (`бывший`, `новый`, `северный`)
    ("Вчера в столицу прилетел министр Олег Смирнов. Бывший министр дал интервью.", "министр"),
    # news: a masculine title is not kept for a woman's name: a later `президента` may be anyone
    ("Президент Анна Орлова подала в отставку. На посту президента её сменит Олег Смирнов.", "президента"),
    ("Президент Анна Орлова прилетела в Рим. Там её встретила дочь президента Мария.", "президента"),
    # news: the post, not who holds it
    ("В город приехал губернатор Олег Смирнов. В должности губернатора он провёл восемь лет.", "губернатора"),
])
def test_a_title_that_is_someone_else_or_a_post_stands_for_no_name(nlp, text, noun):
    found = standing(nlp, text)
    assert noun in found and found[noun] is None


@pytest.mark.parametrize("text, noun", [
    # news and memoir: a predicate noun names a role; it is no one, let alone the name before
    ("На форуме выступил президент Олег Смирнов. Раньше президентом был Андрей Лебедев.", "президентом"),
    ("В посёлок приехал староста Пётр Лунин. Старостой его избрали весной.", "Старостой"),
])
def test_a_predicate_title_is_no_person(nlp, text, noun):
    found = standing(nlp, text)
    assert noun not in found and "Олег Смирнов" not in found.values() and "Пётр Лунин" not in found.values()
