"""One label per name in a document, and no sentence-initial word glued to a name by its capital.

- A repeated name (the same lemmas) labelled PER in most of its mentions is PER in all of
  them; so for LOC and ORG. A tie changes nothing. A person's full name (`Иван Орлов`) votes
  with the one-word mentions of its surname (`Орлова`), as one cluster.
- A name that opens its sentence begins with its first word only when the NEREL-trained tagger
  puts that word in a name too, and the word is no verb, adverb or pronoun: `Пишу Сергееву` is
  `Сергееву`, whatever the capital suggested to slovnet, the rules or the tagger (news text,
  which it learned from, seldom opens a sentence with a verb).
- A one-word name that opens its sentence (or a line of dialogue) is a name only when the
  document writes the word with a capital inside a sentence too, or the dictionary has a name
  among its readings or does not know the word: `Стол был накрыт` and `Братья, в шинелях, ...`
  lose the PER slovnet read from the capital; `Чехов встретил ...` keeps it.
- A surname no model tags is decided once per document (issue 11 item 4): a capitalised
  surname-shaped word written twice or more, once inside a sentence, or once after a noun of
  rank, is a person in every mention (`Синев`, which pymorphy3 reads as a gerund).
- Two capitalised words read as one name whose cases cannot agree are two names (`От Петровой
  Иван`); an adjective opening a sentence before a first name is an epithet (`Кривой Степан`).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from spacy.attrs import IDX, IS_ALPHA, LEMMA, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from letopis.lexicons import person_verbs
from letopis.coref.names import CONSONANTS, name_variants, plain
from letopis.entities.conventions import LETOPIS, convention
from letopis.entities.foreign import bracketed_names
from letopis.entities.no_names import NAME_GRAMMEMES, common, function_reading, no_name, station_words
from letopis.entities.normalize import CASES as PYMORPHY_CASES
from letopis.export.records import doc_text
from letopis.entities.rules import NOT_NAMES, fine_type as place_fine_type, honorific_at, latin_word, numbered, opening_capital, opens_clause, persons_name, quoted, ranks, table, verb_form
from letopis.extensions import ENTITIES, TAGGER
from letopis.labels import EVENT, FACILITY, LOC, ORG, PER, WORK_OF_ART
from letopis.ud import ADJ, ADP, CCONJ, DET, INTJ, NOUN, PART, PRON, SCONJ
from letopis.morphosyntax.lemma import parses
from letopis.morphosyntax.memo import doc_table
from letopis.morphosyntax.sentences import bounds
from letopis.resources import load_mapping, load_table
from letopis import words
from letopis.words import lemma, model_word

NAME_TYPES = frozenset({PER, LOC, ORG})  # the labels one name is confused between


def name_key(span: Span) -> str:
    return " ".join(lemma(token) for token in span)


def surname_keys(spans: list[Span]) -> set[str]:
    """The last words (lemmas) of the names of more than one word labelled PER."""
    return {lemma(span[-1]) for span in spans if span.label_ == PER and len(span) > 1}


def vote_key(span: Span, surnames: set[str]) -> str:
    """A one-word name that ends a person's full name votes with that person's mentions (its
    cluster: `Иван Орлов`, `Орлова`, `Орлов`); any other name with its own repetitions."""
    if span.label_ == PER and len(span) > 1 and lemma(span[-1]) in surnames:
        return lemma(span[-1])
    return name_key(span)


def majority_labels(spans: list[Span], places: frozenset[tuple[int, int]] = frozenset()) -> dict[str, str]:
    """Name key → the label most of its mentions have, where one label has most; a person's
    full names vote for the one-word mentions of the surname. A mention in a form only a place
    takes (`places`: `на Дону`) counts `PLACE_VOTES` times."""
    votes: dict[str, Counter] = defaultdict(Counter)
    surnames = surname_keys(spans)
    for span in spans:
        if span.label_ in NAME_TYPES:
            weight = PLACE_VOTES if (span.start, span.end) in places else 1
            votes[vote_key(span, surnames)][span.label_] += weight
    decided = {}
    for key, counts in votes.items():
        (best, n), *rest = counts.most_common()
        if not rest or rest[0][1] < n:
            decided[key] = best
    return decided


def opens_sentence(token: Token) -> bool:
    """No word before the token in its sentence (a dash or quote opening a line of dialogue
    is no word)."""
    first = bounds(token.doc).first[token.i]  # `morphosyntax/sentences.py`: no Span, no Tokens
    return first < 0 or first >= token.i


# Particles written after a hyphen (`Слушайте-ка`, `На-ко`, `Ну-те`); models/entities/particles.tsv.
def particles() -> tuple[str, ...]:
    return tuple(load_mapping("entities/particles.tsv"))


def spoken_forms(word: str) -> set[str]:
    """What a drawled, stuttered or particle-tailed word of speech says: `ага-а` → ага, `ффу`
    → фу, `ва-вас` → вас, `пу-у-шка` → пушка, `слушайте-ка` → слушайте."""
    forms = {re.sub(r"(.)\1+", r"\1", word.replace("-", ""))}
    parts = word.split("-")
    if len(parts) > 1 and all(parts[-1].startswith(p) for p in parts[:-1] if p):
        forms.add(parts[-1])
    forms |= {word[:-len(tail) - 1] for tail in particles() if word.endswith("-" + tail)}
    return forms - {word, ""}


def spoken_word(span: Span) -> bool:
    """A one-word name that is a word of speech drawn out, stammered or with a particle: the
    written form unknown to the dictionary (or doubled in its first letter, `Ффу`), one of the
    forms it says known with no name among its readings (`Ага-а`, `На-ко`, `Пу-у-шка`; not the
    drawled call of a surname, `Жуко-ов`, which the dictionary knows as one)."""
    if len(span) != 1 or not span[0].text[:1].isupper():
        return False
    word = model_word(span[0]).lower()
    if "-" not in word and not (len(word) > 2 and word[0] == word[1]):
        return False
    if any(r.is_known for r in parses(word)):
        return False
    for form in spoken_forms(word):
        readings = parses(form)
        if readings and all(r.is_known for r in readings) and not any(
                NAME_GRAMMEMES & r.tag.grammemes for r in readings):
            return True
    return False


def read_in_case(token: Token, grammemes: frozenset[str]) -> bool:
    """The dictionary has a reading of the word with these grammemes in the case it is tagged
    with (`Перфильева`: a surname in the genitive)."""
    case = PYMORPHY_CASES.get(next(iter(token.morph.get("Case")), ""))
    return case is not None and any(grammemes & r.tag.grammemes and r.tag.case == case
                                    for r in parses(model_word(token).lower()))


def glued_place_and_person(span: Span) -> list[Span] | None:
    """Two capitalised words read as one place that are a place and a person side by side, in
    different cases (`под Казанью Перфильева`, `из Бузулука Державин`): the first a place in the
    dictionary in its case, the second a surname or first name in its own; they part."""
    if span.label_ != LOC or len(span) != 2 or not all(t.text[:1].isupper() for t in span):
        return None
    first, second = span
    cases = first.morph.get("Case"), second.morph.get("Case")
    if not all(cases) or cases[0] == cases[1]:
        return None
    if not (read_in_case(first, frozenset({"Geox"})) and read_in_case(second, frozenset({"Surn", "Name"}))):
        return None
    place, person = Span(span.doc, first.i, first.i + 1, label=LOC), Span(span.doc, second.i, second.i + 1, label=PER)
    place._.fine_type = span._.fine_type
    person._.fine_type = None
    return [place, person]


def cases_of(token: Token) -> set[str]:
    """Every case the dictionary reads the word in (the guessed readings of an unknown word too)."""
    return {r.tag.case for r in parses(model_word(token).lower()) if r.tag.case}


def has_reading(token: Token, grammemes: frozenset[str]) -> bool:
    return any(grammemes & r.tag.grammemes for r in parses(model_word(token).lower()))


def glued_names(span: Span) -> list[Span] | None:
    """Two capitalised words read as one name whose cases cannot agree (no case of the first's
    readings is a case of the second's readings as a surname or first name, which include the
    nominative, and the first has none): two names side by side, not one (`От Петровой
    Иван пошёл`, `Петровой Иван не писал`). A first name and its surname agree in case and stay
    one (`Ивана Петрова`), and a first word that is a first name or patronymic or that the
    dictionary does not know is never parted (`Уильям Фэллон`, foreign names it guesses), unless the
    second is a first name the dictionary knows too (`встретил Олю Степан`: two persons). The first part is a
    place when the dictionary reads it as one or a preposition governs it and it is no person's
    name; a person when it reads as a name; else it keeps the span's label."""
    if span.label_ not in (PER, LOC) or len(span) != 2 or not all(t.text[:1].isupper() and t.is_alpha for t in span):
        return None
    first, second = span
    if (opens_sentence(first) and common_word(first)) or not has_reading(second, frozenset({"Surn", "Name"})):
        return None
    readings = parses(model_word(first).lower())
    if not readings or not all(r.is_known for r in readings) or has_reading(first, frozenset({"Patr"})) or (
            has_reading(first, frozenset({"Name"})) and not (has_reading(second, frozenset({"Name"}))
                                                            and all(r.is_known for r in parses(model_word(second).lower())))):
        return None  # a first name before a surname is one name (`Павел Мамаев`), and so is a word the dictionary
        # guesses; two first names the dictionary knows, whose cases cannot agree, are two persons (`Олю
        # Степан`; not `Александру Коллонтай`, a surname it guesses as a first name)
    one = cases_of(first)
    two = {r.tag.case for r in parses(model_word(second).lower()) if {"Surn", "Name"} & r.tag.grammemes}
    if "nomn" not in two or "nomn" in one or one & two:
        return None  # a name in an oblique case, then one in the nominative
    person_name = has_reading(first, frozenset({"Surn"}))
    after_preposition = span.start > 0 and span.doc[span.start - 1].pos_ == ADP
    if has_reading(first, frozenset({"Geox"})) or (after_preposition and not person_name):
        label = LOC
    else:
        label = PER if person_name else span.label_
    place, person = Span(span.doc, first.i, first.i + 1, label=label), Span(span.doc, second.i, second.i + 1, label=PER)
    place._.fine_type = span._.fine_type if label == LOC == span.label_ else None
    person._.fine_type = None
    return [place, person]


