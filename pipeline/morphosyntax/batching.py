"""A component base that sends the sentences of many Docs to a model at once.

slovnet pads every batch to its longest sentence, so sentences are sorted by
length before batching and the results put back in order.

A model stage's work is in two kinds: reading the Docs and writing into them (spaCy objects,
the string store, pymorphy3), and slovnet's arithmetic on the words' strings (numpy, which lets
other threads run while it multiplies). A component's `steps(docs)` is a generator that does
the first kind itself and yields the second as a `Job`: a function of no arguments, on lists of
strings it was given and nothing else, whose result is sent back into the generator. `process`
runs the jobs in line, one after the other; `letopis.batch.overlap` runs them on a thread of
their own while this thread goes on with other Docs. Either way every job computes the same
thing from the same inputs.
"""
from __future__ import annotations

from typing import Any, Callable, Generator, Iterable, Iterator, Sequence

from spacy.tokens import Doc, Token
from spacy.util import minibatch

from letopis.words import doc_sentences, model_word

MAX_SENTENCE = 200  # tokens; longer runs are cut so one odd line cannot exhaust memory

Job = Callable[[], Any]  # slovnet's arithmetic on strings: touches no Doc, vocabulary or dictionary
Steps = Generator[Job, Any, Any]  # yields jobs, is sent each job's result, returns its own


def model_chunks(docs: Iterable[Doc]) -> list[list[Token]]:
    chunks = []
    for tokens in doc_sentences(docs):
        for start in range(0, len(tokens), MAX_SENTENCE):
            chunks.append(tokens[start:start + MAX_SENTENCE])
    return chunks


def sorted_job(predict: Callable[[list[list[str]]], Iterable], chunks: Sequence[list[Token]],
               shown: Callable[[list[Token]], list[str]] | None = None) -> Steps:
    """`predict` over the chunks' words (`shown(chunk)`, by default each token's `model_word`),
    shortest first, as one job; returns the results in the chunks' order."""
    order = sorted(range(len(chunks)), key=lambda i: len(chunks[i]))
    words = [shown(chunks[i]) if shown else [model_word(token) for token in chunks[i]] for i in order]
    predicted = yield lambda: list(predict(words))
    results: list = [None] * len(chunks)
    for index, result in zip(order, predicted):
        results[index] = result
    return results


def drive(steps: Steps) -> Any:
    """Runs a generator of `steps` with every job in line; returns what it returns."""
    try:
        job = next(steps)
        while True:
            job = steps.send(job())
    except StopIteration as stop:
        return stop.value


def run_sorted(predict: Callable[[list[list[str]]], Iterable], chunks: Sequence[list[Token]],
               shown: Callable[[list[Token]], list[str]] | None = None) -> list:
    """`sorted_job`, its job run in line."""
    return drive(sorted_job(predict, chunks, shown))


class BatchComponent:
    """Subclasses implement `steps(docs)`, a generator annotating a list of Docs in place that
    yields its model's arithmetic as jobs (above)."""

    def steps(self, docs: list[Doc]) -> Steps:
        raise NotImplementedError

    def process(self, docs: list[Doc]) -> None:
        drive(self.steps(docs))

    def __call__(self, doc: Doc) -> Doc:
        self.process([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        for batch in minibatch(docs, size=batch_size):
            self.process(batch)
            yield from batch
