"""Kinds of dates found wrong on unseen text in the nineteenth round (issue 12 item 2, dates19), each
audited on the corpus nobody annotated, in sentences written for these tests with every date each
sentence gives: a weekday that recurs (`по субботам`, `каждую пятницу`: a frequency, no date).
docs/dates.md, "Nineteenth round"; GUIDELINES 9.67 (its two rules with one corpus hit each, `один` after
a unit and a singular adjective before a plural unit, were removed in the twentieth round, 9.79)."""
from __future__ import annotations

import pytest

from test_dates_forms import d, read

CASES = {
    "a recurring weekday is a frequency, no date: по субботам, каждую пятницу": [
        ("По средам к ним съезжались соседи играть в карты.", []),
        ("Лавку запирали по вторникам и пятницам.", []),
        ("Бабушка по воскресеньям пекла пироги с капустой.", []),
        ("Каждую пятницу он ездил на мельницу.", []),
        ("Почти всякое воскресенье к нам приходил дьячок.", []),
        # one weekday stays a date, with the preposition it governs or a word of the moment of writing
        ("Он обещал приехать в субботу.", [d("субботу", "XXXX-WXX-6")]),
        ("К понедельнику работа была кончена.", [d("понедельнику", "XXXX-WXX-1")]),
        ("По понедельникам он не пил, а в прошлую субботу напился.", [d("прошлую субботу", "XXXX-WXX-6")]),
        ("До воскресенья оставалось два дня.", [d("воскресенья", "XXXX-WXX-7", "BEFORE"), d("два дня", "P2D")]),
    ],
}


@pytest.mark.parametrize("text, expected", [case for cases in CASES.values() for case in cases],
                         ids=[f"{kind[:30]}/{n}" for kind, cases in CASES.items() for n in range(len(cases))])
def test_date_kind(dated, text, expected):
    assert read(dated, text) == expected
