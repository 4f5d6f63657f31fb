"""The kinds of dates the second dates probe's first run missed (`gold/probe/dates2/`, GUIDELINES
9.30; issue 12 item 2, dates12) and the kinds left open by the first dates probe (9.26), each in
sentences written for these tests with every date each sentence gives (span, value, mod,
alt_value, holiday, range, calendar): a day of the month alone before a preposition or a
pronoun, after a dash in narration; a part of the day said with a preposition after a day;
`нынче` and `на днях` read by their tense; a day or a night named by an adjective of the moment
of speaking; a count of days from a counted day; a count of years after a year without its
century; the numbers of a list; `в следующий четверг`.
docs/dates.md, "Thirteenth round"."""
from __future__ import annotations

import pytest

from test_dates_forms import d, read

CASES = {
    "a day of the month alone before a preposition or a pronoun: 20-го в Тверь": [
        ("Полки прибыли 20-го в Тверь, а 22-го вступили в Москву.",
         [d("20-го", "XXXX-XX-20"), d("22-го", "XXXX-XX-22")]),
        ("Отряд вышел из Твери 5 мая, 7-го в Клин пришёл обоз, а 9-го его начальник.",
         [d("5 мая", "XXXX-05-05"), d("7-го", "XXXX-05-07"), d("9-го", "XXXX-05-09")]),
        # an ordinal that agrees with a noun after it, alone or coordinated, is no day
        ("Солдаты 5-го и 6-го полков стояли у реки.", []),
        ("Командир 3-го батальона уехал в город.", []),
    ],
    "a dash after a sentence of narration is no speech: 9 августа. – 11-го": [
        ("Полк выступил из города 9 августа. – 11-го в город прибыл генерал, а 14-го его помощник.",
         [d("9 августа", "XXXX-08-09"), d("11-го", "XXXX-08-11"), d("14-го", "XXXX-08-14")]),
        # a line that opens with a dash is speech: a day without a year is counted from nothing there
        ("Брат вернулся в Тверь.\n— Приеду 5 мая, а на другой день уеду, — сказал он.",
         [d("5 мая", "XXXX-05-05"), d("другой день", "XXXX-XX-XX")]),
        # inside a paragraph too, when the narrator's words follow it after a dash
        ("Брат вернулся в Тверь. — Приеду 5 мая, а на другой день уеду! — сказал он.",
         [d("5 мая", "XXXX-05-05"), d("другой день", "XXXX-XX-XX")]),
    ],
    "a part of the day with a preposition after a day: 9 августа в полдень": [
        ("Отряд выступил 9 августа в полдень и 12-го на рассвете был у реки.",
         [d("9 августа в полдень", "XXXX-08-09"), d("12-го на рассвете", "XXXX-08-12")]),
        ("5 мая 1880 года на закате мы пришли в деревню.", [d("5 мая 1880 года на закате", "1880-05-05")]),
        ("12 марта 1861 года он приехал. На другой день на заре мы выехали.",
         [d("12 марта 1861 года", "1861-03-12"), d("другой день на заре", "1861-03-13")]),
        ("В полдень он вышел из дома.", []),  # alone: no date (8.5)
    ],
    "нынче by its tense: today in the past or with будет, else now": [
        ("Брат нынче уехал в Москву.", [d("нынче", "XXXX-XX-XX")]),
        ("Нынче вечером будет бал у губернатора.", [d("Нынче вечером", "XXXX-XX-XX")]),  # a part of the day inside
        ("Нынче все так живут.", []),
        ("Теперь, брат, нынче заживём по-новому.", []),  # another future: 'from now on'
        ("Мне нынче поручили дежурство.", [d("нынче", "XXXX-XX-XX")]),
        ("12 марта 1861 года он сказал, что нынче получил письмо.",
         [d("12 марта 1861 года", "1861-03-12"), d("нынче", "1861-03-12")]),  # reported speech (8.4)
    ],
    "на днях: PAST_REF in the past, FUTURE_REF else": [
        ("На днях я видел его на базаре.", [d("На днях", "PAST_REF")]),
        ("Он говорил, что на днях уедет в Москву.", [d("на днях", "FUTURE_REF")]),
        ("— Сестра на днях приезжает из Казани, — сказал отец.", [d("на днях", "FUTURE_REF")]),
    ],
    "a day or a night named by an adjective: со вчерашней ночи": [
        ("Со вчерашнего дня он ничего не ел.", [d("вчерашнего дня", "XXXX-XX-XX")]),
        ("Прошлой ночью выпал снег.", [d("Прошлой ночью", "XXXX-XX-XX")]),
        ("Сегодняшним утром пришло письмо от матери.", [d("Сегодняшним утром", "XXXX-XX-XX")]),
        ("12 марта 1861 года он писал, что с вчерашнего вечера болен.",
         [d("12 марта 1861 года", "1861-03-12"), d("вчерашнего вечера", "1861-03-11")]),
        ("Вчерашнее происшествие всех напугало.", []),  # no day, evening or night named
    ],
    "a count of days from a counted day: на другой день ... через два дня": [
        ("12 марта 1861 года брат приехал в Тверь. На другой день он пошёл к дяде, а через два дня уехал.",
         [d("12 марта 1861 года", "1861-03-12"), d("другой день", "1861-03-13"), d("через два дня", "1861-03-15")]),
        ("5 мая отряд вышел из Твери. На другой день он был в Клину, а через три дня в Москве.",
         [d("5 мая", "XXXX-05-05"), d("другой день", "XXXX-05-06"), d("через три дня", "XXXX-05-09")]),
        ("10 июля полк подошёл к городу. На другой день начался штурм, и до следующего утра шла пальба.",
         [d("10 июля", "XXXX-07-10"), d("другой день", "XXXX-07-11"), d("следующего утра", "XXXX-07-12", "BEFORE")]),
        # a day the text writes takes over from the counted one
        ("3 мая 1880 года мы выехали. На другой день были в Клину. 7 мая приехали в Москву, а на другой день в Тверь.",
         [d("3 мая 1880 года", "1880-05-03"), d("другой день", "1880-05-04"), d("7 мая", "1880-05-07"),
          d("другой день", "1880-05-08")]),
    ],
    "the numbers of a list are no days: 1-го, ...; 2-го, ...": [
        ("Приказ гласил: 1-го, собрать полк; 2-го, выступить к реке.", []),
        ("Он поставил условия: во-1-х, платить вперёд, во-2-х, не пить.", []),
        # days after a semicolon, each with its own comma, are days when they do not count items
        ("С 14 октября начались морозы; 16-го, ночью, выпал снег.",
         [d("14 октября", "XXXX-10-14"), d("16-го", "XXXX-10-16")]),
        ("В августе 1774 года полк стоял у Царицына. 18-го, на рассвете, выступили. 19-го, к вечеру, пришли.",
         [d("августе 1774 года", "1774-08"), d("18-го", "1774-08-18"), d("19-го", "1774-08-19")]),
    ],
    "a count of years after a year without its century: в сорок восьмом году ... с того года": [
        ("— Это было в сорок восьмом году, а с того года мы жили хорошо, — сказала бабушка.",
         [d("сорок восьмом году", "XX48"), d("того года", "XX48")]),
        ("В сорок восьмом году мы жили в Балахне, а на другой год переехали в Нижний.",
         [d("сорок восьмом году", "XX48"), d("другой год", "XX49")]),
        # another paragraph: nothing to count from
        ("В сорок восьмом году мы жили в Балахне.\nС того года отец стал богат.",
         [d("сорок восьмом году", "XX48"), d("того года", "XXXX")]),
    ],
    "в следующий четверг: the nearest Thursday strictly after the day in force, whatever the tense": [
        # 12 March 1861 (Julian) is a Sunday: the next Thursday is the 16th
        ("12 марта 1861 года брат приехал в Тверь. В следующий четверг он уехал в Москву.",
         [d("12 марта 1861 года", "1861-03-12"), d("следующий четверг", "1861-03-16")]),
        ("12 марта 1861 года брат сказал, что в следующий четверг уедет в Москву.",
         [d("12 марта 1861 года", "1861-03-12"), d("следующий четверг", "1861-03-16")]),
        # 16 March 1861 is itself a Thursday: the next one is a week after
        ("16 марта 1861 года брат приехал в Тверь. В следующий четверг он уехал.",
         [d("16 марта 1861 года", "1861-03-16"), d("следующий четверг", "1861-03-23")]),
    ],
}


@pytest.mark.parametrize("text, expected", [case for cases in CASES.values() for case in cases],
                         ids=[f"{kind[:30]}/{n}" for kind, cases in CASES.items() for n in range(len(cases))])
def test_date_kind(dated, text, expected):
    assert read(dated, text) == expected
