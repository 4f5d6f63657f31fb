"""Events in narration (issue 12): the everyday verbs of memoirs, with the subjects, recipients
and destinations they take; and what is no event (things as subjects, imperatives, quoted lines)."""
from __future__ import annotations

import pytest

from test_events import events, only


def triggers(nlp, text: str) -> dict[str, str]:
    """trigger → type."""
    return {trigger: type for type, trigger, *_ in events(nlp, text)}


@pytest.mark.parametrize("text, trigger, type", [
    # going: running, rushing, riding, wandering, returning (aspect pairs, prefixed forms)
    ("Услышав крик, Иван Петров побежал к реке.", "побежал", "MOVEMENT"),
    ("Мальчик бросился за отцом.", "бросился", "MOVEMENT"),
    ("Солдаты кинулись в лес.", "кинулись", "MOVEMENT"),
    ("Гонец ускакал в Тверь.", "ускакал", "MOVEMENT"),
    ("Каждое утро Анна ходила на рынок.", "ходила", "MOVEMENT"),
    ("Вечером Сергей подъехал к воротам.", "подъехал", "MOVEMENT"),
    ("Через неделю он воротился в деревню.", "воротился", "MOVEMENT"),
    ("Два года Пётр скитался по Сибири.", "скитался", "MOVEMENT"),
    ("Ночью беглецы переплыли Волгу.", "переплыли", "MOVEMENT"),
    ("Весной отряд перешёл через горы.", "перешёл", "MOVEMENT"),
    ("Всю зиму Алексей укрывался у тётки.", "укрывался", "MOVEMENT"),
    ("После ужина гости разошлись по домам.", "разошлись", "MOVEMENT"),
    ("В полдень отряд остановился за рекой.", "остановился", "MOVEMENT"),
    ("Наутро он явился в штаб.", "явился", "MOVEMENT"),
    ("Наутро Семён явился на заводе.", "явился", "MOVEMENT"),
    # taking a person or carrying something somewhere
    ("Отец повёл меня в гимназию.", "повёл", "MOVEMENT"),
    ("Жандармы привели арестанта в участок.", "привели", "MOVEMENT"),
    ("Извозчик отвёз нас на вокзал.", "отвёз", "MOVEMENT"),
    ("Братья унесли сундук.", "унесли", "MOVEMENT"),
    ("Матвей отнёс письма на почту.", "отнёс", "MOVEMENT"),
    ("Друзья проводили его до станции.", "проводили", "MOVEMENT"),
    ("Губернатор прислал к нам курьера.", "прислал", "MOVEMENT"),
    ("Ямщик погнал лошадей к станции.", "погнал", "MOVEMENT"),
    # telling: a recipient, a clause, a topic
    ("Учитель внушил мне, что стоит учиться.", "внушил", "COMMUNICATION"),
    ("Отец сообщил мне о смерти деда.", "сообщил", "COMMUNICATION"),
    ("Иван говорил, что скоро уедет.", "говорил", "COMMUNICATION"),
    ("Брат долго доказывал мне свою правоту.", "доказывал", "COMMUNICATION"),
    ("Староста объявил крестьянам, что барин умер.", "объявил", "COMMUNICATION"),
    ("Он убеждал Марью остаться.", "убеждал", "COMMUNICATION"),
    ("Вечером я рассказал матери, как мы ехали.", "рассказал", "COMMUNICATION"),
    ("Адъютант доложил генералу о потерях.", "доложил", "COMMUNICATION"),
    ("Старик произнёс короткую речь.", "произнёс", "COMMUNICATION"),
    # capture, custody, killing, violence between persons
    ("Беглеца поймали на третий день.", "поймали", "ARREST"),
    ("Казаки связали атамана.", "связали", "ARREST"),
    ("Многих крестьян взяли под стражу.", "взяли", "ARREST"),
    ("Два года он содержался в тюрьме.", "содержался", "ARREST"),
    ("Рабочего задавили на стройке.", "задавили", "DEATH"),
    ("Его отравили в Риме.", "отравили", "DEATH"),
    ("Каждую субботу дед сечёт внуков.", "сечёт", "CONFLICT"),
    ("Тогда Пётр оттолкнул конвойного.", "оттолкнул", "CONFLICT"),
    ("Этот человек оскорбил моего отца.", "оскорбил", "CONFLICT"),
    # studies, posts, war
    ("Весной Николай сдал экзамены.", "сдал", "EDUCATION"),
    ("За зиму он прошёл курс гимназии.", "прошёл", "EDUCATION"),
    ("Отец поставил его приказчиком.", "поставил", "EMPLOYMENT"),
    ("Осенью Андрей поступил на службу.", "поступил", "EMPLOYMENT"),
    ("Мятежники овладели крепостью.", "овладели", "WAR"),
])
def test_verbs_of_narration(nlp, text, trigger, type):
    assert triggers(nlp, text).get(trigger) == type, events(nlp, text)


