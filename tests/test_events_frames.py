"""Frames and forms of the narration classes (issue 12 item 3): a stay told as an episode (a
place or a host; a duration alone is a life span, GUIDELINES 9.10), the fixed phrases of studying, being jailed, released,
exiled, called up, leaving service and marrying off (slot=lemma cells of
`models/events/lexicon.tsv`), and gerunds and participles in the forms 19th-century prose
writes them: an old gerund the dictionary lacks (`models/syntax/old_gerunds.tsv`) and a gerund
or participle opening a sentence that the tagger took for a name."""
from __future__ import annotations

import pytest

import letopis
from letopis.morphosyntax.lemma import old_gerund
from test_events import events, only


def triggers(nlp, text: str) -> dict[str, str]:
    """trigger → type."""
    return {trigger: type for type, trigger, *_ in events(nlp, text)}


@pytest.mark.parametrize("text, trigger, args", [
    # a perfective verb of spending a time somewhere, with a place or a host (its length or not)
    ("Борис Ильин пробыл в Пскове около месяца.", "пробыл", {("agent", "Борис Ильин"), ("place", "Пскове")}),
    ("Вера Минина прожила у подруги всю зиму.", "прожила", {("agent", "Вера Минина")}),
    ("Николай Петров побывал в Риге.", "побывал", {("agent", "Николай Петров"), ("place", "Риге")}),
    ("Фёдор Лаптев прогостил там неделю.", "прогостил", {("agent", "Фёдор Лаптев")}),  # `там`: a place
    # a common noun of a place (`stay_place` of classes.tsv): a lodging, a settlement, a land
    ("Лесник Ермолаев прожил в избе за рекой двадцать лет.", "прожил", {("agent", "Ермолаев")}),  # the title is outside the name (GUIDELINES 8.3)
    ("Обоз переночевал на постоялом дворе.", "переночевал", set()),
    ("Тётка Дарья прогостила в имении до осени.", "прогостила", {("agent", "Дарья")}),
    ("После боя рота заночевала на месте переправы.", "заночевала", set()),  # the generic noun of a place
])
def test_a_stay_told_as_an_episode_is_movement(nlp, text, trigger, args):
    type, _, found, _, _ = only(nlp, text, trigger)
    assert type == "MOVEMENT" and args <= found, found


@pytest.mark.parametrize("text, trigger", [
    ("Семья Ильиных жила в Калуге.", "жила"),                 # a residence, no bound
    ("Борис Ильин живёт в Пскове третий год.", "живёт"),       # the present states a residence
    ("Через неделю Антон Рябов уже жил в Орле.", "жил"),       # a point in time, not how long
    ("До отхода поезда оставалось десять минут.", "оставалось"),  # time left, no one staying
    ("Рукопись долго пролежала в сундуке.", "пролежала"),      # a thing is no one staying
    # a duration with no place and no host is a life span, no move (GUIDELINES 9.10; until the
    # seventh round a duration alone made these MOVEMENT)
    ("Супруги Ильины прожили вместе сорок два года.", "прожили"),
    ("Старый мельник Сомов прожил девяносто лет.", "прожил"),
    ("Мы задержались на полчаса и опоздали к поезду.", "задержались"),
    # a noun in the prepositional case that is no place: a life span, a state (GUIDELINES 9.10)
    ("Мой прадед прожил на свете сто два года.", "прожил"),
    ("Родители прожили в согласии полвека.", "прожили"),
    ("Художник Левин прожил в бедности до самой смерти.", "прожил"),
    ("Ветеран пробыл на пенсии двадцать лет.", "пробыл"),
])
def test_living_without_a_bounded_stay_is_no_event(nlp, text, trigger):
    assert triggers(nlp, text).get(trigger) in (None, "OTHER"), events(nlp, text)


