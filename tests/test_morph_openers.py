"""A sentence that opens on its verb, as narration and reference books write it: slovnet takes the
capital for a name's and tags the verb PROPN or ADJ, so its event was lost. The tagger is shown
the word in lowercase (`morph.shown_words`); the Doc keeps the text as written."""
from __future__ import annotations

import pytest

from letopis.morphosyntax.morph import shown_words, verb_only


def events(doc):
    return [(doc.text[e["trigger"][0]:e["trigger"][1]], e["type"]) for e in doc._.events]


@pytest.mark.parametrize("text, verb, kind", [
    ("Брат долго болел. Учился он плохо.", "Учился", "EDUCATION"),
    ("Мать работала на фабрике. Окончила курсы стенографии в 1912 году.", "Окончила", "EDUCATION"),
    ("Варвара Тихоновна родилась в Костроме. Училась в гимназии у Покровских ворот.", "Училась", "EDUCATION"),
])
def test_a_sentence_opening_on_its_verb_keeps_the_event(nlp, text, verb, kind):
    doc = nlp(text)
    token = next(t for t in doc if t.text == verb)
    assert token.pos_ == "VERB"
    assert token.text == verb  # the text as written: only the tagger saw `учился`
    assert (verb, kind) in events(doc)


def test_a_name_or_a_noun_that_opens_a_sentence_keeps_its_capital_for_the_tagger(nlp):
    doc = nlp("Вчера приехал дядя. Пил он только чай, а Роман Ильич пил вино.")
    tokens = [t for t in doc.sents][1]
    assert shown_words(list(tokens))[0] == "Пил"  # also the first name Пил
    assert not verb_only("роман") and not verb_only("пил")
    assert verb_only("училась") and verb_only("окончил")


def test_an_old_gerund_keeps_its_capital(nlp):
    # the dictionary knows `заслыша` only as a gerund; slovnet reads it in lowercase as a noun
    assert not verb_only("заслыша")


def test_only_the_opening_word_is_shown_in_lowercase(nlp):
    doc = nlp("— Служил, — ответил Служилов.")
    words = shown_words([t for t in doc if not t.is_space])
    assert words[:2] == ["—", "служил"]
    assert "Служилов" in words
