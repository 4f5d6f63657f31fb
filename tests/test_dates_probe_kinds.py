"""The kinds of dates the dates probe's first run missed (`gold/probe/dates/`, GUIDELINES 9.26;
issue 12 item 2, dates11) and two kinds left from round 11, each in sentences written for these
tests with every date each sentence gives (span, value, mod, alt_value, holiday, range,
calendar): a day counted from a day told without a year, a day of the month alone (`16-го`), a
part of the day after a day or a night named by its day, hours and minutes as durations beside
clock times that stay no dates, parts of a month by its days (`в первых числах`), and a weekday
after an event told on the day in force. README "Dates", "Kinds found on the dates probe"."""
from __future__ import annotations

import pytest

from letopis.dates.narrative import from_partial
from test_dates_forms import d, read

CASES = {
    "a day counted from a day without a year: на другой день после 5 октября": [
        ("5 октября обоз вышел из города. В тот же день пошёл дождь.",
         [d("5 октября", "XXXX-10-05"), d("тот же день", "XXXX-10-05")]),
        ("Отец приехал 12 августа. На другой день мы пошли на ярмарку.",
         [d("12 августа", "XXXX-08-12"), d("другой день", "XXXX-08-13")]),
        ("31 декабря выпал снег, а на другой день ударил мороз.",
         [d("31 декабря", "XXXX-12-31"), d("другой день", "XXXX-01-01")]),
        ("Полк выступил 3 мая. Через неделю он стоял под Тулой.",
         [d("3 мая", "XXXX-05-03"), d("Через неделю", "XXXX-05-10")]),
        ("Мы приехали 20 июня, а накануне сестра уехала в Москву.",
         [d("20 июня", "XXXX-06-20"), d("накануне", "XXXX-06-19")]),
        # a leap year would make it the 29th, a common year 1 March: only what both agree on
        ("Брат вернулся 28 февраля, а на другой день заболел.",
         [d("28 февраля", "XXXX-02-28"), d("другой день", "XXXX-XX-XX")]),
        # from a month only the same day's month is certain
        ("В сентябре пришли солдаты; в ту же ночь сгорел амбар.",
         [d("сентябре", "XXXX-09"), d("ту же ночь", "XXXX-09-XX")]),
        # in direct speech nothing is anchored (8.5)
        ("— Приеду 5 мая, а на другой день уеду, — сказал дядя.",
         [d("5 мая", "XXXX-05-05"), d("другой день", "XXXX-XX-XX")]),
    ],
    "a day of the month alone: 16-го выпал снег": [
        ("С 14 октября начались дожди; 16-го река вышла из берегов.",
         [d("14 октября", "XXXX-10-14"), d("16-го", "XXXX-10-16")]),
        ("12 марта 1861 года он приехал в Тулу. 15-го он уехал.",
         [d("12 марта 1861 года", "1861-03-12"), d("15-го", "1861-03-15")]),
        ("3 июля полк пришёл к реке, а 5-го переправился.",
         [d("3 июля", "XXXX-07-03"), d("5-го", "XXXX-07-05")]),
        ("18-го Кузьмин со своими людьми ушёл за реку.", [d("18-го", "XXXX-XX-18")]),
        ("Приказ от 20-го был получен только в деревне.", [d("20-го", "XXXX-XX-20")]),
        ("Солдаты 5-го полка стояли у моста.", []),           # an ordinal of a noun phrase
        ("Бригада 3-го гренадерского полка ушла к Туле.", []),
        ("Портрет Людовика 16-го висел в зале.", []),          # after a name
    ],
    "a part of the day after a day, a night by its day: на другой день утром, ночью на 26 сентября": [
        ("5 октября пришли казаки, а на другой день утром начался штурм.",
         [d("5 октября", "XXXX-10-05"), d("другой день утром", "XXXX-10-06")]),
        ("Лодка пристала 5 марта вечером.", [d("5 марта вечером", "XXXX-03-05")]),
        ("В тот же день вечером 3 мая 1870 года сгорела мельница.",
         [d("тот же день вечером", "XXXX-XX-XX"), d("3 мая 1870 года", "1870-05-03")]),
        ("Ночью на 26 сентября обоз ушёл из крепости.", [d("Ночью на 26 сентября", "XXXX-09-26")]),
        ("В ночь на 2 июля 1855 года загорелся склад.", [d("2 июля 1855 года", "1855-07-02")]),  # NEREL's span
        ("Он вышел ночью на улицу.", []),                      # no day: a part of the day alone
        ("Мы шли всю ночь на север.", []),
    ],
    "hours and minutes as durations: продолжалось четыре часа": [
        ("Сражение продолжалось четыре часа.", [d("четыре часа", "PT4H")]),
        ("Он ждал нас два часа и ушёл.", [d("два часа", "PT2H")]),
        ("— Я зайду на двадцать минут, не больше.", [d("двадцать минут", "PT20M")]),
        ("Поезд опоздал на 15 минут.", [d("15 минут", "PT15M")]),
        ("Почти два часа мы шли молча.", [d("Почти два часа", "PT2H", "APPROX")]),
        ("Прошло пять минут, и дверь открылась.", [d("пять минут", "PT5M")]),
        # clock times are no dates (8.5)
        ("Он пришёл в три часа.", []),
        ("Было уже три часа ночи.", []),
        ("Пробило два часа.", []),
        ("В пять часов утра мы встали.", []),
        ("Поезд ушёл ровно в шесть часов двадцать минут.", []),
        ("Через два часа он уснул.", []),                      # counted from a time of day: no date here
    ],
    "a part of a month by its days: в первых числах августа": [
        ("В первых числах августа вернулся отец.", [d("первых числах августа", "XXXX-08", "START")]),
        ("В последних числах мая 1861 года он умер.",
         [d("последних числах мая 1861 года", "1861-05", "END")]),
        ("В средине июля пропал работник.", [d("средине июля", "XXXX-07", "MID")]),
        ("Деньги пришли 15-го числа.", [d("15-го числа", "XXXX-XX-15")]),
        ("В первых числах он не разобрался.", []),            # numbers, not days: no month
    ],
    "a weekday after an event told on the day in force: 12 марта приехал, в среду уехал": [
        # 12 March 1912 O.S. is a Monday: the Wednesday after it
        ("12 марта 1912 года дядя приехал в Тверь. В среду он уехал.",
         [d("12 марта 1912 года", "1912-03-12"), d("среду", "1912-03-14")]),
        # 5 May 1880 O.S. is a Monday
        ("5 мая 1880 года брат вернулся из Москвы. В пятницу мы поехали на охоту.",
         [d("5 мая 1880 года", "1880-05-05"), d("пятницу", "1880-05-09")]),
        # a state that frames the day (`жили`): the nearest before, as before (round 11)
        ("3 мая 1910 года мы жили в Твери. В среду она приехала.",
         [d("3 мая 1910 года", "1910-05-03"), d("среду", "1910-04-28")]),
        # reported speech: before the day it is told on
        ("12 марта 1912 года он рассказал, что его арестовали в субботу.",
         [d("12 марта 1912 года", "1912-03-12"), d("субботу", "1912-03-10")]),
        # the future: after it, as before
        ("12 марта 1912 года дядя приехал в Тверь. В среду он уедет.",
         [d("12 марта 1912 года", "1912-03-12"), d("среду", "1912-03-14")]),
    ],
}