@pytest.mark.parametrize("text, trigger, type, arg", [
    # studying: finishing a course, being placed in or expelled from a school
    ("Мой брат Григорий кончил курс в Дерптском университете.", "кончил", "EDUCATION", ("agent", "Григорий")),
    ("Мальчика отдали в кадетский корпус.", "отдали", "EDUCATION", None),
    ("Поэта Зубова исключили из университета.", "исключили", "EDUCATION", ("patient", "Зубова")),
    # held, released, exiled
    ("Ночью Фёдора Лаптева взяли под караул.", "взяли", "ARREST", ("patient", "Фёдора Лаптева")),
    ("Студента Ковалёва засадили в тюрьму за листовки.", "засадили", "ARREST", ("patient", "Ковалёва")),
    ("Её брат Михаил попал в плен под Ригой.", "попал", "ARREST", ("patient", "Михаил")),
    ("Через месяц его выпустили на волю.", "выпустили", "RELEASE", ("patient", "его")),
    ("Григория Седова отправили на каторгу.", "отправили", "EXILE", ("patient", "Григория Седова")),
    # called up, leaving service, sent as a soldier
    ("В 1911 году Фёдора Лаптева призвали в армию.", "призвали", "EMPLOYMENT", ("patient", "Фёдора Лаптева")),
    ("Его отец ушёл в отставку в чине майора.", "ушёл", "EMPLOYMENT", None),
    ("Сына мельника отдали в солдаты.", "отдали", "EMPLOYMENT", None),
    ("Его определили в полк юнкером.", "определили", "EMPLOYMENT", ("patient", "Его")),
    # marrying a daughter off
    ("Старшую дочь купец Сомов выдал замуж за вдовца.", "выдал", "MARRIAGE", ("agent", "Сомов")),
])
def test_fixed_phrases_of_the_classes(nlp, text, trigger, type, arg):
    found_type, _, found, _, _ = only(nlp, text, trigger)
    assert found_type == type, events(nlp, text)
    assert arg is None or arg in found, found


@pytest.mark.parametrize("text, trigger", [
    # the same verbs in their other senses: the frame's noun is missing
    ("Хозяин сдал комнату студенту.", "сдал"),
    ("Мяч попал в окно соседа.", "попал"),
    ("Сестра отдала книгу в библиотеку.", "отдала"),
    ("Мать выдала сыну денег на дорогу.", "выдала"),
])
def test_other_senses_of_the_frame_verbs_are_no_event(nlp, text, trigger):
    assert trigger not in triggers(nlp, text), events(nlp, text)


def test_a_person_led_across_is_moved_a_text_translated(nlp):
    type, _, args, _, _ = only(nlp, "Николая Бурова перевели в Киев весной.", "перевели")
    assert type == "MOVEMENT" and ("destination", "Киев") in args, args
    assert triggers(nlp, "Николай Буров перевёл поэму с немецкого.")["перевёл"] == "CREATION"


def test_old_gerunds_are_read_as_forms_of_their_verb():
    # the gerund in -шед(ши) of -йти verbs and in -ед(ши) of -сти, -сть verbs
    assert [old_gerund(word) for word in ("пришед", "вошедши", "сошед", "приведши", "прочед")] == [
        "прийти", "войти", "сойти", "привести", "прочесть"]
    # a word that only ends so, or whose infinitive the dictionary lacks, is left alone
    assert old_gerund("швед") is None and old_gerund("шед") is None


def test_an_old_gerund_is_a_trigger_with_its_doer(nlp):
    type, _, args, _, _ = only(nlp, "Старый доктор Вальтер долго стоял у окна, вошед в гостиную.", "вошед")
    assert type == "MOVEMENT" and ("agent", "Вальтер") in args, args


@pytest.mark.parametrize("text, trigger, type, arg", [
    ("Простясь с сестрой, Алексей Гуров уехал в Пермь.", "Простясь", "MEETING", ("participant", "Алексей Гуров")),
    ("Приехавши в Орёл, Семён Лаптев остановился у знакомого.", "Приехавши", "MOVEMENT", ("agent", "Семён Лаптев")),
    ("Возвратясь из Москвы, Пётр Орлов заболел.", "Возвратясь", "MOVEMENT", ("agent", "Пётр Орлов")),
    # a passive participle: the one it is said of undergoes it
    ("Сосланный на поселение, Игнат Зубов писал жене каждую неделю.", "Сосланный", "EXILE", ("patient", "Игнат Зубов")),
])
def test_a_gerund_or_participle_the_tagger_took_for_a_name(nlp, text, trigger, type, arg):
    found_type, _, args, _, _ = only(nlp, text, trigger)
    assert found_type == type and arg in args, args
    # the verb after it keeps its own subject
    assert any(arg[1] in {name for _, name in found} for _, word, found, _, _ in events(nlp, text) if word != trigger)


