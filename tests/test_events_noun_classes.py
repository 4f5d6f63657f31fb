"""Named noun classes of the event lexicon (`models/events/classes.tsv`): a `requires` cell
`slot=@class` of `models/events/lexicon.tsv` stands for one `slot=lemma` cell per member
(`в+Acc=@school` → `в+Acc=гимназия`, `в+Acc=университет`, ...), expanded as the lexicon loads."""
from __future__ import annotations

import pytest

from letopis.events import rules
from test_events import events, only


def readings(lemma: str, type: str, pos: str = "VERB") -> list[rules.Entry]:
    return [entry for entry in rules.lexicon()[(lemma, pos)] if entry.type == type]


def cells(lemma: str, type: str, pos: str = "VERB") -> set[str]:
    (entry,) = readings(lemma, type, pos)
    return set(entry.requires.split(","))


def test_a_class_brings_in_the_members_of_the_classes_it_names():
    classes = rules.classes()
    assert {"гимназия", "университет", "семинария", "курс"} <= set(classes["school"])
    # `service` names `forces`, `rank` names `conscript`, `confinement` names `prison`
    assert set(classes["forces"]) < set(classes["service"]) and "полк" in classes["service"]
    assert set(classes["conscript"]) < set(classes["rank"]) and "юнкер" in classes["rank"]
    assert set(classes["prison"]) < set(classes["confinement"]) and "карцер" in classes["confinement"]
    # a member is listed once, and no reference is left unexpanded
    assert all(len(set(members)) == len(members) for members in classes.values())
    assert not any(member.startswith("@") for members in classes.values() for member in members)


def test_the_loaded_lexicon_has_no_class_reference_left():
    for entries in rules.lexicon().values():
        for entry in entries:
            for cell in (entry.requires or "").split(",") + (entry.excludes or "").split(","):
                assert "=@" not in cell, entry


@pytest.mark.parametrize("lemma, type, slot, name", [
    ("кончить", "EDUCATION", "obj", "school"),
    ("исключить", "EDUCATION", "из+Gen", "school"),
    ("определить", "EDUCATION", "в+Acc", "school"),
    ("поступить", "EMPLOYMENT", "в+Acc", "service"),
    ("поступить", "EMPLOYMENT", "в+Nom", "rank"),
    ("призвать", "EMPLOYMENT", "в+Acc", "forces"),
    ("отдать", "EMPLOYMENT", "в+Nom", "conscript"),
    ("записаться", "EMPLOYMENT", "в+Acc", "volunteer"),
    ("сидеть", "ARREST", "в+Loc", "confinement"),
    ("попасть", "ARREST", "в+Acc", "confinement"),
    ("выйти", "RELEASE", "из+Gen", "prison"),
])
def test_a_row_with_a_reference_has_every_member_of_the_class(lemma, type, slot, name):
    assert {f"{slot}={member}" for member in rules.classes()[name]} <= cells(lemma, type)


def test_the_cells_beside_a_reference_stay_as_written():
    # `зачислить в университет`, `зачислить на курс`, `на факультет`
    assert {"в+Acc=университет", "на+Acc=курс", "на+Acc=факультет"} <= cells("зачислить", "EDUCATION")
    assert "на+Acc=гимназия" not in cells("зачислить", "EDUCATION")
    # a frame names only the classes it takes: being released is leaving a prison, not a cell
    assert "из+Gen=тюрьма" in cells("выйти", "RELEASE") and "из+Gen=карцер" not in cells("выйти", "RELEASE")
    # a conscript is taken as a soldier, never as a cadet
    assert "в+Nom=рекрут" in cells("взять", "EMPLOYMENT") and "в+Nom=юнкер" not in cells("взять", "EMPLOYMENT")


def test_expanding_keeps_the_order_of_the_class():
    assert rules.expand("obj=урок,obj=@prison,obj=курс") == ",".join(
        ["obj=урок", *(f"obj={member}" for member in rules.classes()["prison"]), "obj=курс"])
    assert rules.expand("в+Acc,на+Acc") == "в+Acc,на+Acc" and rules.expand(None) is None


