"""Kinds of event found on the second events probe (gold/probe/events2, issue 12, narr7), each
fixed as a class (models/events/lexicon.tsv, its block "Kinds found on the second events probe";
classes.tsv `natural`, `vessel`, `newborn`; the extractor's
`companions`, `places_of` and the `subj=` slot). The sentences are our own: diaries, letters,
family life, news."""
from __future__ import annotations

import pytest

from test_events import events, only


def types(nlp, text: str) -> dict[str, str]:
    """trigger → type."""
    return {trigger: type for type, trigger, *_ in events(nlp, text)}


@pytest.mark.parametrize("text, trigger, type, args", [
    # shooting and its fixed phrase (NEREL train EVENT `открыл огонь`, `стрельба`, `обстрел`)
    ("Ночью часовые открыли огонь по лодке.", "открыли", "WAR", set()),
    ("Двое суток полковник Зотов отстреливался в усадьбе.", "отстреливался", "WAR", {("participant", "Зотов")}),
    ("Всю ночь немцы обстреливали станцию.", "обстреливали", "WAR", set()),
    # the military senses with a person or a place as object
    ("В июле красные заняли Самару.", "заняли", "WAR", {("place", "Самару")}),
    ("Капитан Рябов рассеял мятежников у моста.", "рассеял", "WAR", {("participant", "Рябов")}),
    ("В марте Аверин занял пост директора гимназии.", "занял", "EMPLOYMENT", {("agent", "Аверин")}),
    # forces joining up meet (GUIDELINES 9.13)
    ("Под Тверью Лукин соединился с Орловым.", "соединился", "MEETING", {("participant", "Орловым")}),
    # leaving a place, setting off somewhere
    ("После обеда Пётр Ильич удалился в кабинет.", "удалился", "MOVEMENT", {("agent", "Пётр Ильич")}),
    ("Осенью Гриша Сомов подался в Самару.", "подался", "MOVEMENT",
     {("agent", "Гриша Сомов"), ("destination", "Самару")}),
    # scolding a person is a quarrel
    ("Вчера тётя Даша выбранила Машу при гостях.", "выбранила", "CONFLICT", {("patient", "Машу")}),
    # ordering, writing to someone with the old `к`
    ("Врач предписал Белову месяц покоя.", "предписал", "COMMUNICATION", {("recipient", "Белову")}),
    ("Нам велено не шуметь после ужина.", "велено", "COMMUNICATION", set()),
    ("Каждую неделю Анна писала к матери.", "писала", "COMMUNICATION", {("agent", "Анна")}),
])
def test_the_classes_found_on_the_second_probe(nlp, text, trigger, type, args):
    found_type, _, found, _, _ = only(nlp, text, trigger)
    assert found_type == type and args <= found, events(nlp, text)


@pytest.mark.parametrize("text, trigger", [
    ("Охотник стрелял уток на болоте.", "стрелял"),        # a thing (an animal) as object
    ("К утру ветер рассеял тучи.", "рассеял"),             # no person put to flight
    ("Отец занял денег у соседа.", "занял"),               # borrowing, no place taken
    ("Туман медленно удалялся к реке.", "удалялся"),       # a thing moving off (types.tsv: human)
    ("Всю дорогу мы ругали погоду.", "ругали"),             # no person scolded
])
def test_the_same_verbs_in_their_other_senses_are_no_events(nlp, text, trigger):
    assert types(nlp, text).get(trigger) in (None, "OTHER"), events(nlp, text)


@pytest.mark.parametrize("text, trigger, type", [
    # a school admitting pupils enrols them (EDUCATION); a midwife delivering a baby meets no one
    ("Осенью школа приняла новых учеников.", "приняла", "EDUCATION"),
    ("Ночью акушерка приняла ребёнка.", "приняла", "OTHER"),  # the NEREL tagger's mention, untyped
    ("Ночью акушерка приняла роды у соседки.", "приняла", "OTHER"),
])
def test_receiving_is_a_meeting_only_of_a_person_receiving_a_visitor(nlp, text, trigger, type):
    assert types(nlp, text).get(trigger, "OTHER") == type, events(nlp, text)


def test_a_person_receiving_visitors_still_meets_them(nlp):
    type, _, args, _, _ = only(nlp, "Вечером доктор Малинин принял гостей.", "принял")
    assert type == "MEETING" and ("participant", "Малинин") in args


@pytest.mark.parametrize("text, trigger", [
    # a stay by a water or on a vessel (classes.tsv `natural`, `vessel`; stays.tsv `у+Gen=@natural`)
    ("Летом мы прожили у моря три недели.", "прожили"),
    ("Семья Карповых пробыла неделю на пароходе.", "пробыла"),
    ("В августе дядя Костя пожил на озере.", "пожил"),
])
def test_a_stay_by_the_water_or_on_a_ship_is_an_episode(nlp, text, trigger):
    assert types(nlp, text).get(trigger) == "MOVEMENT", events(nlp, text)