@pytest.mark.parametrize("text, trigger", [
    # a thing as the subject of a verb done by people
    ("Кровь стекала по ступеням и собралась в лужу.", "собралась"),
    ("Мысль об отъезде пришла ему в голову.", "пришла"),
    ("Снаряд прилетел с той стороны.", "прилетел"),
    ("Осенью цветы в саду умирали.", "умирали"),
    ("Дело шло к весне.", "шло"),
    # an impersonal neuter past without object
    ("Таких книг в последнее время развелось много.", "развелось"),
    # imperatives and a subjectless plural opening an exclamation
    ("Уезжай отсюда!", "Уезжай"),
    ("Пошли домой!", "Пошли"),
    # a message verb in the indefinite-personal present
    ("Говорят, что он уехал в Париж.", "Говорят"),
    # the slot shows another sense: service of a mass, service to science; a diary kept, a release of foam
    ("Священник служил панихиду.", "служил"),
    ("Он всю жизнь служил науке.", "служил"),
    ("Сестра вела дневник.", "вела"),
    ("Рыба выпускала пузыри.", "выпускала"),
    ("Его исключительно ценили.", "исключительно"),
    # a person created (by nature) is no work created
    ("Вы созданы для науки.", "созданы"),
    # a quoted line tagged, also with the hearer before the colon
    ("Мать спросила меня: «Где ты был?»", "спросила"),
    ("— Завтра, — сказал он.", "сказал"),
])
def test_no_event(nlp, text, trigger):
    assert trigger not in triggers(nlp, text), events(nlp, text)


def test_a_group_noun_is_a_human_subject(nlp):
    assert triggers(nlp, "Весной отряд двинулся к реке.").get("двинулся") == "MOVEMENT"
    assert triggers(nlp, "Часть их явилась к губернатору.").get("явилась") == "MOVEMENT"


def test_a_pronoun_subject_is_a_person(nlp):
    assert triggers(nlp, "Она уехала в Киев.").get("уехала") == "MOVEMENT"


def test_telling_someone_that_has_a_recipient(nlp):
    _, _, args, _, _ = only(nlp, "Иван Петров сообщил Анне Ивановой, что уезжает.", "сообщил")
    assert ("agent", "Иван Петров") in args and ("recipient", "Анне Ивановой") in args


def test_a_journey_to_study_goes_to_the_university(nlp):
    found = {trigger: args for _, trigger, args, _, _ in events(nlp, "Зимой Иван Петров поехал учиться в Казанский университет.")}
    assert ("destination", "Казанский университет") in found["поехал"]
    assert all(role != "participant" or text != "Казанский университет" for role, text in found["учиться"])


def test_a_river_crossed_is_a_place(nlp):
    _, _, args, _, _ = only(nlp, "Иван Петров переплыл Волгу на лодке.", "переплыл")
    assert args == {("agent", "Иван Петров"), ("place", "Волгу")}


def test_the_one_carried_off_is_the_patient(nlp):
    _, _, args, _, _ = only(nlp, "Жандармы отвезли Петра Иванова в Тверь.", "отвезли")
    assert ("patient", "Петра Иванова") in args and ("destination", "Тверь") in args


def test_support_verb_of_a_protest_leaves_the_noun_the_trigger(nlp):
    found = triggers(nlp, "Анна высказала свой протест властям.")
    assert found == {"протест": "COMMUNICATION"}


def test_coordinated_infinitives_share_controller_and_wish(nlp):
    found = {trigger: (args, modality) for _, trigger, args, _, modality in
             events(nlp, "Весной Иван Петров хотел уехать в Тверь и жениться.")}
    assert found["жениться"] == ({("participant", "Иван Петров")}, "desired")
    assert ("agent", "Иван Петров") in found["уехать"][0]


def test_the_dative_of_a_predicative_controls_the_infinitive(nlp):
    _, _, args, _, _ = only(nlp, "Анне Ивановой нетрудно было уговорить Петра Сидорова.", "уговорить")
    assert ("agent", "Анне Ивановой") in args and ("recipient", "Петра Сидорова") in args


def test_a_written_subject_leaves_no_unwritten_one(nlp):
    _, _, args, _, _ = only(nlp, "Вечером к нему приехал Иван Петров.", "приехал")
    assert ("agent", "Иван Петров") in args
    assert all(text != "приехал" for _, text in args)


def test_a_court_acting_is_an_institution_a_court_sitting_a_trial(nlp):
    assert triggers(nlp, "Суд приговорил Петра Иванова к ссылке.") == {"приговорил": "TRIAL", "ссылке": "EXILE"}
    assert "суда" not in triggers(nlp, "Решение суда отменили через год.")
    assert triggers(nlp, "После суда Иван Петров уехал в Тверь.").get("суда") == "TRIAL"


def test_a_birthday_is_no_birth(nlp):
    assert "рождения" not in triggers(nlp, "В день рождения сына Иван уехал в Тверь.")
    assert triggers(nlp, "После рождения сына Иван уехал в Тверь.").get("рождения") == "BIRTH"
