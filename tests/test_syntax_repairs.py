"""Repairs of slovnet's tags and trees (`morphosyntax/repairs.py`): short participles and gerunds
the tagger took for nouns or adjectives, the conjunct of a participle, the gerund's clause, the
`что` that opens a clause. The sentences are our own; each test says what a reader sees in it.
"""
from __future__ import annotations

import pytest


def analysis(doc, word):
    token = next(token for token in doc if token.text == word)
    return token.pos_, token.lemma_, token.head.text, token.dep_


def test_a_short_participle_after_and_is_a_verb_with_its_place(nlp):
    # `сослан` is also read as the first name Сослан; lowercase it is the participle of `сослать`
    doc = nlp("В 1912 году учитель был арестован и сослан в Вологодскую губернию.")
    pos, lemma, head, dep = analysis(doc, "сослан")
    assert (pos, lemma) == ("VERB", "сослать")
    assert doc[[t.text for t in doc].index("сослан")].morph.get("Variant") == ["Short"]
    assert (head, dep) == ("арестован", "conj")
    assert analysis(doc, "губернию")[2:] == ("сослан", "obl")
    assert analysis(doc, "и")[2:] == ("сослан", "cc")


def test_the_participle_conjunct_repair_on_a_tree_as_slovnet_gives_it(nlp):
    from spacy.tokens import Doc

    from letopis.morphosyntax.repairs import participle_conjunct
    # `Брат был ранен и отправлен в госпиталь .`, with `отправлен` hung as the subject of `ранен`,
    # `госпиталь` as its nmod
    words = ["Брат", "был", "ранен", "и", "отправлен", "в", "госпиталь", "."]
    doc = Doc(nlp.vocab, words=words, pos=["NOUN", "AUX", "VERB", "CCONJ", "VERB", "ADP", "NOUN", "PUNCT"],
              morphs=["", "", "Variant=Short|VerbForm=Part", "", "Variant=Short|VerbForm=Part", "", "", ""],
              sent_starts=[True] + [False] * 7)
    heads = {0: (2, "nsubj:pass"), 1: (2, "aux:pass"), 2: (2, "root"), 3: (4, "cc"), 4: (2, "nsubj:pass"),
             5: (6, "case"), 6: (4, "nmod"), 7: (2, "punct")}
    participle_conjunct(doc, heads)
    assert heads[4] == (2, "conj") and heads[6] == (4, "obl") and heads[0] == (2, "nsubj:pass")


def test_a_participle_after_a_comma_or_a_finite_verb_is_left_alone(nlp):
    from spacy.tokens import Doc

    from letopis.morphosyntax.repairs import participle_conjunct
    # `Дом был построен , и рабочие уехали` has no participle after `и`; `Город взят , и спасён .`
    # has a comma between the participles: the tree stays as given
    words = ["Город", "взят", ",", "и", "спасён", "."]
    doc = Doc(nlp.vocab, words=words, pos=["NOUN", "VERB", "PUNCT", "CCONJ", "VERB", "PUNCT"],
              morphs=["", "Variant=Short|VerbForm=Part", "", "", "Variant=Short|VerbForm=Part", ""],
              sent_starts=[True] + [False] * 5)
    heads = {0: (1, "nsubj:pass"), 1: (1, "root"), 2: (1, "punct"), 3: (4, "cc"), 4: (0, "nmod"), 5: (1, "punct")}
    given = dict(heads)
    participle_conjunct(doc, heads)
    assert heads == given


@pytest.mark.parametrize("text, word, lemma", [
    ("Выслушав сестру, мать заплакала.", "Выслушав", "выслушать"),
    ("Доложив хозяину обо всём, приказчик ушёл.", "Доложив", "доложить"),
    ("Он вернулся в город, не простившись с отцом.", "простившись", "проститься"),
])
def test_a_word_that_can_only_be_a_gerund_is_a_verb_on_the_main_verb(nlp, text, word, lemma):
    doc = nlp(text)
    token = next(token for token in doc if token.text == word)
    assert (token.pos_, token.lemma_) == ("VERB", lemma)
    assert token.morph.get("VerbForm") == ["Conv"]
    assert token.dep_ == "advcl" and token.head.morph.get("VerbForm") == ["Fin"], (token.head, token.dep_)


