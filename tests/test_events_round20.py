"""The twentieth round's narration classes (issue 12, events20; GUIDELINES 9.77): a speech tag after a quoted line with its words of manner (`extractor.manner_before`), telling a story
(`classes.tsv` `narrative`), reporting that (`сообщил, что`), the kin and neighbours of `kin.tsv` as
the doer of a step NEREL's news seldom counts, and the disasters of things
(`untyped.tsv`). Sentences of our own."""
from __future__ import annotations

import pytest

from test_events import events, only
from test_events_round18 import none_at


@pytest.mark.parametrize("text, trigger", [
    # the words of manner between the dash and the verb do not make a speech tag a telling
    ("— Дай мне воды, — тихо попросил он.", "попросил"),
    ("— Не уезжай! — ласково просил мальчик.", "просил"),
])
def test_a_speech_tag_with_its_manner(nlp, text, trigger):
    none_at(nlp, text, trigger)


def test_a_request_told_in_the_narration_stays(nlp):
    assert only(nlp, "Он тихо попросил меня уйти.", "попросил")[0] == "COMMUNICATION"


@pytest.mark.parametrize("text, trigger", [
    # telling a story needs no clause or topic
    ("Мать часто сказывала старинную быль про разбойников.", "сказывала"),
    ("Он рассказал смешной анекдот и ушёл.", "рассказал"),
    ("По вечерам дед рассказывал сказки.", "рассказывал"),
    # reporting that
    ("Адъютант сообщил, что полк уходит.", "сообщил"),
    ("Брат сообщил, что его перевели в Тулу.", "сообщил"),
    # a neighbour or an in-law as the doer of a telling
    ("Вечером соседка рассказала о пожаре.", "рассказала"),
    ("Зять рассказал мне о своей службе.", "рассказал"),
])
def test_a_telling(nlp, text, trigger):
    assert only(nlp, text, trigger)[0] == "COMMUNICATION"


@pytest.mark.parametrize("text, trigger", [
    ("Он рассказал мне новость, а потом ушёл.", "рассказал"),
])
def test_a_telling_with_its_hearer(nlp, text, trigger):
    assert only(nlp, text, trigger)[0] == "COMMUNICATION"


def test_a_claim_in_the_present_is_no_report(nlp):
    none_at(nlp, "Он сообщает, что приедет.", "сообщает")


def test_a_story_is_no_telling_without_one_who_tells(nlp):
    # `рассказать` with its object alone, done by no one the story follows (`seldom.tsv`)
    none_at(nlp, "Пресс-служба рассказала историю компании.", "рассказала")


@pytest.mark.parametrize("text, word", [
    ("Ночью на окраине начался пожар.", "пожар"),
    ("Весь амбар сгорел дотла.", "сгорел"),
    ("Котёл в подвале взорвался.", "взорвался"),
])
def test_a_disaster_of_things_is_no_event(nlp, text, word):
    assert not [event for event in events(nlp, text) if event[1] == word], events(nlp, text)


def test_a_verb_joined_to_the_line_by_a_conjunction_is_told_not_a_tag(nlp):
    # `и` after the dash joins a narrated act to the line: no word of manner, no speech tag
    assert only(nlp, "«Милости просим», — и пригласил гостя к столу.", "пригласил")[0] == "COMMUNICATION"
