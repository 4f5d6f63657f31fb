"""Rules coreference and events share: one table of clause openers, one rule of animacy, one
search for a subject written after its verb, and how a word at a sentence's start counts as
named inside the text. The parses are built by hand, as the parser gets such sentences wrong,
so the rules are tested whatever the parser does. Sentences of our own."""
from __future__ import annotations

from spacy.tokens import Doc

from letopis.coref.mentions import written_after, written_before
from letopis.entities.consistency import capitalised_inside, named_inside
from letopis.events.extractor import boundary, people, subject_after
from letopis.morphosyntax.animacy import animate
from letopis.morphosyntax.clauses import CONTENT, RELATIVE, clause_openers

PAST_MASC = "Aspect=Perf|Gender=Masc|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin|Voice=Act"
PAST_FEM = PAST_MASC.replace("Masc", "Fem")


def parsed(nlp, rows, starts=(0,)) -> Doc:
    """rows: (word, lemma, UPOS, FEATS, deprel, head index)."""
    words, lemmas, pos, morphs, deps, heads = map(list, zip(*rows))
    return Doc(nlp.vocab, words=words, lemmas=lemmas, pos=pos, morphs=morphs, deps=deps, heads=heads,
               sent_starts=[i in starts for i in range(len(rows))])


def test_one_table_says_which_words_open_a_clause():
    assert {"который", "где", "куда", "откуда"} <= clause_openers(RELATIVE)
    assert {"как", "где", "почему", "ли"} <= clause_openers(CONTENT)
    assert "как" not in clause_openers(RELATIVE)  # `он, как всегда, опоздал`: no relative clause


def test_a_relative_adverb_stops_both_searches_for_a_subject(nlp):
    # memoir: `Город, где родился отец, сгорел.` — `родился` is not the город's
    doc = parsed(nlp, [
        ("Город", "город", "NOUN", "Animacy=Inan|Case=Nom|Gender=Masc|Number=Sing", "nsubj", 6),
        (",", ",", "PUNCT", "", "punct", 3),
        ("где", "где", "ADV", "", "advmod", 3),
        ("родился", "родиться", "VERB", PAST_MASC, "acl:relcl", 0),
        ("отец", "отец", "NOUN", "Animacy=Anim|Case=Nom|Gender=Masc|Number=Sing", "nsubj", 3),
        (",", ",", "PUNCT", "", "punct", 3),
        ("сгорел", "сгореть", "VERB", PAST_MASC, "ROOT", 6),
        (".", ".", "PUNCT", "", "punct", 6),
    ])
    assert written_before(doc[3]) is None   # coreference: the search stops at `где`
    assert boundary(doc[2])                 # events: the same word from the same table
    assert not boundary(doc[4])


def test_an_archaic_relative_opens_a_clause_for_both(nlp):
    # news, old style: `Староста, коего избрали весной, уехал.`
    doc = parsed(nlp, [
        ("Староста", "староста", "NOUN", "Animacy=Anim|Case=Nom|Gender=Masc|Number=Sing", "nsubj", 6),
        (",", ",", "PUNCT", "", "punct", 3),
        ("коего", "кой", "DET", "Case=Acc|Gender=Masc|Number=Sing", "obj", 3),
        ("избрали", "избрать", "VERB", "Aspect=Perf|Mood=Ind|Number=Plur|Tense=Past|VerbForm=Fin|Voice=Act",
         "acl:relcl", 0),
        ("весной", "весна", "NOUN", "Animacy=Inan|Case=Ins|Gender=Fem|Number=Sing", "obl", 3),
        (",", ",", "PUNCT", "", "punct", 3),
        ("уехал", "уехать", "VERB", PAST_MASC, "ROOT", 6),
        (".", ".", "PUNCT", "", "punct", 6),
    ])
    assert boundary(doc[2])
    assert written_before(doc[3]) is None  # `избрали`: not the староста's act


def test_the_dictionary_decides_animacy_where_the_tagger_misreads_the_case(nlp):
    # diary: `Сегодня на базаре видел каторжника.` — the tagger says inanimate; the dictionary
    # knows a convict is someone, and both stages now read it so
    doc = parsed(nlp, [
        ("Сегодня", "сегодня", "ADV", "", "advmod", 3),
        ("на", "на", "ADP", "", "case", 2),
        ("базаре", "базар", "NOUN", "Animacy=Inan|Case=Loc|Gender=Masc|Number=Sing", "obl", 3),
        ("видел", "видеть", "VERB", PAST_MASC.replace("Perf", "Imp"), "ROOT", 3),
        ("каторжника", "каторжник", "NOUN", "Animacy=Inan|Case=Acc|Gender=Masc|Number=Sing", "obj", 3),
        (".", ".", "PUNCT", "", "punct", 3),
    ])
    assert animate(doc[4]) and people(doc[4], doubt=False)
    assert not animate(doc[2]) and not people(doc[2], doubt=False)


def test_an_abstract_noun_is_no_one_whatever_the_tagger_says(nlp):
    # news: `Самозванство наказывалось строго.` tagged animate by mistake
    doc = parsed(nlp, [
        ("Самозванство", "самозванство", "NOUN", "Animacy=Anim|Case=Nom|Gender=Neut|Number=Sing", "nsubj", 1),
        ("наказывалось", "наказываться", "VERB",
         "Aspect=Imp|Gender=Neut|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin|Voice=Mid", "ROOT", 1),
        ("строго", "строго", "ADV", "", "advmod", 1),
        (".", ".", "PUNCT", "", "punct", 1),
    ])
    assert not animate(doc[0])
    assert not people(doc[0], doubt=False)


