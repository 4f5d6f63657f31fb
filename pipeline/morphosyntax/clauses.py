"""Words that open a clause of their own without a `mark`: one table for every stage.

`models/syntax/clause_openers.tsv` lists them with their uses: `relative` (a relative pronoun
or adverb: `который`, `где`; the search for a subject written before a verb stops at it) and
`content` (a word that opens the clause a verb of saying governs: `рассказал, как`). Coreference
(`coref/mentions.py`) and events (`events/extractor.py`) read them here, so neither imports the
other for it. So do the verbs of object control (`models/syntax/object_control.tsv`).
"""
from __future__ import annotations

from functools import lru_cache

from letopis.resources import load_table

RELATIVE, CONTENT = "relative", "content"


@lru_cache(maxsize=None)
def clause_openers(use: str) -> frozenset[str]:
    """The lemmas (lowercase, ё as е) that open a clause in the given use (`RELATIVE`, `CONTENT`)."""
    return frozenset(row[0] for row in load_table("syntax/clause_openers.tsv")
                     if use in row[1].split(","))


@lru_cache(maxsize=None)
def object_control() -> frozenset[str]:
    """Verbs whose object, not subject, does what the infinitive after them says (`велел ему
    уехать`, `уговорила брата продать свою лодку`), from `models/syntax/object_control.tsv`;
    lemmas as written and with ё as е."""
    rows = [row[0] for row in load_table("syntax/object_control.tsv")]
    return frozenset(rows + [row.replace("ё", "е") for row in rows])
