"""Names of unseen memoir prose (issue 11, eighteenth round, ner18): a town no dictionary lists
after a preposition of location; an adjective of a thing read as a person; a place named inside
a longer name (GUIDELINES 2.4); a settlement's name with a particle or a note's number inside; a
church named by its dedication. Every sentence here is written for
the test."""
from __future__ import annotations

from letopis.extensions import ENTITIES


def entities(nlp, text: str) -> list[tuple[str, str]]:
    return [(span.text, span.label_) for span in nlp(text).spans[ENTITIES]]


# A word the dictionary does not know, after `при`, `в`, `на` in the locative or `близ`, is a
# place, though the models read it as a person's name.

def test_a_battle_at_an_unknown_town_is_at_a_place(nlp):
    assert entities(nlp, "Бой при Ворсинге длился три часа.") == [("Ворсинге", "LOC")]


def test_a_shop_in_an_unknown_street_is_in_a_place(nlp):
    assert entities(nlp, "Его лавка была на Сенцовке, возле базара.") == [("Сенцовке", "LOC")]


def test_a_workshop_in_an_unknown_street_is_in_a_place(nlp):
    # without `на` among the prepositions of location the models' person stays
    assert entities(nlp, "Мастерская его была на Сенцовке.") == [("Сенцовке", "LOC")]


def test_a_known_surname_after_pri_stays_a_person(nlp):
    assert entities(nlp, "При Кутузове состоял молодой адъютант.") == [("Кутузове", "PER")]


def test_a_person_named_in_the_document_stays_one_after_pri(nlp):
    found = entities(nlp, "Кузяш сидел у окна. Кузяш молчал. При Кузяше никто не пел.")
    assert ("Кузяше", "PER") in found and ("Кузяше", "LOC") not in found


def test_a_town_also_named_after_u_is_still_a_place_after_pri(nlp):
    # `у Гольдбаха` may be a person's or a town's; it does not make the town a person
    assert ("Гольдбахе", "LOC") in entities(nlp, "Дивизия стояла у Гольдбаха до зимы. Потом при Гольдбахе был бой.")


# An adjective of a lower-case thing beside it is no person (GUIDELINES 2.2).

def test_the_law_of_god_as_a_subject_is_no_person(nlp):
    assert entities(nlp, "В школе он учил Священную историю и Божий закон.") == []


def test_a_surname_after_a_thing_stays_a_person(nlp):
    assert ("Болконского", "PER") in entities(nlp, "У дома Болконского стояли кареты.")


# A place named inside a title, an organisation or an event is annotated too (GUIDELINES 2.4).

def test_a_place_inside_a_journal_title(nlp):
    assert ("Европы", "LOC") in entities(nlp, "Он много лет читал «Вестник Европы» и «Русскую старину».")


def test_a_place_inside_a_radio_station(nlp):
    found = entities(nlp, "Он слушал радиостанцию «Эхо Москвы» по утрам.")
    assert ("Эхо Москвы", "ORG") in found and ("Москвы", "LOC") in found


def test_an_adjective_inside_a_university_is_no_place(nlp):
    assert entities(nlp, "Московский университет он окончил с отличием.") == [("Московский университет", "ORG")]


# A settlement's name keeps a particle and a note's number between its adjective and its term.

def normals(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(span.text, span.label_, span._.normal) for span in nlp(text).spans[ENTITIES]]


def test_a_particle_inside_a_settlement_name(nlp):
    assert normals(nlp, "Родом он был Верхнекурминской же станицы казак.") == [
        ("Верхнекурминской же станицы", "LOC", "Верхнекурминская станица")]


def test_a_notes_number_inside_an_outpost_name(nlp):
    assert normals(nlp, "Отряд пришёл с Ветлужского(3) форпоста и стал лагерем.") == [
        ("Ветлужского(3) форпоста", "LOC", "Ветлужский форпост")]


# A church named by its dedication after its noun is a place, the building (GUIDELINES 2.1).

def test_a_church_of_three_martyrs_is_a_building(nlp):
    doc = nlp("Они пошли к церкви Трёх Мучеников на площади.")
    assert [(s.text, s.label_, s._.fine_type) for s in doc.spans[ENTITIES]] == [("Трёх Мучеников", "LOC", "FACILITY")]


def test_a_church_of_a_saint_is_no_person(nlp):
    assert entities(nlp, "В храме Николая Чудотворца служили всенощную.") == [("Николая Чудотворца", "LOC")]


def test_a_familys_church_is_no_dedication(nlp):
    # a surname in the genitive plural names the family whose church it is, not its saint
    found = entities(nlp, "Венчались они в церкви Юсуповых на Мойке.")
    assert not any(text == "Юсуповых" and label == "LOC" for text, label in found)
