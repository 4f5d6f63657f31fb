"""Entity rules: what slovnet misses (titles, periodicals, multi-word names, events) and what it
gets wrong (a capitalised verb at the start of a sentence is not a place).

The cue words are data in `models/entities/`. All entities, nested ones included
(`дело Бейлиса` EVENT with `Бейлиса` PER inside), go to `doc.spans["entities"]`; `doc.ents`
keeps the outermost of them, so displaCy and spaCy's own tools still work.
"""
from __future__ import annotations

import re
from functools import lru_cache
from bisect import bisect_left, bisect_right, insort
from typing import Iterator

from spacy.attrs import LEMMA, ORTH, POS
from spacy.language import Language
from spacy.parts_of_speech import IDS
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from letopis.entities.conventions import LETOPIS, Convention, convention
from letopis.entities.sources import RULES, allowed, choice, model_spans
from letopis.export.records import doc_text
from letopis.extensions import ENTITIES, TAGGER
from letopis.lexicons import stations as ranks  # (read here and by the consistency)
from letopis.labels import EVENT, FACILITY, LOC, ORG, PER, WORK_OF_ART
from letopis.morphosyntax.lemma import parses
from letopis.morphosyntax.sentences import bounds, opens_sentence
from letopis.resources import load_mapping, load_table
from letopis.ud import ADJ, ADP, ADV, AUX, CASE, DET, INTJ, NOUN, NUM, PRON, PROPN, VERB
from letopis.words import lemma, lemma_of, model_word

OPEN_QUOTES, CLOSE_QUOTES = {"«", "„", "“", '"'}, {"»", "“", "”", '"'}
NOT_NAMES = {VERB, ADV, ADP, PRON}
NAME_POS = {NOUN, PROPN, ADJ, NUM, "X"}
LONGEST_TITLE = 12
VERB_FORMS = {"VERB", "INFN", "GRND", "PRTF", "PRTS", "ADVB"}


def table(name: str) -> dict[str, str]:
    return load_mapping(f"entities/{name}.tsv")


def capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


def latin_word(word: str) -> bool:
    """The word holds a Latin letter (`Mon`, `Google`, `XV`)."""
    return any("a" <= ch.lower() <= "z" for ch in word)


def latin(token: Token) -> bool:
    return latin_word(token.text)


def latin_only(ent: Span) -> bool:
    """Every word of the span is written in Latin letters (`Mon`, `On va venir`, `Google`); a
    Roman numeral or a Cyrillic word among them (`Людовика XV`) makes it no such span."""
    words = [t for t in ent if any(ch.isalpha() for ch in t.text)]
    return bool(words) and all(latin(t) and not any("а" <= ch.lower() <= "я" or ch in "ёЁ" for ch in t.text)
                               for t in words) and not all(set(t.text) <= ROMAN_DIGITS for t in words)


LATIN_LETTER = re.compile(r"[A-Za-zÀ-ÿ]")


def in_foreign_phrase(ent: Span) -> bool:
    """The span is part of a phrase in a foreign language: the word written next to it, with
    nothing but spaces between, is in Latin letters (`du Mack. Nous`, `Mon cher`), an elided
    article is glued before it (`l'Autriche`), or an HTML character reference cuts its last word
    (`Voil&#224;`: the models read a word's stump)."""
    text = doc_text(ent.doc)  # `Doc.text`, built once for the Doc (spaCy rebuilds it on every access)
    before = text[:ent.start_char].rstrip(" \xa0")
    after = text[ent.end_char:].lstrip(" \xa0")
    return (bool(before) and (LATIN_LETTER.match(before[-1]) is not None
                              or before[-1] in "'’" and len(before) > 1 and LATIN_LETTER.match(before[-2]) is not None)
            or bool(after) and (LATIN_LETTER.match(after[0]) is not None or after.startswith("&#")))


def false_positive(ent: Span, lowercase: bool = False) -> bool:
    """A verb, adverb, pronoun or determiner tagged as a name (`Уехав`, `Читайте` opening a sentence), a
    name other than a title that ends in a verb, a name that ends in a preposition, or a span of
    lowercase words only (NEREL's `японского` COUNTRY is no name under our guidelines), unless
    `lowercase` allows one (`--convention nerel`)."""
    if len(ent) == 1 and (ent[0].pos_ in NOT_NAMES or ent[0].pos_ == DET or verb_form(ent[0])):
        return True  # (a letter's capitalised `Вашей супруге` is a determiner, no name)
    if ent.label_ != WORK_OF_ART and ent[-1].pos_ == VERB and not noun_after_adjective(ent):
        return True  # `Блок заболел`: only a title ends in a verb
    if len(ent) > 1 and ent[-1].pos_ == ADP:  # `«Я уеду в Тверь»` read as a title up to `в`: no name ends in a preposition
        return True
    return not lowercase and not any(capitalised(token) or numbered(token) for token in ent)


@lru_cache(maxsize=None)
def legal_forms() -> frozenset[str]:
    """The abbreviations of a company's legal form (`models/entities/legal_forms.tsv`: `ООО`, `ЗАО`)."""
    return frozenset(table("legal_forms"))


def legal_form_only(ent: Span) -> bool:
    """An organisation that is only the abbreviation of a legal form (`ООО` of `ООО "Лесторг"`):
    a cue before a name, no name (GUIDELINES 2.3)."""
    return ent.label_ == ORG and all(token.text in legal_forms() or token.is_punct for token in ent)


def verb_cut(span: Span) -> Span | None:
    """An event's name the tagger ran on into the verb after it (`ветеран Второй мировой собрал`):
    the name without the verbs it ends in (no name but a title ends in a verb), none if what is
    left has no capital but its sentence's (`Тело школьницы обнаружили`) or no event's word (an
    event adjective or head noun, `event_modifiers.tsv`, `heads.tsv`: `падения Бастилии
    эмигрировал`)."""
    end = span.end
    while end > span.start and span.doc[end - 1].pos_ in (VERB, AUX):
        end -= 1
    if end == span.end:
        return span
    left = span.doc[span.start:end]
    if not any(capitalised(t) and not opens_sentence(t) or numbered(t) for t in left):
        return None  # `Тело школьницы обнаружили`: no name left but the sentence's capital
    if not any(lemma(t) in table("event_modifiers") or table("heads").get(lemma(t)) == EVENT for t in left):
        return None  # `после падения Бастилии эмигрировал`: no event's word left, a place's name
    new = Span(span.doc, span.start, end, label=span.label_)
    new._.fine_type = span._.fine_type
    return new


