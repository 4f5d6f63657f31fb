"""Events in narration (issue 12): the everyday verbs of memoirs, with the subjects, recipients
and destinations they take; and what is no event (things as subjects, imperatives, quoted lines)."""
from __future__ import annotations

import pytest

from test_events import events, only


def triggers(nlp, text: str) -> dict[str, str]:
    """trigger → type."""
    return {trigger: type for type, trigger, *_ in events(nlp, text)}


@pytest.mark.parametrize("text, trigger, type", [
    # arriving, leaving, returning, crossing, parting (aspect pairs, prefixed forms)
    ("Услышав крик, Иван Петров побежал к реке.", "побежал", "MOVEMENT"),
    ("Каждое утро Анна ходила на рынок.", "ходила", "MOVEMENT"),
    ("Вечером Сергей подъехал к воротам.", "подъехал", "MOVEMENT"),
    ("Через неделю он воротился в деревню.", "воротился", "MOVEMENT"),
    ("Ночью беглецы переплыли Волгу.", "переплыли", "MOVEMENT"),
    ("Весной отряд перешёл через горы.", "перешёл", "MOVEMENT"),
    ("После ужина гости разошлись по домам.", "разошлись", "MOVEMENT"),
    ("В полдень отряд остановился за рекой.", "остановился", "MOVEMENT"),
    ("Наутро он явился в штаб.", "явился", "MOVEMENT"),
    ("Наутро Семён явился на заводе.", "явился", "MOVEMENT"),
    # taking a person somewhere, sending someone
    ("Отец повёл меня в гимназию.", "повёл", "MOVEMENT"),
    ("Жандармы привели арестанта в участок.", "привели", "MOVEMENT"),
    ("Извозчик отвёз нас на вокзал.", "отвёз", "MOVEMENT"),
    ("Друзья проводили его до станции.", "проводили", "MOVEMENT"),
    ("Губернатор прислал к нам курьера.", "прислал", "MOVEMENT"),
    # telling: a recipient, a clause, a topic
    ("Отец сообщил мне о смерти деда.", "сообщил", "COMMUNICATION"),
    ("Иван говорил, что скоро уедет.", "говорил", "COMMUNICATION"),
    ("Староста объявил крестьянам, что барин умер.", "объявил", "COMMUNICATION"),
    ("Вечером я рассказал матери, как мы ехали.", "рассказал", "COMMUNICATION"),
    ("Адъютант доложил генералу о потерях.", "доложил", "COMMUNICATION"),
    ("Старик произнёс короткую речь.", "произнёс", "COMMUNICATION"),
    # capture, killing
    ("Беглеца поймали на третий день.", "поймали", "ARREST"),
    ("В том бою нашего соседа взяли в плен.", "взяли", "ARREST"),
    ("Утром Анна Петрова поступила в гимназию.", "поступила", "EDUCATION"),
    ("Его отравили в Риме.", "отравили", "DEATH"),
    # service
    ("Осенью Андрей поступил на службу.", "поступил", "EMPLOYMENT"),
])
def test_verbs_of_narration(nlp, text, trigger, type):
    assert triggers(nlp, text).get(trigger) == type, events(nlp, text)


@pytest.mark.parametrize("text, trigger", [
    # a thing as the subject of a verb done by people
    ("Вода из бочки ушла в песок.", "ушла"),
    ("Новость о войне дошла до нас только весной.", "дошла"),
    ("Снаряд прилетел с той стороны.", "прилетел"),
    ("Осенью цветы в саду умирали.", "умирали"),
    ("Дело шло к весне.", "шло"),
    # an impersonal neuter past without object
    ("Бумаг на столе у отца развелось много.", "развелось"),
    # imperatives and a subjectless plural opening an exclamation
    ("Уезжай отсюда!", "Уезжай"),
    ("Пошли домой!", "Пошли"),
    # a message verb in the indefinite-personal present
    ("Говорят, что он уехал в Париж.", "Говорят"),
    # the slot shows another sense: a diary kept, steam let out
    ("Сестра вела дневник.", "вела"),
    ("Старый чайник выпускал пар.", "выпускал"),
    ("Его исключительно ценили.", "исключительно"),
    # a quoted line tagged, also with the hearer before the colon
    ("Мать спросила меня: «Где ты был?»", "спросила"),
    ("— Завтра, — сказал он.", "сказал"),
])
def test_no_event(nlp, text, trigger):
    assert trigger not in triggers(nlp, text), events(nlp, text)


def test_a_group_noun_is_a_human_subject(nlp):
    assert triggers(nlp, "Весной отряд двинулся к реке.").get("двинулся") == "MOVEMENT"
    assert triggers(nlp, "Вечером часть их уехала на станцию.").get("уехала") == "MOVEMENT"


def test_a_pronoun_subject_is_a_person(nlp):
    assert triggers(nlp, "Она уехала в Киев.").get("уехала") == "MOVEMENT"


def test_telling_someone_that_has_a_recipient(nlp):
    _, _, args, _, _ = only(nlp, "Иван Петров сообщил Анне Ивановой, что уезжает.", "сообщил")
    assert ("agent", "Иван Петров") in args and ("recipient", "Анне Ивановой") in args


def test_a_journey_to_study_goes_to_the_university(nlp):
    found = {trigger: args for _, trigger, args, _, _ in
             events(nlp, "Мы с братом отправились учиться в Дерптский университет через год после войны.")}
    assert ("destination", "Дерптский университет") in found["отправились"]
    assert all(role != "participant" or text != "Дерптский университет" for role, text in found["учиться"])


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
    _, _, args, _, _ = only(nlp, "Анне Ивановой надо было сообщить Петру Сидорову, что обыск отменён.", "сообщить")
    assert ("agent", "Анне Ивановой") in args and ("recipient", "Петру Сидорову") in args


def test_a_written_subject_leaves_no_unwritten_one(nlp):
    _, _, args, _, _ = only(nlp, "Ночью к начальнику станции прибежал Семён Грачёв.", "прибежал")
    assert ("participant", "Семён Грачёв") in args  # a visit to a person: MEETING (GUIDELINES 4.2)
    assert all(text != "прибежал" for _, text in args)


def test_a_court_acting_is_an_institution_a_court_sitting_a_trial(nlp):
    assert triggers(nlp, "Суд приговорил Петра Иванова к ссылке.") == {"приговорил": "TRIAL", "ссылке": "EXILE"}
    assert "суда" not in triggers(nlp, "Через год приговор суда отменили.")
    assert triggers(nlp, "После суда Иван Петров уехал в Тверь.").get("суда") == "TRIAL"


def test_a_birthday_is_no_birth(nlp):
    assert "рождения" not in triggers(nlp, "В день рождения сына Иван уехал в Тверь.")
    assert triggers(nlp, "После рождения сына Иван уехал в Тверь.").get("рождения") == "BIRTH"
