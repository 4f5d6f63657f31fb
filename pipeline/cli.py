"""The `letopis` command line."""
from __future__ import annotations

import os

# slovnet's small matrix products run faster on one BLAS thread than on several, and
# `letopis run -j N` scales by processes, not threads. Set here, for the command, before numpy
# is first imported; a value the user exported wins. Importing `letopis` itself sets nothing.
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

import argparse  # noqa: E402
import sys  # noqa: E402
from pathlib import Path
from typing import Any, Iterator, Sequence

from tqdm import tqdm

from letopis import baseline
from letopis.text.chunks import CHUNK_CHARS
from letopis.evaluate import command as evaluate
from letopis.export.formats import DEFAULT, FORMATS, Outputs, parse_formats
from letopis.export.records import Numbering, doc_records
from letopis.structure import Placement, find_structure
from letopis.structure.element import DIVISIONS
from letopis.text.reader import InputError, find_inputs, read_text
from letopis.batch.stream import Piece, analyse


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(
        prog="letopis",
        description="Who, where, when and what happened in Russian memoir prose: "
                    "tokens, lemmas, entities, dates and events.",
    )
    commands = main.add_subparsers(dest="command", required=True, metavar="COMMAND")
    run = commands.add_parser(
        "run", help="analyse .txt files and write JSON, brat, CSV, HTML, TEI or CoNLL-U",
        description="Analyse UTF-8 .txt files. For every NAME.txt writes, by default, NAME.json, "
                    "NAME.ann (brat standoff) and NAME.html (a reading view) into OUTDIR, and for the "
                    "whole run entities.csv, dates.csv, events.csv, persons.csv, places.csv, "
                    "timeline.csv, index.html and brat's annotation.conf; --formats adds NAME.tei.xml "
                    "and NAME.conllu. A file that cannot be read is reported on one line and skipped; "
                    "the exit status is then 1.",
    )
    run.add_argument("inputs", nargs="+", type=Path, metavar="INPUT",
                     help=".txt files, or directories searched recursively for .txt files "
                          "(their sub-folders are kept in OUTDIR)")
    run.add_argument("-o", "--output", type=Path, required=True, metavar="OUTDIR",
                     help="directory for the results (created if missing)")
    run.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                     help="worker processes, each loading the models once (default: 1)")
    run.add_argument("--chunk-chars", type=int, default=CHUNK_CHARS, metavar="N",
                     help=f"longest piece of text analysed at once; long books are cut at "
                          f"paragraph and sentence ends (default: {CHUNK_CHARS})")
    run.add_argument("--formats", type=formats, default=DEFAULT, metavar="LIST",
                     help=f"comma-separated outputs: {', '.join(FORMATS)}, or all "
                          f"(default: {','.join(DEFAULT)}); html adds OUTDIR/index.html, "
                          f"csv adds persons.csv, places.csv and timeline.csv")
    run.add_argument("--quiet", action="store_true", help="no progress bar")
    run.add_argument("--sources", default="", metavar="LAYERS",
                     help="take every entity type from these layers only (tagger, slovnet, rules, "
                          "joined by +), to score one alone (default: models/entities/sources.tsv)")
    run.set_defaults(func=run_command)
    evaluate.register(commands)
    baseline.register(commands)
    return main


def formats(value: str) -> tuple[str, ...]:
    try:
        return parse_formats(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.func(args)


class Run:
    """One `letopis run`: reads inputs lazily, reports bad ones, writes each result whole."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.inputs = list(find_inputs(args.inputs))
        self.outdir: Path = args.output
        self.failures = 0
        self.texts: dict[int, str] = {}
        self.structures: dict[int, Any] = {}  # each text's structure, found once as it is read
        self.progress = tqdm(total=len(self.inputs), unit="file", file=sys.stderr,
                             disable=args.quiet or len(self.inputs) < 2)

    def fail(self, path: Path, reason: str) -> None:
        self.failures += 1
        self.progress.write(f"letopis: {path}: {reason}", file=sys.stderr)
        self.progress.update()

    def readable(self) -> Iterator[tuple[int, str]]:
        stems: set[Path] = set()
        for key, (path, stem) in enumerate(self.inputs):
            if stem in stems:
                self.fail(path, f"skipped: another input already writes {stem}.json")
                continue
            try:
                text = read_text(path)
            except InputError as error:
                self.fail(path, str(error))
                continue
            stems.add(stem)
            self.texts[key] = text
            self.structures[key] = find_structure(text)
            yield key, text

    def chapter_starts(self, key: int) -> list[int]:
        """Where the parts and chapters of text `key` begin: the date in force ends there."""
        return sorted(e.start for e in self.structures[key].elements if e.type in DIVISIONS)

    def write(self, key: int, pieces: Iterator[Piece], outputs: Outputs) -> None:
        path, stem = self.inputs[key]
        text = self.texts.pop(key)
        numbering = Numbering()
        structure = self.structures.pop(key)
        placement = Placement.of(structure)
        outputs.document(stem, text, (doc_records(doc, offset, numbering, placement) for doc, offset in pieces),
                         structure.records())
        self.progress.update()


def run_command(args: argparse.Namespace) -> int:
    missing = [path for path in args.inputs if not path.exists()]
    for path in missing:
        print(f"letopis: {path}: no such file or directory", file=sys.stderr)
    from letopis import load

    run = Run(args)
    nlp = load(config={"letopis_entity_rules": {"only": args.sources}})
    outputs = Outputs(args.output, args.formats)
    for key, pieces in analyse(nlp, run.readable(), n_process=args.jobs, limit=args.chunk_chars,
                               chapters=run.chapter_starts):
        run.write(key, pieces, outputs)
    outputs.finish()
    run.progress.close()
    return 1 if run.failures or missing else 0


if __name__ == "__main__":
    sys.exit(main())
