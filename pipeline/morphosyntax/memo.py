"""Answers about the words of a parsed Doc, worked out once while the stages after the parser read it.

Coreference asks the same questions of a verb several times (its finite word, whether it has a
subject of its own, the subject written before or after it): once when it orders the subjects
of the Doc (`coref/stage.py`, `subjects_by_order`), again when it reads the verb, again for the
verbs coordinated with it. An answer depends only on the parse, which no stage after the parser
changes, so it is kept in a table by token index.

The tables are kept, per thread, for the last Doc asked about (held by reference, so another Doc is never
mistaken for it) and emptied when another Doc comes; they are no part of the Doc and never
serialised.
"""
from __future__ import annotations

import threading

from spacy.tokens import Doc

_local = threading.local()  # per thread: the Doc asked about last, its length and its tables


def doc_table(doc: Doc, name: str) -> dict:
    """The table `name` of answers about `doc` (empty for a Doc this thread did not ask about just before)."""
    last, length, tables = getattr(_local, "last", (None, -1, {}))
    if doc is not last or len(doc) != length:
        tables = {}
        _local.last = (doc, len(doc), tables)
    table = tables.get(name)
    if table is None:
        table = tables[name] = {}
    return table
