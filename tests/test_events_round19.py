"""The nineteenth round's narrated steps and gatherings (issue 12, events19; GUIDELINES 9.68): a person
brought on by age and sex or as a newcomer (`folk.tsv`: `старик`, `девочка`, `гость`) as the doer of a
verb NEREL's news seldom counts (`seldom.tsv`), and a singular subject that stands for several people
(`extractor.several`: a collective noun, a count of people) for the verbs of gathering and talking
that need more than one. Sentences of our own."""
from __future__ import annotations

import pytest

from test_events import only
from test_events_round18 import none_at


@pytest.mark.parametrize("text, trigger, type", [
    # a newcomer named by age and sex, or as a guest, does a step NEREL's news seldom counts
    ("Под вечер пришёл какой-то старик и сел на лавку.", "пришёл", "MOVEMENT"),
    ("Утром вернулась соседская девочка.", "вернулась", "MOVEMENT"),
    ("За ужином гость рассказал нам о своей поездке в Сибирь.", "рассказал", "COMMUNICATION"),
    # several people in one singular word gather
    ("Во дворе собралось множество крестьян.", "собралось", "MEETING"),
    ("На берегу собралась тьма народу.", "собралась", "MEETING"),
    ("К обеду собралась вся семья.", "собралась", "MEETING"),
    ("Толпа собралась на площади.", "собралась", "MEETING"),
])
def test_a_narrated_step(nlp, text, trigger, type):
    assert only(nlp, text, trigger)[0] == type


@pytest.mark.parametrize("text, trigger", [
    # a newcomer qualified by the body he came to is a news title, no person the story follows
    ("Гость фестиваля рассказал журналистам о новом фильме.", "рассказал"),
    # one person getting ready is no gathering
    ("Брат собрался в дорогу.", "собрался"),
])
def test_no_narrated_step(nlp, text, trigger):
    none_at(nlp, text, trigger)
