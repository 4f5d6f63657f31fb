"""The pipeline on documents of other genres than memoirs, written for these tests
(`tests/texts/genres8/`: a diary of the 1890s, a diary of 1905, a news dispatch, a letter,
reference-book articles, a memoir chapter; nobody's text but ours): what a historian reading
its dates and names should find there (docs/results.md, "Defects seen on diaries, news and reference
biographies of our own")."""
from __future__ import annotations

from pathlib import Path

import pytest

TEXTS = Path(__file__).parent / "texts" / "genres8"


@pytest.fixture(scope="module")
def analysed(nlp):
    return {path.stem: nlp(path.read_text(encoding="utf-8")) for path in sorted(TEXTS.glob("*.txt"))}


@pytest.mark.parametrize("name, date, value", [
    ("diary_1891", "Вчера", "1891-04-01"),                 # under `2 апреля 1891 г. (ст. ст.)`
    ("diary_1891", "Понедельник, 29 июня", "1891-06-29"),   # the last heading's year, not the story's 1861
    ("diary_1891", "двадцатого января", "1891-01-20"),
    ("diary_1905", "Понедельник, 17-го", "1905-01-17"),
    ("diary_1905", "Третьего дня", "1905-01-15"),
    ("diary_1905", "Сегодня", "1905-05-01"),               # under `1 мая по новому стилю.`
    ("news_2024", "понедельник", "2024-10-07"),            # the dateline is a Saturday
    ("news_2024", "вторник", "2024-10-08"),
    ("news_2024", "четверг", "2024-10-17"),                # `обсудят`: the Thursday to come
    ("news_2024", "прошлой неделе", "2024-W40"),
    ("news_2024", "Два дня назад", "2024-10-10"),
    ("letter_1903", "20 января", "1903-01-20"),            # `Письмо Ваше от 20 января` under 4 February 1903
    ("encyclopedia", "1898", "1898"),                      # `(род. 1898, Ковров ...`
    ("encyclopedia", "нач. 19 в.", "18"),
])
def test_dates(analysed, name, date, value):
    assert [d._.value for d in analysed[name].spans["dates"] if d.text == date] == [value]


def test_an_approximate_year_of_birth(analysed):
    assert [(d._.value, d._.mod) for d in analysed["encyclopedia"].spans["dates"] if d.text == "1790"] == [
        ("1790", "APPROX")]


@pytest.mark.parametrize("name, text, label, normal", [
    ("encyclopedia", "ЗАРУДНЫЙ Павел Игнатьевич", "PER", "Зарудный Павел Игнатьевич"),
    ("encyclopedia", "Никольское", "LOC", "Никольское"),
    ("encyclopedia", "Орловской губ.", "LOC", "Орловская губерния"),
    ("encyclopedia", "Ковров", "LOC", "Ковров"),
    ("encyclopedia", "Мещовске", "LOC", "Мещовск"),
    ("encyclopedia", "Ваганьковском кладбище", "LOC", "Ваганьковское кладбище"),
    ("diary_1891", "Сосновка", "LOC", "Сосновка"),
    ("diary_1891", "Тульской губ.", "LOC", "Тульская губерния"),
])
def test_names(analysed, name, text, label, normal):
    assert [(e.label_, e._.normal) for e in analysed[name].spans["entities"] if e.text == text] == [(label, normal)]


@pytest.mark.parametrize("name, word", [
    ("diary_1891", "Петров"),       # `В Петров пост`: a fast, no person
    ("letter_1903", "Вашей"),       # `Кланяюсь Вашей супруге`
    ("encyclopedia", "ЗАРУДНЫЙ"),   # no organisation: the headword's surname
])
def test_no_name(analysed, name, word):
    assert not [e for e in analysed[name].spans["entities"] if e.text == word]


def test_a_weekday_counted_from_the_dateline_is_no_date_in_force_when_the_run_reads_on(tmp_path):
    """`letopis run` reads the dates a second time across a text's pieces (`TimeLinker`): a
    weekday counted from the day of writing stays a count then, and `Накануне` after it is still
    the day before the dateline."""
    import csv

    from letopis.cli import main
    assert main(["run", str(TEXTS / "news_2024.txt"), "-o", str(tmp_path), "--quiet", "--formats", "csv"]) == 0
    with open(tmp_path / "dates.csv", encoding="utf-8") as handle:
        values = {row["text"]: row["value"] for row in csv.DictReader(handle)}
    assert (values["понедельник"], values["Накануне"]) == ("2024-10-07", "2024-10-11")
