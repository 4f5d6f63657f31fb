"""Who an object pronoun or an unwritten subject is, from the shape of its clause: a group that
is the subject is no object of its own verb; the object of the action before is the object
again; a relative `который` the parser made a subject of another number leaves the subject
unwritten. Memoir, diary and news sentences of our own, with cases where a rule must not fire."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from letopis.coref.mentions import own_subject
from letopis.coref.resolve import parallel_object
from mentioned import mentions

PAST = "Aspect=Perf|Mood=Ind|Number=Plur|Tense=Past|VerbForm=Fin|Voice=Act"
PAST_MASC = "Aspect=Perf|Gender=Masc|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin|Voice=Act"


def named(nlp, text: str, word: str) -> str | None:
    return next((name for written, _, name in mentions(nlp, text) if written == word), None)


def parsed(nlp, rows) -> Doc:
    words, lemmas, pos, morphs, deps, heads = map(list, zip(*rows))
    return Doc(nlp.vocab, words=words, lemmas=lemmas, pos=pos, morphs=morphs, deps=deps, heads=heads,
               sent_starts=[True] + [False] * (len(rows) - 1))


# a group that is the subject: its members are not the object pronoun of the same verb

def test_members_of_a_subject_group_are_not_its_object(nlp):
    # memoir: the guest is carried home; `его` is neither carrier
    text = "Ночью пришёл Семён Гусев. Иван Сомов и Павел Орлов проводили его домой."
    assert ("его", "pronoun", "Семён Гусев") in mentions(nlp, text)


def test_the_object_of_a_group_is_the_person_before(nlp):
    # diary: the guest met by two women
    text = "Вчера приехал Семён Гусев. Катя Волкова и Лиза Орлова встретили его на вокзале."
    assert named(nlp, text, "его") == "Семён Гусев"


def test_a_member_of_a_group_in_another_clause_may_be_meant(nlp):
    # news: the group is the subject of the sentence before, not of `помирила`
    text = "Иван Сомов и Павел Орлов поссорились. Вечером Анна Сомова помирила его с братом."
    assert named(nlp, text, "его") in ("Иван Сомов", "Павел Орлов")


# the object of the action before is the object again

@pytest.mark.parametrize("text, thing", [
    # memoir: `его` is the axe, not the boy called
    ("Дед Матвей позвал Ваню Орлова, взял топор и долго точил его.", "топор"),
    # diary: `его` is the dictionary, not the caller
    ("Днём звонил Петя Лунин. Я нашёл словарь, открыл его и выписал слова.", "словарь"),
    # news: `его` is the car, not the man detained
    ("Полицейские задержали Олега Смирнова, осмотрели автомобиль и отогнали его на стоянку.", "автомобиль"),
])
def test_the_thing_handled_is_the_thing_handled_again(nlp, text, thing):
    # without the parallelism reward (`resolve.PARALLEL`) each `его` goes to the person named
    doc = nlp(text)
    pronoun = next(t for t in doc if t.text == "его")
    assert parallel_object(pronoun, next(t for t in doc if t.text == thing).i)
    assert named(nlp, text, "его") is None  # a thing: no person mention is kept


@pytest.mark.parametrize("text, name", [
    # diary
    ("Ночью Иван Сомов встретил Павла Орлова и обнял его.", "Павла Орлова"),
    # news
    ("Полицейский задержал Олега Смирнова и доставил его в отделение.", "Олега Смирнова"),
])
def test_the_person_met_is_the_person_embraced(nlp, text, name):
    assert named(nlp, text, "его") == name


def test_no_parallel_across_a_clause_with_its_own_subject(nlp):
    # `Иван взял книгу, и брат положил её.` — `положил` has a subject of its own: two doers
    doc = parsed(nlp, [
        ("Иван", "иван", "PROPN", "Animacy=Anim|Case=Nom|Gender=Masc|Number=Sing", "nsubj", 1),
        ("взял", "взять", "VERB", PAST_MASC, "ROOT", 1),
        ("книгу", "книга", "NOUN", "Animacy=Inan|Case=Acc|Gender=Fem|Number=Sing", "obj", 1),
        (",", ",", "PUNCT", "", "punct", 6),
        ("и", "и", "CCONJ", "", "cc", 6),
        ("брат", "брат", "NOUN", "Animacy=Anim|Case=Nom|Gender=Masc|Number=Sing", "nsubj", 6),
        ("положил", "положить", "VERB", PAST_MASC, "conj", 1),
        ("её", "она", "PRON", "Case=Acc|Gender=Fem|Number=Sing|Person=3", "obj", 6),
        (".", ".", "PUNCT", "", "punct", 1),
    ])
    assert not parallel_object(doc[7], 2)
    # without `брат` the same doer handles the same book
    doc = parsed(nlp, [
        ("Иван", "иван", "PROPN", "Animacy=Anim|Case=Nom|Gender=Masc|Number=Sing", "nsubj", 1),
        ("взял", "взять", "VERB", PAST_MASC, "ROOT", 1),
        ("книгу", "книга", "NOUN", "Animacy=Inan|Case=Acc|Gender=Fem|Number=Sing", "obj", 1),
        ("и", "и", "CCONJ", "", "cc", 4),
        ("положил", "положить", "VERB", PAST_MASC, "conj", 1),
        ("её", "она", "PRON", "Case=Acc|Gender=Fem|Number=Sing|Person=3", "obj", 4),
        (".", ".", "PUNCT", "", "punct", 1),
    ])
    assert parallel_object(doc[5], 2)


# a relative `который` of another number is no subject: the subject is unwritten

@pytest.mark.parametrize("text, verb, name", [
    # memoir: the parser makes `которые` the subject of `носила`
    ("Бабушка Анна Зуева надела серьги, которые носила до войны.", "носила", "Анна Зуева"),
    # diary
    ("Сегодня Вера Котова сожгла черновики, которые писала всю зиму.", "писала", "Вера Котова"),
])
def test_the_doer_of_a_relative_clause_is_unwritten(nlp, text, verb, name):
    assert (verb, "zero", name) in mentions(nlp, text)


def test_a_relative_that_agrees_is_the_subject(nlp):
    # news: `которые шли` — the people walked; no unwritten subject
    text = "Иван Сомов встретил людей, которые шли с ярмарки."
    assert not any(kind == "zero" for _, kind, _ in mentions(nlp, text))
    doc = parsed(nlp, [
        ("людей", "человек", "NOUN", "Animacy=Anim|Case=Acc|Number=Plur", "ROOT", 0),
        (",", ",", "PUNCT", "", "punct", 3),
        ("которые", "который", "PRON", "Case=Nom|Number=Plur", "nsubj", 3),
        ("шли", "идти", "VERB", PAST.replace("Perf", "Imp"), "acl:relcl", 0),
    ])
    assert own_subject(doc[3])
    doc = parsed(nlp, [
        ("письма", "письмо", "NOUN", "Animacy=Inan|Case=Acc|Gender=Neut|Number=Plur", "ROOT", 0),
        (",", ",", "PUNCT", "", "punct", 3),
        ("которые", "который", "PRON", "Case=Nom|Number=Plur", "nsubj", 3),
        ("получила", "получить", "VERB", PAST_MASC.replace("Masc", "Fem"), "acl:relcl", 0),
    ])
    assert not own_subject(doc[3])


# a plural pronoun and the names of a group written with common nouns

@pytest.mark.parametrize("text, members", [
    # memoir: a name and a kinship noun with its name
    ("Вечером пришли Пётр Орлов и его брат Семён. Они принесли рыбу.", ["Пётр Орлов", "Семён"]),
    # news: two titles, each with its name
    ("В переговорах участвовали министр Олег Смирнов и посол Андрей Лебедев. Они подписали соглашение.",
     ["Олег Смирнов", "Андрей Лебедев"]),
    # diary: two plain names, as before
    ("Иван Сомов и Павел Орлов поссорились. Их помирила Анна.", ["Иван Сомов", "Павел Орлов"]),
])
def test_they_are_the_named_members_of_a_group(nlp, text, members):
    doc = nlp(text)
    groups = [[text[a:b] for a, b in found] for _, _, _, _, found, _ in doc._.mentions if found]
    assert groups == [members]


def test_a_group_with_an_unnamed_member_names_no_group(nlp):
    # memoir: `его брат` has no name: the group cannot be listed by names
    text = "Вечером пришли Пётр Орлов и его брат. Они принесли рыбу."
    doc = nlp(text)
    assert not any(found for _, _, _, _, found, _ in doc._.mentions)
