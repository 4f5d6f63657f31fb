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
