"""Kinds of dates found wrong on unseen text in the twentieth round (issue 12 item 2, dates20), in
sentences written for these tests with every date each sentence gives: a count of time after
`после` and a demonstrative standing alone for the event told before (`через год после этого`,
`года два после того`: counted from that event, `XXXX`, the phrase inside the span), and the
older instrumental `весною` (`зимою` the lemmatizer already reads). docs/dates.md, "Twentieth round"; GUIDELINES 9.79."""
from __future__ import annotations

import pytest

from test_dates_forms import d, read

CASES = {
    "a count after после этого / после того is counted from the event told before": [
        ("Он женился в Туле; через год после этого у него родилась дочь.", [d("через год после этого", "XXXX")]),
        ("Несколько лет после того мы не встречались.", [d("Несколько лет после того", "XXXX", "APPROX")]),
        ("Спустя несколько недель после этого пришло письмо.",
         [d("Спустя несколько недель после этого", "XXXX-XX-XX", "APPROX")]),
        ("Пять лет после этого он не писал стихов.", [d("Пять лет после этого", "XXXX")]),
        ("Через месяц после сего полк выступил в поход.", [d("Через месяц после сего", "XXXX-XX")]),
        ("Года через два после этого завод закрыли.", [d("Года через два после этого", "XXXX", "APPROX")]),
        # the demonstrative with its own noun, the conjunction `после того как`, a governed duration: as before
        ("Через год после того, как он уехал, пришло письмо.", [d("Через год", "XXXX")]),
        ("Неделю после того случая он молчал.", []),
        ("В течение двух лет после этого он не бывал в городе.", [d("двух лет", "P2Y")]),
        ("На пятый день после этого обоз вернулся.", []),
    ],
    "the older instrumental of a season: весною (and зимою)": [
        ("Мы зимовали на реке, а весною двинулись дальше.", [d("весною", "XXXX-SP")]),
        ("Зимою дорогу заметало снегом.", [d("Зимою", "XXXX-WI")]),
        ("Весною 1840 года он уехал в Казань.", [d("Весною 1840 года", "1840-SP")]),
        ("Зимою 1812 года в имении стояли пленные.", [d("Зимою 1812 года", "1812-WI")]),
        ("Летом пасли коров, а зимою возили лес.", [d("Летом", "XXXX-SU"), d("зимою", "XXXX-WI")]),
    ],
}


@pytest.mark.parametrize("text, expected", [case for cases in CASES.values() for case in cases],
                         ids=[f"{kind[:30]}/{n}" for kind, cases in CASES.items() for n in range(len(cases))])
def test_date_kind(dated, text, expected):
    assert read(dated, text) == expected