def test_a_city_is_no_person_but_can_act_in_an_event(nlp):
    # news: `Москва ответила отказом.` — no `он`/`она` of a person stands for the city, yet the
    # city is a participant of the answer (`people` is wider than `animate`)
    doc = parsed(nlp, [
        ("Москва", "москва", "PROPN", "Animacy=Inan|Case=Nom|Gender=Fem|Number=Sing", "nsubj", 1),
        ("ответила", "ответить", "VERB", PAST_FEM, "ROOT", 1),
        ("отказом", "отказ", "NOUN", "Animacy=Inan|Case=Ins|Gender=Masc|Number=Sing", "obl", 1),
        (".", ".", "PUNCT", "", "punct", 1),
    ])
    assert not animate(doc[0])
    assert people(doc[0], doubt=False)


def test_one_search_finds_a_subject_after_its_verb(nlp):
    # memoir: `Утром пришёл к нам Пётр и рассказал.` with `Пётр` hung on `рассказал`
    doc = parsed(nlp, [
        ("Утром", "утро", "NOUN", "Animacy=Inan|Case=Ins|Gender=Neut|Number=Sing", "obl", 1),
        ("пришёл", "прийти", "VERB", PAST_MASC, "ROOT", 1),
        ("к", "к", "ADP", "", "case", 3),
        ("нам", "мы", "PRON", "Case=Dat|Number=Plur|Person=1", "obl", 1),
        ("Пётр", "пётр", "PROPN", "Animacy=Anim|Case=Nom|Gender=Masc|Number=Sing", "nsubj", 6),
        ("и", "и", "CCONJ", "", "cc", 6),
        ("рассказал", "рассказать", "VERB", PAST_MASC, "conj", 1),
        (".", ".", "PUNCT", "", "punct", 1),
    ])
    assert written_after(doc[1]).text == "Пётр"
    assert subject_after(doc[1]).text == "Пётр"


def test_past_a_date_or_an_object_a_nominative_is_no_subject(nlp):
    # news: `Родился 5 мая в деревне Ивановка.` — `Ивановка` names the village
    doc = parsed(nlp, [
        ("Родился", "родиться", "VERB", PAST_MASC, "ROOT", 0),
        ("5", "5", "NUM", "", "nummod", 2),
        ("мая", "май", "NOUN", "Animacy=Inan|Case=Gen|Gender=Masc|Number=Sing", "obl", 0),
        ("в", "в", "ADP", "", "case", 4),
        ("деревне", "деревня", "NOUN", "Animacy=Inan|Case=Loc|Gender=Fem|Number=Sing", "obl", 0),
        ("Ивановка", "ивановка", "PROPN", "Animacy=Inan|Case=Nom|Gender=Fem|Number=Sing", "appos", 4),
        (".", ".", "PUNCT", "", "punct", 0),
    ])
    assert written_after(doc[0]) is None
    assert subject_after(doc[0]) is None


def test_events_keep_only_a_person_written_after_the_verb(nlp):
    # diary: `Пришла весна.` — coreference sees the subject; events want no thing for a participant
    doc = parsed(nlp, [
        ("Пришла", "прийти", "VERB", PAST_FEM, "ROOT", 0),
        ("весна", "весна", "NOUN", "Animacy=Inan|Case=Nom|Gender=Fem|Number=Sing", "dep", 0),
        (".", ".", "PUNCT", "", "punct", 0),
    ])
    assert written_after(doc[0]).text == "весна"
    assert subject_after(doc[0]) is None


def test_a_word_is_named_inside_by_another_form_of_itself_not_by_a_longer_name(nlp):
    # memoir: the dog's nickname `Слон` opens a sentence; the text capitalises `Слона` inside one
    doc = parsed(nlp, [
        ("Слон", "слон", "NOUN", "Animacy=Anim|Case=Nom|Gender=Masc|Number=Sing", "nsubj", 1),
        ("лаял", "лаять", "VERB", PAST_MASC.replace("Perf", "Imp"), "ROOT", 1),
        (".", ".", "PUNCT", "", "punct", 1),
        ("Мы", "мы", "PRON", "Case=Nom|Number=Plur|Person=1", "nsubj", 4),
        ("кормили", "кормить", "VERB", "Aspect=Imp|Mood=Ind|Number=Plur|Tense=Past|VerbForm=Fin|Voice=Act",
         "ROOT", 4),
        ("Слона", "слон", "NOUN", "Animacy=Anim|Case=Acc|Gender=Masc|Number=Sing", "obj", 4),
        (".", ".", "PUNCT", "", "punct", 4),
    ], starts=(0, 3))
    assert named_inside(doc[0], capitalised_inside(doc))
    # news: `Лес горел. Пожар тушил Лесков.` — the forester's surname does not name the forest
    doc = parsed(nlp, [
        ("Лес", "лес", "NOUN", "Animacy=Inan|Case=Nom|Gender=Masc|Number=Sing", "nsubj", 1),
        ("горел", "гореть", "VERB", PAST_MASC.replace("Perf", "Imp"), "ROOT", 1),
        (".", ".", "PUNCT", "", "punct", 1),
        ("Пожар", "пожар", "NOUN", "Animacy=Inan|Case=Acc|Gender=Masc|Number=Sing", "obj", 4),
        ("тушил", "тушить", "VERB", PAST_MASC.replace("Perf", "Imp"), "ROOT", 4),
        ("Лесков", "лесков", "PROPN", "Animacy=Anim|Case=Nom|Gender=Masc|Number=Sing", "nsubj", 4),
        (".", ".", "PUNCT", "", "punct", 4),
    ], starts=(0, 3))
    assert not named_inside(doc[0], capitalised_inside(doc))