def test_the_gerund_heads_its_own_phrase(nlp):
    # slovnet makes `хозяину` the root and `Доложив` its modifier; the repair turns it round
    doc = nlp("Доложив хозяину обо всём, приказчик ушёл.")
    assert analysis(doc, "ушёл")[3] == "root"
    assert analysis(doc, "хозяину")[2:] == ("Доложив", "iobj")
    assert analysis(doc, "приказчик")[2:] == ("ушёл", "nsubj")


def test_a_word_with_another_reading_keeps_its_tag(nlp):
    from letopis.morphosyntax.repairs import only_reading
    # `убит` is also the short adjective `убитый`, `стоя` the adverb: no reading is sure
    assert only_reading("убит", "PRTS") is None
    assert only_reading("стоя", "GRND") is None
    assert only_reading("арестован", "PRTS").normal_form == "арестовать"
    assert only_reading("сослан", "PRTS").normal_form == "сослать"  # lowercase: not the name
    assert only_reading("Сослан", "PRTS") is None                     # capitalised: may be the name


def test_what_opens_a_clause_after_a_speech_verb_is_its_mark(nlp):
    doc = nlp("Соседка всем повторяла, что видела вора.")
    assert analysis(doc, "что")[2:] == ("видела", "mark")
    assert analysis(doc, "что")[0] == "SCONJ"
    assert analysis(doc, "вора")[2:] == ("видела", "obj")


def test_what_as_the_object_of_its_own_clause_stays_its_object(nlp):
    from spacy.tokens import Doc

    from letopis.morphosyntax.repairs import clause_mark
    # `Он спросил , что купила мать .`: `купила` has no other object, `что` is its object
    words = ["Он", "спросил", ",", "что", "купила", "мать", "."]
    doc = Doc(nlp.vocab, words=words, pos=["PRON", "VERB", "PUNCT", "PRON", "VERB", "NOUN", "PUNCT"],
              sent_starts=[True] + [False] * 6)
    heads = {0: (1, "nsubj"), 1: (1, "root"), 2: (4, "punct"), 3: (4, "obj"), 4: (1, "ccomp"),
             5: (4, "nsubj"), 6: (1, "punct")}
    clause_mark(doc, heads)
    assert heads[3] == (4, "obj") and doc[3].pos_ == "PRON"


def test_a_repair_that_would_break_the_tree_is_undone(nlp, monkeypatch):
    from spacy.tokens import Doc

    import letopis.morphosyntax.repairs as repairs

    def cycle(doc, heads):  # a faulty repair: hangs the root on its dependent
        heads[1] = (0, "obj")
        doc[0].pos_ = "VERB"

    monkeypatch.setattr(repairs, "TREE_REPAIRS", (cycle,))
    doc = Doc(nlp.vocab, words=["Он", "спал", "."], pos=["PRON", "VERB", "PUNCT"], sent_starts=[True, False, False])
    heads = {0: (1, "nsubj"), 1: (1, "root"), 2: (1, "punct")}
    repairs.repair_tree(doc, heads)
    assert heads == {0: (1, "nsubj"), 1: (1, "root"), 2: (1, "punct")} and doc[0].pos_ == "PRON"


