"""Coreference beyond agreement: reported speech, binding inside a clause, subjects the parser
missed, reflexives over an infinitive or a gerund. Sentences of our own."""
from __future__ import annotations

import pytest

from letopis.coref.speech import speech_spans


def resolved(nlp, text: str) -> list[tuple[str, str, str | None]]:
    """(mention, kind, the name it stands for) in text order."""
    doc = nlp(text)
    return [(text[start:end], kind, text[named[0]:named[1]] if named else None)
            for start, end, kind, named, _, _ in doc._.mentions]


def names_of(nlp, text: str, mention: str) -> list[str | None]:
    return [named for written, _, named in resolved(nlp, text) if written == mention]


def spoken(text: str) -> list[str]:
    return [text[start:end].strip() for start, end in speech_spans(text)]


def test_speech_is_the_replies_of_a_dialogue_line_and_the_quotations():
    assert spoken("Он молчал.\n— Да, — сказал он, — пойдём домой.\n") == ["Да,", "пойдём домой."]
    assert spoken("Она подумала: «Завтра уеду».") == ["«Завтра уеду»"]
    # the author's words inside a quotation are not speech; a dash inside the speech is no turn
    assert spoken('"Я рад, -- думал Пётр, шагая к дому, -- всё позади".') == ['"Я рад,', 'всё позади"']
    assert spoken('"Кто поедет -- ты или сестра? Решайте сами, -- а я подожду".') == [
        '"Кто поедет -- ты или сестра? Решайте сами, -- а я подожду"']


def test_a_person_spoken_of_in_a_quotation_does_not_take_the_narrations_pronoun(nlp):
    text = ("Пётр Сомов сидел на крыльце и курил.\n"
            "\"Поедет ли Иван Орлов со мной? Если его не отпустят, поеду один\".\n"
            "Наконец он встал и пошёл к реке.")
    assert names_of(nlp, text, "он") == ["Пётр Сомов"]


@pytest.mark.parametrize("text, mention, name", [
    # a subject pronoun may be the subject of the verb its own is coordinated with
    ("Иван Орлов снял шапку, и он поклонился хозяйке.", "он", "Иван Орлов"),
    # inside a relative clause, `он` is not the noun `который` stands for
    ("Пётр Сомов пришёл к Ивану Орлову, у которого он раньше служил.", "он", "Пётр Сомов"),
    # `X и его товарищи`: the possessor is X, though X is the subject
    ("Пётр Сомов продал лес, а Иван Орлов и его сыновья построили мельницу.", "его", "Иван Орлов"),
    # `свой` over a gerund or an infinitive takes the subject of the verb they hang on
    ("Закончив свою работу, Анна Сомова ушла домой.", "свою", "Анна Сомова"),
    ("Дядя Иван купил лодку, чтобы катать на ней своих детей.", "своих", "Иван"),
    # the object of `уговорить`, `просить`, `велеть` ... is the subject of their infinitive
    ("Анна Сомова уговорила Петра Орлова продать свою лодку.", "свою", "Петра Орлова"),
    # `собою`, which the tagger may take for a noun, is `себя`
    ("Пётр Сомов всю жизнь возил с собою старый чемодан.", "собою", "Пётр Сомов"),
    # `который` of a common noun with a name apposed stands for the name
    ("Мы жили у купца Ивана Орлова, у которого была лавка.", "которого", "Ивана Орлова"),
    # a name set off by commas after a common noun has the noun's role
    ("Учитель наш, Пётр Сомов, жил бедно, но он никогда не жаловался.", "он", "Пётр Сомов"),
])
def test_binding_inside_the_sentence(nlp, text, mention, name):
    found = names_of(nlp, text, mention)
    # the last word of the name: what the name tagger takes in (`Дядя Иван`) is not ours to test
    assert found and found[0] is not None and found[0].split()[-1] == name.split()[-1]


def test_which_of_a_thing_is_no_mention(nlp):
    text = "Иван Орлов вспомнил про долг, который давно не отдал."
    assert "который" not in [written for written, _, _ in resolved(nlp, text)]


@pytest.mark.parametrize("text, verb", [
    # a parenthesis has no subject
    ("Иван Орлов вернулся домой. Может быть, завтра снова поедет в город.", "Может"),
    ("Иван Орлов вернулся домой. Мне кажется, он устал.", "кажется"),
    # in speech, a present or future is often said of a thing or of anyone
    ("Иван Орлов глядел на тучи. «Может, обойдётся», — решил он.", "обойдётся"),
    # a verb coordinated with one that has a subject shares it
    ("Иван Орлов уехал утром и к ночи вернулся.", "вернулся"),
    # the subject is the name, not the noun after a comparison word
    ("Иван Орлов, точно опытный плотник, чинит наш забор.", "чинит"),
])
def test_no_unwritten_subject(nlp, text, verb):
    assert (verb, "zero") not in [(written, kind) for written, kind, _ in resolved(nlp, text)]


def test_a_common_noun_opening_a_sentence_is_a_person_without_a_name(nlp):
    text = "Иван Орлов привёл с собой гостя. Гость был молчалив. Руки его дрожали."
    assert len(names_of(nlp, text, "его")) == 1 and "Иван Орлов" not in names_of(nlp, text, "его")


def test_a_member_of_a_coordinated_subject_is_not_the_subject_alone(nlp):
    # `Иван и Пётр` are the subject together: the singular `он` is the one they visited
    text = "Иван Сомов и Пётр Орлов навестили Николая Белова. Он был болен."
    assert names_of(nlp, text, "Он") == ["Николая Белова"]


def test_a_repeated_common_noun_is_one_unnamed_person(nlp):
    # `сторож ... Сторож`: one person without a name, whose chain outweighs the named employer
    text = ("Иван Орлов нанял сторожа. Сторож был стар и глуховат. Иван Орлов платил сторожу исправно. "
            "Сторож жил в будке у ворот. Собака его спала рядом.")
    assert names_of(nlp, text, "его") == [None]


@pytest.mark.parametrize("text, pronoun", [
    # a thing in the pronoun's own sentence, in any role, with no person near
    ("Я поднял с дороги камень и бросил его в реку.", "его"),
    ("Она положила на стол книгу и раскрыла её на середине.", "её"),
    ("В углу горела лампа; она светила тускло.", "она"),
])
def test_a_pronoun_for_a_thing_is_no_person(nlp, text, pronoun):
    assert pronoun not in [written for written, _, _ in resolved(nlp, text)]


def test_a_person_in_sight_outweighs_a_thing_that_is_not_a_subject(nlp):
    text = "Анна Орлова долго молчала. Потом она взяла со стола лампу и вышла."
    assert names_of(nlp, text, "она") == ["Анна Орлова"]


def test_who_speaks_is_not_the_third_person_of_his_own_speech(nlp):
    # the speaker of the dialogue line says `я`; his `его` is someone else (here the unnamed
    # neighbour), though the speaker is the only name in sight
    text = "Пётр Сомов сидел за столом.\n— Сосед уехал вчера, — сказал Иван Орлов, — я видел его на станции.\n"
    assert names_of(nlp, text, "его") == [None]