def test_an_unknown_class_name_stops_the_lexicon_from_loading(monkeypatch):
    real = rules.load_table

    def table(name: str):
        if name == "events/lexicon.tsv":
            return (("поступить", "VERB", "EDUCATION", "", "", "в+Acc=@schools"),)
        return real(name)

    monkeypatch.setattr(rules, "load_table", table)
    rules.lexicon.cache_clear()
    try:
        with pytest.raises(ValueError, match="@schools"):
            rules.lexicon()
    finally:
        monkeypatch.undo()
        rules.lexicon.cache_clear()
    assert readings("поступить", "EMPLOYMENT")


def test_a_class_that_names_an_unknown_class_is_an_error(monkeypatch):
    real = rules.load_table

    def table(name: str):
        if name == "events/classes.tsv":
            return (("school", "гимназия"), ("school", "@colleges"))
        return real(name)

    monkeypatch.setattr(rules, "load_table", table)
    rules.classes.cache_clear()
    try:
        with pytest.raises(ValueError, match="@colleges"):
            rules.classes()
    finally:
        monkeypatch.undo()
        rules.classes.cache_clear()
    assert "гимназия" in rules.classes()["school"]


@pytest.mark.parametrize("text, trigger, type, arg", [
    # school: enrolled in a school
    ("Осенью Костю Луговского зачислили в реальное училище.", "зачислили", "EDUCATION", None),
    # service: enrolled in a regiment
    ("Весной Андрея Зимина зачислили в драгунский полк.", "зачислили", "EMPLOYMENT", None),
    # rank: entering as a cadet
    ("После семинарии Илья Брагин поступил в юнкера.", "поступил", "EMPLOYMENT", ("agent", "Илья Брагин")),
    # forces: taken into the navy (a member the take verbs gained from the class)
    ("В девятнадцать лет Степана Кольцова забрали во флот.", "забрали", "EMPLOYMENT", ("patient", "Степана Кольцова")),
    # conscript: taken as a recruit
    ("Старшего сына кузнеца взяли в рекруты.", "взяли", "EMPLOYMENT", None),
    # volunteer: signing up as a volunteer, leaving home as a militiaman
    ("Осенью Тимофей Рыбаков записался в добровольцы.", "записался", "EMPLOYMENT", ("participant", "Тимофей Рыбаков")),
    ("Младший брат Лыкова ушёл в ополченцы.", "ушёл", "EMPLOYMENT", None),
    # confinement: put into a fortress
    ("Телеграфиста Ракитина упрятали в крепость.", "упрятали", "ARREST", None),
    # prison: released from a lock-up (a member the release frames gained from the class)
    ("Через два дня Прохор Лыков вышел из каталажки.", "вышел", "RELEASE", ("patient", "Прохор Лыков")),
])
def test_a_frame_of_each_class_in_a_sentence(nlp, text, trigger, type, arg):
    found_type, _, found, _, _ = only(nlp, text, trigger)
    assert found_type == type, events(nlp, text)
    assert arg is None or arg in found, found


def test_leaving_a_cell_inside_a_prison_is_no_release(nlp):
    type, _, _, _, _ = only(nlp, "Кочегар Лыков вышел из карцера на палубу.", "вышел")
    assert type == "MOVEMENT"


@pytest.mark.parametrize("text, verb, lasted", [
    # `с` approximates a span only with the accusative (`с+Acc` in models/events/durations.tsv)
    ("Обоз Воронова простоял в поле с неделю.", "простоял", True),
    ("Капитан Воронов перезимовал у брата с месяц.", "перезимовал", True),
    # with the genitive it starts one: no phrase of how long
    ("Обоз Воронова стоял в поле с осени.", "стоял", False),
    ("С весны капитан Воронов жил у брата.", "жил", False),
])
def test_s_is_a_bound_of_a_duration_only_with_the_accusative(nlp, text, verb, lasted):
    from letopis.events import extractor

    assert rules.durations()["approx"] >= {"около", "с+Acc"} and "с" not in rules.durations()["approx"]
    (token,) = [word for word in nlp(text) if word.text == verb]
    assert extractor.lasted(token) is lasted