def test_a_gerund_hung_on_the_subject_is_the_verbs(nlp):
    from spacy.tokens import Doc

    from letopis.morphosyntax.repairs import gerund_clause
    # `Старик , сидя у окна , читал газету .` with `сидя` hung on `Старик` as `acl`, as slovnet
    # does: a gerund tells how the action went, it is the verb's `advcl`
    words = ["Старик", ",", "сидя", "у", "окна", ",", "читал", "газету", "."]
    doc = Doc(nlp.vocab, words=words, pos=["NOUN", "PUNCT", "VERB", "ADP", "NOUN", "PUNCT", "VERB", "NOUN", "PUNCT"],
              morphs=["", "", "VerbForm=Conv", "", "", "", "VerbForm=Fin", "", ""], sent_starts=[True] + [False] * 8)
    heads = {0: (6, "nsubj"), 1: (2, "punct"), 2: (0, "acl"), 3: (4, "case"), 4: (2, "obl"), 5: (2, "punct"),
             6: (6, "root"), 7: (6, "obj"), 8: (6, "punct")}
    gerund_clause(doc, heads)
    assert heads[2] == (6, "advcl") and heads[4] == (2, "obl") and heads[0] == (6, "nsubj")


def test_the_verb_of_a_clause_opened_by_that_is_not_the_root(nlp):
    from spacy.tokens import Doc

    from letopis.morphosyntax.repairs import subordinate_root
    # `Сосед , узнав , что мост снесло , остался дома .` with `снесло` made the root and the main
    # verb `остался` hung on it as a second root, as slovnet's two roots are merged
    words = ["Сосед", ",", "узнав", ",", "что", "мост", "снесло", ",", "остался", "дома", "."]
    doc = Doc(nlp.vocab, words=words,
              pos=["NOUN", "PUNCT", "VERB", "PUNCT", "SCONJ", "NOUN", "VERB", "PUNCT", "VERB", "ADV", "PUNCT"],
              morphs=["", "", "VerbForm=Conv", "", "", "", "VerbForm=Fin", "", "VerbForm=Fin", "", ""],
              sent_starts=[True] + [False] * 10)
    heads = {0: (6, "nsubj"), 1: (2, "punct"), 2: (6, "advcl"), 3: (6, "punct"), 4: (6, "mark"), 5: (6, "obj"),
             6: (6, "root"), 7: (8, "punct"), 8: (6, "root"), 9: (8, "advmod"), 10: (6, "punct")}
    subordinate_root(doc, heads)
    assert heads[8] == (8, "root") and heads[6] == (2, "ccomp")     # what he learned
    assert heads[0] == (8, "nsubj") and heads[2] == (8, "advcl")    # the neighbour stayed, learning
    assert heads[4] == (6, "mark") and heads[10] == (8, "punct")


def test_a_surname_that_is_also_a_gerund_stays_a_name(nlp):
    # `Синев` is the gerund of `синеть` too; inside a sentence, capitalised, it is a surname
    doc = nlp("Вчера в гости приехал Пётр Синев с женой.")
    assert analysis(doc, "Синев")[0] == "PROPN"
    doc = nlp("Поработав на заводе, Пётр уехал в Тулу.")
    assert analysis(doc, "Поработав")[0] == "VERB"


@pytest.mark.parametrize("text, word, lemma, tense, given", [
    ("Разбойники удавили купца в лесу.", "удавили", "удавить", "Past", "NOUN"),
    ("Мальчик низко кланялся гостям.", "кланялся", "кланяться", "Past", "VERB Part"),
    ("Бабушка молилась и клала поклоны.", "клала", "класть", "Past", "VERB Inf"),
])
def test_a_word_that_can_only_be_a_finite_verb_is_one(nlp, text, word, lemma, tense, given):
    # `given`: what slovnet tags the word in this sentence; every dictionary reading is a finite verb
    doc = nlp(text)
    token = next(token for token in doc if token.text == word)
    assert (token.pos_, token.lemma_) == ("VERB", lemma)
    assert token.morph.get("VerbForm") == ["Fin"] and token.morph.get("Mood") == ["Ind"]
    assert token.morph.get("Tense") == [tense]


