"""A component base that sends the sentences of many Docs to a model at once.

slovnet pads every batch to its longest sentence, so sentences are sorted by
length before batching and the results put back in order.
"""
from __future__ import annotations

import threading
from typing import Callable, Iterable, Iterator, Sequence

import numpy
from spacy.attrs import IS_SPACE, SENT_START
from spacy.tokens import Doc, Token
from spacy.util import minibatch

from letopis.words import doc_sentences, model_word

MAX_SENTENCE = 200  # tokens; longer runs are cut so one odd line cannot exhaust memory


_local = threading.local()  # per thread: the Docs last cut into chunks, their marks and the chunks


def model_chunks(docs: Iterable[Doc]) -> list[list[Token]]:
    """The Docs' sentences as token lists of at most `MAX_SENTENCE` tokens, whitespace left out.

    The four model stages ask for the chunks of the same batch of Docs one after another; they are
    cut once and given again while the batch is the same Docs (held by reference, so another Doc
    is never mistaken for one) with the same sentence starts and whitespace (the parser, between
    the morphology and NER, may move a sentence start: then they are cut again). The lists are
    shared: do not change them."""
    docs = list(docs)
    marks = [doc.to_array([SENT_START, IS_SPACE]) for doc in docs]
    last = getattr(_local, "last", None)
    if last is not None and len(last[0]) == len(docs) and all(a is b for a, b in zip(last[0], docs)) \
            and all(numpy.array_equal(a, b) for a, b in zip(last[1], marks)):
        return last[2]
    chunks = []
    for tokens in doc_sentences(docs):
        for start in range(0, len(tokens), MAX_SENTENCE):
            chunks.append(tokens[start:start + MAX_SENTENCE])
    _local.last = (docs, marks, chunks)
    return chunks


def run_sorted(predict: Callable[[list[list[str]]], Iterable], chunks: Sequence[list[Token]],
               shown: Callable[[list[Token]], list[str]] | None = None) -> list:
    """`predict` over the chunks' words (`shown(chunk)`, by default each token's `model_word`),
    shortest first; the results in the chunks' order."""
    order = sorted(range(len(chunks)), key=lambda i: len(chunks[i]))
    words = [shown(chunks[i]) if shown else [model_word(token) for token in chunks[i]] for i in order]
    results: list = [None] * len(chunks)
    for index, result in zip(order, predict(words)):
        results[index] = result
    return results


class BatchComponent:
    """Subclasses implement `process(docs)`, annotating a list of Docs in place."""

    def process(self, docs: list[Doc]) -> None:
        raise NotImplementedError

    def __call__(self, doc: Doc) -> Doc:
        self.process([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            self.process(batch)
            yield from batch
