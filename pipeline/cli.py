"""The `letopis` command line."""
from __future__ import annotations

import os

# slovnet's small matrix products run faster on one BLAS thread than on several, and
# `letopis run -j N` scales by processes, not threads. Set here, for the command, before numpy
# is first imported; a value the user exported wins. Importing `letopis` itself sets nothing.
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

import argparse  # noqa: E402
import errno  # noqa: E402
import sys  # noqa: E402
import textwrap  # noqa: E402
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from tqdm import tqdm

from letopis import __version__, baseline
from letopis import diff as compare_runs
from letopis.batch.manifest import FAILED, OK, Entry, Header, Manifest, reusable, sha256
from letopis.batch.runners import Runner, in_process, reason, receiving_vocab, remote, settle, share
from letopis.batch.stream import AnalysisFailed, Piece, analyse
from letopis.evaluate import command as evaluate
from letopis.export.atomic import remove_temporaries
from letopis.export.formats import DEFAULT, FORMATS, HTML, Outputs, parse_formats
from letopis.export.records import Numbering, as_read, doc_records, doc_text
from letopis.events.extractor import BIOGRAPHY, NEREL
from letopis.resources import tables_hash
from letopis.structure import Placement, find_structure
from letopis.structure.element import DIVISIONS
from letopis.text.chunks import CHUNK_CHARS
from letopis.text.reader import CODE_PAGES, UTF8, InputError, decoded, encoding_name, find_inputs, line_ends, others_below, read_bytes, texts_below


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(
        prog="letopis",
        description="Who, where, when and what happened in Russian memoir prose: "
                    "tokens, lemmas, entities, dates and events.",
    )
    main.add_argument("--version", action="version", version=f"letopis {__version__}")
    commands = main.add_subparsers(dest="command", required=True, metavar="COMMAND")
    run = commands.add_parser(
        "run", help="analyse .txt files and write JSON, brat, CSV, HTML, TEI, CoNLL-U or an Excel workbook",
        # wrapped here: the raw formatter (for the examples) keeps a paragraph on one line
        description=textwrap.fill(
                    "Analyse .txt files (UTF-8, or Russian in the code pages "
                    f"{', '.join(CODE_PAGES)}, recognised by their letters). For every NAME.txt writes, by default, NAME.json, "
                    "NAME.ann (brat standoff) and NAME.html (a reading view) into OUTDIR, and for the "
                    "whole run entities.csv, dates.csv, events.csv, persons.csv, places.csv, "
                    "timeline.csv, person_index.csv (one row per person across the files), index.html, "
                    "brat's annotation.conf and manifest.json (what "
                    "produced the folder); --formats adds NAME.tei.xml, NAME.conllu and tables.xlsx (the "
                    "tables as the sheets of one workbook, for Excel and LibreOffice). A file that "
                    "cannot be read or analysed is reported on one line and gets no output; the "
                    "others complete and the exit status is then 1.", width=78),
        epilog="examples:\n"
               "  letopis run diary.txt -o results/            then open results/index.html\n"
               "  letopis run letters/ -o results/ -j 2         every .txt below letters/, two processes\n"
               "  letopis run old.txt -o results/ --encoding cp1251",
        formatter_class=argparse.RawDescriptionHelpFormatter,
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
                          f"csv adds persons.csv, places.csv, timeline.csv and person_index.csv, "
                          f"xlsx OUTDIR/tables.xlsx (the same tables, one sheet each)")
    run.add_argument("--resume", action="store_true",
                     help="skip inputs whose results in OUTDIR (see OUTDIR/manifest.json) were made "
                          "from the same bytes, with the same options, version and tables")
    run.add_argument("--scheduler", metavar="ADDRESS",
                     help="analyse on a Dask cluster (`dask scheduler` prints its address, "
                          "e.g. tcp://10.0.0.5:8786); OUTDIR is written by this process")
    run.add_argument("--encoding", type=encoding, metavar="NAME",
                     help="read every input in this encoding (cp1251, koi8-r, cp866, utf-16, ... any "
                          "Python codec) instead of recognising it: UTF-8, else the Cyrillic code page "
                          "whose letters read as Russian (recorded in manifest.json and NAME.json)")
    run.add_argument("--quiet", action="store_true", help="no progress (bar, or lines in a log) and no summary")
    run.add_argument("--sources", default="", metavar="LAYERS",
                     help="take every entity type from these layers only (tagger, slovnet, rules, "
                          "joined by +), to score one alone (default: models/entities/sources.tsv)")
    run.add_argument("--convention", default="letopis", choices=("letopis", "nerel"),
                     help="what counts as an entity and an event: our guidelines (gold/GUIDELINES.md, "
                          "the default: a biography's events, told or written too) or NEREL's news "
                          "annotation (adjectives of places, common-noun bodies, places inside names are "
                          "entities, buildings are not places: models/entities/conventions.tsv; lemmas "
                          "and types NEREL train seldom marks are events only inside the tagger's EVENT "
                          "mention: models/events/seldom.tsv, types.tsv)")
    run.set_defaults(func=run_command)
    evaluate.register(commands)
    baseline.register(commands)
    compare_runs.register(commands)
    return main


