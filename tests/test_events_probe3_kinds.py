"""Kinds of event found on the third events probe (gold/probe/events3, issue 12, narr8), each
fixed as a class (models/events/lexicon.tsv, its block "Kinds found on the third events probe";
classes.tsv `fortification`; motion.tsv's idioms of submission; extractor.filled: the object of a
passive, `object_slots`, and `gen=LOC`). The sentences are our own: diaries, letters, family life,
news, a regimental history."""
from __future__ import annotations

import pytest

from test_events import events, only


def types(nlp, text: str) -> dict[str, str]:
    """trigger → type."""
    return {trigger: type for type, trigger, *_ in events(nlp, text)}


@pytest.mark.parametrize("text, trigger, type, args", [
    # taking and clearing a place by force, also in the passive and as a participle
    ("В августе 1914 года русские взяли Львов.", "взяли", "WAR", {("place", "Львов")}),
    ("Форт на мысу был взят после долгой осады.", "взят", "WAR", set()),
    ("Бригада обошла Ригу, занятую немцами, с юга.", "занятую", "WAR", {("place", "Ригу")}),
    ("Весной 1944 года наши войска очистили Крым.", "очистили", "WAR", {("place", "Крым")}),
    ("Ночью гренадеры заняли редут.", "заняли", "WAR", set()),
    # subjugation and pacifying
    ("Капитан Лосев привёл в повиновение три деревни.", "привёл", "WAR", {("participant", "Лосев")}),
    ("Через месяц мятежный уезд снова пришёл в покорность.", "пришёл", "WAR", set()),
    ("Весной 1906 года генерал Орлов усмирил Прибалтику.", "усмирил", "WAR", {("participant", "Орлов")}),
    # defending a named place, the charge with cold steel
    ("Генерал поручил защиту Риги своему брату.", "защиту", "WAR", {("participant", "Риги")}),
    ("Под вечер гренадеры ударили в штыки.", "ударили", "WAR", set()),
    # letting people go home, boasting that
    ("После допроса всех задержанных распустили по домам.", "распустили", "RELEASE", set()),
    ("В письме Костя Лапин хвастался, что выучил французский.", "хвастался", "COMMUNICATION",
     {("agent", "Костя Лапин")}),
])
def test_the_classes_found_on_the_third_probe(nlp, text, trigger, type, args):
    found_type, _, found, _, _ = only(nlp, text, trigger)
    assert found_type == type and args <= found, events(nlp, text)


@pytest.mark.parametrize("text, trigger", [
    ("Вечером мы взяли такси до вокзала.", "взяли"),               # a thing taken, no place
    ("Семья Карповых занимала две комнаты.", "занимала"),           # a dwelling occupied
    ("Мама очистила картошку к ужину.", "очистила"),               # peeling, no enemy
    ("Соседка привела в порядок весь сад.", "привела"),            # a state brought about
    ("Для защиты диссертации Нина приехала в Казань.", "защиты"),   # no place defended
    ("Дети распустили слух о привидении.", "распустили"),           # a rumour, no one let go
    ("Мальчик хвастался новым велосипедом.", "хвастался"),          # no message told
    ("Отец ударил кулаком по столу.", "ударил"),                   # no charge, no person hit
])
def test_the_same_verbs_in_their_other_senses_are_no_events(nlp, text, trigger):
    assert types(nlp, text).get(trigger) in (None, "OTHER"), events(nlp, text)



@pytest.mark.parametrize("text, trigger, type, args", [
    # a visit to a person is MEETING (GUIDELINES 4.2, models/events/visits.tsv)
    ("Вечером к Лизе Орловой приехал брат.", "приехал", "MEETING", {("participant", "Лизе Орловой")}),
    ("В субботу Иван Петров зашёл к Николаю Белову.", "зашёл", "MEETING",
     {("participant", "Иван Петров"), ("participant", "Николаю Белову")}),
    # a journey to a town, moving in with someone, taking someone to a person stay MOVEMENT
    ("В мае Лена Жукова поехала к бабушке в Тверь.", "поехала", "MOVEMENT", {("destination", "Тверь")}),
    ("Осенью Анна переселилась к деду Ивану.", "переселилась", "MOVEMENT", set()),
    ("Мать отвела Колю к доктору Львову.", "отвела", "MOVEMENT", {("patient", "Колю")}),
])
def test_a_visit_to_a_person_is_a_meeting(nlp, text, trigger, type, args):
    found_type, _, found, _, _ = only(nlp, text, trigger)
    assert found_type == type and args <= found, events(nlp, text)


def test_an_object_written_after_two_verbs_is_shared_by_the_first(nlp):
    # the parser hangs the object on the later verb only (extractor.raised_object); it is an
    # argument of the first verb too
    text = "Осенью майор Дьяков разбил и преследовал их три дня."
    type, _, args, _, _ = only(nlp, text, "разбил")
    assert type == "WAR" and {("participant", "Дьяков"), ("participant", "их")} <= args, events(nlp, text)


def test_an_object_of_its_own_is_not_replaced_by_a_later_one(nlp):
    # `купил и съел`: not only transitive verbs, or the later verb's subject of its own, share nothing
    text = "Утром Лиза купила хлеб, и мама отнесла его соседям."
    assert all(("patient", "его") not in args for _, trigger, args, _, _ in events(nlp, text)
               if trigger == "купила"), events(nlp, text)


@pytest.mark.parametrize("text, trigger, type", [
    # the nouns and verbs of military movement and attack, with the people who move
    ("Дневник обрывается накануне наступления немцев.", "наступления", "WAR"),
    ("Во время отступления армии дед потерял сына.", "отступления", "MOVEMENT"),
    ("Дом сгорел ещё при нашествии французов.", "нашествии", "WAR"),
    ("Казаки долго не прекращали погоню за беглецами.", "погоню", "WAR"),
    ("Весной красные наступали на Казань.", "наступали", "WAR"),
])
def test_military_movement_nouns_with_their_people(nlp, text, trigger, type):
    assert types(nlp, text).get(trigger) == type, events(nlp, text)


@pytest.mark.parametrize("text, trigger", [
    ("С наступлением весны мы переехали на дачу.", "наступлением"),    # spring comes
    ("Это было отступление от правил.", "отступление"),                 # a deviation
    ("Мальчик наступил на кошку.", "наступил"),                          # stepping on, no place attacked
])
def test_the_same_nouns_of_no_one_going_are_no_events(nlp, text, trigger):
    assert types(nlp, text).get(trigger) in (None, "OTHER"), events(nlp, text)
