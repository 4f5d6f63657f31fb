"""Kinds of coreference errors found on the second persons probe (`gold/probe/persons2/`,
issue 12, coref7), each fixed by a general rule: a title or rank opening a sentence is no part
of the name after it; a reflexive inside a participial phrase is the person of the noun the
participle qualifies; the subject of a verb of perception, thought, speech or feeling (and the
dative addressee of a verb of speech) is someone, never a thing that was a subject before.
Memoir, chronicle and news sentences of our own."""
from __future__ import annotations

import pytest

from letopis.coref.names import ClusterIndex
from letopis.labels import PER


def persons(nlp, text: str) -> list[str]:
    return [e.text for e in nlp(text).ents if e.label_ == PER]


def mentions(nlp, text: str) -> list[tuple[str, str | None]]:
    """(mention, the name it stands for) in text order."""
    doc = nlp(text)
    return [(text[start:end], text[named[0]:named[1]] if named else None)
            for start, end, kind, named, *_ in doc._.mentions]


# --- a title, rank or kinship word opening a sentence stays outside the name (GUIDELINES 8.3) ---

@pytest.mark.parametrize("text, name", [
    ("Граф Орлов приехал к ужину.", "Орлов"),
    ("Барон Штольц тоже пришёл на бал.", "Штольц"),
    ("Генерал Ростов вошёл в зал, и все встали.", "Ростов"),
    ("Князь Мещерский приехал в полдень.", "Мещерский"),
    ("Купец Сидоров запер лавку и ушёл домой.", "Сидоров"),
])
def test_a_title_opening_a_sentence_is_outside_the_name(nlp, text, name):
    assert persons(nlp, text) == [name]


@pytest.mark.parametrize("text, names", [
    # first names that are also words, or have a name reading, keep their place in the name
    ("Лев Толстой жил в деревне.", ["Лев Толстой"]),
    ("Вера Фигнер вернулась из крепости.", ["Вера Фигнер"]),
    # a byname the document capitalises inside a sentence too is the name itself
    ("В деревне его звали Дядя Ваня. Дядя Ваня приходил по субботам.", ["Дядя Ваня", "Дядя Ваня"]),
])
def test_a_name_that_begins_with_a_word_keeps_it(nlp, text, names):
    assert persons(nlp, text) == names


def test_the_pronoun_after_a_titled_name_takes_the_name(nlp):
    # memoir: the baron is the one who told the story
    text = "Барон Штольц тоже пришёл на бал. Он рассказывал, что был в Париже."
    assert ("Он", "Штольц") in mentions(nlp, text)


# --- a reflexive inside a participial phrase: the noun the participle qualifies ---

def test_the_reflexive_of_a_participle_is_the_noun_it_qualifies(nlp):
    # chronicle: the colonel lost his own sabre
    found = mentions(nlp, "Полковник Жуков, потерявший свою саблю в бою, вернулся в полк.")
    assert ("свою", "Жуков") in found


def test_the_reflexive_of_a_participle_on_an_object(nlp):
    # memoir: Somov carries his own books, not the narrator's
    found = mentions(nlp, "Мы встретили Сомова, несущего свои книги в библиотеку.")
    assert ("свои", "Сомова") in found


def test_the_reflexive_of_a_gerund_hung_on_the_subject(nlp):
    # news: the merchant is angry at his own losses (the parser reads the gerund as a participle)
    found = mentions(nlp, "Купец Сидоров, негодуя на свои убытки, заперся в лавке.")
    assert ("свои", "Сидоров") in found


# --- a verb of perception, thought, speech or feeling has someone for its subject ---

@pytest.mark.parametrize("text, mention, name", [
    # chronicle: the bridge was the last subject, but a bridge sees nothing
    ("Мельник Ершов вышел на плотину. Мост ещё стоял. Тут он увидел лодку.", "он", "Ершов"),
    ("Мельник Ершов вышел на плотину. Мост ещё стоял. Тут увидел лодку у берега.", "увидел", "Ершов"),
    # memoir: the wind is no one who hears
    ("Лесник Грачёв поднялся на холм. Ветер утих. Вдруг услышал выстрел.", "услышал", "Грачёв"),
    # the addressee of a verb of speech: someone, not the bell
    ("Лукин стоял у крыльца. Колокол звонил, и сторож крикнул ему что-то.", "ему", "Лукин"),
])
def test_the_subject_of_a_verb_of_perception_or_speech_is_a_person(nlp, text, mention, name):
    assert (mention, name) in mentions(nlp, text)


