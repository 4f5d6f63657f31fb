"""Bounded pieces of a long text, so a whole book never becomes one giant Doc.

Pieces end at paragraph breaks where possible, otherwise at sentence ends; a
sentence longer than `limit` (a megabyte without a full stop) is cut at spaces,
so no piece is longer than `limit` characters.

A run-on stretch (a "sentence" of more than `RUN_ON` characters: a book without full stops, a
text whose stops an OCR lost) is cut at spaces into
pieces of its own of at most `RUN_ON_PIECE` characters, preferably after a comma, a semicolon,
a colon or a dash. Left whole, it was one sentence of thousands of words, and the analysis of
a sentence grows faster than its length: 54,000 such characters took two minutes of CPU, the
same text with full stops a few seconds. No sentence of the corpus (War and Peace, the memoirs)
comes near `RUN_ON` (the longest: 1,545 characters), so their pieces are as before.
"""
from __future__ import annotations

from typing import Iterator

import re

import razdel

from letopis.text.paragraphs import paragraph_spans

CHUNK_CHARS = 20_000
MIN_PIECE = 4  # a sentence-cut piece is at least limit / MIN_PIECE long
SPACE = re.compile(r"\s")
RUN_ON = 3_000  # characters: a longer "sentence" in an over-long paragraph is a run-on stretch
RUN_ON_PIECE = 400  # characters: the most of a run-on stretch analysed as one piece (a long sentence)
CLAUSE_END = re.compile(r"(?:[,;:\u2013\u2014]|\s[\u2013\u2014-])\s+")  # `,` `;` `:` or a dash, and the spaces after it

Unit = tuple[int, int, bool]  # start, end, and whether it is a piece on its own (a part of a run-on stretch)


def units(text: str, limit: int) -> Iterator[Unit]:
    """Paragraphs (`paragraphs.py`); sentences of a paragraph too long for a chunk."""
    for start, end in paragraph_spans(text):
        yield from split_long(text, start, end, limit)


def split_long(text: str, start: int, end: int, limit: int) -> Iterator[Unit]:
    if end - start <= limit and (end - start <= RUN_ON or not run_on(text, start, end)):
        yield start, end, False
        return
    position = start
    for sent in razdel.sentenize(text[start:end]):
        stop = start + sent.stop
        if sent.stop - sent.start > RUN_ON:
            if start + sent.start > position:  # the sentences before it
                yield from together(split_at_spaces(text, position, start + sent.start, limit))
            yield from ((a, b, True) for a, b in split_run_on(text, start + sent.start, stop, min(limit, RUN_ON_PIECE)))
            position = stop
        elif stop - position >= limit // MIN_PIECE:
            yield from together(split_at_spaces(text, position, stop, limit))
            position = stop
    if position < end:
        yield from together(split_at_spaces(text, position, end, limit))


def run_on(text: str, start: int, end: int) -> bool:
    """Whether the paragraph holds a run-on stretch: a "sentence" longer than RUN_ON."""
    return any(sent.stop - sent.start > RUN_ON for sent in razdel.sentenize(text[start:end]))


def together(spans: Iterator[tuple[int, int]]) -> Iterator[Unit]:
    return ((start, end, False) for start, end in spans)


def split_run_on(text: str, start: int, end: int, limit: int) -> Iterator[tuple[int, int]]:
    """(start, end) of at most `limit` characters, cut after the last clause end (a comma, a
    dash, ...) in the second half of each, else after its last space, else at `limit`."""
    while end - start > limit:
        cut = start + limit
        clause = max((m.end() for m in CLAUSE_END.finditer(text, start + limit // 2, cut)), default=None)
        space = max((m.end() for m in SPACE.finditer(text, start + limit // MIN_PIECE, cut)), default=None)
        cut = clause if clause is not None else space if space is not None else cut
        yield start, cut
        start = cut
    yield start, end


def split_at_spaces(text: str, start: int, end: int, limit: int) -> Iterator[tuple[int, int]]:
    """(start, end) of at most `limit` characters, cut after the last space that fits (at
    `limit` itself where a stretch has no space)."""
    while end - start > limit:
        cut = start + limit
        space = max((m.end() for m in SPACE.finditer(text, start + limit // MIN_PIECE, cut)), default=None)
        cut = space if space is not None else cut
        yield start, cut
        start = cut
    yield start, end


def chunk_spans(text: str, limit: int = CHUNK_CHARS) -> Iterator[tuple[int, int]]:
    """(start, end) of consecutive pieces covering the whole text."""
    start = end = 0
    for unit_start, unit_end, alone in units(text, limit):
        if (alone or unit_end - start > limit) and end > start:
            yield start, end
            start = end
        end = unit_end
        if alone:
            yield start, end
            start = end
    if end > start or not text:
        yield start, len(text)
