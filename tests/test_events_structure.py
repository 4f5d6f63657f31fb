"""Events the lexicon knows but the structure of the sentence lost (issue 12): the subject of a
relative clause opened by `где`, the expletive `не` of `пока не`, an object shared by coordinated
transitive verbs, an oblique the parser hung on the first of two coordinated verbs, a clause's
own time, people and groups against animals and things as the subject of a verb of motion, and
the figurative uses of verbs of motion (`idiom` slot)."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from letopis.morphosyntax.clauses import object_control
from letopis.events import rules
from letopis.events.extractor import (agrees, carried, coordinated, filled, later_conjunct, shared_object,
                                      readings, reported_subject, verb_taken_for_noun)
from letopis.morphosyntax.lemma import lemmatize
from test_events import events, only
from test_events_classes import triggers


def arguments(nlp, text: str, trigger: str) -> set[tuple[str, str]]:
    return only(nlp, text, trigger)[2]


# the unwritten subject of a relative clause opened by `где`, `куда`, `откуда`

def test_a_clause_opened_by_gde_takes_the_subject_of_the_main_verb(nlp):
    text = "Братья Соколовы переехали в Ригу, где были арестованы и высланы в Пермь."
    assert ("patient", "Соколовы") in arguments(nlp, text, "арестованы")
    type, _, args, _, _ = only(nlp, text, "высланы")
    assert type == "EXILE" and ("patient", "Соколовы") in args and ("destination", "Пермь") in args


def test_a_person_sent_from_a_relative_clause_is_moved_not_a_message(nlp):
    text = "Братья Соколовы вернулись в Ригу, где были задержаны и отправлены в Пермь."
    type, _, args, _, _ = only(nlp, text, "отправлены")
    assert type == "MOVEMENT" and ("patient", "Соколовы") in args
    # a letter sent stays a message
    assert triggers(nlp, "Соколов отправил письмо в Пермь.").get("отправил") == "COMMUNICATION"


def test_a_relative_clause_with_a_subject_of_its_own_keeps_it(nlp):
    # the one arrested is the sister, written after the verb; the man who came is none
    found = events(nlp, "Андрей Соколов приехал в Ригу, где вскоре была арестована его младшая сестра.")
    arrest = [args for _, trigger, args, _, _ in found if trigger == "арестована"]
    assert arrest and ("patient", "Андрей Соколов") not in arrest[0], found
    # another number: the plural verb does not take a singular subject
    found = events(nlp, "Андрей Соколов приехал в Ригу, где были арестованы рабочие завода.")
    arrest = [args for _, trigger, args, _, _ in found if trigger == "арестованы"]
    assert arrest and ("patient", "Андрей Соколов") not in arrest[0], found


# `пока не` + a perfective: the negation denies nothing (expletive negation)

def test_poka_ne_with_a_perfective_tells_what_happened(nlp):
    type, _, args, polarity, modality = only(nlp, "Соколов служил в Риге, пока не был арестован.", "арестован")
    assert (type, polarity, modality) == ("ARREST", "positive", "asserted")
    assert ("patient", "Соколов") in args
    _, _, _, polarity, _ = only(nlp, "Мы ждали на пристани, пока не приехал Андрей Белов.", "приехал")
    assert polarity == "positive"


def test_a_plain_negation_and_an_imperfective_after_poka_stay_negative(nlp):
    _, _, _, polarity, _ = only(nlp, "Андрей Белов так и не вернулся в Ригу.", "вернулся")
    assert polarity == "negative"
    # `пока не уезжал`: while he was not leaving, an imperfective keeps its negation
    _, _, _, polarity, _ = only(nlp, "Пока Белов не уезжал из Риги, мы виделись каждый день.", "уезжал")
    assert polarity == "negative"


# an object shared by coordinated verbs (`shared_object`, the one place of that rule)

def test_coordinated_transitive_verbs_share_the_object(nlp):
    text = "Полиция оцепила квартал утром, задержала Андрея Белова, отвезла в Пермь и судила."
    assert ("patient", "Андрея Белова") in arguments(nlp, text, "отвезла")
    type, _, args, _, _ = only(nlp, text, "судила")
    assert type == "TRIAL" and ("patient", "Андрея Белова") in args


def test_an_intransitive_or_a_verb_with_a_dative_shares_no_object(nlp):
    doc = nlp("Соколов встретил Белова на вокзале и пошёл домой.")
    assert shared_object(next(t for t in doc if t.text == "пошёл")) is None
    assert ("patient", "Белова") not in arguments(nlp, "Соколов встретил Белова на вокзале и пошёл домой.", "пошёл")
    # `писал` is transitive and intransitive: it takes no object from the verb before
    doc = nlp("Соколов любил Анну Белову и часто писал ей.")
    assert shared_object(next(t for t in doc if t.text == "писал")) is None


@pytest.mark.parametrize("text, verb, thing", [
    ("В 2011 году Ольга Белова окончила МГУ и переехала в Казань.", "переехала", "МГУ"),
    ("Осенью Соколов покинул Тверь и переехал в Москву.", "переехал", "Тверь"),
])
def test_a_place_or_an_organisation_is_no_shared_object(nlp, text, verb, thing):
    assert thing not in [span for _, span in arguments(nlp, text, verb)]
    assert shared_object(next(t for t in nlp(text) if t.text == verb)) is None


def test_a_shared_person_object_fills_the_person_slot(nlp):
    doc = nlp("Беглеца поймали у переправы и отвели в участок.")
    taken = next(t for t in doc if t.text == "отвели")
    assert shared_object(taken) is not None and {"anim", "person"} <= filled(taken)


# an oblique after the second of two coordinated verbs is the second verb's

def test_an_oblique_past_the_second_verb_belongs_to_it(nlp):
    # the parser hangs `с Анной Соколовой` on `уехал`; it stands past `вернулся`
    text = "Белов уехал из Москвы в марте и в мае вернулся с Анной Соколовой и её дочерью."
    doc = nlp(text)
    went, companion = next(t for t in doc if t.text == "уехал"), next(t for t in doc if t.text == "Анной")
    assert companion.head.i == went.i and later_conjunct(went, companion).text == "вернулся"
    assert ("participant", "Анной Соколовой") not in arguments(nlp, text, "уехал")
    assert ("participant", "Анной Соколовой") in arguments(nlp, text, "вернулся")
    # before the second verb an oblique stays the first verb's
    assert ("origin", "Москвы") in arguments(nlp, text, "уехал")


# a time of the clause's own

def test_a_coordinated_verb_with_its_own_time_does_not_take_the_first_ones(nlp):
    text = "Весной 1906 года Соколов уехал в Пермь и летом 1907 года вернулся домой."
    assert ("time", "Весной 1906 года") in arguments(nlp, text, "уехал")
    args = arguments(nlp, text, "вернулся")
    assert ("time", "летом 1907 года") in args and ("time", "Весной 1906 года") not in args
    # without a time of its own it shares the fronted one (GUIDELINES 5.3.4)
    assert ("time", "Весной 1906 года") in arguments(nlp, "Весной 1906 года Соколов уехал в Пермь и поступил на завод.", "поступил")


def test_a_date_of_a_clause_with_a_copula_is_not_the_verb_befores(nlp):
    # the parser's tree of `Через неделю вернулся, а десятого мая уже был в пути.`: the clause
    # `был в пути` (a noun with a copula) and its date hang on `вернулся` as conjuncts
    words = ["Через", "неделю", "вернулся", ",", "а", "десятого", "мая", "уже", "был", "в", "пути", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[True, False, False, True, True, True, True, True, True, True, False, False],
              pos=["ADP", "NOUN", "VERB", "PUNCT", "CCONJ", "ADJ", "NOUN", "ADV", "AUX", "ADP", "NOUN", "PUNCT"],
              deps=["case", "obl", "ROOT", "punct", "cc", "conj", "flat", "advmod", "cop", "case", "conj", "punct"],
              heads=[1, 2, 2, 10, 10, 10, 5, 10, 10, 10, 2, 2])
    date = doc[5:7]
    mentions = {5: (date, "DATE")}
    assert list(carried(doc[10], mentions)) == []  # the clause stands for itself, no mention
    # a noun without a copula still carries its conjuncts (`Ивана и Петра`)
    doc[8].dep_ = "aux"
    assert list(carried(doc[10], mentions)) == [5]


# people and groups, not animals and things, go somewhere (GUIDELINES 8.6)

@pytest.mark.parametrize("text, trigger", [
    ("Полк пришёл в Пермь к осени.", "пришёл"),
    ("Толпа двинулась к площади.", "двинулась"),
    ("Отряд казаков переправился через реку.", "переправился"),
])
def test_people_or_a_group_going_somewhere_is_movement(nlp, text, trigger):
    assert triggers(nlp, text).get(trigger) == "MOVEMENT", events(nlp, text)


@pytest.mark.parametrize("text, trigger", [
    ("Собака прибежала к дому лесника.", "прибежала"),
    ("Конь вернулся в конюшню без седока.", "вернулся"),
    ("Волки ушли далеко в лес.", "ушли"),
    ("Лесник привёл коня во двор.", "привёл"),  # an animal led is no person taken somewhere
])
def test_an_animal_going_somewhere_is_no_event(nlp, text, trigger):
    assert trigger not in triggers(nlp, text), events(nlp, text)


def test_a_person_led_is_taken_somewhere(nlp):
    assert triggers(nlp, "Лесник привёл сына во двор.").get("привёл") == "MOVEMENT"
    # a surname that is no animal noun stays a person
    assert triggers(nlp, "Андрей Волков вернулся в Пермь.").get("вернулся") == "MOVEMENT"


def test_an_animal_noun_as_a_name_inside_the_sentence_is_a_person(nlp):
    # `Лев` the man's name (PROPN) is a person; `лев` the animal (NOUN) is none
    assert triggers(nlp, "Вечером Лев вернулся домой.").get("вернулся") == "MOVEMENT"
    assert "вернулся" not in triggers(nlp, "Вечером лев вернулся в клетку.")


@pytest.mark.parametrize("text, trigger, lemma", [
    ("Годы ушли незаметно.", "ушли", "уйти"),
    ("Весна пришла в город поздно.", "пришла", "прийти"),  # the first word taken for a name
    ("Письмо пришло из Перми.", "пришло", "прийти"),
])
def test_a_thing_as_the_subject_of_a_verb_of_motion_is_no_event(nlp, text, trigger, lemma):
    # the verb has a MOVEMENT row: the thing subject, not a missing row, blocks it
    assert any(entry.type == "MOVEMENT" and entry.requires is None for entry in rules.lexicon()[(lemma, "VERB")])
    assert trigger not in triggers(nlp, text), events(nlp, text)


# figurative uses of verbs of motion: the named slot `idiom`

def test_an_idiom_fills_the_idiom_slot_that_every_verb_of_motion_excludes(nlp):
    assert "к+Dat=вывод" in rules.idioms()
    listed = rules.lexicon()[("прийти", "VERB")]
    generated = rules.motion()["прибежать"]
    assert all("idiom" in entry.excludes.split(",") for entry in listed if entry.type == "MOVEMENT")
    assert generated.excludes == "idiom"
    doc = nlp("После долгого спора Соколов пришёл к выводу, что надо уезжать.")
    came = next(t for t in doc if t.text == "пришёл")
    assert "idiom" in filled(came) and "пришёл" not in triggers(nlp, doc.text)
    # the same verb with a person to go to is an event: a visit, MEETING (GUIDELINES 4.2, visits.tsv)
    assert triggers(nlp, "Вечером Соколов пришёл к брату.").get("пришёл") == "MEETING"


# a second root the parser hangs on the first verb is a coordinated verb (`coordinated`)

def test_a_second_root_shares_the_object_of_the_first_verb(nlp):
    text = "Вызвали Андрея Белова, отправили в командировку на месяц."
    doc = nlp(text)
    took = next(t for t in doc if t.text == "отправили")
    assert took.dep_ == "root" and took.head.text == "Вызвали" and coordinated(took)
    type, _, args, _, _ = only(nlp, text, "отправили")
    assert type == "MOVEMENT" and ("patient", "Андрея Белова") in args


def test_a_passive_coordinated_with_a_passive_shares_its_person(nlp):
    text = "Он уснул в электричке, но на конечной станции был разбужен и отправлен домой."
    type, _, args, _, _ = only(nlp, text, "отправлен")
    assert type == "MOVEMENT" and ("patient", "Он") in args


# a part of people is people, a part of animals or things is not (`partitive`)

def test_one_of_the_brothers_goes_somewhere(nlp):
    assert triggers(nlp, "Один из его братьев приехал в Пермь.").get("приехал") == "MOVEMENT"
    assert triggers(nlp, "Многие из соседей уехали на лето.").get("уехали") == "MOVEMENT"


@pytest.mark.parametrize("text, trigger", [
    ("Две из наших кошек вернулись под утро.", "вернулись"),
    ("Их автобус подъехал к школе.", "подъехал"),  # an owner before the noun makes it no person
])
def test_a_part_of_animals_or_a_thing_owned_goes_nowhere(nlp, text, trigger):
    assert trigger not in triggers(nlp, text), events(nlp, text)


def test_two_people_are_no_subject_of_a_singular_verb(nlp):
    # the parser makes `бухгалтер` the subject of `уехали` and hangs `рассказал` on it
    text = "Белов и Соколов уехали в отпуск, и бухгалтер, получив письмо из банка, рассказал директору о проверке."
    doc = nlp(text)
    told = next(t for t in doc if t.text == "рассказал")
    first = next(t for t in doc if t.text == "Белов")
    assert not agrees(told, first)
    args = arguments(nlp, text, "рассказал")
    assert not {("agent", "Белов"), ("agent", "Соколов"), ("participant", "Белов")} & args, args
    # the two went together
    assert {("agent", "Белов"), ("agent", "Соколов")} <= arguments(nlp, "Белов и Соколов поехали в Пермь.", "поехали")


# a verb the tagger took for a noun; the doer of an infinitive after a verb of inducing

def test_a_verb_the_tagger_took_for_a_noun_is_read_as_the_verb(nlp):
    # a parse by hand with `отвёз` tagged NOUN; the lemmatiser still reads it as `отвезти`
    took, _ = lemmatize("отвёз", "NOUN", ())
    trip, _ = lemmatize("поездка", "NOUN", ())
    doc = Doc(nlp.vocab, words=["Иван", "отвёз", "сына", ",", "поездка", "утомила", "его"],
              lemmas=["Иван", took, "сын", ",", trip, "утомить", "он"],
              pos=["PROPN", "NOUN", "NOUN", "PUNCT", "NOUN", "VERB", "PRON"],
              deps=["nsubj", "ROOT", "nmod", "punct", "nsubj", "parataxis", "obj"],
              heads=[1, 1, 1, 5, 5, 1, 5], sent_starts=[True] + [False] * 6)
    assert verb_taken_for_noun(doc[1])
    assert any(entry.type == "MOVEMENT" for entry in readings(doc[1]))
    # a real noun (pymorphy3 has a noun parse of it) and a verb tagged VERB are not
    assert not verb_taken_for_noun(doc[4]) and not verb_taken_for_noun(doc[5])
    # the whole pipeline on a sentence of the same verb
    text = "Иван Белов отвёз Петра Соколова в Пермь."
    type, _, args, _, _ = only(nlp, text, "отвёз")
    assert type == "MOVEMENT" and ("patient", "Петра Соколова") in args and ("agent", "Иван Белов") in args
    # a real noun stays a noun
    assert triggers(nlp, "Отъезд Белова задержался.").get("Отъезд") == "MOVEMENT"


def test_a_participle_that_is_also_a_first_name_is_read_as_the_participle_in_lowercase(nlp):
    # `сослан` is also the first name Сослан: written in lowercase it is the participle
    assert lemmatize("сослан", "NOUN", (("Case", "Nom"), ("Gender", "Masc"), ("Number", "Sing")))[0] == "сослать"
    assert lemmatize("Сослан", "PROPN", (("Case", "Nom"), ("Gender", "Masc"), ("Number", "Sing")))[0] == "сослан"
    type, _, args, _, _ = only(nlp, "Весной 1879 года Андрей Лыков был сослан в Пинегу.", "сослан")
    assert type == "EXILE" and ("patient", "Андрей Лыков") in args and ("destination", "Пинегу") in args
    type, _, args, _, _ = only(nlp, "Зимой тётка была сослана в Тобольскую губернию.", "сослана")
    assert type == "EXILE" and ("time", "Зимой") in args
    # a word that is a common noun as well keeps its noun reading
    assert lemmatize("роза", "NOUN", (("Case", "Nom"), ("Gender", "Fem"), ("Number", "Sing")))[0] == "роза"


def test_the_object_of_a_verb_of_inducing_does_what_it_is_told(nlp):
    assert "велеть" in object_control()
    args = arguments(nlp, "Белов велел Петрову ехать в Пермь.", "ехать")
    assert ("agent", "Петрову") in args and ("agent", "Белов") not in args
    args = arguments(nlp, "Белов уговорил Петрова остаться в Перми.", "остаться")
    assert ("agent", "Петрова") in args and ("agent", "Белов") not in args
    # a verb of deciding: the subject goes
    assert ("agent", "Белов") in arguments(nlp, "Белов решил ехать в Пермь.", "ехать")


# a chain of passives and a relative clause inside a clause of what was said

def test_a_chain_of_passives_after_poka_ne_takes_the_main_subject(nlp):
    text = "Он ночевал на вокзалах, пока не был задержан полицией и отправлен к родителям."
    type, _, args, polarity, _ = only(nlp, text, "задержан")
    assert (type, polarity) == ("ARREST", "positive") and ("patient", "Он") in args
    type, _, args, _, _ = only(nlp, text, "отправлен")
    assert type == "MOVEMENT" and ("patient", "Он") in args


def test_the_sayer_is_the_unwritten_subject_of_what_he_said(nlp):
    text = "Он признался, что в молодости учился в Омске, где был задержан и отправлен в Томск."
    doc = nlp(text)
    studied = next(t for t in doc if t.text == "учился")
    assert reported_subject(studied).text == "Он"
    assert ("patient", "Он") in arguments(nlp, text, "задержан")
    type, _, args, _, _ = only(nlp, text, "отправлен")
    assert type == "MOVEMENT" and ("patient", "Он") in args and ("destination", "Томск") in args
    # another person's subject is written: she is no subject of his verb
    doc = nlp("Он сказал, что сестра жила в Перми.")
    assert reported_subject(next(t for t in doc if t.text == "жила")) is None


# a verb with a subject of its own takes no other verb's subject along a learned path

@pytest.mark.parametrize("text, trigger, stranger", [
    ("Иван остался дома, а его брат уехал в Тулу.", "уехал", "Иван"),
    ("Белов и Соколов остались на даче, а их сосед вечером позвонил нам и рассказал о пожаре.",
     "рассказал", "Белов"),
])
def test_a_verb_with_its_own_subject_takes_no_other_subject(nlp, text, trigger, stranger):
    doc = nlp(text)
    event = next(e for e in doc._.events if text[e["trigger"][0]:e["trigger"][1]] == trigger)
    assert all(text[arg.start:arg.end] != stranger for arg in event["args"])


def test_coordinated_verbs_still_share_their_subject(nlp):
    text = "Пётр Волков приехал в Киев, встретился с сестрой и уехал в Тверь."
    doc = nlp(text)
    last = next(e for e in doc._.events if text[e["trigger"][0]:e["trigger"][1]] == "уехал")
    assert "Пётр Волков" in {text[arg.start:arg.end] for arg in last["args"]}


# a participant named by apposition after a possessive, a place on a person's common noun

def test_a_name_apposed_after_a_possessive_is_the_subject(nlp):
    # the parser hangs the name on `мой`, not on `Отец`
    args = arguments(nlp, "Отец мой, Степан Ильич Воронов, служил управляющим в имении.", "служил")
    assert ("agent", "Степан Ильич Воронов") in args


def test_a_place_on_the_person_one_goes_to_is_the_destination(nlp):
    args = arguments(nlp, "Он уехал к дяде в Саратов.", "уехал")
    assert ("destination", "Саратов") in args and ("place", "Саратов") not in args
