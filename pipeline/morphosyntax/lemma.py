"""pymorphy3 lemmas, choosing the parse that agrees with the tagger.

pymorphy3 lists every reading of a word; its first is only the most frequent
in general. The slovnet tag says which reading this occurrence is, so each
parse is scored by its agreement with the tag (`Толстому`, tagged as a proper
noun, is `толстой`, not the adjective `толстый`; `Александру`, tagged feminine
accusative, is `александра`, not `александр`). The tag is
evidence, not a filter: a parse that disagrees on one feature can still win.

The dictionary also catches the tagger's impossible cases: when every reading
of a known word rules out the case slovnet gave (a dative-only form tagged genitive), the
case of the chosen reading replaces it, so later stages see the real slot.
"""
from __future__ import annotations

import re
from functools import lru_cache

import numpy

import pymorphy3
from spacy.attrs import IS_SPACE, LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.tokens import Doc, Token

from letopis import ud
from letopis.resources import load_table
from letopis.words import model_word

# Features whose agreement decides between parses, by weight.
WEIGHTS = {ud.CASE: 2, ud.NUMBER: 1, ud.GENDER: 1, ud.PERSON: 1, ud.TENSE: 1,
           ud.ASPECT: 1, ud.VERBFORM: 2, ud.VOICE: 1, ud.MOOD: 1, ud.VARIANT: 1}
KIN = [{ud.NOUN, ud.PROPN}, {ud.VERB, ud.AUX}, {ud.CCONJ, ud.SCONJ}, {ud.ADJ, ud.DET}, {ud.PRON, ud.DET}]
VERBATIM = {ud.PUNCT, ud.NUM, ud.SYM, "SPACE"}


@lru_cache(maxsize=1)
def analyzer() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=20_000)  # readings are heavy objects: recent words only (their other tags, the rules)
def parses(word: str) -> tuple:
    """pymorphy3's readings of a word; none for a word with a letter Unicode gives no name
    (Tangut 𗀀), on which pymorphy3's shape check raises."""
    try:
        return tuple(analyzer().parse(word))
    except ValueError:
        return ()


def pos_agreement(parse_pos: str, pos: str) -> float:
    if parse_pos == pos:
        return 4
    return 2 if any(parse_pos in kin and pos in kin for kin in KIN) else 0


# pymorphy3's marks of a proper name's reading (a first name, surname, patronymic, place, body)
PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})


def common_readings(readings: tuple) -> tuple:
    """The readings of a word written in lowercase, proper names left out when any other remains:
    `сослан` in `брат был сослан` is the participle of `сослать`, not the first name Сослан."""
    common = tuple(parse for parse in readings if not PROPER & parse.tag.grammemes)
    return common or readings


# A tag's UD reading, once per tag (pymorphy3 has a few thousand); read only, never changed.
tag_feats = lru_cache(maxsize=10_000)(ud.ud_feats)
tag_pos = lru_cache(maxsize=10_000)(ud.ud_pos)


def agreement(parse, pos: str, feats: dict[str, str]) -> float:
    parse_feats = tag_feats(parse.tag)
    score = pos_agreement(tag_pos(parse.tag), pos)
    for name, weight in WEIGHTS.items():
        if name in feats and name in parse_feats:
            score += weight if feats[name] == parse_feats[name] else -weight
    return score + parse.score  # pymorphy3's own frequency breaks ties


# `1905-го`, `1905-м`: an ordinal in digits with a case ending; UD lemma `1905-й`.
ORDINAL = re.compile(r"^(\d+)-[а-я]{1,3}$")


