"""A name given again in Latin letters in brackets is a mention of the name's type (GUIDELINES 9.73)."""
from __future__ import annotations

from letopis.extensions import ENTITIES


def entities(nlp, text: str) -> list[tuple[str, str]]:
    return [(span.text, span.label_) for span in nlp(text).spans[ENTITIES]]


def test_a_series_title_repeated_in_english_is_a_title(nlp):
    found = entities(nlp, "Она снялась в сериале «Тихая гавань» (Quiet Harbour) в прошлом году.")
    assert found == [("Тихая гавань", "WORK_OF_ART"), ("Quiet Harbour", "WORK_OF_ART")]


def test_a_full_name_and_its_abbreviation_are_two_mentions(nlp):
    found = entities(nlp, "Делегаты собрались в Ассоциации северных портов (Northern Ports Association, NPA) в среду.")
    assert ("Northern Ports Association", "ORG") in found and ("NPA", "ORG") in found


def test_a_person_and_a_company_keep_their_types(nlp):
    assert ("Margaret Hillford", "PER") in entities(
        nlp, "На конференции выступила профессор Маргарет Хиллфорд (Margaret Hillford) из Бостона.")
    assert ("Fietspad Groep", "ORG") in entities(
        nlp, "Контракт подписала нидерландская компания «Велосипедные дороги» (Fietspad Groep).")


def test_two_names_parted_by_a_comma_are_left_as_read(nlp):
    assert ("Greenfield, Moonlake", "ORG") not in entities(nlp, "Выступили группы Гринфилд (Greenfield, Moonlake) и ещё две.")


def test_a_bracket_inside_a_name_stays_in_it(nlp):
    found = entities(nlp, "Тренер Роберт «Бобби» Хендерсон (Robert (Bobby) Henderson говорил с журналистами.")
    assert ("Robert", "PER") in found and ("Хендерсон", "PER") in found


def test_a_name_run_on_into_the_bracket_stops_before_it(nlp):
    from spacy.tokens import Span
    from letopis.entities.foreign import bracketed_names
    doc = nlp.make_doc("Он лечился в клинике Турина (Ospedale Maggiore, OM) две недели.")
    assert [t.text for t in doc[5:11]] == ["(", "Ospedale", "Maggiore", ",", "OM", ")"]
    found = bracketed_names(doc, [Span(doc, 4, 11, label="LOC")])
    assert [(s.text, s.label_) for s in found] == [("Турина", "LOC"), ("Ospedale Maggiore", "LOC"), ("OM", "LOC")]
