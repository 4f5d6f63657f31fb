"""A feast is a date, not a name: the words of `на Покров`, `после Петрова дня`, `до Масленицы`
are no place, person or event, and a verb of motion takes the feast as its time, never as
where it went (GUIDELINES 8.5)."""
from __future__ import annotations

from test_events import only


def names(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in nlp(text).ents]


def test_a_fixed_feast_is_no_place(nlp):
    text = "На Покров 1902 года Лукины переехали в Калугу."
    assert names(nlp, text) == [("Лукины", "PER"), ("Калугу", "LOC")]
    type, _, args, _, _ = only(nlp, text, "переехали")
    assert type == "MOVEMENT" and ("destination", "Калугу") in args
    assert ("time", "Покров 1902 года") in args and ("destination", "Покров") not in args


def test_a_saints_day_names_no_person(nlp):
    text = "После Петрова дня сестра уехала к тётке в Ярославль."
    assert ("Петрова", "PER") not in names(nlp, text)
    _, _, args, _, _ = only(nlp, text, "уехала")
    assert ("time", "Петрова дня") in args and ("destination", "Ярославль") in args


def test_a_movable_feast_is_no_event(nlp):
    doc = nlp("Гости прожили у нас до Масленицы.")
    assert [d.text for d in doc.spans["dates"]] == ["Масленицы"]
    assert not any(e.label_ == "EVENT" for e in doc.ents)
    assert [doc.text[slice(*e["trigger"])] for e in doc._.events] == ["прожили"]


def test_a_name_outside_the_feast_stays(nlp):
    text = "На Рождество к нам приехал Фёдор Лукин из Калуги."
    assert names(nlp, text) == [("Фёдор Лукин", "PER"), ("Калуги", "LOC")]