@lru_cache(maxsize=200_000)
def lemmatize(word: str, pos: str, feats: tuple[tuple[str, str], ...]) -> tuple[str, str | None]:
    """The lemma, and the case the dictionary insists on when the tagger's is impossible."""
    lowered = word.lower()
    if ordinal := ORDINAL.match(lowered):
        return f"{ordinal.group(1)}-й", None
    if pos in VERBATIM or not any(ch.isalpha() for ch in word):
        return lowered, None
    if pos in PRONOMINAL and lowered in old_instrumentals():
        return old_instrumentals()[lowered][0], None  # `всею`: `весь`, not the verb `всеять`
    readings = parses(lowered)
    if not readings:
        return lowered, None
    if word.islower():
        readings = common_readings(readings)
    if not any(parse.is_known for parse in readings) and (infinitive := old_gerund(lowered)) is not None:
        return infinitive, None  # `пришед`: a gerund the dictionary lacks, not the noun it guesses
    wanted = dict(feats)
    best = max(readings, key=lambda parse: agreement(parse, pos, wanted))
    return best.normal_form, impossible_case(readings, best, wanted.get(ud.CASE))


PRONOMINAL = frozenset({ud.ADJ, ud.DET, ud.PRON})


@lru_cache(maxsize=1)
def old_instrumentals() -> dict[str, str]:
    """{form: (lemma, UD tag)} of `models/syntax/old_instrumentals.tsv`: the old `-ою`/`-ею`
    instrumental of pronominal adjectives the dictionary lacks (`всею`, `сею`, `которою`)."""
    return {row[0]: (row[1], row[2]) for row in load_table("syntax/old_instrumentals.tsv")}


@lru_cache(maxsize=1)
def old_gerund_endings() -> tuple[tuple[str, str], ...]:
    """(ending, infinitive ending) of `models/syntax/old_gerunds.tsv`, longest ending first."""
    return tuple(sorted(((row[0], row[1]) for row in load_table("syntax/old_gerunds.tsv")),
                        key=lambda row: -len(row[0])))


@lru_cache(maxsize=4096)
def old_gerund(word: str) -> str | None:
    """The infinitive of a 19th-century gerund the dictionary lacks (`пришед`, `вошедши` →
    `прийти`, `войти`; `прочед` → `прочесть`), by the endings of `models/syntax/old_gerunds.tsv`,
    when the dictionary knows the infinitive so made; else None."""
    for ending, infinitive in old_gerund_endings():
        if word.endswith(ending) and len(word) > len(ending):
            candidate = word[:-len(ending)] + infinitive
            if analyzer().word_is_known(candidate) and any(
                    parse.tag.POS == "INFN" and parse.normal_form == candidate for parse in analyzer().parse(candidate)):
                return candidate
    return None


def impossible_case(parses: list, best, case: str | None) -> str | None:
    if case is None or not all(parse.is_known for parse in parses):
        return None
    if any(tag_feats(parse.tag).get(ud.CASE) == case for parse in parses):
        return None
    return tag_feats(best.tag).get(ud.CASE)


KNOWN = 100_000  # (word, tag) pairs whose lemma the component keeps at hand; then it starts anew


class Lemmatizer:
    """Every token's lemma by `lemmatize`; the lemmas of a (word, UPOS, features) seen before
    are looked up by the Doc's integer ids, without making token objects."""

    def __init__(self) -> None:
        self.known: dict[tuple[int, int, int], tuple[int, str | None]] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, IS_SPACE]).tolist()
        lemmas = []
        for i, (orth, pos, morph, space) in enumerate(rows):
            if space:
                lemmas.append(orth)
                continue
            key = (orth, pos, morph)
            found = self.known.get(key)
            if found is None:
                token = doc[i]
                feats = token.morph.to_dict()
                text, case = lemmatize(model_word(token), token.pos_, tuple(sorted(feats.items())))
                found = (doc.vocab.strings.add(text), case)
                if len(self.known) >= KNOWN:
                    self.known.clear()
                self.known[key] = found
            lemmas.append(found[0])
            if found[1]:
                token = doc[i]
                token.set_morph({**token.morph.to_dict(), ud.CASE: found[1]})
        doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64"))
        return doc


@Language.factory("letopis_lemma", requires=["token.pos", "token.morph"], assigns=["token.lemma"])
def create_lemmatizer(nlp: Language, name: str) -> Lemmatizer:
    return Lemmatizer()
