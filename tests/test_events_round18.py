"""The eighteenth round's members of the classes of war, threat and office (issue 12 item 3, events18;
GUIDELINES 9.60): burning a town, surrounding and throwing back people, surrendering, seizing a
person or a town, bursting in and vanishing, abdicating, dismissal and being sent to serve in the
chancery register, gunfire told as going on, rushing at someone, arriving on the scene, the nouns of
speech with their speaker, a threat as CONFLICT, `учинить` as a support verb. Sentences of our own."""
from __future__ import annotations

import pytest

from test_events import events, only


def none_at(nlp, text: str, trigger: str) -> None:
    assert not [event for event in events(nlp, text) if event[1] == trigger], events(nlp, text)


@pytest.mark.parametrize("text, trigger, type", [
    # burning a settlement, active and passive
    ("Разбойники сожгли деревню и ушли в лес.", "сожгли", "WAR"),
    ("Село было сожжено казаками.", "сожжено", "WAR"),
    ("Неприятель поджёг город с четырёх сторон.", "поджёг", "WAR"),
    # surrounding and throwing back people or a unit
    ("Отряд окружил их у самой реки.", "окружил", "WAR"),
    ("Отряд был окружён казаками у самой реки.", "окружён", "WAR"),
    ("Конница отбросила неприятеля за реку.", "отбросила", "WAR"),
    # surrendering
    ("Гарнизон крепости сдался.", "сдался", "WAR"),
    ("Офицер сдался в плен.", "сдался", "WAR"),
    # seizing a person, a town
    ("Солдаты захватили в плен двух офицеров.", "захватили", "ARREST"),
    ("Казаки захватили город.", "захватили", "WAR"),
    # bursting in, vanishing
    ("Толпа ворвалась в дом.", "ворвалась", "MOVEMENT"),
    ("Сын исчез из деревни весной.", "исчез", "MOVEMENT"),
    # leaving a throne; dismissal; sent to serve
    ("Император отрёкся от трона в пользу брата.", "отрёкся", "EMPLOYMENT"),
    ("Старого управляющего отставили от должности.", "отставили", "EMPLOYMENT"),
    ("Писарь был отставлен за пьянство.", "отставлен", "EMPLOYMENT"),
    ("Брата послали на службу в Ригу.", "послали", "EMPLOYMENT"),
    # gunfire told as going on
    ("Канонада продолжалась до вечера.", "Канонада", "WAR"),
    ("Всю ночь за рекой шла пальба.", "пальба", "WAR"),
    # threatening a person is hostility (GUIDELINES 9.32, 9.60)
    ("Хозяин угрожал ему расправой.", "угрожал", "CONFLICT"),
    ("Дядя грозился выгнать нас из дома.", "грозился", "CONFLICT"),
    # the chancery's support verb: the noun is the event
    ("Разбойники учинили нападение на обоз.", "нападение", "WAR"),
    # rushing at a person: one at one CONFLICT, a crowd at people WAR; onto a place MOVEMENT
    ("Пьяный сосед бросился на него с кулаками.", "бросился", "CONFLICT"),
    ("Мятежники бросились на солдат.", "бросились", "WAR"),
    ("Мальчик бросился на улицу.", "бросился", "MOVEMENT"),
    ("Ночью полк был окружён неприятелем.", "окружён", "WAR"),
    # arriving on the scene with no place written
    ("Первым явился дьякон, высокий сутулый человек.", "явился", "MOVEMENT"),
    ("Потом явилась соседка с корзиной.", "явилась", "MOVEMENT"),
    # the nouns of speech with the speaker named or pointed to
    ("По рассказу отца, дед служил в Казани.", "рассказу", "COMMUNICATION"),
    ("По требованию брата он уехал в Пермь.", "требованию", "COMMUNICATION"),
])
def test_round18_class_members(nlp, text, trigger, type):
    assert only(nlp, text, trigger)[0] == type, events(nlp, text)


def test_the_one_who_commits_with_uchinit_is_the_agent_of_the_noun(nlp):
    # `учинить` (support.tsv) gives its subject to the noun it carries, as its agent: without the row
    # the noun's own frame makes the captain a participant of the search
    _, _, found, _, _ = only(nlp, "Капитан Рудин учинил обыск в доме купца.", "обыск")
    assert ("agent", "Рудин") in found, events(nlp, "Капитан Рудин учинил обыск в доме купца.")


@pytest.mark.parametrize("text, trigger", [
    ("Он сжёг все письма.", "сжёг"),                     # a thing burnt, no place
    ("Пожар сжёг деревню.", "сжёг"),                     # a fire, no people
    ("Густой лес окружил нас.", "окружил"),              # a thing surrounding
    ("Мать окружила детей заботой.", "окружила"),        # surrounded with something
    ("Он долго не сдавался.", "сдавался"),               # holding out
    ("Он отставил стакан и встал.", "отставил"),         # a thing put aside
    ("Вода исчезла из колодца.", "исчезла"),             # a thing vanishing
    ("Ему грозит штраф.", "грозит"),                     # a thing threatening
    ("Мятежники учинили нападение на обоз.", "учинили"),  # the support verb is no event of its own
    ("Она бросилась ему на шею.", "бросилась"),          # an embrace
    ("Он бросился на колени перед матерью.", "бросился"),  # kneeling
    ("Он бросился на диван и заснул.", "бросился"),      # a piece of furniture
    ("Я бросился за ним.", "бросился"),                  # running after someone (GUIDELINES 9.17)
    ("Этот случай явился причиной ссоры.", "явился"),    # being something
    ("Речь шла о продаже дома.", "Речь"),                # the matter, no speaker
    ("Он прочёл рассказы Чехова.", "рассказы"),          # works, not a telling
    ("Бибиков услышал канонаду за рекой.", "канонаду"),  # gunfire only heard (GUIDELINES 9.60)
])
def test_round18_no_event(nlp, text, trigger):
    none_at(nlp, text, trigger)


def test_a_threat_has_its_participants(nlp):
    type, _, args, _, _ = only(nlp, "Андрей Белов угрожал Петру Соколову.", "угрожал")
    assert type == "CONFLICT"
    assert {"Андрей Белов", "Петру Соколову"} <= {text for _, text in args}, args


def test_a_support_verb_gives_the_noun_its_doer(nlp):
    _, _, args, _, _ = only(nlp, "Иван Гусев учинил нападение на почту.", "нападение")
    assert ("participant", "Иван Гусев") in args, args


def test_a_burnt_town_is_the_place_of_the_war(nlp):
    type, _, args, _, _ = only(nlp, "Французы сожгли Смоленск.", "сожгли")
    assert type == "WAR" and ("place", "Смоленск") in args, args
