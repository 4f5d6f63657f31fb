"""Which earlier referent a pronoun or an unwritten subject stands for.

Candidates are the referents of the mention's paragraph in its sentence and the `LOOK_BACK`
sentences before it; a mention in the first sentence of a paragraph also sees the end of the
paragraph before. A candidate must agree in number and, where both are known, in gender; a
personal or possessive pronoun is never the subject of its own clause (`Иван попросил его`:
`его` is not Иван), a third-person pronoun never the narrator. Of the rest the most salient
wins: a subject over an object (`SUBJECT`; the other way round for a demonstrative `тот`), a
name over a common noun (`NAMED`), less for
every sentence (`SENTENCE`) and for the paragraph (`PARAGRAPH`) between, the nearest on ties.
"""
from __future__ import annotations

from typing import Iterable

from spacy.tokens import Token

from letopis.coref.mentions import DEMONSTRATIVE, PLUR, SING, ZERO, Mention, Referent

LOOK_BACK = 3      # sentences before the mention's own
SUBJECT = 1.0      # a subject is the likeliest to be talked about next
NAMED = 0.3        # a named person over one a common noun gives
SENTENCE = 0.7     # the cost of each sentence between
PARAGRAPH = 0.5    # the cost of starting a new paragraph


def agrees(mention: Mention, referent: Referent) -> bool:
    if mention.number == PLUR:
        return referent.number == PLUR
    if referent.number != SING:
        return False
    return mention.gender is None or referent.gender is None or mention.gender == referent.gender


def clause_verbs(token: Token) -> set[int]:
    """The verb whose clause the token is in, and the first verb it is coordinated with."""
    node = token
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    verbs = {node.i}
    if node.dep_ == "conj" and node.head.i != node.i:
        verbs.add(node.head.i)
    return verbs


def visible(mention_sent: int, mention_para: int, first_of_para: bool, referent: Referent) -> bool:
    if mention_sent - referent.sent > LOOK_BACK:
        return False
    return referent.para == mention_para or (first_of_para and referent.para == mention_para - 1)


def salience(referent: Referent, sent: int, para: int, contrast: bool = False) -> float:
    """`contrast` (a demonstrative `тот`): the one who is not the subject is meant."""
    subject = SUBJECT * (referent.subject != contrast)
    return (subject + NAMED * bool(referent.named or referent.members)
            - SENTENCE * (sent - referent.sent) - PARAGRAPH * (para - referent.para))


def antecedent(mention: Mention, history: Iterable[Referent], sent: int, para: int,
               first_of_para: bool, others: set = frozenset()) -> Referent | None:
    """The most salient visible agreeing referent (`history` in text order), or None; never
    one of `others` (who the verb's other dependents are)."""
    bound = clause_verbs(mention.token) if mention.kind != ZERO else set()
    best, best_key = None, None
    for referent in history:
        if not visible(sent, para, first_of_para, referent) or not agrees(mention, referent):
            continue
        if referent.narrator and mention.kind != ZERO:
            continue
        if (referent.subject and referent.verb in bound) or (referent.named, referent.members) in others:
            continue
        key = (salience(referent, sent, para, mention.use == DEMONSTRATIVE), referent.token)
        if best_key is None or key > best_key:
            best, best_key = referent, key
    return best