MIXED_SCRIPT = re.compile(r"^(?=[^-]*[а-яё])(?=[^-]*[a-z])[^-]*$", re.I)  # one part of a word, hyphens apart (`IT-компаний` is fine)


def mixed_script(span: Span) -> bool:
    """A name with a word mixing Cyrillic and Latin letters (`Гa`: a French word garbled in the
    text's encoding): no name is written so."""
    return any(MIXED_SCRIPT.match(part) for word in span.text.split() for part in word.split("-"))  # the tokenizer may part the scripts


def place_only(span: Span) -> bool:
    """A one-word person after a preposition of place or direction whose every dictionary reading
    is a known place name (`к Неве`: only the river; not `Пугачёв`, also a surname, nor a word
    the dictionary does not know): a mention in a place's form, which votes as one (`PLACE_VOTES`),
    so that a nickname that is also a town (a boy called by a town's name in many mentions) stays a
    person."""
    if span.label_ != PER or len(span) != 1:
        return False
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is None or lemma(before) not in PLACE_GOVERNORS:
        return False  # `капитана Сомова`, `У Твери было`: no preposition of place, no place
    readings = parses(model_word(span[0]).lower())
    return bool(readings) and all(r.is_known and "Geox" in r.tag.grammemes for r in readings)


def adjective_place(span: Span, surnames: set[str]) -> bool:
    """A one-word person after a preposition of place or direction that the dictionary knows
    only as a feminine adjective (no surname reading: `на Верхнюю`, a fortress
    or a station named by its adjective; `Раевской`, `Волконской` have one), and that ends no
    person's full name in the document (`Анна Ильинская`): a mention in a place's form, which votes
    as one (`PLACE_VOTES`)."""
    if span.label_ != PER or len(span) != 1 or span.start == 0 or lemma(span.doc[span.start - 1]) not in PLACE_GOVERNORS:
        return False
    if lemma(span[0]) in surnames:
        return False
    readings = parses(model_word(span[0]).lower())
    return bool(readings) and all(r.is_known and r.tag.POS == "ADJF" and r.tag.gender == "femn"
                                  and not NAME_GRAMMEMES & r.tag.grammemes for r in readings)


