"""A familiar form built on a full first name's own stem with a suffix of its own (`Степанушка`,
`Степанко`, `Степанка` of `Степан`; `Аннушка` of `Анна`: `models/coref/hypocoristic_suffixes.tsv`,
`names.hypocoristic_base`) counts as that name, so it joins the person; a namesake with another
surname, another name, a common noun with such an ending and a foreign name stay apart. Memoir,
folk-tale and diary sentences of our own."""
from __future__ import annotations

import pytest

from letopis.coref.names import ClusterIndex, full_name, hypocoristic_base
from letopis.labels import PER


@pytest.mark.parametrize("word, base", [
    ("степанушка", "степан"),
    ("степанко", "степан"),
    ("прохорушка", "прохор"),
    ("андрейка", "андрей"),
    ("аннушка", "анна"),
    ("марьюшка", "марья"),
    ("фомушка", "фома"),
    # no familiar form: common nouns, a stem of two letters, a foreign name's stem, a full name
    ("бабушка", None),
    ("девушка", None),
    ("полка", None),
    ("атака", None),
    ("петрушка", None),  # also the parsley: a homograph, as in name_variants.tsv
    ("янка", None),
    ("марика", None),
    ("степан", None),
])
def test_the_base_of_a_familiar_form(word, base):
    assert hypocoristic_base(word) == base


def test_a_familiar_form_of_a_familiar_form_reaches_the_full_name():
    # `Ванюшка` is built on `Ваня`, which the variants table reads as `Иван`
    assert full_name("ванюшка") == "иван"


@pytest.mark.parametrize("names, same", [
    # memoir: the servant called by his full name and by two familiar forms
    (("Степан Кузьмин", "Степанушка", "Степанко"), True),
    # folk tale: the hero's name and the teller's affectionate forms of it
    (("Прохор-богатырь", "Прохорушка"), True),
    # diary: a woman's name and its form in -ушка
    (("Анна Сомова", "Аннушка"), True),
    # another name
    (("Степан Кузьмин", "Прохорушка"), False),
])
def test_familiar_forms_join_the_person(names, same):
    index = ClusterIndex()
    assert (len({index.assign(PER, name) for name in names}) == 1) is same


def test_namesakes_stay_apart():
    index = ClusterIndex()
    first = index.assign(PER, "Степан Кузьмин")
    second = index.assign(PER, "Степан Белов")
    # a familiar form joins one of them (the latest), never makes the two one person
    assert first != second
    assert index.assign(PER, "Степанушка") in (first, second)
    assert index.assign(PER, "Степан Кузьмин") == first


@pytest.mark.parametrize("text, full, familiar", [
    ("У деда в работниках жил Прохор Зимин, мужик тихий и сильный. Бабушка жалела его и звала Прохорушкой.",
     "Прохор Зимин", "Прохорушкой"),
    ("У деда в работниках жил Степан Зимин, мужик тихий и сильный. Вечером пришёл Степанко и сел у печки.",
     "Степан Зимин", "Степанко"),
])
def test_in_a_text(nlp, text, full, familiar):
    doc = nlp(text)
    found = {span.text: span._.cluster for span in doc.ents if span.label_ == "PER"}
    assert found[full] == found[familiar]
