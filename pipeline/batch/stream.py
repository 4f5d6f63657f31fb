"""Many texts through one runner: each text cut into bounded pieces, the pieces of all texts
streamed together so slovnet sees long batches, and the analysed pieces handed back grouped
by text, in order."""
from __future__ import annotations

from collections import deque
from itertools import groupby
from typing import Callable, Iterable, Iterator, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from letopis.batch.runners import Failure, Result, Runner, in_process
from letopis.dates.narrative import TimeLinker
from letopis.entities.clusters import ClusterLinker
from letopis.text.chunks import CHUNK_CHARS, chunk_spans

Piece = tuple[Doc, int]  # an analysed piece and its offset in the text


class AnalysisFailed(Exception):
    """A piece of the text could not be analysed; the message is the reason."""


def pieces(texts: Iterable[tuple[int, str]], limit: int) -> Iterator[tuple[str, tuple[int, int]]]:
    for key, text in texts:
        for start, end in chunk_spans(text, limit):
            yield text[start:end], (key, start)


def analyse(runner: Runner | Language, texts: Iterable[tuple[int, str]], limit: int = CHUNK_CHARS,
            chapters: Callable[[int], Sequence[int]] | None = None) -> Iterator[tuple[int, Iterator[Piece]]]:
    """(key, its pieces) for every (key, text); consume each text's pieces before the next.
    `runner` is where the analysis runs (`runners.py`); a pipeline means in this process.
    `chapters(key)` gives where the chapters of a text begin (the date in force does not cross them).

    Iterating the pieces raises `AnalysisFailed` at a piece the runner could not analyse;
    the rest of that text is skipped and the next text comes as usual."""
    if isinstance(runner, Language):
        runner = in_process(runner)
    keys: deque[tuple[int, int]] = deque()

    def strings() -> Iterator[str]:
        for text, key in pieces(texts, limit):
            keys.append(key)
            yield text

    results = ((result, keys.popleft()) for result in runner(strings()))
    for key, group in groupby(results, key=lambda item: item[1][0]):
        yield key, linked(group, chapters(key) if chapters else ())


def linked(group: Iterable[tuple[Result, tuple[int, int]]], chapters: Sequence[int] = ()) -> Iterator[Piece]:
    linker, time = ClusterLinker(), TimeLinker(chapters)
    for result, (_, offset) in group:
        if isinstance(result, Failure):
            raise AnalysisFailed(result.reason)
        linker.link(result)
        time.link(result, offset)  # partial dates of a piece take the date in force of the pieces before
        yield result, offset