def cut_short(ent: Span) -> bool:
    """One capitalised word that an abbreviation's stop cuts short before a lower-case word
    (`Моск. ун-те`, `Петерб. губернии`: an adjective abbreviated, no name of its own), and that
    pymorphy3 does not know as a word (`Спб.` it knows, a place's abbreviation)."""
    doc, end = ent.doc, ent.end
    if len(ent) != 1 or end + 1 >= len(doc) or doc[end].text != "." or doc[end].idx != doc[end - 1].idx + len(doc[end - 1]):
        return False
    after = doc[end + 1]
    return after.text[:1].islower() and not any(p.is_known for p in parses(ent[0].text.lower()))


def adjective_of_noun(ent: Span) -> bool:
    """A model's place of one adjective before a lower-case noun in its case (`Итальянского
    похода`, `Луврской галерее`, `Симфоническим оркестром`; sixteenth round): an adjective derived
    from a place is no place (GUIDELINES 2.2), and where the adjective and the noun are a name
    together the name is the longer span, so the one word is no entity either way."""
    if len(ent) != 1 or ent[0].pos_ != ADJ or ent.end >= len(ent.doc):
        return False
    noun = ent.doc[ent.end]
    if noun.pos_ != NOUN or not noun.text[:1].islower() or not set(ent[0].morph.get(CASE)) & set(noun.morph.get(CASE)):
        return False
    readings = parses(model_word(noun).lower())  # a noun by the dictionary too (`в Нижний утонувший`: a participle)
    own = parses(model_word(ent[0]).lower())  # and an adjective (`в Наньпине провинции`: a town the tagger read so)
    return bool(readings) and readings[0].tag.POS == "NOUN" and bool(own) and own[0].tag.POS == "ADJF"


def noun_after_adjective(ent: Span) -> bool:
    """The span ends in an adjective and a word the dictionary also reads as a noun in the
    adjective's case (`Уральской стали`, tagged a verb: `стать`)."""
    if len(ent) < 2 or ent[-2].pos_ != ADJ:
        return False
    cases = set(ent[-2].morph.get(CASE))
    return any(r.tag.POS == "NOUN" and UD_CASES.get(r.tag.case) in cases for r in parses(model_word(ent[-1]).lower()))


UD_CASES = {"nomn": "Nom", "gent": "Gen", "datv": "Dat", "accs": "Acc", "ablt": "Ins", "loct": "Loc",
            "gen2": "Gen", "loc2": "Loc", "acc2": "Acc"}


def numbered(token: Token) -> bool:
    """A number or an ordinal written in digits (`1917`, `2-й`, `3-я`): a numbered body or event
    is named by it (`2-й гвардейской армии`, `5-й съезд`)."""
    text = token.text
    return token.is_digit or (text[:1].isdigit() and text.rstrip("йяеогму").rstrip("-").isdigit() and "-" in text)


OPENING, CLOSING = {"(": ")", "[": "]", "{": "}"}, {")": "(", "]": "[", "}": "{"}


def balanced(span: Span) -> Span | None:
    """The span without a bracket it does not close or open, nor a quotation mark it leaves
    open: a name stops before an unmatched bracket (`Госдумы [http://...`, `Main)` of
    `(Hochheim am Main)` → `Госдумы`, `Main`), and a name that opens a quotation mark takes the
    closing one that follows it (`РИА "Новости` + `"`), or else stops before it. None when no
    word is left."""
    doc, start, end = span.doc, span.start, span.end
    stack: list[int] = []
    for token in span:
        if token.text in OPENING:
            stack.append(token.i)
        elif token.text in CLOSING:
            if stack and doc[stack[-1]].text == CLOSING[token.text]:
                stack.pop()
            else:
                end = token.i
                break
    if stack:
        end = min(end, stack[0])
    quotes = [t.i for t in doc[start:end] if t.text in OPEN_QUOTES or t.text in CLOSE_QUOTES]
    if len(quotes) % 2 and quotes[-1] > start:  # one left open, not the first word
        closed = end < len(doc) and end == span.end and doc[end].text in CLOSE_QUOTES
        if closed and doc[quotes[-1]].text == "«":  # `ЗАО «Медиа-Пресс` → the name in guillemets
            start = quotes[-1] + 1
        elif closed:  # `ООО "Лесторг` + `"`: straight quotes are more often kept in NEREL
            end += 1
        else:
            end = quotes[-1]
    while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct and doc[end - 1].text not in CLOSE_QUOTES
                           and doc[end - 1].text not in CLOSING):
        end -= 1
    if end <= start:
        return None
    if (start, end) == (span.start, span.end):
        return span
    new = Span(doc, start, end, label=span.label_)
    new._.fine_type = span._.fine_type
    return new


def verb_form(token: Token) -> bool:
    """The dictionary's likeliest reading of the word is a verb form, and it knows the word."""
    readings = parses(model_word(token).lower())
    return bool(readings) and readings[0].is_known and readings[0].tag.POS in VERB_FORMS


def quoted(doc: Doc) -> Iterator[tuple[int, int]]:
    """(start, end) token indices of the text inside quotation marks, within a sentence."""
    orths = doc.to_array(ORTH).tolist() if len(doc) else []  # the words' ids: no Token per word
    opening, closing = ({doc.vocab.strings[mark] for mark in marks} for marks in (OPEN_QUOTES, CLOSE_QUOTES))
    ends = bounds(doc).end if orths else []  # each token's sentence's end: `doc.sents` without a Span each
    start = 0
    while start < len(orths):
        opened = None
        for i in range(start, ends[start]):
            if orths[i] in opening and opened is None:
                opened = i + 1
            elif orths[i] in closing and opened is not None:
                if 0 < i - opened <= LONGEST_TITLE:
                    yield opened, i
                opened = None
        start = ends[start]


def cue_before(doc: Doc, i: int) -> str | None:
    """The kind of the cue noun just before token i (a comma between is allowed)."""
    j = i - 1
    if j >= 0 and doc[j].text == ",":
        j -= 1
    return table("cues").get(lemma(doc[j])) if j >= 0 else None


DASHES = frozenset({"—", "–", "-", "--", ":"})
SPEECH_ENDS = frozenset({"?", "!", "…", "?!", "!?", "...", "?..", "!.."})


