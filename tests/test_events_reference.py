"""A biographical dictionary writes a life in abbreviations and verbs without a subject:
`Род. 3 мая 1841 в Туле. Окончил ... Ум. 1902.` (`models/events/abbreviations.tsv`,
`extractor.abbreviated`, `entry_arguments`; the opening verbs: `morph.shown_words`)."""
from __future__ import annotations


def events(doc):
    return {(doc.text[e["trigger"][0]:e["trigger"][1]], e["type"]):
            {(a.role, doc.text[a.start:a.end]) for a in e["args"]} for e in doc._.events}


def test_birth_and_death_written_in_full_sentences_of_abbreviations(nlp):
    doc = nlp("ЗОРИН Пётр Ильич (1821–1881), русский химик. Род. 3 (15) мая 1821 в Калуге. "
              "Окончил Петербургский университет. Ум. 12 декабря 1881 в Москве, похоронен на Смоленском кладбище.")
    found = events(doc)
    assert found[("Род", "BIRTH")] == {("time", "3 (15) мая 1821"), ("place", "Калуге")}
    assert ("Окончил", "EDUCATION") in found
    # the burial place is said after the next verb: not the death's
    assert found[("Ум", "DEATH")] == {("time", "12 декабря 1881"), ("place", "Москве")}


def test_the_bracketed_formula_after_a_headword(nlp):
    found = events(nlp("ЛЕБЕДЕВА Анна Сергеевна (род. 1898, Ковров – ум. 1937, Москва), историк."))
    assert found[("род", "BIRTH")] == {("time", "1898"), ("place", "Ковров")}
    assert found[("ум", "DEATH")] == {("time", "1937"), ("place", "Москва")}


def test_a_genus_or_a_mind_is_no_life_event(nlp):
    doc = nlp("Форма род. п. мн. ч. этого слова редка. Ум человека ищет причин.")
    assert not [e for e in doc._.events if e["type"] in ("BIRTH", "DEATH")]


def test_a_year_in_brackets_after_the_place_dates_the_step(nlp):
    found = events(nlp("Вернувшись из ссылки, окончил Казанскую духовную академию (1868). "
                       "Преподавал в Вятской семинарии (1870–1874)."))
    assert ("time", "1868") in found[("окончил", "EDUCATION")]
    assert ("time", "1870–1874") in next(args for (word, _), args in found.items() if word == "Преподавал")


def test_a_persons_or_a_works_years_in_brackets_are_their_own(nlp):
    found = events(nlp("Летом дед встретил в Ялте Антона Чехова (1860–1904)."))
    assert ("time", "1860–1904") not in found[("встретил", "MEETING")]


def test_a_kin_or_a_mind_ending_a_sentence_is_no_life_event(nlp):
    doc = nlp("Они происходили из старого купеческого рода, и это был крепкий род. В 1790 году дед "
              "открыл лавку. У отца был острый ум. С 1850 года он служил в Казани.")
    assert not [e for e in doc._.events if e["type"] in ("BIRTH", "DEATH")]


def test_the_years_of_a_person_the_tagger_missed_are_his_own(nlp):
    found = events(nlp("Летом дед встретил в Ялте старого поэта (1820–1899)."))
    assert found[("встретил", "MEETING")] == {("time", "Летом"), ("place", "Ялте")}
