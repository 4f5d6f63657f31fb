"""Kinds of dates found wrong on the probes' reports in the seventeenth round (issue 12 item 2,
dates17), each counted on War and Peace nobody annotated (tom1 characters 300000-800000) and
audited there, in sentences written for these tests with every date each sentence gives: the year
of a bibliographic reference (`М., 1955, с. 132`), which dates the edition and no narration; a
century written in digits with a case ending (`к концу 17-го столетия`); a year of one digit with
its ending and a year word (`в 4-м году`, the century from the date in force); a month's year in
three digits, the thousand unsaid (`в мае месяце 781 года`,
only after a year in force of 1700-1999); the phrase that counts back
before its count (`тому назад лет с 20`, `назад тому пять лет`); `по` with the dative of an
ordinal year, an age (`внуку шёл по девятому году`). docs/dates.md, "Seventeenth round";
GUIDELINES 9.51."""
from __future__ import annotations

import pytest

from test_dates_forms import d, read

CASES = {
    "the year of a bibliographic reference: after its place of publication, or before its page": [
        ("Об этом пишет сам генерал (Записки о походе. СПб., 1871, с. 212–214).", [d("1871", "1871")]),
        ("См.: Письма и бумаги, т. 2. М., 1903, с. 17.", [d("1903", "1903")]),
        ("Сборник статей. М. — Л., 1934; там же, с. 40.", [d("1934", "1934")]),
        ("Издание университета, 1965, с. XII.", [d("1965", "1965")]),
        # it dates the edition only: a day after it takes its year from the narration's year
        ("Приказ подписан 5 марта 1807 г. (Журнал полка. М., 1871, с. 212). 9 марта полк выступил.",
         [d("5 марта 1807 г.", "1807-03-05"), d("1871", "1871"), d("9 марта", "1807-03-09")]),
        # a number after a comma that no place nor page frames is no year
        ("Солдат было 1200, с ними пришли ещё 300.", []),
        ("В обозе везли 1500, в лагере оставили остальное.", []),
    ],
    "a century in digits with a case ending: к концу 17-го столетия, 19-м веке": [
        ("Село появилось к концу 17-го столетия.", [d("концу 17-го столетия", "16", "END")]),
        ("К середине 19-го века дорога опустела.", [d("середине 19-го века", "18", "MID")]),
        ("В 18-м веке здесь стоял монастырь.", [d("18-м веке", "17")]),
        # without a word of the century it stays a day (9.40)
        ("Он приехал 18-го и сразу уехал.", [d("18-го", "XXXX-XX-18")]),
    ],
    "a year of one digit with its ending and a year word: the century from the date in force": [
        ("В 1812 году он служил в армии, а в 4-м году вернулся домой.",
         [d("1812 году", "1812"), d("4-м году", "1804")]),
        # a year of a term or a life is no date (8.5)
        ("На 3-м году службы он заболел.", []),
        ("В 5-м часу утра мы вышли.", []),
    ],
    "по with the dative of an ordinal year is an age, the year of life one is in: по девятому году": [
        ("Внуку Петру шёл тогда по девятому году, и он уже читал.", []),
        ("Сын у них по 3-му году.", []),
        # in the locative after `в` it is a year without its century (8.5)
        ("В тридцать шестом году дед купил лавку.", [d("тридцать шестом году", "XX36")]),
    ],
    "a month's year in three digits, the thousand unsaid: в мае месяце 781 года": [
        ("Отец служил в Астрахани с 1779 года, а в мае месяце 781 года уехал на Дон.",
         [d("1779 года", "1779"), d("мае месяце 781 года", "1781-05")]),
        ("В 1771 году полк стоял под Азовом. В мае 773 г. его перевели в Орёл.",
         [d("1771 году", "1771"), d("мае 773 г.", "1773-05")]),
        # the thousand comes only from a year in force of 1700-1999: a chronicle's year keeps none
        ("В 1240 году пал Киев. Осенью 945 г. древляне убили Игоря.", [d("1240 году", "1240")]),
        ("Осенью 896 г. мы переехали в Самару.", []),
        # a count of years after no month stays a count
        ("Городу было уже 800 лет.", []),
    ],
    "the phrase that counts back before its count: тому назад восемь лет, назад тому пять лет": [
        ("Сын его, назад тому пять лет, уехал в Киев.", [d("назад тому пять лет", "XXXX")]),
        ("В 1780 году он вернулся; тому назад восемь лет он уехал.",
         [d("1780 году", "1780"), d("тому назад восемь лет", "1772")]),
        # the unit first and `с` before the count: about so many years
        ("Кузнец, как помнят соседи, тому назад лет с 20 выстроил эту кузницу.",
         [d("тому назад лет с 20", "XXXX", "APPROX")]),
        # an ordinal year after it: the year so many since, one less counted back
        ("Мельницу свою он продал купцу тому назад третий год.", [d("тому назад третий год", "XXXX")]),
        ("В 1780 году он вернулся; а уехал он тому назад пятый год.",
         [d("1780 году", "1780"), d("тому назад пятый год", "1776")]),
        # without a count there is nothing counted
        ("Он ушёл тому назад, в лес.", []),
    ],
}


@pytest.mark.parametrize("text, expected", [case for cases in CASES.values() for case in cases],
                         ids=[f"{kind[:30]}/{n}" for kind, cases in CASES.items() for n in range(len(cases))])
def test_date_kind(dated, text, expected):
    assert read(dated, text) == expected