def spoken_title(ent: Span) -> bool:
    """A model's title that is a line of speech: quoted words ending in a question or an
    exclamation, introduced by a colon or a dash (`спрашивают: «Кто поджёг?» — «Я!»`), or words
    outside quotation marks holding a personal pronoun or an interjection (`дай Бог тебе
    поскорее`, `Ах, нехорошо`), neither after
    a cue noun (`роман «Кто виноват?»` stays a title)."""
    doc = ent.doc
    if ent.label_ != WORK_OF_ART or ent.start == 0 or cue_before(doc, ent.start - 1) \
            or (ent.start > 1 and cue_before(doc, ent.start)):
        return False
    before = doc[ent.start - 1].text
    if before in OPEN_QUOTES:
        end = ent.end
        introducer = ent.start - 2
        while introducer >= 0 and doc[introducer].is_space:
            introducer -= 1  # the colon may end the line before (`просил:` and the words on a line of their own)
        return (end + 1 < len(doc) and doc[end].text in SPEECH_ENDS and doc[end + 1].text in CLOSE_QUOTES
                and introducer >= 0 and doc[introducer].text in DASHES) or quoted_speech(ent)
    return any(t.pos_ == PRON and not capitalised(t) or interjection(t) for t in ent)


QUOTE_MARKS = OPEN_QUOTES | CLOSE_QUOTES
LONGEST_QUOTE = 60  # tokens searched for the quotation's closing mark


def quoted_speech(ent: Span) -> bool:
    """A model's title that opens a quotation of speech or thought (sixteenth round): the quoted
    words go on after it (`«Господи! Что же это?» — думал он`: `Господи` no title; a title is the
    whole quotation), or the quotation is told by the verb after it (`«Скорее бы», — думал он`,
    `«Вот оно!» — думал он`) or by a verb and a colon before it (`закричал: «Конница»`). A title
    followed by a dash and a noun (`«Мать» — роман Горького`) or after a noun and a colon stays."""
    doc = ent.doc
    close = next((i for i in range(ent.end, min(len(doc), ent.end + LONGEST_QUOTE)) if doc[i].text in QUOTE_MARKS), None)
    if close is None:
        return False
    if any(t.is_alpha for t in doc[ent.end:close]):
        return True  # `«Господи! Что же это?»`: the title would be the whole quotation
    if doc[close].text not in CLOSE_QUOTES or any(not t.is_punct for t in doc[ent.end:close]):
        return False
    after = close + 1
    if after < len(doc) and doc[after].text == ",":
        after += 1
    while after < len(doc) and doc[after].is_space:
        after += 1
    if after < len(doc) and doc[after].text in DASHES - {":"} and any(
            t.pos_ == VERB for t in doc[after + 1:after + 3]):
        return True  # `«Скорее бы», — думал он`
    colon = ent.start - 2
    while colon >= 0 and doc[colon].is_space:
        colon -= 1
    return colon > 0 and doc[colon].text == ":" and doc[colon - 1].pos_ == VERB  # `закричал: «Конница»`


def interjection(token: Token) -> bool:
    """Tagged an interjection, or one in the dictionary's likeliest reading (`Ах` tagged PART)."""
    readings = parses(model_word(token).lower())
    return token.pos_ == INTJ or bool(readings) and readings[0].tag.POS == "INTJ"


def words_key(words: Span) -> str:
    """The lemmas of the words, punctuation left out: one key for every case of a title."""
    return " ".join(lemma(t) for t in words if not t.is_punct)


def title_verb_before(doc: Doc, start: int) -> str | None:
    """The kind of the words in guillemets from token `start` that follow a verb of reading or
    publishing (`models/entities/title_verbs.tsv`: `прочитал «Азбуку физики»`): a title when
    its first word is capitalised and it is no line of speech (ends in no `?` or `!`)."""
    verb = start - 2
    if verb < 0 or not capitalised(doc[start]) or doc[verb].pos_ != VERB:
        return None
    end = next((i for i in range(start, min(len(doc), start + LONGEST_TITLE + 1)) if doc[i].text in CLOSE_QUOTES), None)
    if end is None or doc[end - 1].text in SPEECH_ENDS:
        return None
    return table("title_verbs").get(lemma(doc[verb]))


def titles(doc: Doc) -> Iterator[Span]:
    """`роман «Мать»`, `«дело Бейлиса»`, `газета Le Temps`, `повесть, Собачье сердце (1925)`.

    Words in guillemets after a cue noun are a title only when they open on a capital or a
    digit (`называл роман «пустой затеей»`: the quoted words are what the novel is called, no
    title). Quoted words opening on a noun of events and holding a name or a number (`«дело
    Бейлиса»`; not `«процесс роста»`, quoted words of no name) are an event, unless
    they are a title: the tagger reads them as one, or the document has a title of the same
    words, in any case (`«Война и мир»` after `роман`, so `о «Войне и мире»` too)."""
    found = []
    for start, end in quoted(doc):
        cue = cue_before(doc, start - 1)
        if cue and not (capitalised(doc[start]) or numbered(doc[start])):
            cue = None
        kind = cue or (EVENT if table("heads").get(lemma(doc[start])) == EVENT and any(
            capitalised(t) or numbered(t) for t in doc[start:end]) else None) or title_verb_before(doc, start)
        if kind:
            found.append((start, end, kind, not cue and kind == EVENT))
    if any(by_head for *_, by_head in found):
        read = {(s.start, s.end) for s in doc.spans.get(TAGGER, []) if s.label_ == WORK_OF_ART}
        read_titles = {(start, end) for start, end, _, by_head in found if by_head and (start, end) in read}
        named = {words_key(doc[start:end]) for start, end, kind, by_head in found
                 if kind == WORK_OF_ART or (start, end) in read_titles}
        found = [(start, end, WORK_OF_ART if by_head and ((start, end) in read_titles or words_key(doc[start:end]) in named)
                  else kind, by_head) for start, end, kind, by_head in found]
    for start, end, kind, _ in found:
        yield Span(doc, start, end, label=kind)
    name_pos = {IDS[pos] for pos in NAME_POS}
    for i, pos in enumerate(doc.to_array(POS).tolist() if len(doc) else []):
        token = doc[i] if pos in name_pos else None
        if token is None or not capitalised(token):
            continue  # the cheap tests first, on the array: most words are no title
        kind = cue_before(doc, token.i)
        if kind and not token.ent_type_ == PER:
            end = token.i + 1
            while (end < len(doc) and end - token.i < LONGEST_TITLE and not doc[end].is_punct
                   and not doc[end].is_space and (latin(doc[end]) == latin(token))
                   and (latin(token) or not capitalised(doc[end]))):
                end += 1
            yield Span(doc, token.i, end, label=kind)


