"""The narration classes of issue 12 (item 3) as a grammar of Russian describes them: verbs of
motion generated from roots and spatial prefixes (`models/events/motion.tsv`), verbs of speech,
staying, meeting, serving, fighting, dying, marrying, being born, studying, being held and
released; what is no event (a thing moving, a figurative use, a line of speech tagged); and the
subject a coordinated verb shares with the first (issue 12 item 4)."""
from __future__ import annotations

import pytest

from letopis.events import rules
from test_events import events, only


def triggers(nlp, text: str) -> dict[str, str]:
    """trigger → type."""
    return {trigger: type for type, trigger, *_ in events(nlp, text)}


def test_generated_verbs_of_motion_are_aspect_pairs_of_every_prefix():
    verbs = rules.motion()
    # determinate stem → perfective, indeterminate stem → imperfective, prefix spellings chosen
    for perfective, imperfective in [("прийти", "приходить"), ("вбежать", "вбегать"), ("отойти", "отходить"),
                                     ("въехать", "въезжать"), ("разъехаться", "разъезжаться"),
                                     ("переплыть", "переплывать"), ("подлететь", "подлетать"),
                                     ("объехать", "объезжать"), ("вывезти", "вывозить"), ("прогнать", "прогонять")]:
        assert perfective in verbs and imperfective in verbs, (perfective, imperfective)
    # `по-` takes the determinate stem only (`походить` is "walk a while" or "resemble")
    assert "поехать" in verbs and "походить" not in verbs
    # a verb the dictionary does not know is not generated, nor one the table excepts
    assert "вйти" not in verbs and "вынести" not in verbs and "пройти" not in verbs
    # taking someone somewhere: agent and patient, a person required
    assert verbs["вывезти"].requires == "person" and verbs["вывезти"].object == "patient"


def test_a_lexicon_row_keeps_its_conditions_over_the_generated_one():
    readings = rules.lexicon()[("выйти", "VERB")]
    assert [entry.type for entry in readings][:2] == ["MARRIAGE", "EMPLOYMENT"]
    assert sum(entry.type == "MOVEMENT" for entry in readings) == 1
    # a lemma with only conditional rows of another type gets the generated MOVEMENT after them
    assert [entry.type for entry in rules.lexicon()[("выходить", "VERB")]][-1] == "MOVEMENT"


@pytest.mark.parametrize("text, trigger, type", [
    # motion: prefixed verbs of every root, both aspects
    ("Утром мы выехали из Тулы и к вечеру доехали до Орла.", "доехали", "MOVEMENT"),
    ("Старик медленно брёл к станции.", "брёл", "MOVEMENT"),
    ("На рассвете рыбаки приплыли к берегу.", "приплыли", "MOVEMENT"),
    ("После обеда гости разъехались по домам.", "разъехались", "MOVEMENT"),
    ("Иван Петров перебежал через площадь и скрылся за углом.", "перебежал", "MOVEMENT"),
    ("Нянька вывела детей во двор.", "вывела", "MOVEMENT"),
    ("Солдаты довели его до самой станции.", "довели", "MOVEMENT"),
    ("Вечером они направились к реке.", "направились", "MOVEMENT"),
    ("Весь полк устремился к переправе.", "устремился", "MOVEMENT"),
    # staying somewhere for a time
    ("Он переночевал у знакомого купца.", "переночевал", "MOVEMENT"),
    # speech: a recipient, a clause, a topic
    ("Иван признался брату, что проиграл деньги.", "признался", "COMMUNICATION"),
    ("Сосед поведал нам, что мельница сгорела.", "поведал", "COMMUNICATION"),
    ("Товарищ напомнил ему о долге.", "напомнил", "COMMUNICATION"),
    # meeting and parting
    ("Мы расстались в Казани.", "расстались", "MEETING"),
    ("Вчера к нам съехались все родственники.", "съехались", "MEETING"),
    # fighting, dying, marrying, being born
    ("Русская армия победила шведов.", "победила", "WAR"),
    ("Ямщик подрался с проезжим, а потом ругался с хозяином.", "ругался", "CONFLICT"),
    ("Старик помирал долго.", "помирал", "DEATH"),
    ("Они обручились весной.", "обручились", "MARRIAGE"),
    ("Ребёнок появился на свет зимой.", "появился", "BIRTH"),
    # being held and released
    ("Он сидел в тюрьме три года.", "сидел", "ARREST"),
    ("Через год Андрей вышел из тюрьмы.", "вышел", "RELEASE"),
    ("Он входил в состав комитета.", "входил", "MEMBERSHIP"),
])
def test_class_verbs(nlp, text, trigger, type):
    assert triggers(nlp, text).get(trigger) == type, events(nlp, text)


