"""Narration kinds of the seventeenth round (issue 12, coref17a): roles the parser's tree hides.

`existential`: `В том городе был молодой лекарь — Сомов. Он ...`. The parser
makes the noun of an existential `быть` the root of its clause with `был` as its copula and no
subject, and hangs the name under it as an apposition; by the tree the name is then no subject,
and the next sentence's `он` went to an earlier subject (the person the passage was about before
the newcomer was brought on stage). In an existential sentence the noun is the subject (`был
человек` is `жил человек`), so the name apposed to it is one too.
"""
from __future__ import annotations

from spacy.tokens import Token

from letopis import ud
from letopis.words import features, lemma

BE = "быть"
WRITTEN_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "csubj", "expl"})


def existential(bearer: Token) -> bool:
    """The noun (or name) is the subject of an existential `быть` the parser made the predicate:
    a root in the nominative with no subject of its own and the copula `быть` on it or on a word
    that hangs on it (`в том городе был молодой лекарь — Сомов`: the parser hangs `был` on
    `городе`); not `Он был человек гордый`, `Это был Долохов` (a subject is written), nor `был
    врачом` (a predicate's instrumental), nor a clause under another (`что был ...`)."""
    if bearer.dep_ != "root" or bearer.pos_ not in (ud.NOUN, ud.PROPN):
        return False
    if features(bearer, ud.CASE) not in ([], ["Nom"]):
        return False
    if any(c.dep_ in WRITTEN_SUBJECTS for c in bearer.children):
        return False
    hosts = [bearer] + [c for c in bearer.children if c.i < bearer.i and c.dep_ in ("obl", "nmod", "advmod")]
    return any(c.dep_ == "cop" and lemma(c) == BE and not any(s.dep_ in WRITTEN_SUBJECTS for s in host.children)
               for host in hosts for c in host.children)
