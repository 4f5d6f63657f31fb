"""Events: typed triggers from the lexicon, arguments found through the dependency tree.

A trigger is a verb (any form) or a noun whose lemma the lexicon lists. Its arguments are the
entity, date and pronoun mentions that hang on it in the tree, directly or through the links
Russian syntax uses to share them: the subject that controls a gerund or an infinitive, the noun
a participle modifies, the first of coordinated verbs, the support verb of an event noun
(`состоялась встреча`), a common noun carrying a name in apposition (`в журнале «Нива»`).
The role comes from the slot (subject, object, preposition + case) and the event type, as
`models/events/roles.tsv` says. Beyond those slots, the tree paths along which NEREL train
links mentions to events (`event_paths.py`) add participants, places and times. Negation and
modality are marked, never dropped. An event whose clause names no time takes the date in force
(`dates/narrative.py`) as its `time`, marked inferred.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Iterable, Iterator, Sequence

from spacy.attrs import POS as POS_ID
from spacy.language import Language
from spacy.parts_of_speech import IDS
from spacy.tokens import Doc, Span, Token

from letopis.coref.mentions import finite_of, written_after, written_before
from letopis.dates.narrative import aside, in_force, in_speech
from letopis.export.records import doc_text
from letopis.events import paths as event_paths
from letopis.events import rules as event_rules
from letopis.events.rules import Entry
from letopis.extensions import DATES, ENTITIES, TAGGER
from letopis.morphosyntax.animacy import animal, animal_nouns, animate
from letopis.morphosyntax.clauses import CONTENT, RELATIVE, clause_openers, object_control
from letopis.morphosyntax.lemma import analyzer, common_readings, old_gerund, parses
from letopis.morphosyntax.memo import doc_table
from letopis.morphosyntax.sentences import bounds, opens_sentence, sentence_end
from letopis.labels import (AGENT, PARTICIPANT, RECIPIENT, ASSERTED, DATE, EVENT, FACILITY, LOC, NAMES, ORG, PER, PLACE, POSITIVE, TIME,
                            WORK_OF_ART, ZERO, Argument)
from letopis.ud import ADJ, ADP, ADV, AUX, CCONJ, CASE, GENDER, NOUN, NUM, NUMBER, PERSON, PRON, PROPN, DET, VERB, VERBFORM, VOICE, TENSE, ASPECT
from letopis.words import features, lemma

SUBJECTS = {"nsubj", "nsubj:pass"}
THINGS = {WORK_OF_ART, FACILITY}  # names of no one: they neither act nor are carried off (not EVENT: the tagger's event mentions take in their people, `погибло 11 человек`)
NOMINAL = {"obl", "nmod", "obl:agent", "iobj", "nmod:poss", "det"}
APPOSITION = {"appos", "flat", "flat:name", "flat:foreign", "nmod"}
CONTROL = {"xcomp", "advcl", "csubj"}  # a non-finite trigger takes its subject from here
GOVERNING = {"xcomp", "csubj", "advcl", "acl", "nmod", "obl", "ccomp"}
DURATION = "P"  # TIMEX3 durations begin with it
SETTING = "setting"  # a dependent that can only give a place or a time
FINITE = "Fin"
MESSAGE = event_rules.COMMUNICATION  # the type of a noun that is a message (`письмо`)
QUESTIONED = {"ccomp", "advmod", "advcl", "parataxis"}  # how the parser hangs an indirect question on its verb
QUESTION = "ли"  # the particle of an indirect question (`спросил, приедет ли он`): a content clause
NEGATIVE = "negative"  # a polarity; also a `head` cue of cues.tsv: a refusal (`отказался ехать`)
DEATH_TYPE = event_rules.DEATH  # a person dies or is killed, by a person or a thing (`human_subject`)
DASHES = {"-", "--", "—", "–"}
QUOTES = {"«", "\"", "„", "“"}
LINE_ENDS = {",", "!", "?", "...", "…", "!..", "?..", "»", "\"", "”"}
GOING_TO = {"в+Acc", "во+Acc", "на+Acc"}  # where an infinitive of purpose sends its verb of motion
MOVEMENT = event_rules.MOVEMENT
MEETING = event_rules.MEETING  # a visit to a person (`visit`)
INFINITIVE = "inf"  # a slot: an infinitive complement (`согласился поехать`, `filled`)
THING_SUBJECT = "subj_thing"  # a slot: a subject written that is no person (`у нас бывали балы`, `filled`)
NOBODY = "nobody"  # a slot: an active verb with no person written as its subject (`filled`)
ONLY = "только"  # `не только ..., но и`: no negation (`not_only`)
UNTIL = "до"  # the limit a thing comes to: `не дошло до драки` denies the fight (`told_of`)
BE = "быть"  # the verb of being: its negated subject is denied (`ареста не было`, `denied_being`)
BIRTH = "BIRTH"  # its own day is in force for no other event: a life goes on from it
DAY_OR_MONTH = re.compile(r"^\d{4}-\d{2}")  # a date of a month or a day (`1956-03`, `1956-03-23`)
PEOPLE_OF = {"их", "его", "ее", "её"}  # `половина их`: the people a part or group is of
NAME_PARTS = {"appos", "flat", "flat:name"}
OWNER = {"nmod", "nmod:poss", "det", "iobj"}  # whose act an event noun is: `его письмо`, `письмо Блоку`
POSSESSORS = PEOPLE_OF | {"мой", "твой", "наш", "ваш"}
TEMPORAL = {"после", "до", "перед", "накануне"}  # prepositions that date by an occurrence

# which occurrences are events: a biography's (default) or NEREL's news annotation's
BIOGRAPHY, NEREL = CONVENTIONS = ("biography", "nerel")

Mentions = dict[int, tuple[Span, str]]  # root token index → (span, kind)


def passive(token: Token) -> bool:
    return features(token, VOICE) == ["Pass"]


def verb_form(token: Token) -> str | None:
    forms = features(token, VERBFORM)
    return forms[0] if forms else None


def preposition(token: Token) -> str | None:
    for child in token.children:
        if child.dep_ == "case":
            return lemma(child)
    return None


def slot(token: Token, trigger_passive: bool = False) -> str | None:
    """Which grammatical slot a dependent fills: subj, obj, dat, gen, agent or PREP+Case."""
    dep = token.dep_
    if dep == "nsubj":
        return "obj" if trigger_passive else "subj"
    if dep in ("nsubj:pass", "obj"):
        return "obj"
    if dep not in NOMINAL:
        return None
    cases = features(token, CASE)
    case = cases[0] if cases else None
    prep = preposition(token)
    if prep:
        return f"{prep}+{case}"
    if dep == "obl:agent" or (trigger_passive and case == "Ins"):
        return "agent"
    if dep == "iobj" or case == "Dat":
        return "dat"
    if case == "Gen" or dep in ("nmod:poss", "det") or token.pos_ == DET:
        return "gen"
    return None


def mention_index(doc: Doc) -> Mentions:
    """Entity, date and third-person pronoun mentions by the index of their root token.

    A duration (`три года`, TIMEX3 `P3Y`) says how long, not when: it is no time argument."""
    mentions: Mentions = {}
    pronominal = {IDS[PRON], IDS[DET]}
    for i in (i for i, pos in enumerate(doc.to_array(POS_ID).tolist() if len(doc) else []) if pos in pronominal):
        token = doc[i]
        use = event_rules.pronouns().get(lemma(token))
        if use and (use != "nominal" or token.dep_ != "det"):
            mentions[token.i] = (doc[token.i:token.i + 1], PRON)
    for date in doc.spans.get(DATES, []):
        if not (date._.value or "").startswith(DURATION):
            mentions[date.root.i] = (date, DATE)
    for ent in sorted(doc.spans.get(ENTITIES, doc.ents), key=len, reverse=True):
        mentions[ent.root.i] = (ent, ent.label_)  # a nested name wins over its outer name's root
    return mentions


class Trigger:
    """One trigger token with the reading the lexicon gives it."""

    def __init__(self, token: Token, entry: Entry):
        self.token, self.entry = token, entry
        # a passive participle the tagger took for a noun (`брат был сослан`) is passive too
        self.passive = passive(token) or (token.pos_ == NOUN and verb_taken_for_noun(token)
                                          and only_form(token.lower_, lemma(token)) == PASSIVE_PARTICIPLE)


READ = {VERB, ADJ, NOUN, PROPN}  # the parts of speech `readings` reads (PROPN: a verb taken for a name);
# `triggers` skips the other words at once: keep the two in step


def readings(token: Token) -> tuple[Entry, ...]:
    """The lexicon's readings; a reference book's abbreviation (`abbreviated`); else OTHER when the
    NEREL-trained table lists the lemma."""
    found = abbreviated(token)
    if found:
        return found
    taken = verb_taken_for_name(token) or verb_taken_for_noun(token)
    pos = VERB if token.pos_ in (VERB, ADJ) or taken else NOUN if token.pos_ == NOUN else None
    if pos is None:
        return ()
    found = event_rules.lexicon().get((lemma(token), pos))
    if found:
        return found
    return (Entry(event_rules.OTHER),) if token.pos_ != ADJ and lemma(token) in event_rules.learned() else ()


def abbreviated(token: Token) -> tuple[Entry, ...]:
    """`Род. 3 мая 1841 в Туле`, `(род. 1898, Ковров – ум. 1937, Москва)`: an abbreviation of
    `models/events/abbreviations.tsv` with its stop, where a reference book writes it (opening its
    sentence, or after a bracket, comma, dash or semicolon) and before a date or a place (a number
    or a preposition next): the event of a life. Not a word ending a sentence (`древний княжеский
    род. В XV веке ...`, `острый ум. 12 мая ...`), nor `род. п.`, `ум человека`."""
    doc = token.doc
    # the table first: asked of every word the trigger loop reads, it rules out nearly all of them
    # before a Token is made for the next word
    if token.lower_ not in event_rules.abbreviations() or token.i + 2 >= len(doc) or doc[token.i + 1].text != ".":
        return ()
    before = next((t for t in reversed(doc[:token.i]) if not t.is_space), None)
    if before is not None and before.text not in ENTRY_OPENERS:
        return ()
    if any(child.dep_ in ("amod", "det") for child in token.children):
        return ()
    after = doc[token.i + 2]
    if not (after.like_num or after.pos_ == ADP):
        return ()
    return (Entry(event_rules.abbreviations()[token.lower_]),)


ENTRY_OPENERS = frozenset({"(", ",", "–", "—", "-", ";", ".", "\n"})


def verb_taken_for_noun(token: Token) -> bool:
    """A verb form the tagger took for a noun (`Иван отвёз Петра`: `отвёз` NOUN): pymorphy3 has no
    noun parse of the word and reads it as a form of its lemma. A word written in lowercase is no
    proper name (`брат был сослан`: not the first name Сослан)."""
    return (token.pos_ == NOUN and lemma(token) in verb_forms(token.lower_)
            and not noun_parse(token.lower_, token.text.islower()))


@lru_cache(maxsize=65536)
def noun_parse(word: str, lowercase: bool = False) -> bool:
    readings = word_parses(word)
    return any(parse.tag.POS == "NOUN" for parse in (common_readings(readings) if lowercase else readings))


@lru_cache(maxsize=65536)  # asked of every noun: a book has tens of thousands of noun forms
def verb_forms(word: str) -> frozenset[str]:
    """The lemmas pymorphy3 gives a word read as a verb form (finite, infinitive, gerund, participle)."""
    found = {parse.normal_form.replace("ё", "е") for parse in word_parses(word)
             if parse.tag.POS in ("VERB", "INFN", "GRND", "PRTF", "PRTS")}
    return frozenset(found | {old_gerund(word)} - {None})


PASSIVE_PARTICIPLE = "Pass"


@lru_cache(maxsize=4096)
def only_form(word: str, lemma_: str) -> str | None:
    """`Conv` when every reading of the word as a form of the lemma is a gerund (`простясь`,
    `приехавши`, the old `пришед`: `models/syntax/old_gerunds.tsv`), `Part` or `Pass` when every
    one is a participle (active, passive: `сосланный`); else None."""
    if old_gerund(word) == lemma_:
        return "Conv"
    tags = [parse.tag for parse in word_parses(word) if parse.normal_form.replace("ё", "е") == lemma_]
    if tags and all(tag.POS == "GRND" for tag in tags):
        return "Conv"
    if tags and all(tag.POS in ("PRTF", "PRTS") for tag in tags):
        return PASSIVE_PARTICIPLE if all("pssv" in tag for tag in tags) else "Part"
    return None


def form_taken_for_name(token: Token) -> str | None:
    """A gerund or participle opening a sentence that the tagger took for a name and the parser
    for the subject or an adverbial of the verb after it (`Простясь с матерью, Иван уехал`,
    `Приехавши в Тверь, пошёл`, `Сосланный на каторгу, Пётр бежал`): its form (`only_form`),
    read as such, its subject that of the verb (`controller`); else None. Asked of a word several
    times (the subject, the controller, the trigger's form), it is worked out once per Doc
    (`morphosyntax/memo.py`: the parse and the entities are fixed when events are read)."""
    if token.pos_ != PROPN or token.head.i == token.i or token.dep_ not in SUBJECTS | {"advcl"}:
        return None
    table = doc_table(token.doc, "form_taken_for_name")
    if token.i not in table:
        table[token.i] = only_form(token.lower_, lemma(token)) if verb_taken_for_name(token) else None
    return table[token.i]


def gerund_taken_for_name(token: Token) -> bool:
    return form_taken_for_name(token) is not None


def word_parses(word: str):
    """`analyzer().parse(word)`, most often from the lemmatizer's cache of the same readings
    (`morphosyntax/lemma.py`, `parses`); a word it keeps none for is parsed here."""
    return parses(word) or analyzer().parse(word)


def verb_taken_for_name(token: Token) -> bool:
    """A capitalised verb the tagger took for a name, most often one that opens a sentence
    (`Воротился Пётр только к ночи`, `Заедете к нам?`): no name span holds it and pymorphy3 reads
    it as a form of its lemma."""
    return (token.pos_ == PROPN and not token.ent_type_ and token.is_title
            and lemma(token) in verb_forms(token.lower_))


def coordinated(token: Token) -> bool:
    """A verb coordinated with an earlier verb it hangs on: a `conj`, or a second root of its
    sentence of the same form with no word opening a clause between (the parser found two roots,
    `morphosyntax/syntax.py` `repair_tree` hangs the later on the first and keeps its relation
    `root`: `Задержали курьера, отвезли в участок` parsed as two sentences). Both share a subject, an object, a fronted adverbial as coordinated verbs do."""
    head = token.head
    if token.pos_ != VERB or head.i >= token.i or head.pos_ not in (VERB, AUX):
        return False
    if token.dep_ == "conj":
        return not closes_a_clause(token)
    # a second root: of the same form, with no word opening a clause between (`приказ, по которому
    # его уволили`, `сказал, что`): else it is a clause of its own
    return (token.dep_ == "root" and verb_form(token) == verb_form(head)
            and not any(boundary(word) for word in token.doc[head.i + 1:token.i]))


def closes_a_clause(verb: Token) -> bool:
    """`Иван, узнав, что Пётр арестован, уехал в Москву`: the parser hangs the verb of the main
    clause, after the comma that closes a clause opened by `что`, `когда`, `если` (a `mark` before
    its verb) under a gerund, on that clause's verb as a conjunct with no conjunction; it is no
    conjunct of it and shares neither its subject nor its object (`уехал` is Иван's). Verbs
    coordinated inside a clause a finite verb governs (`сказал, что приехал, встретил брата`) stay
    conjuncts, and so does a verb that does not agree with the word the gerund hangs on
    (`Анна, узнав, что Сергей поступил в полк, уехал на Кавказ, ...`: `уехал` is Сергей's, within
    the clause; `main_subject`)."""
    head = verb.head
    if (any(child.dep_ == "cc" for child in verb.children)
            or not any(child.dep_ == "mark" and child.i < head.i for child in head.children)
            or not any(word.text == "," for word in verb.doc[head.i + 1:verb.i])):
        return False
    gerund = gerund_above(verb)
    if gerund is None:
        return False
    # with no written subject (`Узнав, что Пётр арестован, уехал в Москву`) the verb is the main
    # clause's, its subject unwritten; with one, only when it agrees with it
    return holder(gerund, verb) is None or main_subject(verb) is not None


def gerund_above(verb: Token) -> Token | None:
    """The gerund whose clause the verb's head is in (`узнав` in `узнав, что Пётр арестован`)."""
    node = verb.head
    while node.head.i != node.i and verb_form(node) != "Conv":
        node = node.head
    return node if verb_form(node) == "Conv" else None


def holder(gerund: Token, verb: Token) -> Token | None:
    """The nominative word before the verb that the gerund hangs on (`Иван, узнав, ...`)."""
    subject = gerund.head
    if subject.i == gerund.i or subject.pos_ not in (NOUN, PROPN, PRON):
        return None
    if features(subject, CASE) not in ([], ["Nom"]) or subject.i > verb.i:
        return None
    return subject


def main_subject(verb: Token) -> Token | None:
    """The subject of a verb that closes a clause (`closes_a_clause`): the nominative word the
    gerund before that clause hangs on (`Иван, узнав, что Пётр арестован, уехал`: Иван), when it
    agrees with the verb in number and, in the singular past, in gender."""
    gerund = gerund_above(verb)
    subject = holder(gerund, verb) if gerund is not None else None
    if subject is None:
        return None
    number, gender = features(verb, NUMBER), features(verb, GENDER)
    if number and features(subject, NUMBER) and number != features(subject, NUMBER):
        return None
    if gender and features(subject, GENDER) and gender != features(subject, GENDER):
        return None
    return subject


@lru_cache(maxsize=8192)
def every_parse(word: str, lemma_: str, grammeme: str) -> bool:
    """Whether every parse pymorphy3 gives the word as a form of the lemma has the grammeme."""
    tags = [parse.tag for parse in analyzer().parse(word) if parse.normal_form.replace("ё", "е") == lemma_]
    return bool(tags) and all(grammeme in tag for tag in tags)


def only_transitive(word: str, lemma_: str) -> bool:
    """Whether every parse pymorphy3 gives the word as a form of the lemma is transitive (`tran`):
    `допросили`, `отвели`, not `писал` (intransitive too: `писал ей`), `пошёл`."""
    return every_parse(word, lemma_, "tran")


def shared_object(token: Token) -> Token | None:
    """The object a verb shares with the earlier verb it is coordinated with (`Беглеца поймали,
    привели в участок и допросили`: `беглеца` is brought and questioned too): the one rule of
    it, which `filled` (the `anim` and `person` slots) and `dependents` (the `obj` slot) both ask.
    The verb must be transitive only (`only_transitive`: `купил хлеб и пошёл домой` shares
    nothing) and have no object of its own, no dative, no clause as its object (`поймал его и
    сказал, что`), no subject of its own (`Иван встретил Анну, и брат проводил её`). A place or an
    organisation the earlier verb acts on is not shared (`окончила МГУ и переехала в Петербург`,
    `покинул Тверь и переехал в Москву`: pymorphy3 calls `переехать` transitive, for running over)."""
    head = token.head
    if not coordinated(token) or head.pos_ != VERB:
        return None
    if any(child.dep_ in ("obj", "iobj", "ccomp", "xcomp") or child.dep_ in SUBJECTS
           or (slot(child) == "dat") for child in token.children):
        return None
    if not only_transitive(token.lower_, lemma(token)):
        return None
    # the nearest verb before it in the coordination (`задержали Белова, отвезли в Пермь и судили`:
    # the parser hangs `судили` on `отвезли`, `отвезли` on the first verb), its own object or shared
    before = sorted((verb for verb in [head, *head.children] if verb.i < token.i and verb.pos_ == VERB
                     and (verb.i == head.i or coordinated(verb))), key=lambda verb: -verb.i)
    for verb in before:
        found = next((child for child in verb.children if child.dep_ == "obj"), None)
        if found is None and verb.i == head.i:
            found = shared_object(verb)
        if found is not None:
            return None if found.ent_type_ in (LOC, ORG) else found
    return None


def raised_object(token: Token) -> Token | None:
    """The object written once after the last of two coordinated verbs, which the earlier one shares
    (`окружили и обезоружили их`, `догнали и арестовали беглеца`): the parser hangs it on the
    later verb. The earlier verb must be transitive only, with no object, dative or clause of its own;
    only `и` or a comma stands between the two, and the later verb has no subject of its own."""
    if any(child.dep_ in ("obj", "iobj", "ccomp", "xcomp") or slot(child) == "dat" for child in token.children):
        return None
    if not only_transitive(token.lower_, lemma(token)):
        return None
    later = next((child for child in token.children if child.dep_ == "conj" and child.pos_ == VERB
                  and child.i > token.i), None)
    if later is None or any(child.dep_ in SUBJECTS for child in later.children):
        return None
    if any(word.pos_ not in ("CCONJ", "PUNCT") for word in token.doc[token.i + 1:later.i]):
        return None
    found = next((child for child in later.children if child.dep_ == "obj" and child.i > later.i), None)
    return None if found is None or found.ent_type_ in (LOC, ORG) else found


def filled(token: Token) -> set[str | None]:
    """The slots the token's dependents fill; besides the grammatical ones (`slot`): `anim` when
    its object is a person (or the subject of its passive, the active's object: `был избит`), `that` for a clause it introduces with a conjunction (`сказал, что`),
    `message` for an object that is a message (`написал письмо`), `obj=LEMMA`, `adv=LEMMA`,
    `amod=LEMMA` and `PREP+Case=LEMMA` for the lemmas of its object, adverbs, adjectives and prepositional dependents,
    `subj=LEMMA` (and `subj=ORG` for a body's name) for its active subject, `gen=PER` for a noun
    trigger's genitive or possessive of a person or group
    (`читал лекции`, `вышла замуж`, `вошёл в состав`), `PREP+Case=LOC` or `=ORG` for a place
    name or the name of a body under the preposition (`вступили в Москву`), `PREP+Case=PER` for
    another noun or pronoun of a person there (`прожила у подруги`); `idiom` when one of those is a slot of an
    `idiom` row of `motion.tsv` (`пришёл к выводу`); `person` also for a passive whose
    unwritten subject is a person (`уснул, но был разбужен`) and `anim`, `person` for an object it
    shares with the verb before (`shared_object`)."""
    # the dependents, each with its slot and preposition, read once: the rules below walk them a
    # dozen times, and spaCy makes new Tokens on every walk of `children`
    children = list(token.children)
    slot_of = [slot(child) for child in children]
    preposition_of = [preposition(child) for child in children]
    slots = set(slot_of)
    tense = dictionary_tense(token.text) if token.pos_ == VERB else None
    if (tense == "pres") or (tense is None and features(token, TENSE) == ["Pres"] and verb_form(token) == FINITE):
        slots.add("present")  # `сказывает`, `сказывала`: an older verb the tagger misreads, the dictionary's tense decides
    if token.pos_ == VERB and passive(token):
        slots.add(PASSIVE)  # `была обижена его насмешкой`: a feeling suffered, where `обидел меня` is an act
    if features(token, NUMBER) == ["Plur"] or any(child.dep_ in SUBJECTS and (
            features(child, NUMBER) == ["Plur"] or several(child)) for child in children):
        slots.add("plur")
    for child, child_slot, child_preposition in zip(children, slot_of, preposition_of):
        if child.dep_ in ("obj", "iobj") and people(child, doubt=False):
            slots.add("anim")
        if (child.dep_ in ("obj", "nsubj:pass") or (child.dep_ == "nsubj" and passive(token))) and people(child, doubt=False):
            slots.add("person")
            if child.dep_ != "obj":
                slots.add("anim")  # `враги были разбиты`: the passive's subject is the active's object
        if child.dep_ == "ccomp" and (any(mark.dep_ == "mark" for mark in child.children)
                                      or lemma(child.doc[child.left_edge.i]) in clause_openers(CONTENT)):
            slots.add("that")
        if (child.dep_ in QUESTIONED and child.i > token.i and any(lemma(word) == QUESTION for word in child.children)
                and verb_form(token) == FINITE and features(token, TENSE) == ["Past"]):
            # an indirect question told in the narration, `спросил, можно ли переночевать` (the parser: ccomp
            # or advmod); not an infinitive or an imperative (`не мог сказать, приехал ли он`, `нечего
            # спрашивать, хорошо ли это`, `спросите, готов ли обед`)
            slots.add("that")
        if (child.dep_ in ("obl", "nmod", "iobj", "xcomp") or (child.dep_ == "advmod" and child.pos_ == NOUN)) \
                and not child_preposition and features(child, CASE) == ["Ins"]:
            slots.add("ins")
            if child.ent_type_ in (LOC, ORG):
                slots.add(f"ins={child.ent_type_}")  # `управлял Польшей`: a country ruled
            if a_thing_object(child) and not any(word.dep_ == "conj" for word in child.children):
                slots.add(AS_THING)  # `шкатулка служила ему столом`: what it serves as (not `верой и правдой`)
        if child.pos_ == ADJ and not child_preposition and features(child, CASE) == ["Ins"] and child.dep_ != "amod":
            slots.add(PREDICATE)  # `показался ей чужим`: an adjective predicated in the instrumental
        if child.dep_ == "obj":
            slots.add(f"obj={lemma(child)}")
            if any(entry.type == MESSAGE for entry in readings(child)):
                slots.add("message")
            if child.ent_type_ == LOC:
                slots.add(f"obj={LOC}")  # `освободили Казань`: a place name as the object
            if a_thing_object(child) or first_word_thing(child):
                slots.add(THING)  # `выпустил кошку на волю`, `не оправдал доверия`
        elif child.dep_ == "nsubj:pass" or (child.dep_ == "nsubj" and passive(token)):
            slots.update(object_slots(child))  # `форт был взят`: the passive's subject is the active's object
            if a_thing_object(child) or first_word_thing(child):
                slots.add(THING)  # `законопроект был встречен холодно`: a thing met, as `встретил рассвет`
        if token.pos_ == NOUN and child_slot == "gen" and people(child, doubt=False):
            slots.add(f"gen={PER}")  # `о прибытии делегации`, `его приближение`: a person's or a group's going
        if token.pos_ == NOUN and child_slot == "gen":
            slots.add(f"gen={lemma(child)}")  # `разрыв снаряда`: the noun whose break or burst it is
        if token.pos_ == NOUN and child_slot == "gen" and child.ent_type_ == LOC:
            slots.add(f"gen={LOC}")  # `защита Риги`: a place defended, not `защита диссертации`
        if child.dep_ == "nsubj" and not passive(token):
            # `Школа приняла учеников`: an institution receives no visitor (`subj=@school`, `subj=ORG`)
            slots.add(f"subj={lemma(child)}")
            if child.ent_type_ == ORG:
                slots.add(f"subj={ORG}")
        if child.dep_ == "advmod":
            slots.add(f"adv={lemma(child)}")
        if child.dep_ == "xcomp" and verb_form(child) == "Inf":
            slots.add(INFINITIVE)  # `согласился поехать`: the act agreed to is the event, not the consent
        if child.dep_ == "amod":
            slots.add(f"amod={lemma(child)}")  # `круглый стол`: the one event reading of `стол`
        if child_preposition:
            slots.add(f"{child_slot}={lemma(child)}")
            if child.ent_type_ in (LOC, ORG):
                slots.add(f"{child_slot}={child.ent_type_}")  # `вступили в Москву`: a place name, not a body
            elif people(child, doubt=False):
                slots.add(f"{child_slot}={PER}")  # `прожила у подруги`: a person under the preposition
    if token.pos_ == VERB and not passive(token) and not any(
            child.dep_ == "nsubj" and child.ent_type_ not in (LOC, ORG) and people(child, doubt=False)
            for child in children):
        slots.add(NOBODY)  # `ему грозит штраф`, `пожар угрожал домам`: no person written as the subject
    subjects = [child for child in children if child.dep_ == "nsubj"]
    if subjects and not any(people(child, doubt=False) for child in subjects):
        slots.add(THING_SUBJECT)  # `у нас бывали балы`: a subject written, and it is no one
    if token.pos_ == NOUN and preposition(token) and token.head.i != token.i and token.head.pos_ == VERB:
        slots.add(f"{slot(token)}^{lemma(token.head)}")  # `ранен в деле`: the noun under the verb's preposition
        if troops_around(token.head):
            # `рота вступила в дело`: troops go into it (`купец вступил в дело` is business)
            slots.add(f"{slot(token)}^{lemma(token.head)}^{TROOPS}")
    if token.pos_ == NOUN:
        slots |= gathering_slots(token)
    if requirements(token) & {TROOPS, MARCH} and troops_subject(token):
        slots.add(TROOPS)  # `полк тронулся`: a body of troops sets off
        if slots & GOING:
            slots.add(MARCH)  # `эскадрон свернул к оврагу`, `драгуны помчались обратно`: troops going somewhere
    if PURSUIT in requirements(token) and troops_subject(token) and any(
            (child.dep_ == "obj" and troops(child)) or our_side(child) for child in children):
        slots.add(PURSUIT)  # `драгуны преследовали неприятельскую пехоту`: troops after troops
    if slots & event_rules.stay_slots():
        slots.add(STAY)  # `прожил у брата`, `пробыл в Туле`: a place of being or a host
    if DURATION_SLOT in requirements(token) and lasted(token):
        slots.add(DURATION_SLOT)  # `пробыл в Туле три месяца`: a stay told as an episode
    if slots & event_rules.idioms():
        slots.add(event_rules.IDIOM)  # `пришёл к выводу`: a figurative verb of motion (`motion.tsv`)
    shared = shared_object(token) or raised_object(token)
    if shared is not None and people(shared, doubt=False):
        slots.update({"anim", "person"})  # `поймали беглеца и привели в участок`, `окружили и обезоружили их`
    if verb_form(token) == "Part" and passive(token) and token.dep_ in ("amod", "acl") and token.head.i != token.i:
        slots.update(object_slots(token.head))  # `обошли Ригу, занятую немцами`: the noun a passive participle modifies is its object
        if token.head.ent_type_ == PER or (token.head.pos_ == NOUN and not token.head.ent_type_ and (
                animate(token.head) or lemma(token.head) in event_rules.groups()) and not animal(token.head)):
            slots.update({"anim", "person"})  # `посланные им люди`, `присланный генерал`: a person sent
        elif a_thing_object(token.head):
            slots.add(THING)  # `задержанная зарплата`: a thing held back, no one arrested
    if passive(token) and not any(child.dep_ in SUBJECTS for child in children) and person_unwritten(token):
        slots.update({"anim", "person"})  # `уснул в электричке, но был разбужен`: the one woken is a person
    return slots


HOST = "host"  # a slot: a gathering's host in the genitive (`вечер Анны`, `host_in_genitive`)
HELD = "held"  # a slot: the noun is the subject of a verb of being or taking place (`был бал`)
HELD_VERBS = frozenset({"быть", "бывать", "состояться", "происходить", "произойти"})


def several(word: Token) -> bool:
    """A singular noun that stands for several people, as a plural subject does (`plur`): a collective
    noun of people (`groups.tsv`: `толпа собралась`, `семья разговаривала`) or a noun of quantity with
    the people it counts after it, in the genitive plural or a collective noun in the partitive (`собралось
    множество крестьян`, `сотня казаков`, and a partitive count of people such as `тьма народу`, which the tagger reads as a dative object)."""
    return word.pos_ == NOUN and (lemma(word) in event_rules.groups() or any(
        child.dep_ in ("nmod", "iobj") and child.i > word.i and preposition(child) is None
        and child.pos_ == NOUN and not child.ent_type_ and (  # common nouns: `три танка «Тигр»` are none
            (features(child, CASE) == ["Gen"] and features(child, NUMBER) == ["Plur"] and people(child, doubt=False))
            or lemma(child) in event_rules.groups()) for child in word.children))


def gathering_slots(noun: Token) -> set[str]:
    """The slots that tell a gathering as held (GUIDELINES 9.47), on a noun: `verb=LEMMA` for the verb
    whose object it is, or the subject of whose passive (`давал бал`, `бал был дан`: classes.tsv
    `hosting`); `self=PREP+Case` for its own preposition (`на вечере`, `на балу`: `self=на+Loc`, where
    `в тот вечер`, `к вечеру` are times; `self=Ins` for a bare instrumental, `вечером`); `held` when it is the subject of a verb of being or taking
    place (`был бал`, `бывали балы`, `HELD_VERBS`) and `held=PER` when that verb names a person under
    `у` + genitive, the host (`У Анны был вечер`: the parser hangs the host on the verb)."""
    slots: set[str] = set()
    if preposition(noun):
        slots.add(f"self={slot(noun)}")
    elif features(noun, CASE) == ["Ins"]:
        slots.add("self=Ins")  # `был вечером у Кочубея`: the evening as a time, whatever hangs on it
    if any(host_in_genitive(child) for child in noun.children) or postposed_host(noun) is not None:
        slots.add(f"{HOST}={PER}")
    head = noun.head
    if head.i == noun.i:
        return slots
    if noun.dep_ in ("obj", "nsubj:pass") or (noun.dep_ == "nsubj" and passive(head)):
        if not (lemma(head) in GIVING and any(a_recipient(child, noun) for child in head.children)):
            slots.add(f"verb={lemma(head)}")  # `давал обеды`; `дала сыну обед` is food handed to him
    if noun.dep_ == "nsubj" and lemma(head) in HELD_VERBS:
        slots.add(HELD)
        if held_host(noun) is not None:
            slots.add(f"{HELD}={PER}")
    return slots


GIVING = frozenset(("дать", "давать"))  # verbs of giving, of a gathering only with no one it is handed to


def a_recipient(word: Token, noun: Token) -> bool:
    """A dative under no preposition on a verb of giving, other than the noun (`дала мне обед`): the one
    a meal is handed to, where `дала обед` with no recipient gives a dinner party."""
    return (word.i != noun.i and word.dep_ in ("iobj", "obl", "obj") and not preposition(word)
            and features(word, CASE) == ["Dat"])


def host_in_genitive(word: Token) -> bool:
    """A host named in the genitive of a gathering (`вечера Ольги`, `бал Ворониных`) or by a possessive
    pronoun (`наши вечера`, `его бал`): a name or an animate noun under no preposition, a person's
    possessive; not a determiner (`тот вечер`, `весь вечер` are times)."""
    if word.dep_ in ("det", "nmod:poss") or word.pos_ in (DET, PRON):
        return lemma(word) in POSSESSORS
    return (word.dep_ == "nmod" and not preposition(word) and features(word, CASE) == ["Gen"]
            and one_person(word))


def postposed_host(noun: Token) -> Token | None:
    """A person's name in the genitive right after a gathering noun that the parser hung elsewhere
    (`Все вечера Ольги Серовой были шумны`, `После бала Ворониных`: the name read as a subject):
    the host, as `host_in_genitive` reads it when the parse is right."""
    doc = noun.doc
    if noun.i + 1 >= len(doc) or lemma(noun) not in event_rules.classes().get(GATHERING, ()):
        return None
    name = doc[noun.i + 1]
    if name.ent_type_ != PER or name.ent_iob_ != "B" or name.head.i == noun.i or features(name, CASE) != ["Gen"]:
        return None
    return name


GATHERING = "gathering"  # the class of classes.tsv of the nouns of a gathering


def held_host(noun: Token) -> Token | None:
    """The person under `у` + genitive on the verb of being whose subject the noun is (`У Анны в
    субботу был вечер`: `Анны`), a name, a pronoun or an animate noun (`one_person`)."""
    head = noun.head
    if noun.dep_ != "nsubj" or head.i == noun.i or lemma(head) not in HELD_VERBS:
        return None
    return next((child for child in head.children if child.i != noun.i and preposition(child) == "у"
                 and features(child, CASE) == ["Gen"] and one_person(child)), None)


def object_slots(noun: Token) -> set[str]:
    """`obj=LEMMA` (and `obj=LOC` for a place name) for the object of a passive: its subject, or the
    noun its participle modifies (`форт был взят`, `крепость, взятая штурмом`)."""
    slots = {f"obj={lemma(noun)}"}
    if noun.ent_type_ == LOC:
        slots.add(f"obj={LOC}")
    return slots


DURATION_SLOT = "duration"
TROOPS = "troops"  # a slot: the subject is a body of troops (`classes.tsv` `troops`: `полк тронулся`)
MARCH = "march"  # a slot: troops going somewhere (`батальон спустился в долину`, `troops_subject`)
PURSUIT = "pursuit"  # a slot: troops pursuing troops (`эскадроны преследовали неприятеля`, `troops`)
UNITS = "units"  # the class of classes.tsv of the bodies of troops (`полк`, `армия`), troops in any number
# where troops go: the spatial slots of `motion.tsv` but `мимо` and `за` + Ins (men passing by or
# following someone are a scene's: `солдаты прошли мимо костра`, `за солдатом`), `под` + Acc, and the
# adverbs of direction
GOING = frozenset((event_rules.spatial_slots() - {"мимо+Gen", "за+Ins"}) | {"под+Acc", "подо+Acc"}
                  | {f"adv={word}" for word in ("вперед", "вперёд", "назад", "обратно", "прочь", "туда", "вон")})


def troops_only(entry: Entry) -> bool:
    """Whether a reading is one of troops only (`requires` `troops` or `march`: `выступать` MOVEMENT), which
    says nothing of the same verb of a single person (`артистка, выступавшая в Москве`)."""
    return bool({TROOPS, MARCH} & set((entry.requires or "").split(",")))


def troops_subject(token: Token) -> bool:
    """Whether the verb's subject (written, or the controller of a gerund or an infinitive, or that of a
    coordinated verb: `subject_of`) is a body of troops or its men (`classes.tsv` `troops`: `полк`,
    `эскадрон`, `пехота`, `гусары`): military movement is MOVEMENT (GUIDELINES 8.6), where the same
    verb of a single person is a step within a scene (`спустился в сад`, `прошёл в угол`)."""
    if token.pos_ != VERB:
        return False
    subject = subject_of(token) or next((child for child in token.children if child.dep_ == "nsubj"), None)
    if subject is None:
        return False
    # the number the verb agrees in, where the tagger errs on the noun (`солдат` read as a genitive plural)
    agreeing = subject.head if subject.dep_.startswith("nsubj") and subject.head.i != subject.i else None
    number = features(agreeing, NUMBER) if agreeing is not None else []
    if lemma(subject) == "который" and subject.head.dep_.startswith("acl"):
        subject = subject.head.head  # `эскадрон, который спустился`: the noun the clause modifies
    return troops(subject, number)


def troops_around(verb: Token) -> bool:
    """Whether troops go into a `дело` (a battle): the verb's subject is troops (`troops_subject`), or, where
    the parse leaves it unwritten or hangs it elsewhere (a relative clause, a participle, an infinitive under
    `должна была`: `батальоны, посланные в дело`), its sentence names troops and the verb's written
    subject is no person (`купец вступил в дело`, `отец ввёл сына в дело` are business)."""
    if verb.pos_ != VERB:
        return False
    if troops_subject(verb):
        return True
    subject = next((child for child in verb.children if child.dep_ in ("nsubj", "nsubj:pass")), None)
    if subject is not None and (subject.ent_type_ == PER or features(subject, "Animacy") == ["Anim"]):
        return False
    return any(troops(word) for word in verb.sent if word.pos_ in (NOUN, PROPN))


def our_side(word: Token) -> bool:
    """`наши` standing alone for our troops (`преследовали наших`), under the verb as its object or,
    misparsed, as a determiner with no noun of its own."""
    return word.dep_ in ("obj", "det") and lemma(word) == "наш" and features(word, NUMBER) == ["Plur"]


def troops(noun: Token, number: list[str] | None = None) -> bool:
    """Whether a noun names troops (`classes.tsv` `troops`): a body of troops in any number (`units`:
    `полк`, `рота`, `неприятель`), the men of an arm only in the plural (`гусары`, `два солдата`), as one
    soldier going down to a cellar or speaking at a meeting is a person's step or speech (`солдат
    спустился в подвал`). `number`: that of the verb the noun is the subject of, which decides when given."""
    word = lemma(noun)
    if word in event_rules.classes().get(UNITS, ()):
        return True
    if word not in event_rules.classes().get(TROOPS, ()):
        return False
    if any(child.dep_.startswith("nummod") and lemma(child) != "один" for child in noun.children):
        return True  # `два солдата прошли`
    return (number or features(noun, NUMBER)) == ["Plur"]


STAY = "stay"  # a place of being or a host (`models/events/stays.tsv`)
THING = "thing"  # the direct object is a thing or an animal, no person (`a_thing_object`)
PREDICATE = "predicate"  # an adjective predicated in the instrumental (`показался чужим`, `filled`)
PASSIVE = "passive"  # a slot: the verb is a passive, a participle or a finite (`filled`)
AS_THING = "as_thing"  # a bare instrumental that is a thing: what one serves as (`служила местом парадов`, `filled`)
CLAUSES = {"advcl", "ccomp", "csubj", "xcomp", "acl", "acl:relcl", "parataxis", "conj"}


def requirements(token: Token) -> set[str]:
    """The slots any reading of the token requires."""
    return {slot for entry in readings(token) if entry.requires for slot in entry.requires.split(",")}


def lasted(token: Token) -> bool:
    """Whether a phrase of how long depends on the verb (`models/events/durations.tsv`): an
    adverb of duration (`долго`), or a unit of time in its clause (no other verb or clause
    between: `около года` hung on the place noun counts) counted by a numeral or a quantifier
    (`три месяца`, `всю зиму`, `несколько лет`), under a preposition of approximation (`около
    года`, `с месяц`), a plural instrumental (`годами`) or a counted span by itself (`полгода`);
    not a point in time (`три года назад`, `через месяц`, `на три дня`)."""
    table = event_rules.durations()
    if any(child.dep_ == "advmod" and lemma(child) in table["adverb"] | table["whole"] for child in token.children):
        return True
    for word in token.subtree:
        if word.i == token.i or word.pos_ not in (NOUN, NUM, ADV, DET):
            continue
        node = word
        while node.i != token.i and node.pos_ not in (VERB, AUX) and node.dep_ not in CLAUSES:
            node = node.head
        if node.i != token.i:
            continue
        word_lemma = lemma(word)
        if word_lemma in table["whole"] and preposition(word) is None:
            return True
        if word_lemma not in table["unit"]:
            continue
        prep = preposition(word)
        if prep in table["point"] or any(lemma(child) in table["point"] for child in word.children):
            continue
        cases = features(word, CASE)
        if prep in table["approx"] or (len(cases) == 1 and f"{prep}+{cases[0]}" in table["approx"]):
            return True  # `около года`; `с+Acc`: `с месяц`, not `с весны`
        if prep is not None:
            continue
        if features(word, CASE) == ["Ins"] and features(word, NUMBER) == ["Plur"]:
            return True
        counters = [child for child in word.children if child.pos_ == NUM or child.dep_ in ("nummod", "nummod:gov")
                    or lemma(child) in table["quantifier"]]
        head = word.head
        if counters or (head.i != token.i and (head.pos_ == NUM or lemma(head) in table["quantifier"])):
            if not any(lemma(child) in table["point"] or preposition(child) in table["point"] for child in counters):
                return True
    return False


def person_unwritten(token: Token, seen: int = 0) -> bool:
    """Whether the subject of a predicate without a written one is a person: the unwritten
    subject coreference found on its finite word (`coref/stage.py`), the subject the parser did
    not attach (`unattached_subject`), that of the verb it is coordinated with (`ночевал на вокзалах,
    пока не был задержан и отправлен к родителям`: his, as for `dependents`), or, in a relative
    clause opened by `где` (`relative_verb`), the main verb's (`учился в Омске, где был задержан`:
    the one who studied)."""
    finite = finite_of(token)
    if finite is not None and any(kind == ZERO and start == finite.idx
                                  for start, _, kind, *_ in token.doc._.mentions or []):
        return True
    found = relative_subject(token) or unattached_subject(token) or reported_subject(token)
    if found is not None:
        return people(found, doubt=False)
    if seen > 3:
        return False
    if coordinated(token):
        head = token.head
        written = [child for child in head.children if child.dep_ in SUBJECTS and agrees(token, child)]
        if written:
            return people(written[0], doubt=False)
        if not any(child.dep_ in SUBJECTS for child in head.children):
            return person_unwritten(head, seen + 1)
    main = relative_verb(token)
    return main is not None and not any(child.dep_ in SUBJECTS for child in main.children) and person_unwritten(main, seen + 1)


def reading(token: Token) -> Entry | None:
    """The first reading one of whose required slots the token's dependents fill and none of
    whose excluded slots they fill (`говорит, что` in the present reports a claim, no telling)."""
    entries = readings(token)
    if not entries:
        return None
    slots = filled(token)
    for entry in entries:
        if entry.excludes is not None and slots & set(entry.excludes.split(",")):
            continue
        if entry.requires is None or slots & set(entry.requires.split(",")):
            return visit(entry, slots, token)
    return None


def visit(entry: Entry, slots: set[str | None], token: Token) -> Entry:
    """A verb of arriving at a person's and at no place is a visit, MEETING (GUIDELINES 4.2: `к брату
    пришёл Пётр`; `поехала к бабушке в Тверь` stays MOVEMENT), `models/events/visits.tsv`; a verb
    that takes a person somewhere (`requires person`, `отвёл сына к врачу`) is no visit of its subject.
    A date under a preposition (`в субботу`) is no place, nor a vehicle (classes.tsv `vehicle`: `приехал
    к сестре на машине`); the person visited is one a name, a pronoun or an animate noun names
    (`one_person`: `пришёл к власти` is no visit)."""
    shown = event_rules.visit_slots()
    if (entry.type != MOVEMENT or entry.subject not in (None, AGENT) or "person" in (entry.requires or "").split(",")
            or lemma(token) not in shown.get("verb", frozenset())):
        return entry
    if not slots & shown.get("person", frozenset()) or not any(
            slot(child) in shown.get("person", frozenset()) or f"{slot(child)}={PER}" in shown.get("person", frozenset())
            and one_person(child) for child in token.children):
        return entry
    table = doc_table(token.doc, "dated")
    if "dated" not in table:
        table["dated"] = {date.root.i for date in token.doc.spans.get(DATES, [])}
    vehicles = set(event_rules.classes().get("vehicle", ()))
    not_places = table["dated"] | {child.i for child in token.children if lemma(child) in vehicles}
    places = ({slot(child) for child in token.children if child.i not in not_places}
              | (slots - {slot(child) for child in token.children}))
    if places & shown.get("place", frozenset()):
        return entry
    return replace(entry, type=MEETING, subject=None, object=None)


COPULA_VISIT = Entry(MEETING, PARTICIPANT, PARTICIPANT)  # `был у Соколовых`: the copula is the trigger
COPULA_STAY = Entry(MOVEMENT, AGENT)  # `был у Толстого в Ясной Поляне`: a visit with its place


def copula_reading(token: Token) -> Entry | None:
    """The reading of `быть у` + a person (`copula_visit`): a visit to the person, or with a place name
    beside the host (`был у сестры в Твери`) a stay at that place, MOVEMENT (GUIDELINES 9.22, as
    `visits.tsv` reads `заехал к сестре в Тверь`)."""
    if not copula_visit(token):
        return None
    if any(child.ent_type_ == LOC and preposition(child) in ("в", "во", "на") for child in token.head.children):
        return COPULA_STAY
    return COPULA_VISIT


def copula_visit(token: Token) -> bool:
    """`Вчера я был у Соколовых`, `Мы были у них в гостях`: `быть у` + a person, which the parser reads
    with `был` as a copula and the host as the predicate, is a visit to a person, MEETING (GUIDELINES
    9.22, 9.27), as `бывать у` (lexicon.tsv). The guest is a person written before the host: a name,
    a personal pronoun or an animate noun that names no kin (`брат был у него`, `у Ивана была дочь`
    tell whom one has); the host is a person named, a personal pronoun or an animate noun (`был у
    власти`, `у окна` are no visits); nothing else is predicated (`был у нас старостой`)."""
    if token.pos_ != AUX or token.dep_ != "cop" or lemma(token) != "быть":
        return False
    host = token.head
    if host.i == token.i or preposition(host) != "у" or features(host, CASE) != ["Gen"] or not one_person(host):
        return False
    guests = [child for child in host.children if child.dep_ == "nsubj"]
    if len(guests) != 1 or guests[0].i > host.i or lemma(guests[0]) in event_rules.kin():
        return False
    guest = guests[0]
    if not (one_person(guest) and (guest.ent_type_ == PER or guest.pos_ in (PRON, NOUN, PROPN))):
        return False
    if guest.pos_ == PRON and not features(guest, PERSON):
        return False  # `кто был у него`, `это было у нас`: no one named
    after = token.doc[host.i + 1] if host.i + 1 < len(token.doc) else None
    return not (after is not None and after.pos_ in (NOUN, ADJ) and not preposition(after)
                and features(after, CASE) in (["Ins"], ["Nom"]))  # `был у нас старостой`


def one_person(token: Token) -> bool:
    """A person by a name, a personal pronoun or an animate common noun, not a collective noun of
    `groups.tsv` (`власть`, `руководство`) nor a place or a body's name."""
    if token.ent_type_:
        return token.ent_type_ == PER
    if token.pos_ in (PRON, DET):
        return people(token, doubt=False)
    return token.pos_ in (NOUN, PROPN) and lemma(token) not in event_rules.groups() and animate(token) \
        and people(token, doubt=False)


def people(token: Token, doubt: bool = True) -> bool:
    """A noun or pronoun that can stand for a person or a group of people: a name (any entity:
    a country or a city acts through its people; not a work or a building), a personal or relative pronoun (`который` as
    the noun its clause modifies), an animate noun (`morphosyntax/animacy.py`, the one rule of
    animacy: the dictionary, else the tagger), a collective noun of `groups.tsv` (`отряд`),
    or a noun of people (`половина их`, `один из солдат`); an animal (`models/syntax/animals.tsv`) is none.
    Neuter singular pronouns (`оно`, `это`,
    `всё`) and other common nouns stand for things; a word the parser gives another part of
    speech is taken for `doubt`."""
    if token.ent_type_:
        return token.ent_type_ not in THINGS  # `перевёл «Гамлета»`: a work is no one
    if lemma(token).lower() in animal_nouns() and (token.pos_ == NOUN or token.is_sent_start):
        return False  # `собака прибежала`, `Конь вернулся`: animate, but no person (`animals.tsv`);
        # a name inside the sentence is a person's (`Вечером Лев вернулся`: a man named Лев)
    if token.pos_ == PROPN:
        return not (token.is_sent_start and lemma(token) not in event_rules.groups() and a_thing(token.text))
    whole = partitive(token)
    if whole is not None:
        return people(whole, doubt)  # `один из братьев`, `две из кошек`: what it is a part of
    if token.pos_ in (PRON, DET):
        if lemma(token) == "который":
            noun = token.head.head if token.head.dep_.startswith("acl") else None
            return doubt if noun is None or noun.i == token.i else people(noun, doubt)
        return not (features(token, GENDER) == ["Neut"] and features(token, NUMBER) == ["Sing"])
    if animate(token) or lemma(token) in event_rules.groups():
        return True
    if token.pos_ != NOUN or (token.is_title and could_be_a_name(token.text)):
        return doubt  # `Блок уехал`: a surname the tagger took for a common noun
    if any(entry.type == MESSAGE for entry in event_rules.lexicon().get((lemma(token), NOUN), ())):
        return False  # `послал письмо Марии`: a message to or from a person is no group of people
    return any(
        child.dep_ in ("nmod", "det") and child.i > token.i and features(child, CASE) != ["Dat"]
        and (features(child, PERSON) or lemma(child) in PEOPLE_OF or animate(child))
        for child in token.children)  # `половина их`, not `их автобус`: an owner before is no part;
    # nor `письмо Лосеву`: a dative under a noun is whom the thing goes to


def a_thing_object(token: Token) -> bool:
    """An object that is surely no person: a common noun (no name span, not capitalised) of an
    animal (`animals.tsv`: `кошку`) or inanimate by the one rule of animacy (the dictionary's
    `anim`, else the tagger's: `доверия`, `надежды отца`, `комнату`), and no collective noun of
    people (`groups.tsv`: `отряд`); not `подсудимую`, `арестантов`."""
    if token.pos_ != NOUN or token.ent_type_ or token.is_title:
        return False
    return animal(token) or not (animate(token) or lemma(token) in event_rules.groups())


def first_word_thing(token: Token) -> bool:
    """A common noun of a thing that opens the sentence, capitalised there (`Рассвет мы встретили на
    берегу`, `Законопроект был встречен холодно`): `a_thing` by the dictionary, no name span."""
    return token.is_sent_start and token.pos_ in (NOUN, PROPN) and not token.ent_type_ and a_thing(token.text)


def partitive(token: Token) -> Token | None:
    """The whole a word of quantity names a part of (`один из братьев`, `многие из них`, `две из
    кошек`): its `из` + genitive dependent."""
    if token.pos_ not in (NUM, PRON, DET, ADJ):
        return None
    return next((child for child in token.children if child.i > token.i and preposition(child) == "из"
                 and features(child, CASE) == ["Gen"] and child.dep_ in ("nmod", "obl")), None)


@lru_cache(maxsize=4096)
def a_thing(word: str) -> bool:
    """A capitalised word no name span holds that pymorphy3 reads only as an inanimate common
    noun (no name, surname, patronymic, place or organisation parse): the first word of a sentence
    the tagger took for a name (`Весна пришла в город`, `Поезд пришёл`)."""
    parses = analyzer().parse(word)
    tags = [set(str(parse.tag).replace(" ", ",").split(",")) for parse in parses]
    return (any("NOUN" in tag for tag in tags)
            and not any(tag & {"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "anim"} for tag in tags))


@lru_cache(maxsize=4096)
def dictionary_tense(word: str) -> str | None:
    """The tense pymorphy3 gives a word it reads only as a finite verb, all its readings agreeing
    (`сказывает` pres, `сказывала` past), else None: the tagger, which seldom met an older verb, may
    read `сказывала` as a present and `сказывает` as a past."""
    found = analyzer().parse(word.lower())
    tenses = {parse.tag.tense for parse in found if parse.tag.POS == "VERB"}
    return tenses.pop() if found and all(parse.tag.POS == "VERB" for parse in found) and len(tenses) == 1 else None


@lru_cache(maxsize=4096)
def active_participle(word: str) -> bool:
    """Whether pymorphy3 reads the word only as an active participle (`удаляющийся`, `уходящих`)."""
    found = analyzer().parse(word)
    return bool(found) and all("PRTF" in parse.tag and "actv" in parse.tag for parse in found)


@lru_cache(maxsize=4096)
def could_be_dative(word: str) -> bool:
    """Whether pymorphy3 reads the word as a dative in some parse (`Марии`, `Лыковой`: genitive or dative)."""
    return any("datv" in parse.tag for parse in analyzer().parse(word))


@lru_cache(maxsize=4096)
def could_be_a_name(word: str) -> bool:
    """Whether pymorphy3 reads the word as a first name, surname or patronymic in some parse."""
    return any({"Name", "Surn", "Patr"} & set(str(parse.tag).replace(" ", ",").split(","))
               for parse in analyzer().parse(word))


def subject_of(token: Token) -> Token | None:
    """The written subject of a verb trigger: its own, the noun a participle modifies, the
    controller of a gerund or infinitive. A subject the tagger gives another case than the
    nominative or the genitive of quantity (`бумаг развелось много`) is passed over (`Зиму она
    осталась в Риге`: `зиму` is no subject), and so is one that does not agree with the verb
    (`agrees`: a plural noun the parser hangs on a singular verb a clause away)."""
    if gerund_taken_for_name(token):
        return controller(token)
    subjects = [child for child in token.children if child.dep_ in SUBJECTS and not gerund_taken_for_name(child)]
    if subjects:
        nominative = [child for child in subjects if features(child, CASE) in ([], ["Nom"], ["Gen"])]
        agreeing = [child for child in nominative if agrees(token, child)]
        if agreeing or not nominative or token.pos_ != VERB:
            return agreeing[0] if agreeing else None
        return unattached_subject(token) or subject_after(token)
    form = verb_form(token)
    if form == "Part" and token.dep_ in ("amod", "acl") and token.head.i != token.i:
        return token.head
    if form in ("Conv", "Inf"):
        return controller(token)
    if token.dep_ == "conj" and closes_a_clause(token):
        return main_subject(token)
    return shared_subject(token) or relative_subject(token)


def shared_subject(token: Token) -> Token | None:
    """The subject a verb without its own shares with the verb it is coordinated with (`вода
    вытекла и ушла`: `вода` is the subject of `ушла`, a thing; `Он вышел и поехал`: `он`), when
    both are finite or both are predicates of one form and the subject agrees with it too."""
    head = token.head
    if not coordinated(token):
        return None
    if verb_form(head) != verb_form(token) and not (short_passive(head) or short_passive(token)):
        return None
    found = subject_of(head)
    return found if found is not None and agrees(token, found) else None


def boundary(token: Token) -> bool:
    """A word that opens a clause of its own (`что`, `чтобы`, a relative `который`, `коему`) or a
    `;`: the subject before it is not that of a verb after it."""
    return token.text == ";" or token.dep_ == "mark" or lemma(token) in clause_openers(RELATIVE)


def across(before: Token, verb: Token) -> bool:
    """Whether a clause boundary separates a word from a verb after it: a `;`, or a word that
    opens the verb's clause (`boundary`) with no finite verb between it and the verb (`Иван,
    который приехал вчера, ушёл`: the relative clause closes with `приехал`)."""
    doc = verb.doc
    for i in range(before.i + 1, verb.i):
        if doc[i].text == ";":
            return True
        if boundary(doc[i]) and not any(verb_form(word) == FINITE and word.pos_ in (VERB, AUX)
                                        for word in doc[i + 1:verb.i]):
            return True
    return False


def agrees(verb: Token, subject: Token) -> bool:
    """Whether a subject can be a verb's: one before it is not across a clause boundary
    (`сосед сказал, что он уезжает`: `сосед` is not the subject of `уезжает`); a third-person
    word is no subject of a verb in the first or second person (`он` of `сдам`), a plural word
    none of a singular verb unless counted (`погибло пять человек`), a singular word none of a
    plural verb unless coordinated (`он и брат уехали`), a pronoun or a noun of a thing of
    another gender none of a singular past (`новость ... сообщил`), coordinated words before the
    verb none of a singular verb (`Иван и Пётр`). A parse that hangs a word
    on the wrong verb of a long period gives such pairs."""
    if subject.i < verb.i and across(subject, verb):
        return False
    if verb.pos_ not in (VERB, AUX) or verb_form(verb) != FINITE:
        return True
    person, number = features(verb, PERSON), features(verb, NUMBER)
    own_person = features(subject, PERSON)
    if person in (["1"], ["2"]) and own_person != person:
        return False
    gender, own_gender = features(verb, GENDER), features(subject, GENDER)
    fixed = subject.pos_ == PRON or (subject.pos_ == NOUN and features(subject, "Animacy") == ["Inan"])
    if number == ["Sing"] and gender and own_gender and gender != own_gender and fixed:
        return False  # `эту новость сообщил мне сосед`: the thing is not the subject
    if number == ["Sing"] and subject.i < verb.i and any(
            child.dep_ == "conj" and child.pos_ in (NOUN, PROPN, PRON) and child.i < verb.i for child in subject.children):
        return False  # `Иван и Пётр поехали ..., а гость объявил`: two people are no subject of `объявил`
    counted = features(subject, CASE) == ["Gen"] or any(child.dep_ in ("nummod", "nummod:gov") for child in subject.children)
    if number == ["Sing"] and features(subject, NUMBER) == ["Plur"] and not counted:
        return False  # but `погибло пять человек`
    several = any(child.dep_ in ("conj", "nummod", "nummod:gov") or (child.dep_ in ("nmod", "obl") and preposition(child) == "с")
                  for child in subject.children)  # `он и брат уехали`, `Иван с братом уехали`
    return not (number == ["Plur"] and subject.pos_ in (PRON, NOUN, PROPN)
                and features(subject, NUMBER) == ["Sing"] and not several)


def unattached_subject(token: Token) -> Token | None:
    """The subject of a finite-verb trigger the parser did not attach to it: the nominative word
    before it in its clause that agrees with it, or, when it is coordinated with an earlier verb
    (`Иван уехал и в пятницу вернулся`, `вышел на крыльцо и побежал`), that verb's subject, written
    or itself unattached (`coref/mentions.py`, `written_before`, which also keeps such a verb from
    getting an unwritten-subject mention)."""
    finite = finite_of(token)
    seen = set()
    while finite is not None and finite.i not in seen:
        seen.add(finite.i)
        found = written_before(finite)
        if found is None or found.pos_ not in (VERB, AUX):
            while (found is not None and found.dep_ in NAME_PARTS | {"conj"} and found.head.i < found.i
                   and found.head.pos_ in (NOUN, PROPN, PRON)):
                found = found.head  # `Андрей Белов`, `Иван и Пётр`: the phrase's first word
            if (found is not None and found.dep_ in NAME_PARTS | {"nmod"} and found.head.pos_ in (NOUN, PROPN)
                    and not boundary(found.head)):
                return None  # a name inside another noun's phrase (`с театром «Глобус»`) is no subject
            return found
        written = [child for child in found.children if child.dep_ in SUBJECTS]
        if written:
            return written[0]
        finite = found
    return None


def relative_verb(token: Token) -> Token | None:
    """The verb a relative clause opened by a relative adverb (`где`, `куда`, `откуда`) hangs on
    through its noun, when the clause's predicate (or the first of its coordinated predicates)
    has no subject of its own: `учился в Омске` of `учился в Омске, где был задержан`."""
    node = token
    while coordinated(node) and not any(child.dep_ in SUBJECTS for child in node.children):
        node = node.head
    if node.dep_ != "acl:relcl" or any(child.dep_ in SUBJECTS for child in node.children):
        return None
    if not any(child.pos_ == ADV and lemma(child) in clause_openers(RELATIVE) and child.i < node.i
               for child in node.children):
        return None
    noun, verb = node.head, node.head.head
    if noun.i == node.i or verb.i == noun.i or verb.pos_ != VERB or noun.dep_ not in ("obl", "obj", "nmod"):
        return None
    return verb


def relative_subject(token: Token) -> Token | None:
    """The unwritten subject of a predicate in a relative clause that a relative adverb opens
    (`clause_openers.tsv`, `relative`: `где`, `куда`, `откуда`; not `который`, which is the
    clause's own subject): the subject of the verb the clause's noun depends on, when it agrees
    in number (and in gender, singular past) with the predicate (`Орловы приехали в город, где
    были арестованы и высланы`: the ones arrested and exiled are those who came). A verb
    coordinated within the clause shares it. Russian leaves such a subject unwritten only when
    it is the main clause's; one of another person is written (`где его арестовали`)."""
    verb = relative_verb(token)
    subject = finite_subject(verb) if verb is not None and (verb_form(verb) == FINITE or short_passive(verb)) else None
    if subject is None:
        return None
    number, own_number = features(token, NUMBER), features(subject, NUMBER)
    several = any(child.dep_ == "conj" for child in subject.children)
    if number and own_number and number != own_number and not (several and number == ["Plur"]):
        return None
    gender, own_gender = features(token, GENDER), features(subject, GENDER)
    if number == ["Sing"] and gender and own_gender and gender != own_gender:
        return None
    return subject


def subject_after(token: Token) -> Token | None:
    """A subject written after a finite-verb trigger that the parser hung on the next verb
    (`утром пришёл к нам Пётр и рассказал`): the subject coreference finds written after the
    verb (`coref/mentions.py`, `written_after`), when it is a name, a pronoun of the third
    person or an animate noun, no part of another noun's phrase, not already the verb's own
    subject, and agrees with the verb."""
    if not (verb_form(token) == FINITE or short_passive(token)):
        return None
    word = written_after(token)
    if word is None:
        return None
    person = (word.ent_type_ in (PER, ORG) or animate(word)
              or (word.pos_ == PRON and features(word, PERSON) == ["3"]))
    inside = word.dep_ in NAME_PARTS | {"nmod"} and word.head.pos_ in (NOUN, PROPN) and word.head.i < word.i
    attached = word.head.i == token.i and word.dep_ in SUBJECTS  # then it is no unattached one
    return word if not attached and person and not inside and agrees(token, word) else None


def human_subject(token: Token, entry: Entry) -> bool:
    """Whether a trigger of a type done or undergone by people (`types.tsv`, `human`) has one:
    a written subject that is no thing (`вода ушла из подвала`, `слух дошёл до столицы`), not
    an impersonal neuter past without object (`бумаг развелось`). Passives are not checked."""
    if entry.type not in event_rules.human_types() or passive(token):
        return True
    if token.pos_ == ADJ and token.dep_ == "amod" and token.head.i != token.i and active_participle(token.lower_):
        return people(token.head)  # `удаляющийся гул мотора`: an active participle the tagger calls an adjective
    if token.pos_ != VERB:
        return True
    subject = subject_of(token)
    if subject is not None and entry.type == DEATH_TYPE and any(
            child.dep_ == "obj" and people(child, doubt=False) for child in token.children):
        return True  # `шальной снаряд убил двух солдат`: a thing kills, the one killed is a person
    if subject is not None:
        return people(subject) or several(subject)  # `собралась вся деревня`
    if lemma(token).endswith(("ся", "сь")) and any(
            child.dep_ == "obj" and a_thing_object(child) and features(child, CASE) == ["Acc"]
            and features(child, NUMBER) == features(token, NUMBER) for child in token.children):
        return False  # `разлетятся стёкла`: a reflexive verb takes no object; the noun is its subject, a thing
    if thing_after(token):
        return False  # `начали прибывать ящики`: the noun hung as an object is the subject, a thing
    impersonal = (features(token, TENSE) == ["Past"] and features(token, GENDER) == ["Neut"]
                  and features(token, NUMBER) == ["Sing"])
    return not (impersonal and not any(child.dep_ in ("obj", "iobj") for child in token.children))


def thing_after(token: Token) -> bool:
    """`из города начали прибывать ящики`: a verb that takes no object (pymorphy3 reads the word
    only as intransitive) with a common noun of a thing after it, hung as its object or complement,
    nominative and agreeing in number with the finite verb (the verb itself, or the phase verb
    above an infinitive): the noun is its subject."""
    if not only_intransitive(token.lower_, lemma(token)):
        return False
    finite = token.head if verb_form(token) == "Inf" and token.dep_ == "xcomp" else token
    return any(child.dep_ in ("obj", "xcomp") and child.i > token.i and features(child, CASE) == ["Nom"]
               and features(child, NUMBER) == features(finite, NUMBER) and a_thing_object(child)
               for child in token.children)


def only_intransitive(word: str, lemma_: str) -> bool:
    """Whether every parse pymorphy3 gives the word as a form of the lemma is intransitive
    (`прибывать`, `приезжало`), not `перелетела` (`перелетела реку`)."""
    return every_parse(word, lemma_, "intr")


def no_occurrence(token: Token, entry: Entry) -> bool:
    """Verb forms that tell of no occurrence: an imperative (`Уезжай!`), a subjectless plural
    past that opens an exclamation (`Пошли домой!`, `Поехали!`), and a message verb in the
    indefinite-personal present (`говорят, что`, `пишут, будто`)."""
    if token.pos_ != VERB:
        return False
    morph = token.morph
    if morph.get("Mood") == ["Imp"]:
        return True
    has_subject = any(child.dep_ in SUBJECTS for child in token.children)
    if has_subject:
        return False
    if (morph.get("Tense") == ["Past"] and morph.get("Number") == ["Plur"] and opens_sentence(token)
            and token.doc[sentence_end(token) - 1].text.startswith("!")):
        return True
    return (entry.type == MESSAGE and morph.get("Tense") == ["Pres"] and morph.get("Person") == ["3"]
            and morph.get("Number") == ["Plur"])


def is_support(token: Token) -> bool:
    """A support verb governing an event noun (`состоялась встреча`) is no event itself."""
    return lemma(token) in event_rules.support_verbs() and any(
        child.pos_ == NOUN and child.dep_ in SUBJECTS | {"obj", "obl"} and event_rules.supports(lemma(token), lemma(child))
        and told(child) for child in token.children)


def told(noun: Token) -> bool:
    """Whether an event noun has a reading here: an unconditional one, or a conditional one whose slot
    it fills (`reading`); `вошёл вечером в комнату` carries no gathering (`вечер` needs a host, GUIDELINES
    9.47), so `войти` is no support verb there."""
    entries = readings(noun)
    return bool(entries) and (any(entry.requires is None for entry in entries) or reading(noun) is not None)


def tagged_events(doc: Doc) -> set[int]:
    """The head tokens of the NEREL-trained tagger's EVENT mentions (`entities/tagger.py`)."""
    return {span.root.i for span in doc.spans.get(TAGGER, []) if span.label_ == EVENT}


def tagged_tokens(doc: Doc) -> set[int]:
    """Every token of the NEREL-trained tagger's EVENT mentions."""
    return {i for span in doc.spans.get(TAGGER, []) if span.label_ == EVENT for i in range(span.start, span.end)}


def triggers(doc: Doc, seldom: bool = True, convention: str = BIOGRAPHY) -> Iterator[Trigger]:
    """Lexicon readings; a head of a tagged EVENT mention the lexicon does not read is OTHER.
    With `seldom`, a trigger NEREL train seldom annotates (`seldom.tsv`) is kept only inside a
    tagged EVENT mention or, under the biography convention, when a person the story follows is
    its doer (`narrated_step`); under the NEREL convention a trigger of a type NEREL does not
    count (`types.tsv`, column `nerel`) also needs the tagger's EVENT mention, and so does a stay
    or a term (a reading that requires `stay` or `duration`: NEREL's news tells no one's stays)."""
    inside = {i for ent in doc.ents if ent.label_ in NAMES
              for i in range(ent.start, ent.end)}
    inside |= {i for span in doc.spans.get(DATES, []) if span._.holiday for i in range(span.start, span.end)}
    tagged = tagged_events(doc)  # (a feast is a date, no event: `до Масленицы`)
    confirmed = tagged_tokens(doc) if seldom else set()
    news = convention == NEREL
    read = {IDS[pos] for pos in READ}
    aux = IDS[AUX]
    for i, pos in enumerate(doc.to_array(POS_ID).tolist() if len(doc) else []):
        if pos == aux and not news and i not in inside and (visited := copula_reading(doc[i])) is not None:
            yield Trigger(doc[i], visited)  # `был у Соколовых` (the biography convention: news tells no visits so)
            continue
        if pos not in read and i not in tagged:
            continue  # no reading (`readings`) nor a tagged mention: the cheap test first, on the array
        token = doc[i]
        if token.i in inside or is_support(token) or exception(token):
            continue
        entry = reading(token) or (Entry(event_rules.OTHER) if token.i in tagged and (news or not (
            thing_met(token) or idiom_met(token) or grip_met(token))) else None)
        if entry is not None and entry.type == event_rules.OTHER and not news and lemma(token) in event_rules.untyped():
            continue  # `был ранен`: an injury, no type of a biography's (`untyped.tsv`); NEREL's news marks it
        if entry is None or absorbed(token, frames=not news) or (entry.type == MESSAGE and quote_tag(token)):
            continue
        if not human_subject(token, entry) or no_occurrence(token, entry):
            continue
        if seldom and token.i not in confirmed:
            if seldom_trigger(token, entry) and (news or not narrated_step(token)):
                continue
            if news and entry.type not in event_rules.nerel_types():
                continue
            if news and {STAY, DURATION_SLOT} & set((entry.requires or "").split(",")):
                continue  # a stay (`прожил там три года`, `ночевал у брата`), a term served: no news occurrence
        yield Trigger(token, entry)


def idiom_met(token: Token) -> bool:
    """A verb of motion in a use `motion.tsv` names no journey (`idiom`: `пришёл к выводу`, a step up to
    the furniture, `пошёл к двери`): the biography convention takes no tagged EVENT there for OTHER
    either (the lexicon refused the reading, GUIDELINES 9.21, 9.32)."""
    return token.pos_ == VERB and event_rules.IDIOM in filled(token)


def thing_met(token: Token) -> bool:
    """A verb whose lexicon readings all exclude a thing as its object, with a thing as its object or
    as the subject of its passive (`законопроект был встречен холодно`): the biography convention
    takes no tagged EVENT there for OTHER (types.tsv: a meeting is of people)."""
    entries = readings(token)
    return bool(entries) and all(THING in (entry.excludes or "").split(",") for entry in entries) \
        and THING in filled(token)


def grip_met(token: Token) -> bool:
    """A verb of seizing whose every lexicon reading excludes the body part it seizes by (`схватил его
    за руку`, `поймал мальчика за ухо`: classes.tsv `body`): a grip, no custody, and the biography
    convention takes no tagged EVENT there for OTHER either (GUIDELINES 8.6, 9.38)."""
    entries = readings(token)
    grips = {slot for slot in filled(token) if slot and slot.startswith(GRIP)}
    return bool(entries) and bool(grips) and all(grips & set((entry.excludes or "").split(",")) for entry in entries)


GRIP = "за+Acc="  # the slot of what a person is seized by


def trigger_key(token: Token) -> tuple[str, str]:
    """(lemma, NOUN|VERB): how `seldom.tsv` names a trigger, before its type."""
    return lemma(token), NOUN if token.pos_ == NOUN else VERB


def seldom_trigger(token: Token, entry: Entry) -> bool:
    """A trigger reading NEREL train seldom annotates as an event (`models/events/seldom.tsv`):
    `выступил` with a speech, not `отряд выступил из крепости`."""
    key = trigger_key(token)
    if entry.type == MEETING and lemma(token) in event_rules.visit_slots().get("verb", frozenset()):
        # a visit (`visit`) is a MOVEMENT reading retyped: the seldom test applies to that reading
        # (`к директору пришли рабочие` in news)
        return (*key, MOVEMENT) in event_rules.seldom() or (*key, entry.type) in event_rules.seldom()
    return (*key, entry.type) in event_rules.seldom()


def narrated_step(token: Token) -> bool:
    """A verb whose doer is a person the story follows: a name or a pronoun standing for a person
    or a kinship noun (`kin.tsv`) as its subject (`он рассказал`, `Иван ответил`, `солдат,
    который шёл`, `отец сообщил`), the unwritten subject
    of a finite past (`Через неделю вернулся`), or a gerund or infinitive, whose doer is that of
    its clause (`вернувшись`, `решил уехать`); an event noun that names its person by a name or
    a personal pronoun (`его письмо`, `письмо Толстому`, `обращение Горького`) or that dates the
    story (`после суда`, `во время суда`), and a quantifier subject standing for people (`все
    вышли`, `один из братьев приехал`). An office, a paper
    or a firm as the doer (`пресс-служба рассказала`, `издательство опубликовало`) and an event
    noun without its person (`письмо министерства`) tell no step of a life."""
    if token.pos_ == NOUN:
        if preposition(token) in TEMPORAL or lemma(token.head) in event_rules.frame_nouns():
            return True  # `после суда`, `во время суда`: an occurrence the story dates by
        if received_by_one_followed(token):
            return True  # `Вчера получил письмо от брата`: the message reaches a person the story follows
        return any(child.dep_ in OWNER and (child.ent_type_ == PER or lemma(child) in POSSESSORS or (
            child.pos_ == PRON and bool(features(child, PERSON)))) for child in token.children)
    if gerund_taken_for_name(token):
        return True  # `Приехавши в Тверь, ...`: a gerund, whose doer is that of its clause
    if token.pos_ != VERB:
        return False
    form = verb_form(token)
    if form in ("Conv", "Inf"):
        return True
    subject = subject_of(token)
    if subject is None:  # `Через неделю вернулся`, `был задержан и отправлен в Томск`
        return (form == FINITE and features(token, TENSE) == ["Past"]) or short_passive(token) or present_one(token)
    if (form == "Part" and subject.i == token.head.i and features(subject, "Animacy") == ["Anim"]
            and any(entry.type == MOVEMENT and not troops_only(entry) for entry in readings(token))):
        return True  # `солдаты, шедшие с учений`, as `солдаты, которые шли`: a person the story sees

    return ((subject.pos_ in (PRON, DET, NUM) and people(subject, doubt=False))
            or subject.ent_type_ == PER or subject.pos_ == PROPN or lemma(subject) in event_rules.kin()
            or named_by_station(subject))


def present_one(token: Token) -> bool:
    """The unwritten subject of an imperfective present in the third person singular (`Сюда идёт`,
    `Идёт на смерть`): the narration or a speaker tells what a person of the scene does now. Not the
    first person, the speaker's own formula (`прошу запомнить`), nor a perfective, a future (`попрошу`,
    `расскажу`), nor the third plural (`идут`, `передают`), indefinite-personal."""
    if not (verb_form(token) == FINITE and features(token, TENSE) == ["Pres"]
            and features(token, ASPECT) == ["Imp"] and features(token, NUMBER) == ["Sing"]
            and features(token, PERSON) == ["3"]):
        return False
    if any(child.pos_ in (NOUN, PROPN, PRON) and features(child, CASE) == ["Nom"] for child in token.children):
        return False  # a subject written that the parser took for something else (`который ... возглавляет`)
    for word in token.doc[token.i + 1:sentence_end(token)]:  # a subject after the verb the parser lost
        if word.is_punct:
            return True  # `выступает этот закон` is written; `Идёт на смерть.` is not
        if word.pos_ in (NOUN, PROPN, PRON) and features(word, CASE) == ["Nom"]:
            return False
    return True


def received_by_one_followed(noun: Token) -> bool:
    """A message noun carried by a verb of receiving (`support.tsv`, subject `recipient`) whose
    subject is a person the story follows, written or not (`Вчера получил письмо от брата`, `Иван
    получил известие о смерти отца`): the message reaches that person (GUIDELINES 9.22), a step of
    the life told, though news seldom counts the noun (`seldom.tsv`: `письмо`). An office as the one
    it reaches (`министерство получило письмо`) is no such step."""
    verb = noun.head
    return (noun.dep_ == "obj" and verb.i != noun.i and lemma(verb) in event_rules.receiving_supports()
            and verb_form(verb) != "Inf"  # `мог получить ответы`: no message told as received
            and support_of(noun) is not None and support_of(noun).i == verb.i and narrated_step(verb))


def named_by_station(subject: Token) -> bool:
    """One person named by rank, title or station (`stations.tsv`: `генерал двинулся`, `барин
    приехал`) or by age and sex (`folk.tsv`: `вошёл старик`, `девочка вернулась`): a singular noun
    with no genitive or body's name hanging on it (`хозяин компании`, `капитан команды` are titles news
    names its actors by)."""
    return ((lemma(subject) in event_rules.stations() or lemma(subject) in event_rules.folk())
            and features(subject, NUMBER) != ["Plur"]
            and not any(child.dep_ == "nmod" and (features(child, CASE) == ["Gen"] or child.ent_type_ == ORG)
                        for child in subject.children))


def exception(token: Token) -> bool:
    """A use `exclusions.tsv` names (`приговор суда`, `день рождения`), unless a frame noun
    governs the word (`во время суда`)."""
    word = lemma(token)
    if word not in event_rules.excluded_lemmas():  # no row names it: nothing else to read
        return False
    head = lemma(token.head) if token.head.i != token.i else "-"
    return event_rules.excluded(word, preposition(token), token.dep_, head,
                                head in event_rules.frame_nouns(), slot(token))


def quote_tag(token: Token) -> bool:
    """`-- Да, -- сказал он`, `Он спросил её: «Где ты был?»`: a verb right after the dash that
    closes a quoted line, or right before a colon that opens one, only says who spoke; the line,
    not the verb, is what was said."""
    doc = token.doc
    start = manner_before(token)
    before = [t for t in doc[max(start - 3, 0):start] if not t.is_space]
    if len(before) >= 2 and before[-1].text in DASHES and before[-2].text in LINE_ENDS:
        return True
    after = [t for t in doc[token.i + 1:token.i + 6] if not t.is_space
             and not (t.head.i == token.i and t.dep_ in ("nsubj", "obj", "iobj", "advmod"))]
    if len(after) >= 2 and after[0].text == ":" and (after[1].text in DASHES or after[1].text in QUOTES):
        return True
    return opens_a_line(token)


def manner_before(token: Token) -> int:
    """Where the words of manner right before a verb start (`— Не уходи! — тихо попросил он`, `—
    ласково и строго сказала мать`): the adverbs it governs, and the conjunctions between them;
    the verb's own index when none stands there."""
    start = token.i
    while start > 0 and (word := token.doc[start - 1]).pos_ in (ADV, CCONJ) and (
            word.head.i == token.i or word.head.head.i == token.i) and word.dep_ in ("advmod", "cc", "conj"):
        start -= 1
    while start < token.i and token.doc[start].pos_ == CCONJ:
        start += 1  # `«…», — и пригласил его`: a conjunction joins the verb to the line, it is no manner
    return start


def opens_a_line(token: Token) -> bool:
    """`Прощаясь, мать сказала мне на крыльце:` + a new line `— Пиши чаще.`: the last verb before
    a colon that opens a quoted line (a dash or a quote after it, or the end of the text) only
    says who spoke, however many words stand between."""
    doc, sent = token.doc, token.sent
    colon = next((t for t in doc[token.i + 1:sent.end] if t.text == ":"), None)
    if colon is None:
        return False
    if any(t.pos_ in (VERB, AUX) and verb_form(t) == FINITE for t in doc[token.i + 1:colon.i]):
        return False
    following = next((t for t in doc[colon.i + 1:] if not t.is_space), None)
    return following is None or following.text in DASHES or following.text in QUOTES


def absorbed(token: Token, frames: bool = True) -> bool:
    """`отправил письмо`: the message noun is the object of a verb of its own type; `вышел в
    отставку`, `уход в отставку`, `взят под арест`: the noun fills the frame (a `PREP+Case=LEMMA`
    cell) of its head's reading of its own type, or is no trigger of the lexicon (the tagger's
    EVENT on `плен` of `попал в плен`), one event told by the head (GUIDELINES 4.1 rule 3,
    decision log 9.9). Without `frames` (NEREL's convention, whose news annotation marks
    the noun: `ушёл в отставку` → `отставку`) only the message noun is absorbed."""
    head = token.head
    if token.pos_ != NOUN or head.i == token.i or is_support(head):
        return False
    types = {entry.type for entry in readings(token)}
    if token.dep_ == "obj":
        return any(entry.type in types for entry in readings(head))
    if not frames or token.dep_ not in ("obl", "nmod") or preposition(token) is None or head.pos_ not in (VERB, NOUN):
        return False
    entry = reading(head)
    return (entry is not None and (entry.type in types or not types) and entry.requires is not None
            and f"{slot(token)}={lemma(token)}" in entry.requires.split(","))


def supported(verb: Token) -> Token:
    """The event noun a support verb carries: its subject, else object, else the nearest oblique."""
    nouns = [c for c in verb.children if c.pos_ == NOUN and c.dep_ in SUBJECTS | {"obj", "obl"}
             and event_rules.supports(lemma(verb), lemma(c)) and told(c)]
    return min(nouns, key=lambda c: (c.dep_ == "obl", c.dep_ == "obj", abs(c.i - verb.i)))


def support_of(token: Token) -> Token | None:
    """The verb that carries an event noun: a support verb (`состоялась встреча`), or the verb
    above a frame noun (`принял участие в концерте`, `погиб во время штурма`)."""
    head = token.head
    if token.pos_ != NOUN or head.i == token.i:
        return None
    if is_support(head):
        return head if supported(head) == token else None
    if lemma(head) in event_rules.frame_nouns() and head.head.pos_ == VERB and head.head.i != head.i:
        return head.head
    return None


def nearer_verb(gerund: Token) -> Token | None:
    """A gerund's verb when the parser hung it on a farther one: the finite verb with a subject
    (`finite_subject`) nearest to the gerund in its sentence (no `;` between), when it is strictly nearer
    than the gerund's head (`«...», — подумал Пётр, возвращаясь из гостей` hung on the quoted
    line's predicate)."""
    head = gerund.head
    if verb_form(gerund) != "Conv" or gerund.dep_ != "advcl" or head.i == gerund.i:
        return None
    reach = abs(head.i - gerund.i)
    sent = gerund.sent
    for distance in range(1, reach):
        for i in (gerund.i - distance, gerund.i + distance):
            if not sent.start <= i < sent.end:
                continue
            word = gerund.doc[i]
            if (word.pos_ == VERB and verb_form(word) == FINITE and finite_subject(word) is not None
                    and not any(t.text == ";" for t in gerund.doc[min(i, gerund.i):max(i, gerund.i)])
                    and not clause_opened_after(gerund, word)):
                return word
    return None


def clause_opened_after(gerund: Token, verb: Token) -> bool:
    """The verb is the predicate of a clause a conjunction opens after the gerund (`уведомив
    начальника, что Пётр бежал, сторож ушёл`): the gerund's own complement (what was told), whose
    subject is not the gerund's doer, however the parser hung the clauses."""
    return verb.i > gerund.i and any(child.dep_ == "mark" and gerund.i < child.i < verb.i for child in verb.children)


def finite_subject(verb: Token) -> Token | None:
    """A finite verb's subject: a written one that agrees (a person rather than a thing when it
    has two), else one the parser did not attach (`unattached_subject`)."""
    subjects = [child for child in verb.children if child.dep_ in SUBJECTS and agrees(verb, child)]
    if subjects:
        return next((child for child in subjects if people(child, doubt=False)), subjects[0])
    return unattached_subject(verb) or reported_subject(verb)


def reported_subject(verb: Token) -> Token | None:
    """The unwritten subject of a finite or short passive predicate of a clause a conjunction
    opens (`mark`): a clause of what was said (`ccomp`: `Он признался, что учился в Омске` — he
    studied there) or an adverbial clause (`advcl`: `ночевал на вокзалах, пока не был задержан` —
    he was held) has the main clause's subject when the predicate agrees with it; Russian writes the
    subject when it is another's."""
    head = verb.head
    if verb.dep_ not in ("ccomp", "advcl") or head.i == verb.i or not (verb_form(verb) == FINITE or short_passive(verb)):
        return None
    if not any(child.dep_ == "mark" for child in verb.children) or any(child.dep_ in SUBJECTS for child in verb.children):
        return None
    main = next((child for child in head.children if child.dep_ in SUBJECTS), None)
    if main is None or (verb.dep_ == "ccomp" and main.i > verb.i):
        return None
    number, gender = features(verb, NUMBER), features(verb, GENDER)
    if features(main, NUMBER) != number or (gender and features(main, GENDER) and features(main, GENDER) != gender):
        return None
    person = features(verb, PERSON)
    return main if not person or person == (features(main, PERSON) or ["3"]) else None


def induced(verb: Token) -> Token | None:
    """The one a verb of inducing (`models/syntax/object_control.tsv`) makes act: its dative or accusative object, no
    preposition (`велел ему`, `уговорил брата`); when none is written (`попросил уехать`) the
    infinitive is read as under any other verb."""
    return next((child for child in verb.children if child.dep_ in ("obj", "iobj", "obl")
                 and not preposition(child) and features(child, CASE) in (["Dat"], ["Acc"])), None)


def controller(token: Token) -> Token | None:
    """The subject a gerund or infinitive borrows from the verb it depends on; under a
    predicative or a verb of modality without a subject, its dative (`Нам легко было её
    найти`, `ему пришлось уехать`); under a verb of inducing (`models/syntax/object_control.tsv`) its object
    (`велел брату уехать`)."""
    if gerund_taken_for_name(token):
        # `Простясь с матерью, Иван уехал`: the other subject of the verb it was hung on
        return next((child for child in token.head.children if child.dep_ in SUBJECTS and child.i != token.i
                     and agrees(token.head, child)), None)
    node = token
    nearer = nearer_verb(token)
    if nearer is not None:
        return finite_subject(nearer)
    while node.dep_ == "conj" and node.head.i != node.i and verb_form(node.head) == verb_form(token):
        node = node.head  # `хотел приехать, поговорить с ним и уехать`: the first infinitive's
    while node.dep_ in CONTROL and node.head.i != node.i:
        if verb_form(node) == "Inf" and lemma(node.head) in object_control() and induced(node.head):
            return induced(node.head)  # `велел брату уехать`: the brother leaves
        node = node.head
        for child in node.children:
            if child.dep_ in SUBJECTS:
                return child
        if node.dep_ == "conj" and node.head.pos_ == VERB and node.head.i != node.i:
            # `продал дом и решил уехать`: the verb shares its first conjunct's subject
            shared = [child for child in node.head.children if child.dep_ in SUBJECTS]
            if shared:
                return shared[0]
        if node.pos_ == VERB and (verb_form(node) == FINITE or short_passive(node)):
            found = unattached_subject(node)
            if found is not None:
                return found
        if node.pos_ in (ADJ, ADV) or lemma(node) in event_rules.cues().get("head", {}):
            for child in node.children:
                if not preposition(child) and (child.dep_ == "iobj" or (child.dep_ == "obl" and features(child, CASE) == ["Dat"])):
                    return child
    return None


def dependents(trigger: Trigger) -> Iterator[tuple[Token, str | None]]:
    """Every (token, slot) whose mention may be an argument of the trigger."""
    token = trigger.token
    if token.pos_ == AUX and (trigger.entry is COPULA_VISIT or trigger.entry is COPULA_STAY):  # `я был у Соколовых`: guest and host hang on the host
        yield token.head, f"у+{features(token.head, CASE)[0]}"
        for child in token.head.children:
            if child.i != token.i and child.dep_ not in ("case", "cop"):
                yield child, slot(child)
        return
    sent_on = purpose(token)
    for child in token.children:
        where = slot(child, trigger.passive)
        if sent_on and where in GOING_TO:
            continue  # `поехал лечиться на воды`: where the journey goes, not the treatment
        if child.dep_ in SUBJECTS and not agrees(token, child):
            continue
        if later_conjunct(token, child) is not None:
            continue  # `пришёл к городу и остановился за рекой`: the river is where he stopped
        yield child, where
        if trigger.entry.type == MOVEMENT and (child.dep_ in SUBJECTS or child.ent_type_ == LOC):
            yield from companions(child)
        if preposition(child) and child.pos_ == NOUN and not child.ent_type_:
            yield from ((place, where) for place in places_of(child))
        if child.dep_ in ("obl", "nmod") and child.pos_ == NOUN and not child.ent_type_:
            # `шёл по дороге к Смоленску`: a place name with its own preposition under the noun of a way
            yield from ((name, slot(name)) for name in child.children
                        if name.dep_ == "nmod" and name.ent_type_ == LOC and preposition(name))
        if trigger.entry.type == MOVEMENT and child.dep_ in ("xcomp", "advcl") and purpose(child):
            yield from ((grandchild, slot(grandchild)) for grandchild in child.children
                        if slot(grandchild) in GOING_TO)
        if child.dep_ == "obj" and absorbed(child):
            for grandchild in child.children:
                filled_slot = slot(grandchild)
                if filled_slot == "gen" and trigger.entry.object == RECIPIENT and could_be_dative(grandchild.text):
                    filled_slot = "dat"  # `послал письмо Марии`: the form of both cases is whom the message goes to
                yield grandchild, filled_slot
        if child.dep_ == "advmod" and (lemma(child) in event_rules.cues().get("company", {})
                                       or f"adv={lemma(child)}" in (trigger.entry.requires or "").split(",")):
            # `вместе с братом уехал`: the companion hangs on the adverb; so does the spouse on
            # the adverb of a fixed phrase (`вышла замуж за Белова`: the lexicon's `adv=замуж`)
            yield from ((grandchild, slot(grandchild)) for grandchild in child.children if preposition(grandchild))
    head = token.head
    if coordinated(token):
        for child in head.children:
            if later_conjunct(head, child) is not None and later_conjunct(head, child).i == token.i:
                yield child, slot(child, trigger.passive)  # an oblique the parser hung on the first verb
    shared = shared_object(token) or raised_object(token)
    if shared is not None:
        yield shared, "obj"
    owner = postposed_possessive(token)
    if owner is not None:
        yield owner, "gen"
    host = held_host(token) if token.pos_ == NOUN and trigger.entry.type == MEETING else None
    if host is not None:
        yield host, slot(host)  # `У Анны был вечер`: the host the parser hung on the verb of being
    host = postposed_host(token) if token.pos_ == NOUN and trigger.entry.type == MEETING else None
    if host is not None:
        yield host, "gen"  # `Все вечера Ольги Серовой были шумны`: the host the parser read as a subject
    support = support_of(token)
    if support is not None:
        receiving = trigger.entry.type == MESSAGE and lemma(support) in event_rules.receiving_supports()
        for child in support.children:
            if child.i != token.i and child.i != token.head.i:
                filled_slot = slot(child, passive(support))
                # `получил письмо от брата`: the one who receives a message is its recipient (support.tsv)
                yield child, "dat" if receiving and filled_slot == "subj" else filled_slot
    head = token.head
    if token.pos_ == NOUN and token.dep_ == "nmod" and head.pos_ == NOUN:
        # `жертвы стрельбы в Канаде`: place and time hang on the noun above the event noun
        for child in head.children:
            if child.i != token.i and preposition(child):
                yield child, SETTING
    if token.dep_ == "xcomp" and head.i != token.i:
        # `решил в 1922 году уехать`: the setting of the governing verb is the event's
        for child in head.children:
            if child.dep_ == "obl":
                yield child, SETTING
    has_subject = any(child.dep_ in SUBJECTS and agrees(token, child) for child in token.children)
    taken = form_taken_for_name(token)
    form = "Conv" if taken else verb_form(token)
    shares = coordinated(token) and any(child.dep_ in SUBJECTS and agrees(token, child) for child in token.head.children)
    if not has_subject and not shares and token.pos_ == VERB and (form == FINITE or short_passive(token)):
        if token.dep_ == "conj" and closes_a_clause(token):
            subject = main_subject(token)  # not the subject of the clause it closes
        else:
            subject = (relative_subject(token) or unattached_subject(token) or subject_after(token)
                       or reported_subject(token))
        if subject is not None:
            yield subject, "obj" if trigger.passive else "subj"
    if form in ("Conv", "Inf") and not has_subject:
        subject = controller(token)
        if subject is not None:
            yield subject, "obj" if taken == PASSIVE_PARTICIPLE else "subj"  # `Сосланный ..., Пётр`: the exiled
    if form == "Part" and token.dep_ in ("amod", "acl") and token.head.i != token.i:
        yield token.head, "obj" if trigger.passive else "subj"
    if coordinated(token) and token.head.pos_ == VERB and not has_subject:
        first = token.head
        top = first
        while not any(child.dep_ in SUBJECTS for child in top.children) and coordinated(top):
            top = top.head  # `ночевал, пока не был задержан и отправлен`: the subject of the chain's first
        if top.i != first.i:
            for child in top.children:
                if child.dep_ in SUBJECTS and agrees(token, child):
                    yield child, "obj" if trigger.passive else "subj"
        if not any(child.dep_ in SUBJECTS for child in top.children):
            implicit = relative_subject(top) or reported_subject(top)  # `сказал, что жил там и был выслан`
            if implicit is not None and agrees(token, implicit):
                yield implicit, "obj" if trigger.passive else "subj"
        for child in first.children:
            if child.dep_ in SUBJECTS:
                if agrees(token, child):
                    yield child, "obj" if trigger.passive else "subj"  # `явился и был схвачен`: the patient
            elif child.i < first.i and child.dep_ == "obl":
                yield child, slot(child, passive(first))
            elif trigger.passive and passive(first) and slot(child, True) == "agent":
                yield child, "agent"  # `был задержан патрулём и передан полиции`: one agent for both


def places_of(noun: Token) -> Iterator[Token]:
    """The place names a common noun of a place takes in the genitive (`прибыл на берег Волги`, `подошёл
    к границе Польши`, `жил в окрестностях Тулы`): the part or the vicinity of a named place, the
    genitive of the whole of Russian grammar; the name fills the noun's slot (destination, origin,
    place). Only a noun of a part or the vicinity (`@vicinity` of classes.tsv): `к послу
    Франции`, `в столицу Франции`, `в дом Петрова` name no place of the event."""
    if lemma(noun) not in event_rules.classes().get("vicinity", ()):
        return
    for child in noun.children:
        if child.dep_ == "nmod" and not preposition(child) and child.ent_type_ == LOC and features(child, CASE) == ["Gen"]:
            yield child


def companions(word: Token) -> Iterator[tuple[Token, str | None]]:
    """The companions of a journey the parser hung on the traveller or on the place instead of the
    verb of motion: the comitative `с` + instrumental of a person (`Тётя Вера с сыном Петей
    переехала в Тулу`, `мы с ним`; `уехал в Тверь с Ивановым`, where the parser reads a place's
    companion). A place has no companion, and a traveller's goes with him."""
    for child in word.children:
        if (preposition(child) in ("с", "со") and features(child, CASE) == ["Ins"]
                and child.dep_ in ("nmod", "obl") and people(child, doubt=False)):
            yield child, slot(child)


def postposed_possessive(token: Token) -> Token | None:
    """`о смерти её`, `после отъезда его`: a possessive pronoun right after an event
    noun, which the parser hung elsewhere, is the noun's genitive, unless a noun or adjective
    follows that it would rather modify (`после смерти его отец уехал`)."""
    doc = token.doc
    if token.pos_ != NOUN or token.i + 1 >= len(doc):
        return None
    owner = doc[token.i + 1]
    if owner.lower_ not in PEOPLE_OF:
        return None
    after = doc[owner.i + 1] if owner.i + 1 < len(doc) else None
    if after is not None and after.pos_ in (NOUN, PROPN, ADJ, DET):
        return None
    return owner


def short_passive(token: Token) -> bool:
    """`схвачен`, `был схвачен`: a short passive participle as the predicate."""
    return verb_form(token) == "Part" and "Short" in features(token, "Variant")


def purpose(token: Token) -> bool:
    """An infinitive of purpose under a verb of motion (`поехал учиться`, `пошёл служить`)."""
    head = token.head
    return (verb_form(token) == "Inf" and token.dep_ in ("xcomp", "advcl") and head.i != token.i
            and any(entry.type == MOVEMENT for entry in readings(head)))


def carried(token: Token, mentions: Mentions) -> Iterator[int]:
    """The mention roots a dependent stands for: itself, a name in apposition, conjuncts. A verb
    stands for its clause, no mention (`писал, что его примут на службу и через год`: a date
    the parser coordinated with the clause's verb is no dependent of `писал`), and so does a
    predicate with a copula (`вернулся, а пятнадцатого марта был в дороге`: the day is the
    journey's, not the return's)."""
    if (token.pos_ in (VERB, AUX) or any(child.dep_ == "cop" for child in token.children)) and token.i not in mentions:
        return
    if token.i in mentions:
        yield token.i
    elif token.pos_ in (NOUN, PROPN):  # `братья Орловы`, the first word tagged a name
        # (`Отец мой, Степан Воронов, ...`: the parser hangs the name on the possessive after the noun)
        postposed = [child for child in token.children if child.dep_ == "det" and child.i > token.i]
        for child in [*token.children, *(c for det in postposed for c in det.children)]:
            if child.dep_ in APPOSITION and child.i in mentions and apposed(token, child):
                yield child.i
    for child in token.children:
        if child.dep_ == "conj" and not preposition(child):
            yield from carried(child, mentions)


def apposed(noun: Token, name: Token) -> bool:
    """A name is in apposition when it does not hang on the noun in another case (`друг Блока`)."""
    if name.dep_ != "nmod":
        return True
    if preposition(name) and name.ent_type_:
        return False  # `письмо в Москву`: a name under a preposition is where the thing goes, no apposition
        # (a date under a noun of time still is: `в ночь на 3 марта`)
    return not features(name, CASE) or features(name, CASE) == features(noun, CASE)


def arguments(trigger: Trigger, mentions: Mentions) -> list[Argument]:
    """The arguments of the trigger's dependents (`dependents`). A time of its own clause wins
    over one it shares (`Весной 1906 года Соколов уехал в Пермь и летом 1907 года вернулся
    домой`: `летом 1907 года` is the return's time, `весной 1906 года` the departure's;
    GUIDELINES 5.3: a date is the time of the trigger it depends on)."""
    if abbreviated(trigger.token):
        return entry_arguments(trigger.token, mentions)
    args: list[Argument] = []
    own_time = False
    for token, where in dependents(trigger):
        roots = list(carried(token, mentions))
        for root in roots:
            found = argument(trigger, mentions[root], where)
            if token.head.i == trigger.token.i and any(arg.role == TIME for arg in found):
                own_time = True
            elif own_time or any(arg.role == TIME for arg in found) and own_date(trigger.token, mentions):
                found = [arg for arg in found if arg.role != TIME]
            args.extend(found)
        if roots or (token.pos_ == NOUN and features(token, "Animacy") == ["Anim"] and preposition(token)):
            # a place hanging on a participant belongs to the event (`встретились с Блоком в Ялте`),
            # on a person named by a common noun too (`уехал к дяде в Саратов`)
            for child in token.children:
                if child.i in mentions and mentions[child.i][1] == LOC and preposition(child):
                    args.extend(argument(trigger, mentions[child.i], slot(child)))
    if not any(arg.role == TIME for arg in args):
        args.extend(bracketed_time(trigger.token, mentions))
    unique = []
    for arg in args:
        if arg not in unique and arg.span != (trigger.token.idx, trigger.token.idx + len(trigger.token)):
            unique.append(arg)
    return unique


OWN_YEARS = frozenset({PER, WORK_OF_ART, EVENT})  # names whose bracketed years are their own (a life, a work, a war)


def bracketed_time(token: Token, mentions: Mentions) -> list[Argument]:
    """A date in brackets after the place, body or thing of a trigger with no time of its own is
    its time, as reference books and biographies date a step (`Окончил училище в Петербурге
    (1840)`, `Учился в Московском университете (1916–1921)`); not the years of anyone or anything
    named (`встретил Толстого (1828–1910)`, `прочёл «Анну Каренину» (1877)`, also when the name is
    missed: a proper noun that is no place or body, or an animate noun on the way up), nor one that
    hangs on another verb."""
    doc = token.doc
    for root in range(token.i + 1, token.sent.end):  # the dates written after it in its sentence
        span, kind = mentions.get(root, (None, None))
        if kind != DATE or span.start == 0 or span.end >= len(doc) or span.start < token.i:
            continue
        if doc[span.start - 1].text != "(" or doc[span.end].text != ")":
            continue
        head = doc[root].head
        while head.i != token.i and head.head.i != head.i and head.pos_ in (NOUN, PROPN, ADJ, NUM) \
                and not own_years(head):
            head = head.head
        if head.i == token.i:
            return [Argument(TIME, span.start_char, span.end_char)]
    return []


def own_years(word: Token) -> bool:
    """A word whose bracketed years are its own: a named person, work or event, a proper noun that
    is no place or body, an animate noun (`старого поэта (1770–1840)`)."""
    return (word.ent_type_ in OWN_YEARS or (word.pos_ == PROPN and word.ent_type_ not in PLACES_AND_BODIES)
            or (word.pos_ == NOUN and features(word, "Animacy") == ["Anim"]))


PLACES_AND_BODIES = frozenset({LOC, ORG, FACILITY})


ENTRY_ENDS = frozenset({"–", "—", "-", ";", ")"})


def entry_arguments(token: Token, mentions: Mentions) -> list[Argument]:
    """A reference book's abbreviated event (`abbreviated`) takes the dates and places written
    after it up to the next dash, semicolon, closing bracket or verb outside them (the sentence's
    end at the latest), whatever the parser made of the formula (`(род. 3 (15) мая 1898, Ковров –
    ум. 1937, Москва)`: the date and Ковров are the birth's)."""
    end = token.sent.end
    inside = {i for span, _ in mentions.values() if token.i < span.start < end for i in range(span.start, span.end)}
    args = []
    for word in token.doc[token.i + 2:end]:
        if (word.text in ENTRY_ENDS or word.pos_ in (VERB, AUX)) and word.i not in inside:
            break  # (a verb begins what the entry says next: `ум. 1881 в Москве, похоронен ...`)
        found = mentions.get(word.i)
        if found and found[1] in (DATE, LOC):
            span = found[0]
            args.append(Argument(TIME if found[1] == DATE else PLACE, span.start_char, span.end_char))
    return args


def own_date(token: Token, mentions: Mentions) -> bool:
    """Whether a date mention is the trigger's own dependent (`летом 1907 года вернулся`)."""
    return any(child.i in mentions and mentions[child.i][1] == DATE for child in token.children)


def argument(trigger: Trigger, mention: tuple[Span, str], where: str | None) -> list[Argument]:
    span, kind = mention
    if kind == DATE:
        return [Argument(TIME, span.start_char, span.end_char)]
    if where == SETTING:
        return [Argument(PLACE, span.start_char, span.end_char)] if kind == LOC else []
    name = event_rules.role(trigger.entry, where, kind) if where else None
    return [Argument(name, span.start_char, span.end_char)] if name else []


def governors(token: Token) -> Iterator[Token]:
    """Words above the trigger that can negate it or set its modality."""
    support = support_of(token)
    if support is not None:
        yield support
    node = token
    while node.dep_ == "conj" and node.head.i != node.i and verb_form(node) == "Inf" == verb_form(node.head):
        node = node.head  # `хотел уехать и жениться`: the wish governs both
    for _ in range(3):
        if node.dep_ not in GOVERNING or node.head.i == node.i or indirect_question(node):
            return
        node = node.head
        yield node


def indirect_question(verb: Token) -> bool:
    """`не знал, поедет ли он`: a clause with `ли` after its verb is a question put, not a content
    told; the verb above neither denies it nor sets its modality (`не спросил, уехал ли он`)."""
    return (verb.dep_ in QUESTIONED and verb.head.i < verb.i
            and any(lemma(child) == QUESTION and child.i > verb.i for child in verb.children))


def denied_being(token: Token) -> bool:
    """`Ареста не было`, `между ними не было ссоры`, `такого бала не бывало`: an event noun as the subject
    of `быть` or `бывать`; the negation of the being denies the event (GUIDELINES 4.3 `не было ареста`)."""
    return (token.pos_ == NOUN and token.dep_ in SUBJECTS and token.head.i != token.i
            and lemma(token.head) in (BE, "бывать"))


def not_only(word: Token) -> bool:
    """`не только убивал, но и ...`, `должен был не только принять перемирие`: the `не` of `не
    только ... но и` adds, it does not deny."""
    return word.i + 1 < len(word.doc) and word.nbor(1).lower_ == ONLY


def told_of(token: Token, head: Token) -> bool:
    """`не знала о переговорах`, `не поехал на похороны`: an event noun under a preposition is
    what a verb is about or goes to, not what it carries (`support_of`); the verb's negation
    denies the knowing or the going, not the event named. Not under `до`, the limit a thing comes
    to: `не дошло до драки` denies the fight."""
    return (token.pos_ == NOUN and head.i != token.i and token.head.i == head.i
            and preposition(token) not in (None, UNTIL) and support_of(token) != head)


def expletive(word: Token) -> bool:
    """`служил в Риге, пока не был арестован`: after a conjunction of `cues.tsv` (`expletive`) the
    `не` of a perfective verb denies nothing (until he was arrested, and he was); the verb's other
    cues still count. An imperfective keeps its negation (`пока не болел` — while not ill)."""
    conjunctions = event_rules.cues().get("expletive", {})
    return (features(word, "Aspect") == ["Perf"]
            and any(lemma(child) in conjunctions and child.i < word.i for child in word.children))


def polarity_and_modality(token: Token) -> tuple[str, str]:
    if token.pos_ == AUX and token.dep_ == "cop":
        token = token.head  # `я не был у них`: the negation hangs on the predicate
    table = event_rules.cues()
    heads = list(governors(token))
    cued = [(h, table["head"][lemma(h)]) for h in heads if lemma(h) in table.get("head", {})]
    refusal = next((h for h, value in cued[:1] if value == NEGATIVE), None)
    modality = next((value for _, value in cued if value != NEGATIVE), None)
    prep = preposition(token)
    if modality is None and prep and features(token, CASE):
        modality = table.get("prep", {}).get(f"{prep}+{features(token, CASE)[0]}")
    above = heads[:1] or ([token.head] if denied_being(token) else [])
    values = [table["child"][lemma(child)] for word in [token, *above] for child in word.children
              if lemma(child) in table.get("child", {})
              and not (table["child"][lemma(child)] == NEGATIVE and (expletive(word) or told_of(token, word)
                                                                      or not_only(child)))]
    polarity = NEGATIVE if NEGATIVE in values else "positive"
    if refusal is not None:  # `отказался ехать`: the refusal denies the going; `не отказался ехать` does not
        refused = not any(table.get("child", {}).get(lemma(child)) == NEGATIVE for child in refusal.children)
        polarity = NEGATIVE if refused else "positive"
    if modality is None:
        modality = next((v for v in values if v != NEGATIVE), "asserted")
    return polarity, modality


def by_sentence(doc: Doc, mentions: Mentions) -> dict[int, list[tuple[Span, str]]]:
    """The mentions of each sentence, keyed by the sentence's first token."""
    start_of = bounds(doc).start  # token → its sentence's first token (`morphosyntax/sentences.py`)
    grouped: dict[int, list[tuple[Span, str]]] = {}
    for root, mention in sorted(mentions.items()):
        grouped.setdefault(start_of[root], []).append(mention)
    return grouped


def candidates(trigger: Token, mentions: Iterable[tuple[Span, str]],
               taken: set[tuple[int, int]]) -> Iterator[tuple[str, Span]]:
    """(path signature, mention) for the named and date mentions of the trigger's sentence
    that are not yet its arguments."""
    for span, kind in mentions:
        if kind == PRON or (span.start_char, span.end_char) in taken or span.start <= trigger.i < span.end:
            continue
        signature = event_paths.path(trigger, span.root, kind, preposition(span.root))
        if signature is not None:
            yield signature, span


def path_arguments(trigger: Token, mentions: Iterable[tuple[Span, str]], found: list[Argument]) -> list[Argument]:
    """Arguments along the paths NEREL train links (`models/events/paths.tsv`); a trigger the
    slot rules gave a time takes no second one along a path (`уехал в марте и в мае
    вернулся`: `в марте` is no time of `вернулся`)."""
    table = event_paths.learned_paths()
    timed = any(Argument.of(arg).role == TIME for arg in found)  # the slots gave it its time
    return [Argument(table[signature], span.start_char, span.end_char)
            for signature, span in candidates(trigger, mentions, taken(found))
            if signature in table and not anothers_setting(trigger, span)
            and not (timed and table[signature] == TIME) and not refused_subject(trigger, span.root)
            and not anothers_subject(trigger, span.root) and not under_event_noun(trigger, span.root)]


def under_event_noun(trigger: Token, word: Token) -> bool:
    """A mention below an event noun under a preposition that hangs below the trigger is the noun's
    argument, not the trigger's: `поехал для переговоров с генералом Мюратом` (the general is a side
    of the negotiations, not of the going; GUIDELINES 9.38), `уехал после смерти графа Орлова`. Not
    below the trigger's own object or subject (`написал письмо в Москву`: the letter's way is the
    writing's)."""
    between = []
    node = word.head
    while node.i != trigger.i:
        if node.head.i == node.i:
            return False  # the trigger is not above the mention: the path rises first
        between.append(node)
        node = node.head
    return any(node.pos_ == NOUN and preposition(node) is not None
               and any(entry.type != event_rules.OTHER for entry in readings(node)) for node in between)


def anothers_subject(trigger: Token, word: Token) -> bool:
    """The subject of another verb, when the trigger has a subject of its own, written or shared
    with the verb it is coordinated with: no learned path gives it to the trigger (`Иван остался
    дома, а его брат уехал в Тулу`: Иван does not go; `..., а сосед позвонил нам и рассказал о
    пожаре`: `рассказал` is the neighbour's)."""
    if word.dep_ not in SUBJECTS:
        return False
    holder = trigger
    while not any(child.dep_ in SUBJECTS for child in holder.children):
        if holder.dep_ != "conj" or holder.head.i == holder.i:
            return False
        if closes_a_clause(holder):
            return True  # `Иван, узнав, что Пётр арестован, уехал`: Пётр's is the clause `уехал` closes
        # the conjunct just before it: UD hangs every conjunct on the first one
        earlier = [conj for conj in holder.head.children if conj.dep_ == "conj" and conj.i < holder.i
                   and conj.pos_ in (VERB, AUX)]
        holder = max(earlier, key=lambda conj: conj.i) if earlier else holder.head
    return word.head.i != holder.i


def refused_subject(trigger: Token, word: Token) -> bool:
    """A subject the parser gave the trigger that does not agree with it (`agrees`): the slot rules
    refused it, and no learned path brings it back."""
    return word.head.i == trigger.i and word.dep_ in SUBJECTS and not agrees(trigger, word)


def later_conjunct(verb: Token, child: Token) -> Token | None:
    """The verb coordinated with `verb` that an oblique of `verb` belongs to: the last conjunct
    written between them (`Он уехал и к вечеру вернулся с братом`, `пришёл к городу и
    остановился за рекой`: the parser hangs the oblique on the first verb, but a word after the
    second verb is the second verb's; a dependent of the first cannot stand past the second)."""
    if child.dep_ not in ("obl", "iobj") or verb.pos_ != VERB or child.i < verb.i:
        return None
    later = [conj for conj in verb.children if coordinated(conj) and conj.i < child.i]
    return max(later, key=lambda conj: conj.i) if later else None


def anothers_setting(trigger: Token, span: Span) -> bool:
    """A date or place that hangs on another verb is that verb's time or place, not a verb
    trigger's (GUIDELINES 5.3: `уехал, а 5 мая вернулся` — the day is the return's), and so is
    one hung on the trigger past a verb coordinated with it (`later_conjunct`), unless it stands before the first of two coordinated verbs, which share it (`В 1920 году он
    уехал в Крым и написал поэму`)."""
    head = span.root.head
    if head.i == trigger.i and later_conjunct(trigger, span.root) is not None:
        return True  # it stands after the verb coordinated with the trigger: that verb's
    if trigger.pos_ != VERB or head.pos_ != VERB or head.i in (trigger.i, span.root.i):
        return False
    return not (coordinated(trigger) and trigger.head.i == head.i and span.end <= head.i)


def zero_subject(trigger: Trigger, zeros: dict[tuple[int, int], tuple]) -> list[Argument]:
    """The unwritten subject of the trigger's predicate (`coref/stage.py`: one mention on the
    first of coordinated verbs, on `был` of `был арестован`); a gerund or infinitive without a
    subject takes that of the predicate it depends on (`Вернувшись в Москву, поселился у брата`)."""
    token = trigger.token
    if any(child.dep_ == "nsubj" for child in token.children) and not trigger.passive:
        return []  # the subject is written
    if token.pos_ == VERB and subject_after(token) is not None:
        return []  # the subject is written after the verb (`утром пришёл к нам Пётр и рассказал`)
    if verb_form(token) in ("Conv", "Inf") and controller(token) is None:
        while token.dep_ in CONTROL and token.head.i != token.i and verb_form(token) != "Fin":
            token = token.head
    found = zeros.get((token.idx, token.idx + len(token)))
    main = relative_verb(token) if found is None else None
    if main is not None and not any(child.dep_ in SUBJECTS for child in main.children):
        found = zeros.get((main.idx, main.idx + len(main)))  # `учился в Омске, где был задержан`: his
    if found is None:
        return []
    span, named, members = found
    name = event_rules.role(trigger.entry, "obj" if trigger.passive else "subj", PRON)
    return [Argument(name, *span, named, members=members)] if name else []


def given_away(token: Token, mentions: Mentions) -> list[Argument]:
    """Mentions an infinitive of purpose leaves to its verb of motion (`поехал лечиться в Ялту`:
    the destination of `поехал`), which no learned path may give back to the infinitive."""
    if not purpose(token):
        return []
    return [Argument(PLACE, *mention_span(mentions[root][0]))
            for child in token.children if slot(child) in GOING_TO for root in carried(child, mentions)]


def mention_span(span: Span) -> tuple[int, int]:
    return span.start_char, span.end_char


def taken(args: Iterable[Sequence]) -> set[tuple[int, int]]:
    """The spans the arguments already name: their own and their antecedents'."""
    found = [Argument.of(arg) for arg in args]
    return ({arg.span for arg in found} | {arg.antecedent for arg in found if arg.antecedent}
            | {member for arg in found for member in arg.members})


def narrated(token: Token, polarity: str, modality: str, args: Sequence[Argument]) -> bool:
    """Whether an event takes the date in force: a finite verb, a gerund or a short passive
    participle the narration asserts (`Через неделю вернулся`, `вернувшись`, `был задержан`), whose
    clause names no time. An event noun (`революции`, `войне`), an
    infinitive (`собирался уехать`), a negated event, one in direct speech and one told in the
    future (`его вышлют`: after the date in force, GUIDELINES 8.4) are no step of the narrative."""
    if features(token, TENSE) == ["Fut"]:
        return False
    forms = features(token, VERBFORM)
    taken = form_taken_for_name(token) == "Conv"
    told = FINITE in forms or "Conv" in forms or ("Part" in forms and "Short" in features(token, "Variant")) or taken
    return ((token.pos_ in (VERB, AUX) or taken) and told and modality == ASSERTED
            and polarity == POSITIVE and not in_speech(token) and not any(arg.role == TIME for arg in args))


def recapped(doc: Doc, mentions: Mentions) -> dict[int, Span]:
    """Sentences that a next one only dates (`Он бежал. Это случилось 5 мая 1850 года.`,
    `recaps.tsv`), by their first token, with that date: the explicit time of what they tell
    (GUIDELINES 8.4). The dating sentence is in the same paragraph, its verb has the pronoun
    subject and the date as a dependent, and nothing else is a mention."""
    table = event_rules.recaps()
    sentences = list(doc.sents)
    found = {}
    text = doc_text(doc)  # built once, from the Doc's arrays: `Doc.text` joins every token on each call
    for before, sent in zip(sentences, sentences[1:]):
        verb = sent.root
        if lemma(verb) not in table.get("verb", ()) or "\n\n" in text[before.end_char:sent.start_char]:
            continue
        if not any(child.dep_ in SUBJECTS and lemma(child) in table.get("subject", ()) for child in verb.children):
            continue
        inside = [mention for root, mention in mentions.items() if sent.start <= root < sent.end]
        dates = [span for span, kind in inside if kind == DATE and span.root.head.i == verb.i]
        if len(dates) == 1 and len(inside) == 1:
            found[before.start] = dates[0]
    return found


class EventExtractor:
    """Adds `doc._.events`: {type, trigger: (start, end), args: (Argument, ...), polarity,
    modality}; an `Argument` (`labels.py`) is a tuple, as DocBin gives it back. A pronoun argument
    whose person is known (`coref/stage.py`) names that person's name as its antecedent; the
    unwritten subject of a finite-verb trigger is an argument whose span is the verb.
    `learned_paths` adds the arguments of the NEREL-trained path table to those of the slot rules."""

    def __init__(self, learned_paths: bool, convention: str = BIOGRAPHY) -> None:
        if convention not in CONVENTIONS:
            raise ValueError(f"unknown event convention {convention!r}: one of {', '.join(CONVENTIONS)}")
        self.learned_paths, self.convention = learned_paths, convention

    def __call__(self, doc: Doc) -> Doc:
        mentions = mention_index(doc)
        sentences = by_sentence(doc, mentions) if self.learned_paths else {}
        persons = {(start, end): (named, members) for start, end, _, named, members, *_ in doc._.mentions or []}
        zeros = {tuple(verb): ((start, end), named, members)
                 for start, end, kind, named, members, verbs in doc._.mentions or [] for verb in verbs}
        date_in_force = in_force(doc)
        # a date in an aside (`(в 1762 году он бывал там)`, a clause between dashes) dates only
        # the events inside it (`dates/narrative.aside`)
        asides = {(date.start_char, date.end_char): bounds for date in doc.spans.get(DATES, [])
                  if (bounds := aside(date)) is not None}
        events = []
        for trigger in triggers(doc, convention=self.convention):
            token = trigger.token
            polarity, modality = polarity_and_modality(token)
            args = [arg._replace(antecedent=persons[arg.span][0], members=persons[arg.span][1])
                    if arg.span in persons else arg for arg in arguments(trigger, mentions)]
            zero = zero_subject(trigger, zeros)
            # one person once: the unwritten subject (GUIDELINES 8.7) over a word found for it
            # elsewhere (`приехал в Тверь, где был арестован`: `был`, not the name again)
            same = {(arg.role, arg.antecedent) for arg in zero if arg.antecedent}
            args = [arg for arg in args if (arg.role, arg.antecedent or arg.span) not in same] + zero
            if self.learned_paths:
                args += path_arguments(token, sentences.get(token.sent.start, []), args + given_away(token, mentions))
            args = [arg for arg in args if arg.role != TIME or arg.span not in asides
                    or asides[arg.span][0] <= token.idx < asides[arg.span][1]]
            if narrated(token, polarity, modality, args) and (date := date_in_force(token.idx)) is not None:
                args.append(Argument(TIME, date.start_char, date.end_char, inferred=True))
            events.append({
                "type": trigger.entry.type,
                "trigger": (token.idx, token.idx + len(token)),
                "args": tuple(args),
                "polarity": polarity, "modality": modality,
            })
        unbirth(events, doc)
        dated = recapped(doc, mentions)
        for event in events:
            told = doc.char_span(*event["trigger"])
            date = dated.get(told.sent.start) if told is not None else None
            if date is not None and event["polarity"] == POSITIVE and event["modality"] == ASSERTED and not any(
                    Argument.of(arg).role == TIME and not Argument.of(arg).inferred for arg in event["args"]):
                event["args"] = tuple(arg for arg in event["args"] if Argument.of(arg).role != TIME) + (
                    Argument(TIME, date.start_char, date.end_char),)
        doc._.events = events
        return doc


def unbirth(events: list[dict], doc: Doc) -> None:
    """A birth's own day or month dates no other event as the date in force (GUIDELINES 8.4: an
    inferred time only for an event within it): `родился 23 марта 1956 года в Москве, окончил
    МГУ` — the life told after a birth goes on for years from that day. A year of birth may
    still be the year of what follows (`В 1870 году родился сын; отец служил тогда в Калуге`)."""
    days = {(d.start_char, d.end_char) for d in doc.spans.get(DATES, []) if DAY_OR_MONTH.match(d._.value or "")}
    births = {Argument.of(arg).span for event in events if event["type"] == BIRTH for arg in event["args"]
              if Argument.of(arg).role == TIME and not Argument.of(arg).inferred and Argument.of(arg).span in days}
    if not births:
        return
    for event in events:
        if event["type"] != BIRTH:
            event["args"] = tuple(arg for arg in event["args"] if not (
                Argument.of(arg).inferred and Argument.of(arg).span in births))


@Language.factory("letopis_events", default_config={"learned_paths": True, "convention": BIOGRAPHY},
                  requires=["doc.ents", "doc.spans", "token.pos", "token.morph", "token.lemma", "token.dep",
                            "token.head", "span._.value"],
                  assigns=["doc._.events"])
def create(nlp: Language, name: str, learned_paths: bool, convention: str) -> EventExtractor:
    return EventExtractor(learned_paths, convention)
