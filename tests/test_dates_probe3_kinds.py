"""The kinds of dates the third dates probe's first run missed or read wrongly (`gold/probe/dates3/`,
GUIDELINES 9.34; issue 12 item 2, dates13), and false dates found by the precision audit on
unannotated War and Peace, each in sentences written for these tests with every date each
sentence gives (span, value, mod, alt_value, holiday, range, calendar): the old spelling of a
weekday; `намедни`; an evening, night or morning of the day told (`в этот вечер`); a night after a
day (`5 мая в ночь`); a Roman numeral before the preposition
`в`; a time of day with two counts (`между семью и десятью часами`); an ordinal before an hour or
after a day read as a decade (`в 10-м часу`, `с 19-го на 20-е`).
docs/dates.md, "Fourteenth round"."""
from __future__ import annotations

import pytest

from test_dates_forms import d, read

CASES = {
    "the old spelling of a weekday: в середу": [
        ("Он обещал заехать к нам в середу.", [d("середу", "XXXX-WXX-3")]),
        ("С середы до пятницы мы жили на даче.", [d("середы", "XXXX-WXX-3"), d("пятницы", "XXXX-WXX-5", "BEFORE")]),
        # without a preposition or a date the old word for the middle stays no weekday
        ("Середа избы была чисто выметена.", []),
    ],
    "намедни: the days just before the moment of speaking, PAST_REF": [
        ("— Намедни заходил ко мне сосед, — сказала старуха.", [d("Намедни", "PAST_REF")]),
        ("Я намедни видел его на ярмарке.", [d("намедни", "PAST_REF")]),
    ],
    "the evening, night or morning of the day told: в этот вечер": [
        ("12 марта 1861 года отец вернулся из Твери. В этот вечер мы долго не ложились.",
         [d("12 марта 1861 года", "1861-03-12"), d("этот вечер", "1861-03-12")]),
        ("5 мая 1880 года полк вошёл в город. В эту ночь никто не спал.",
         [d("5 мая 1880 года", "1880-05-05"), d("эту ночь", "1880-05-05")]),
        ("Сестра в это утро встала раньше всех.", [d("это утро", "XXXX-XX-XX")]),
        # without `в` it is a subject or an object, no time
        ("Этот вечер мы запомнили надолго.", []),
    ],
    "a night after a day: 5 мая в ночь": [
        ("3-го мая в ночь отряд переправился через реку.", [d("3-го мая в ночь", "XXXX-05-03")]),
        # before `на` it opens a night named by the day it runs into, the day's own date (dayparts.tsv)
        ("Отряд вышел к реке 5 мая в ночь на 6-е мая.", [d("5 мая", "XXXX-05-05"), d("6-е мая", "XXXX-05-06")]),
        ("В ночь выпал снег.", []),  # alone: no date (8.5)
    ],
    "a Roman numeral before the preposition в is no century: Петром I в 1700 году": [
        ("Полк был основан Петром I в 1700 году.", [d("1700 году", "1700")]),
        ("Указ, данный Николаем I в качестве закона, забыли.", []),
        ("Эту церковь построили в XVI в. на месте старой.", [d("XVI в.", "15")]),
    ],
    "a time of day with two counts: между семью и десятью часами": [
        ("Приезжайте к нам между семью и десятью часами.", []),
        ("Он обещал быть в семь или восемь часов.", []),
        ("Мы ждали его два или три часа.", [d("три часа", "PT3H")]),
    ],
    "an ordinal before an hour or after a day is no decade: в 10-м часу, с 19-го на 20-е": [
        ("Брат вернулся из театра в 10-м часу.", []),
        ("Полк в ночь с 5-го на 6-е снялся с лагеря.", [d("5-го", "XXXX-XX-05")]),
        ("В начале 90-х он жил в Твери.", [d("начале 90-х", "XX9", "START")]),
    ],
}


@pytest.mark.parametrize("text, expected", [case for cases in CASES.values() for case in cases],
                         ids=[f"{kind[:30]}/{n}" for kind, cases in CASES.items() for n in range(len(cases))])
def test_date_kind(dated, text, expected):
    assert read(dated, text) == expected