def location_cases(preposition: str) -> set[str] | None:
    """The cases in which a preposition of location puts a place (`location_cases.tsv`), or None."""
    cases = table("location_cases").get(preposition)
    return None if cases is None else set(cases.split())


def unknown_place(span: Span, persons: set[str]) -> bool:
    """A one-word person the dictionary does not know at all (every reading guessed), after a
    preposition of location in a case it puts a place in (`бой при Ворсинге`, `лавка на
    Сенцовке`): a town, a street or a field no dictionary lists, not a person, whom `при`, `в` or
    `на` in the locative seldom govern and whose name the dictionary mostly knows (`при Кутузове`,
    `при Петре` stay). Not where the document names a person by a word of the same stem (`Кузяш
    молчал. При Кузяше ...`: the lemmatiser guesses the two forms apart, so they do not vote)."""
    if span.label_ != PER or len(span) != 1 or span.start == 0 or not span[0].is_alpha:
        return False
    cases = location_cases(span.doc[span.start - 1].text.lower())
    word = model_word(span[0]).lower()
    readings = parses(word)
    if cases is None or not readings or any(r.is_known for r in readings) or not any(r.tag.case in cases for r in readings):
        return False
    stem = word[:max(3, len(word) - 2)]
    return not any(other != word and other.startswith(stem) for other in persons)


def person_words(spans: list[Span]) -> set[str]:
    """The words, lower-cased, of the spans labelled PER that no preposition governs (`Кузяш
    молчал`; not `у Гольдбаха`, a place as likely as a person: `у` governs a man's house and a
    town alike, so a word after it tells nothing of what the word names)."""
    return {model_word(token).lower() for span in spans if span.label_ == PER
            and not (span.start > 0 and span.doc[span.start - 1].pos_ == ADP) for token in span}


def adjective_of_thing(span: Span) -> bool:
    """A one-word person that is an adjective of a lower-case inanimate noun beside it, in its
    case, gender and number: `Божий закон` (a subject of study), `Петровского поста` (a fast
    named by its saint's day). Before the noun the word's likeliest reading is an
    adjective and none is a name the dictionary knows; after it every reading is an adjective
    the dictionary knows, so that a surname it only guesses stays (`дом Болконского`)."""
    if span.label_ != PER or len(span) != 1:
        return False
    word, doc = span[0], span.doc
    readings = parses(model_word(word).lower())
    if not readings or readings[0].tag.POS != "ADJF" or any(r.is_known and PERSON_GRAMMEMES & r.tag.grammemes for r in readings):
        return False
    known_adjective = all(r.is_known and r.tag.POS == "ADJF" for r in readings)
    for j, needs_known in ((span.end, False), (span.start - 1, True)):
        if 0 <= j < len(doc) and (known_adjective or not needs_known) and thing_agreeing(doc[j], word):
            return True
    return False


def thing_agreeing(noun: Token, word: Token) -> bool:
    """A lower-case inanimate noun that the dictionary reads in a case, gender and number of the
    word read as an adjective (`закон Божий`; the tagger's own cases of a capitalised adjective
    are unsure)."""
    if noun.pos_ != NOUN or not noun.text[:1].islower() or "Anim" in noun.morph.get("Animacy"):
        return False
    forms = {(r.tag.case, r.tag.number, r.tag.gender) for r in parses(model_word(word).lower()) if r.tag.POS == "ADJF"}
    return any(r.tag.POS == "NOUN" and r.tag.animacy == "inan" and (r.tag.case, r.tag.number, r.tag.gender) in forms
               for r in parses(model_word(noun).lower()))


INSIDE_OF = frozenset({ORG, EVENT, WORK_OF_ART})  # the names a place is named inside (GUIDELINES 2.4)


def places_inside(spans: list[Span]) -> list[Span]:
    """A place named inside a longer name of another type is annotated too (GUIDELINES 2.4:
    `война в Корее` → EVENT and LOC `Корее`): a capitalised word inside an organisation, an event
    or a title of more than one word (`«Эхо Москвы»`, `Дни поэзии на Алтае`, `«Вестник Европы»`),
    whose likeliest dictionary reading is a place it knows and none a person's name, where no
    span has it already. Adjectives are not places (2.2: `Московский университет` has none)."""
    covered = {(s.start, s.end) for s in spans}
    new = []
    for outer in spans:
        if outer.label_ not in INSIDE_OF or len(outer) < 2:
            continue
        for token in outer:
            if not token.text[:1].isupper() or not token.is_alpha or (token.i, token.i + 1) in covered:
                continue
            readings = parses(model_word(token).lower())
            if readings and readings[0].is_known and "Geox" in readings[0].tag.grammemes and readings[0].tag.POS == "NOUN" \
                    and not any(PERSON_GRAMMEMES & r.tag.grammemes for r in readings):
                place = Span(outer.doc, token.i, token.i + 1, label=LOC)
                place._.fine_type = place_fine_type(place)
                covered.add((token.i, token.i + 1))
                new.append(place)
    return new


# a family's plural of a possessive surname (`у Лапиных`, `с Сомовыми`)
FAMILY = re.compile(r"^[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын)(?:ых|ыми)$")


def family_name(span: Span) -> bool:
    """A one-word place or body that is the plural of a possessive surname the dictionary reads
    as one and knows as no place (`Хозяйство Лапиных`, `к Сомовым`): a family, a person's label
    (GUIDELINES 2.4: `квартира Ивановых`)."""
    return (span.label_ in (LOC, ORG) and len(span) == 1 and bool(FAMILY.match(span.text))
            and has_reading(span[0], frozenset({"Surn"})) and not has_reading(span[0], frozenset({"Geox"})))


# Prepositions after which a word the dictionary knows only as a place is read as that place
PLACE_GOVERNORS = frozenset({"в", "во", "на", "из", "к", "ко", "до", "под", "за", "через"})
# A Russian surname's shape: a possessive suffix and a case ending (`Синев`, `Синеву`, `Лапиным`)
SURNAME = re.compile(r"^(.{2,}(?:ов|ев|ёв|ин|ын))(?:а|у|ым|ом|е|ы|ых|ыми|ой)?$")  # `-ой`: a woman's, `Сомовой`
# pymorphy3's parts of speech no surname-shaped word that names a person has as its likeliest reading
NOT_SURNAME_POS = frozenset({"NUMR", "NPRO", "PREP", "CONJ", "PRCL", "INTJ", "ADVB", "PRED", "COMP"})


