"""Two ways memoirs write a date that the reader did not read: a year said without its thousand
(`в девятьсот пятом году` is 1905, `в восемьсот двенадцатом` 1812), and a dual date with the New
Style first and the Old in brackets (`7 ноября (25 октября) 1917 года`): one date, the value as
written first, `alt_value` the other (GUIDELINES 8.5)."""
from __future__ import annotations

import pytest


def read(nlp, text: str) -> list[tuple[str, str, str | None]]:
    return [(d.text, d._.value, d._.alt_value) for d in nlp(text).spans["dates"]]


@pytest.mark.parametrize("text, expected", [
    ("В девятьсот пятом году отец служил на железной дороге.", [("девятьсот пятом году", "1905", None)]),
    ("В восемьсот двенадцатом году деда взяли в ополчение.", [("восемьсот двенадцатом году", "1812", None)]),
    ("Весной девятьсот седьмого года брат вернулся из ссылки.", [("Весной девятьсот седьмого года", "1907-SP", None)]),
    # the thousand said stays as it was; a year of service is no date
    ("В тысяча девятьсот пятом году он уехал в Ригу.", [("тысяча девятьсот пятом году", "1905", None)]),
    ("На пятом году службы он женился.", []),
])
def test_a_year_said_without_its_thousand(nlp, text, expected):
    assert read(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("7 ноября (25 октября) 1917 года мы были в Петрограде.", [("7 ноября (25 октября) 1917 года", "1917-11-07", "1917-10-25")]),
    ("18 (6) марта 1870 года брат уехал.", [("18 (6) марта 1870 года", "1870-03-18", "1870-03-06")]),
    ("1 января (20 декабря) брат уехал.", [("1 января (20 декабря)", "XXXX-01-01", "XXXX-12-20")]),
    # the Old Style first, as before
    ("28 сентября (10 октября) 1870 г. брат уехал.", [("28 сентября (10 октября) 1870 г.", "1870-09-28", "1870-10-10")]),
])
def test_a_dual_date_with_the_new_style_first(nlp, text, expected):
    assert read(nlp, text) == expected