def formats(value: str) -> tuple[str, ...]:
    try:
        return parse_formats(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def encoding(value: str) -> str:
    try:
        return encoding_name(value)
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding {value!r} (e.g. utf-8, cp1251, koi8-r, cp866)") from None


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.func(args)


class Run:
    """One `letopis run`: reads inputs lazily, reports bad ones, writes each result whole,
    records every input in the manifest."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.inputs = list(find_inputs(args.inputs))
        self.outdir: Path = args.output
        self.encoding: str | None = args.encoding
        self.quiet: bool = args.quiet
        self.analysed = 0
        self.failures = 0
        self.unread = 0  # inputs with nothing to read (an empty folder): in neither manifest.json nor index.html
        self.texts: dict[int, tuple[str, str, str]] = {}  # key → (text, SHA-256 of the file, its encoding)
        self.structures: dict[int, Any] = {}  # each text's structure, found once as it is read
        self.outputs = Outputs(self.outdir, args.formats)
        options = {"chunk_chars": args.chunk_chars, "formats": list(args.formats), "sources": args.sources,
                   "convention": args.convention, **({"encoding": args.encoding} if args.encoding else {})}
        self.manifest = Manifest(self.outdir, Header(__version__, tables_hash(), options),
                                 {"jobs": args.jobs, "scheduler": args.scheduler})
        self.earlier = reusable(self.outdir, self.manifest.header) if args.resume else {}
        # Progress in bytes of input, moved on piece by piece, so a single book shows it too.
        self.sizes = [size_of(path) for path, _ in self.inputs]
        self.counted = [0] * len(self.inputs)
        self.progress = tqdm(total=sum(self.sizes), unit="B", unit_scale=True, unit_divisor=1024,
                             file=sys.stderr, disable=True)  # shown by `start`

    def start(self) -> None:
        """OUTDIR opened for the run: the progress bar from here on, on a terminal; in a log
        file or a pipe, a line per document and per tenth of the text instead (`LogProgress`)."""
        self.manifest.open()
        if self.quiet:
            return
        if terminal(sys.stderr):
            self.progress = tqdm(total=self.progress.total, unit="B", unit_scale=True, unit_divisor=1024,
                                 file=sys.stderr, mininterval=0.5,
                                 bar_format="{l_bar}{bar}| {n_fmt}/{total_fmt} of text [{elapsed}<{remaining}]")
        else:
            self.progress = LogProgress(self.progress.total, len(self.inputs))

    def fail(self, key: int, reason: str, digest: str | None = None) -> None:
        path, stem = self.inputs[key]
        self.failures += 1
        self.progress.write(f"letopis: {path}: {reason}", file=sys.stderr)
        self.manifest.record(key, Entry(str(path), stem.as_posix(), digest, FAILED, reason))
        self.advance(key)
        if isinstance(self.progress, LogProgress):
            self.progress.finished += 1  # its line is the one above

    def readable(self) -> Iterator[tuple[int, str]]:
        """(key, text) of every input to analyse; unreadable and reused ones are dealt with here."""
        stems: set[Path] = set()
        for key, (path, stem) in enumerate(self.inputs):
            if stem in stems:
                self.fail(key, f"skipped: another input already writes {stem}.json")
                continue
            digest = None
            try:
                data = read_bytes(path)
                digest = sha256(data)
                found = decoded(data, self.encoding)
                text, encoding = found.text, found.encoding
            except InputError as error:
                self.fail(key, str(error), digest)
                continue
            if found.warning():
                self.progress.write(f"letopis: {path}: {found.warning()}", file=sys.stderr)
            stems.add(stem)
            if self.reuse(key, digest):
                continue
            analysed = line_ends(text)  # `\r` alone read as a line end; the outputs keep the text as read
            try:
                self.structures[key] = find_structure(analysed)
            except Exception as error:  # fails this text alone, like its analysis
                self.fail(key, f"structure failed: {reason(error)}", digest)
                continue
            self.texts[key] = (text, digest, encoding)
            yield key, analysed

    def chapter_starts(self, key: int) -> list[int]:
        """Where the parts and chapters of text `key` begin: the date in force ends there."""
        return sorted(e.start for e in self.structures[key].elements if e.type in DIVISIONS)

    def reuse(self, key: int, digest: str) -> bool:
        """`--resume`: the earlier result of this very input, if it is complete."""
        path, stem = self.inputs[key]
        entry = self.earlier.get(stem.as_posix())
        if entry is None or entry.sha256 != digest or not entry.complete(self.outdir):
            return False
        try:
            self.outputs.reuse(stem, key)
        except (OSError, ValueError, KeyError):
            return False
        self.manifest.record(key, Entry(str(path), stem.as_posix(), digest, OK, encoding=entry.encoding,
                                        files=entry.files))
        self.analysed += 1
        self.advance(key)
        self.done(key, "kept from the earlier run")
        return True

    def write(self, key: int, pieces: Iterator[Piece]) -> None:
        path, stem = self.inputs[key]
        text, digest, encoding = self.texts.pop(key)
        structure = self.structures.pop(key)
        try:
            write_text(self.outputs, stem, text, self.moving(key, pieces, len(text)), key, structure, encoding)
        except Exception as error:  # one document fails alone; nothing of it stays in OUTDIR
            for output in self.outputs.paths(stem):
                output.unlink(missing_ok=True)
            self.fail(key, error_reason(error), digest)
            return
        self.manifest.record(key, Entry(str(path), stem.as_posix(), digest, OK, encoding=encoding,
                                        files=self.manifest.files_entry(self.outputs.paths(stem))))
        self.analysed += 1
        self.advance(key)
        self.done(key, "analysed")

    def done(self, key: int, what: str) -> None:
        """A document finished: a line of its own in a log (`LogProgress`), none under a bar."""
        if isinstance(self.progress, LogProgress):
            self.progress.document(self.inputs[key][0], what)

    def advance(self, key: int, bytes_done: int | None = None) -> None:
        """The progress bar at `bytes_done` of input `key` (all of it when None)."""
        done = self.sizes[key] if bytes_done is None else min(bytes_done, self.sizes[key])
        if done > self.counted[key]:
            if isinstance(self.progress, LogProgress):
                self.progress.update(done - self.counted[key], partial=done < self.sizes[key])
            else:
                self.progress.update(done - self.counted[key])
            self.counted[key] = done

    def moving(self, key: int, pieces: Iterator[Piece], length: int) -> Iterator[Piece]:
        """The pieces of text `key`, moving the progress bar by each piece's share of the file."""
        for doc, offset in pieces:
            yield doc, offset
            self.advance(key, (offset + len(doc_text(doc))) * self.sizes[key] // max(length, 1))

    def finish(self) -> None:
        failed = [(entry.input, entry.reason or "") for _, entry in sorted(self.manifest.entries.items())
                  if entry.status == FAILED]
        self.manifest.write(self.outputs.finish(failed))
        self.progress.close()
        if not self.quiet:
            self.summary()

    def summary(self) -> None:
        """One line at the end: what was done and where to look."""
        failed = f", {self.failures} failed (listed above and in manifest.json)" if self.failures else ""
        if self.unread:
            inputs = "input" if self.unread == 1 else "inputs"
            failed += f", {self.unread} {inputs} with nothing to read (listed above)"
        files = "file" if self.analysed == 1 else "files"
        look = f"; open {self.outdir / 'index.html'}" if HTML in self.outputs.formats else ""
        print(f"letopis: {self.analysed} {files} analysed{failed}; results in {self.outdir}{look}",
              file=sys.stderr)


def terminal(stream: Any) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # no such method, or closed
        return False


class LogProgress:
    """Progress for a log file or a pipe (stderr not a terminal), where tqdm's bar, redrawn every
    half second, would leave hundreds of lines: one line per document finished (`[3/14] FILE:
    analysed`), and one when the run passes another tenth of its bytes of text inside a document
    (so one long book says where it is, nine times at most; a folder of short files, one line
    each). Takes the calls the run makes of a tqdm bar."""

    STEPS = 10

    def __init__(self, total: int, documents: int) -> None:
        self.total = total
        self.documents = documents
        self.n = 0
        self.finished = 0
        self.tenths = 0

    def update(self, count: int, partial: bool = False) -> None:
        """`partial`: the document is not finished (its line says when it is)."""
        self.n += count
        tenths = self.n * self.STEPS // max(self.total, 1)
        if tenths > self.tenths:
            self.tenths = tenths
            if partial:
                    print(f"letopis: {tenths * 100 // self.STEPS} % of the text ({size(self.n)} of {size(self.total)})",
                      file=sys.stderr, flush=True)

    def document(self, path: Path, what: str) -> None:
        self.finished += 1
        print(f"letopis: [{self.finished}/{self.documents}] {path}: {what}", file=sys.stderr, flush=True)

    def write(self, message: str, file: Any = None) -> None:
        print(message, file=file or sys.stderr, flush=True)

    def close(self) -> None:
        pass


def size(count: int) -> str:
    """Bytes as tqdm's bar writes them: `980`, `293k`, `1.17M`."""
    return tqdm.format_sizeof(count, divisor=1024)


def size_of(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def write_text(outputs: Outputs, stem: Path, text: str, pieces: Iterator[Piece], key: int | None = None,
               structure: Any = None, encoding: str = UTF8) -> None:
    """Every file of one text from its analysed pieces, in the formats of `outputs`;
    `structure` is the text's (`find_structure`), found here when not given; `encoding` the
    one its file was read in."""
    numbering = Numbering()
    analysed = line_ends(text)
    structure = find_structure(analysed) if structure is None else structure
    placement = Placement.of(structure)
    records = (doc_records(doc, offset, numbering, placement) for doc, offset in pieces)
    if analysed != text:  # `\r` alone: the records' text as the file has it
        records = (as_read(piece, text) for piece in records)
    outputs.document(stem, text, records, structure.records(), key=key, encoding=encoding)


def error_reason(error: Exception) -> str:
    if isinstance(error, AnalysisFailed):
        return f"analysis failed: {error}"
    return f"writing failed: {reason(error)}"


def runner(args: argparse.Namespace, stack: ExitStack) -> Runner:
    """Where the analysis runs: here (`-j 1`), in N local processes, or on a Dask cluster."""
    from letopis import load

    events = NEREL if args.convention == "nerel" else BIOGRAPHY
    config = {"letopis_entity_rules": {"only": args.sources, "convention": args.convention},
              "letopis_consistency": {"convention": args.convention},
              "letopis_events": {"convention": events}}
    if args.scheduler:
        client = stack.enter_context(dask_client(args.scheduler))
        threads = sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values())
        return remote(client.get_executor(pure=False).submit, receiving_vocab(),
                      ahead=2 * max(threads, 1), config=config)
    nlp = load(config=config)
    settle()  # the collector leaves the models' objects alone (`batch/runners.py`)
    if args.jobs <= 1:
        return in_process(nlp)
    share(nlp, config)  # forked workers start with the models loaded
    pool = stack.enter_context(ProcessPoolExecutor(max_workers=args.jobs))
    return remote(pool.submit, receiving_vocab(), ahead=2 * args.jobs, config=config)


def dask_client(address: str):
    try:
        from distributed import Client
    except ImportError:
        raise SystemExit("letopis: --scheduler needs dask.distributed: pip install 'letopis[cluster]'") from None
    return Client(address)


DOCUMENTS = (".doc", ".docx", ".odt", ".rtf", ".pdf", ".epub", ".fb2", ".djvu", ".htm", ".html")


def aside(folders: Iterable[Path], outdir: Path) -> None:
    """One line per folder with files a run does not read (a .docx, a .pdf beside the .txt):
    how many, and the first three, so a text saved in another format is not missed silently.
    OUTDIR's files, when it is inside the folder, are not counted."""
    for folder in folders:
        others = [file for file in others_below(folder) if outdir.resolve() not in file.resolve().parents]
        if others:
            named = ", ".join(str(file.relative_to(folder)) for file in others[:3]) + (", ..." if len(others) > 3 else "")
            files = "file" if len(others) == 1 else "files"
            hint = ("; a .doc, .docx, .pdf or .epub is read once saved as plain text (.txt)"
                    if any(file.suffix.lower() in DOCUMENTS for file in others) else "")
            print(f"letopis: {folder}: {len(others)} {files} not .txt left aside ({named}){hint}", file=sys.stderr)


def run_command(args: argparse.Namespace) -> int:
    """Exit status 0 when every input was analysed, 1 when some failed, 2 when nothing could
    be: no input found, or OUTDIR cannot be written (checked before the models load)."""
    missing = [path for path in args.inputs if not path.exists()]
    empty = [path for path in args.inputs if path.is_dir() and not texts_below(path)]
    for path in empty:
        print(f"letopis: {path}: no .txt files in this folder", file=sys.stderr)
    if len(missing) + len(empty) == len(args.inputs):
        for path in missing:
            print(f"letopis: {path}: no such file or folder", file=sys.stderr)
        return 2
    run = Run(args)
    try:
        if args.output.exists() and not args.output.is_dir():
            raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR))
        remove_temporaries(args.output)
        run.start()
    except OSError as error:
        print(f"letopis: {args.output}: cannot write the results there: {error.strerror or error}",
              file=sys.stderr)
        return 2
    run.unread = len(empty)
    if not args.quiet:
        aside((path for path in args.inputs if path.is_dir() and path not in empty), args.output)
    with ExitStack() as stack:
        analysis = runner(args, stack)
        for key, pieces in analyse(analysis, run.readable(), limit=args.chunk_chars, chapters=run.chapter_starts):
            run.write(key, pieces)
    run.finish()
    return 1 if run.failures or run.unread else 0


if __name__ == "__main__":
    sys.exit(main())