# one capital letter, or one letter doubled (`NN`): not an organisation's initials after a rank
# (`полковник ФСБ`, `капитан ЦСКА`, `генерал США`)
HIDDEN_NAME = re.compile(r"^([A-ZА-ЯЁ])\1?$")
NOT_HIDDEN_AFTER = frozenset({"ранг", "степень", "класс", "гильдия", "статья", "разряд"})  # `капитан I ранга`


def hidden_names(doc: Doc) -> Iterator[Span]:
    """`генерал NN`, `капитан Т.`, `поручик В...`: a capital letter (or one doubled) after a noun of rank or
    station, where an author hides a name (GUIDELINES 9.15, 9.20), are a person's name, the
    span the letters (no stop); not a class after a rank (`капитан I ранга`), nor the first
    initial of a name the tagger reads written out (`князь П. А. Орловский`)."""
    ranked, strings = ranks(), doc.vocab.strings
    # where a person's name the tagger reads opens: a letter, its stop and a capitalised word (an
    # initial or the surname: `П. А. Орловский`; not `В. опоздал`, a verb the tagger took in)
    longer_names = {s.start for s in doc.spans.get(TAGGER, []) if s.label_ == PER and len(s) > 2
                    and s[1].text == "." and s[2].text[:1].isupper()}
    for i, key in enumerate(doc.to_array(LEMMA).tolist()):  # no Token for the words of no rank
        if lemma_of(key, strings) not in ranked or i + 1 >= len(doc):
            continue
        letters = doc[i + 1]
        if not HIDDEN_NAME.match(letters.text) or letters.whitespace_ == "" and letters.i + 1 < len(doc) \
                and doc[letters.i + 1].is_alpha:
            continue
        after = next((t for t in doc[letters.i + 1: letters.i + 3] if t.is_alpha), None)
        if after is not None and lemma(after) in NOT_HIDDEN_AFTER:
            continue
        if letters.i in longer_names:
            continue  # the first initial of a name written out (`князь П. А. Орловский`)
        yield Span(doc, letters.i, letters.i + 1, label=PER)


ROMAN_DIGITS = frozenset("IVXLCDMХІСМ")  # Latin, and the Cyrillic letters Russian texts write them with


def roman(token: Token) -> bool:
    """A Roman numeral (`XX`, `ХХ` in Cyrillic letters), not a capitalised preposition (`В`)."""
    return token.pos_ != ADP and bool(token.text) and set(token.text) <= ROMAN_DIGITS


def modifier(token: Token) -> bool:
    """An adjective, determiner, ordinal or Roman numeral before a head noun (`Третий`, `мировая`,
    `XX`); not a quantifier or demonstrative (`quantifiers.tsv`), which no name opens (`Всю Вторую
    мировую войну`: the name is `Вторую мировую войну`)."""
    return (token.pos_ in (ADJ, DET, NUM) or roman(token)) and lemma(token) not in table("quantifiers")


def named(words: Span, kind: str | None = None) -> bool:
    """Modifiers make a name when one is capitalised or is a listed event adjective; before an
    event's head the capital of a sentence's first word counts only when it is no common
    qualitative or pronominal adjective (`opening_capital`: `Тяжёлая война`; an organisation keeps
    it, `Красная армия`)."""
    return any(capitalised(t) and not (kind == EVENT and opening_capital(t)) or lemma(t) in table("event_modifiers")
               for t in words)


# pymorphy3's grammemes of qualitative and pronominal adjectives (`хороший`, `новый`; `наш`, `такой`)
COMMON_MODIFIERS = frozenset({"Qual", "Apro"})


# marks after which a capital is the capital of a line of speech or of a new sentence the
# sentence splitter did not part (`«Наше дело привычное»`, `Полно! Главное дело — ...`)
CLAUSE_OPENERS = OPEN_QUOTES | {"!", "?", "…", "...", "?!", "!.."}


def opens_clause(token: Token) -> bool:
    """The token opens its sentence, or follows an opening quotation mark or a question or
    exclamation mark (sixteenth round): its capital may be only the opening's."""
    if opens_sentence(token):
        return True
    before = token.i - 1
    while before >= 0 and token.doc[before].is_space:
        before -= 1
    return before >= 0 and token.doc[before].text in CLAUSE_OPENERS


def opening_capital(token: Token) -> bool:
    """A word whose capital is only its sentence's (or its line of dialogue's): it opens the
    sentence or a quotation, or follows a `!` or `?` (`opens_clause`), the dictionary's likeliest reading is a qualitative or pronominal adjective
    (`Тяжёлая война`, `Наше дело`, `Пустое дело`; not `Полтавская`, `Бородинское`, `Первая`), and
    the document writes it with a small letter or not at all inside a sentence."""
    if not opens_clause(token):
        return False
    readings = parses(model_word(token).lower())
    if not readings or not readings[0].is_known or not (COMMON_MODIFIERS & readings[0].tag.grammemes or any(
            "Prnt" in r.tag.grammemes for r in readings)):  # or a parenthetical word (`Главное дело — ...`)
        return False
    word = token.lower_
    return not any(t.lower_ == word and capitalised(t) and not opens_clause(t) for t in token.doc)


def named_heads(doc: Doc) -> Iterator[Span]:
    """Modifiers + a head noun from the list + a genitive tail: `Третий интернационал`,
    `Коммунистическая партия Китая`, `гражданская война в России`; or an organisation's head noun
    capitalised inside a sentence + its genitive tail: `в Канцелярию дворцовых дел`."""
    heads = table("heads")
    nouns = (IDS[NOUN], IDS[PROPN])
    for i in (i for i, pos in enumerate(doc.to_array(POS).tolist() if len(doc) else []) if pos in nouns):
        head = doc[i]
        kind = heads.get(lemma(head)) or dictionary_head(head, heads)
        if kind is None:
            continue
        start = head.i
        while start > 0 and not doc[start].is_sent_start and modifier(doc[start - 1]):
            start -= 1
        if head.pos_ == NOUN and start < head.i and named(doc[start:head.i], kind):
            while kind == ORG and doc[start].text[:1].islower() and any(capitalised(t) for t in doc[start + 1:head.i]):
                start += 1  # `московский Английский клуб`: the name opens on its first capital
            yield Span(doc, start, tail(doc, head), label=kind)
        elif start == head.i and kind == ORG and capitalised(head) and not opens_sentence(head) \
                and (end := tail(doc, head)) > head.i + 1:
            yield Span(doc, head.i, end, label=kind)  # `Канцелярия дворцовых дел`, `Общество любителей словесности`


