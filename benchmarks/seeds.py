"""The whole pipeline's figures over tagger seeds (issue 11: "report the spread of the dev
figures over three seeds"), on NEREL dev under both conventions and on the memoir development set.

    python benchmarks/seeds.py --seeds 1 2 3          # or: make seeds [SEEDS="1 2 3"]

For every seed, in a folder of its own under `--build` (default `build/seeds/seedN/`, which git
ignores), never in the committed `models/`:

1. `models/` is copied to `seedN/models/`. For the committed seed (`--committed`, default 1: the
   packs in `models/tagger/` are `make train`'s with `--seed 1`, bit for bit) the copy is measured
   as it is. For any other seed the tagger is trained (`python -m letopis.tagger.train
   NEREL/train -o seedN/tagger --seed N`), its packs replace the copy's, and then, with
   `LETOPIS_MODELS=seedN/models` and in `make train`'s order, the count tables that read the
   pipeline's own output on NEREL train are relearned: `events/seldom.tsv` (the pipeline's
   triggers, among them the tagger's EVENT heads) and `events/paths.tsv` (the pipeline's events
   and mentions). `entities/place_adjectives.tsv`, `entities/openers.tsv` (NEREL's brat
   annotation and pymorphy3 only) and `events/learned.tsv` (morphology and syntax only, no
   entity stage) do not depend on the tagger; `--tables all` relearns them too, to check that.
2. `letopis run NEREL/dev` under the default convention and under `--convention nerel`, scored by
   `letopis evaluate --format nerel ... --system nerel_convention=...` into `seedN/nerel/`.
3. `letopis run gold/memoirs`, scored by `letopis evaluate --gold gold/memoirs` into `seedN/memoirs/`.

Then the figures of every seed, their mean and sample standard deviation, and for each target of
issue 11 whether it is met in every seed, on the mean only, or missed, go to `--build`/seeds.md
(and seeds.json), and to standard output. `--reuse` keeps what an earlier run of the same
command left in `--build` (trained packs, relearned tables, reports) instead of redoing it.

Training needs torch: `pip install -e '.[train]'` (`make seeds` does it). Run it niced (`make seeds`
does): on a shared 2-core machine a seed takes half an hour to an hour.
"""
from __future__ import annotations

import argparse
import filecmp
import json
import os
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
LETOPIS = str(BIN / "letopis")

# (title, key in report.json, target or None); "pipeline" / "nerel_convention" are the systems.
NEREL_FIGURES = [
    ("PER, strict F1", "entities.PER.f1", 0.93),
    ("LOC, strict F1", "entities.LOC.f1", 0.88),
    ("ORG, strict F1", "entities.ORG.f1", 0.75),
    ("WORK_OF_ART, strict F1", "entities.WORK_OF_ART.f1", 0.45),
    ("EVENT (as entities), strict F1", "entities.EVENT.f1", None),
    ("all entities, strict F1", "entities.f1", 0.78),
    ("all entities, relaxed F1", "entities.partial_f1", None),
    ("DATE, relaxed F1", "dates.partial_f1", 0.85),
    ("EVENT triggers, strict F1", "events.trigger_f1", None),
    ("EVENT triggers, relaxed F1", "events.trigger_partial_f1", 0.62),
    ("event arguments, strict F1", "events.arg_f1", None),
    ("event arguments, relaxed F1", "events.arg_partial_f1", 0.42),
]
MEMOIR_FIGURES = [
    ("entities F1", "entities.f1"),
    ("PER F1", "entities.PER.f1"),
    ("LOC F1", "entities.LOC.f1"),
    ("ORG F1", "entities.ORG.f1"),
    ("WORK_OF_ART F1", "entities.WORK_OF_ART.f1"),
    ("EVENT (as entities) F1", "entities.EVENT.f1"),
    ("event triggers F1", "events.trigger_f1"),
    ("typed triggers F1", "events.typed_f1"),
    ("event arguments F1", "events.arg_f1"),
    ("person clusters B³ F1", "persons.b3_f1"),
    ("entity clusters B³ F1", "clusters.b3_f1"),
    ("dates F1", "dates.f1"),
]
TABLES = {  # make train's order: (module and its table command, path below models/, reads the pipeline's output)
    "adjectives": (["-m", "letopis.tagger.adjectives"], "entities/place_adjectives.tsv", False),
    "openers": (["-m", "letopis.tagger.openers"], "entities/openers.tsv", False),
    "triggers": (["-m", "letopis.train", "triggers"], "events/learned.tsv", False),
    "seldom": (["-m", "letopis.train", "seldom"], "events/seldom.tsv", True),
    "paths": (["-m", "letopis.train", "paths"], "events/paths.tsv", True),
}


