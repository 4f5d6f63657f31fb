"""A place's adjective before its noun is no place (GUIDELINES 2.2; issue 11, sixteenth round,
ner16): a model's LOC of one adjective followed by a lower-case noun in its case goes under our
convention (`rules.adjective_of_noun`); NEREL's convention keeps the adjectives it reads as places.
Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from letopis.extensions import ENTITIES


def entities(nlp, text: str) -> list[tuple[str, str]]:
    return [(span.text, span.label_) for span in nlp(text).spans[ENTITIES]]


@pytest.mark.parametrize("text, adjective", [
    ("Во время Итальянского похода он был ранен в ногу.", "Итальянского"),
    ("Он много лет работал в Румянцевской библиотеке.", "Румянцевской"),
    ("Старик читал Московские ведомости каждое утро.", "Московские"),
])
def test_an_adjective_of_a_place_before_its_noun_is_no_place(nlp, text, adjective):
    assert (adjective, "LOC") not in entities(nlp, text)


@pytest.mark.parametrize("text, place", [
    ("Корабль вошёл в Азовское море на рассвете.", "Азовское море"),
    ("Мы жили на Тверской, а потом переехали на Арбат.", "Тверской"),
    ("Летом мы ездили в Нижний Новгород к тётке.", "Нижний Новгород"),
    ("Она училась в Ухани провинции Хубэй.", "Ухани"),  # a town before a term, no adjective
])
def test_a_place_named_by_an_adjective_stays(nlp, text, place):
    assert (place, "LOC") in entities(nlp, text)