@pytest.mark.parametrize("text, expected", [case for cases in CASES.values() for case in cases],
                         ids=[f"{kind[:30]}/{n}" for kind, cases in CASES.items() for n in range(len(cases))])
def test_date_kind(dated, text, expected):
    assert read(dated, text) == expected


@pytest.mark.parametrize("template, need, partial, value", [
    ("XXXX-XX-XX", "+1D", "XXXX-10-05", "XXXX-10-06"),
    ("XXXX-XX-XX", "-1D", "XXXX-03-01", "XXXX-XX-XX"),   # 28 or 29 February: left open
    ("XXXX-XX-XX", "+1W", "XXXX-10-28", "XXXX-11-04"),
    ("XXXX-XX-16", "month", "XXXX-10-14", "XXXX-10-16"),
    ("XXXX-XX-XX", "0D", "XXXX-09", "XXXX-09-XX"),
    ("XXXX-XX-XX", "+1D", "XXXX-09", "XXXX-XX-XX"),
    ("XXXX", "0Y", "XXXX-10-05", None),                  # a count of years: not from a day without a year
    ("XXXX-WXX", "-1W", "XXXX-10-05", None),             # a week: numbered only in a known year
])
def test_counting_from_a_day_without_a_year(template, need, partial, value):
    assert from_partial(template, need, partial) == value


# -- the day of writing of a dateline without its year, and of a diary of one entry (9.26) --
@pytest.mark.parametrize("text, written, value", [
    ("Москва, 5 мая.\n\nВчера в городе открылась выставка.", "Вчера", "XXXX-05-04"),
    ("Москва, 5 мая.\n\nВчера открылась выставка. Сегодня её посетил губернатор.", "Сегодня", "XXXX-05-05"),
    ("Казань, 1 марта.\n\nВчера в городе открылась выставка.", "Вчера", "XXXX-XX-XX"),  # 28 or 29 February
    ("Казань, 7 марта.\n\nНа прошлой неделе в городе был пожар.", "прошлой неделе", "XXXX-WXX"),
    ("Тула, 12 августа.\n\n— Вчера я был на станции, — сказал сторож.", "Вчера", "XXXX-XX-XX"),  # direct speech
    ("10 июня 1898 г.\nВчера приехала сестра.", "Вчера", "1898-06-09"),  # one entry: a bare date is its day
    ("3 октября 1902 г.\n\nСегодня холодно. Вчера топили печь.", "Вчера", "1902-10-02"),
])
def test_the_day_of_writing_of_a_dateline_or_a_single_entry(dated, text, written, value):
    assert [v for t, v, *_ in read(dated, text) if t == written] == [value]
