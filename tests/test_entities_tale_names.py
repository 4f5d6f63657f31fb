"""Names of tale and memoir prose the models read whole or not at all (issue 11, twentieth round,
names20; GUIDELINES 9.74): a name joined by a hyphen to an epithet, a trade or a particle, an
imperative with its particle read as a name. Every sentence here
is written for the test."""
from __future__ import annotations

from letopis.export.records import Numbering, doc_records
from letopis.extensions import ENTITIES


def exported(nlp, text: str) -> list[tuple[str, str, str]]:
    """The entities as the exporters write them: text, type and normal form."""
    records = doc_records(nlp(text), offset=0, numbering=Numbering())
    return [(e["text"], e["type"], e["normal"]) for e in records.entities]


def entities(nlp, text: str) -> list[tuple[str, str]]:
    return [(span.text, span.label_) for span in nlp(text).spans[ENTITIES]]


# A name before an epithet or a trade written small after a hyphen: the name alone.

def test_a_tale_hero_and_a_craftsman_are_their_names_alone(nlp):
    found = exported(nlp, "Дед рассказывал нам сказку про Петра-молодца и Гришку-сапожника.")
    assert ("Петра", "PER", "Пётр") in found and ("Гришку", "PER", "Гришка") in found


def test_the_name_before_a_trade_keeps_its_offsets(nlp):
    text = "Старуха долго ругала Степана-кузнеца, а потом простила."
    records = doc_records(nlp(text), offset=10, numbering=Numbering())
    smith = next(e for e in records.entities if e["type"] == "PER")
    assert (smith["start"], smith["end"], smith["text"]) == (31, 38, "Степана")
    assert text[smith["start"] - 10:smith["end"] - 10] == "Степана"


def test_a_pet_name_the_dictionary_knows_as_a_plant_before_a_trade(nlp):
    found = exported(nlp, "— Федька-кучер отвезёт, — сказала барыня, — а ты найди Петрушку-повара.")
    assert ("Федька", "PER", "Федька") in found and ("Петрушку", "PER", "Петрушка") in found


def test_the_same_person_with_and_without_an_epithet_is_one_cluster(nlp):
    doc = nlp("Жил-был Степан-кузнец. Однажды Степан пошёл в лес.")
    records = doc_records(doc, offset=0, numbering=Numbering())
    clusters = {e["text"]: e["cluster"] for e in records.entities if e["type"] == "PER"}
    assert clusters["Степан"] is not None and len(set(clusters.values())) == 1


def test_a_name_with_a_particle_after_it_is_the_name(nlp):
    assert exported(nlp, "Сашка-то давно уехал в город, а мы остались.") == [("Сашка", "PER", "Сашка")]


def test_a_name_with_the_dialect_particle_is_the_name(nlp):
    assert exported(nlp, "Вчера Петр-от молодец не испугался и пошёл к царю.") == [("Петр", "PER", "Пётр")]


def test_a_river_named_with_its_term_is_the_river_name(nlp):
    assert exported(nlp, "Они долго плыли вниз до Оки-реки и там заночевали.") == [("Оки", "LOC", "Ока")]


def test_a_town_with_a_preposition_and_a_double_surname_stay_whole(nlp):
    assert ("Ростов-на-Дону", "LOC", "Ростов-на-Дону") in exported(nlp, "Летом он уехал в Ростов-на-Дону к брату.")
    assert ("Мамин-Сибиряк", "PER", "Мамин-Сибиряк") in exported(nlp, "Об этом писал Мамин-Сибиряк.")


# An imperative with a particle after a hyphen is a call, no name.

def test_a_dialect_imperative_with_its_particle_is_no_person(nlp):
    assert entities(nlp, "Глянь-ка в окно, Петруша, кто там едет?") == [("Петруша", "PER")]
