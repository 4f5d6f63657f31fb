"""Coreference of persons: who stands behind `он`, `свой`, `который` and an unwritten subject,
and which names are one person. Sentences of our own."""
from __future__ import annotations

import pytest

from letopis.batch.stream import analyse
from letopis.coref.names import ClusterIndex, Name
from letopis.labels import PER, Argument


def resolved(nlp, text: str) -> list[tuple[str, str, str | None, list[str]]]:
    """(mention, kind, the name it stands for, the names of its group) in text order."""
    doc = nlp(text)
    return [(text[start:end], kind, text[named[0]:named[1]] if named else None,
             [text[a:b] for a, b in members]) for start, end, kind, named, members, _ in doc._.mentions]


def name_of(nlp, text: str, mention: str) -> str | None:
    found = [named for written, _, named, _ in resolved(nlp, text) if written == mention]
    assert found, f"{mention} is no mention of {resolved(nlp, text)}"
    return found[0]


def test_a_pronoun_and_an_unwritten_subject_carry_the_person_across_sentences(nlp):
    text = "Иван Петров окончил гимназию в Твери. Он уехал в Казань. Через неделю вернулся."
    assert resolved(nlp, text) == [("Он", "pronoun", "Иван Петров", []),
                                   ("вернулся", "zero", "Иван Петров", [])]
    doc = nlp(text)
    back = next(e for e in doc._.events if text[slice(*e["trigger"])] == "вернулся")
    agent = [Argument.of(a) for a in back["args"] if Argument.of(a).role == "agent"]
    assert [(text[a.start:a.end], text[slice(*a.antecedent)]) for a in agent] == [("вернулся", "Иван Петров")]


@pytest.mark.parametrize("text, mention, name", [
    # gender decides between two persons
    ("Анна Орлова встретила Петра Сомова на вокзале. Он был болен.", "Он", "Петра Сомова"),
    ("Анна Орлова встретила Петра Сомова на вокзале. Она была больна.", "Она", "Анна Орлова"),
    # of two persons of one gender, the subject is talked about next
    ("Иван Сомов пригласил Петра Орлова на обед. Он приехал к вечеру.", "Он", "Иван Сомов"),
    # a personal pronoun is not the subject of its own clause; `свой` is
    ("Иван Сомов попросил его о встрече.", "его", None),
    ("Иван Сомов продал свою библиотеку.", "свою", "Иван Сомов"),
    # a demonstrative standing alone: the one who is not the subject
    ("Иван Сомов окликнул Петра Орлова. Тот обернулся.", "Тот", "Петра Орлова"),
    # `который`: the name its clause modifies
    ("Мы навестили Петра Орлова, который жил тогда в Туле.", "который", "Петра Орлова"),
    # the possessive in the next paragraph's first sentence
    ("Весной приехал Лев Грачёв.\nЕго сестра осталась в Самаре.", "Его", "Лев Грачёв"),
    # a pronoun resolved to a pronoun stands for the same name
    ("Ольга Седова жила в Орле. Она часто болела. Весной она уехала на юг.", "она", "Ольга Седова"),
])
def test_pronouns_stand_for_the_person_before_them(nlp, text, mention, name):
    assert name_of(nlp, text, mention) == name


def test_a_common_noun_is_a_person_without_a_name(nlp):
    # `он` is the father, who has no cluster: not the named person before him
    assert name_of(nlp, "Иван Петров учился в Москве. Его отец служил в Киеве. Там он и умер.", "он") is None


def test_the_narrator_has_no_third_person_mention(nlp):
    found = resolved(nlp, "Я приехал в Москву весной. Через месяц уехал в Киев.")
    assert found == []


def test_an_indefinite_plural_subject_is_no_one(nlp):
    # `арестовали`: they who arrested are not named, and not the one arrested
    found = resolved(nlp, "Иван Петров вернулся в Тверь. Там его арестовали.")
    assert found == [("его", "pronoun", "Иван Петров", [])]


def test_a_thing_is_no_person(nlp):
    assert resolved(nlp, "Дом стоял у реки. Он сгорел в войну.") == []


@pytest.mark.parametrize("text, mention, members", [
    ("Иван Сомов и Анна Орлова уехали в Киев. Там они поженились.", "они", ["Иван Сомов", "Анна Орлова"]),
    ("Мария Иванова познакомилась с Петром Орловым в Ялте. Через год они поженились.", "они",
     ["Мария Иванова", "Петром Орловым"]),
    ("Иван Сомов и Анна Орлова уехали в Киев. Через год вернулись.", "вернулись", ["Иван Сомов", "Анна Орлова"]),
    ("Иван Сомов приехал в Тверь. Там он познакомился с Анной Орловой. Вскоре они обвенчались.", "они",
     ["Иван Сомов", "Анной Орловой"]),
    # the name apposed to a noun after `с`: the noun has the role (`с подругой Марией Сомовой`)
    ("Анна Лыкова приехала в Тверь. Там она встретилась с подругой Марией Сомовой. Вечером они пошли в театр.",
     "они", ["Анна Лыкова", "Марией Сомовой"]),
    ("Пётр Орлов приехал в Тверь. Там он поссорился с купцом Зуевым. Через год они помирились.", "они",
     ["Пётр Орлов", "Зуевым"]),
])
def test_plural_mentions_stand_for_a_group(nlp, text, mention, members):
    found = [(named, group) for written, _, named, group in resolved(nlp, text) if written == mention]
    assert found == [(None, members)]


