"""Where the time of `letopis run -j N` goes: CPU seconds of the receiving process and of the
workers, and how much of the run the workers analyse at the same time.

    python benchmarks/jobs.py --fraction 0.2 --jobs 2     # the first fifth of War and Peace

CPU seconds do not depend on what else the machine runs; the overlap (the share of the run's
wall time during which at least two workers are inside a batch) and the wall time do, so
read them on a quiet machine. With N workers and a light receiving process, the workers
overlap nearly all the time and the wall time comes near (worker CPU) / N.
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import BOOK, book_text  # noqa: E402


def cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


LOG: Path | None = None  # where the workers note their batches (set in the child)
ANALYSE_BATCH = None  # `runners.analyse_batch` itself


def traced(texts, config=None):
    """`analyse_batch`, noting (pid, start, end, CPU s) of the batch in `LOG`."""
    started, cpu_started = time.time(), time.process_time()
    try:
        return ANALYSE_BATCH(texts, config)
    finally:
        with open(LOG, "a", encoding="utf-8") as out:
            out.write(json.dumps([os.getpid(), started, time.time(), time.process_time() - cpu_started]) + "\n")


def child(file: Path, jobs: int, log: Path) -> dict:
    """One run in this process; the forked workers inherit `traced`."""
    global LOG, ANALYSE_BATCH
    import letopis.batch.runners as runners
    from letopis.cli import main

    LOG, ANALYSE_BATCH = log, runners.analyse_batch
    runners.analyse_batch = traced
    started = time.time()
    with tempfile.TemporaryDirectory() as out:
        status = main(["run", str(file), "-o", out, "-j", str(jobs), "--quiet"])
    assert status == 0
    return {"wall": time.time() - started, "main_cpu": cpu(resource.RUSAGE_SELF),
            "workers_cpu": cpu(resource.RUSAGE_CHILDREN), "started": started}


def overlap(batches: list[list[float]], start: float, end: float) -> float:
    """The share of [start, end] during which two or more workers were inside a batch."""
    events = sorted([(b[1], 1) for b in batches] + [(b[2], -1) for b in batches])
    inside, last, both = 0, start, 0.0
    for at, step in events:
        if inside >= 2:
            both += at - last
        inside += step
        last = at
    return both / (end - start) if end > start else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--book", type=Path, default=BOOK, help="folder of .txt files (default: War and Peace)")
    parser.add_argument("--fraction", type=float, default=0.2, help="the first part of the book (default 0.2)")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--log", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.file, args.jobs, args.log)))
        return
    text = book_text(args.book, None)
    text = text[:int(len(text) * args.fraction)]
    with tempfile.TemporaryDirectory() as folder:
        part, log = Path(folder) / "book.txt", Path(folder) / "batches.jsonl"
        part.write_text(text, encoding="utf-8")
        env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
        command = [sys.executable, __file__, "--child", "--file", str(part), "--jobs", str(args.jobs), "--log", str(log)]
        output = subprocess.run(command, check=True, stdout=subprocess.PIPE, env=env, text=True).stdout
        result = json.loads(output.strip().splitlines()[-1])
        batches = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    start, end = result["started"], result["started"] + result["wall"]
    in_batches = sum(b[3] for b in batches)
    print(f"{len(text)} characters (the first {args.fraction:g} of {args.book.name}), -j {args.jobs}, "
          f"{len(batches)} batches on {len({b[0] for b in batches})} workers\n")
    print("| figure | value |\n| --- | ---: |")
    print(f"| receiving process, CPU s (start-up, linking, records, files) | {result['main_cpu']:.2f} |")
    print(f"| workers, CPU s | {result['workers_cpu']:.2f} |")
    print(f"| of which inside batches (analysis and serialisation) | {in_batches:.2f} |")
    print(f"| receiving process's share of all CPU | {result['main_cpu'] / (result['main_cpu'] + result['workers_cpu']):.0%} |")
    print(f"| wall s | {result['wall']:.1f} |")
    print(f"| workers analysing at the same time, share of the wall time | {overlap(batches, start, end):.0%} |")


if __name__ == "__main__":
    main()
