"""Sixteenth round (coref16): a reflexive of coordinated verbs whose shared subject is unwritten,
and a person's name the tagger read as an inanimate accusative. Sentences of our own, with cases
where the rules must not fire."""
from __future__ import annotations

from spacy.tokens import Span

from letopis.coref.stage import accusative, clause_subject, nominative_name
from mentioned import mentions


def test_a_reflexive_of_a_coordinated_verb_takes_the_shared_unwritten_subject(nlp):
    # one zero mention on `вернулся`, shared by `поел` and `сел`; `свой` is the same man's
    text = "Пётр Сомов долго стоял у окна. Потом вернулся домой, поел и сел за свой стол."
    found = mentions(nlp, text)
    assert ("вернулся", "zero", "Пётр Сомов") in found
    assert ("свой", "pronoun", "Пётр Сомов") in found


def test_a_reflexive_of_a_thing_s_coordinated_verbs_stays_no_one_s(nlp):
    # the rule must not fire: the verbs have a written subject, a thing; `свою` is no person's
    text = "Пётр Сомов долго стоял у окна. Старое письмо упало со стола и потеряло свою печать."
    assert not [m for m in mentions(nlp, text) if m[0] == "свою"]


def test_a_name_read_as_an_inanimate_accusative_is_the_subject(nlp):
    # `Ростов` is also a town: the tagger reads it as an inanimate accusative, the form of the
    # nominative; as a person's name it is the subject, and `свою` is his
    doc = nlp("Ростов недавно купил свою первую лошадь.")
    doc.ents = [Span(doc, 0, 1, label="PER")]
    name, own = doc[0], doc[3]
    assert own.text == "свою" and name.morph.get("Case") == ["Acc"] and name.dep_ == "nsubj"
    assert nominative_name(name) and not accusative(name)
    assert clause_subject(own).i == name.i


def test_a_name_in_the_genitive_form_stays_an_accusative(nlp):
    # the rule must not fire: a man's name in the accusative has the genitive's ending
    doc = nlp("Вчера я видел Ростова на бульваре.")
    doc.ents = [Span(doc, 3, 4, label="PER")]
    assert not nominative_name(doc[3])
    # nor for a word that is no person's name
    doc = nlp("Вечером мы купили самовар.")
    assert not nominative_name(doc[3])


def test_a_reflexive_in_the_author_s_words_takes_the_subject_written_after_it(nlp):
    # the author's words inside a quoted line put the verb first and the subject after the
    # reflexive (`думала про себя княжна Анна`); the parser left the verb without a subject
    text = "Утром приехала княжна Анна Орлова. «Здесь тихо, — думала про себя княжна Анна, — здесь никто не помешает»."
    assert ("себя", "pronoun", "Анна") in mentions(nlp, text)


def test_a_reflexive_in_the_author_s_words_without_a_subject_after_it_is_not_forced(nlp):
    # the rule must not fire: no nominative after the verb; the narrator's `я` says it
    text = "Утром приехала Анна Орлова. «Здесь тихо, — думал я про себя, — здесь никто не помешает»."
    assert ("себя", "pronoun", "Анна Орлова") not in mentions(nlp, text)
    assert ("себя", "pronoun", "Анна") not in mentions(nlp, text)
