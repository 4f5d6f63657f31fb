"""Narrative time in diaries, news and memoirs (issue 12 item 2, round 11): a weekday counted
from the narrated day in force, `прошлую`/`следующий` before a weekday, a count anchored on the
date after `после`, counts from a season in force, parts of the day in a diary's entry. Texts and
sentences written for these tests (`tests/texts/narrative10/`: a diary of three entries, a news
item with a dateline, a memoir paragraph); docs/dates.md, "Narrative time in diaries, news and
memoirs"."""
from __future__ import annotations

from pathlib import Path

import pytest

from letopis.dates import calendar
from letopis.dates.narrative import from_season

TEXTS = Path(__file__).parent / "texts" / "narrative10"


def dates(nlp, text: str) -> list[tuple[str, str]]:
    return [(d.text, d._.value) for d in nlp(text).spans["dates"]]


@pytest.fixture(scope="module")
def texts(dated):
    return {path.stem: dates(dated, path.read_text(encoding="utf-8")) for path in sorted(TEXTS.glob("*.txt"))}


# Every date of the three texts with its value, in order: worked out by reading them (the Julian
# weekdays by `calendar.julian_days`: 6 March 1912 O.S. a Tuesday, 12 September 1887 O.S. a Saturday).
EXPECTED = {
    "diary": [
        ("Вторник, 6 марта 1912 г.", "1912-03-06"),
        ("Утром", "1912-03-06TMO"),             # a part of the day alone: the entry's day
        ("Третьего дня", "1912-03-04"),
        ("Вечером", "1912-03-06TEV"),
        ("8 марта", "1912-03-08"),              # a heading without its year: the last heading's
        ("Позавчера", "1912-03-06"),
        ("Ночью", "1912-03-08TNI"),
        ("понедельник", "1912-03-05"),          # `уехала`: the Monday before Thursday 8 March
        ("пятницу", "1912-03-09"),              # `вернётся`: the Friday after it
        ("следующий день", "1912-03-09"),
        ("3-го апреля", "1912-04-03"),
        ("Днём", "1912-04-03TDT"),
        ("Через неделю", "1912-04-10"),
        ("прошлом году", "1911"),
    ],
    "news": [
        ("14 октября 2022 г.", "2022-10-14"),  # the dateline, a Friday
        ("вторник", "2022-10-11"),              # `открылась`: the Tuesday before
        ("минувшую пятницу", "2022-10-07"),     # strictly before, a week back on a Friday
        ("Вчера", "2022-10-13"),
        ("прошлом месяце", "2022-09"),
        ("следующий четверг", "2022-10-20"),    # strictly after
    ],
    "memoir": [
        ("12 сентября 1887 года", "1887-09-12"),
        ("понедельник", "1887-09-07"),          # reported speech, past: the Monday before
        ("вторник", "1887-09-08"),
        ("Через месяц", "1887-11"),             # a month after Покров, not after 12 September
        ("Покрова", "1887-10-01"),
        ("Осенью 1889 года", "1889-FA"),
        ("Через месяц", "1889-XX"),             # September to November + 1: still 1889
        ("через год", "1890"),                  # a year after an autumn: the year, the unit's grain
        ("конце XIX века", "18"),
        ("восьмидесятых годах", "188"),        # the century of the year in force
        ("тысяча восемьсот девяносто пятом году", "1895"),
        ("1 (13) января 1896 года", "1896-01-01"),
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_date_of_the_texts(texts, name):
    assert texts[name] == EXPECTED[name]


def test_the_dual_date_keeps_the_other_calendar(dated):
    doc = dated((TEXTS / "memoir.txt").read_text(encoding="utf-8"))
    [dual] = [d for d in doc.spans["dates"] if d.text.startswith("1 (13)")]
    assert (dual._.value, dual._.alt_value) == ("1896-01-01", "1896-01-13")


# -- a weekday with a narrated day in force: past before it, future after it, HeidelTime's rule --
@pytest.mark.parametrize("text, weekday, value", [
    # 3 May 1910 O.S. is a Monday (Julian: a Russian text before 1918)
    ("3 мая 1910 года мы жили в Твери. В среду она приехала.", "среду", "1910-04-28"),
    ("3 мая 1910 года мы жили в Твери. В среду она приедет.", "среду", "1910-05-05"),
    ("3 мая 1910 года мы жили в Твери. В понедельник она приехала.", "понедельник", "1910-05-03"),  # the day itself
    ("20 июня 1925 года сестра написала, что в четверг её приняли на курсы.", "четверг", "1925-06-18"),  # Gregorian
    ("Утром 9 февраля 1904 года отец сказал, что в субботу поедет в Ригу.", "субботу", "1904-02-14"),
    # 14 August 1909 O.S. is a Friday: `прошлую` a week before, whatever the tense
    ("14 августа 1909 года доктор приехал в усадьбу. В прошлую пятницу он был в Туле.", "прошлую пятницу",
     "1909-08-07"),
])
def test_a_weekday_counts_from_the_narrated_day(dated, text, weekday, value):
    assert [v for t, v in dates(dated, text) if t == weekday] == [value]


@pytest.mark.parametrize("text, weekday", [
    ("Летом 1908 года мы жили в Твери. В среду она приехала.", "среду"),  # a season: no day to count from
    ("В среду она приехала.", "среду"),                                     # nothing in force
    ("3 мая 1910 года мы жили в Твери.\n— В среду приеду, — сказала она.", "среду"),  # direct speech
])
def test_without_a_narrated_day_the_weekday_stays_open(dated, text, weekday):
    assert [v for t, v in dates(dated, text) if t == weekday] == [f"XXXX-WXX-{3}"]


@pytest.mark.parametrize("value, weekday, tense, side, expected", [
    ("2022-10-14", 5, "Past", "-", "2022-10-07"),   # a Friday: the last Friday, a week before
    ("2022-10-14", 5, None, "+", "2022-10-21"),
    ("2022-10-14", 4, "Fut", "+", "2022-10-20"),
    ("2022-10-14", 2, "Fut", "-", "2022-10-11"),    # the word wins over the tense
    ("2022-10-14", 5, "Past", "", "2022-10-14"),    # no word: on the day or before it
])
def test_weekday_near_a_side(value, weekday, tense, side, expected):
    assert calendar.weekday_near(value, weekday, tense, side=side) == expected


# -- a count anchored on the date after `после` --
@pytest.mark.parametrize("text, count, value", [
    ("Летом 1870 года мы жили в деревне. Через два дня после 5 марта 1871 года брат уехал.",
     "Через два дня", "1871-03-07"),
    ("В 1864 году отец купил дом. Через неделю после Пасхи мы переехали.", "Через неделю", "1864-04-26"),  # Easter 19 April
    ("12 января 1907 года отец уехал в Тулу. Через месяц после Покрова он вернулся.", "Через месяц", "1907-11"),
    ("Через год после 1905 года он уехал за границу.", "Через год", "1906"),
    ("Через месяц после Покрова он вернулся.", "Через месяц", "XXXX-XX"),  # the feast has no year
])
def test_a_count_after_its_anchor_date(dated, text, count, value):
    assert [v for t, v in dates(dated, text) if t == count] == [value]


def test_a_count_after_an_event_counts_from_nothing(dated):
    # `после свадьбы` is an event: the count stays open as before (GUIDELINES 3.1)
    text = "5 мая 1880 года брат женился. Через месяц после свадьбы он уехал в Тверь."
    assert [v for t, v in dates(dated, text) if t == "Через месяц"] == ["XXXX-XX"]


# -- counts from a season in force --
@pytest.mark.parametrize("text, count, value", [
    ("Осенью 1906 года брат поступил в университет. Через месяц он заболел.", "Через месяц", "1906-XX"),
    ("Весной 1906 года брат поступил на службу. Через неделю он уехал.", "Через неделю", "1906-XX-XX"),
    ("Осенью 1906 года брат поступил в университет. Через год он уехал.", "Через год", "1907"),
    ("Летом 1911 года мы жили на даче. Через два месяца мы снова приехали туда.", "Через два месяца", "1911-XX"),
    ("Летом 1906 года брат поступил на службу. Через полгода он женился.", "Через полгода", "XXXX-XX"),  # Dec–Feb
    ("Зимой 1906 года брат поступил на службу. Через месяц он женился.", "Через месяц", "XXXX-XX"),  # a winter
])
def test_a_count_from_a_season(dated, text, count, value):
    assert [v for t, v in dates(dated, text) if t == count] == [value]


@pytest.mark.parametrize("year, season, count, unit, expected", [
    (1906, "FA", 1, "M", "1906-XX"),
    (1906, "FA", 2, "M", "XXXX-XX"),    # November + 2 is January
    (1906, "SU", 3, "W", "1906-XX-XX"),
    (1906, "WI", 1, "M", "XXXX-XX"),    # a winter straddles the new year
    (1906, "SP", 10, "D", "1906-XX-XX"),
])
def test_from_season(year, season, count, unit, expected):
    template = {"M": "XXXX-XX", "W": "XXXX-XX-XX", "D": "XXXX-XX-XX"}[unit]
    assert from_season(year, season, count, unit, template) == expected


# -- parts of the day alone: a date in a diary's entry only --
DIARY = "2 февраля 1911 г.\nУтром приехал дядя. Вечером читали.\n\n4 февраля.\nНочью мело. Днём ездили к Лизе."


def test_a_part_of_the_day_takes_the_entry_s_day(dated):
    assert dates(dated, DIARY) == [("2 февраля 1911 г.", "1911-02-02"), ("Утром", "1911-02-02TMO"),
                                   ("Вечером", "1911-02-02TEV"), ("4 февраля", "1911-02-04"),
                                   ("Ночью", "1911-02-04TNI"), ("Днём", "1911-02-04TDT")]


@pytest.mark.parametrize("text", [
    "Утром приехал дядя. Вечером он уехал.",                              # no diary: no date (8.5)
    "5 мая 1880 года брат женился. Утром он уехал в Тверь.",              # narration, no entry heading
    "Тверь, 3 января 1905 г.\n\nДорогой брат!\n\nУтром получил твоё письмо.",  # a letter's dateline
    "2 февраля 1911 г.\nБыли у Лизы.\n\n4 февраля.\n— Утром приду, — сказал доктор.",  # direct speech
])
def test_a_part_of_the_day_alone_elsewhere_is_no_date(dated, text):
    assert not [t for t, _ in dates(dated, text) if t in ("Утром", "Вечером")]


def test_a_part_of_the_day_before_a_date_stays_inside_it(dated):
    assert dates(dated, "Утром 5 марта 1861 года отец уехал.") == [("Утром 5 марта 1861 года", "1861-03-05")]


def test_an_event_of_a_diary_takes_its_part_of_the_day(nlp):
    from letopis.labels import TIME, Argument
    doc = nlp(DIARY)
    times = {DIARY[e["trigger"][0]:e["trigger"][1]]: [DIARY[a.start:a.end] for a in map(Argument.of, e["args"])
                                                        if a.role == TIME] for e in doc._.events}
    assert (times.get("приехал"), times.get("ездили")) == (["Утром"], ["Днём"])


# -- a year on a line of its own heads the entries below it --
@pytest.mark.parametrize("text, expected", [
    ("1912\n\n14 марта.\nУтром приехал дядя. Третьего дня была гроза.\n\n15 марта.\nВчера ходили в театр.",
     [("1912", "1912"), ("14 марта", "1912-03-14"), ("Утром", "1912-03-14TMO"), ("Третьего дня", "1912-03-12"),
      ("15 марта", "1912-03-15"), ("Вчера", "1912-03-14")]),
    ("1913.\n\n2 января.\nВечером были у Лизы.\n\n5 января.\nСнег.",
     [("1913", "1913"), ("2 января", "1913-01-02"), ("Вечером", "1913-01-02TEV"), ("5 января", "1913-01-05")]),
    ("Отец служил в Туле.\n1905\nБрат уехал в Орёл.", [("1905", "1905")]),
])
def test_a_year_alone_on_its_line(dated, text, expected):
    assert dates(dated, text) == expected


@pytest.mark.parametrize("text", [
    "Ему было должно 1905 рублей.",       # a number inside a sentence
    "Всего 1905\nчеловек пришли на площадь.",  # a line that goes on: not alone
    "Итого: 1905",                        # after other words on its line
])
def test_a_number_inside_a_line_is_no_year(dated, text):
    assert dates(dated, text) == []
