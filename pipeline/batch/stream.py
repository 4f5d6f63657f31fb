"""Many texts through one `nlp.pipe`: each text cut into bounded pieces, the
pieces of all texts streamed together so slovnet sees long batches, and the
analysed pieces handed back grouped by text, in order."""
from __future__ import annotations

from collections import deque
from itertools import groupby
from typing import Callable, Iterable, Iterator, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from letopis.text.chunks import CHUNK_CHARS, chunk_spans
from letopis.dates.narrative import TimeLinker
from letopis.entities.clusters import ClusterLinker

Piece = tuple[Doc, int]  # an analysed piece and its offset in the text


def pieces(texts: Iterable[tuple[int, str]], limit: int) -> Iterator[tuple[str, tuple[int, int]]]:
    for key, text in texts:
        for start, end in chunk_spans(text, limit):
            yield text[start:end], (key, start)


def analyse(nlp: Language, texts: Iterable[tuple[int, str]], n_process: int = 1,
            limit: int = CHUNK_CHARS, batch_size: int = 4,
            chapters: Callable[[int], Sequence[int]] | None = None) -> Iterator[tuple[int, Iterator[Piece]]]:
    """(key, its pieces) for every (key, text); consume each text's pieces before the next.

    Plain strings go to `nlp.pipe` and the keys wait here in order: with `as_tuples` spaCy
    would tokenize every piece in this process before handing it to the workers. `chapters(key)`
    gives where the chapters of a text begin (the date in force does not cross them)."""
    keys: deque[tuple[int, int]] = deque()

    def strings() -> Iterator[str]:
        for text, key in pieces(texts, limit):
            keys.append(key)
            yield text

    docs = ((doc, keys.popleft()) for doc in nlp.pipe(strings(), n_process=n_process, batch_size=batch_size))
    for key, group in groupby(docs, key=lambda item: item[1][0]):
        yield key, linked(group, chapters(key) if chapters else ())


def linked(group: Iterable[tuple[Doc, tuple[int, int]]], chapters: Sequence[int] = ()) -> Iterator[Piece]:
    linker, time = ClusterLinker(), TimeLinker(chapters)
    for doc, (_, offset) in group:
        linker.link(doc)
        time.link(doc, offset)  # partial dates of a piece take the date in force of the pieces before
        yield doc, offset
