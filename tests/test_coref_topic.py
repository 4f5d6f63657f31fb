"""The person a passage is about (`resolve.topic`): a pronoun that opens a stretch of narration
after a few sentences about something else, with no candidate in sight, is the named person the
wider window speaks of far more often than of anyone else; two persons spoken of about equally
leave it unlinked. Sentences of our own."""
from __future__ import annotations


def names_of(nlp, text: str, mention: str) -> list[str | None]:
    doc = nlp(text)
    return [text[named[0]:named[1]] if named else None
            for start, end, kind, named, _, _ in doc._.mentions if text[start:end] == mention]


SCENERY = "В ту осень в уезде было неспокойно. Ночами горели амбары. Цены на хлеб росли. Дороги размыло дождями. "


def test_a_pronoun_after_a_stretch_of_scenery_is_the_person_the_passage_is_about(nlp):
    # a memoir: the clerk is named three times, the merchant once
    text = ("Степан Лыков служил приказчиком у купца Орлова. Лыков вёл все счета лавки и сам ездил на "
            "ярмарки. Однажды Лыков привёз из города много товара.\n"
            + SCENERY + "Он редко выходил из лавки и спал с ружьём.")
    assert names_of(nlp, text, "Он") == ["Лыков"]


def test_two_persons_spoken_of_about_equally_leave_the_pronoun_unlinked(nlp):
    text = ("Степан Лыков служил приказчиком у купца Орлова. Орлов вёл все счета лавки и сам ездил на "
            "ярмарки. Лыков доверял Орлову во всём.\n"
            + SCENERY + "Он редко выходил из лавки и спал с ружьём.")
    assert names_of(nlp, text, "Он") in ([], [None])


def test_the_topic_must_agree_in_gender(nlp):
    # the diarist's sister is the topic; a `он` after the scenery is not she
    text = ("Сегодня Анна Сомова вернулась из Твери. Анна привезла нам письма. Вечером Анна долго "
            "рассказывала о поездке, а её муж молчал.\n"
            + SCENERY + "Она не спала до утра.")
    assert names_of(nlp, text, "Она") == ["Анна"]
    assert names_of(nlp, text.replace("Она не спала", "Он не спал"), "Он") in ([], [None])
