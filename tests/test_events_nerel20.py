"""Triggers that news prose and memoirs alike should or should not give (nerev20; GUIDELINES 9.78):
seating is no arrest, a fine fixed is no appointment, citing words is no bringing of a
person, `в отставке` is a state; putting a person up for a post and taking over a post are EMPLOYMENT.
Sentences of our own."""
from __future__ import annotations

import pytest

from test_events import only
from test_events_round18 import none_at


@pytest.mark.parametrize("text, trigger, type", [
    # still events: custody, appointing a person, leading people somewhere, a regiment heading somewhere, resigning
    ("Осенью его посадили в острог.", "посадили", "ARREST"),
    ("Министр назначил брата секретарём.", "назначил", "EMPLOYMENT"),
    ("Няня привела мальчика в сад.", "привела", "MOVEMENT"),
    ("Полководец привёл сорок тысяч солдат к границе.", "привёл", "MOVEMENT"),
    ("Все члены комиссии были посажены под арест.", "посажены", "ARREST"),
    ("Стража посадила беглеца под арест у самых ворот.", "посадила", "ARREST"),
    ("Полк направился к переправе.", "направился", "MOVEMENT"),
    ("Весной майор вышел в отставку.", "вышел", "EMPLOYMENT"),
])
def test_news_and_memoir_triggers(nlp, text, trigger, type):
    assert only(nlp, text, trigger)[0] == type


@pytest.mark.parametrize("text, trigger", [
    # seating someone beside something or at a table: no custody
    ("Мать посадила дочь возле печки.", "посадила"),
    ("Старик посадил внука у окна.", "посадил"),
    ("Хозяин сажал гостей за стол.", "сажал"),
    # a thing fixed is no appointment
    ("Водителю назначили штраф за превышение скорости.", "назначили"),
    ("Заседание назначено на понедельник.", "назначено"),
    # citing words or an example
    ("Автор приводит слова одного из свидетелей.", "приводит"),
    ("Учитель привёл пример из истории.", "привёл"),
    # a retired officer: a state, not leaving the service
    ("Майор в отставке разводил пчёл.", "отставке"),
])
def test_no_trigger(nlp, text, trigger):
    none_at(nlp, text, trigger)
