"""Document-level consistency: one label per repeated name; the tagger, not the capital letter,
decides whether a sentence-initial word belongs to a name."""
from __future__ import annotations

import pytest
from spacy.tokens import Span

import letopis
from letopis.entities.consistency import consistent
from letopis.extensions import ENTITIES, TAGGER


@pytest.fixture(scope="module")
def tokenize():
    return letopis.load([])


def span(doc, text: str, label: str, nth: int = 0) -> Span:
    at = -1
    for _ in range(nth + 1):
        at = doc.text.index(text, at + 1)
    return doc.char_span(at, at + len(text), label=label)


def found(doc) -> list[tuple[str, str]]:
    return [(s.text, s.label_) for s in consistent(doc)]


def test_a_repeated_name_takes_the_label_most_of_its_mentions_have(tokenize):
    doc = tokenize("Вечером пришёл Орлов. Орлов сел к столу. Мы долго ждали, пока Орлов заговорит.")
    doc.spans[ENTITIES] = [span(doc, "Орлов", "PER"), span(doc, "Орлов", "LOC", 1), span(doc, "Орлов", "PER", 2)]
    assert found(doc) == [("Орлов", "PER")] * 3


def test_inflected_mentions_of_a_name_vote_together(tokenize):
    doc = tokenize("Мы поехали в Тверь. Тверью правил наместник. В Твери было тихо.")
    doc.spans[ENTITIES] = [span(doc, "Тверь", "LOC"), span(doc, "Тверью", "ORG"), span(doc, "Твери", "LOC")]
    assert [label for _, label in found(doc)] == ["LOC", "LOC", "LOC"]


def test_a_tie_changes_nothing(tokenize):
    doc = tokenize("Орлов приехал. Орлов стоял на реке.")
    doc.spans[ENTITIES] = [span(doc, "Орлов", "PER"), span(doc, "Орлов", "LOC", 1)]
    doc.spans[TAGGER] = [span(doc, "Орлов", "PER"), span(doc, "Орлов", "LOC", 1)]
    assert found(doc) == [("Орлов", "PER"), ("Орлов", "LOC")]


def test_a_capitalised_first_word_joins_a_name_only_when_the_tagger_says_so(tokenize):
    doc = tokenize("Пишу Сергееву в Казань. Анна Петровна ответила сразу.")
    doc.spans[ENTITIES] = [span(doc, "Пишу Сергееву", "PER"), span(doc, "Анна Петровна", "PER")]
    doc.spans[TAGGER] = [span(doc, "Сергееву", "PER"), span(doc, "Анна Петровна", "PER")]
    assert found(doc) == [("Сергееву", "PER"), ("Анна Петровна", "PER")]


def test_the_whole_pipeline_keeps_one_label_for_a_repeated_name(nlp):
    doc = nlp("Утром Кириллов уехал в Калугу. Кириллов вернулся только к вечеру. "
              "Жена Кириллова ждала его у ворот.")
    labels = {s.label_ for s in doc.spans["entities"] if s.text.startswith("Кириллов")}
    assert labels == {"PER"}


def test_a_capitalised_first_word_alone_is_no_name_without_the_tagger(nlp):
    doc = nlp("Стол был накрыт к ужину. Братья, в мокрых шинелях, вошли в сени.")
    doc.spans[ENTITIES] = [span(doc, "Стол", "PER"), span(doc, "Братья", "PER")]
    doc.spans[TAGGER] = []
    assert found(doc) == []


def test_a_first_word_the_tagger_reads_as_a_name_stays(nlp):
    doc = nlp("Лунц вошёл не постучав.")
    doc.spans[ENTITIES] = [span(doc, "Лунц", "PER")]
    doc.spans[TAGGER] = [span(doc, "Лунц", "PER")]
    assert found(doc) == [("Лунц", "PER")]


def test_a_first_word_the_document_capitalises_inside_a_sentence_too_stays(nlp):
    # The inflected `Лунцу` opens its sentence; `Лунц` inside the first one vouches for it.
    doc = nlp("Вечером к нам зашёл Лунц. Лунцу налили чаю.")
    doc.spans[ENTITIES] = [span(doc, "Лунц", "PER"), span(doc, "Лунцу", "PER")]
    doc.spans[TAGGER] = []
    assert found(doc) == [("Лунц", "PER"), ("Лунцу", "PER")]


def test_the_whole_pipeline_reads_no_person_in_a_common_noun_opening_a_sentence(nlp):
    doc = nlp("Мы вернулись поздно. Стол был накрыт белой скатертью. Самовар уже остыл.")
    assert [s.text for s in doc.spans["entities"]] == []


def test_a_line_of_dialogue_opens_after_its_dash(nlp):
    doc = nlp("Он обернулся к двери.\n— Глупая затея! — крикнул он.")
    doc.spans[ENTITIES] = [span(doc, "Глупая", "PER")]
    doc.spans[TAGGER] = []
    assert found(doc) == []


def test_a_surname_votes_with_the_full_name_of_its_person(nlp):
    doc = nlp("Приехал Иван Тарасов. Тарасову встретили на вокзале. Тарасов был весел.")
    doc.spans[ENTITIES] = [span(doc, "Иван Тарасов", "PER"), span(doc, "Тарасову", "LOC"),
                           span(doc, "Тарасов", "PER", 2)]
    assert found(doc) == [("Иван Тарасов", "PER"), ("Тарасову", "PER"), ("Тарасов", "PER")]


def test_a_surname_opening_a_sentence_stays_without_the_tagger(nlp):
    doc = nlp("Тургенев приехал к нам в субботу.")
    doc.spans[ENTITIES] = [span(doc, "Тургенев", "PER")]
    doc.spans[TAGGER] = []
    assert found(doc) == [("Тургенев", "PER")]


def test_no_title_ends_in_a_preposition(nlp):
    doc = nlp("Она долго молчала. «Мы поедем в Рязань», — сказала она наконец.")
    assert not [s.text for s in doc.spans["entities"] if s[-1].pos_ == "ADP"]
    assert "Рязань" in [s.text for s in doc.spans["entities"] if s.label_ == "LOC"]