def test_a_thing_still_takes_a_pronoun_of_a_verb_of_another_kind(nlp):
    # news: the bridge, not the engineer, is what collapsed
    found = mentions(nlp, "Инженер Сомов осмотрел мост. Мост был старый. Через неделю он рухнул.")
    assert ("он", "Сомов") not in found


# --- a word the tagger misread as a finite verb has no unwritten subject ---

@pytest.mark.parametrize("text, word", [
    # a conjunction of old prose, tagged a future tense
    ("Лаптев ждал гостей. Вечером ежели кто приходил, он радовался.", "ежели"),
    # a gerund before the verb of speech, tagged a past tense
    ("Лаптев сидел у окна. -- Ну, -- улыбнувшись, сказал Лаптев.", "улыбнувшись"),
])
def test_a_word_the_dictionary_knows_as_no_verb_is_no_zero_subject(nlp, text, word):
    assert word not in [m for m, _ in mentions(nlp, text)]


def test_a_short_participle_predicate_keeps_its_unwritten_subject(nlp):
    # chronicle: `взят` is the predicate of the captured man
    found = mentions(nlp, "Есаул Зарубин бежал из лагеря. Через неделю взят был в степи.")
    assert ("взят", "Зарубин") in found or ("был", "Зарубин") in found


# --- a one-word name the normalizer left in an oblique case is the same person ---

@pytest.mark.parametrize("first, second, same", [
    ("Барсук", "Барсуку", True),
    ("Кулик", "Куликом", True),
    ("Хомяк", "Хомяка", True),
    # the `-а` of a possessive surname is a woman of that name, not a case of the man's
    ("Орлов", "Орлова", False),
    ("Пушкин", "Пушкина", False),
    ("Белоцкий", "Белоцкого", False),
])
def test_a_bare_name_in_an_oblique_case_is_the_nominative_person(first, second, same):
    index = ClusterIndex()
    assert (index.assign(PER, first) == index.assign(PER, second)) is same


# --- a noun in the accusative is no subject for a reflexive, whatever the parse says ---

def test_the_reflexive_skips_an_accusative_the_parser_made_a_subject():
    # chronicle: «Он собрал людей и, велев прочесть перед своими полками указ, выступил», parsed
    # (as the parser does on long sentences) with `указ` for the subject of `выступил`: the
    # regiments are his, the one of the chain `собрал ... выступил`
    from spacy.tokens import Doc
    from spacy.vocab import Vocab
    from letopis.coref.stage import clause_subject
    words = ["Он", "собрал", "людей", "и", ",", "велев", "прочесть", "перед", "своими", "полками", "указ", ",",
             "выступил"]
    heads = [1, 1, 1, 12, 12, 12, 5, 9, 9, 12, 12, 12, 1]
    deps = ["nsubj", "ROOT", "obj", "cc", "punct", "advcl", "xcomp", "case", "det", "obl", "nsubj", "punct", "conj"]
    pos = ["PRON", "VERB", "NOUN", "CCONJ", "PUNCT", "VERB", "VERB", "ADP", "DET", "NOUN", "NOUN", "PUNCT", "VERB"]
    morphs = ["Case=Nom|Gender=Masc|Number=Sing|Person=3", "VerbForm=Fin|Tense=Past", "Case=Acc", "", "",
              "VerbForm=Conv", "VerbForm=Inf", "", "Case=Ins", "Case=Ins", "Animacy=Inan|Case=Acc", "",
              "VerbForm=Fin|Tense=Past"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, morphs=morphs)
    assert clause_subject(doc[8]).text == "Он"


# --- a gerund has the subject of its clause, wherever the parser hung it ---

def test_a_gerund_tagged_a_participle_still_has_the_clause_subject(nlp):
    # memoir: Marfa waves at her sister; `махая` is read as a participle of `сестре`
    found = mentions(nlp, "Марфа уже заслонила дверь сестре Анне, махая на неё фартуком.")
    assert ("неё", "Анне") in found


