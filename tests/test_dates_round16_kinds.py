"""Kinds of dates found wrong on the probes' reports in the sixteenth round (issue 12 item 2,
dates16), each counted and audited on War and Peace nobody annotated (tom1 characters
300000-800000) and on paragraphs of the other books outside every gold, probe and test range, in
sentences written for these tests with every date each sentence gives: a part of the day with its
adverb after a day (`3 мая рано утром`, one span); an hour without a count after a word that makes
it one (`стоял около часу`, `более часа`, `целый час`: `PT1H`), not a time of day (`около часу ночи`,
`вернулся около часу`); an
indefinite count counted from the narrative (`через несколько дней`, `несколько дней тому назад`:
mod APPROX, the month kept when every count of a few days stays in it); a year told after a day
without its year, after which nothing counts from that day. docs/dates.md, "Sixteenth
round"; GUIDELINES 9.45."""
from __future__ import annotations

import pytest

from test_dates_forms import d, read

CASES = {
    "a part of the day with its adverb after a day is inside the day's span: 3 мая рано утром": [
        ("Мы выехали 3 мая рано утром.", [d("3 мая рано утром", "XXXX-05-03")]),
        ("Девятого числа поздно вечером пришла телеграмма.", [d("Девятого числа поздно вечером", "XXXX-XX-09")]),
        ("14 июня 1890 года поздно ночью загорелся сарай.", [d("14 июня 1890 года поздно ночью", "1890-06-14")]),
        # alone a part of the day is no date (8.5), and `рано` without one is no part of the day
        ("Рано утром мы ушли в лес.", []),
        ("Пятого мая рано пришёл почтальон.", [d("Пятого мая", "XXXX-05-05")]),
    ],
    "an hour without a count after a word that makes it one: около часу, более часа, целый час": [
        # `около` stays outside and gives APPROX (3.2); a comparative is inside with its mod (8.5)
        ("Поезд стоял на станции около часу.", [d("часу", "PT1H", "APPROX")]),
        ("Разговор продолжался более часа.", [d("более часа", "PT1H", "MORE_THAN")]),
        ("Я ждал его целый час.", [d("целый час", "PT1H")]),
        ("Мы прождали его у ворот около часу.", [d("часу", "PT1H", "APPROX")]),
        # without a verb of lasting or a word of measure it is about one o'clock: no date (8.5)
        ("Он вернулся домой около часу.", []),
        ("Спать легли около часу.", []),
        ("Гости разъехались около часу.", []),
        # before a clock word it is a time of day, no date (8.5); a minute alone stays unread (9.40)
        ("Около часу ночи в дверь постучали.", []),
        ("Мы вернулись около часа пополудни.", []),
        ("Прошло около минуты.", []),
    ],
    "an indefinite count counted from the narrative: через несколько дней, несколько дней тому назад": [
        ("Сестра приехала 20 июля 1899 года. Через несколько дней она заболела.",
         [d("20 июля 1899 года", "1899-07-20"), d("Через несколько дней", "1899-07-XX", "APPROX")]),
        ("Мы переехали на дачу 25 мая. Брат вернулся из Москвы несколько дней тому назад.",
         [d("25 мая", "XXXX-05-25"), d("несколько дней тому назад", "XXXX-05-XX", "APPROX")]),
        # a few days from the 27th may cross into October: the month is open
        ("Письмо пришло 27-го сентября. Через несколько дней мы уехали.",
         [d("27-го сентября", "XXXX-09-27"), d("Через несколько дней", "XXXX-XX-XX", "APPROX")]),
        # other units keep their template; counted from an event there is nothing to count from
        ("Несколько лет спустя дом сгорел.", [d("Несколько лет спустя", "XXXX", "APPROX")]),
        ("Через несколько дней после свадьбы он уехал.", [d("Через несколько дней", "XXXX-XX-XX", "APPROX")]),
        # not counted from anything, it stays a duration
        ("Мы прожили там несколько дней.", [d("несколько дней", "PXD")]),
    ],
    "a year told after a day without its year: nothing is counted from that day any more": [
        ("Мать вернулась 2-го апреля.\n\nВ сорок шестом году брат женился. Через несколько дней отец слёг.",
         [d("2-го апреля", "XXXX-04-02"), d("сорок шестом году", "XX46"),
          d("Через несколько дней", "XXXX-XX-XX", "APPROX")]),
        ("Мать вернулась 2-го апреля. Через два дня отец слёг.",
         [d("2-го апреля", "XXXX-04-02"), d("Через два дня", "XXXX-04-04")]),
    ],
}


@pytest.mark.parametrize("text, expected", [case for cases in CASES.values() for case in cases],
                         ids=[f"{kind[:30]}/{n}" for kind, cases in CASES.items() for n in range(len(cases))])
def test_date_kind(dated, text, expected):
    assert read(dated, text) == expected