def run(command: list[str], env: dict[str, str], log: Path) -> None:
    """A step, its output appended to `log`; stops the whole measurement when it fails."""
    with log.open("a", encoding="utf-8") as out:
        out.write("$ " + " ".join(command) + "\n")
        out.flush()
        done = subprocess.run(command, env=env, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT)
    if done.returncode:
        sys.exit(f"failed ({done.returncode}): {' '.join(command)} — see {log}")


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def prepare(seed: int, folder: Path, args: argparse.Namespace, log: Path) -> dict[str, str]:
    """seedN/models: a copy of the committed models/ with the seed's tagger packs (trained into
    seedN/tagger/) and the tables relearned with them; the environment that points the pipeline
    at it."""
    models = folder / "models"
    env = {**os.environ, "LETOPIS_MODELS": str(models.resolve())}
    stamp = folder / "prepared"
    if args.reuse and stamp.exists():
        say(f"seed {seed}: reusing {models}")
        return env
    stamp.unlink(missing_ok=True)
    if models.exists():
        shutil.rmtree(models)
    shutil.copytree(ROOT / "models", models, ignore=shutil.ignore_patterns("__pycache__"))
    if seed != args.committed:
        packs, trained = folder / "tagger", folder / "tagger" / "trained"
        if args.reuse and trained.exists():
            say(f"seed {seed}: reusing the packs in {packs}")
        else:
            say(f"seed {seed}: training the tagger")
            run([sys.executable, "-m", "letopis.tagger.train", str(args.nerel / "train"),
                 "-o", str(packs), "--seed", str(seed)], env, log)
            trained.write_text(f"{seed}\n")
        for pack in sorted(packs.iterdir()):
            if pack.suffix in (".tar", ".pt"):
                shutil.copy2(pack, models / "tagger" / pack.name)
        for module, table, dependent in TABLES.values():
            if args.tables == "all" or dependent:
                say(f"seed {seed}: relearning {table}")
                run([sys.executable, *module, str(args.nerel / "train"), "-o", str(models / table)], env, log)
    stamp.write_text(f"{seed}\n")
    return env


def measure(seed: int, folder: Path, env: dict[str, str], args: argparse.Namespace, log: Path) -> dict:
    nerel, memoirs = folder / "nerel", folder / "memoirs"
    if not (args.reuse and (nerel / "report.json").exists()):
        say(f"seed {seed}: NEREL dev, both conventions")
        run([LETOPIS, "run", str(args.nerel / "dev"), "-o", str(nerel / "pipeline"), "--quiet"], env, log)
        run([LETOPIS, "run", str(args.nerel / "dev"), "-o", str(nerel / "nerel_convention"),
             "--convention", "nerel", "--quiet"], env, log)
        run([LETOPIS, "evaluate", "--format", "nerel", "--gold", str(args.nerel / "dev"),
             "--pred", str(nerel / "pipeline"), "--system", f"nerel_convention={nerel / 'nerel_convention'}",
             "--report", str(nerel)], env, log)
    if not (args.reuse and (memoirs / "report.json").exists()):
        say(f"seed {seed}: the memoir development set")
        run([LETOPIS, "run", str(args.memoirs), "-o", str(memoirs / "run"), "--quiet"], env, log)
        run([LETOPIS, "evaluate", "--gold", str(args.memoirs), "--pred", str(memoirs / "run"),
             "--report", str(memoirs)], env, log)
    figures = json.loads((nerel / "report.json").read_text(encoding="utf-8"))["figures"]
    memoir = json.loads((memoirs / "report.json").read_text(encoding="utf-8"))["figures"]["pipeline"]
    return {"nerel": figures["pipeline"], "nerel_convention": figures["nerel_convention"], "memoirs": memoir}


