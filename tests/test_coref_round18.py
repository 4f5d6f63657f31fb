"""Eighteenth round (coref18a): a person the text brings in by a description of its own (an
adjective, a genitive, an apposed noun: `высокий худой человек`, `зачинщик драки`) is someone new,
not a person named in the sentences just before; the later subject name of such a person does not
name the described one's chain (`Walk.newcomer`), which stays unnamed (gold's null) unless a
sentence identifies it. Sentences of our own, memoir, chronicle and news, with cases where the rule
must not fire."""
from __future__ import annotations

import pytest

from mentioned import names


def named_as(nlp, text: str, mention: str) -> set[str | None]:
    return {name for written, name in names(nlp, text) if written.lower() == mention}


@pytest.mark.parametrize("text", [
    # a memoir: two men by the gate, a stranger comes up; `он` is the stranger, not Сомов who speaks next
    "Вечером у ворот сидели Сомов и Лыков. — Скоро ли дождь? — спросил Лыков.\n"
    "К ним подошёл высокий худой человек в мокром плаще. Он снял шапку и поклонился. Потом он сел на скамью.\n"
    "— Откуда ты? — спросил Сомов.",
    # a chronicle: the one who started a riot, seized; the governor named before is someone else
    "Губернатор Ремезов приказал запереть ворота. В городе начались волнения. "
    "Схвачен был зачинщик беспорядков, беглый солдат. На допросе он признался во всём. "
    "Ремезов велел отправить его в острог.",
    # a news paragraph: a man who came to the meeting, then the mayor named before speaks
    "На собрании выступил мэр Игорь Сомов. После него к микрофону вышел пожилой мужчина. "
    "Он пожаловался на дороги. Он говорил долго. Сомов пообещал разобраться.",
])
def test_a_newcomer_is_not_the_man_named_just_before(nlp, text):
    assert named_as(nlp, text, "он") == {None}


def test_a_newcomer_is_still_named_by_a_name_the_text_had_not_used(nlp):
    # the rule must not fire: the woman named before is of another gender, the man named after is new
    text = ("Анна Лыкова ждала у калитки. Вскоре подошёл высокий худой человек. Он снял шапку. "
            "Потом он долго молчал. Павел Зуев был её соседом.")
    assert named_as(nlp, text, "он") == {"Павел Зуев"}


def test_a_newcomer_identified_by_a_sentence_takes_that_name(nlp):
    # the rule must not fire: `Это был ...` says who the described one is
    text = ("Сомов курил у крыльца. Подошёл высокий человек в шинели. Он долго смотрел на дом. "
            "Это был Андрей Зуев, наш сосед.")
    assert named_as(nlp, text, "он") == {"Андрей Зуев"}


def test_a_bare_noun_of_a_person_is_not_a_newcomer(nlp):
    # the rule must not fire: a bare `врач` has no description of its own, so the chain is named
    # as before by the subject name after it (`name_described`)
    text = ("Мы долго ждали в коридоре. Наконец вышел врач. Он снял очки. Он устало сел. "
            "Сергей Белов работал в больнице двадцать лет.")
    assert named_as(nlp, text, "он") == {"Сергей Белов"}


# A kinship noun with a possessive after it (`сестра его`, `тётка её`) has no rule of its own since the
# round's fixes (`same_owner` changed nothing on War and Peace, GUIDELINES 9.57): its possessive is
# resolved as any other, to the person of its gender the narration is about.

@pytest.mark.parametrize("text, mention, owner", [
    # letters: the engineer is the only man, and both of his sister's possessives are his
    ("Инженер Павел Орлов уехал строить мост на Амуре. Сестра его писала ему каждую неделю. "
     "Осенью сестра его вышла замуж за учителя.", "его", "Павел Орлов"),
    # a garden: the aunt's possessive is the one woman, not the man named last
    ("Вера Климова разводила розы у самой реки. Садовником у неё работал старик Фома Рыжов. "
     "Тётка её приезжала к ней каждое лето.", "её", "Вера Климова"),
])
def test_a_possessive_after_a_kinship_noun_is_the_person_the_narration_is_about(nlp, text, mention, owner):
    assert named_as(nlp, text, mention) == {owner}
