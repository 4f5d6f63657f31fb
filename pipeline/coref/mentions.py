"""What a Doc offers coreference: referents that can be antecedents, and mentions to resolve.

A `Referent` is anything a later `он` or an unwritten subject may stand for: a named person, a
coordination of named persons (a group), a person named by a common noun (`отец`), the
narrator (`я`, `мы`), or a thing in subject position (`дом`), which stops a pronoun from being
taken for a person. Pronouns and unwritten subjects, once resolved, become referents too, so
a chain of `он` carries its person from sentence to sentence.
"""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from spacy.tokens import Span, Token

from letopis import ud
from letopis.labels import PRONOUN, ZERO
from letopis.resources import load_table
from letopis.words import lemma

SUBJECTS = {"nsubj", "nsubj:pass"}
CLAUSAL_SUBJECTS = {"csubj", "csubj:pass", "expl"}
SING, PLUR = "Sing", "Plur"
GENDERS = ("Masc", "Fem")
PERSONAL, POSSESSIVE, REFLEXIVE, RELATIVE = "personal", "possessive", "reflexive", "relative"
CharSpan = tuple[int, int]


class Referent(NamedTuple):
    token: int            # its head token (the verb, for an unwritten subject)
    sent: int             # sentence number in the Doc
    para: int             # paragraph number in the Doc
    gender: str | None    # Masc, Fem or unknown
    number: str           # Sing or Plur
    subject: bool         # the subject of its clause
    verb: int | None      # the verb it is the subject of
    named: CharSpan | None = None  # the name it is or stands for
    members: tuple[CharSpan, ...] = ()  # the names of a group
    person: bool = True
    narrator: bool = False


class Mention(NamedTuple):
    """A pronoun or an unwritten subject to resolve (`span`: the pronoun, or the verb)."""
    token: Token
    kind: str              # PRONOUN or ZERO
    use: str               # PERSONAL, POSSESSIVE, REFLEXIVE, RELATIVE (ZERO: PERSONAL)
    gender: str | None
    number: str | None


@lru_cache(maxsize=None)
def pronoun_table() -> dict[str, tuple[str, str | None, str | None]]:
    """lemma → (use, gender, number) from `models/coref/pronouns.tsv`."""
    return {row[0]: (row[1], None if row[2] == "-" else row[2], None if row[3] == "-" else row[3])
            for row in load_table("coref/pronouns.tsv")}


@lru_cache(maxsize=None)
def narrator_table() -> dict[str, str]:
    return {row[0]: row[1] for row in load_table("coref/narrator.tsv")}


def feature(token: Token, name: str) -> str | None:
    values = token.morph.get(name)
    return values[0] if values else None


def subject_verb(token: Token) -> int | None:
    return token.head.i if token.dep_ in SUBJECTS and token.head.i != token.i else None


def own_subject(verb: Token) -> bool:
    return any(child.dep_ in SUBJECTS | CLAUSAL_SUBJECTS for child in verb.children)


def has_subject(verb: Token) -> bool:
    """A subject of its own, or the written subject of the verb it is coordinated with
    (`Иван приехал и остался`); when that one's is unwritten too, each verb has its own zero."""
    if own_subject(verb):
        return True
    head = verb.head
    return (verb.dep_ == "conj" and head.i != verb.i and head.pos_ in (ud.VERB, ud.AUX)
            and feature(head, ud.VERBFORM) == "Fin" and own_subject(head))


def zero_subject(token: Token) -> Mention | None:
    """The unwritten subject of a finite verb or of a short passive participle (`был
    арестован`): past tense gives its gender and number, present and future its person (the
    third only)."""
    form = feature(token, ud.VERBFORM)
    if token.pos_ != ud.VERB or feature(token, ud.MOOD) == "Imp":
        return None
    if form != "Fin" and not (form == "Part" and feature(token, ud.VARIANT) == "Short"):
        return None
    if has_subject(token):
        return None
    number = feature(token, ud.NUMBER)
    if feature(token, ud.TENSE) == "Past":
        gender = feature(token, ud.GENDER)
        if number == SING and gender not in GENDERS:
            return None  # `стало`, `случилось`: impersonal
        return Mention(token, ZERO, PERSONAL, gender if number == SING else None, number)
    if feature(token, ud.PERSON) != "3" or number is None:
        return None
    return Mention(token, ZERO, PERSONAL, None, number)


def pronoun(token: Token) -> Mention | None:
    if token.pos_ not in (ud.PRON, ud.DET):
        return None
    found = pronoun_table().get(lemma(token))
    if found is None:
        return None
    use, gender, number = found
    if use == PERSONAL and token.pos_ == ud.DET:
        use = POSSESSIVE
    return Mention(token, PRONOUN, use, feature(token, ud.GENDER) or gender, feature(token, ud.NUMBER) or number)


def narrator(token: Token, sent: int, para: int) -> Referent | None:
    number = narrator_table().get(lemma(token)) if token.pos_ == ud.PRON else None
    if number is None:
        return None
    return Referent(token.i, sent, para, None, number, token.dep_ in SUBJECTS, subject_verb(token), narrator=True)


def name_referent(span: Span, gender: str | None, sent: int, para: int) -> Referent:
    root = span.root
    return Referent(root.i, sent, para, gender, SING, root.dep_ in SUBJECTS, subject_verb(root),
                    named=(span.start_char, span.end_char))


def group_referent(first: Span, spans: list[Span], sent: int, para: int) -> Referent:
    root = first.root
    return Referent(spans[-1].root.i, sent, para, None, PLUR, root.dep_ in SUBJECTS, subject_verb(root),
                    members=tuple((s.start_char, s.end_char) for s in spans))


def predicate(token: Token) -> bool:
    """`был врачом`, `стал учителем`: a noun that says what someone is, no one new."""
    return any(child.dep_ == "cop" for child in token.children) or token.dep_ in ("xcomp", "root")


def noun_referent(token: Token, sent: int, para: int) -> Referent | None:
    """A person named by a common noun (`отец`, `братья`); a thing only as a subject."""
    if token.pos_ != ud.NOUN or predicate(token):
        return None
    person = feature(token, ud.ANIMACY) == "Anim"
    subject = token.dep_ in SUBJECTS
    if not person and not subject:
        return None
    number = feature(token, ud.NUMBER) or SING
    gender = feature(token, ud.GENDER) if number == SING else None
    if person and gender not in GENDERS:
        gender = None  # `сирота`, `судья`: either
    return Referent(token.i, sent, para, gender, number, subject, subject_verb(token), person=person)