def dictionary_head(head: Token, heads: dict[str, str]) -> str | None:
    """The kind of a head noun the lemmatiser read as another word of the same form (`полка`:
    `полок`, where the dictionary also has `полк` in the genitive): a reading of the word in the
    case the tagger gave it whose lemma is listed. Only after modifiers one of which is
    capitalised, the one place a head makes a name of itself and its modifiers."""
    doc, start = head.doc, head.i
    while start > 0 and not doc[start].is_sent_start and modifier(doc[start - 1]):
        start -= 1
    if not any(capitalised(t) for t in doc[start:head.i]):
        return None
    cases = set(head.morph.get(CASE))
    return next((heads[form] for r in parses(model_word(head).lower()) if r.tag.POS == "NOUN"
                 and UD_CASES.get(r.tag.case) in cases and (form := r.normal_form.replace("ё", "е")) in heads), None)


def place_names(doc: Doc) -> Iterator[Span]:
    """Capitalised adjectives + a generic term of a place name (`place_heads.tsv`): `Верхнекурминской
    станице`, `Нижнюю Курминскую станицу`, `Ветлужского форпоста` are one LOC each, the term inside,
    with the term's finer type. Only adjectives agreeing with the term, at least one capitalised
    and not opening its sentence (`Большая площадь была пуста` names nothing); no genitive tail."""
    heads = table("place_heads")
    for i in (i for i, pos in enumerate(doc.to_array(POS).tolist() if len(doc) else []) if pos == IDS[NOUN]):
        head = doc[i]
        kind = heads.get(lemma(head))
        if kind is None:
            continue
        start = head.i
        while start > 0 and not doc[start].is_sent_start:
            before = past_insertion(doc, start)
            if before == 0 or not adjective_of(doc[before - 1], head):
                break
            start = before - 1
        if any(capitalised(t) and not t.is_sent_start for t in doc[start:head.i]):
            span = Span(doc, start, head.i + 1, label=LOC)
            span._.fine_type = kind
            yield span


def dedications(doc: Doc) -> Iterator[Span]:
    """The dedication of a church named after its noun (`dedications.tsv`): the capitalised
    words in the genitive right after a lower-case `церковь`, `храм`, `собор` (`к церкви Трёх
    Мучеников`, `в храме Николая Чудотворца`) are one LOC, the building's name, FACILITY; the
    models read such a saint's name as a person or miss it. Not a family's name in the genitive
    plural (`церковь Шереметевых`, `часовня Голицыных`): the church of a family, not its dedication."""
    terms = table("dedications")
    for token in doc:
        kind = terms.get(lemma(token))
        if kind is None or not token.text.islower():
            continue
        end = token.i + 1
        while end < len(doc) and capitalised(doc[end]) and not doc[end].is_sent_start \
                and "Gen" in doc[end].morph.get(CASE):
            end += 1
        if end > token.i + 1 and not any(family_name(t) for t in doc[token.i + 1:end]):
            span = Span(doc, token.i + 1, end, label=LOC)
            span._.fine_type = kind
            yield span


def family_name(token: Token) -> bool:
    """A surname in the genitive plural, a family's (`Голицыных`, `Шереметевых`, `Вяземских`): a
    reading the dictionary marks as a surname, or one it marks as a place's adjective or does not
    know at all; the plural of a saint's title is a common word it knows (`Святых`, `Мучеников`)."""
    return any(r.tag.number == "plur" and r.tag.case == "gent"
               and ("Surn" in r.tag.grammemes or "Geox" in r.tag.grammemes or not r.is_known)
               for r in parses(model_word(token).lower()))


def name_particles() -> dict[str, str]:
    """Particles inside a place's name, between its adjective and its term (`name_particles.tsv`)."""
    return table("name_particles")


def past_insertion(doc: Doc, i: int) -> int:
    """Where the words before token `i` resume past a particle (`Верхнекурминской же станицы`) or
    a note's number glued to the word before it (`Ветлужского(3) форпоста`): both inside the name."""
    if i >= 1 and doc[i - 1].text.lower() in name_particles():
        return i - 1
    if i >= 4 and doc[i - 1].text == ")" and doc[i - 2].is_digit and doc[i - 3].text == "(" \
            and doc[i - 4].idx + len(doc[i - 4]) == doc[i - 3].idx:
        return i - 3
    return i


@lru_cache(maxsize=None)
def place_abbreviations() -> dict[str, tuple[str, ...]]:
    """`place_abbreviations.tsv`: an abbreviated place term → (term, gender, side, fine type)."""
    return {row[0]: row[1:] for row in load_table("entities/place_abbreviations.tsv")}


def abbreviation_at(doc: Doc, i: int) -> tuple[str, ...] | None:
    """The row of the abbreviated place term at i, written in lower case with its stop glued
    after it (`губ.`, `с.`)."""
    if i + 1 >= len(doc) or doc[i + 1].text != "." or doc[i].idx + len(doc[i]) != doc[i + 1].idx:
        return None
    return place_abbreviations().get(doc[i].text) if doc[i].text.islower() else None


GRAMMEMES = {"Masc": "masc", "Fem": "femn"}


def of_gender(token: Token, gender: str) -> bool:
    """An adjective of the gender, as tagged or, if the tagger took it for a name (`Епифанском`
    PROPN), as the dictionary reads it."""
    if token.pos_ == ADJ:
        return gender in token.morph.get("Gender")
    return token.pos_ == PROPN and any(r.tag.POS == "ADJF" and GRAMMEMES.get(gender) in r.tag
                                       for r in parses(model_word(token).lower()))


