"""`repeated_verb`: a finite verb repeated in the same form in its sentence shares the subject
of the first, when the first has one written. Passages of our own, parsed by the pipeline."""
from __future__ import annotations

import pytest

from letopis.coref.mentions import repeated_verb, written_subject, zero_subject


def occurrences(doc, word: str) -> list:
    return [token for token in doc if token.text == word]


@pytest.mark.parametrize("text, verb", [
    # a diary entry: the narrator's `писал`, a relative clause between
    ("Весь вечер я писал письмо, которое обещал сестре, писал до полуночи.", "писал"),
    # a news paragraph: a plural subject, a relative clause with a verb of its own between
    ("Пожарные тушили склад, который загорелся ночью, тушили до утра.", "тушили"),
    # a memoir paragraph: a noun of the other gender between the two verbs
    ("Мать ждала письма, которое обещал прислать брат, ждала всю зиму.", "ждала"),
])
def test_a_repeated_verb_shares_the_subject_of_the_first(nlp, text, verb):
    doc = nlp(text)
    first, second = occurrences(doc, verb)
    assert repeated_verb(second) is not None and repeated_verb(second).i == first.i
    assert zero_subject(second) is None


@pytest.mark.parametrize("text, verb", [
    # the earlier verb has no written subject: an indefinite `отпустили` is no one's to share
    ("Анна Сомова просила, чтобы её отпустили, но её не отпустили.", "отпустили"),
    # past the `;` a new clause begins: its subject is its own
    ("Днём Пётр Сомов чинил лодку; чинил, как потом выяснилось, чужую.", "чинил"),
])
def test_a_repeated_verb_without_a_subject_to_share(nlp, text, verb):
    doc = nlp(text)
    _, second = occurrences(doc, verb)
    assert repeated_verb(second) is None


def test_a_relative_of_the_same_verb_is_its_own_subject(nlp):
    # `пел ..., который пел`: the choir sings, not the grandfather
    doc = nlp("Мой дед пел в хоре, который пел по праздникам в соборе.")
    _, second = occurrences(doc, "пел")
    assert written_subject(second).text == "который"
