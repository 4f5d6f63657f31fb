"""CPU seconds of the pipeline, stage by stage, against natasha's full analysis on the same text.

CPU time (user + system) does not depend on what else the machine runs, so these figures can
be compared on a busy machine where wall-clock ones (`throughput.py`) cannot:

    python benchmarks/cpu.py                         # the first 10 % of War and Peace
    python benchmarks/cpu.py --fraction 0.05 --top 30    # and cProfile's 30 costliest functions

Each system runs in a fresh process. The pipeline runs as `letopis run FILE -o TMP -j 1`
(chunking, linking, JSON, brat, CSV and HTML written) with every stage wrapped in a timer;
"other" is what no stage accounts for: reading, structure, chunking, linking the pieces and
writing the files. The pipeline's figures also give the run's wall clock after start-up.
natasha is `throughput.py`'s: segmenter, slovnet morphology, syntax and NER, a lemma for every
token. Both totals count loading (import and models) too.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import BOOK, book_text  # noqa: E402


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class Totals(dict):
    """CPU seconds by stage, added to from any thread; `own()` is what this thread added."""

    def __init__(self) -> None:
        super().__init__()
        self.lock, self.local = threading.Lock(), threading.local()

    def add(self, name: str, seconds: float) -> None:
        with self.lock:
            self[name] = self.get(name, 0.0) + seconds
        self.local.sum = self.own() + seconds

    def own(self) -> float:
        return getattr(self.local, "sum", 0.0)


class Timed:
    """A pipeline component that adds the CPU seconds it takes to `totals[name]`."""

    def __init__(self, name: str, component, totals: Totals) -> None:
        self.name, self.component, self.totals = name, component, totals

    def __call__(self, doc):
        started = time.thread_time()
        try:
            return self.component(doc)
        finally:
            self.totals.add(self.name, time.thread_time() - started)

    def pipe(self, docs, **kwargs):
        docs = iter(docs)
        pipe = getattr(self.component, "pipe", None)
        results = pipe(docs, **kwargs) if pipe else (self.component(doc) for doc in docs)
        while True:
            # the time spent in `next` includes the stages before, which run lazily: subtract them
            before = self.totals.own()
            started = time.thread_time()
            try:
                doc = next(results)
            except StopIteration:
                self.totals.add(self.name, time.thread_time() - started - (self.totals.own() - before))
                return
            self.totals.add(self.name, time.thread_time() - started - (self.totals.own() - before))
            yield doc


def instrument(nlp, totals: Totals):
    nlp.tokenizer = Timed("tokenizer", nlp.tokenizer, totals)
    nlp._components = [(name, Timed(name, proc, totals))
                       for name, proc in nlp._components]
    return nlp


def pipeline_child(file: Path, top: int, options: list[str]) -> dict:
    started = cpu()
    import letopis
    from letopis.cli import main

    totals = Totals()
    load = letopis.load
    letopis.load = lambda *a, **k: instrument(load(*a, **k), totals)
    load_started = cpu()
    load()  # the models, once per process (the run's own `load` finds them cached)
    startup = cpu() - started
    totals["load"] = cpu() - load_started
    profile = cProfile.Profile() if top else None
    with tempfile.TemporaryDirectory() as out:
        if profile:
            profile.enable()
        wall = time.perf_counter()
        status = main(["run", str(file), "-o", out, "-j", "1", "--quiet", *options])
        wall = time.perf_counter() - wall
        if profile:
            profile.disable()
        total = cpu() - started
        tokens = len(json.loads((Path(out) / f"{file.stem}.json").read_text(encoding="utf-8"))["tokens"])
    assert status == 0
    stages = {name: seconds for name, seconds in totals.items()}
    stages["other"] = total - startup - sum(v for k, v in totals.items() if k != "load")
    if profile:
        if os.environ.get("LETOPIS_PSTATS"):
            profile.dump_stats(os.environ["LETOPIS_PSTATS"])
        text = io.StringIO()
        pstats.Stats(profile, stream=text).sort_stats("tottime").print_stats(top)
        print(text.getvalue(), file=sys.stderr)
    return {"cpu": total, "startup_cpu": startup, "tokens": tokens, "stages": stages, "peak_mb": peak_mb(),
            "run_wall": wall}


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def natasha_child(file: Path) -> dict:
    started = cpu()
    from natasha import Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter

    embedding, vocab = NewsEmbedding(), MorphVocab()
    segmenter, morph = Segmenter(), NewsMorphTagger(embedding)
    syntax, ner = NewsSyntaxParser(embedding), NewsNERTagger(embedding)
    startup = cpu() - started
    stages = {"segment": 0.0, "morph": 0.0, "syntax": 0.0, "ner": 0.0, "lemma": 0.0}
    tokens = 0
    for paragraph in file.read_text(encoding="utf-8").split("\n"):
        if not paragraph.strip():
            continue
        doc = Doc(paragraph)
        for stage, step in (("segment", lambda: doc.segment(segmenter)), ("morph", lambda: doc.tag_morph(morph)),
                            ("syntax", lambda: doc.parse_syntax(syntax)), ("ner", lambda: doc.tag_ner(ner)),
                            ("lemma", lambda: [token.lemmatize(vocab) for token in doc.tokens])):
            at = time.process_time()
            step()
            stages[stage] += time.process_time() - at
        tokens += len(doc.tokens)
    return {"cpu": cpu() - started, "startup_cpu": startup, "tokens": tokens, "stages": stages, "peak_mb": peak_mb()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--book", type=Path, default=BOOK, help="folder of .txt files (default: War and Peace)")
    parser.add_argument("--fraction", type=float, default=0.1, help="the first part of the book (default 0.1)")
    parser.add_argument("--systems", default="pipeline,natasha", help="which to run (pipeline, natasha)")
    parser.add_argument("--top", type=int, default=0, help="print cProfile's N costliest functions of the pipeline run")
    parser.add_argument("--json", type=Path, help="also save the figures here")
    parser.add_argument("--run-options", default="", metavar="OPTIONS",
                        help="more options for the pipeline's `letopis run`, e.g. --run-options=--sources=rules")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--file", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        result = (pipeline_child(args.file, args.top, args.run_options.split()) if args.child == "pipeline"
                  else natasha_child(args.file))
        print(json.dumps(result))
        return
    text = book_text(args.book, None)
    text = text[:int(len(text) * args.fraction)]
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        part = Path(folder) / "book.txt"
        part.write_text(text, encoding="utf-8")
        for system in args.systems.split(","):
            command = [sys.executable, __file__, "--child", system, "--file", str(part), "--top", str(args.top),
                       f"--run-options={args.run_options}"]
            env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
            output = subprocess.run(command, check=True, stdout=subprocess.PIPE, env=env, text=True).stdout
            results[system] = json.loads(output.strip().splitlines()[-1])
    print(f"{len(text)} characters (the first {args.fraction:g} of {args.book.name})\n")
    print("| system | stage | CPU s |\n| --- | --- | ---: |")
    for system, result in results.items():
        for stage, seconds in result["stages"].items():
            print(f"| {system} | {stage} | {seconds:.2f} |")
        print(f"| {system} | **total** (start-up {result['startup_cpu']:.2f}, peak RSS {result['peak_mb']:.0f} MB) "
              f"| **{result['cpu']:.2f}** |")
        if "run_wall" in result:
            print(f"| {system} | wall clock of `letopis run` (after start-up) | {result['run_wall']:.2f} |")
    if {"pipeline", "natasha"} <= results.keys():
        print(f"\npipeline/natasha speed (natasha CPU / pipeline CPU) = "
              f"{results['natasha']['cpu'] / results['pipeline']['cpu']:.2f}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
