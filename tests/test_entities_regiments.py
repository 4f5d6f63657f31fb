"""A named regiment (issue 11, sixteenth round, ner16): `полк` is a head noun of
`models/entities/heads.tsv`, so a capitalised adjective before it names an ORG with the noun inside
(GUIDELINES 2.1), and the place adjective alone is no LOC (2.2). The lemmatiser reads `полка`,
`полков` as forms of `полок` (a bath's bench): the head is found by the dictionary's reading in the
tagged case, and the normal form takes the head table's word. Every sentence here is written for
the test."""
from __future__ import annotations

import pytest

from letopis.extensions import ENTITIES


def entities(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(span.text, span.label_, span._.normal) for span in nlp(text).spans[ENTITIES]]


@pytest.mark.parametrize("text, name, normal", [
    ("Брат служил в Измайловском полку.", "Измайловском полку", "Измайловский полк"),
    ("Командир Тамбовского пехотного полка выехал вперёд.", "Тамбовского пехотного полка", "Тамбовский пехотный полк"),
    ("Обоз тронулся, и два батальона Вятского полка пошли следом.", "Вятского полка", "Вятский полк"),
])
def test_a_regiment_named_by_an_adjective_is_one_organisation(nlp, text, name, normal):
    found = entities(nlp, text)
    assert (name, "ORG", normal) in found
    assert not [e for e in found if e[1] == "LOC"]


def test_the_last_regiment_of_a_list_takes_its_adjectives(nlp):
    found = entities(nlp, "Отряд состоял из Тульского и Рязанского пехотных и Ахтырского гусарского полков.")
    assert ("Ахтырского гусарского полков", "ORG") in [(text, label) for text, label, _ in found]
    assert ("Ахтырского", "LOC") not in [(text, label) for text, label, _ in found]


def test_a_regiment_of_a_pronoun_is_no_name(nlp):
    assert entities(nlp, "Наш полк стоял за рекою третью неделю.") == []



# A club named by an adjective is an ORG too (`клуб` in heads.tsv); a lower-case adjective before
# the name's first capital is outside it.

@pytest.mark.parametrize("text, name", [
    ("Дядя устраивал обед в Дворянском клубе для приезжих помещиков.", "Дворянском клубе"),
    ("Кучер служил когда-то швейцаром Купеческого клуба.", "Купеческого клуба"),
    ("В тот вечер в Купеческом клубе давали бал.", "Купеческом клубе"),
])
def test_a_club_named_by_an_adjective_is_one_organisation(nlp, text, name):
    found = [(t, label) for t, label, _ in entities(nlp, text)]
    assert (name, "ORG") in found
    assert not [e for e in found if e[1] == "LOC"]


def test_a_club_that_opens_a_sentence_on_a_common_adjective_is_no_name(nlp):
    assert entities(nlp, "Новый клуб открылся весной.") == []
