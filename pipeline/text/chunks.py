"""Bounded pieces of a long text, so a whole book never becomes one giant Doc.

Pieces end at paragraph breaks where possible, otherwise at sentence ends; a
sentence longer than `limit` (a megabyte without a full stop) is cut at spaces,
so no piece is longer than `limit` characters.
"""
from __future__ import annotations

from typing import Iterator

import re

import razdel

from letopis.text.paragraphs import paragraph_spans

CHUNK_CHARS = 20_000
MIN_PIECE = 4  # a sentence-cut piece is at least limit / MIN_PIECE long
SPACE = re.compile(r"\s")


def units(text: str, limit: int) -> Iterator[tuple[int, int]]:
    """Paragraphs (`paragraphs.py`); sentences of a paragraph too long for a chunk."""
    for start, end in paragraph_spans(text):
        yield from split_long(text, start, end, limit)


def split_long(text: str, start: int, end: int, limit: int) -> Iterator[tuple[int, int]]:
    if end - start <= limit:
        yield start, end
        return
    position = start
    for sent in razdel.sentenize(text[start:end]):
        stop = start + sent.stop
        if stop - position >= limit // MIN_PIECE:
            yield from split_at_spaces(text, position, stop, limit)
            position = stop
    if position < end:
        yield from split_at_spaces(text, position, end, limit)


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
    for unit_start, unit_end in units(text, limit):
        if unit_end - start > limit and end > start:
            yield start, end
            start = end
        end = unit_end
    if end > start or not text:
        yield start, len(text)
