"""Bounded pieces of a long text, so a whole book never becomes one giant Doc.

Pieces end at paragraph breaks where possible, otherwise at sentence ends; a
piece is never longer than `limit` characters unless one sentence is.
"""
from __future__ import annotations

from typing import Iterator

import razdel

from letopis.text.paragraphs import paragraph_spans

CHUNK_CHARS = 20_000


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
        if stop - position >= limit // 4:
            yield position, stop
            position = stop
    if position < end:
        yield position, end


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
