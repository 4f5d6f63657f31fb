"""Where a token's sentence begins and ends, and which word opens it, read from the Doc's arrays.

`token.sent` builds a Span on every call, walking from the token to both ends of its sentence
in the Doc, and iterating it builds a Token object per word; coreference, events, dates and the
entity rules ask it of most words, often several times for one word. The bounds of every
sentence are worked out here once per Doc, as lists of integers, so the answer for a token is a
list lookup. They are those of `token.sent` (`Span.sent`): a sentence begins at a token whose
`sent_start` is 1 (or at the Doc's first token) and runs to the next such token.

The tables are kept for the last Doc each thread asked about (held by reference, so another Doc
is never mistaken for it). Sentence bounds are fixed once the parser has run (`syntax.py`); no later
stage changes them, so only the stages after it may ask here.
"""
from __future__ import annotations

import threading

from spacy.attrs import IS_PUNCT, IS_SPACE, SENT_START
from spacy.tokens import Doc, Token


class Bounds:
    """A Doc's sentences as lists over its tokens: `start[i]`, `end[i]` of token i's sentence and
    `first[i]`, the index of its first word (not punctuation or whitespace), or -1 for none."""

    __slots__ = ("doc", "length", "start", "end", "first")

    def __init__(self, doc: Doc) -> None:
        self.doc, self.length = doc, len(doc)
        rows = doc.to_array([SENT_START, IS_PUNCT, IS_SPACE]).tolist() if len(doc) else []
        starts = [i for i, (sent_start, _, _) in enumerate(rows) if i == 0 or sent_start == 1]
        self.start: list[int] = []
        self.end: list[int] = []
        self.first: list[int] = []
        for n, begin in enumerate(starts):
            finish = starts[n + 1] if n + 1 < len(starts) else len(rows)
            word = next((i for i in range(begin, finish) if not (rows[i][1] or rows[i][2])), -1)
            size = finish - begin
            self.start.extend([begin] * size)
            self.end.extend([finish] * size)
            self.first.extend([word] * size)


_local = threading.local()  # each thread keeps its own last Doc: threads never evict each other's


def bounds(doc: Doc) -> Bounds:
    """The sentence tables of `doc`, worked out once (for the last Doc this thread asked about)."""
    found = getattr(_local, "last", None)
    if found is None or found.doc is not doc or found.length != len(doc):
        found = _local.last = Bounds(doc)
    return found


def sentence_start(token: Token) -> int:
    """`token.sent.start`."""
    return bounds(token.doc).start[token.i]


def sentence_end(token: Token) -> int:
    """`token.sent.end`."""
    return bounds(token.doc).end[token.i]


def opens_sentence(token: Token) -> bool:
    """The token is the first word of its sentence, punctuation and whitespace not counted
    (`— Помолчал.`: `Помолчал`)."""
    return bounds(token.doc).first[token.i] == token.i
