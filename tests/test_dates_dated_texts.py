"""A dated text: a diary's entries under their headings, a letter or a dispatch under its
dateline (GUIDELINES 9.11). The day of writing, not a date the entry narrates, gives the year of
the next heading, the year of a day without one (by the tense of its verb), the day of a weekday
and the week of `на прошлой неделе`; `назад` counts from it. A heading may name its calendar
(`(ст. ст.)`, `по новому стилю`). Texts of our own writing."""
from __future__ import annotations

import pytest


def dates(nlp, text: str) -> list[tuple[str, str]]:
    return [(d.text, d._.value) for d in nlp(text).spans["dates"]]


def value_of(nlp, text: str, written: str) -> str:
    found = [value for date, value in dates(nlp, text) if date == written]
    assert len(found) == 1, dates(nlp, text)
    return found[0]


@pytest.mark.parametrize("text, date, value", [
    # a heading that names its calendar is still a heading: the diarist's `вчера`, `сегодня` count from it
    ("3 марта 1894 г. (ст. ст.)\nВчера приехал брат.\n\n5 марта.\nХолодно.", "Вчера", "1894-03-02"),
    ("12 мая 1910 г. по новому стилю.\nСегодня ездили в город.\n\n14 мая по новому стилю.\nДождь.",
     "Сегодня", "1910-05-12"),
    ("7 августа 1902 г., н. ст.\nГроза.\n\n9 августа 1902 г., н. ст.\nВчера пришло письмо из Киева.",
     "Вчера", "1902-08-08"),
])
def test_a_heading_may_name_its_calendar(dated, text, date, value):
    assert value_of(dated, text, date) == value


def test_a_heading_takes_the_year_of_the_last_heading_not_of_a_story_told_under_it(dated):
    text = "2 июня 1887 г.\nДед рассказывал, как в 1855 году служил на Кавказе.\n\n4 июня.\nЖарко."
    assert value_of(dated, text, "4 июня") == "1887-06-04"


def test_a_heading_earlier_in_the_year_than_the_last_is_of_the_next_year(dated):
    text = "30 декабря 1899 г.\nМетель.\n\n2 января.\nТихо, пили чай."
    assert value_of(dated, text, "2 января") == "1900-01-02"


@pytest.mark.parametrize("text, date, value", [
    # told in the past, a day later in the year than the day of writing is of the year before
    ("10 апреля 1896 г.\nЖарко.\n\n12 апреля 1896 г.\nНа Рождество мы ездили к тётке в Калугу.",
     "Рождество", "1895-12-25"),
    # told in the future, an earlier month is of the year after
    ("Одесса, 20 ноября 1907 г.\n\nДорогая сестра!\n\nВ феврале приеду к тебе.", "феврале", "1908-02"),
    # an earlier day told in the past is of the year of writing (no chronicle doubt in a letter)
    ("Одесса, 20 ноября 1907 г.\n\nДорогая сестра!\n\nПисьмо твоё от 3 октября я получил.",
     "3 октября", "1907-10-03"),
])
def test_a_day_without_a_year_takes_it_from_the_day_of_writing_by_its_tense(dated, text, date, value):
    assert value_of(dated, text, date) == value


NEWS = ("Казань, 15 марта 2023 года.\n\nВ понедельник мэр открыл выставку. В пятницу депутаты "
        "обсудят закон о парках. На прошлой неделе прошли выборы. Три дня назад в городе выпал снег.")


@pytest.mark.parametrize("date, value", [
    ("понедельник", "2023-03-13"),   # the dispatch is of a Wednesday: the Monday before, told in the past
    ("пятницу", "2023-03-17"),       # the Friday after, told in the future
    ("прошлой неделе", "2023-W10"),  # the ISO week before the week of writing
    ("Три дня назад", "2023-03-12"),
])
def test_a_dispatch_counts_weekdays_and_weeks_from_its_dateline(dated, date, value):
    assert value_of(dated, NEWS, date) == value


def test_a_diary_before_1918_counts_weekdays_in_the_julian_calendar(dated):
    # 17 January 1900 Old Style is a Monday (29 January New Style); the Sunday before is the 16th
    text = "15 января 1900 г.\nМороз.\n\nПонедельник, 17-го.\nВ воскресенье были в театре."
    assert dates(dated, text)[1:] == [("Понедельник, 17-го", "1900-01-17"), ("воскресенье", "1900-01-16")]


def test_a_weekday_of_a_narration_without_a_day_of_writing_stays_a_weekday(dated):
    assert dates(dated, "В понедельник брат уехал в Тверь.") == [("понедельник", "XXXX-WXX-1")]


@pytest.mark.parametrize("text, expected", [
    ("ЛАПТЕВ Пётр Ильич (ок. 1790 – после 1850), мемуарист.",
     [("1790", "1790", "APPROX"), ("1850", "1850", "AFTER")]),
    ("ОРЕХОВ Иван Андреевич (род. 1898, Тамбов – ум. 1937, Москва), историк.",
     [("1898", "1898", None), ("1937", "1937", None)]),
    ("В нач. XIX в. семья жила в Калуге.", [("нач. XIX в.", "18", "START")]),
    ("В кон. 1830-х гг. он переехал в Тулу.", [("кон. 1830-х гг.", "183", "END")]),
])
def test_a_reference_books_abbreviations_before_a_date(dated, text, expected):
    assert [(d.text, d._.value, d._.mod) for d in dated(text).spans["dates"]] == expected


