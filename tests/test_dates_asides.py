"""A date in an aside dates only its own clause (`dates/narrative.py`, `aside`; GUIDELINES 9.10):
a clause in brackets (`(Ещё в 1799 году она гостила там.)`) or between two dashes (`…, — в 1765
году он служил там, — …`) does not become the date in force of the narration after it; a date
alone in brackets or between dashes (`(1906)`, `тогда — в 1771 году — он`) is an apposition and
does."""
from __future__ import annotations

import pytest

from letopis.labels import TIME, Argument


def values(doc) -> dict[str, str]:
    return {d.text: d._.value for d in doc.spans["dates"]}


def times(doc, trigger: str) -> list[tuple[str, bool]]:
    """The time arguments of the event on the word `trigger`: (text, inferred)."""
    return [(doc.text[a.start:a.end], a.inferred) for event in doc._.events
            if doc.text[slice(*event["trigger"])] == trigger
            for a in map(Argument.of, event["args"]) if a.role == TIME]


@pytest.mark.parametrize("text, partial, value", [
    # a clause in brackets
    ("Весной 1805 года Анна Белова вернулась в Тверь. (Ещё в 1799 году она гостила там у тётки.) "
     "В мае она уехала в Москву.", "мае", "1805-05"),
    ("В 1840 году семья Сомовых переехала в Калугу (отец в 1832 году служил там в суде), "
     "а в июле купила дом.", "июле", "1840-07"),
    # a clause between dashes
    ("В 1770 году Пётр Орлов приехал в Казань, — в 1765 году он учился там, — и в марте женился.",
     "марте", "1770-03"),
    # between bare dashes, one clause with no comma inside
    ("В 1770 году Пётр Орлов приехал в Казань — в 1765 году он учился там — и в марте женился.",
     "марте", "1770-03"),
])
def test_a_date_in_an_aside_is_not_the_date_in_force(nlp, text, partial, value):
    assert values(nlp(text))[partial] == value


@pytest.mark.parametrize("text, partial, value", [
    ("Повесть «Зимний сад» (1911) вышла в марте.", "марте", "1911-03"),
    ("Тогда — в 1771 году — Пётр Орлов служил в Казани. В марте он уехал в Пермь.", "марте", "1771-03"),
])
def test_a_date_alone_in_brackets_or_dashes_is_in_force(nlp, text, partial, value):
    assert values(nlp(text))[partial] == value


@pytest.mark.parametrize("text, partial, value", [
    # a copula dash before and after: no aside, the date between them is the narration's
    ("Отец — агроном, в 1912 году он купил хутор под Полтавой, мать — фельдшер. В мае отец заболел.",
     "мае", "1912-05"),
    ("Дядя Степан — лесничий; в 1894 году он поселился в Вятке, тётка — его помощница. "
     "В октябре дядя овдовел.", "октябре", "1894-10"),
])
def test_a_copula_dash_opens_no_aside(nlp, text, partial, value):
    assert values(nlp(text))[partial] == value


def test_a_partial_date_inside_an_aside_takes_the_asides_date(nlp):
    doc = nlp("Летом 1820 года Иван Сомов жил в Туле. (В 1815 году, в марте, он служил в Орле.) "
              "В августе он уехал в Рязань.")
    assert values(doc)["марте"] == "1815-03" and values(doc)["августе"] == "1820-08"


def test_an_event_after_the_aside_takes_the_narrations_date(nlp):
    text = ("Зимой 1805 года Анна Белова вернулась в Тверь (в 1799 году она училась там в пансионе) "
            "и поселилась у тётки.")
    doc = nlp(text)
    assert times(doc, "училась") == [("1799 году", False)]
    assert times(doc, "поселилась") == [("Зимой 1805 года", True)]


def test_an_event_inside_the_aside_takes_its_date(nlp):
    doc = nlp("В 1770 году Пётр Орлов приехал в Казань, — в 1765 году он служил там, — и поселился у брата.")
    assert times(doc, "служил") == [("1765 году", False)]
    assert [found for found, _ in times(doc, "поселился")] == ["1770 году"]  # the sentence's own date
