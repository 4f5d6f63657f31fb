"""Seventeenth round (coref17b): the one a dialogue line is said to is no third person of that line
(`coref/dialogue.py`). Sentences of our own, with cases where the rules must not fire."""
from __future__ import annotations

import pytest

from letopis.coref.dialogue import coordinated
from mentioned import mentions


@pytest.mark.parametrize("text, verb, name", [
    # a neighbour tells the master of a boy's doings; the parser makes the address the subject and
    # hangs the name on it, so the unwritten subjects after took the address
    ("Днём вбежала соседка и затараторила:\n"
     "— Хозяин, Колька дерётся на улице! Подрался с сыном кузнеца и порвал рубаху.", "Подрался", "Колька"),
    ("Утром прибежал сторож и крикнул:\n"
     "— Маменька, Сенька дерзит всегда! Грубит за обедом и не слушается.", "Грубит", "Сенька"),
])
def test_the_person_after_an_address_is_the_subject_the_address_seemed(nlp, text, verb, name):
    assert (verb, "zero", name) in mentions(nlp, text)


def test_a_pronoun_of_a_line_is_not_the_one_the_line_addresses(nlp):
    # memoir: Сомов tells Пётр Ильич of someone who scolded him: `он` is not Пётр Ильич, whom
    # Сомов calls `вы`; no one else is in sight, so it stays unlinked rather than linked wrongly
    text = ("Утром пришёл Пётр Орлов.\n— Поверите ли, Пётр Ильич, я ничего не боялся. Я знал, что я прав. "
            "Уж он меня ругал, ругал! — говорил Сомов.")
    assert ("он", "pronoun", None) in mentions(nlp, text)


@pytest.mark.parametrize("text, mention, name", [
    # after the line the narration may speak of the one addressed in it
    ("— Анна, подойди сюда! — сказал отец.\nАнна Орлова подошла, и он обнял её.", "её", "Анна Орлова"),
    # a subject set off by its relative clause is no address
    ("Вечером пришёл Иван Сомов.\n— А Пётр Орлов, который обещал прийти, опять опоздал. Он всегда опаздывает!",
     "Он", "Пётр Орлов"),
])
def test_not_an_address_or_not_in_the_line(nlp, text, mention, name):
    assert (mention, "pronoun", name) in mentions(nlp, text)


@pytest.mark.parametrize("text, word, listed", [
    ("— Иван, Пётр и Анна пришли.", "Иван", True),  # a list: its members joined by `и`
    ("— Хозяин, Колька дерётся на улице!", "Хозяин", False),  # commas alone: an address, then the subject
])
def test_a_list_of_persons_needs_a_conjunction(nlp, text, word, listed):
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    assert any(c.dep_ == "conj" for c in token.children)  # the parser joined the names either way
    assert coordinated(token) is listed
