"""Names as reference books, gazetteers and letters write them (texts of our own writing): an
abbreviated place term (`Рязанской губ.`, `с. Покровское`: `place_abbreviations.tsv`), an
article's headword in capitals before the first name (`СМИРНОВ Андрей Петрович`), and a letter's
capitalised `Вашей` that is no name."""
from __future__ import annotations

import pytest


def names(nlp, text: str) -> list[tuple[str, str, str]]:
    return [(e.text, e.label_, e._.normal) for e in nlp(text).spans["entities"]]


def test_a_province_written_short_is_one_place_with_its_term_written_out(nlp):
    assert names(nlp, "Он родился в с. Покровское Рязанской губ. в 1840 году.") == [
        ("Покровское", "LOC", "Покровское"), ("Рязанской губ.", "LOC", "Рязанская губерния")]


def test_a_town_after_its_abbreviated_term_is_the_place(nlp):
    found = names(nlp, "Отец служил в г. Ельце Орловской губ., потом в Епифанском у.")
    assert ("Ельце", "LOC", "Елец") in found
    assert ("Орловской губ.", "LOC", "Орловская губерния") in found
    assert ("Епифанском у.", "LOC", "Епифанский уезд") in found


def test_a_name_the_model_runs_into_the_province_ends_where_the_province_begins(nlp):
    found = names(nlp, "Летом мы уехали в имение Луговое Тульской губ.")
    assert [text for text, label, _ in found if label == "LOC"] == ["Луговое", "Тульской губ."]


def test_the_abbreviation_of_a_year_names_no_town(nlp):
    found = names(nlp, "В 1812 г. Москва сгорела почти вся.")
    assert [(text, label) for text, label, _ in found] == [("Москва", "LOC")]


@pytest.mark.parametrize("text, expected", [
    ("СМИРНОВ Андрей Петрович (1850–1912), русский врач.",
     ("СМИРНОВ Андрей Петрович", "PER", "Смирнов Андрей Петрович")),
    ("ГЛЕБОВА Анна Сергеевна (1861–1930), переводчица.",
     ("ГЛЕБОВА Анна Сергеевна", "PER", "Глебова Анна Сергеевна")),
])
def test_an_articles_headword_in_capitals_is_one_person(nlp, text, expected):
    assert names(nlp, text)[0] == expected
    assert not any(label == "ORG" for _, label, _ in names(nlp, text))


def test_capitals_before_no_first_name_are_no_headword(nlp):
    assert not any(label == "PER" for _, label, _ in names(nlp, "ЦСУ опубликовало данные за год."))


@pytest.mark.parametrize("text", [
    "Кланяюсь Вашей матушке и сестрам.",
    "Передайте Вашему брату, что рукопись готова.",
])
def test_a_letters_capitalised_pronoun_is_no_name(nlp, text):
    assert not any(label == "PER" for _, label, _ in names(nlp, text))


@pytest.mark.parametrize("text, expected", [
    # the tagger's cases of the adjective and the noun disagree; the noun's gender decides
    ("Его похоронили на Митрофаниевском кладбище.", ("Митрофаниевском кладбище", "Митрофаниевское кладбище")),
    ("Он был в Зимнем дворце.", ("Зимнем дворце", "Зимний дворец")),
])
def test_a_places_adjective_takes_the_gender_of_its_noun(nlp, text, expected):
    assert [(t, n) for t, label, n in names(nlp, text) if label == "LOC"] == [expected]


@pytest.mark.parametrize("text, person", [
    # `г.` for господин and `с.` before a surname: the person stays a person, no town
    ("Вчера у нас обедал г. Тургенев и много говорил о Париже.", "Тургенев"),
    ("Вечером заходил с. Орлов, звал на охоту.", "Орлов"),
])
def test_an_abbreviated_title_before_a_surname_names_no_place(nlp, text, person):
    found = names(nlp, text)
    assert (person, "PER") in [(t, label) for t, label, _ in found]
    assert person not in [t for t, label, _ in found if label == "LOC"]


def test_a_surname_after_g_that_the_models_do_not_read_is_no_town(nlp):
    assert not any(label == "LOC" for _, label, _ in names(nlp, "Статья г. Белинского наделала много шуму."))


@pytest.mark.parametrize("text", [
    # slovnet reads the surname after `г.` as a place; only a person's name reads so: господин
    "Он учился в Моск. ун-те, где слушал лекции г. Белинского.",
    "Вчера я читал в журнале ответ г. Погодина на эту статью.",
])
def test_a_surname_the_models_read_as_a_place_after_g_is_a_person(nlp, text):
    found = names(nlp, text)
    surname = [t for t, _, _ in found if t in ("Белинского", "Погодина")]
    assert [(t, label) for t, label, _ in found if t in surname] == [(surname[0], "PER")]


@pytest.mark.parametrize("text, place", [
    # after a preposition `г.` is the town's, whatever else the name reads as
    ("Мы выехали из г. Ельца рано утром.", "Ельца"),
    ("Брат жил тогда в г. Казани у дяди.", "Казани"),
])
def test_g_after_a_preposition_is_still_the_town(nlp, text, place):
    assert (place, "LOC") in [(t, label) for t, label, _ in names(nlp, text)]


@pytest.mark.parametrize("text, cut", [
    # an adjective cut short by its stop (`Моск.` for Московский) is no place of its own
    ("Он учился в Моск. ун-те два года.", "Моск"),
    ("Отец служил в Петерб. губ. правлении.", "Петерб"),
])
def test_a_capitalised_word_cut_short_by_a_stop_names_nothing(nlp, text, cut):
    assert cut not in [t for t, _, _ in names(nlp, text)]


def test_an_abbreviation_pymorphy_knows_as_a_place_stays_one(nlp):
    assert ("Спб", "LOC") in [(t, label) for t, label, _ in names(nlp, "Вчера брат уехал в Спб. и там остался.")]


@pytest.mark.parametrize("text, place", [
    # the rule must still fire where the name reads as a place: pymorphy3's `Geox`, or a neuter
    # adjective, as villages are named after `село`
    ("Мы прожили лето в г. Мещовске у тётки.", ("Мещовске", "LOC", "Мещовск")),
    ("Имение его было при с. Никольское, в двух верстах от станции.", ("Никольское", "LOC", "Никольское")),
])
def test_a_town_or_village_after_its_term_still_is_a_place(nlp, text, place):
    assert place in names(nlp, text)


@pytest.mark.parametrize("text, person", [
    # an acronym in capitals at a text's start is no headword: the models' person stays whole
    ("СССР Михаил Горбачёв возглавил в 1985 году.", "Михаил Горбачёв"),
    ("ВЧК Иван Петров был арестован осенью.", "Иван Петров"),
])
def test_an_acronym_before_a_first_name_is_no_headword(nlp, text, person):
    persons = [t for t, label, _ in names(nlp, text) if label == "PER"]
    assert persons == [person]