def abbreviated_places(doc: Doc) -> Iterator[Span]:
    """Place names with an abbreviated generic term (`place_abbreviations.tsv`): capitalised
    adjectives of the term's gender before it (`Тульской губ.`, one LOC, the term inside), or a
    capitalised name after it (`с. Никольское`, `г. Мещовске`: the name is the LOC, up to two
    capitalised words) when it reads as a place (`reads_as_place`). Not `г.` after a number
    (`1812 г.`, the year)."""
    orths = doc.to_array(ORTH).tolist() if len(doc) else []  # the words' ids: no Token per word
    terms = {doc.vocab.strings[word] for word in place_abbreviations()}
    rows = [(i, row) for i in range(len(doc) - 1)
            if orths[i] in terms and (row := abbreviation_at(doc, i)) is not None]
    units = set()  # the words of the units named before their term (`Орловской губ.`)
    for i, (term, gender, side, kind) in rows:
        if side == "after":
            start = i
            while start > 0 and capitalised(doc[start - 1]) and of_gender(doc[start - 1], gender):
                start -= 1
            if start < i:
                units.update(range(start, i + 2))
                span = Span(doc, start, i + 2, label=LOC)
                span._.fine_type = kind
                yield span
    for i, (term, gender, side, kind) in rows:
        before = i - 1
        while before >= 0 and doc[before].is_space:  # `2013\xa0г.`
            before -= 1
        if side == "before" and i + 2 < len(doc) and not (before >= 0 and doc[before].like_num) \
                and not honorific_at(doc, i):
            end = i + 2  # `с. Никольское Орловской губ.`: the village, then its province
            while end < len(doc) and end < i + 4 and end not in units and capitalised(doc[end]) \
                    and doc[end].is_alpha and doc[end].pos_ in (PROPN, NOUN, ADJ):
                end += 1
            if end > i + 2 and reads_as_place(doc, i + 2, end):
                span = Span(doc, i + 2, end, label=LOC)
                span._.fine_type = kind
                yield span


@lru_cache(maxsize=None)
def honorifics() -> dict[str, str]:
    """`honorifics.tsv`: an abbreviated form of address that is also a place term (`г.`) → the word."""
    return table("honorifics")


def persons_name(word: str) -> bool:
    """pymorphy3 reads the word as a person's name (surname, first name, patronymic) and never
    as a place's (`Белинского`, `Тургенев`; not `Пушкин`, a town as well)."""
    grammemes = [p.tag.grammemes for p in parses(word.lower())]
    return any({"Surn", "Name", "Patr"} & g for g in grammemes) and not any("Geox" in g for g in grammemes)


def honorific_at(doc: Doc, i: int) -> bool:
    """The abbreviation at i addresses a person (`honorifics.tsv`): it is not after a preposition
    or a number (`в г. Орлове`, `1812 г.`), and the capitalised word after its stop reads as a
    person's name only (`лекции г. Белинского`)."""
    if doc[i].text not in honorifics() or abbreviation_at(doc, i) is None or i + 2 >= len(doc):
        return False
    before = i - 1
    while before >= 0 and doc[before].is_space:
        before -= 1
    if before >= 0 and (doc[before].pos_ == ADP or doc[before].like_num):
        return False
    return capitalised(doc[i + 2]) and doc[i + 2].is_alpha and persons_name(doc[i + 2].text)


def reads_as_place(doc: Doc, start: int, end: int) -> bool:
    """A name after an abbreviated term (`г. Ельце`) is a place only as a place reads: never
    where slovnet or the tagger read a person (`г. Тургенев`, `г.` for господин; `с.` before a
    surname), and only when a word of it has pymorphy3's place reading (`Geox`), or is a neuter
    adjective in the nominative with no name's reading (a village named as `село` is, `с.
    Никольское`; no person's name is neuter), or a model reads it as a place (then the term only
    adds its finer type)."""
    models = [*doc.ents, *doc.spans.get(TAGGER, [])]
    crossing = {s.label_ for s in models if s.start < end and start < s.end}
    if PER in crossing:
        return False
    return LOC in crossing or any(place_reading(parses(t.text.lower())) for t in doc[start:end])


def place_reading(readings: tuple) -> bool:
    """pymorphy3 reads a word as a place (`Geox`) or as a neuter adjective in the nominative
    and as no person's name (`Никольское`)."""
    if any({"Surn", "Name", "Patr"} & p.tag.grammemes for p in readings):
        return any("Geox" in p.tag for p in readings)
    return any("Geox" in p.tag or {"ADJF", "neut", "sing", "nomn"} <= p.tag.grammemes for p in readings)


HEADWORD = 3  # letters at least of a headword in capitals (`ЗАРУДНЫЙ`), not an abbreviation (`ЦК`)


def headwords(doc: Doc) -> Iterator[Span]:
    """The headword of a reference book's article: a surname in capitals opening its paragraph,
    then the first name and the patronymic (`ЗАРУДНЫЙ Павел Игнатьевич (1821–1881), инженер`):
    one PER, the surname inside; the models read the capitals as an organisation or a name of
    its own. The first name must be one the dictionary knows (pymorphy3's `Name`), the
    patronymic, if any, a `Patr`; the capitals must read as a surname in lower case (`Surn`) or
    be followed by both (not an acronym, `СССР Михаил Горбачёв`, `ВЧК Иван`), and a longer
    person of the models is not replaced (`longer_person`)."""
    for token in doc:
        if not (token.is_alpha and token.is_upper and len(token) >= HEADWORD) or not (
                token.i == 0 or "\n" in doc[token.i - 1].text or doc[token.i - 1].text.endswith("\n")
                or "\n" in doc[token.i - 1].whitespace_):
            continue
        end = token.i + 1
        for grammeme in ("Name", "Patr"):
            if end < len(doc) and capitalised(doc[end]) and not doc[end].is_upper and any(
                    grammeme in p.tag and "nomn" in p.tag for p in parses(doc[end].text.lower())):
                end += 1
            elif grammeme == "Name":
                break
        surname = any("Surn" in p.tag for p in parses(token.text.lower()))
        if end > token.i + 1 and (surname or end == token.i + 3) and not longer_person(doc, token.i, end):
            yield Span(doc, token.i, end, label=PER)


def longer_person(doc: Doc, start: int, end: int) -> bool:
    """A person of slovnet or the tagger that crosses the words and runs past them (`Михаил
    Горбачёв` after an acronym in capitals, `СССР Михаил Горбачёв`): the model's name stays."""
    return any(s.label_ == PER and s.start < end and start < s.end and (s.start < start or s.end > end)
               for s in [*doc.ents, *doc.spans.get(TAGGER, [])])


def trimmed(ent: Span, places: list[Span]) -> Span:
    """A model span that runs into a rule's place name from the left ends where the place begins
    (`Ковров Владимирской` before `Владимирской губ.`: `Ковров`)."""
    for place in places:
        if ent.start < place.start < ent.end < place.end:
            cut = Span(ent.doc, ent.start, place.start, label=ent.label_)
            return cut  # (its finer type was the longer span's)
    return ent


