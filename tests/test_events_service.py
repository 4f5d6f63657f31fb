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


@pytest.mark.parametrize("text, trigger", [
    ("Деньги перевелись на счёт тётки только через неделю.", "перевелись"),  # money, not a post
    ("Завод мобилизовал все резервы.", "мобилизовал"),  # sense 2: resources, no person called up
    ("Надо мобилизовать все силы на уборку урожая.", "мобилизовать"),
])
def test_no_service_without_a_person_or_a_post(nlp, text, trigger):
    assert trigger not in typed(nlp, text)
