"""`letopis run -j 1` on two cores: slovnet's arithmetic on a thread of its own, overlapped with
the rules.

About half of a run's CPU is slovnet's numpy (the morphology, the parser, slovnet's NER and the
tagger's three layers), half is Python (the tokenizer, pymorphy3, the repairs, the entity rules,
dates, coreference, events, the files). numpy lets other threads run while it computes, so one
process can use a second core: the model stages' arithmetic (`batching.Job`: numpy on lists of
strings, nothing else) runs on one worker thread while this thread reads and writes Docs, runs
pymorphy3 and the rules, for up to `WINDOW` batches at once.

Nothing is computed differently: every job gets the same strings and does the same matrix
products on one BLAS thread as it would in line (`batching.drive`); everything that touches a
Doc, the vocabulary and its string store (which is not safe to write from two threads), or
pymorphy3 stays on this thread; the stages after the models (`rule_stages`) run batch after
batch in order, exactly as `nlp.pipe` chains them; results come out in the order of the texts.
A batch that fails anywhere is analysed again one text at a time, in line, as
`runners.guarded` does, so a failing text stays that text's failure.

Off by default: `letopis run --overlap`, or `LETOPIS_OVERLAP=1` in the environment, turns it on.
Measured on a quiet two-core machine (docs/speed.md, thirteenth round) the overlapped run was
slower than the one in line (the two threads take turns with the interpreter more than numpy
lets them run side by side), so `letopis run` analyses in line (`runners.in_process`).
"""
from __future__ import annotations

import heapq
import os
import sys
import threading
from collections import deque
from concurrent.futures import FIRST_COMPLETED, Future, wait
from typing import Any, Callable, Iterable, Iterator

from spacy.language import Language, _pipe
from spacy.tokens import Doc
from spacy.util import minibatch

from letopis.batch.runners import BATCH_SIZE, Result, Runner, in_process, retried
from letopis.morphosyntax.batching import Steps

WINDOW = 3  # batches in flight: enough to keep the worker fed, few enough to bound memory
# How long a thread that wants the interpreter waits before the one running Python must hand it
# over (Python's default: 5 ms). The worker needs it back after each numpy call, tens of thousands
# of times a book (slovnet's CRF takes a step per word); at 5 ms a call it spent most of its time
# waiting beside the busy rules. Set while an overlapped run goes on; nothing computed changes.
SWITCH_INTERVAL = 0.0005
ENVIRONMENT = "LETOPIS_OVERLAP"  # "1" turns the overlap on


def enabled() -> bool:
    """Whether the environment turns the overlap on (`LETOPIS_OVERLAP=1`); off by default."""
    return os.environ.get(ENVIRONMENT, "0").strip().lower() in ("1", "yes", "on", "true")


def model_stages(nlp: Language) -> int:
    """How many of the pipeline's first components end with the last that has `steps`."""
    found = 0
    for n, (_, proc) in enumerate(nlp.pipeline):
        if hasattr(proc, "steps"):
            found = n + 1
    return found


def chained(nlp: Language, components: list[tuple[str, Any]], docs: Iterable[Doc], size: int) -> Iterator[Doc]:
    """The components over the Docs as `Language.pipe` chains them (its `_pipe`, batch `size`)."""
    for name, proc in components:
        docs = _pipe(docs, proc=proc, name=name, default_error_handler=nlp.default_error_handler,
                     kwargs={"batch_size": size})
    return iter(docs)


def model_steps(nlp: Language, texts: list[str], stages: int) -> Steps:
    """A batch through the tokenizer and the first `stages` components, their jobs yielded;
    returns the Docs. Each component sees the whole batch, as in `nlp.pipe(texts, batch_size=len(texts))`."""
    docs = [nlp.make_doc(text) for text in texts]
    for name, proc in nlp.pipeline[:stages]:
        steps = getattr(proc, "steps", None)
        if steps is not None:
            yield from steps(docs)
        else:
            docs = list(chained(nlp, [(name, proc)], docs, len(texts)))
    return docs