def adjective_of(token: Token, head: Token) -> bool:
    """An adjective in the head noun's case (`Верхнекурминской станице`; not `Дона станицу`); a
    capitalised word the tagger takes for a proper noun is one where the dictionary reads it as an
    adjective in that case (`Верхнекурминской же станицы`)."""
    cases = set(head.morph.get(CASE))
    if token.pos_ == PROPN and capitalised(token):
        return any(r.tag.POS == "ADJF" and UD_CASES.get(r.tag.case) in cases for r in parses(model_word(token).lower()))
    return token.pos_ == ADJ and lemma(token) not in table("quantifiers") and bool(set(token.morph.get(CASE)) & cases)


def inside_place(ent: Span, places: list[Span]) -> bool:
    """A model span within a place name of the rule, shorter than it (`Ветлужского` PER in
    `Ветлужского форпоста`, `Курминскую станицу` ORG in `Нижнюю Курминскую станицу`)."""
    return any(p.start <= ent.start and ent.end <= p.end and (ent.start, ent.end) != (p.start, p.end)
               for p in places)


def tail(doc: Doc, head: Token) -> int:
    """Past the genitive words of a name (`партия трудового народа`) or `в` + a place."""
    end = head.i + 1
    while end < len(doc) and doc[end].pos_ in (ADJ, NOUN, PROPN) and doc[end].morph.get(CASE) == ["Gen"] \
            and not doc[end].is_sent_start:
        end += 1
    if end + 1 < len(doc) and lemma(doc[end]) in ("в", "во") and doc[end + 1].ent_type_ == LOC:
        end += 2
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
    return end


def fine_type(ent: Span) -> str | None:
    if ent.label_ != LOC:
        return None
    if " ".join(lemma(t) for t in ent) in table("countries"):
        return "COUNTRY"
    return None


def resolve(spans: list[Span]) -> list[Span]:
    """One span per extent (rules win over the model), no same-type nesting, text order: a span
    inside another of its type goes; of spans that cross each other, the longest stay
    (`filter_spans`). In O(n log n): a text without a full stop can give thousands of spans."""
    by_extent: dict[tuple[int, int], Span] = {}
    for span in spans:
        by_extent[(span.start, span.end)] = span
    inside = nested_in_same_label(by_extent)
    kept = [s for extent, s in by_extent.items() if extent not in inside]
    crossed = crossing([(s.start, s.end) for s in kept])
    outer = {(s.start, s.end) for s in filter_spans([s for s in kept if (s.start, s.end) in crossed])}
    return sorted((s for s in kept if (s.start, s.end) not in crossed or (s.start, s.end) in outer),
                  key=lambda s: (s.start, -s.end))


def nested_in_same_label(by_extent: dict[tuple[int, int], Span]) -> set[tuple[int, int]]:
    """Extents inside (or at the edge of) another extent of the same label."""
    by_label: dict[str, list[tuple[int, int]]] = {}
    for extent, span in by_extent.items():
        by_label.setdefault(span.label_, []).append(extent)
    inside = set()
    for extents in by_label.values():
        reach = -1  # the furthest end of the extents before, which all start at or before this one
        for start, end in sorted(extents, key=lambda e: (e[0], -e[1])):
            if reach >= end:
                inside.add((start, end))
            reach = max(reach, end)
    return inside


