"""Dialogue lines: the author's words of a line (`— ..., — сказал он.`) name its speaker, who is
not the person their own words speak of, and whom the line's `он` is not. Memoir, diary and news
sentences of our own, with cases where the rule must not fire."""
from __future__ import annotations

import pytest


def mentions(nlp, text: str) -> list[tuple[str, str | None]]:
    doc = nlp(text)
    return [(text[start:end], text[named[0]:named[1]] if named else None)
            for start, end, kind, named, *_ in doc._.mentions]


@pytest.mark.parametrize("text, name", [
    # memoir: the one who asks after Иван is not Иван
    ("Вечером к нам зашёл Пётр Орлов.\n— Где Иван? — спросил он.", "Пётр Орлов"),
    # news: the minister quotes the premier; `он` is the minister
    ("Министр Олег Смирнов вышел к журналистам.\n— Премьер Андрей Лебедев поддержал проект, — заявил он.",
     "Олег Смирнов"),
])
def test_the_speaker_is_not_the_person_of_his_own_line(nlp, text, name):
    assert mentions(nlp, text)[-1] == ("он", name)


def test_the_line_speaks_of_someone_else_than_its_speaker(nlp):
    # diary: two men in the room; whoever says it, `Он` of the line is the other one
    text = "Вечером к нам зашёл Пётр Орлов. Иван Сомов сидел у окна.\n— Он опять опоздал, — сказал он."
    (inner, spoken_of), (tag, speaker) = mentions(nlp, text)
    assert (inner, tag) == ("Он", "он")
    assert {spoken_of, speaker} == {"Пётр Орлов", "Иван Сомов"}


@pytest.mark.parametrize("text, mention, name", [
    # diary: the line names no one: the tag's `она` is the caller, as before
    ("Утром позвонила Вера Лебедева.\n— Приеду вечером, — сказала она.", "она", "Вера Лебедева"),
    # memoir: a line tagged by a name keeps its named speaker
    ("Иван Сомов сидел у окна. Вошёл Пётр Орлов.\n— Он опять опоздал, — сказал Иван.", "Он", "Пётр Орлов"),
])
def test_lines_without_a_person_in_them_or_with_a_named_speaker(nlp, text, mention, name):
    assert (mention, name) in mentions(nlp, text)


@pytest.mark.parametrize("text, mention, name", [
    # memoir: the mother answers Пётр about Иван: `Ушёл` is Иван's
    ("Вечером к нам зашёл Пётр Орлов.\n— Где Иван? — спросил он.\n— Ушёл к соседу, — ответила мать.",
     "Ушёл", "Иван"),
    # diary: the narrator answers Вера about Анна
    ("Утром заходила Вера Лебедева.\n— Где Анна Орлова? — спросила Вера.\n— Она ещё спит, — ответил я.",
     "Она", "Анна Орлова"),
    # news: the press secretary answers the journalist about the minister
    ("— Когда приедет министр Олег Смирнов? — спросил журналист Андрей Лебедев.\n"
     "— Он прибудет завтра, — ответил пресс-секретарь.", "Он", "Олег Смирнов"),
])
def test_a_reply_speaks_of_someone_else_than_whom_it_answers(nlp, text, mention, name):
    assert (mention, name) in mentions(nlp, text)


def test_after_narration_the_line_may_speak_of_the_person_just_named(nlp):
    # memoir: no line before it, so no addressee to leave out
    text = "Пётр Орлов вошёл в кухню и сел.\n— Он устал, — сказала мать."
    assert ("Он", "Пётр Орлов") in mentions(nlp, text)


@pytest.mark.parametrize("text, mention, name", [
    # memoir: after a line of dialogue, the speaker goes on, unwritten, though the tagger reads
    # the capitalised `Помолчал` as a name; the chain's one mention is on its first verb
    # (GUIDELINES 8.2), the misread one (`mentions.misread_past`)
    ("Анна Сомова долго смотрела в окно.\n— Поезд опаздывает, — сказал Иван Орлов.\nПомолчал и вышел на крыльцо.",
     "Помолчал", "Иван Орлов"),
    # diary
    ("Пётр Орлов долго стоял у ворот. Помолчал, закурил и ушёл домой.", "Помолчал", "Пётр Орлов"),
])
def test_a_verb_opening_a_sentence_is_no_subject(nlp, text, mention, name):
    found = mentions(nlp, text)
    assert (mention, name) in found
    assert [m for m, _ in found] == [mention]  # one mention for the chain


def test_only_a_word_the_dictionary_knows_as_a_verb_alone_is_taken_for_one(nlp):
    from spacy.tokens import Doc

    from letopis.coref.mentions import verb_read_as_name
    # news: `Села опустели.` — `Села` is the villages (a noun reading too): a subject
    doc = Doc(nlp.vocab, words=["Села", "опустели", "."], pos=["NOUN", "VERB", "PUNCT"],
              heads=[1, 1, 1], deps=["nsubj", "ROOT", "punct"], sent_starts=[True, False, False])
    assert not verb_read_as_name(doc[0])
    doc = Doc(nlp.vocab, words=["Помолчал", "и", "вышел", "."], pos=["PROPN", "CCONJ", "VERB", "PUNCT"],
              heads=[2, 2, 2, 2], deps=["nsubj", "cc", "ROOT", "punct"], sent_starts=[True, False, False, False])
    assert verb_read_as_name(doc[0])
    # not opening the sentence: the rule leaves the word to the tagger
    doc = Doc(nlp.vocab, words=["Тогда", "Помолчал", "вышел", "."], pos=["ADV", "PROPN", "VERB", "PUNCT"],
              heads=[2, 2, 2, 2], deps=["advmod", "nsubj", "ROOT", "punct"], sent_starts=[True, False, False, False])
    assert not verb_read_as_name(doc[1])
