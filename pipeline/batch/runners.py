"""Where pieces of text are analysed: in this process, in N local worker processes, or on
the workers of a Dask cluster.

A runner turns a stream of texts into a stream of results in the same order, one per text:
the analysed Doc, or a `Failure` saying why that text could not be analysed. Texts go in
batches of `BATCH_SIZE` (slovnet is fastest on many sentences at once); every way of running
forms the same batches, so results do not depend on where they were computed. An exception
fails its text alone: a batch that raises is analysed again one text at a time.
"""
from __future__ import annotations

import gc
import json
import threading
from collections import deque
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Union

from spacy.attrs import IS_SPACE
from spacy.lang.lex_attrs import is_space
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch
from spacy.vocab import Vocab

BATCH_SIZE = 4  # pieces per batch (a piece is at most --chunk-chars characters)


@dataclass(frozen=True)
class Failure:
    """A text that could not be analysed, with the reason on one line."""
    reason: str


Result = Union[Doc, Failure]
Runner = Callable[[Iterable[str]], Iterator[Result]]
Submit = Callable[..., Any]  # Executor.submit: a future with .result()


def reason(error: BaseException) -> str:
    message = " ".join(str(error).split()) or "no message"
    return f"{type(error).__name__}: {message}"[:500]


def guarded(nlp: Language, texts: list[str]) -> list[Result]:
    """The batch through `nlp.pipe`; if it raises, each text on its own, failures caught."""
    try:
        return list(nlp.pipe(texts, batch_size=len(texts)))
    except Exception as error:
        return retried(nlp, texts, error)


def retried(nlp: Language, texts: list[str], error: BaseException) -> list[Result]:
    """A batch that raised `error`: each text on its own, failures caught (a batch of one text
    fails with the error)."""
    if len(texts) == 1:
        return [Failure(reason(error))]
    results: list[Result] = []
    for text in texts:
        try:
            results.append(nlp(text))
        except Exception as error:
            results.append(Failure(reason(error)))
    return results


# How many new container objects the garbage collector lets pass before a collection of the
# youngest generation (Python's default: 700). Analysis makes millions of short-lived objects (a
# spaCy Token for every `doc[i]`, `token.head`, each token of a sentence walked), and a collection
# every 700 of them, with the older generations after every tenth, took a tenth of a book's CPU
# time; with 10,000 it takes a hundredth. Only reference cycles wait longer to be freed: a few
# thousand objects more at most.
GC_THRESHOLD = 10_000


def settle() -> None:
    """After the models are loaded: their objects (dictionaries, vocabularies, weights' wrappers,
    a few hundred thousand, alive to the end) are moved where the collector no longer walks
    them (`gc.freeze`), and collections come every `GC_THRESHOLD` new objects. Nothing of what
    is computed changes; forked workers inherit both."""
    gc.freeze()
    gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])


def in_process(nlp: Language) -> Runner:
    """`letopis run` with one job: the pipeline of this process."""
    def run(texts: Iterable[str]) -> Iterator[Result]:
        for batch in minibatch(texts, BATCH_SIZE):
            yield from guarded(nlp, batch)
    return run


# One pipeline per worker process and stage configuration, loaded by its first batch (or
# inherited from the parent through fork); a lock keeps the threads of a multi-threaded Dask
# worker from sharing it.
_NLP: dict[str, Language] = {}
_LOCK = threading.Lock()


def config_key(config: dict | None) -> str:
    return json.dumps(config or {}, sort_keys=True)


def share(nlp: Language, config: dict | None = None) -> None:
    """Worker processes forked from here use this pipeline instead of loading their own."""
    _NLP[config_key(config)] = nlp


def analyse_batch(texts: list[str], config: dict | None = None) -> list[bytes | Failure]:
    """Runs in a worker: the batch analysed and serialised (`Doc.to_bytes`) for the sender;
    `config` is the stages' configuration (`letopis.load(config=...)`)."""
    with _LOCK:
        key = config_key(config)
        if key not in _NLP:
            from letopis import load
            _NLP[key] = load(config=config)
            settle()
        results: list[bytes | Failure] = []
        for result in guarded(_NLP[key], texts):
            if isinstance(result, Doc):
                try:
                    result = result.to_bytes()
                except Exception as error:
                    result = Failure(reason(error))
            results.append(result)
        return results


def receiving_vocab() -> Vocab:
    """The vocabulary the Docs sent back are rebuilt on. A Doc read from bytes makes a lexeme
    for every word form new to the vocabulary, and spaCy works out some twenty attributes of
    each (shape, `like_num`, stop word, ...), a third of the receiving process's work on a book.
    What is done with a Doc after the workers (linking the pieces, the records, the files) reads
    the serialised token columns and of the lexeme only `is_space`, so that alone is worked out."""
    return Vocab(lex_attr_getters={IS_SPACE: is_space})


def remote(submit: Submit, vocab: Vocab, ahead: int, config: dict | None = None) -> Runner:
    """Batches sent to workers through an executor's `submit`, at most `ahead` in flight,
    results taken back in order and rebuilt as Docs on `vocab`; `config` configures the
    workers' pipeline."""
    def receive(future: Any, size: int) -> Iterator[Result]:
        try:
            results = future.result()
        except Exception as error:  # the worker died or the cluster went away
            results = [Failure(f"worker lost: {reason(error)}")] * size
        for result in results:
            if isinstance(result, Failure):
                yield result
                continue
            try:
                yield Doc(vocab).from_bytes(result)
            except Exception as error:
                yield Failure(reason(error))

    def run(texts: Iterable[str]) -> Iterator[Result]:
        pending: deque[tuple[Any, int]] = deque()
        for batch in minibatch(texts, BATCH_SIZE):
            pending.append((submit(analyse_batch, batch, config), len(batch)))
            if len(pending) >= ahead:
                yield from receive(*pending.popleft())
        while pending:
            yield from receive(*pending.popleft())
    return run
