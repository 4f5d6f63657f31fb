"""`вступить в` a place name is entering it (MOVEMENT), `вступить в` a body is joining it
(MEMBERSHIP): the lexicon's cell `PREP+Case=LOC` asks for a LOC entity under the preposition,
`@settlement` a common noun of a town or fortress."""
from __future__ import annotations

import pytest

from test_events import events, only


@pytest.mark.parametrize("text, trigger, args", [
    ("В 1812 году французы вступили в Москву.", "вступили", {("destination", "Москву")}),
    ("В сентябре войска Кутузова вступили в Калугу.", "вступили", {("destination", "Калугу")}),
    ("После вступления в Париж армия отдыхала три дня.", "вступления", {("destination", "Париж")}),
    # a common noun of a town or fortress (`@settlement`, models/events/classes.tsv)
    ("Утром войска вступили в город.", "вступили", set()),
])
def test_entering_a_named_place_is_movement(nlp, text, trigger, args):
    type, _, found, _, _ = only(nlp, text, trigger)
    assert type == "MOVEMENT" and args <= found, (type, found)


@pytest.mark.parametrize("text, trigger", [
    ("В 1905 году Орлов вступил в партию.", "вступил"),
    ("Осенью Вера Белова вступила в общество трезвости.", "вступила"),
])
def test_joining_a_body_stays_membership(nlp, text, trigger):
    type, *_ = only(nlp, text, trigger)
    assert type == "MEMBERSHIP", events(nlp, text)
