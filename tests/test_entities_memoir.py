"""Entities on memoir prose (issue 11, ent7): kinds of error found on the entities probe
(`gold/probe/entities/`), each fixed by a general rule of `entities/consistency.py`,
`entities/rules.py` or `entities/normalize.py` with its table in `models/entities/`.
Every sentence here is written for the test."""
from __future__ import annotations

import pytest
from spacy.tokens import Span

from letopis.extensions import ENTITIES


def entities(nlp, text: str) -> list[tuple[str, str]]:
    return [(span.text, span.label_) for span in nlp(text).spans[ENTITIES]]


def normals(nlp, text: str) -> list[tuple[str, str, str | None]]:
    return [(span.text, span._.normal, span._.fine_type) for span in nlp(text).spans[ENTITIES]]


# A common noun (a rank, a title, a kinship word) opening a sentence is not part of the name
# its capital glues it to; a first name that is also a common noun keeps its place.

@pytest.mark.parametrize("text, expected", [
    ("Урядник Сомов вошёл в избу и снял шапку.", [("Сомов", "PER")]),
    ("Маршал Жуков принимал парад.", [("Жуков", "PER")]),
    ("Дядя Яков взял гитару.", [("Яков", "PER")]),
    ("Река Урал в тот год разлилась.", [("Урал", "LOC")]),
])
def test_a_rank_or_common_noun_opening_a_sentence_is_outside_the_name(nlp, text, expected):
    assert entities(nlp, text) == expected


@pytest.mark.parametrize("text, name", [
    ("Лев Толстой приехал в Ясную Поляну.", "Лев Толстой"),
    ("Надежда Крупская писала брату.", "Надежда Крупская"),
    ("Любовь Орлова снималась в кино.", "Любовь Орлова"),
])
def test_a_first_name_that_is_also_a_common_noun_stays_in_the_name(nlp, text, name):
    assert (name, "PER") in entities(nlp, text)


# A name in a form no person takes is a place, and its other mentions follow it.

def test_a_river_in_the_second_locative_or_an_inanimate_accusative_is_a_place_in_every_mention(nlp):
    text = ("Старик рассказывал, что вырос на Дону и что Дон тогда был полноводен; "
            "весной он снова поехал на Дон.")
    assert entities(nlp, text) == [("Дону", "LOC"), ("Дон", "LOC"), ("Дон", "LOC")]


def test_a_masculine_name_in_its_nominative_after_a_preposition_of_direction_is_a_place(nlp):
    assert entities(nlp, "Весною купцы повезли соль на Иргиз.") == [("Иргиз", "LOC")]


def test_a_persons_accusative_after_a_preposition_stays_a_person(nlp):
    assert entities(nlp, "Все надеялись на Ивана, а она вышла за Петра.") == [("Ивана", "PER"), ("Петра", "PER")]


def test_a_place_written_once_in_a_form_read_as_a_surname_takes_the_places_label(nlp):
    # `Котлов`: the dictionary's likeliest reading is the genitive plural of `котёл`, the
    # document's `Котлы` twice a place
    text = ("Зимой семья переехала на Котлы. На Котлах жили одни рыбаки, и с Котлов никто не "
            "уходил в город. Мы тоже полюбили Котлы.")
    found = entities(nlp, text)
    assert ("Котлов", "LOC") in found and not [name for name, label in found if label == "PER"]


def test_a_first_name_the_dictionary_knows_only_as_one_is_no_place(nlp):
    assert entities(nlp, "Сложилась крепкая дружба между Колькой и Ванькой.") == [
        ("Колькой", "PER"), ("Ванькой", "PER")]


# A capitalised adjective + a generic term of a place name (`models/entities/place_heads.tsv`).

def test_a_settlement_and_an_outpost_are_named_with_their_generic_term(nlp):
    assert normals(nlp, "Обоз ушёл из Терновской станицы к Каменскому форпосту.") == [
        ("Терновской станицы", "Терновская станица", "CITY"),
        ("Каменскому форпосту", "Каменский форпост", "FACILITY")]


def test_streets_and_bays_are_put_in_the_nominative_word_by_word(nlp):
    assert normals(nlp, "Мы гуляли по Тверской улице и Невскому проспекту, потом поехали на Южную бухту.") == [
        ("Тверской улице", "Тверская улица", "FACILITY"), ("Невскому проспекту", "Невский проспект", "FACILITY"),
        ("Южную бухту", "Южная бухта", "LOCATION")]


def test_an_adjective_capitalised_only_by_the_sentence_names_no_place(nlp):
    assert entities(nlp, "Большая площадь была пуста.") == []


# An organisation's head noun capitalised inside a sentence, with its genitive tail.

def test_a_chancellery_with_its_genitives_is_one_organisation(nlp):
    assert entities(nlp, "Дело передали в Канцелярию тайных розыскных дел, а потом в Сенат.") == [
        ("Канцелярию тайных розыскных дел", "ORG"), ("Сенат", "ORG")]


def test_a_head_noun_opening_a_sentence_makes_no_organisation(nlp):
    assert entities(nlp, "Приказ был подписан вечером.") == []


# A span the trimming of a sentence's first word leaves without a capital names nothing.

def test_a_span_left_lowercase_by_the_trimming_is_dropped(nlp):
    doc = nlp("Собралась дружная артель.")
    doc.spans[ENTITIES] = [Span(doc, 0, 2, label="ORG")]  # as a model may read the capital
    doc = nlp.get_pipe("letopis_consistency")(doc)
    assert list(doc.spans[ENTITIES]) == []


