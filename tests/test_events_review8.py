"""The review of narr8: readings that fired in general prose and news (NEREL train shows each as
spurious), narrowed in models/events/lexicon.tsv, classes.tsv (`fortification`, `vehicle`),
motion.tsv (idioms), stations.tsv and extractor.visit / named_by_station / the `nobody` slot.
Each kind: a case that must fire and one that must not. The sentences are our own."""
from __future__ import annotations

import pytest

from test_events import events


def types(nlp, text: str) -> dict[str, str]:
    """trigger → type."""
    return {trigger: type for type, trigger, *_ in events(nlp, text)}


@pytest.mark.parametrize("text, trigger, type, args", [
    # a threat: a person threatens a person, hostility (CONFLICT, GUIDELINES 9.60)
    ("Осенью Павел Гордеев угрожал брату ружьём.", "угрожал", "CONFLICT", {("agent", "Павел Гордеев")}),
    # a dispute with a partner under `с`
    ("Наши соседи долго спорили с управдомом.", "спорили", "MEETING", set()),
    # dying: `успокоиться навеки`
    ("Бабушка успокоилась навеки в ноябре.", "успокоилась", "DEATH", set()),
    # a visit to one person, also when one came by car
    ("Вечером к Лизе Орловой приехал брат.", "приехал", "MEETING", {("participant", "Лизе Орловой")}),
    ("Он приехал к сестре на машине.", "приехал", "MEETING", {("participant", "Он")}),
    # a station of one person: a rank of the Table of Ranks
    ("Генерал Сомов вернулся в Москву.", "вернулся", "MOVEMENT", {("destination", "Москву")}),
    ("Ротмистр вернулся в полк.", "вернулся", "MOVEMENT", set()),
    # heading for a place: the one who goes is the agent
    ("Вечером Нина Котова направлялась к вокзалу.", "направлялась", "MOVEMENT", {("agent", "Нина Котова")}),
    # an unambiguous fortification, a storm repulsed
    ("Ночью гренадеры заняли редут.", "заняли", "WAR", set()),
    ("Полк отбил штурм.", "отбил", "WAR", set()),
])
def test_the_narrowed_readings_still_fire(nlp, text, trigger, type, args):
    found = [event for event in events(nlp, text) if event[1] == trigger]
    assert len(found) == 1 and found[0][0] == type and args <= found[0][2], events(nlp, text)


@pytest.mark.parametrize("text, trigger", [
    ("Ему грозит штраф до пяти тысяч рублей.", "грозит"),           # a penalty, no one threatens
    ("Старик грозил пальцем в окно.", "грозил"),                    # a gesture, no one addressed
    ("Наводнение угрожало прибрежным сёлам.", "угрожало"),          # a flood, no person
    ("Франция угрожает Германии санкциями.", "угрожает"),           # a country, no person
    ("Профессор руководил кафедрой двадцать лет.", "руководил"),     # leading a body: a state
    ("Оскорбление судьи рассматривается как отдельная статья.", "Оскорбление"),  # a crime's name
    ("Набег покупателей опустошил полки магазина.", "Набег"),        # a raid of buyers
    ("Учёные спорят о происхождении слова.", "спорят"),              # a debate of opinions
    ("Девочка успокоилась навсегда, получив письмо.", "успокоилась"),  # calm, no death
    ("Новая партия пришла к власти осенью.", "пришла"),             # an idiom, no visit
    ("Днём к мэру пришли пенсионеры.", "пришли"),                    # news: the seldom test of the MOVEMENT reading
    ("Школьники вышли на субботник.", "вышли"),                     # a class of many
    ("Директор завода приехал в Тулу.", "приехал"),                 # a news title with a genitive
    ("Барин вернулся к своим мыслям.", "вернулся"),                 # an idiom of motion
    ("Сосед взял батарею для фонарика.", "взял"),                   # a battery, no fortification
    ("Рабочие очистили траншею от снега.", "очистили"),             # a trench for pipes
    ("Вратарь отбил атаку нападающих.", "отбил"),                   # sport
])
def test_the_same_words_in_general_prose_and_news_give_no_event(nlp, text, trigger):
    assert types(nlp, text).get(trigger) in (None, "OTHER"), events(nlp, text)
