"""Narration's everyday verbs by dictionary class (issue 12 item 3, narr10; models/events/lexicon.tsv,
its block "Narration's everyday verbs by dictionary class", and support.tsv's verbs of receiving):
staying and hiding somewhere, taking a person somewhere, custody and interrogation, killing, going
over to the other side, and a letter or news received. The sentences are our own: a family chronicle,
a police report of the last century, a war story."""
from __future__ import annotations

import pytest

from test_events import events, only


def types(nlp, text: str) -> dict[str, str]:
    """trigger → type."""
    return {trigger: type for type, trigger, *_ in events(nlp, text)}


@pytest.mark.parametrize("text, trigger, type, args", [
    # (1) staying somewhere with a place or a host, hiding, wandering: MOVEMENT (GUIDELINES 8.6)
    ("Всё лето 1905 года Сергей Орлов пребывал в Париже.", "пребывал", "MOVEMENT",
     {("agent", "Сергей Орлов"), ("place", "Париже"), ("time", "лето 1905 года")}),
    ("Два года Анна Котова укрывалась у родственников в деревне.", "укрывалась", "MOVEMENT",
     {("agent", "Анна Котова")}),
    ("Беглецы укрылись в лесу.", "укрылись", "MOVEMENT", set()),
    ("После войны Иван Белов долго скитался по России.", "скитался", "MOVEMENT",
     {("agent", "Иван Белов")}),
    # (2) taking or bringing a person somewhere: MOVEMENT, the person its patient
    ("Сторож доставил Петра Никитина в участок.", "доставил", "MOVEMENT", {("patient", "Петра Никитина")}),
    ("Солдаты препроводили арестанта Ивана Кокорина в острог.", "препроводили", "MOVEMENT",
     {("patient", "Ивана Кокорина")}),
    ("Весной отец доставлял детей в школу на телеге.", "доставлял", "MOVEMENT", set()),
    # (3) custody: under guard, in a prison; the deverbal noun; interrogation
    ("В марте 1881 года Андрея Желябова взяли под стражу.", "взяли", "ARREST",
     {("patient", "Андрея Желябова"), ("time", "марте 1881 года")}),
    ("Жандармы поместили Ивана Быкова под стражу.", "поместили", "ARREST", {("patient", "Ивана Быкова")}),
    ("После взятия под стражу Софья Перовская молчала.", "взятия", "ARREST", set()),
    ("Жандармы держали Ольгу Лыкову под стражей три дня.", "держали", "ARREST", {("patient", "Ольгу Лыкову")}),
    ("Жандармы содержали Веру Засулич в крепости.", "содержали", "ARREST", {("patient", "Веру Засулич")}),
    ("На допросе Фёдор Гаврилов отрицал всё.", "допросе", "TRIAL", set()),
    # the taking of a named place: WAR, as `взять крепость`
    ("После взятия Казани войска ушли на отдых.", "взятия", "WAR", set()),
    # (4) killing by a blade or a cord, beating to death, killing many: DEATH
    ("Разбойники изрубили сторожа саблями.", "изрубили", "DEATH", set()),
    ("Грабители удавили старого купца Ефима Лаптева.", "удавили", "DEATH", {("patient", "Ефима Лаптева")}),
    ("Пьяные извозчики забили Семёна Ломова до смерти.", "забили", "DEATH", {("patient", "Семёна Ломова")}),
    ("Повстанцы перебили всех офицеров гарнизона.", "перебили", "DEATH", set()),
    ("Бандиты порубили всех пленных.", "порубили", "DEATH", set()),
    # (5) going over to the other side: MEMBERSHIP
    ("Солдаты передались мятежникам.", "передались", "MEMBERSHIP", set()),
    ("Полк передался на сторону неприятеля.", "передался", "MEMBERSHIP", set()),
    # (6) reporting about something, dying one after another, a talk with a person
    ("Приказчик доносил хозяину о каждом шаге приказчиков.", "доносил", "COMMUNICATION", set()),
    ("Зимой в деревне поумирали все старики.", "поумирали", "DEATH", {("time", "Зимой")}),
    ("От холеры перемерли почти все жители села.", "перемерли", "DEATH", set()),
    ("Вечером Катя Рябова долго говорила с Андреем Зиминым.", "говорила", "MEETING",
     {("participant", "Катя Рябова"), ("participant", "Андреем Зиминым")}),
])
def test_the_classes_of_narration(nlp, text, trigger, type, args):
    found_type, _, found, _, _ = only(nlp, text, trigger)
    assert found_type == type and args <= found, events(nlp, text)


@pytest.mark.parametrize("text, trigger", [
    ("Пётр Зуев пребывал в уверенности, что всё обойдётся.", "пребывал"),  # a state of mind, no place
    ("Пётр Зуев пребывал в отличном настроении.", "пребывал"),
    ("Три месяца Глеб Лунин пребывал в тюрьме.", "пребывал"),         # custody, no stay (9.22)
    ("Полгода Илья Серов пребывал в СИЗО.", "пребывал"),
    ("Ночью Оля Седова укрылась одеялом.", "укрылась"),                # covering oneself
    ("Курьер доставил пакет в редакцию.", "доставил"),                 # a thing delivered
    ("Договор содержится в архиве.", "содержится"),                    # a thing kept
    ("Мать держала Машу Лосеву за руку.", "держала"),                  # holding by the hand
    ("Дед изрубил старый шкаф на дрова.", "изрубил"),                  # chopping a thing
    ("Кошка перебила всю посуду.", "перебила"),                        # breaking things
    ("Информация передавалась по телефону.", "передавалась"),          # a message passed on
    ("Операцию отложили по медицинским показаниям.", "показаниям"),     # no person's testimony
    ("Инженер Гусев говорит с журналистами каждый день.", "говорит"),   # a statement to the press, present
    ("Ветер доносил с реки запах дыма.", "доносил"),                   # a smell carried, no report
])
def test_the_same_verbs_in_their_other_senses_are_no_events(nlp, text, trigger):
    assert types(nlp, text).get(trigger) in (None, "OTHER"), events(nlp, text)


@pytest.mark.parametrize("text, args", [
    ("В мае Лев Ткачёв получил письмо от Веры Засулич.",
     {("recipient", "Лев Ткачёв"), ("agent", "Веры Засулич"), ("time", "мае")}),
    ("Вчера Маша Иванова получила известие о смерти отца.", {("recipient", "Маша Иванова")}),
])
def test_a_message_received_has_its_receiver_as_recipient(nlp, text, args):
    trigger = "письмо" if "письмо" in text else "известие"
    found_type, _, found, _, _ = only(nlp, text, trigger)
    assert found_type == "COMMUNICATION" and args <= found, events(nlp, text)
    assert not any(role == "agent" and mention in ("Лев Ткачёв", "Маша Иванова") for role, mention in found)


def test_a_letter_sent_keeps_its_writer_as_agent(nlp):
    # a verb of writing is no support verb of receiving: `написал письмо` is the verb's event (4.1 rule 3)
    found_type, _, found, _, _ = only(nlp, "В мае Лев Ткачёв написал письмо Вере Засулич.", "написал")
    assert found_type == "COMMUNICATION" and ("agent", "Лев Ткачёв") in found, found