def spread(values: list[float]) -> tuple[float, float]:
    return statistics.mean(values), (statistics.stdev(values) if len(values) > 1 else 0.0)


def verdict(values: list[float], target: float) -> str:
    mean = statistics.mean(values)
    met = sum(v >= target for v in values)
    if met == len(values):
        return f"met in all {len(values)} seeds (lowest {min(values):.3f})"
    if mean >= target:
        return f"met on the mean ({mean:.3f}), in {met} of {len(values)} seeds (lowest {min(values):.3f})"
    return f"missed: mean {mean:.3f}, met in {met} of {len(values)} seeds (highest {max(values):.3f})"


def tables(seeds: list[int], results: dict[int, dict]) -> list[str]:
    head = " / ".join(str(s) for s in seeds)
    lines = [f"NEREL dev (`letopis evaluate --format nerel`), seeds {head}; mean ± sample sd:", "",
             f"| figure | target | default: seeds {head} | mean ± sd | `--convention nerel`: seeds {head} "
             "| mean ± sd |", "| --- | ---: | ---: | ---: | ---: | ---: |"]
    verdicts = []
    for title, key, target in NEREL_FIGURES:
        cells = [f"{title}", f"≥ {target:.2f}" if target else ""]
        for system, name in (("nerel", "default"), ("nerel_convention", "`--convention nerel`")):
            values = [results[s][system].get(key, 0.0) for s in seeds]
            mean, sd = spread(values)
            cells += [" / ".join(f"{v:.3f}" for v in values), f"{mean:.3f} ± {sd:.3f}"]
            if target:
                verdicts.append(f"- {title} ≥ {target:.2f}, {name}: {verdict(values, target)}.")
        lines.append("| " + " | ".join(cells) + " |")
    lines += ["", *verdicts, "", f"Memoir development set (`letopis evaluate --gold gold/memoirs`), seeds {head}:", "",
              f"| figure | seeds {head} | mean ± sd |", "| --- | ---: | ---: |"]
    for title, key in MEMOIR_FIGURES:
        values = [results[s]["memoirs"].get(key, 0.0) for s in seeds]
        mean, sd = spread(values)
        lines.append(f"| {title} | {' / '.join(f'{v:.3f}' for v in values)} | {mean:.3f} ± {sd:.3f} |")
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python benchmarks/seeds.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    parser.add_argument("--committed", type=int, default=1,
                        help="the seed of the packs in models/tagger/, measured as committed (default 1)")
    parser.add_argument("--nerel", type=Path, default=ROOT.parent / "shared" / "nerel",
                        help="NEREL folder with train/ and dev/ (default ../shared/nerel)")
    parser.add_argument("--memoirs", type=Path, default=ROOT / "gold" / "memoirs")
    parser.add_argument("--build", type=Path, default=ROOT / "build" / "seeds", help="where every seed's files go")
    parser.add_argument("--tables", choices=["dependent", "all"], default="dependent",
                        help="relearn only the tables that read the pipeline's output (default) or all five")
    parser.add_argument("--reuse", action="store_true", help="keep what an earlier run left in --build")
    args = parser.parse_args(argv)
    args.nerel, args.memoirs, args.build = args.nerel.resolve(), args.memoirs.resolve(), args.build.resolve()
    results = {}
    for seed in args.seeds:
        folder = args.build / f"seed{seed}"
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / "log.txt"
        env = prepare(seed, folder, args, log)
        changed = [table for _, table, _ in TABLES.values()
                   if not filecmp.cmp(ROOT / "models" / table, folder / "models" / table, shallow=False)]
        say(f"seed {seed}: tables that differ from the committed ones: {', '.join(changed) or 'none'}")
        results[seed] = measure(seed, folder, env, args, log)
        results[seed]["changed_tables"] = changed
    lines = tables(args.seeds, results)
    (args.build / "seeds.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (args.build / "seeds.json").write_text(json.dumps({str(s): r for s, r in results.items()}, indent=1,
                                                      sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