@pytest.mark.parametrize("text, trigger", [
    # things moving: a verb with a MOVEMENT reading whose subject is no person
    # (`human_subject`; `test_events_structure.py` checks the rows exist)
    ("Лодка приплыла к берегу.", "приплыла"),
    ("Слух быстро дошёл до соседней деревни.", "дошёл"),
    ("Дым ушёл в трубу.", "ушёл"),
    # a state one comes into: the idiom slot (`в+Acc=ужас`) of a verb with a MOVEMENT row
    ("Увидев счёт за свет, бабушка пришла в ужас.", "пришла"),
    # being sure is no telling
    ("Он уверен, что брат вернётся.", "уверен"),
    ("Эта история довела её до слёз.", "довела"),
    # a figurative verb of motion
    ("Иван Петров пришёл к выводу, что пора уезжать.", "пришёл"),
    ("Бедный старик сошёл с ума.", "сошёл"),
    ("Он привёл дела в порядок.", "привёл"),
    ("Офицеры принесли присягу новому государю.", "принесли"),
    # running about is no going somewhere; sitting by the window no imprisonment
    ("Мальчишки бегали по двору.", "бегали"),
    ("Он сидел у окна.", "сидел"),
    # parting with a thing
    ("Он готов был расстаться с имуществом.", "расстаться"),
    # a line of speech tagged, the colon after a longer tag
    ("— Завтра уезжаю, — заявил он.", "заявил"),
    ("Наутро староста сообщил всем собравшимся на площади: «Барин приедет к Пасхе».", "сообщил"),
    ("Лекарь объяснил больному по-латыни и по-русски: — Лежать неделю.", "объяснил"),
])
def test_no_event_of_the_classes(nlp, text, trigger):
    assert trigger not in triggers(nlp, text), events(nlp, text)


def test_a_coordinated_verb_shares_a_thing_subject(nlp):
    found = triggers(nlp, "Вода вытекла из бочки и ушла в песок.")
    assert "ушла" not in found, found
    assert "улетел" not in triggers(nlp, "Мяч покатился по двору и улетел в овраг.")


def test_a_coordinated_verb_shares_a_person_subject(nlp):
    found = {trigger: args for _, trigger, args, _, _ in events(nlp, "Он вышел из дома и поехал на вокзал.")}
    assert ("agent", "Он") in found["вышел"] and ("agent", "Он") in found["поехал"]
    _, _, args, _, _ = only(nlp, "Иван перебежал через площадь и скрылся за углом.", "скрылся")
    assert ("agent", "Иван") in args


def test_coordinated_verbs_share_the_person_taken(nlp):
    found = {trigger: args for _, trigger, args, _, _ in events(nlp, "Ивана Петрова схватили и отвезли в Тверь.")}
    assert ("patient", "Ивана Петрова") in found["отвезли"] and ("destination", "Тверь") in found["отвезли"]
    assert triggers(nlp, "Беглеца поймали и привели в участок.").get("привели") == "MOVEMENT"
    # an intransitive verb after a transitive one takes no object from it
    _, _, args, _, _ = only(nlp, "Он купил хлеб и пошёл домой.", "пошёл")
    assert args == {("agent", "Он")}


@pytest.mark.parametrize("text, trigger, type", [
    ("Уехала Анна только к ночи.", "Уехала", "MOVEMENT"),
    ("Воротился Пётр только к ночи.", "Воротился", "MOVEMENT"),
])
def test_a_verb_the_tagger_took_for_a_name_opening_the_sentence(nlp, text, trigger, type):
    assert triggers(nlp, text).get(trigger) == type, events(nlp, text)


def test_a_participle_of_people_going_is_a_step_of_the_story(nlp):
    assert triggers(nlp, "Рыбаки, плывшие к острову, заметили дым.").get("плывшие") == "MOVEMENT"
