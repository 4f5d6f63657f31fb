"""Quoted speech and thought are no titles (issue 11, sixteenth round, ner16). The NEREL-trained
tagger reads the words in guillemets that open a line of speech or thought as a WORK_OF_ART;
`rules.quoted_speech` drops such a title when the quoted words go on after it, when a dash and a
verb of the author's words follow the quotation, or when a verb and a colon come before it.
Every sentence here is written for the test."""
from __future__ import annotations

import pytest

from letopis.extensions import ENTITIES, TAGGER


def titles(nlp, text: str) -> tuple[list[str], list[str]]:
    """The pipeline's titles and the tagger's own titles of the text."""
    doc = nlp(text)
    return ([s.text for s in doc.spans[ENTITIES] if s.label_ == "WORK_OF_ART"],
            [s.text for s in doc.spans.get(TAGGER, []) if s.label_ == "WORK_OF_ART"])


@pytest.mark.parametrize("text", [
    # the quoted words go on after what the tagger reads as a title
    "«Милая сестрица! Когда же ты приедешь?» — писал он в каждом письме.",
    "«Боже мой! Что со мною будет?» — думала старушка, крестясь.",
    "«Дорогая мама, я жив и здоров», — написал он на клочке бумаги.",
    # a dash and the verb of the author's words after the quotation
    "«Ну-ка, наша лошадка», — приговаривал ямщик, подгоняя кобылу.",
    "«Славный денёк», — подумал охотник и зарядил ружьё.",
    "«Прощай, родная сторона», — шептала она, садясь в телегу.",
    "«Странная штука жизнь», — сказал дед за ужином.",
    # a verb and a colon before it
    "Старик ответил: «Сами с усами», и отвернулся.",
])
def test_a_line_of_speech_in_guillemets_is_no_title(nlp, text):
    found, tagged = titles(nlp, text)
    assert tagged, "the tagger reads a title here; the rule is what removes it"
    assert found == []


@pytest.mark.parametrize("text, title", [
    ("В детстве я прочитал «Капитанскую дочку» и «Дубровского».", "Капитанскую дочку"),
    ("Летом она перечитала «Мёртвые души», а осенью уехала в Казань.", "Мёртвые души"),
    ("Его поразила картина «Бурлаки на Волге».", "Бурлаки на Волге"),
    ("Ее любимая книга: «Анна Каренина».", "Анна Каренина"),
])
def test_a_title_that_is_the_whole_quotation_stays(nlp, text, title):
    assert title in titles(nlp, text)[0]


# A capital after an opening quotation mark or after `!` / `?` is the capital of a line of speech:
# a common or pronominal adjective there, or a parenthetical word, opens no event's name
# (`rules.opens_clause`, `rules.opening_capital`).

@pytest.mark.parametrize("text", [
    "Старый мастер ответил: «Наше дело простое, а вам учиться надо».",
    "— Не беда! Главное дело — доехать до ночи.",
    "— Ну что ж! Тяжёлая война будет.",
])
def test_a_line_of_speech_opened_by_a_common_adjective_names_no_event(nlp, text):
    assert not [s for s in nlp(text).spans[ENTITIES] if s.label_ == "EVENT"]


@pytest.mark.parametrize("text, name", [
    ("Он часто вспоминал «Бородинское сражение» и плакал.", "Бородинское сражение"),
    ("— Ах! Великая Отечественная война всё переменила.", "Великая Отечественная война"),
])
def test_an_event_named_in_speech_stays(nlp, text, name):
    assert (name, "EVENT") in [(s.text, s.label_) for s in nlp(text).spans[ENTITIES]]