def test_the_form_taken_for_a_name_is_worked_out_once_per_doc(nlp):
    # `form_taken_for_name` is asked of a word several times (its subject, its controller, its
    # own form): the answer is kept in the Doc's table (`morphosyntax/memo.py`) and read back
    from letopis.events.extractor import form_taken_for_name
    from letopis.morphosyntax.memo import doc_table
    # (a gerund the tagger takes for a name is a verb since `morphosyntax/repairs.py`, `gerund`;
    # a full participle still is taken for one)
    doc = nlp("Сосланный на каторгу, Матвей Гуров бежал.")
    table = doc_table(doc, "form_taken_for_name")
    assert table.get(0) == "Pass"  # filled while the events stage read the Doc
    table[0] = "marked"  # what is kept is what is answered: no second reading of the word
    assert form_taken_for_name(doc[0]) == "marked"


@pytest.mark.parametrize("text, trigger, type", [
    # light verbs whose object shows the event
    ("Осенью Павел Крылов прослушал курс римского права.", "прослушал", "EDUCATION"),
    ("Летом Вера брала уроки музыки у соседки.", "брала", "EDUCATION"),
    ("Зимой Григорий давал уроки детям купца.", "давал", "EMPLOYMENT"),
    ("В 1890 году Павел Крылов получил диплом врача.", "получил", "EDUCATION"),
    ("Наконец Григорий получил место учителя в Орле.", "получил", "EMPLOYMENT"),
    ("Анна Громова посещала гимназию при монастыре.", "посещала", "EDUCATION"),
    # working as, being in service
    ("Там он учительствовал до самой смерти.", "учительствовал", "EMPLOYMENT"),
    ("Отец состоял на службе в казённой палате.", "состоял", "EMPLOYMENT"),
    # getting out, staying a counted time, the priest marrying a couple
    ("Ночью Семён Лаптев выбрался из города.", "выбрался", "MOVEMENT"),
    ("Весной дядя Миша остался в Риге до самой Пасхи.", "остался", "MOVEMENT"),
    ("Их обвенчал сельский священник.", "обвенчал", "MARRIAGE"),
    # deverbal nouns with their frame
    ("После ухода в отставку отец поселился в деревне.", "ухода", "EMPLOYMENT"),
    ("После выхода из тюрьмы Игнат Зубов уехал в Пермь.", "выхода", "RELEASE"),
    # leaving life is dying
    ("Зимой 1903 года ушёл из жизни наш старый учитель.", "ушёл", "DEATH"),
    ("Уход из жизни матери потряс Андрея Седова.", "Уход", "DEATH"),
])
def test_light_verbs_and_deverbal_nouns_with_their_frame(nlp, text, trigger, type):
    assert triggers(nlp, text).get(trigger) == type, events(nlp, text)


def test_the_frame_noun_of_a_phrase_is_no_second_event(nlp):
    # GUIDELINES 9.9: `в отставку` is told once, by the verb or noun it completes
    assert [trigger for _, trigger, *_ in events(nlp, "В 1880 году отец вышел в отставку.")] == ["вышел"]
    found = triggers(nlp, "После ухода в отставку отец поселился в деревне.")
    assert "отставку" not in found and found["ухода"] == "EMPLOYMENT", found
    # nor is a noun of the phrase that only the tagger marks
    assert "плен" not in triggers(nlp, "Её брат Михаил попал в плен под Ригой.")
    # a noun of another type than the phrase stays an event of its own
    assert triggers(nlp, "Брат написал письмо об аресте отца.").get("аресте") == "ARREST"


@pytest.mark.parametrize("text, trigger", [
    ("Сосед Ильин получил письмо от сына.", "получил"),
    ("Уход за больным отнимал всё время.", "Уход"),
])
def test_light_verbs_and_nouns_without_their_frame_are_no_event(nlp, text, trigger):
    assert trigger not in triggers(nlp, text), events(nlp, text)


@pytest.fixture(scope="module")
def news():
    return letopis.load(config={"letopis_events": {"convention": "nerel"}})


def test_the_nerel_convention_keeps_the_frame_noun(news):
    # NEREL's news annotation marks the noun of `подал в отставку`: it is kept there
    assert "отставку" in triggers(news, "Вчера министр Орлов подал в отставку.")


def test_the_nerel_convention_counts_no_stay_by_its_length(nlp, news):
    text = "Осенью Клавдия Рябова прогостила у сестры две недели."
    assert triggers(nlp, text).get("прогостила") == "MOVEMENT"
    assert "прогостила" not in triggers(news, text)
