"""Two fixed phrases of memoir narration: `взять с собой` takes a person along on a journey
(MOVEMENT; a thing taken along is no event), and `поступить` with a bare instrumental of a post
(`поступил писцом`) is taking a post (EMPLOYMENT), while `поступить в гимназию` stays EDUCATION."""
from __future__ import annotations

import pytest

from test_events import events, only


def types(nlp, text: str) -> dict[str, str]:
    return {trigger: type for type, trigger, *_ in events(nlp, text)}


@pytest.mark.parametrize("text, trigger", [
    ("Дед взял меня с собой на ярмарку.", "взял"),
    ("Отец брал Петю с собой в Тверь.", "брал"),
])
def test_taking_a_person_along_is_movement(nlp, text, trigger):
    assert types(nlp, text).get(trigger) == "MOVEMENT", events(nlp, text)


def test_the_one_taken_along_goes_where_the_journey_goes(nlp):
    type, _, args, _, _ = only(nlp, "Отец брал Петю с собой в Тверь.", "брал")
    assert ("patient", "Петю") in args and ("destination", "Тверь") in args


def test_a_thing_taken_along_is_no_event(nlp):
    assert "взял" not in types(nlp, "Он взял с собой книгу.")


@pytest.mark.parametrize("text, expected", [
    ("Белов поступил писцом в контору.", "EMPLOYMENT"),
    ("Осенью Белов поступил в гимназию.", "EDUCATION"),
    ("Белов поступил в университет вольнослушателем.", "EDUCATION"),
    ("Белов поступил на службу в банк.", "EMPLOYMENT"),
])
def test_entering_a_post_named_by_an_instrumental_is_employment(nlp, text, expected):
    assert types(nlp, text).get("поступил") == expected, events(nlp, text)