@pytest.mark.parametrize("text, trigger, companion", [
    # the comitative on the traveller (`тётя с сыном`) or hung by the parser on the place
    ("Весной тётя Вера вместе с Петей перебралась на дачу под Тулой.", "перебралась", "Петей"),
    ("Отец уехал в Тверь с Ивановым.", "уехал", "Ивановым"),
])
def test_a_companion_of_a_journey_is_an_argument_of_the_verb(nlp, text, trigger, companion):
    # the lexicon's role of `с` + a person (roles.tsv: participant; GUIDELINES 9.13 writes agent,
    # one role class for the scorer)
    _, _, args, _, _ = only(nlp, text, trigger)
    assert ("participant", companion) in args, args


@pytest.mark.parametrize("text, trigger, role, place", [
    # a named place in the genitive of a part or the vicinity of it
    ("Вечером Пётр прибыл на берег Волги.", "прибыл", "destination", "Волги"),
    ("Летом Соня уехала в окрестности Тулы.", "уехала", "destination", "Тулы"),
])
def test_a_place_named_in_the_genitive_of_its_part_is_the_place_argument(nlp, text, trigger, role, place):
    _, _, args, _, _ = only(nlp, text, trigger)
    assert (role, place) in args, args


def test_an_owner_in_the_genitive_is_no_place(nlp):
    _, _, args, _, _ = only(nlp, "Под вечер Пётр вернулся в дом Орлова.", "вернулся")
    assert not any(text == "Орлова" for _, text in args), args


@pytest.mark.parametrize("text, trigger, type, args", [
    # hostile military actions on people or a settlement, found on both events probes
    ("Утром казаки окружили деревню.", "окружили", "WAR", set()),
    ("Конница смяла неприятеля.", "смяла", "WAR", set()),
    ("В 1919 году банда разграбила Москву.", "разграбила", "WAR", {("place", "Москву"), ("time", "1919 году")}),
    # the noun of drawing near, of people
    ("Заслышав приближение казачьего отряда, хозяйки закрыли ворота.", "приближение", "MOVEMENT", set()),
    ("Его приближение испугало детей.", "приближение", "MOVEMENT", {("agent", "Его")}),
])
def test_military_actions_and_drawing_near(nlp, text, trigger, type, args):
    found_type, _, found, _, _ = only(nlp, text, trigger)
    assert found_type == type and args <= found, events(nlp, text)


@pytest.mark.parametrize("text, trigger", [
    ("Мальчик смял бумагу.", "смял"),                  # a thing crumpled
    ("Писатель сжёг черновики.", "сжёг"),              # papers burnt (GUIDELINES 4.1 rule 6)
    ("Отец окружил сына заботой.", "окружил"),         # figurative, with a bare instrumental
    ("Все ждали приближения весны.", "приближения"),   # a season draws near, no one goes
])
def test_their_other_senses_are_no_war_and_no_movement(nlp, text, trigger):
    assert types(nlp, text).get(trigger) in (None, "OTHER"), events(nlp, text)


def test_people_sent_to_someone_are_no_message_and_no_exile(nlp):
    found = types(nlp, "Вечером на дачу приехали рабочие, которых прислали из города, и конвой, которого выслали к арестанту из тюрьмы.")
    assert found.get("посланных") != "COMMUNICATION" and found.get("высланных") != "EXILE", found


def test_a_letter_sent_is_still_a_message(nlp):
    type, _, args, _, _ = only(nlp, "В мае Ольга отправила брату письмо.", "отправила")
    assert type == "COMMUNICATION" and ("agent", "Ольга") in args, args


@pytest.mark.parametrize("text, trigger", [
    # after review: a school deciding or taking part, leaning forward, scolding with no one,
    # a fire that burns, hills that surround
    ("Университет принял решение о закрытии курсов.", "принял"),
    ("Гимназия приняла участие в городском празднике.", "приняла"),
    ("Старик подался вперёд и прислушался.", "подался"),
    ("Дед целый вечер бранился на кухне.", "бранился"),
    ("Пожар спалил половину деревни.", "спалил"),
    ("Невысокие холмы окружают город.", "окружают"),
])
def test_what_the_review_found_is_no_event(nlp, text, trigger):
    assert types(nlp, text).get(trigger) in (None, "OTHER"), events(nlp, text)


def test_scolding_a_person_and_a_place_of_a_person(nlp):
    assert types(nlp, "Мать отругала сына за разбитое окно.").get("отругала") == "CONFLICT"
    _, _, args, _, _ = only(nlp, "Вечером Белов приехал к послу Франции.", "приехал")
    assert ("destination", "Франции") not in args
