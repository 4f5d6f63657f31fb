"""A diary or a chronicle: a date on a line of its own heads the entry below it (GUIDELINES
9.11). Its day is the date of every event of the entry, over the entry's paragraphs, and the
day from which the diarist's `вчера`, `сегодня`, `завтра` count."""
from __future__ import annotations

import pytest

from letopis.labels import TIME, Argument


def times(nlp, text: str) -> dict[str, str | None]:
    """Each event's trigger → the text of its time argument (None without one)."""
    doc = nlp(text)
    found = {}
    for event in doc._.events:
        trigger = text[event["trigger"][0]:event["trigger"][1]]
        time = [text[a.start:a.end] for a in map(Argument.of, event["args"]) if a.role == TIME]
        found[trigger] = time[0] if time else None
    return found


def dates(nlp, text: str) -> list[tuple[str, str]]:
    return [(d.text, d._.value) for d in nlp(text).spans["dates"]]


DIARY = """5 октября 1889 г.

Утром приехал из Рязани дядя Костя.

Вечером он уехал на станцию.

7 октября 1889 г. Четверг.

Дядя Костя написал нам из Москвы."""


def test_a_heading_dates_every_event_of_its_entry(nlp):
    # `Утром`, `Вечером` alone in an entry are dates of the entry's day (GUIDELINES 8.5, round 11):
    # `1889-10-05TMO`, `1889-10-05TEV`, the time of their clause's event
    assert times(nlp, DIARY) == {"приехал": "Утром", "уехал": "Вечером", "написал": "7 октября 1889 г."}
    assert dates(nlp, DIARY)[1:3] == [("Утром", "1889-10-05TMO"), ("Вечером", "1889-10-05TEV")]


def test_the_next_heading_takes_its_year_from_the_last(dated):
    text = "2 февраля 1911 г.\nБыли у Лизы.\n\n4 февраля.\nХолодно."
    assert dates(dated, text) == [("2 февраля 1911 г.", "1911-02-02"), ("4 февраля", "1911-02-04")]


@pytest.mark.parametrize("text, expected", [
    ("9 июня 1898 г.\nДождь.\n\n10 июня 1898 г.\nВчера приехала сестра.", ("Вчера", "1898-06-09")),
    ("9 июня 1898 г.\nЖарко.\n\n10 июня.\nСегодня целый день дождь.", ("Сегодня", "1898-06-10")),
    ("Тула, 2 мая 1880 г.\nУложились.\n\nТула, 3 мая 1880 г.\nЗавтра едем в деревню.", ("Завтра", "1880-05-04")),
    ("31 декабря 1899 г.\nГости.\n\n1 января 1900 г. Суббота.\nПозавчера у нас были гости.",
     ("Позавчера", "1899-12-30")),
    ("13 июня 1855. Старосельская.\nЖарко.\n\n14 июня 1855. Старосельская.\nВчера ездили на охоту.",
     ("Вчера", "1855-06-13")),  # a place beside the date, whatever its tag
    # a diary of one entry: a bare date heading the text, the writer's `вчера` below it (9.26)
    ("10 июня 1898 г.\nВчера приехала сестра.", ("Вчера", "1898-06-09")),
    ("3 октября 1902 г.\n\nСегодня холодно. Вчера топили печь.", ("Вчера", "1902-10-02")),
])
def test_the_diarist_writes_on_the_day_of_the_heading(dated, text, expected):
    assert [(written, value) for written, value in dates(dated, text) if written == expected[0]] == [expected]


@pytest.mark.parametrize("text", [
    "3 мая 1877 года брат вернулся в Москву.\nВчера он сказал мне это.",  # a date inside a sentence
    "9 июня 1898 г.\nЖарко.\n\n10 июня 1898 г.\n— Вчера был у вас? — спросил он.",  # direct speech keeps its own time
    "Вчера приехала сестра.",  # no heading: the day of writing is unknown
    "Сестра приехала в город.\n10 июня 1898 г.\nВчера приехала сестра.",  # one dated line, not the text's first
    "Мать писала мне:\n\nМосква, 5 мая 1880 г.\n\nВчера был у нас доктор.\n\n"
    "Тверь, 9 мая 1880 г.\nДоехали.",  # after a colon: a quoted letter's dateline
])
def test_without_a_heading_the_day_of_writing_stays_open(dated, text):
    assert [value for written, value in dates(dated, text) if written.lower().startswith("вчера")] == ["XXXX-XX-XX"]


def test_a_letter_s_dateline_is_the_day_of_writing(dated, nlp):
    # the first line of a letter dates its writing: `вчера`, `третьего дня` count from it
    text = ("Тверь, 3 января 1905 г.\n\nДорогой брат!\n\nВчера получил твоё письмо. Третьего дня у нас "
            "обедал доктор Лукин.\n\nСестра уехала в Калугу.")
    assert [(written, value) for written, value in dates(dated, text)] == [
        ("3 января 1905 г.", "1905-01-03"), ("Вчера", "1905-01-02"), ("Третьего дня", "1905-01-01")]
    # but it dates no event of the letter: a letter tells what happened before it was written
    assert times(nlp, text).get("уехала") is None
    # a salutation after a bare date makes it a letter's too
    text = "3 января 1905 г.\n\nДорогой брат!\n\nВчера получил твоё письмо."
    assert ("Вчера", "1905-01-02") in dates(dated, text)


def test_a_letter_s_dateline_does_not_date_the_narration_after_it(nlp):
    text = ("Мать писала мне:\n\nМосква, 5 мая 1880 г.\n\nДорогой сын, у нас всё хорошо.\n\n"
            "Я долго раздумывал над письмом. Потом я уехал в Тверь.")
    assert times(nlp, text).get("уехал") is None


def test_a_day_in_a_sentence_still_ends_with_its_paragraph(nlp):
    text = "3 мая 1877 года брат вернулся из Сербии.\nОтец уехал в Тверь."
    assert times(nlp, text)["уехал"] is None


@pytest.mark.parametrize("text, value", [
    ("Пасха.\nУтром были у обедни.", "XXXX"),
    ("3 апреля 1899 г.\nУехал в город.\n\n5 апреля.\nДома.\n\nПасха.\nБыли у обедни.", "1899-04-18"),  # Julian Easter
    ("Рождество.\nЕздили к тётке.", "XXXX-12-25"),
])
def test_a_feast_alone_on_its_line_is_the_entry_s_date(dated, text, value):
    assert [v for written, v in dates(dated, text) if written in ("Пасха", "Рождество")] == [value]


def test_a_feast_in_running_text_still_needs_a_preposition_or_a_year(dated):
    assert dates(dated, "Пасха была поздняя, и снег уже сошёл.") == []


def test_a_feast_as_a_one_word_sentence_of_a_paragraph_is_no_heading(dated):
    assert dates(dated, "Пасха. Все шли в церковь нарядные.") == []
