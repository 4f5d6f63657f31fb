"""Speed and memory on a whole book: the pipeline (`letopis run`) against natasha alone.

Every configuration runs in a fresh process, so its start-up and peak memory are its own:

    python benchmarks/throughput.py                      # War and Peace, ~3.2 M characters
    python benchmarks/throughput.py --limit 300000       # a quick run
    python benchmarks/throughput.py --fractions 0.1,0.5,1 --jobs 1,2

natasha alone is what a user would wire by hand: segmenter, slovnet morphology, syntax and NER,
and lemmas for every token. The pipeline runs through the command line, chunked streaming and
all, and writes its JSON, brat and CSV files (to a temporary folder).

natasha's matrix products run on as many BLAS threads as numpy gives it (one per core: on two
cores it takes some 1.7 CPU seconds for each second of wall time), the pipeline's on one (its
command line sets `OPENBLAS_NUM_THREADS=1`: more threads are slower for it and change the
products' bits). `--natasha-blas-threads 1` runs natasha on one thread too, for a comparison
core for core.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BOOK = ROOT.parent / "shared" / "corpus" / "war_and_peace"


def book_text(folder: Path, limit: int | None) -> str:
    text = "\n".join(path.read_bytes().decode("utf-8") for path in sorted(folder.glob("*.txt")))
    return text[:limit] if limit else text


def natasha_worker(path: str) -> dict:
    """Runs inside a child process: natasha's full analysis of one file, loading included."""
    started = time.perf_counter()
    from natasha import Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter

    embedding, vocab = NewsEmbedding(), MorphVocab()
    segmenter, morph = Segmenter(), NewsMorphTagger(embedding)
    syntax, ner = NewsSyntaxParser(embedding), NewsNERTagger(embedding)
    ready = time.perf_counter()
    tokens = 0
    for paragraph in Path(path).read_text(encoding="utf-8").split("\n"):
        if not paragraph.strip():
            continue
        doc = Doc(paragraph)
        doc.segment(segmenter)
        doc.tag_morph(morph)
        doc.parse_syntax(syntax)
        doc.tag_ner(ner)
        for token in doc.tokens:
            token.lemmatize(vocab)
        tokens += len(doc.tokens)
    return {"startup": ready - started, "wall": time.perf_counter() - started, "tokens": tokens}


def pipeline_startup() -> float:
    """Import and load, in a process of its own so the run itself loads only once."""
    started = time.perf_counter()
    import letopis

    letopis.load()
    return time.perf_counter() - started


def measure(command: list[str], env: dict[str, str] | None = None) -> dict:
    """What one child run reports: wall time from import to output, start-up, tokens, peak RSS."""
    output = subprocess.run(command, check=True, capture_output=True, text=True, env=env).stdout
    return json.loads(output.strip().splitlines()[-1])


def peak_mb() -> float:
    """The largest resident set of this process or any worker it waited for, in MB."""
    return max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
               resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024


def run_config(name: str, text_file: Path, jobs: int, blas_threads: int | None = None) -> dict:
    """One measurement in a fresh interpreter (its own peak RSS); `blas_threads`, if given, for its BLAS."""
    child = [sys.executable, __file__, "--child", name, "--file", str(text_file), "--jobs", str(jobs)]
    env = None if blas_threads is None else {
        **os.environ, **{name: str(blas_threads) for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")}}
    return measure(child, env)


def child(name: str, file: Path, jobs: int) -> None:
    if name == "natasha":
        print(json.dumps({**natasha_worker(str(file)), "peak_mb": peak_mb()}))
        return
    if name == "startup":
        print(json.dumps({"startup": pipeline_startup()}))
        return
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as out:
        from letopis.cli import main

        status = main(["run", str(file), "-o", out, "-j", str(jobs), "--quiet"])
        wall, peak = time.perf_counter() - started, peak_mb()  # before the check below loads the JSON
        data = json.loads((Path(out) / f"{file.stem}.json").read_text(encoding="utf-8"))
    assert status == 0
    print(json.dumps({"wall": wall, "tokens": len(data["tokens"]), "peak_mb": peak}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--book", type=Path, default=BOOK, help="folder of .txt files (default: War and Peace)")
    parser.add_argument("--limit", type=int, help="use only the first N characters")
    parser.add_argument("--fractions", default="1", help="fractions of the text for the memory curve, e.g. 0.1,0.5,1")
    parser.add_argument("--jobs", default="1,2", help="worker counts for the pipeline, e.g. 1,2")
    parser.add_argument("--json", type=Path, help="also save the figures here")
    parser.add_argument("--natasha-blas-threads", type=int,
                        help="BLAS threads for natasha (default: numpy's own, one per core)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--file", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.file, int(args.jobs))
        return
    text = book_text(args.book, args.limit)
    if not text:
        parser.error(f"{args.book}: no .txt files")
    startup = run_config("startup", Path(__file__), 1)["startup"]
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for fraction in [float(f) for f in args.fractions.split(",")]:
            part = Path(folder) / f"book_{fraction:g}.txt"
            part.write_text(text[:int(len(text) * fraction)], encoding="utf-8")
            chars = len(part.read_text(encoding="utf-8"))
            configs = [("natasha", 1)] + [("pipeline", int(j)) for j in args.jobs.split(",")]
            for name, jobs in configs:
                threads = args.natasha_blas_threads if name == "natasha" else None
                result = {"startup": startup, **run_config(name, part, jobs, threads)}
                rows.append({"system": name, "jobs": jobs, "chars": chars, **result,
                             "chars_per_s": chars / result["wall"], "tokens_per_s": result["tokens"] / result["wall"]})
                print(f"{name} -j{jobs} {chars} chars: {result['wall']:.1f} s", file=sys.stderr)
    print(table(rows))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")


def table(rows: list[dict]) -> str:
    lines = ["| system | -j | characters | wall s | chars/s | tokens/s | start-up s | peak RSS MB |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for row in rows:
        lines.append(f"| {row['system']} | {row['jobs']} | {row['chars']} | {row['wall']:.1f} | "
                     f"{row['chars_per_s']:.0f} | {row['tokens_per_s']:.0f} | {row['startup']:.2f} | {row['peak_mb']:.0f} |")
    for chars in sorted({row["chars"] for row in rows}):
        by = {(r["system"], r["jobs"]): r for r in rows if r["chars"] == chars}
        if ("natasha", 1) in by and ("pipeline", 1) in by:
            lines.append(f"\n{chars} chars: pipeline/natasha = "
                         f"{by['pipeline', 1]['chars_per_s'] / by['natasha', 1]['chars_per_s']:.2f}")
        if ("pipeline", 1) in by and ("pipeline", 2) in by:
            lines.append(f"{chars} chars: -j 2 / -j 1 = {by['pipeline', 2]['chars_per_s'] / by['pipeline', 1]['chars_per_s']:.2f}")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
