"""What a release, an acquittal and an entering need of their object (GUIDELINES 9.10): a person
or a group of people is released or acquitted, a thing or an animal is not (`thing` in the
`excludes` column of `models/events/lexicon.tsv`, by the one rule of animacy); a town freed is a
siege lifted (WAR); joining a union the tagger calls a country stays MEMBERSHIP."""
from __future__ import annotations

import pytest

from test_events import events, only


def triggers(nlp, text: str) -> dict[str, str]:
    return {trigger: type for type, trigger, *_ in events(nlp, text)}


@pytest.mark.parametrize("text, trigger", [
    ("Весной Андрея Сомова выпустили из острога.", "выпустили"),
    ("Помещик отпустил крепостных на волю.", "отпустил"),
    ("Через год ссыльного Белова освободили.", "освободили"),
    ("Отряд выпустил пленных казаков на волю.", "выпустил"),
])
def test_a_person_or_group_released_is_release(nlp, text, trigger):
    assert triggers(nlp, text).get(trigger) == "RELEASE", events(nlp, text)


@pytest.mark.parametrize("text, trigger", [
    ("Девочка выпустила щегла на волю.", "выпустила"),          # an animal
    ("Утром Анна отпустила лодку из рук.", "отпустила"),        # a thing
    ("Жильцы освободили квартиру к лету.", "освободили"),       # vacating a flat
    ("Сын не оправдал надежд отца.", "оправдал"),              # living up to a hope
    ("Новый способ вполне оправдал затраты.", "оправдал"),     # paying back a cost
])
def test_a_thing_or_an_animal_is_neither_released_nor_acquitted(nlp, text, trigger):
    assert triggers(nlp, text).get(trigger) not in ("RELEASE", "TRIAL"), events(nlp, text)


@pytest.mark.parametrize("text", [
    "Присяжные оправдали Веру Сомову.",
    "Суд оправдал подсудимую.",            # a noun of a person, animate in the dictionary
    "Военный суд оправдал обвиняемых.",
])
def test_a_person_acquitted_is_a_trial(nlp, text):
    assert triggers(nlp, text).get(next(w for w in text.split() if w.startswith("оправдал"))) == "TRIAL", events(nlp, text)


@pytest.mark.parametrize("text, place", [
    ("Солдаты освободили Тверь от неприятеля.", "Тверь"),
    ("Весной отряд освободил город.", None),
])
def test_a_town_freed_is_a_siege_lifted(nlp, text, place):
    type, _, args, _, _ = only(nlp, text, next(w for w in text.split() if w.startswith("освободил")))
    assert type == "WAR"
    assert place is None or ("place", place) in args


def test_joining_a_union_stays_membership_entering_a_country_movement(nlp):
    # `вступить в` + a LOC entity is MOVEMENT, + anything else MEMBERSHIP (the cell `в+Acc=LOC`).
    # Here the tagger gives `Евросоюз` no LOC (it marks `вступила в Евросоюз` as a named event),
    # so the union is MEMBERSHIP and the country MOVEMENT; where the tagger calls a union of
    # states a LOC of type COUNTRY, as it calls a country, no fine type tells them apart and the
    # union would be read as MOVEMENT (README, "Known limits")
    assert triggers(nlp, "В 2004 году Литва вступила в Евросоюз.").get("вступила") == "MEMBERSHIP"
    assert triggers(nlp, "Войска генерала Орлова вступили в Пруссию.").get("вступили") == "MOVEMENT"


@pytest.mark.parametrize("text, trigger, expected", [
    # a named work is no one: `перевёл «Гамлета»` translates a play, it moves no person
    ("Зимой 1887 года Сомов перевёл «Макбета».", "перевёл", "CREATION"),
    ("Сомова перевели в Калужскую гимназию.", "перевели", "MOVEMENT"),
])
def test_a_named_work_as_object_is_no_person(nlp, text, trigger, expected):
    assert triggers(nlp, text).get(trigger) == expected, events(nlp, text)
