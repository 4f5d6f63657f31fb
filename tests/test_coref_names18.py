"""Issue 12, coref18b: which names are one person, where initials, a misread case and a place
label split or merged them (`coref/names.py`, `entities/normalize.py`, `entities/consistency.py`).
Every sentence and name here is written for the test: memoir, diary and news, with the cases where
the rule must not fire. A familiar form of a first name read as a place: `tests/test_entities_surnames.py`."""
from __future__ import annotations

import pytest

from letopis.coref.names import ClusterIndex
from letopis.entities.normalize import nominative
from letopis.labels import PER


def clusters(names: list[str]) -> list[str]:
    index = ClusterIndex()
    return [index.assign(PER, name) for name in names]


@pytest.mark.parametrize("names, expected", [
    # a surname alone is no one whose first name is known only by its initial
    (["К. Макаров", "Котов"], ["C1", "C2"]),
    (["Котов", "К. Макаров"], ["C1", "C2"]),
    # a first name alone is not the patronymic's initial, nor, in a name of two initials, the first's
    (["В. П. Сомов", "Павел"], ["C1", "C2"]),
    (["В. П. Сомов", "Виктор"], ["C1", "C2"]),
    # a name by initials and surname is no one known before by a first name alone
    (["Виктор", "В. П. Сомов"], ["C1", "C2"]),
    # a word written out wins over an initial: the bare first name is the one named so before
    (["Виктор", "В. П. Сомов", "Виктор"], ["C1", "C2", "C1"]),
    (["Виктор Орлов", "В. Сомов", "Виктор"], ["C1", "C2", "C1"]),
])
def test_an_initial_stands_only_for_its_own_part(names, expected):
    assert clusters(names) == expected


@pytest.mark.parametrize("names, expected", [
    # the first name fills the initial of the one person who has it
    (["Н. Соколов", "Николай"], ["C1", "C1"]),
    (["Н. Соколов", "Соколова", "Николай", "Соколов"], ["C1", "C2", "C1", "C1"]),
    # a first name written out, then the full name: one person, as before
    (["Николай", "Николай Соколов", "Соколов"], ["C1", "C1", "C1"]),
    # the initials and the full name agree part by part
    (["Н. П. Соколов", "Николай Петрович Соколов"], ["C1", "C1"]),
    # namesakes stay apart
    (["Н. Соколов", "Павел Соколов", "Николай"], ["C1", "C2", "C1"]),
])
def test_an_initial_still_joins_the_name_it_begins(names, expected):
    assert clusters(names) == expected


def person_clusters(nlp, text: str) -> dict[str, str]:
    return {span.text: span._.cluster for span in nlp(text).ents if span.label_ == PER}


@pytest.mark.parametrize("text, apart", [
    # memoir
    ("В сборнике была статья К. Макарова о деревне. Котов прочёл её вслух.", ("К. Макарова", "Котов")),
    # diary
    ("Получил письмо от А. Р. Зуева. Вечером Рябов принёс газеты.", ("А. Р. Зуева", "Рябов")),
    # news
    ("Доклад подготовил Г. Л. Белов. Глушков с выводами не согласился.", ("Г. Л. Белов", "Глушков")),
])
def test_a_surname_is_not_joined_by_initials_in_text(nlp, text, apart):
    found = person_clusters(nlp, text)
    first, second = apart
    assert first in found and second in found
    assert found[first] != found[second]


@pytest.mark.parametrize("text, same", [
    # memoir: the writer is named by initials, then by his first name
    ("Рассказ прислал Н. Соколов. Николай писал нам потом из Казани.", ("Н. Соколов", "Николай")),
])
def test_a_first_name_after_initials_in_text(nlp, text, same):
    found = person_clusters(nlp, text)
    first, second = same
    assert first in found and second in found
    assert found[first] == found[second]


def token_of(nlp, text: str, word: str):
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize("text, word", [
    # memoir, a line's author's words: the subject after its verb
    ("— Где же лодка? — тихо спросил Мусь.", "Мусь"),
    # diary
    ("Утром опять приходил Дусь и просил табаку.", "Дусь"),
    # news
    ("Как сообщил Тась, матч перенесён.", "Тась"),
])
def test_a_subject_is_no_vocative_nor_a_plural_of_a_first_name(nlp, text, word):
    """A man's name the dictionary knows only as a woman's diminutive (`Муся`: vocative `Мусь`,
    plural genitive and accusative `Мусь`) stays as written when the tagger gives the subject an
    oblique case (given here, whatever the tagger says): one person's name is no plural of a
    first name, and a subject no address."""
    token = token_of(nlp, text, word)
    assert token.dep_ == "nsubj"
    for case in ("accs", "gent", None):
        assert nominative(token, True, "masc", case) == word


def test_a_vocative_that_is_no_subject_is_still_read_as_one(nlp):
    token = token_of(nlp, "— Мусь, иди обедать!", "Мусь")
    assert token.dep_ not in ("nsubj", "nsubj:pass")
    assert nominative(token, True, "femn", "accs") == "Муся"


@pytest.mark.parametrize("text, word, expected", [
    # a family in the plural of its surname keeps its plural
    ("Вечером мы были у Лапиных.", "Лапиных", "Лапины"),
    # a first name in an oblique case still goes to the nominative
    ("Мы долго ждали Марусю у ворот.", "Марусю", "Маруся"),
])
def test_names_in_other_cases_still_normalised(nlp, text, word, expected):
    token = token_of(nlp, text, word)
    assert nominative(token, True, None) == expected
