"""The slovnet models that natasha ships, loaded once per process.

natasha's packages hold the weights and the navec embeddings, so nothing is
downloaded. `batch_size` is large because slovnet is fastest on many
sentences at once.
"""
from __future__ import annotations

from functools import lru_cache

from natasha.data import NEWS_EMBEDDING, NEWS_MORPH, NEWS_NER, NEWS_SYNTAX
from navec import Navec
from slovnet import NER, Morph, Syntax

BATCH_SIZE = 64


@lru_cache(maxsize=None)
def embedding() -> Navec:
    return Navec.load(NEWS_EMBEDDING)


@lru_cache(maxsize=None)
def morph_model() -> Morph:
    return Morph.load(NEWS_MORPH, batch_size=BATCH_SIZE).navec(embedding())


@lru_cache(maxsize=None)
def syntax_model() -> Syntax:
    return Syntax.load(NEWS_SYNTAX, batch_size=BATCH_SIZE).navec(embedding())


@lru_cache(maxsize=None)
def ner_model() -> NER:
    return NER.load(NEWS_NER, batch_size=BATCH_SIZE).navec(embedding())