def test_a_numbered_name_is_kept_though_it_has_no_capital(nlp):
    doc = nlp("Отец служил во 2-й армии.")
    start = next(t.i for t in doc if t.text == "2-й")
    doc.spans[ENTITIES] = [Span(doc, start, start + 2, label="ORG")]
    doc = nlp.get_pipe("letopis_consistency")(doc)
    assert [(s.text, s.label_) for s in doc.spans[ENTITIES]] == [("2-й армии", "ORG")]


def test_a_first_name_after_the_noun_it_names_stays_a_place(nlp):
    assert entities(nlp, "Пароход бросил якорь у мыса Мария.") == [("Мария", "LOC")]


def test_under_nerels_convention_a_street_is_no_place():
    import letopis
    nerel = letopis.load(config={"letopis_entity_rules": {"convention": "nerel"},
                                 "letopis_consistency": {"convention": "nerel"}})
    found = [(s.text, s.label_) for s in nerel("Мы жили на Тверской улице, у Белой горы.").spans[ENTITIES]]
    assert ("Тверской улице", "LOC") not in found and ("Белой горы", "LOC") in found


# A word of speech drawn out, stammered or with a hyphenated particle is no name, though it opens
# a line with a capital; the drawled call of a surname stays one.

@pytest.mark.parametrize("text", [
    "— Ага-а, попались, воришки! — крикнул сторож.",
    "— Ффу, устала я, — сказала бабушка.",
    "— Слушайте-ка, ребята, что я скажу.",
    "— На-ко, возьми, — сказал дед.",
])
def test_a_drawled_or_particle_tailed_word_of_speech_is_no_name(nlp, text):
    assert entities(nlp, text) == []


def test_a_stammered_pronoun_is_no_name_but_the_speaker_is(nlp):
    assert entities(nlp, "— Ва-вас не пустят, — сказал Петька.") == [("Петька", "PER")]


def test_a_drawled_surname_called_out_is_a_person(nlp):
    assert entities(nlp, "— Жуко-ов! Иди сюда! — кричал учитель.") == [("Жуко-ов", "PER")]


def test_hyphenated_names_stay_names(nlp):
    assert entities(nlp, "Из Нью-Йорка он приехал на Сапун-гору.") == [("Нью-Йорка", "LOC"), ("Сапун-гору", "LOC")]


# A line of speech is no title: quoted words ending in a question or an exclamation after a colon
# or a dash, or words holding a personal pronoun outside quotation marks, with no cue noun.

def test_quoted_questions_and_answers_are_no_titles(nlp):
    assert entities(nlp, "Его допрашивали: «Кто стрелял?» — «Я стрелял!» — отвечал он.") == []


def test_a_title_after_its_cue_noun_stays_a_title(nlp):
    assert entities(nlp, "Он прочитал роман «Кто виноват?» за одну ночь.") == [("Кто виноват?", "WORK_OF_ART")]


def test_a_wish_with_a_pronoun_is_no_title(nlp):
    from letopis.entities.rules import spoken_title
    doc = nlp("-- Ох, дай Бог ей удачи на экзамене, -- вздохнула мать.")
    start = next(t.i for t in doc if t.text == "Бог")
    assert spoken_title(Span(doc, start, start + 3, label="WORK_OF_ART"))
    assert not spoken_title(Span(doc, start, start + 1, label="WORK_OF_ART"))


# A place and a person side by side in different cases, read as one place, part.

@pytest.mark.parametrize("text, expected", [
    ("Он ушёл к Уфе, оставив под Казанью Перфильева с конницей.",
     [("Уфе", "LOC"), ("Казанью", "LOC"), ("Перфильева", "PER")]),
    ("Командир полагал, что из Бузулука Державин двинется к Волге.",
     [("Бузулука", "LOC"), ("Державин", "PER"), ("Волге", "LOC")]),
])
def test_a_place_and_a_person_glued_by_their_capitals_part(nlp, text, expected):
    assert entities(nlp, text) == expected


def test_a_two_word_place_in_one_case_stays_whole(nlp):
    assert ("Нижнего Новгорода", "LOC") in entities(nlp, "Мы доехали до Нижнего Новгорода к ночи.")


# A particle, interjection or conjunction opening a sentence is outside the name; an initial is not.

@pytest.mark.parametrize("text, expected", [
    ("Вот Петька и пришёл.", [("Петька", "PER")]),
    ("Ну Гришка и хитрец!", [("Гришка", "PER")]),
])
def test_a_particle_opening_a_sentence_is_outside_the_name(nlp, text, expected):
    assert entities(nlp, text) == expected


def test_an_initial_opening_a_sentence_stays_in_the_name(nlp):
    assert ("И. С. Тургенев", "PER") in entities(nlp, "И. С. Тургенев жил в Париже.")


def test_an_unknown_word_read_only_as_a_particle_is_no_name(nlp):
    assert entities(nlp, "— Н-да. Ну, посмотрим, — сказал он.") == []


def test_an_exclamation_outside_quotation_marks_is_no_title(nlp):
    from letopis.entities.rules import spoken_title
    doc = nlp("-- Ах, досадно! -- проговорил капитан.")
    start = next(t.i for t in doc if t.text == "Ах")
    assert spoken_title(Span(doc, start, start + 3, label="WORK_OF_ART"))


def test_a_particle_that_is_also_a_name_stays_in_the_name(nlp):
    assert ("Ван Мин", "PER") in entities(nlp, "Ван Мин приехал в Пекин.")


def test_a_places_generic_term_opening_a_sentence_stays_in_the_name(nlp):
    # a title opening a sentence goes (`Атаман Ефремов`), the generic term of a place stays
    assert entities(nlp, "Улица Горького была пуста.") == [("Улица Горького", "LOC")]
    assert entities(nlp, "Атаман Ефремов уехал в станицу.") == [("Ефремов", "PER")]
