"""A component base that sends the sentences of many Docs to a model at once.

slovnet pads every batch to its longest sentence, so sentences are sorted by
length before batching and the results put back in order.
"""
from __future__ import annotations

import threading
from typing import Callable, Iterable, Iterator, Sequence

from spacy.attrs import IS_SPACE, SENT_START
from spacy.tokens import Doc, Token
from spacy.util import minibatch

from letopis.words import doc_sentences, model_word

MAX_SENTENCE = 200  # tokens; longer runs are cut so one odd line cannot exhaust memory


def model_chunks(docs: Iterable[Doc]) -> list[list[Token]]:
    """The sentences of the Docs as the models read them (`MAX_SENTENCE` words at most), in order."""
    chunks = []
    for doc in docs:
        chunks.extend(doc_chunks(doc))
    return chunks


# The model stages cut the same batch of Docs into the same sentences (morphology and syntax; NER
# and the tagger, after the parse moved some starts): each Doc's chunks are kept for the last `KEPT` Docs (per thread, each held by
# reference so that no other Doc is mistaken for it) and given again while the Doc's sentence
# starts and whitespace are the same (the parser may move a sentence start: then they are made
# anew; only a start, sent_start 1, counts: a word "unknown" rather than "no start" moves none).
# The chunks' Tokens read the Doc as it is when they are read.
KEPT = 16
_local = threading.local()


def doc_chunks(doc: Doc) -> list[list[Token]]:
    kept = getattr(_local, "kept", None)
    if kept is None:
        kept = _local.kept = {}
    rows = doc.to_array([SENT_START, IS_SPACE])
    bounds = (rows[:, 0] == 1).tobytes() + rows[:, 1].tobytes()  # `doc.sents` begins one where sent_start is 1
    found = kept.get(id(doc))
    if found is not None and found[0] is doc and found[1] == bounds:
        return found[2]
    chunks = []
    for tokens in doc_sentences([doc]):
        for start in range(0, len(tokens), MAX_SENTENCE):
            chunks.append(tokens[start:start + MAX_SENTENCE])
    kept.pop(id(doc), None)
    while len(kept) >= KEPT:
        del kept[next(iter(kept))]
    kept[id(doc)] = (doc, bounds, chunks)
    return chunks


def run_sorted(predict: Callable[[list[list[str]]], Iterable], chunks: Sequence[list[Token]],
               shown: Callable[[list[Token]], list[str]] | None = None) -> list:
    """`predict` over the chunks' words (`shown(chunk)`, by default each token's `model_word`),
    shortest first; results in the chunks' order."""
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
