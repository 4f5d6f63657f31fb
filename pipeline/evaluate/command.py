"""`letopis evaluate`: score output files against gold, write the report, gate on thresholds."""
from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from letopis.evaluate import report
from letopis.evaluate.documents import Document, json_documents
from letopis.evaluate.nerel import EVENT_TYPES, as_nerel_dates, nerel_documents
from letopis.evaluate.score import Scorer, inferred_policy


NOT_IN_NATASHA = ("events.", "mentions.", "persons.")  # layers `letopis baseline` does not produce

def threshold(text: str) -> tuple[str, float]:
    key, sep, value = text.partition("=")
    try:
        return key.strip(), float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected KEY=NUMBER, got {text!r}") from None


def named_folder(text: str) -> tuple[str, Path]:
    name, sep, folder = text.partition("=")
    if not sep or not name or not folder:
        raise argparse.ArgumentTypeError(f"expected NAME=DIR, got {text!r}")
    return name, Path(folder)


def register(commands: argparse._SubParsersAction) -> None:
    evaluate = commands.add_parser(
        "evaluate", help="score output files against a gold standard",
        description="Compare the pipeline's NAME.json files with gold annotation, layer by layer, "
                    "and write report.md (tables, then every missed and spurious item with its "
                    "sentence) and report.json (all figures). Reads files only: run `letopis run` "
                    "first. Exit status 1 when a --min threshold is not reached.",
    )
    evaluate.add_argument("--gold", type=Path, required=True,
                          help="seed format: a gold JSON file or a folder of them; nerel format: a "
                               "folder of NEREL NAME.txt + NAME.ann")
    evaluate.add_argument("--pred", type=Path, required=True,
                          help="the output folder of `letopis run` (NAME.json per document)")
    evaluate.add_argument("--format", choices=["seed", "nerel"], default="seed",
                          help="how to read the gold (default: seed, the pipeline's JSON contract)")
    evaluate.add_argument("--baseline", type=Path, metavar="DIR",
                          help="the output folder of `letopis baseline` (natasha alone), scored by "
                               "the same code and shown beside the pipeline")
    evaluate.add_argument("--system", type=named_folder, action="append", default=[], metavar="NAME=DIR",
                          help="another output folder scored beside the pipeline (e.g. one entity "
                               "layer alone: `letopis run --sources tagger`); repeatable")
    evaluate.add_argument("--report", type=Path, metavar="DIR",
                          help="where report.md and report.json go (default: PRED)")
    evaluate.add_argument("--min", type=threshold, action="append", default=[], metavar="KEY=VALUE",
                          help="fail (exit 1) when a figure of the pipeline is below VALUE, e.g. "
                               "entities.f1=0.95; repeatable; keys are those of report.json")
    evaluate.add_argument("--inferred", choices=["auto", "count", "leave-out"], default="auto",
                          help="inferred times (the date in force, `inferred: true`) in the argument "
                               "figures: auto (default) counts them when the gold annotates any, else "
                               "leaves them out and reports their number; count: always (the figures "
                               "before this policy); leave-out: never")
    evaluate.add_argument("--no-errors", action="store_true",
                          help="figures only: leave the list of missed and spurious items out of "
                               "report.md and report.json (for a held-out test set, which is never "
                               "looked at for errors)")
    evaluate.set_defaults(func=evaluate_command)


def score(gold: dict[str, Document], pred_folder: Path, fmt: str, inferred: str = "auto") -> Scorer:
    pred = json_documents(pred_folder)
    scorer = Scorer(with_tokens=fmt == "seed", event_types=EVENT_TYPES if fmt == "nerel" else None,
                    inferred_scored=inferred_policy(gold.values(), inferred))
    for name, document in gold.items():
        found = pred.get(name) or pred.get(Path(name).name) or Document(name, document.text)
        if found.text != document.text:
            raise SystemExit(f"letopis: {name}: the predicted text differs from the gold text")
        for side, checked in (("gold", document), ("predicted", found)):
            if wrong := checked.misplaced():
                raise SystemExit(f"letopis: {name}: {len(wrong)} {side} spans are not at their offsets "
                                 f"(first: {wrong[0]['text']!r} at {wrong[0]['start']})")
        if fmt == "nerel":
            found = replace(found, dates=as_nerel_dates(found.dates))
        scorer.document(document, found)
    return scorer


def evaluate_command(args: argparse.Namespace) -> int:
    for path in (args.gold, args.pred, args.baseline, *(folder for _, folder in args.system)):
        if path is not None and not path.exists():
            print(f"letopis: {path}: no such file or directory", file=sys.stderr)
            return 2
    gold = nerel_documents(args.gold) if args.format == "nerel" else json_documents(args.gold)
    if not gold:
        print(f"letopis: {args.gold}: no gold documents", file=sys.stderr)
        return 2
    pipeline = score(gold, args.pred, args.format, args.inferred)
    systems = {"pipeline": pipeline.figures()}
    sources = {"gold": str(args.gold), "pipeline": str(args.pred)}
    if args.baseline:
        natasha = score(gold, args.baseline, args.format, args.inferred).figures()
        # natasha reads no events, pronouns or unwritten subjects: "—", not a score of 0
        systems["natasha"] = {key: value for key, value in natasha.items() if not key.startswith(NOT_IN_NATASHA)}
        sources["natasha"] = str(args.baseline)
    for name, folder in args.system:
        systems[name] = score(gold, folder, args.format, args.inferred).figures()
        sources[name] = str(folder)
    report.write(args.report or args.pred, args.format, sources, systems, pipeline.errors,
                 pipeline.inferred_scored, errors_listed=not args.no_errors)
    return gate(systems["pipeline"], args.min)


def gate(figures: dict[str, float], thresholds: list[tuple[str, float]]) -> int:
    unknown = [key for key, _ in thresholds if key not in figures]
    if unknown:
        print(f"letopis: unknown figure {', '.join(unknown)}; see report.json", file=sys.stderr)
        return 2
    failed = [(key, value) for key, value in thresholds if figures[key] < value]
    for key, value in failed:
        print(f"letopis: {key} = {figures[key]:.3f} < {value}", file=sys.stderr)
    return 1 if failed else 0
