"""The second pass over the third persons probe (`gold/probe/persons3/`, coref8b): kinds of
coreference error fixed by general rules, with chronicle, memoir and court-report sentences of
our own, and cases where each rule must not fire.

- a name set off as an address in a quotation inside the narration (not a dialogue line) names
  the one the words are said to, the object or dative of the verb of speech that introduces the
  quotation, and so the chain of the common noun that person was described by.
"""
from __future__ import annotations

import pytest


def mentions(nlp, text: str) -> list[tuple[str, str | None]]:
    """(mention text, the name it stands for) of each pronoun or unwritten subject, in order."""
    doc = nlp(text)
    return [(text[start:end], text[named[0]:named[1]] if named else None)
            for start, end, kind, named, *_ in doc._.mentions]


@pytest.mark.parametrize("text, mention, name", [
    # a court report: the accused, described by a noun, is named by the judge's address
    ("В зал ввели худого арестанта, и все на него оглянулись. Судья спросил его строго: "
     "«Признаёшься ли ты, Степан Лыков, в краже лошади?»", "него", "Степан Лыков"),
    # a memoir: the dative of `сказал`
    ("Староста привёл к барину беглого солдата, и барин долго на него смотрел. "
     "Потом сказал ему: «Ступай домой, Иван Сомов, и больше не бегай».", "него", "Иван Сомов"),
])
def test_a_quoted_address_names_the_one_spoken_to(nlp, text, mention, name):
    assert (mention, name) in mentions(nlp, text)


@pytest.mark.parametrize("address, name", [("Иван Сомов, и больше не бегай", "Иван Сомов"), ("Анна Сомова", None)])
def test_the_words_after_a_quotation_say_to_whom(nlp, address, name):
    # a memoir: the verb of speech after the quotation, `— сказал барин ему`; a woman's name is
    # not the soldier's
    text = f"Барин долго глядел на беглого солдата, потом подозвал его к себе. «Ступай домой, {address}», — сказал барин ему."
    assert ("его", name) in mentions(nlp, text)


def test_no_name_for_the_other_gender(nlp):
    # `Анна Петровна` is a woman: the stranger `он` spoken to is not she
    text = "Незнакомец подошёл к нам у ворот. Мать спросила его тихо: «Вы к кому, Анна Петровна?»"
    assert all(name is None for _, name in mentions(nlp, text))


def test_a_named_person_spoken_to_keeps_his_name(nlp):
    # the one spoken to has a name of his own: the address is someone else's name (`Степан`), a
    # question about who he is, and his chain learns nothing
    text = "Урядник долго допрашивал Петра Орлова. Потом спросил его: «Не видал ли ты, Степан Лыков, коня?» Орлов молчал."
    doc = nlp(text)
    clusters = {span.text: span._.cluster for span in doc.ents if span.label_ == "PER"}
    assert clusters["Петра Орлова"] == clusters["Орлов"] != clusters["Степан Лыков"]
    assert ("его", "Петра Орлова") in mentions(nlp, text)


def test_an_address_in_narration_without_a_verb_of_speech(nlp):
    # no verb of speech says to whom: the watchman's chain takes no name
    text = "Сторож долго ходил вокруг дома, и мы следили за ним. На воротах висела надпись: «Берегись, Пётр Гусев!»"
    assert ("ним", "Пётр Гусев") not in mentions(nlp, text)


# A noun's morphology where the tagger and the dictionary disagree: the dictionary's gender of a
# nominative it knows with one gender only; a pronominal adjective the tagger made a noun is none.

from spacy.tokens import Doc

from letopis.coref.mentions import dictionary_gender, noun_referent


@pytest.mark.parametrize("word, gender", [
    ("сводня", "Fem"), ("невеста", "Fem"), ("старик", "Masc"), ("врач", "Masc"),
    ("сирота", None), ("коллега", None),  # of common gender: either
])
def test_the_dictionary_gender_of_a_noun(word, gender):
    assert dictionary_gender(word) == gender


def tagged(nlp, word: str, morph: str, dep: str = "nsubj") -> Doc:
    """`<word> пришла .` with the tagger's reading of the first word as given."""
    return Doc(nlp.vocab, words=[word, "пришла", "."], heads=[1, 1, 1], deps=[dep, "ROOT", "punct"],
               pos=["NOUN", "VERB", "PUNCT"],
               morphs=[morph, "Aspect=Perf|Gender=Fem|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin", ""])


def test_a_misread_gender_yields_to_the_dictionary(nlp):
    # `Соседка-сводня пришла`: the tagger read `сводня` masculine; she is no `он`
    doc = tagged(nlp, "сводня", "Animacy=Anim|Case=Nom|Gender=Masc|Number=Sing")
    assert noun_referent(doc[0], 0, 0).gender == "Fem"
    # a noun of common gender: the dictionary does not decide, the tagger's reading stays
    doc = tagged(nlp, "сирота", "Animacy=Anim|Case=Nom|Gender=Masc|Number=Sing")
    assert noun_referent(doc[0], 0, 0).gender == "Masc"


def test_a_possessive_tagged_a_noun_is_no_one(nlp):
    doc = tagged(nlp, "твоему", "Animacy=Inan|Case=Dat|Gender=Masc|Number=Sing", dep="iobj")
    assert noun_referent(doc[0], 0, 0) is None
    # a substantivised adjective is a noun of a person
    doc = tagged(nlp, "раненый", "Animacy=Anim|Case=Nom|Gender=Masc|Number=Sing")
    assert noun_referent(doc[0], 0, 0).person
