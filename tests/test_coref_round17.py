"""Seventeenth round (coref17a): narration. A reflexive in a relative clause takes the person of
its `который`; a name apposed to the noun of an existential `быть` the parser made the predicate
is a subject. Sentences of our own, with cases where the rules must not fire."""
from __future__ import annotations

from spacy.tokens import Doc

from letopis.coref.mentions import name_referent
from letopis.coref.narration import existential
from mentioned import mentions


def test_a_reflexive_whose_subject_is_a_relative_takes_the_relative_s_person(nlp):
    # `своём` is bound by `который`, the subject of its clause, and `который` by `Орлова`
    text = "Мы долго говорили о Петре Орлове, который в молодости служил в своём родном полку."
    found = mentions(nlp, text)
    assert ("который", "pronoun", "Петре Орлове") in found
    assert ("своём", "pronoun", "Петре Орлове") in found


def test_a_reflexive_object_in_a_feminine_relative_clause(nlp):
    text = "К обеду приехала Анна Сомова, которая всегда возила с собой маленькую собачку."
    assert ("собой", "pronoun", "Анна Сомова") in mentions(nlp, text)


def test_a_reflexive_under_a_relative_of_a_thing_stays_no_one_s(nlp):
    # the rule must not fire: `которое` is a thing's (no mention), so `своё` is no person's
    text = "Пётр Орлов открыл окно, которое давно потеряло свою краску."
    found = mentions(nlp, text)
    assert not [m for m in found if m[0] in ("которое", "свою")]


def hand_parsed(nlp, words, heads, deps, pos, morphs) -> Doc:
    """A Doc with the tree the parser gives a sentence of this shape (the tests must not depend
    on the parser choosing it this time)."""
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, morphs=morphs)


def test_a_name_apposed_to_the_noun_of_an_existential_be_is_a_subject(nlp):
    # `В том городе был молодой лекарь — Сомов`: the parser hangs `был` on `городе` and makes
    # `лекарь` the root with no subject; the name apposed to it is the clause's subject
    words = ["В", "том", "городе", "был", "молодой", "лекарь", "—", "Сомов", "."]
    heads = [2, 2, 5, 2, 5, 5, 7, 5, 5]
    deps = ["case", "det", "obl", "cop", "amod", "root", "punct", "appos", "punct"]
    pos = ["ADP", "DET", "NOUN", "AUX", "ADJ", "NOUN", "PUNCT", "PROPN", "PUNCT"]
    morphs = ["", "Case=Loc", "Case=Loc|Number=Sing", "Number=Sing|Tense=Past|VerbForm=Fin", "Case=Nom",
              "Animacy=Anim|Case=Nom|Number=Sing", "", "Animacy=Anim|Case=Nom|Number=Sing", ""]
    doc = hand_parsed(nlp, words, heads, deps, pos, morphs)
    for token, lem in zip(doc, ["в", "тот", "город", "быть", "молодой", "лекарь", "—", "Сомов", "."]):
        token.lemma_ = lem
    assert existential(doc[5])
    referent = name_referent(doc[7:8], "Masc", 0, 0)
    assert referent.subject


def test_a_predicate_noun_with_a_written_subject_is_no_existential(nlp):
    # the rule must not fire: `Иван` is the written subject of `был человек`, and `Сомов` in
    # `был врачом` is a predicate in the instrumental
    for text in ("Иван Сомов был человек гордый.", "Это был Пётр Орлов.", "Отец его был врачом."):
        doc = nlp(text)
        root = next(t for t in doc if t.dep_ == "root")
        assert not existential(root), text
