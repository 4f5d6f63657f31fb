"""The named mention a pronoun argument stands for, so `он` in an event can say who.

How each pronoun is resolved is data (`refers` in `models/events/pronouns.tsv`):
- relative (`который`): the noun its clause modifies, as the tree says (`Мандельштама, которого арестовали`);
- reflexive (`свой`): the subject of the verb it depends on;
- a gender (`он`, `его` Masc; `она`, `её` Fem): the nearest person mentioned before it, in its
  sentence or the two before, whose name agrees in gender.
Plural and demonstrative pronouns are left unresolved: their antecedents are too often groups.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from letopis.events import rules as event_rules
from letopis.labels import PER
from letopis.ud import GENDER, VERB
from letopis.words import lemma

LOOK_BACK = 2  # sentences before the pronoun's own
RELATIVE, REFLEXIVE = "relative", "reflexive"


def antecedent(pronoun: Token, names: list[Span]) -> Span | None:
    """The name (`names`: the document's entity mentions, in text order) the pronoun stands for."""
    refers = event_rules.pronoun_reference().get(lemma(pronoun))
    if refers == RELATIVE:
        return holding(modified_noun(pronoun), names)
    if refers == REFLEXIVE:
        return holding(subject_of_verb(pronoun), names)
    if refers in ("Masc", "Fem"):
        return nearest_person(pronoun, names, refers)
    return None


def holding(token: Token | None, names: list[Span]) -> Span | None:
    """The innermost name that contains the token."""
    if token is None:
        return None
    found = [name for name in names if name.start <= token.i < name.end]
    return min(found, key=len) if found else None


def modified_noun(pronoun: Token) -> Token | None:
    node = pronoun
    while node.head.i != node.i:
        if node.dep_ == "acl:relcl":
            return node.head
        node = node.head
    return None


def subject_of_verb(pronoun: Token) -> Token | None:
    node = pronoun
    while node.head.i != node.i:
        node = node.head
        if node.pos_ == VERB:
            return next((child for child in node.children if child.dep_ == "nsubj"), None)
    return None


def nearest_person(pronoun: Token, names: list[Span], gender: str) -> Span | None:
    first = pronoun.sent
    for _ in range(LOOK_BACK):
        if first.start == 0:
            break
        first = pronoun.doc[first.start - 1].sent
    for name in reversed(names):
        if name.label_ == PER and first.start <= name.start and name.end <= pronoun.i:
            genders = name.root.morph.get(GENDER)
            if not genders or genders[0] == gender:
                return name
    return None