def surname_stem(token: Token) -> str | None:
    """The stem of a capitalised surname-shaped word (`Синеву` → `синев`), None for another word,
    for a place the dictionary knows (`Ростов`, `Берлин`) or a common noun it knows (`Остров`)."""
    word = model_word(token)
    if not (word[:1].isupper() and word.isalpha()) or latin_word(word):
        return None
    found = SURNAME.match(word.lower().replace("ё", "е"))
    if not found:
        return None
    readings = parses(word.lower())
    if any("Geox" in r.tag.grammemes for r in readings):
        return None
    if readings and readings[0].is_known and not NAME_GRAMMEMES & readings[0].tag.grammemes and (
            readings[0].tag.POS in ("NOUN", "ADJF") or readings[0].tag.POS in NOT_SURNAME_POS):
        return None
    return found.group(1)


def repeated_surnames(doc: Doc, spans: list[Span]) -> list[Span]:
    """Surnames no model tagged, decided once per document (issue 11 item 4): a capitalised
    surname-shaped word (`Синев`: pymorphy3 reads a gerund) that the document writes twice or more,
    once at least inside a sentence, or once after a noun of rank (`майор Синев`), is a person in
    every mention not already in a name; not when the document names it as a place or body
    elsewhere, nor inside quotation marks (a title)."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    other = {lemma(s[-1]) for s in spans if s.label_ in (LOC, ORG, FACILITY)}
    in_quotes = {i for start, end in quoted(doc) for i in range(start, end)}
    found: dict[str, list[Token]] = defaultdict(list)
    inside: set[str] = set()
    ranked: set[str] = set()
    rank_words = ranks()
    for i in capitals(doc):
        token = doc[i]
        if i in in_quotes:
            continue
        stem = surname_stem(token)
        if stem is None:
            continue
        found[stem].append(token)
        if not opens_sentence(token):
            inside.add(stem)
            if token.i > 0 and lemma(token.doc[token.i - 1]) in rank_words:
                ranked.add(stem)
    new = []
    for stem, tokens in found.items():
        if stem not in inside or not (len(tokens) >= 2 or stem in ranked):
            continue
        if any(lemma(t) in other for t in tokens):
            continue
        for token in tokens:
            if token.i not in covered:
                span = Span(doc, token.i, token.i + 1, label=PER)
                span._.fine_type = None
                new.append(span)
    return new


def repeated_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """A one-word person's name the models found twice or more in the document is a person where
    they missed it, written the same (a call opening a line of dialogue, `— Ваня! Иди сюда`):
    a capitalised word, in no name and no quotation, whose likeliest dictionary reading is a name
    or that the dictionary does not know (not `Вера` of `Вера в победу`, a common noun first),
    written nowhere in the document as a place or body (a river `Вельска` the models also read as a
    person), and before no other capitalised word (it would cut a longer name)."""
    counts = Counter(s.text for s in spans if s.label_ == PER and len(s) == 1)
    elsewhere = {s.text for s in spans if s.label_ != PER}  # `Вельска` a river here, `Орлу` a town there
    known = {text for text, n in counts.items() if n >= 2 and not latin_word(text) and text not in elsewhere}
    if not known:
        return []
    covered = {i for s in spans for i in range(s.start, s.end)}
    in_quotes = {i for start, end in quoted(doc) for i in range(start, end)}
    written = {s[0].orth for s in spans if s.label_ == PER and len(s) == 1 and s.text in known}  # `orth`: the text's hash
    new = []
    for i, orth in enumerate(doc.to_array(ORTH).tolist()):
        if orth not in written or i in covered or i in in_quotes:
            continue
        token = doc[i]
        if token.i + 1 < len(doc) and doc[token.i + 1].text[:1].isupper():
            continue  # the first word of a longer name, which this rule would cut (`Ивана Четвёртого`)
        readings = parses(model_word(token).lower())
        if readings and readings[0].is_known and not NAME_GRAMMEMES & readings[0].tag.grammemes:
            continue
        span = Span(doc, token.i, token.i + 1, label=PER)
        span._.fine_type = None
        new.append(span)
    return new


def dictionary_persons(doc: Doc, spans: list[Span]) -> list[Span]:
    """A capitalised word inside a sentence that no model put in a name, whose likeliest
    dictionary reading is a person's first name or surname and none a place (`Построенный
    Демидовым завод`: the agent of a participle, which the models miss): a person; not inside
    quotation marks (a title), nor next to another capitalised word (a longer name, cut), nor a
    possessive adjective of a name the document has as a person (`Кузьмину лодку` beside
    `Кузьма`)."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    in_quotes = {i for start, end in quoted(doc) for i in range(start, end)}
    persons = {lemma(s[0]) for s in spans if s.label_ == PER and len(s) == 1}
    new = []
    for i in capitals(doc):
        if i in covered or i in in_quotes or not (token := doc[i]).is_alpha:
            continue
        if opens_sentence(token) or latin_word(token.text):
            continue
        found = SURNAME.match(model_word(token).lower().replace("ё", "е"))
        if found and {found.group(1)[:-2], found.group(1)[:-2] + "а"} & persons:
            continue  # `Кузьмину лодку` beside `Кузьма`: a possessive adjective of a person's name, no name
        if any(0 <= j < len(doc) and doc[j].text[:1].isupper() and not (opens_sentence(doc[j]) and common_word(doc[j]))
               for j in (token.i - 1, token.i + 1)):
            continue  # a longer name; not a common word whose capital is its sentence's (`Построенный Демидовым завод`)
        if token.i >= 2 and doc[token.i - 1].text == "." and initial(doc[token.i - 2]):
            continue  # `Н. С. Волконскому`: the initials are the name's, which this rule would cut
        if token.i >= 2 and doc[token.i - 1].text.islower() and len(doc[token.i - 1].text) <= 3 and \
                doc[token.i - 1].pos_ not in (ADP, CCONJ, SCONJ, PRON, DET) and doc[token.i - 2].text[:1].isupper():
            continue  # `Людвига ван Бетховена`: a name's particle, inside a longer name
        if token.i >= 1 and lemma(doc[token.i - 1]) in table("place_heads"):
            continue  # `на реке Инне`: a place named after its term
        readings = parses(model_word(token).lower())
        if not readings or not readings[0].is_known or not {"Name", "Surn"} & readings[0].tag.grammemes:
            continue
        if any("Geox" in r.tag.grammemes for r in readings):
            continue
        span = Span(doc, token.i, token.i + 1, label=PER)
        span._.fine_type = None
        new.append(span)
    return new


def person_subject(span: Span) -> bool:
    """A one-word place whose word the dictionary reads as a surname too (`Ростов`, `Пушкин`) that
    is the subject of a verb whose subject is someone (`models/coref/person_verbs.tsv`:
    perception, thought, speech, emotion; `— Нет, — сказал Ростов`, `подумал Ростов`): a person."""
    if span.label_ != LOC or len(span) != 1:
        return False
    word = span[0]
    if word.dep_ not in ("nsubj", "nsubj:pass") or word.head.i == word.i or lemma(word.head) not in person_verbs():
        return False
    return has_reading(word, frozenset({"Surn"})) and has_reading(word, frozenset({"Geox"}))


def surnames_of_persons(spans: list[Span]) -> set[str]:
    """The lemmas of the one-word places that are a person somewhere in the document by
    `person_subject`: a family's or a man's surname that is also a town (`Ростов`)."""
    return {name_key(span) for span in spans if person_subject(span)}


# The cases each preposition of place or direction governs (pymorphy3's names)
GOVERNED_CASES = {"в": {"accs", "loct", "loc2"}, "во": {"accs", "loct", "loc2"}, "на": {"accs", "loct", "loc2"},
                  "за": {"accs", "ablt"}, "под": {"accs", "ablt"}, "через": {"accs"}, "из": {"gent"},
                  "до": {"gent"}, "к": {"datv"}, "ко": {"datv"}}


def located_towns(spans: list[Span]) -> set[str]:
    """The lemmas of the one-word places the document puts something in (`в Ростове`, `на
    Дону`: a locative after `в`, `во`, `на`), which only a place takes."""
    return {name_key(span) for span in spans if span.label_ == LOC and len(span) == 1 and span.start > 0
            and lemma(span.doc[span.start - 1]) in LOCATIVES
            and any(r.tag.case in ("loct", "loc2") for r in parses(model_word(span[0]).lower()))}


def town_surname(span: Span, persons: set[str], towns: set[str] = frozenset()) -> bool:
    """A one-word place whose lemma the document makes a person elsewhere (`surnames_of_persons`):
    the person (`глаза Ростова`, `Ростов вышел`), unless a preposition of place or direction
    governs it in a case the town's name takes (`в Ростове` stays as read; `на Ростова`, a
    person's accusative, which the town's is not, is the person). `к Ростову` is someone's
    direction as much as a town's: the person, unless the document also has the town with
    something in it (`located_towns`: `в Ростове`)."""
    if span.label_ != LOC or len(span) != 1 or name_key(span) not in persons:
        return False
    before = lemma(span.doc[span.start - 1]) if span.start > 0 else ""
    if before not in PLACE_GOVERNORS:
        return True
    if before in ("к", "ко") and name_key(span) not in towns:
        return True
    cases = GOVERNED_CASES.get(before, set())
    return not any("Geox" in r.tag.grammemes and r.tag.case in cases for r in parses(model_word(span[0]).lower()))


# How many votes a mention in a form only a place takes has against the mentions read as persons.
PLACE_VOTES = 3
# Prepositions of place and direction: after them a masculine name in its nominative form is an
# inanimate accusative (`на Яик`, `за Дон`; a person's accusative is the genitive: `на Ивана`).
DIRECTIONS = frozenset({"в", "во", "на", "за", "под", "через"})
LOCATIVES = frozenset({"в", "во", "на"})


def place_form(span: Span) -> bool:
    """A one-word name read as a person in a form no person takes: the second locative
    (`на Дону`, `в Крыму`: pymorphy3's loc2) or, after a preposition of direction, a masculine
    word in its nominative, which only an inanimate noun's accusative is (`на Яик`)."""
    if len(span) != 1 or span.start == 0:
        return False
    word, before = span[0], lemma(span.doc[span.start - 1])
    if before not in DIRECTIONS or not word.text[:1].isupper():
        return False
    text = model_word(word).lower()
    readings = parses(text)
    if before in LOCATIVES and any(r.tag.case == "loc2" and r.word == text for r in readings):
        return True
    return (text[-1:] in CONSONANTS and text.isalpha()
            and not any(r.tag.case == "gent" and r.tag.animacy == "anim" for r in readings if r.word == text)
            and any(r.normal_form.replace("ё", "е") == text.replace("ё", "е") for r in readings))


# Prepositions after which a word is read as the place it may also name (`в Анне`, the town).
PLACE_PREPOSITIONS = frozenset({"в", "во", "на", "из"})


def first_name_only(span: Span) -> bool:
    """A one-word place whose every dictionary reading is a first name, patronymic or surname
    (`между Колькой и Ванькой`, `о Бонапарте`: slovnet's LOC; no Geox reading, no common noun), or
    a familiar form of a first name with no Geox reading (`— Федька, ...`: `models/coref/name_variants.tsv`,
    whatever common noun the dictionary reads in it), not after a preposition
    of place or a noun it may be the name of: a person."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if len(span) != 1 or before is not None and (lemma(before) in PLACE_PREPOSITIONS or before.pos_ == NOUN):
        return False  # nor after a common noun: `округа Чарльз`, a county named after a person
    readings = parses(model_word(span[0]).lower())
    if plain(model_word(span[0])) in name_variants():  # a familiar form of a first name (`Федька`, `Петька`)
        return not any("Geox" in r.tag.grammemes for r in readings)
    return bool(readings) and all(r.is_known and PERSON_GRAMMEMES & r.tag.grammemes for r in readings)


# a first name, patronymic or surname (the surname since the sixteenth round: `о Бонапарте`)
PERSON_GRAMMEMES = frozenset({"Name", "Patr", "Surn"})


def addressed(span: Span) -> bool:
    """A name after a form of address that is also a place term, read by a model as a place or
    building (`лекции г. Белинского`: господин, `entities/rules.py` `honorific_at`), whose every
    word reads as a person's name only: a person."""
    return span.label_ in (LOC, FACILITY) and span.start >= 2 and honorific_at(span.doc, span.start - 2) \
        and all(t.is_alpha and persons_name(t.text) for t in span)


def rarer_reading(span: Span, spans: list[Span]) -> str | None:
    """The label of a word named twice or more, for a one-word name written once whose likeliest
    dictionary reading (no name among them first) is a form of that word labelled otherwise:
    `с Песков` (pymorphy3: the genitive of `песок` before the surname `Песков`) takes the place
    label of `на Песках`, `на Пески`."""
    if len(span) != 1 or span.label_ not in NAME_TYPES:
        return None
    normals = doc_table(span.doc, "first_normal")  # asked of every one-word name for each: once per word

    def first_normal(s: Span) -> str | None:
        if s.start in normals:
            return normals[s.start]
        readings = parses(model_word(s[0]).lower())
        found = None if not readings or NAME_GRAMMEMES & readings[0].tag.grammemes else \
            readings[0].normal_form.replace("ё", "е")
        normals[s.start] = found
        return found
    mine = first_normal(span)
    if mine is None:
        return None
    others = [s for s in spans if len(s) == 1 and s.label_ in NAME_TYPES and s.start != span.start]
    if any(first_normal(s) == mine and s.label_ == span.label_ for s in others):
        return None  # not written once with its label
    labels = Counter(s.label_ for s in others if first_normal(s) == mine)
    if not labels:
        return None
    (best, n), *rest = labels.most_common()
    return best if n >= 2 and (not rest or rest[0][1] < n) else None


def tagger_starts(doc: Doc) -> set[int]:
    """Tokens the tagger puts inside a name (any layer)."""
    return {i for span in doc.spans.get(TAGGER, []) for i in range(span.start, span.end)}


def relabelled(span: Span, label: str) -> Span:
    if label == span.label_:
        return span
    new = Span(span.doc, span.start, span.end, label=label)
    new._.fine_type = None
    return new


_FORMS: dict[tuple[int, int], frozenset[str]] = {}


def word_forms(token: Token) -> frozenset[str]:
    """The word lowercased, its lemma and every dictionary normal form (`Зарубиным` → зарубин);
    worked out once per word and lemma, all it depends on (asked of most words of every document)."""
    key = (token.orth, token.lemma)
    found = _FORMS.get(key)
    if found is None:
        word = model_word(token).lower()
        found = words.remember(_FORMS, key, frozenset(
            {word, lemma(token)} | {p.normal_form.replace("ё", "е") for p in parses(word)}))
    return found


def capitals(doc: Doc) -> list[int]:
    """The indices of the tokens that begin with a capital letter (`t.text[:1]` is `text[t.idx]`),
    worked out once per Doc: the passes for names below look at no other token."""
    table = doc_table(doc, "capitals")
    found = table.get("indices")
    if found is None:
        text = doc_text(doc)
        found = table["indices"] = [i for i, idx in enumerate(doc.to_array(IDX).tolist())
                                    if text[idx:idx + 1].isupper()]
    return found


def capitalised_inside(doc: Doc) -> set[str]:
    """The forms of the words the document capitalises somewhere other than at a sentence's start."""
    return {form for i in capitals(doc) if not opens_sentence(t := doc[i]) for form in word_forms(t)}


def named_inside(token: Token, named: set[str]) -> bool:
    """The document capitalises the word inside a sentence: the word itself, or another form of
    it: `named` holds every dictionary normal form of the words capitalised inside, so an
    inflected form (`Слона` inside, `Слон` as a nickname opening a sentence) shares its lemma
    with the word.
    No prefix match: a short word is not named because a longer name begins with it (`Лес`
    opening a sentence is not named by `Лесков` inside one)."""
    return bool(word_forms(token) & named)


def common_word(token: Token) -> bool:
    """The dictionary knows the word and has no name among its readings (`дядья`, `стол`;
    not `Пол`, `Орлов`, `Калуга`, nor a word it does not know)."""
    return common(model_word(token))


def capital_only(span: Span, named: set[str], small: set[str] | None = None) -> bool:
    """A one-word span whose only sign of a name is the capital of a sentence's first word: the
    document never capitalises the word inside a sentence, and the dictionary knows it as a
    common word only, or does not know it and the document itself writes it with a small
    letter inside a sentence (`small`: `Кольваген — телега` opening a note on `на кольвагене`), or
    its likeliest reading is a conjunction or a particle (`Али забыл?`, `Коли так, ...`).
    The tagger cannot vouch for the word here: it reads slovnet's tags, and slovnet too is
    misled by the capital."""
    first = span[0]
    return (len(span) == 1 and opens_sentence(first) and first.text[:1].isupper()
            and not named_inside(first, named) and (common_word(first) or no_name_form(first)
                                                     or function_reading(model_word(first))
                                                     or small is not None and written_small(first, small)))


def written_small(token: Token, small: set[str]) -> bool:
    """A word the dictionary does not know (no reading of it is known) that the document writes
    with a small letter inside a sentence, in this form or another of the same lemma."""
    word = model_word(token).lower()
    readings = parses(word)
    return bool(readings) and not any(r.is_known for r in readings) and (
        word in small or lemma(token) in small)


def station_word(span: Span) -> bool:
    """A one-word person that is a noun of rank, title or kinship the dictionary knows, with no
    name among its readings (`Княжна почувствовала это`, `Графиня плакала`, `Отче наш` opening
    or inside a sentence): a description, no name (GUIDELINES 2.2: `отец`, `президент`), however
    a model read the capital."""
    if span.label_ != PER or len(span) != 1:
        return False
    readings = parses(model_word(span[0]).lower())
    return bool(readings) and all(r.is_known and r.tag.POS == "NOUN" and not NAME_GRAMMEMES & r.tag.grammemes
                                  for r in readings) and any(
        r.normal_form.replace("ё", "е") in station_words() for r in readings)


# pymorphy3's parts of speech a name can take: a noun, an adjective (`Толстой`), or none it knows
NAME_FORMS = frozenset({"NOUN", "ADJF", None})


def no_name_form(token: Token) -> bool:
    """A word the dictionary does not know whose every guessed reading is an adverb, a short
    adjective, a verb form, a particle or a conjunction (`Близехонько`, `Н-да`): no name, whatever
    the capital of a sentence's first word suggested."""
    readings = parses(model_word(token).lower())
    return bool(readings) and not any(r.is_known for r in readings) and not any(
        r.tag.POS in NAME_FORMS for r in readings)


def common_noun_before(span: Span, named: set[str]) -> bool:
    """A person's or place's name opened by a common noun the dictionary knows (a title, a rank,
    a kinship word: `Атаман Ефремов`, `Дядя Пётр`, `Река Урал`) that the document never
    capitalises inside a sentence, the next word capitalised: the capital is the sentence's."""
    first = span[0]
    readings = parses(model_word(first).lower())
    if (span.label_ == LOC and lemma(first) in table("place_heads") and "Gen" in span[1].morph.get("Case")
            and "Gen" not in first.morph.get("Case")):
        return False  # `Улица Горького`, `Остров Святой Елены`: a name in the genitive needs its term (`Река Урал` is `Урал`)
    return (span.label_ in (PER, LOC) and span[1].text[:1].isupper() and bool(readings)
            and readings[0].tag.POS == "NOUN" and common_word(first) and not named_inside(first, named))


# Function words no name opens (`Вот Петька`, `Ну Гришка`), besides NOT_NAMES
FUNCTION_WORDS = frozenset({PART, INTJ, CCONJ, SCONJ})


def function_word_before(span: Span) -> bool:
    """A particle, interjection or conjunction before a capitalised word (`Вот Петька`); not an
    initial with its stop (`И. С. Тургенев`), nor a word the dictionary also knows as a name
    (`Ван` of a Chinese or Dutch name)."""
    return (span[0].pos_ in FUNCTION_WORDS and span[1].text[:1].isupper() and span[1].text.isalpha()
            and not any(NAME_GRAMMEMES & r.tag.grammemes for r in parses(model_word(span[0]).lower())))


def epithet_before(span: Span, named: set[str]) -> bool:
    """A common adjective opening the sentence before a first name (`Кривой Степан`, `Хромой
    Антон`): the dictionary knows the adjective with no name among its readings, the document
    never capitalises it inside a sentence, the next word is a first name: an epithet, outside
    the name (GUIDELINES 2.2), though the tagger read the two as one."""
    first, name = span[0], span[1]
    readings = parses(model_word(first).lower())
    return (span.label_ == PER and bool(readings) and all(r.is_known for r in readings)
            and not any(PERSON_GRAMMEMES & r.tag.grammemes for r in readings)
            and any(r.tag.POS == "ADJF" and r.tag.case in cases_of(name) for r in readings)
            and not named_inside(first, named) and has_reading(name, frozenset({"Name"})))


PERSON_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})


def initial(token: Token) -> bool:
    """One capital letter with its stop right after it (`Д.` of `Д. Д. Сомов`): an initial, part
    of the name, whatever the dictionary reads in the letter (`д` is an abbreviated adverb)."""
    doc = token.doc
    return (len(token.text) == 1 and token.text.isupper() and token.i + 1 < len(doc)
            and doc[token.i + 1].text == "." and token.whitespace_ == "")


def trimmed(span: Span, tagged: set[int], named: set[str] = frozenset()) -> Span:
    first = span[0]
    if len(span) > 1 and opens_sentence(first) and first.text[:1].isupper() and not initial(first) and (
            first.i not in tagged or first.pos_ in NOT_NAMES or verb_form(first)
            or common_noun_before(span, named) or function_word_before(span) or epithet_before(span, named)):
        new = Span(span.doc, span.start + 1, span.end, label=span.label_)
        new._.fine_type = span._.fine_type
        return new
    return span


def written_small_inside(doc: Doc) -> set[str]:
    """The forms of the words the document writes with a small letter inside a sentence; read on
    the Doc's arrays and text (`t.text[:1]` is `text[t.idx]`), a Token made only for a word whose
    forms `word_forms` has not worked out yet."""
    if not len(doc):
        return set()
    text, first = doc_text(doc), bounds(doc).first
    found: set[str] = set()
    for i, (idx, alpha, orth, lemma_id) in enumerate(doc.to_array([IDX, IS_ALPHA, ORTH, LEMMA]).tolist()):
        if alpha and text[idx:idx + 1].islower() and 0 <= first[i] < i:  # not `opens_sentence`
            forms = _FORMS.get((orth, lemma_id))
            found.update(forms if forms is not None else word_forms(doc[i]))
    return found


def specified(span: Span) -> bool:
    """An event noun followed by what makes it one event: a preposition (`Пожар в Чернобыле`,
    `Суд над ним`), a number (`Митинг 12 марта`) or a capitalised word (`Выступление Мадонны`);
    not a bare noun (`Пожар начался ночью`, `Драка быстро утихла`)."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return after is not None and (after.pos_ == ADP or numbered(after) or after.like_num
                                  or (after.text[:1].isupper() and after.is_alpha))


def event_name(span: Span, named: set[str], small: set[str]) -> Span | None:
    """A named event as our guidelines have it (2.2: a name, capitalised or opened by an event
    adjective, `event_modifiers.tsv`), from an EVENT span the tagger, trained on NEREL's every
    event mention, gave:
    - lowercase words before the first capitalised one are cut off when a capitalised adjective
      follows (`памятное Аустерлицкое сражение` → `Аустерлицкое сражение`); a span the cut would
      leave with no such adjective stays as the tagger read it (`вступила в Евросоюз`: the events
      stage reads the union inside it, `tests/test_events_objects.py`);
    - a one-word event whose capital is only its sentence's is none (`Пожар начался ночью`:
      `capital_only`), unless a place, time or participant follows it (`specified`);
    - a longer one opened by a word whose capital is only its sentence's (a common qualitative or
      pronominal adjective, `opening_capital`, or a word the document writes with a small letter
      inside a sentence and never with a capital there: `Следующее сражение`), with no other
      capital or event adjective, is none."""
    modifiers, heads = table("event_modifiers"), table("heads")

    def named_by(t: Token) -> bool:  # a capital, a number or an event adjective
        return t.text[:1].isupper() or numbered(t) or lemma(t) in modifiers

    def marked(t: Token) -> bool:  # or an event's head noun (`дело Бейлиса`)
        return named_by(t) or heads.get(lemma(t)) == EVENT
    start = span.start
    while start < span.end and not marked(span.doc[start]):
        start += 1
    if start == span.end:
        return None
    if start > span.start and span.end - start >= 2 and (span.doc[start].pos_ == ADJ or all(
            t.text[:1].isupper() for t in span.doc[start:span.end])):
        new = Span(span.doc, start, span.end, label=EVENT)
        new._.fine_type = span._.fine_type
        span = new
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if len(span) >= 2 and span[-1].pos_ == ADJ and after is not None and after.pos_ == NOUN \
            and after.text[:1].islower() and cases_of(span[-1]) & cases_of(after):
        new = Span(span.doc, span.start, span.end - 1, label=EVENT)  # `Победы Советского | района`
        new._.fine_type = span._.fine_type
        span = new
    first = span[0]
    if len(span) == 1:
        return None if capital_only(span, named) and not specified(span) else span
    if opens_clause(first) and first.text[:1].isupper() and not named_inside(first, named) and (
            opening_capital(first) or word_forms(first) & small or verb_form(first)) and not any(
            named_by(t) for t in span[1:]):
        return None
    return span


NAMED_AFTER = frozenset({"имени"})  # `им.` is two words to the tokenizer: left alone


def named_after(span: Span, spans: list[Span]) -> Span:
    """A name cut at `имени` before the person it is named after (`конкурса имени` + `Петра
    Чайковского`, `завод имени` + `Лихачёва`) runs to the person's end: `имени` opens no name on
    its own, the person is part of the event's or organisation's name (GUIDELINES 2.3)."""
    if span.label_ not in (LOC, ORG, EVENT) or span[-1].text.lower() not in NAMED_AFTER:
        return span
    person = max((s for s in spans if s.label_ == PER and s.start == span.end), key=len, default=None)
    if person is None:
        return span
    new = Span(span.doc, span.start, person.end, label=span.label_)
    new._.fine_type = span._.fine_type
    return new


def consistent(doc: Doc, convention_name: str = LETOPIS) -> list[Span]:
    spans = list(doc.spans.get(ENTITIES, doc.ents))
    tagged = tagger_starts(doc)
    named = capitalised_inside(doc)
    # NEREL's convention keeps an adjective of a place the tagger reads as one (`Итальянский суд`)
    conv = convention(convention_name)
    learned = {(s.start, s.end, s.label_) for s in doc.spans.get(TAGGER, []) if s.label_ in conv.lowercase}
    learned |= {(s.start, s.end, s.label_) for s in spans if s.label_ in conv.adjectives and s[0].pos_ == ADJ}
    # the words written small inside a sentence, gathered only for a document with a one-word
    # name opening a sentence, which alone may need them
    small = written_small_inside(doc) if any(
        len(s) == 1 and s.label_ in NAME_TYPES and opens_sentence(s[0]) for s in spans) else set()
    spans = [trimmed(span, tagged, named) if span.label_ in NAME_TYPES else span for span in spans
             if not (span.label_ in NAME_TYPES and capital_only(span, named, small)
                     and (span.start, span.end, span.label_) not in learned)]
    # a span left with no capital by the trimming (`Подобралась дружная`) names nothing
    # (under NEREL's convention a lower-case span stays only within the tagger's spans of its type:
    # `полиции` of its `генералов полиции`, not the `клуб` left of a rule's `Итальянский клуб`
    # whose adjective the tagger read as a place)
    read = {(i, s.label_) for s in doc.spans.get(TAGGER, []) if s.label_ in conv.lowercase for i in range(s.start, s.end)}
    spans = [span for span in spans if not (span.label_ in NAME_TYPES and (
        span.label_ not in conv.lowercase or (span.start, span.end, span.label_) not in learned
        and not all((i, span.label_) in read for i in range(span.start, span.end)))
        and not any(t.text[:1].isupper() or numbered(t) for t in span))]
    spans = [span for span in spans if not (span.label_ in NAME_TYPES and spoken_word(span)) and not station_word(span)]
    spans = [span for span in spans if not (span.label_ in NAME_TYPES and (mixed_script(span) or no_name(span)))]
    if EVENT not in conv.as_tagged and any(span.label_ == EVENT for span in spans):
        small = small or written_small_inside(doc)
        spans = [name for span in spans
                 if (name := event_name(span, named, small) if span.label_ == EVENT else span) is not None]
    spans = [part for span in spans for part in (glued_place_and_person(span) or glued_names(span) or [span])]
    spans = [named_after(span, spans) for span in spans]
    spans += repeated_surnames(doc, spans)
    spans += repeated_names(doc, spans)
    spans += dictionary_persons(doc, spans)
    spans = [span for span in spans if not adjective_of_thing(span)]
    spans += places_inside(spans)
    surnames = surname_keys(spans)
    places = {(span.start, span.end) for span in spans if span.label_ == PER
              and (place_form(span) or place_only(span) or adjective_place(span, surnames))}
    written = person_words(spans)
    unknown = {(span.start, span.end) for span in spans if unknown_place(span, written)}  # one vote each
    spans = [relabelled(span, LOC) if (span.start, span.end) in places | unknown else span for span in spans]
    spans = [relabelled(span, PER) if (span.label_ == LOC and first_name_only(span)) or addressed(span)
             or family_name(span) else span
             for span in spans]
    labels = majority_labels(spans, frozenset(places))
    spans = [relabelled(span, labels.get(name_key(span), span.label_)) if span.label_ in NAME_TYPES else span
             for span in spans]  # a full name's own key is its words, so only one-word names follow a person
    spans = [relabelled(span, label) if (label := rarer_reading(span, spans)) else span for span in spans]
    persons = surnames_of_persons(spans)
    towns = located_towns(spans)
    spans = [relabelled(span, PER) if town_surname(span, persons, towns) else span for span in spans]
    unique = {(s.start, s.end, s.label_): s for s in spans}
    return sorted(unique.values(), key=lambda s: (s.start, -s.end))


class Consistency:
    def __init__(self, convention_name: str = LETOPIS) -> None:
        self.convention = convention(convention_name).name

    def __call__(self, doc: Doc) -> Doc:
        spans = bracketed_names(doc, consistent(doc, self.convention))
        doc.spans[ENTITIES] = spans
        doc.ents = filter_spans(spans)
        return doc


@Language.factory("letopis_consistency", default_config={"convention": LETOPIS})
def create(nlp: Language, name: str, convention: str) -> Consistency:
    return Consistency(convention)