def _doc(words, heads, deps, pos, morphs, lemmas=None):
    """A parsed sentence as the parser may give it: one sentence, lemmas as given or the words."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, morphs=morphs,
               lemmas=lemmas or [w.lower() for w in words], sent_starts=[True] + [False] * (len(words) - 1))


def test_a_gerund_hung_on_a_word_misread_as_a_participle_binds_the_clause_subject():
    # «сказал Лесков, вежливо обращаясь к нему», parsed with `вежливо` a participle on the name
    # and the gerund its object: `нему` is not the subject of `сказал`
    from letopis.coref.resolve import clause_verbs
    doc = _doc(["сказал", "Лесков", ",", "вежливо", "обращаясь", "к", "нему"], [0, 0, 3, 1, 3, 6, 4],
               ["ROOT", "nsubj", "punct", "acl", "obj", "case", "nmod"],
               ["VERB", "PROPN", "PUNCT", "VERB", "VERB", "ADP", "PRON"],
               ["VerbForm=Fin|Tense=Past", "Case=Nom", "", "VerbForm=Part", "VerbForm=Conv", "", "Case=Dat|Person=3"])
    assert 0 in clause_verbs(doc[6])


def test_a_participle_tagged_a_gerund_qualifies_its_noun():
    # «встретил толпу, кинувшуюся на него»: the dictionary knows `кинувшуюся` only as a
    # participle, so `него` may be the one who met the crowd
    from letopis.coref.resolve import clause_verbs
    doc = _doc(["Петров", "встретил", "толпу", ",", "кинувшуюся", "на", "него"], [1, 1, 1, 4, 2, 6, 4],
               ["nsubj", "ROOT", "obj", "punct", "acl", "case", "obl"],
               ["PROPN", "VERB", "NOUN", "PUNCT", "VERB", "ADP", "PRON"],
               ["Case=Nom", "VerbForm=Fin|Tense=Past", "Case=Acc", "", "VerbForm=Conv", "", "Case=Acc|Person=3"])
    assert 1 not in clause_verbs(doc[6])


# --- the dative addressee of a verb of speech may come before its subject ---

def test_a_subject_after_the_addressee_of_a_verb_of_speech_is_written():
    # «— Пора, — сказал полковнику князь Сомов», parsed with `князь` an object: the subject is
    # written after the addressee, so `сказал` has no unwritten subject
    from letopis.coref.mentions import written_after
    doc = _doc(["--", "сказал", "полковнику", "князь", "Сомов", "."], [1, 1, 1, 1, 3, 1],
               ["punct", "ROOT", "iobj", "obj", "flat:name", "punct"],
               ["PUNCT", "VERB", "NOUN", "NOUN", "PROPN", "PUNCT"],
               ["", "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Fin", "Animacy=Anim|Case=Dat|Number=Sing",
                "Animacy=Anim|Case=Nom|Gender=Masc|Number=Sing", "Case=Nom|Gender=Masc|Number=Sing", ""],
               ["--", "сказать", "полковник", "князь", "Сомов", "."])
    assert written_after(doc[1]).text == "князь"


def test_past_a_dative_of_another_verb_a_nominative_is_no_subject():
    # a verb of no speech stops at the dative as before: past an object, a nominative is no subject
    from letopis.coref.mentions import written_after
    doc = _doc(["--", "вернулся", "домой", "брату", "сосед", "."], [1, 1, 1, 1, 3, 1],
               ["punct", "ROOT", "advmod", "iobj", "nmod", "punct"],
               ["PUNCT", "VERB", "ADV", "NOUN", "NOUN", "PUNCT"],
               ["", "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Fin", "", "Animacy=Anim|Case=Dat|Number=Sing",
                "Animacy=Anim|Case=Nom|Gender=Masc|Number=Sing", ""],
               ["--", "вернуться", "домой", "брат", "сосед", "."])
    assert written_after(doc[1]) is None


def test_a_body_that_reports_is_no_person(nlp):
    # `сообщить`, `объявить` are also what a newspaper or a government does: not in person_verbs.tsv
    assert [text for text, _ in mentions(nlp, "Газета вышла утром. Она сообщила о пожаре.")] == []
