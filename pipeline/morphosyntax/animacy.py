"""Whether a noun names a person or an animal: one rule for every stage.

The dictionary decides where all of pymorphy3's noun readings of the word agree (`самозванство`
is no one, `каторжника` someone, whatever the tagger says: slovnet's animacy follows the case
ending, and an accusative that looks like a nominative reads inanimate); where the readings
disagree (`пол`: the floor, or a man called Пол) or the dictionary has no noun reading, the
tagger's `Animacy`. Coreference (`coref/mentions.py`, which nouns are persons) and events
(`events/extractor.py`, `people`: which dependents can be participants) both read it here.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from letopis import ud
from letopis.morphosyntax.lemma import parses
from letopis.resources import load_table
from letopis.words import lemma, model_word


@lru_cache(maxsize=65536)
def dictionary_animacy(word: str) -> bool | None:
    """pymorphy3's animacy of a noun when all its noun readings agree, else None."""
    found = {"anim" in parse.tag for parse in parses(word)
             if parse.tag.POS == "NOUN"}
    return found.pop() if len(found) == 1 else None


def animate(token: Token) -> bool:
    """A person or an animal: for a noun or a name, the dictionary where all its readings of
    the word agree, else (and for any other word) the tagger."""
    known = dictionary_animacy(model_word(token).lower()) if token.pos_ in (ud.NOUN, ud.PROPN) else None
    if known is not None:
        return known
    values = token.morph.get(ud.ANIMACY)
    return bool(values) and values[0] == "Anim"


@lru_cache(maxsize=None)
def animal_nouns() -> frozenset[str]:
    """Nouns of animals, from `models/syntax/animals.tsv` (ё written as е too)."""
    rows = [row[0] for row in load_table("syntax/animals.tsv")]
    return frozenset(rows + [row.replace("ё", "е") for row in rows])


def animal(token: Token) -> bool:
    """A noun of an animal (`собака`, `лошадь`): animate, but no one a pronoun can mean as
    a person."""
    return token.pos_ in (ud.NOUN, ud.PROPN) and lemma(token).lower() in animal_nouns()
