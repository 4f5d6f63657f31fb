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
    ("Всю Вторую мировую войну мой дядя прожил в Лондоне.", [("Вторую мировую войну", "EVENT"), ("Лондоне", "LOC")]),
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


# Organisations: how the tagger's spans, slovnet's and the rules' are combined (entities/rules.py).

def test_the_taggers_longer_organisation_wins_over_the_rules_head_and_genitives(nlp):
    # the head rule reads `Следственное управление СК` (head noun + genitives); the tagger, trained
    # on NEREL, reads the name up to its region, as NEREL writes such names
    found = entities(nlp, "Следственное управление СК по Псковской области возбудило уголовное дело.")
    assert ("Следственное управление СК по Псковской области", "ORG") in found
    assert ("Следственное управление СК", "ORG") not in found
    found = entities(nlp, "Жалобу рассмотрело Главное управление МЧС по Тверской области.")
    assert ("Главное управление МЧС по Тверской области", "ORG") in found


def test_a_capitalised_preposition_is_no_roman_numeral(nlp):
    from letopis.entities.rules import roman

    doc = nlp("В Государственном историческом музее открылась выставка. На ХХ съезде выступил Хрущёв.")
    assert ("Государственном историческом музее", "ORG") in [(s.text, s.label_) for s in doc.spans["entities"]]
    assert not roman(doc[0])                            # `В`, a preposition
    assert doc[8].text == "ХХ" and roman(doc[8])        # Cyrillic `ХХ`
    assert ("ХХ съезде", "EVENT") in [(s.text, s.label_) for s in doc.spans["entities"]]


def test_leading_words_that_never_open_an_organisation_are_cut(nlp):
    from spacy.tokens import Span

    from letopis.entities.rules import opened

    doc = nlp("Он был заместителем начальника штаба ВМС Китая, а брат работал в правительстве Польши.")
    assert opened(Span(doc, 2, 7, label="ORG")).text == "ВМС Китая"  # from заместителем начальника штаба
    government = opened(Span(doc, 12, 14, label="ORG"))    # правительстве Польши: NEREL opens bodies with it
    assert government.text == "правительстве Польши"
    assert opened(Span(doc, 2, 4, label="ORG")) is None    # заместителем начальника: nothing is left
    # an adjective stops the cut: it belongs to the name
    doc = nlp("Он возглавил новое временное правительство Чили.")
    assert opened(Span(doc, 2, 6, label="ORG")).text == "новое временное правительство Чили"


def test_a_verb_before_an_institution_is_not_part_of_its_name(nlp):
    found = entities(nlp, "Заявление распространила пресс-служба Белого дома.")
    assert ("пресс-служба Белого дома", "ORG") in found
    assert not any(text.startswith("распространила") for text, _ in found)


def test_an_ordinal_in_digits_names_a_body():
    from letopis.entities.rules import numbered

    class Word:
        def __init__(self, text: str) -> None:
            self.text, self.is_digit = text, text.isdigit()

    assert all(numbered(Word(w)) for w in ("2-й", "3-я", "10-го", "1917"))
    assert not any(numbered(Word(w)) for w in ("армии", "з-й", "-й", "2-х"))


def test_a_numbered_army_is_a_name_and_a_lowercase_one_is_not(nlp):
    from spacy.tokens import Span

    from letopis.entities.rules import false_positive

    doc = nlp("Отец служил во 2-й гвардейской армии.")
    assert not false_positive(Span(doc, 3, 6, label="ORG"))   # 2-й гвардейской армии
    assert false_positive(Span(doc, 4, 6, label="ORG"))       # гвардейской армии


def test_an_adjective_and_a_noun_read_as_a_verb_still_name_a_company(nlp):
    assert ("Северной стали", "ORG") in entities(nlp, "Он двадцать лет проработал на заводе «Северной стали».")
    assert entities(nlp, "Добравшись до Москвы, Блок заболел.") == [("Москвы", "LOC"), ("Блок", "PER")]


def test_a_building_slovnet_reads_as_an_organisation_is_one(nlp):
    # the tagger reads a FACILITY, which the pipeline does not output; slovnet an ORG on the same words
    assert entities(nlp, "Вечером он выступил в Большом театре.") == [("Большом театре", "ORG")]
    assert entities(nlp, "Осенью его положили в Боткинскую больницу.") == [("Боткинскую больницу", "ORG")]