def test_the_finite_verb_takes_its_features_from_the_dictionary(nlp):
    doc = nlp("Мальчик низко кланялся гостям.")
    token = doc[2]
    assert token.morph.get("Voice") == ["Mid"] and token.morph.get("Aspect") == ["Imp"]
    assert token.morph.get("Gender") == ["Masc"] and token.morph.get("Number") == ["Sing"]
    assert token.morph.get("Case") == []  # the participle's case is gone
    doc = nlp("Старик взмахнул рукой и ушёл.")
    assert analysis(doc, "взмахнул")[:2] == ("VERB", "взмахнуть")
    assert doc[1].morph.get("Tense") == ["Past"] and doc[1].morph.get("VerbForm") == ["Fin"]


def tagged_doc(nlp, words, pos, morphs=None):
    from spacy.tokens import Doc
    return Doc(nlp.vocab, words=words, pos=pos, morphs=morphs or [""] * len(words),
               sent_starts=[True] + [False] * (len(words) - 1))


def test_what_can_be_another_word_keeps_its_tag(nlp):
    from letopis.morphosyntax.repairs import finite
    # `пила` is also the saw, `села` the village's genitive, `вели` also `велеть`'s imperative,
    # `уехать` an infinitive, `старая` an adjective: none is a finite verb in every reading
    doc = tagged_doc(nlp, ["Мать", "пила", "чай", ",", "вели", "уехать", "старая"],
                     ["NOUN", "NOUN", "NOUN", "PUNCT", "NOUN", "VERB", "ADJ"],
                     ["", "", "", "", "", "VerbForm=Inf", ""])
    assert [finite(token, token.text) for token in doc] == [None] * 7


def test_a_capitalised_verb_form_inside_a_sentence_or_an_auxiliary_stays(nlp):
    from letopis.morphosyntax.repairs import finite
    # `Мигал` inside a sentence, capitalised, is a surname; opening it, a verb (`Мигал фонарь.`);
    # `был` tagged AUX is the copula UD makes it; `приехал` is a finite verb already
    doc = tagged_doc(nlp, ["Вчера", "приехал", "Иван", "Мигал", ",", "был"],
                     ["ADV", "VERB", "PROPN", "PROPN", "PUNCT", "AUX"], ["", "VerbForm=Fin", "", "", "", ""])
    assert [finite(token, token.text) for token in doc] == [None] * 6
    doc = tagged_doc(nlp, ["Мигал", "фонарь", "."], ["ADJ", "NOUN", "PUNCT"])
    assert finite(doc[0], "Мигал")["VerbForm"] == "Fin"
    assert finite(doc[0], "Мигал")["Tense"] == "Past"


@pytest.mark.parametrize("text, word", [
    ("Полк двинулся со всею силою на правый фланг.", "всею"),
    ("Всею душой он любил старый сад.", "Всею"),
    ("Сею рукою подписан приказ об отставке.", "Сею"),
])
def test_the_old_instrumental_of_a_pronoun_is_no_verb(nlp, text, word):
    # pymorphy3 knows `всею` only as `всеять`, `сею` only as `сеять`: before an instrumental noun
    # they are `весь`'s and `сей`'s old long instrumental, as slovnet tags them
    doc = nlp(text)
    token = next(token for token in doc if token.text == word)
    assert token.pos_ == "DET" and token.morph.get("VerbForm") == [] and token.morph.get("Case") == ["Ins"]


def test_a_first_person_verb_in_ею_stays_a_verb(nlp):
    from letopis.morphosyntax.repairs import finite
    doc = nlp("Весной я сею рожь в поле.")
    assert analysis(doc, "сею")[:2] == ("VERB", "сеять")
    # tagged an adjective with no instrumental after it, the word is still the verb
    doc = tagged_doc(nlp, ["Сею", "рожь", "."], ["ADJ", "NOUN", "PUNCT"])
    assert finite(doc[0], "Сею")["Person"] == "1"