def test_quoted_speech_tag_keeps_the_speaker(nlp):
    text = "Пётр Сомов долго молчал.\n-- Да, -- сказал он наконец."
    assert name_of(nlp, text, "он") == "Пётр Сомов"


@pytest.mark.parametrize("first, second, same", [
    ("Пётр Оболенский", "Оболенский", True),
    ("Пётр Оболенский", "Сергей Оболенский", False),   # namesakes
    ("Пётр Петрович Оболенский", "Пётр Сергеевич Оболенский", False),
    ("Пётр Оболенский", "П. Оболенский", True),
    ("Пётр Оболенский", "С. Оболенский", False),
    ("Анна Оболенская", "Оболенский", False),
    ("Анна Ахматова", "Анна", True),
    ("Анна Ахматова", "Иван", False),
    ("Мишель", "Луиза Мишель", True),   # one word may be any part
    ("Луиза Мишель", "Мишель", True),
    # a diminutive or an old form of a first name is the full name
    ("Пётр Оболенский", "Петя", True),
    ("Петруша", "Пётр Оболенский", True),
    ("Федька Оболенский", "Фёдор Оболенский", True),
    ("Петя Оболенский", "Павел Оболенский", False),
    ("Петя", "Павел", False),
])
def test_names_of_one_person(first, second, same):
    index = ClusterIndex()
    assert (index.assign(PER, first) == index.assign(PER, second)) is same


def test_name_parts():
    assert Name.read("Пётр Петрович Оболенский") == Name("петр", "петрович", "оболенский")
    assert Name.read("А. М. Горький") == Name("а.", "м.", "горький")
    assert Name.read("Оболенский") == Name(None, None, "оболенский", alone=True)


def test_a_bare_surname_joins_the_namesake_mentioned_last(nlp):
    text = ("Пётр Оболенский служил в Твери. Сергей Оболенский жил в Москве. "
            "Оболенский часто писал брату.")
    doc = nlp(text)
    clusters = {e.text: e._.cluster for e in doc.spans["entities"] if e.label_ == PER}
    assert clusters["Пётр Оболенский"] != clusters["Сергей Оболенский"] == clusters["Оболенский"]


def test_clusters_do_not_depend_on_where_the_book_is_cut(nlp):
    paragraphs = [
        "Пётр Оболенский родился в Твери. Он учился в Москве.",
        "Сергей Оболенский служил в Киеве. Там он женился на Анне Сомовой.",
        "Оболенский писал брату каждую неделю. Анна часто болела.",
        "Через год Пётр Оболенский приехал к ним. Оболенские жили тогда в Киеве.",
        "Анна Сомова пережила обоих. Она умерла в Риге.",
    ]
    text = "\n".join(paragraphs) + "\n"

    def clusters(limit: int) -> list[tuple[int, int, str]]:
        found, count = [], 0
        for _, pieces in analyse(nlp, [(0, text)], limit=limit):
            for doc, offset in pieces:
                count += 1
                found += [(offset + e.start_char, offset + e.end_char, e._.cluster) for e in doc.spans["entities"]]
        return sorted(found), count

    (whole, one), (cut, many) = clusters(10_000), clusters(80)
    assert one == 1 and many >= len(paragraphs)
    assert whole == cut
    assert len({cluster for *_, cluster in whole}) > 3


def test_a_gerund_borrows_the_unwritten_subject_of_its_verb(nlp):
    text = "Анна Орлова долго болела. Вернувшись в Тверь, поселилась у брата."
    doc = nlp(text)
    back = next(e for e in doc._.events if text[slice(*e["trigger"])] == "Вернувшись")
    agents = [Argument.of(a) for a in back["args"] if Argument.of(a).role == "agent"]
    assert [(text[a.start:a.end], text[slice(*a.antecedent)]) for a in agents] == [("поселилась", "Анна Орлова")]


def test_a_short_passive_participle_has_an_unwritten_subject_on_its_finite_verb(nlp):
    text = "Иван Петров вернулся в Москву. В 1937 году был арестован."
    assert resolved(nlp, text) == [("был", "zero", "Иван Петров", [])]
    doc = nlp(text)
    arrest = next(e for e in doc._.events if text[slice(*e["trigger"])] == "арестован")
    assert [(a.role, text[a.start:a.end]) for a in map(Argument.of, arrest["args"]) if a.role != "time"] == [
        ("patient", "был")]


def test_a_date_taken_for_a_subject_is_none(nlp):
    text = "Иван Сомов жил в Твери. Каждое лето приезжал к нам в Тулу."
    assert resolved(nlp, text) == [("приезжал", "zero", "Иван Сомов", [])]


def test_coordinated_verbs_share_one_unwritten_subject(nlp):
    text = "Иван Сомов вернулся в Тверь. Через год уехал в Киев и поступил в университет."
    assert resolved(nlp, text) == [("уехал", "zero", "Иван Сомов", [])]
    doc = nlp(text)
    entered = next(e for e in doc._.events if text[slice(*e["trigger"])] == "поступил")
    assert [(a.role, text[a.start:a.end], text[slice(*a.antecedent)]) for a in map(Argument.of, entered["args"])
            if a.role == "agent"] == [("agent", "уехал", "Иван Сомов")]


def test_a_nominal_predicate_has_an_unwritten_subject_on_its_copula(nlp):
    text = "Анна Орлова вернулась в Тверь. Была больна и весь год не выходила из дома."
    assert resolved(nlp, text)[:1] == [("Была", "zero", "Анна Орлова", [])]
