"""The kinds of coreference errors the eighth persons probe (`gold/probe/persons8/`, coref13, War and
Peace) showed that a general rule removes; sentences of our own (memoir, chronicle), with cases where
the rule must not fire. None is taken from or modelled on an evaluated text."""
from __future__ import annotations

import pytest

from mentioned import kinds, names


# A demonstrative that modifies a noun stands for no one, however the parser hung it: in a fixed
# phrase (`с тех пор как`, `до тех пор`) or written just before a noun it agrees with in case and
# number (`с той поры`, `той дорогой`).
@pytest.mark.parametrize("text, word", [
    ("Брат уехал в Казань, и с тех пор мать не получала от него писем.", "тех"),
    ("Мы ждали до тех пор, пока не пришёл сторож.", "тех"),
    ("Дед вернулся той же дорогой, какой уходил.", "той"),
    ("Отец ушёл к соседям и вернулся с той поры другим человеком.", "той"),
])
def test_a_demonstrative_before_its_noun_is_no_mention(nlp, text, word):
    assert word not in kinds(nlp, text)


# A demonstrative that is the predicate of its clause says who someone is like (`те же` 'the same',
# `не та` 'not the same'): no one by itself.
@pytest.mark.parametrize("text, word", [
    ("Соседи были всё те же, только постарели.", "те"),
    ("— Сестра совсем не та, — сказала тётка.", "та"),
])
def test_a_demonstrative_predicate_is_no_mention(nlp, text, word):
    assert word not in kinds(nlp, text)


# The rule must not fire where the demonstrative stands for a person: alone as an argument, or
# with a relative clause of its own (`тот, кто`).
@pytest.mark.parametrize("text, word", [
    ("Иван и Пётр вошли в избу. Тот сел у окна.", "Тот"),
    ("Староста увидел того, кто стучал в ворота.", "того"),
    ("Это был тот, кто первым пришёл на пожар.", "тот"),
])
def test_a_demonstrative_standing_for_a_person_is_still_a_mention(nlp, text, word):
    assert kinds(nlp, text).get(word) == "pronoun"


# A verb the dictionary knows only as impersonal (`хочется`, `думается`, `верится`) has no subject,
# written or unwritten: no zero mention on it, whoever the dative is.
@pytest.mark.parametrize("text, verb", [
    ("Иван Сомов долго не отпускал Петра, видя, как ему хочется рассказать о войне.", "хочется"),
    ("Старик сидел у окна. Ему не верится, что сын вернётся.", "верится"),
    ("Мать долго молчала. Ей думается, что всё обойдётся.", "думается"),
])
def test_an_only_impersonal_verb_has_no_unwritten_subject(nlp, text, verb):
    assert verb not in kinds(nlp, text)


def test_a_personal_verb_in_the_present_still_has_one(nlp):
    # the rule is the dictionary's: a personal verb keeps its unwritten subject
    text = "Иван Сомов сидел у окна. Пишет сыну письмо."
    assert kinds(nlp, text).get("Пишет") == "zero"
    assert dict(names(nlp, text)).get("Пишет") == "Иван Сомов"