def crossing(extents: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The extents that cross another one: each begins inside the other and ends outside it."""
    ordered = sorted(extents)
    starts = [start for start, _ in ordered]
    ends = [end for _, end in ordered]
    # furthest[k][i]: the largest end among ordered[i : i + 2**k]
    furthest = [ends]
    while 2 ** len(furthest) <= len(ends):
        last, step = furthest[-1], 2 ** (len(furthest) - 1)
        furthest.append([max(last[i], last[i + step]) for i in range(len(last) - step)])

    def reach(first: int, stop: int) -> int:
        if first >= stop:
            return -1
        level = (stop - first).bit_length() - 1
        return max(furthest[level][first], furthest[level][stop - 2 ** level])

    found = set()
    before: list[int] = []  # the ends of the extents that start before the current start
    i = 0
    while i < len(ordered):
        j = i
        while j < len(ordered) and starts[j] == starts[i]:
            j += 1
        for start, end in ordered[i:j]:
            # one that starts before and ends inside, or starts inside and ends after
            k = bisect_right(before, start)
            if (k < len(before) and before[k] < end) or \
                    reach(bisect_right(starts, start), bisect_left(starts, end)) > end:
                found.add((start, end))
        for end in ends[i:j]:
            insort(before, end)
        i = j
    return found


def repeated(doc: Doc, spans: list[Span]) -> Iterator[Span]:
    """A title found once by its cue is the same title wherever else it is written."""
    whole = doc_text(doc)  # `Doc.text`, built once for the Doc
    for text, label in {(s.text, s.label_) for s in spans if s.label_ == WORK_OF_ART}:
        at = whole.find(text)
        while at >= 0:
            span = doc.char_span(at, at + len(text), label=label)
            if span is not None:
                yield span
            at = whole.find(text, at + 1)


def place_adjectives(doc: Doc) -> Iterator[Span]:
    """Adjectives NEREL annotates as the place they name (`японского` COUNTRY), from
    `place_adjectives.tsv`, learned on NEREL train (`tagger/adjectives.py`)."""
    known = load_table("entities/place_adjectives.tsv")
    fine = {row[0]: row[1] for row in known}
    for token in doc:
        if token.pos_ == ADJ and lemma(token) in fine:
            span = Span(doc, token.i, token.i + 1, label=LOC)
            span._.fine_type = fine[lemma(token)]
            yield span


def lowercase_word(text: str) -> bool:
    return text[:1].islower() and text.replace("-", "").isalpha()


def opener_lemma(word: str) -> str:
    """pymorphy3's likeliest lemma of the word, out of context, as `tagger/openers.py` learns it."""
    readings = parses(word.lower())
    return (readings[0].normal_form if readings else word.lower()).replace("ё", "е")


@lru_cache(maxsize=1)
def openers() -> frozenset[str]:
    return frozenset(row[0] for row in load_table("entities/openers.tsv"))


def opened(span: Span) -> Span | None:
    """The tagger's organisation without the lowercase words before its name that NEREL train
    never (or once) opens an organisation with (`openers.tsv`): `с отличием окончил Горный
    институт` → `Горный институт`, while `правительство Москвы` and `полиция` keep theirs. An
    adjective stops the cut: it is the name's own (`духовное управление`, `переходное
    правительство`). None when nothing is left."""
    start, listed = span.start, openers()
    while start < span.end and lowercase_word(span.doc[start].text) and span.doc[start].pos_ != ADJ and \
            opener_lemma(model_word(span.doc[start])) not in listed:
        start += 1
    if start == span.start:
        return span
    if start == span.end:
        return None
    new = Span(span.doc, start, span.end, label=span.label_)
    new._.fine_type = span._.fine_type
    return new


def bodies(doc: Doc) -> list[Span]:
    """slovnet's organisations on the very words the tagger reads as a FACILITY (`Первом
    канале`, `Белого дома` the administration): the tagger says a named thing, slovnet which."""
    facilities = {(s.start, s.end) for s in doc.spans.get(TAGGER, []) if s.label_ == FACILITY}
    return [Span(doc, ent.start, ent.end, label=ORG) for ent in doc.ents
            if ent.label_ == ORG and (ent.start, ent.end) in facilities]


def modifier_only(ent: Span, rules: list[Span], longer: bool = False) -> bool:
    """A model span that is the modifier of a rule name (`Шахтинское` in `Шахтинское дело`), or
    one of the rule's type that overlaps it (`Второй мировой войны он жил` against the rule's
    `Второй мировой войны`): the rule's extent wins. With `longer`, a span that holds the whole
    of a rule name of its type is kept (the tagger's `Главное управление МВД по Тверской
    области` against the rule's head and genitives `Главное управление МВД`)."""
    return any((r.start == ent.start and ent.end < r.end)
               or (r.label_ == ent.label_ and r.start < ent.end and ent.start < r.end
                   and not (longer and ent.start <= r.start and r.end <= ent.end)) for r in rules)


# The types whose tagger spans lose the leading lowercase words `openers.tsv` does not list.
OPENED = frozenset({ORG})

# The types whose tagger span wins over a shorter rule name it holds (decided on NEREL dev).
LONGER = frozenset({ORG})


class EntityRules:
    """The rules' names and the models' entities, each type from the layers `sources.py` gives it."""

    def __init__(self, only: str = "", convention_name: str = LETOPIS) -> None:
        self.sources = choice(only)
        self.only = only
        self.convention: Convention = convention(convention_name)
        self.longer = LONGER

    def __call__(self, doc: Doc) -> Doc:
        heads = [] if self.only else list(headwords(doc))  # the pipeline's combination, not one layer's
        rules = list(titles(doc)) + list(named_heads(doc))
        rules += list(repeated(doc, rules))
        # NEREL's convention has a street, pier or fortress as a FACILITY, no place (GUIDELINES 9.6)
        places = [span for span in [*place_names(doc), *abbreviated_places(doc), *dedications(doc)]
                  if allowed(span, RULES, self.sources)
                  and not (LOC in self.convention.facility and span._.fine_type == FACILITY)]
        rules = [span for span in rules if allowed(span, RULES, self.sources)] + places + heads
        if not self.only:  # the pipeline's combination: a hidden name after a rank (`генерал NN`)
            rules += list(hidden_names(doc))
        tagged = {(s.start, s.end, s.label_) for s in doc.spans.get(TAGGER, [])}
        slovnet = {(e.start, e.end, e.label_) for e in doc.ents}
        # a building the tagger does not also read as a place (`Саратове` is both at times)
        buildings = {(s.start, s.end) for s in doc.spans.get(TAGGER, []) if s.label_ == FACILITY} - {
            (s.start, s.end) for s in doc.spans.get(TAGGER, []) if s.label_ == LOC}
        conv = self.convention

        def kept(ent: Span) -> bool:
            if spoken_title(ent) or cut_short(ent) or legal_form_only(ent) or (
                    ent.label_ != WORK_OF_ART and ent[-1].pos_ in (DET, PRON)):
                return False  # no name but a title ends in a pronoun (a letter's `Кланяюсь Вашей супруге`)
            learned = (ent.start, ent.end, ent.label_) in tagged
            if ent.label_ != PER and latin_only(ent) and in_foreign_phrase(ent) and not (
                    learned and (ent.start, ent.end, ent.label_) in slovnet):
                return False  # words of a foreign phrase are a place, body or title only where both models read them so
            if ent.label_ in conv.facility and (ent.start, ent.end) in buildings:
                return False
            if ent.label_ == LOC and LOC not in conv.adjectives and adjective_of_noun(ent):
                return False  # `Луврской галерее`, `Итальянского похода`: a place's adjective is no place (GUIDELINES 2.2)
            if learned and ent.label_ in conv.as_tagged:
                return True
            return not false_positive(ent, learned and ent.label_ in conv.lowercase) and not (
                modifier_only(ent, rules, learned and ent.label_ in self.longer)
                and not (learned and ent.label_ in conv.inside_names))

        def edged(span: Span) -> Span | None:
            if span.label_ == EVENT and EVENT not in conv.as_tagged:
                span = verb_cut(span)
                if span is None:
                    return None
            if span.label_ in OPENED and (span.start, span.end, span.label_) in tagged:
                span = opened(span)
                if span is not None:
                    tagged.add((span.start, span.end, span.label_))
            return balanced(span) if span is not None else None

        model = [ent for ent in (edged(trimmed(span, places)) for span in model_spans(doc, self.sources))
                 if ent is not None and kept(ent) and not inside_place(ent, places + heads)]
        if not self.only:  # slovnet's reading of a building: the pipeline's combination, not one layer's
            model += [ent for ent in bodies(doc) if kept(ent)]
        if LOC in conv.adjectives:
            places = [(s.start, s.end) for s in model if s.label_ == LOC]
            model += [s for s in place_adjectives(doc)
                      if not any(start < s.end and s.start < end for start, end in places)]
        spans = resolve(model + rules)
        for span in spans:
            span._.fine_type = span._.fine_type or fine_type(span)
        doc.spans[ENTITIES] = spans
        doc.ents = filter_spans(spans)
        return doc


@Language.factory("letopis_entity_rules", default_config={"only": "", "convention": LETOPIS},
                  requires=["doc.ents", "token.pos", "token.morph", "token.lemma"],
                  assigns=["doc.ents", "doc.spans", "span._.fine_type"])
def create(nlp: Language, name: str, only: str, convention: str) -> EntityRules:
    return EntityRules(only, convention)