@pytest.mark.parametrize("text, date, value, mod", [
    ("Одесса, 20 ноября 1907 г.\n\nДорогая сестра!\n\nВ конце месяца надеюсь быть у вас.",
     "конце месяца", "1907-11", "END"),
    ("В 1874 году мы жили в Твери. В начале года отец заболел.", "начале года", "1874", "START"),
    ("В 1874 году мы жили в Твери. В середине недели пришли морозы.", "середине недели", "1874-WXX", "MID"),
])
def test_a_part_of_the_month_or_year_in_force(dated, text, date, value, mod):
    assert [(d._.value, d._.mod) for d in dated(text).spans["dates"] if d.text == date] == [(value, mod)]


@pytest.mark.parametrize("text, date, value", [
    # the Sundays of the church year, whatever lemma `воскресенье` gets (Easter of 1880: 20 April, Julian)
    ("В Вербное воскресенье 1880 года мы были у обедни.", "Вербное воскресенье 1880 года", "1880-04-13"),
    ("В Прощёное воскресенье 1880 года мы были у тётки.", "Прощёное воскресенье 1880 года", "1880-03-02"),
    ("В сочельник 1880 года шёл снег.", "сочельник 1880 года", "1880-12-24"),
])
def test_the_sundays_and_eves_of_the_church_year(dated, text, date, value):
    assert value_of(dated, text, date) == value


def test_the_dictionarys_tense_where_the_tagger_reads_a_past_as_present(dated):
    # written on 6 January: the Christmas Eve the diarist fasted on was the one before
    text = "2 января 1883 г.\nМетель.\n\n6 января.\nВ сочельник постились до первой звезды."
    assert value_of(dated, text, "сочельник") == "1882-12-24"


def test_a_heading_of_a_period_tells_no_day_of_writing(dated):
    text = "3 февраля 1883 г.\nОттепель.\n\nВеликим постом 1883 г.\nВчера говели."
    assert value_of(dated, text, "Вчера") == "XXXX-XX-XX"


@pytest.mark.parametrize("date, value", [("прошлые выходные", "2023-W10-WE"), ("этих выходных", "2023-W11-WE")])
def test_a_weekend_of_the_week_of_writing(dated, date, value):
    text = ("Казань, 15 марта 2023 года.\n\nВ прошлые выходные в парке открыли каток. Этот выходной день "
            "рабочие провели на льду. На этих выходных обещают снег.")
    assert value_of(dated, text, date) == value
    assert not [d for d in dated(text).spans["dates"] if d.text.startswith("Этот выходной")]  # a day off


def test_a_year_guessed_by_tense_does_not_become_the_date_in_force(dated):
    # `В декабре был мороз` written in April 1891 is December 1890; the Easter to come is still 1891's
    text = "2 апреля 1891 г.\nТепло.\n\n3 апреля.\nВ декабре был мороз. На Пасху он приедет."
    assert value_of(dated, text, "декабре") == "1890-12"
    assert value_of(dated, text, "Пасху") == "1891-04-21"  # Easter of 1891, Julian


def test_a_weekday_under_a_narrated_year_takes_no_week_of_writing(dated):
    text = ("2 апреля 1891 г.\nТепло.\n\n3 апреля.\n"
            "В 1861 году отец служил в Варшаве. В понедельник он получил отставку.")
    assert value_of(dated, text, "понедельник") == "XXXX-WXX-1"


def test_a_date_of_reported_speech_in_a_dispatch_leaves_the_week_of_writing(dated):
    # 5 March 2022 was a Saturday: the Tuesday before is the 1st; the May of the mayor's words is no narration
    text = "Пермь, 5 марта 2022 года.\n\nМэр сообщил, что мост откроют в мае. Во вторник он осмотрел стройку."
    assert value_of(dated, text, "вторник") == "2022-03-01"


def test_a_weekday_with_only_the_day_of_writing_in_force_is_of_its_week(dated):
    # the rule still fires: 3 April 1891 (Julian) was a Wednesday, the Monday before the 1st
    text = "2 апреля 1891 г.\nТепло.\n\n3 апреля.\nВ понедельник приезжал доктор."
    assert value_of(dated, text, "понедельник") == "1891-04-01"


@pytest.mark.parametrize("text", [
    # the nouns `род`, `кон` ending a sentence before a number are no abbreviations
    "Это был старинный дворянский род. 1612 год стал для него роковым.",
    "Всё было поставлено на кон. 20 человек ждали решения.",
])
def test_a_noun_like_an_abbreviation_still_ends_its_sentence(dated, text):
    assert len(list(dated(text).sents)) == 2


@pytest.mark.parametrize("text", [
    # in a reference book's setting the abbreviations keep their sentence
    "В кон. 1830-х гг. он переехал в Тулу.",
    "ОРЕХОВ Иван Андреевич (род. 1898, Тамбов – ум. 1937, Москва), историк.",
    "Усадьба сгорела в кон. XIX в. при большом пожаре.",
])
def test_a_reference_books_abbreviation_keeps_its_sentence(dated, text):
    assert len(list(dated(text).sents)) == 1
