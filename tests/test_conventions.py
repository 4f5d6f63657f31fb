"""Our annotation convention and NEREL's (`letopis run --convention nerel`), and names that stop
at a bracket or quotation mark they do not close."""
from __future__ import annotations

import pytest
from spacy.tokens import Span

import letopis
from letopis.entities.conventions import convention
from letopis.entities.rules import balanced
from letopis.tagger.adjectives import count, table

NEREL = {"letopis_entity_rules": {"convention": "nerel"}, "letopis_consistency": {"convention": "nerel"}}


@pytest.fixture(scope="module")
def tokenize():
    return letopis.load([])


@pytest.fixture(scope="module")
def nerel_nlp():
    return letopis.load(config=NEREL)


def entities(nlp, text: str) -> list[tuple[str, str, str | None]]:
    doc = nlp(text)
    return [(s.text, s.label_, s._.fine_type) for s in doc.spans["entities"]]


def cut(doc, first: str, last: str, label: str = "ORG") -> Span:
    start = next(t.i for t in doc if t.text == first)
    end = next(t.i for t in doc if t.text == last and t.i >= start) + 1
    return Span(doc, start, end, label=label)


def test_a_name_stops_before_a_bracket_it_does_not_close(tokenize):
    doc = tokenize("Текст появился на сайте Минздрава [https://example.org/news] вчера.")
    assert balanced(cut(doc, "Минздрава", "https")).text == "Минздрава"
    doc = tokenize("Он вырос в Кёльне (Köln) на Рейне.")
    assert balanced(cut(doc, "Köln", ")", "LOC")).text == "Köln"


def test_a_bracket_the_name_closes_stays(tokenize):
    doc = tokenize("Он служил в Управлении (Восточном) до войны.")
    assert balanced(cut(doc, "Управлении", ")")).text == "Управлении (Восточном)"


def test_a_quotation_mark_the_name_opens_is_closed_or_left_out(tokenize):
    doc = tokenize('Об этом сообщает агентство ИТАР "ТАСС" со ссылкой на источник.')
    assert balanced(cut(doc, "ИТАР", "ТАСС")).text == 'ИТАР "ТАСС"'
    doc = tokenize("Он основал ЗАО «Северный лес» в Перми.")
    assert balanced(cut(doc, "ЗАО", "лес")).text == "Северный лес"
    doc = tokenize("Он работал в тресте Уралстрой «Север и юг» много лет.")
    assert balanced(cut(doc, "Уралстрой", "Север")).text == "Уралстрой"


def test_the_conventions_are_read_from_the_table():
    assert convention("letopis").lowercase == frozenset()
    nerel = convention("nerel")
    assert "LOC" in nerel.lowercase and "EVENT" in nerel.as_tagged and "LOC" in nerel.facility
    with pytest.raises(ValueError):
        convention("conll")


def test_an_adjective_of_a_place_is_a_place_in_nerel_only(nlp, nerel_nlp):
    text = "Вчера японский премьер прилетел в Берлин на переговоры."
    assert ("японский", "LOC", "COUNTRY") not in entities(nlp, text)
    assert ("японский", "LOC", "COUNTRY") in entities(nerel_nlp, text)
    assert ("Берлин", "LOC", "CITY") in entities(nerel_nlp, text)


def test_a_sentence_initial_adjective_of_a_place_is_kept_in_nerel(nlp, nerel_nlp):
    text = "Чешский теннисист выиграл турнир в Мадриде."
    assert ("Чешский", "LOC", "COUNTRY") in entities(nerel_nlp, text)
    assert [e for e in entities(nlp, text) if e[0] == "Чешский"] == []


def test_a_place_inside_an_organisation_name_is_nested_in_nerel(nlp, nerel_nlp):
    text = "Он окончил Казанский государственный университет в 1990 году."
    assert entities(nlp, text) == [("Казанский государственный университет", "ORG", None)]
    assert entities(nerel_nlp, text) == [("Казанский государственный университет", "ORG", None),
                                         ("Казанский", "LOC", "CITY")]


def test_event_mentions_are_entities_in_nerel(nlp, nerel_nlp):
    text = "После выборов в парламент начались протесты в Тбилиси."
    assert ("выборов в парламент", "EVENT", None) in entities(nerel_nlp, text)
    assert [e for e in entities(nlp, text) if e[1] == "EVENT"] == []


def test_a_building_is_a_place_in_our_convention_only(nlp, nerel_nlp):
    text = "Его похоронили на Ваганьковском кладбище в Москве."
    assert ("Ваганьковском кладбище", "LOC") in [e[:2] for e in entities(nlp, text)]
    assert "Ваганьковском кладбище" not in [e[0] for e in entities(nerel_nlp, text)]
    assert ("Москве", "LOC", "CITY") in entities(nerel_nlp, text)


def test_place_adjectives_are_learned_from_brat_files(tmp_path):
    text = ("Шведский король приехал. Шведская делегация уехала. Шведские власти молчат. "
            "Новый дом построен. Новый сад посажен. Новый план готов. Шведский посол здесь.")
    lowered = text.replace("Шведск", "шведск").replace("Новый", "новый")
    (tmp_path / "a.txt").write_text(lowered, encoding="utf-8")
    at = [i for i in range(len(lowered)) if lowered.startswith("шведск", i)]
    ends = [lowered.index(" ", i) for i in at]
    (tmp_path / "a.ann").write_text("".join(
        f"T{n}\tCOUNTRY {start} {end}\t{lowered[start:end]}\n"
        for n, (start, end) in enumerate(zip(at[:3], ends[:3]), 1)), encoding="utf-8")
    rows = table(*count(tmp_path))
    assert rows == [("шведский", "COUNTRY", 3, 4)]