class Worker:
    """One thread running jobs, the oldest batch's first (its rank), so the batch whose rules
    come next is never kept waiting behind younger ones."""

    def __init__(self) -> None:
        self.queue: list[tuple[int, int, Callable[[], Any], Future]] = []
        self.condition = threading.Condition()
        self.count = 0
        self.closed = False
        self.thread = threading.Thread(target=self.loop, name="letopis-models", daemon=True)
        self.thread.start()

    def submit(self, rank: int, job: Callable[[], Any]) -> Future:
        future: Future = Future()
        with self.condition:
            heapq.heappush(self.queue, (rank, self.count, job, future))
            self.count += 1
            self.condition.notify()
        return future

    def loop(self) -> None:
        while True:
            with self.condition:
                while not self.queue and not self.closed:
                    self.condition.wait()
                if not self.queue:
                    return
                _, _, job, future = heapq.heappop(self.queue)
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(job())
            except BaseException as error:  # handed to the batch, which fails alone
                future.set_exception(error)

    def close(self) -> None:
        """Cancels the jobs not started, lets the running one end, stops the thread."""
        with self.condition:
            for _, _, _, future in self.queue:
                future.cancel()
            self.queue.clear()
            self.closed = True
            self.condition.notify()
        self.thread.join()


class Flight:
    """One batch on its way through the model stages; `rank` is its place in the run."""

    __slots__ = ("rank", "texts", "steps", "future", "docs", "error")

    def __init__(self, nlp: Language, texts: list[str], stages: int, rank: int) -> None:
        self.rank = rank
        self.texts = texts
        self.steps: Steps | None = model_steps(nlp, texts, stages)
        self.future: Future | None = None
        self.docs: list[Doc] | None = None
        self.error: BaseException | None = None

    @property
    def done(self) -> bool:
        """Past the model stages (or failed in them)."""
        return self.steps is None

    def ready(self) -> bool:
        return self.future is not None and self.future.done()

    def advance(self, pool: Worker, value: Any = None, first: bool = False) -> None:
        """Runs this thread's part up to the next job, which goes to `pool`."""
        assert self.steps is not None
        self.future = None
        try:
            job = next(self.steps) if first else self.steps.send(value)
        except StopIteration as stop:
            self.docs, self.steps = stop.value, None
            return
        except Exception as error:
            self.fail(error)
            return
        self.future = pool.submit(self.rank, job)

    def resume(self, pool: Worker) -> None:
        """Its job is done: its result back into the batch's steps."""
        assert self.future is not None
        try:
            value = self.future.result()
        except Exception as error:
            self.fail(error)
            return
        self.advance(pool, value)

    def fail(self, error: BaseException) -> None:
        self.error, self.future = error, None
        if self.steps is not None:
            self.steps.close()
        self.steps = None


def overlapped(nlp: Language, window: int = WINDOW) -> Runner:
    """`runners.in_process(nlp)` with the model stages' arithmetic on a worker thread: the same
    results (Docs, or `Failure`s) in the same order."""
    stages = model_stages(nlp)
    if not stages:
        return in_process(nlp)
    rules = nlp.pipeline[stages:]

    def finish(flight: Flight) -> list[Result]:
        """The rule stages on a batch past the models, in line; a failure anywhere in it and
        the batch is analysed again text by text."""
        if flight.error is None:
            try:
                return list(chained(nlp, rules, flight.docs, len(flight.texts)))
            except Exception as error:
                flight.error = error
        return retried(nlp, flight.texts, flight.error)

    def run(texts: Iterable[str]) -> Iterator[Result]:
        batches = iter(minibatch(texts, BATCH_SIZE))
        flights: deque[Flight] = deque()
        more = True
        pool = Worker()
        rank = 0
        interval = sys.getswitchinterval()
        sys.setswitchinterval(min(interval, SWITCH_INTERVAL))
        try:
            while flights or more:
                ready = next((f for f in flights if f.ready()), None)
                if ready is not None:  # first keep the worker fed
                    ready.resume(pool)
                    continue
                if more and len(flights) < window:
                    batch = next(batches, None)
                    if batch is None:
                        more = False
                    else:
                        flight = Flight(nlp, batch, stages, rank)
                        rank += 1
                        flights.append(flight)
                        flight.advance(pool, first=True)
                    continue
                if flights and flights[0].done:  # the rules of the oldest batch, while the worker computes
                    yield from finish(flights.popleft())
                    continue
                pending = [f.future for f in flights if f.future is not None]
                if pending:
                    wait(pending, return_when=FIRST_COMPLETED)
        finally:
            for flight in flights:
                if flight.steps is not None:
                    flight.steps.close()
            pool.close()
            sys.setswitchinterval(interval)
    return run
