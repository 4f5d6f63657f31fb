"""Entity rules: titles, periodicals, multi-word names and events; model errors removed."""
from __future__ import annotations

import pytest


def entities(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(span.text, span.label_) for span in doc.spans["entities"]]


@pytest.mark.parametrize("text, expected", [
    ("В журнале «Новый мир» вышел роман «Мать».", [("Новый мир", "ORG"), ("Мать", "WORK_OF_ART")]),
    ("Он читал газету Le Temps.", [("Le Temps", "ORG")]),
    ("Он написал ещё один роман, Белая гвардия (1925), о Киеве.", [("Белая гвардия", "WORK_OF_ART"), ("Киеве", "LOC")]),
    ("Позже он выпустил повесть, Собачье сердце (1925), в Берлине.",
     [("Собачье сердце", "WORK_OF_ART"), ("Берлине", "LOC")]),
    ("Во время Второй мировой войны он жил в Лондоне.", [("Второй мировой войны", "EVENT"), ("Лондоне", "LOC")]),
    ("Он вступил в Третий интернационал.", [("Третий интернационал", "ORG")]),
    ("Он вступил в Радикальную партию трудового народа.", [("Радикальную партию трудового народа", "ORG")]),
])
def test_names_found_by_rule(nlp, text, expected):
    assert entities(nlp, text) == expected


def test_nested_names_are_both_kept(nlp):
    found = entities(nlp, "Все следили за «делом Бейлиса», а потом началась гражданская война в России.")
    assert ("делом Бейлиса", "EVENT") in found and ("Бейлиса", "PER") in found
    assert ("гражданская война в России", "EVENT") in found and ("России", "LOC") in found


def test_doc_ents_hold_the_outermost_names(nlp):
    doc = nlp("Все следили за «делом Бейлиса».")
    assert [(e.text, e.label_) for e in doc.ents] == [("делом Бейлиса", "EVENT")]


def test_a_title_is_recognised_again_without_its_cue(nlp):
    found = entities(nlp, "Он закончил роман «Белая гвардия». Белая гвардия вышла в Риге.")
    assert found.count(("Белая гвардия", "WORK_OF_ART")) == 2


def test_a_capitalised_gerund_is_not_a_place(nlp):
    assert entities(nlp, "Добравшись до Москвы, Блок заболел.") == [("Москвы", "LOC"), ("Блок", "PER")]
    assert entities(nlp, "Уехав из Москвы, Цветаева поселилась в Праге.") == [
        ("Москвы", "LOC"), ("Цветаева", "PER"), ("Праге", "LOC")]


def test_countries_get_their_fine_type(nlp):
    doc = nlp("Он уехал из Франции в Казань.")
    assert [(s.text, s._.fine_type) for s in doc.spans["entities"]] == [("Франции", "COUNTRY"), ("Казань", "CITY")]
