"""Dates: the span without its preposition, a TIMEX3 value, and a mod."""
from __future__ import annotations

import pytest


def dates(nlp, text: str) -> list[tuple[str, str, str | None]]:
    doc = nlp(text)
    return [(span.text, span._.value, span._.mod) for span in doc.spans["dates"]]


@pytest.mark.parametrize("text, expected", [
    ("Он приехал в ноябре 1905 года.", ("ноябре 1905 года", "1905-11", None)),
    ("Они расстались в январе 1921-го.", ("январе 1921-го", "1921-01", None)),
    ("Всё изменилось в 1917-м.", ("1917-м", "1917", None)),
    ("Письмо пришло в конце мая.", ("конце мая", "XXXX-05", "END")),
    ("В начале 1920 года он болел.", ("начале 1920 года", "1920", "START")),
    ("Летом 1921 года умер Блок.", ("Летом 1921 года", "1921-SU", None)),
    ("Она родилась 23 июня 1889 г. под Одессой.", ("23 июня 1889 г.", "1889-06-23", None)),
    ("Запись от 05.03.1953 сохранилась.", ("05.03.1953", "1953-03-05", None)),
    ("Он служил там в 1914–1918 годах.", ("1914–1918 годах", "1914/1918", None)),
    ("Он жил в Казани с 1884 по 1888 год.", ("1884 по 1888 год", "1884/1888", None)),
    ("Это было в 1920-е годы.", ("1920-е годы", "192", None)),
    ("Усадьбу построили в XVIII веке.", ("XVIII веке", "17", None)),
    ("Он уехал около 1910 года.", ("1910 года", "1910", "APPROX")),
    ("Дом сгорел до 1812 года.", ("1812 года", "1812", "BEFORE")),
    ("Он написал повесть «Детство» (1913).", ("1913", "1913", None)),
    ("Он прожил там три года.", ("три года", "P3Y", None)),
    ("Арестованных держали 10 суток.", ("10 суток", "P10D", None)),
    ("Сегодня он уезжает.", ("Сегодня", "XXXX-XX-XX", None)),
    ("В прошлом году он болел.", ("прошлом году", "XXXX", None)),
    ("В пятницу, 21 июня 1913 года, он уехал.", ("пятницу, 21 июня 1913 года", "1913-06-21", None)),
])
def test_one_date_with_its_value(nlp, text, expected):
    assert dates(nlp, text) == [expected]


def test_month_takes_the_year_the_sentence_names(nlp):
    assert dates(nlp, "В 1920 году он уехал в Крым, а в мае вернулся.") == [
        ("1920 году", "1920", None), ("мае", "1920-05", None)]


def test_month_takes_the_year_in_force_from_an_earlier_sentence(nlp):
    found = dates(nlp, "В 1920 году он уехал в Крым. В мае он вернулся.")
    assert found[1] == ("мае", "1920-05", None)


def test_month_without_a_year_in_force_stays_unknown(nlp):
    assert dates(nlp, "Он уехал в Крым. В мае он вернулся.") == [("мае", "XXXX-05", None)]


def test_years_counted_from_a_date_of_the_sentence(nlp):
    assert dates(nlp, "Повесть напечатали в 1930 году, но писал он её на пять лет раньше.")[1] == (
        "пять лет раньше", "1925", None)


@pytest.mark.parametrize("text", [
    "Ему было двадцать лет, и он заплатил 1937 рублей.",
    "Двадцатилетний юноша прочёл 300 страниц.",
    "В комнате стояло 12 стульев.",
])
def test_ages_prices_and_counts_are_not_dates(nlp, text):
    assert dates(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    ("В 1907 г.² семья переехала в Тверь.", [("1907 г.", "1907", None)]),  # a footnote mark
    ("Справка от 45.78.1911 оказалась подложной.", []),  # no month 78, no day 45
    ("Поезд ушёл 31 апреля 1909 года.", [("апреля 1909 года", "1909-04", None)]),  # no 31 April
    ("Он родился 29 февраля 1896 г.", [("29 февраля 1896 г.", "1896-02-29", None)]),
    ("В ١٩١٣ году и в ²⁰ веке.", []),  # digits of other scripts, superscripts
])
def test_what_is_not_a_date_is_no_crash(nlp, text, expected):
    assert dates(nlp, text) == expected


def test_a_superscript_is_no_count_of_years(nlp):
    assert all("³" not in text for text, _, _ in dates(nlp, "Прошло ³ года спустя."))