def test_the_old_instrumental_takes_the_pronoun_as_its_lemma(nlp):
    doc = nlp("Полк двинулся со всею силою, которою располагал.")
    assert analysis(doc, "всею")[:2] == ("DET", "весь")
    # slovnet does not know `которою` (an adverb here); the relative is what coreference reads
    assert analysis(doc, "которою")[:2] == ("PRON", "который")
    doc = nlp("Это была та девушка, с которою он танцевал весь вечер.")
    assert analysis(doc, "которою")[:2] == ("PRON", "который")


def test_a_finite_verb_hung_on_its_noun_takes_the_noun_s_place(nlp):
    from spacy.tokens import Doc

    from letopis.morphosyntax.repairs import finite_on_noun
    # `— Уходи ! — вскрикнула хозяйка .` with `вскрикнула` hung as `acl` on `хозяйка`, the noun
    # as the `parataxis` of `Уходи`
    words = ["—", "Уходи", "!", "—", "вскрикнула", "хозяйка", "."]
    doc = Doc(nlp.vocab, words=words, pos=["PUNCT", "VERB", "PUNCT", "PUNCT", "VERB", "NOUN", "PUNCT"],
              morphs=["", "Mood=Imp|VerbForm=Fin", "", "",
                      "Gender=Fem|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin", "Case=Nom|Gender=Fem|Number=Sing", ""],
              sent_starts=[True] + [False] * 6)
    heads = {0: (1, "punct"), 1: (1, "root"), 2: (1, "punct"), 3: (5, "punct"), 4: (5, "acl"),
             5: (1, "parataxis"), 6: (1, "punct")}
    finite_on_noun(doc, heads)
    assert heads[4] == (1, "parataxis") and heads[5] == (4, "nsubj") and heads[3] == (4, "punct")
    # an accusative noun is the object; a verb the dictionary cannot read as one is left alone
    words = ["Солдат", "отстегнул", "саблю", "."]
    doc = Doc(nlp.vocab, words=words, pos=["NOUN", "VERB", "NOUN", "PUNCT"],
              morphs=["Case=Nom", "Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin", "Case=Acc", ""],
              sent_starts=[True, False, False, False])
    heads = {0: (2, "nsubj"), 1: (2, "amod"), 2: (2, "root"), 3: (2, "punct")}
    finite_on_noun(doc, heads)
    assert heads[1] == (1, "root") and heads[2] == (1, "obj") and heads[0] == (1, "nsubj")



@pytest.mark.parametrize("text, verb, noun, verb_at, noun_at", [
    # slovnet hangs the verb as `amod` of the noun beside it; the noun was the root's `parataxis`
    # or the subject's conjunct
    ("— Иди домой! — вскрикнула старуха.", "вскрикнула", "старуха", ("Иди", "parataxis"), ("вскрикнула", "nsubj")),
    ("В углу сидел старый сторож и вязал сеть.", "вязал", "сеть", ("сидел", "conj"), ("вязал", "obj")),
])
def test_a_verb_hung_on_the_noun_beside_it_is_the_noun_s_verb(nlp, text, verb, noun, verb_at, noun_at):
    doc = nlp(text)
    assert analysis(doc, verb)[2:] == verb_at
    assert analysis(doc, noun)[2:] == noun_at


# `infinitive` (fifteenth round, narr15): a word the dictionary reads only as an infinitive, that
# slovnet tagged otherwise
def test_a_word_that_can_only_be_an_infinitive_is_a_verb(nlp):
    from spacy.tokens import Doc

    from letopis.morphosyntax.repairs import infinitive
    doc = Doc(nlp.vocab, words=["проведать"], pos=["NOUN"])
    feats = infinitive(doc[0], "проведать")
    assert feats is not None and feats["VerbForm"] == "Inf" and feats.get("Aspect") == "Perf"
    doc = Doc(nlp.vocab, words=["стекло"], pos=["NOUN"])  # a noun and a verb's past: no infinitive
    assert infinitive(doc[0], "стекло") is None
