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


# A kinship noun said again with the same possessive (`муж ее ... муж ее`, `жена его ... жена
# его`) is the same relative of the same person, so the possessive keeps its owner (`same_owner`),
# not the person of its sex named last.

def test_a_repeated_husband_of_hers_keeps_his_wife_not_the_daughter_named_last(nlp):
    # a deposition: the daughter, named last and a subject, is not the owner of the husband again
    text = ("Вдова Марфа Лыкова показала следующее. Муж ее служил в полку десять лет. Детей у них "
            "трое: старший сын Илья, да дочь Анна по пятому году.\n"
            "Весной муж ее вернулся домой и нанял работника.")
    assert named_as(nlp, text, "ее") == {"Марфа Лыкова"}


def test_a_repeated_wife_of_his_keeps_the_merchant_not_the_clerk_named_last(nlp):
    # a memoir: the clerk named last is not the one whose wife falls ill
    text = ("Купец Пётр Сомов держал лавку у моста. Жена его торговала пирогами. Приказчиком у него "
            "служил молодой парень Илья Гусев.\nОднажды жена его заболела, и лавку пришлось закрыть.")
    assert named_as(nlp, text, "его") == {"Пётр Сомов"}


def test_the_owner_no_longer_spoken_of_is_not_kept(nlp):
    # the rule must not fire: the merchant has not been spoken of for nine sentences, the narration
    # is about the lodger now, and `жена его` is his
    text = ("Купец Пётр Сомов держал лавку у моста. Жена его торговала пирогами.\n"
            "Летом в город приехал Илья Гусев. Гусев снял комнату у вдовы. Он искал работу. Гусев "
            "писал письма. Он ходил по конторам. Гусев ночами читал. Он скучал по дому. Гусев жил "
            "бедно. Он ждал денег из дома.\nОднажды жена его прислала ему посылку.")
    found = [name for written, name in names(nlp, text) if written == "его"]
    assert found[0] == "Пётр Сомов" and found[1] in ("Илья Гусев", "Гусев")  # (the name last used)
