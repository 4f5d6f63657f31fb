"""Kinds of the fifteenth round's second wave (issue 12, narr15), kept after the precision audit on
unannotated text (docs/events.md, "Fifteenth round", second wave): a person seized by a part of the
body is held, not taken into custody, and a person under an event noun below a verb is the noun's
argument, not the verb's; `до свидания` is a farewell. The sentences are our own: a village, a
family, a regiment."""
from __future__ import annotations

import pytest

from test_events import events, only


# a grip is no arrest (8.6, 9.38: an arrest takes a person into custody); classes.tsv `body`
@pytest.mark.parametrize("text, trigger", [
    ("Иван Лыков схватил меня за руку.", "схватил"),
    ("Вера Зимина схватила брата за плечо и засмеялась.", "схватила"),
    ("Пётр Орлов поймал мальчишку за ухо.", "поймал"),
    ("Мать задержала сына за рукав у порога.", "задержала"),
    ("Его схватили за руку на крыльце.", "схватили"),        # no typed reading, no tagged OTHER either
])
def test_a_person_seized_by_the_hand_is_not_arrested(nlp, text, trigger):
    assert not [event for event in events(nlp, text) if event[1] == trigger], events(nlp, text)


@pytest.mark.parametrize("text, trigger", [
    ("Жандармы схватили Петра Орлова на станции.", "схватили"),   # no grip: a capture
    ("Пётр Орлов был пойман в лесу.", "пойман"),
])
def test_a_person_seized_without_a_grip_is_still_arrested(nlp, text, trigger):
    type, _, _, _, _ = only(nlp, text, trigger)
    assert type == "ARREST", events(nlp, text)


# the other side of negotiations is the negotiations' participant, not the journey's (9.38)
def test_the_side_of_negotiations_is_no_participant_of_the_journey(nlp):
    text = "Полковник Лыков поехал в лагерь для переговоров с генералом Орловым."
    found = events(nlp, text)
    going = [event for event in found if event[1] == "поехал"]
    talks = [event for event in found if event[1] == "переговоров"]
    assert going and ("participant", "Орловым") not in going[0][2], found
    assert talks and talks[0][0] == "MEETING" and ("participant", "Орловым") in talks[0][2], found


# `до свидания` is a farewell (exclusions.tsv), a meeting told is still one
def test_a_farewell_is_no_meeting(nlp):
    text = "— До свидания, Пётр Орлов, — сказала Вера Зимина и ушла."
    assert "MEETING" not in {event[0] for event in events(nlp, text)}, events(nlp, text)


def test_a_meeting_told_is_still_one(nlp):
    type, _, _, _, _ = only(nlp, "После свидания с Иваном Лыковым Вера Зимина уехала в Тулу.", "свидания")
    assert type == "MEETING"
