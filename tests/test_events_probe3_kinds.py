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
    ("Батареи противника были взяты к полудню.", "взяты", "WAR", set()),
    ("Полк подошёл к Твери, занятой мятежниками.", "занятой", "WAR", {("place", "Твери")}),
    ("К вечеру город был очищен от неприятеля.", "очищен", "WAR", set()),
    ("Ночью гренадеры заняли редут.", "заняли", "WAR", set()),
    # subjugation and pacifying
    ("Капитан Лосев привёл в повиновение три деревни.", "привёл", "WAR", {("participant", "Лосев")}),
    ("Крестьяне окрестных сёл пришли в повиновение.", "пришли", "WAR", set()),
    ("Весной 1906 года генерал Орлов усмирил Прибалтику.", "усмирил", "WAR", {("participant", "Орлов")}),
    # defending a named place, the charge with cold steel
    ("Для защиты Смоленска оставили два полка.", "защиты", "WAR", {("participant", "Смоленска")}),
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

