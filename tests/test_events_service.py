"""Being called up, leaving a post, asking for a transfer (issue 12 item 3, serving): the
classes of `призвать` (`мобилизовать`), of `оставить службу` (`покинуть пост`) and the
reflexive of `перевести`, on sentences written for these tests."""
from __future__ import annotations

import pytest

from test_events import events


def typed(nlp, text: str) -> dict[str, str]:
    return {trigger: type for type, trigger, *_ in events(nlp, text)}


@pytest.mark.parametrize("text, trigger, type", [
    ("Весной 1919 года дядю Колю мобилизовали в Красную армию.", "мобилизовали", "EMPLOYMENT"),
    ("Всех студентов старших курсов мобилизовали.", "мобилизовали", "EMPLOYMENT"),
    ("Осенью 1945 года Кравцов демобилизовался и уехал в Саратов.", "демобилизовался", "EMPLOYMENT"),
    ("Министр покинул свой пост в марте.", "покинул", "EMPLOYMENT"),
    ("Осенью Соколов перевёлся в Москву.", "перевёлся", "MOVEMENT"),
    ("Через год Соколов перевёлся в Семёновский полк.", "перевёлся", "EMPLOYMENT"),
    ("Сестра перевелась в Казанский университет.", "перевелась", "EDUCATION"),
])
def test_serving_and_leaving(nlp, text, trigger, type):
    assert typed(nlp, text).get(trigger) == type


@pytest.mark.parametrize("text, trigger, type", [
    ("Утром Соколов покинул Тверь.", "покинул", "MOVEMENT"),  # a town left, not a post
    ("Он перевёл рукопись на французский.", "перевёл", "CREATION"),  # a translation
])
def test_the_other_readings_stay(nlp, text, trigger, type):
    assert typed(nlp, text).get(trigger) == type


def test_a_page_turned_is_no_transfer(nlp):
    assert "перевелась" not in typed(nlp, "Стрелка часов перевелась сама собой.")
