"""The twentieth round's narration classes (issue 12, events20; GUIDELINES 9.77): an old gerund the
dictionary lacks read as a gerund whatever the tagger calls it (`extractor.old_gerund_read`), a speech
tag after a quoted line with its words of manner (`extractor.manner_before`), telling a story
(`classes.tsv` `narrative`), reporting that (`сообщил, что`), the kin and neighbours of `kin.tsv` as
the doer of a step NEREL's news seldom counts, and the disasters of things
(`untyped.tsv`). Sentences of our own."""
from __future__ import annotations

import pytest

from test_events import events, only
from test_events_round18 import none_at


@pytest.mark.parametrize("text, trigger", [
    # an old gerund the tagger took for a noun is no subject: the plural verb keeps its unwritten doers
    ("Отдохнувши, пошли вдоль берега до самого устья, откуда, вёрст пять отошед, повернули назад.", "пошли"),
    # an old gerund the tagger took for a participle is a gerund of its own (its place: `в избу`)
    ("Пётр, вошед в избу, снял шапку.", "вошед"),
])
def test_an_old_gerund_is_a_gerund(nlp, text, trigger):
    assert only(nlp, text, trigger)[0] == "MOVEMENT"


def test_an_old_gerund_the_tagger_took_for_a_subject(nlp):
    # the parse the tagger gives such a period at times, written out: the gerund a noun in the genitive,
    # hung on the verb as its subject
    from spacy.tokens import Doc

    from letopis.events import extractor

    doc = Doc(nlp.vocab, words=["Два", "дня", "отошед", ",", "повернули", "к", "лесу", "."],
              pos=["NUM", "NOUN", "NOUN", "PUNCT", "VERB", "ADP", "NOUN", "PUNCT"],
              heads=[1, 4, 4, 4, 4, 6, 4, 4], deps=["nummod:gov", "obl", "nsubj", "punct", "ROOT", "case", "obl", "punct"],
              lemmas=["два", "день", "отойти", ",", "повернуть", "к", "лес", "."],
              morphs=["Case=Acc", "Case=Gen|Number=Sing", "Animacy=Inan|Case=Gen|Number=Sing", "",
                      "Aspect=Perf|Mood=Ind|Number=Plur|Tense=Past|VerbForm=Fin", "", "Case=Dat|Number=Sing", ""])
    gerund, verb = doc[2], doc[4]
    assert extractor.verb_form(gerund) == "Conv"
    assert extractor.readings(gerund)  # `отойти`, a verb of motion, not the noun the tagger saw
    assert extractor.subject_of(verb) is None  # no thing walked: the doers are unwritten
    assert extractor.human_subject(verb, extractor.readings(gerund)[0])


def test_an_old_gerund_takes_the_noun_it_hangs_on_as_its_doer(nlp):
    _, _, args, _, _ = only(nlp, "Пётр, вошед в избу, снял шапку.", "вошед")
    assert ("agent", "Пётр") in args


@pytest.mark.parametrize("text, trigger", [
    # the words of manner between the dash and the verb do not make a speech tag a telling
    ("— Дай мне воды, — тихо попросил он.", "попросил"),
    ("— Не уезжай! — ласково просил мальчик.", "просил"),
    ("— Ну, пора, — весело и громко сказал брат, что всё готово.", "сказал"),
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
    ("У меня пропал кошелёк.", "пропал"),
])
def test_a_disaster_of_things_is_no_event(nlp, text, word):
    assert not [event for event in events(nlp, text) if event[1] == word], events(nlp, text)
