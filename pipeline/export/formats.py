"""Which files a run writes: `--formats json,brat,csv,html,tei,conllu,xlsx` or `all`.

A document format writes one file per text from a `Document` (its text and records, the data
NAME.json holds); `json` and `conllu` write as the pieces of a text stream in, so a book's
tokens are never all in memory. Corpus formats write once per run: `csv` the tables,
`xlsx` the same tables as the sheets of one workbook, `brat` annotation.conf, `html` index.html.
"""
from __future__ import annotations

import dataclasses
import json
from contextlib import ExitStack
from pathlib import Path
from typing import Callable, Iterable, Iterator

from letopis.export.atomic import atomic_open
from letopis.export.brat import write_ann
from letopis.export.brat_conf import write_conf
from letopis.export.collection import COLUMNS, CollectionPerson, collection
from letopis.export.conllu import conllu_writer
from letopis.export.corpus import CorpusRows, PersonRow, PlaceRow, TimelineRow
from letopis.export.document import Document, Outline, gather
from letopis.export.index_page import write_index
from letopis.export.json_file import write_json
from letopis.export.reading import division_headings, reading_name, write_reading
from letopis.export.records import Record, Records, renumber
from letopis.export.tables import Tables
from letopis.export.tei import write_tei
from letopis.export.workbook import WORKBOOK, write_workbook
from letopis.text.reader import UTF8, output_path

JSON, BRAT, CSV, HTML, TEI, CONLLU, XLSX = "json", "brat", "csv", "html", "tei", "conllu", "xlsx"
FORMATS = (JSON, BRAT, CSV, HTML, TEI, CONLLU, XLSX)
DEFAULT = (JSON, BRAT, CSV, HTML)
ALL = "all"
PERSON_INDEX = "person_index.csv"  # the run's persons across its files (`collection.py`)

# Formats that write one file per text from the whole document: suffix and writer.
DOCUMENT_WRITERS: dict[str, tuple[str, Callable[[Path, Document], None]]] = {
    BRAT: (".ann", lambda path, document: write_ann(path, document.text, document.records)),
    HTML: (".html", write_reading),
    TEI: (".tei.xml", write_tei),
}


def parse_formats(value: str) -> tuple[str, ...]:
    """`json,html` → ("json", "html"); `all` → every format. Raises ValueError on an unknown name."""
    names = [name.strip().lower() for name in value.split(",") if name.strip()]
    if ALL in names:
        return FORMATS
    unknown = [name for name in names if name not in FORMATS]
    if unknown or not names:
        raise ValueError(f"unknown format {', '.join(unknown) or '(none)'}; choose from "
                         f"{', '.join(FORMATS)} or {ALL}")
    return tuple(name for name in FORMATS if name in names)


class Outputs:
    """The files of one run: `document` for each text as it is analysed, `finish` at the end."""

    def __init__(self, outdir: Path, formats: Iterable[str] = DEFAULT) -> None:
        self.outdir = outdir
        self.formats = tuple(formats)
        self.tables = Tables()
        self.corpus = CorpusRows()

    def paths(self, stem: Path) -> list[Path]:
        """The files of one text under these formats (for the manifest, and to clear them
        when the text fails)."""
        suffixes = {JSON: ".json", CONLLU: ".conllu", **{name: suffix for name, (suffix, _) in DOCUMENT_WRITERS.items()}}
        return [self.outdir / reading_name(stem.as_posix()) if name == HTML else output_path(self.outdir, stem, suffixes[name])
                for name in self.formats if name in suffixes]

    def document(self, stem: Path, text: str, pieces: Iterable[Records],
                 structure: list[Record] | None = None, key: int | None = None,
                 encoding: str = UTF8) -> Document:
        """Writes every per-text file of `stem` (a relative path without suffix); `structure`
        is the text's parts, chapters, headings and notes where they are found for the whole
        text rather than piece by piece. `key` orders the text in the run's tables; `encoding`
        is the one its file was read in (NAME.json names it when it is not UTF-8)."""
        outline = Outline()
        with ExitStack() as stack:
            sinks = []
            if CONLLU in self.formats:
                sinks.append(stack.enter_context(
                    conllu_writer(output_path(self.outdir, stem, ".conllu"), text, stem.as_posix())))
            fed = feed(pieces, outline, sinks)
            if JSON in self.formats:
                records = write_json(output_path(self.outdir, stem, ".json"), text, fed, structure, encoding)
            else:
                records = gather(fed)
                renumber(records)
        for layer in ("mentions", "structure"):
            if not getattr(records, layer):
                setattr(records, layer, getattr(outline.extra, layer))
        if structure is not None:
            records.structure = structure
        document = Document(stem.as_posix(), text, records, outline.tokens, outline.sentences)
        for name, (suffix, write) in DOCUMENT_WRITERS.items():
            if name in self.formats:
                path = self.outdir / reading_name(document.stem) if name == HTML else output_path(self.outdir, stem, suffix)
                write(path, document)
        self.add(document, key)
        return document

    def add(self, document: Document, key: int | None) -> None:
        """A text's rows in the run's tables and index."""
        if CSV in self.formats or XLSX in self.formats:
            self.tables.add(document.stem, document.records, key, division_headings(document))
        if CSV in self.formats or XLSX in self.formats or HTML in self.formats:
            self.corpus.add(document)

    def reuse(self, stem: Path, key: int | None = None) -> None:
        """A text analysed by an earlier run (`--resume`): its rows read back from NAME.json."""
        if JSON not in self.formats:
            raise ValueError("only a NAME.json can be read back")
        data = json.loads(output_path(self.outdir, stem, ".json").read_text(encoding=UTF8))
        outline = Outline()
        outline.add(Records(tokens=data["tokens"]))
        records = Records(entities=data["entities"], dates=data["dates"], events=data["events"],
                          mentions=data.get("mentions", []), structure=data.get("structure", []))
        self.add(Document(stem.as_posix(), data["text"], records, outline.tokens, outline.sentences), key)

    def finish(self, failed: Iterable[tuple[str, str]] = ()) -> list[Path]:
        """The run's corpus files; returns their paths. `failed`: (input, reason) of the inputs
        that could not be read or analysed, listed in index.html."""
        self.outdir.mkdir(parents=True, exist_ok=True)
        written = []
        people = collection(self.corpus.names) if self.corpus.names else []  # person_index.csv, index.html
        if CSV in self.formats:
            written += self.tables.write(self.outdir)
            written += write_corpus_tables(self.outdir, self.corpus, people)
        if XLSX in self.formats:
            written.append(write_workbook(self.outdir / WORKBOOK, self.tables.tables() + corpus_tables(self.corpus)
                                          + [index_table(people)]))
        if BRAT in self.formats:
            written.append(write_conf(self.outdir))
        if HTML in self.formats:
            write_index(self.outdir, self.corpus, people, list(failed), WORKBOOK if XLSX in self.formats else None,
                        PERSON_INDEX if CSV in self.formats else None)
            written.append(self.outdir / "index.html")
        return written


def feed(pieces: Iterable[Records], outline: Outline, sinks: list) -> Iterator[Records]:
    for piece in pieces:
        outline.add(piece)
        for sink in sinks:
            sink.add(piece)
        yield piece


def corpus_tables(corpus: CorpusRows) -> list[tuple[str, list[str], list[dict]]]:
    """(name, columns, rows) of persons, places and timeline: the index's tables, one row per file."""
    rows = corpus.sorted()
    return [(name, [column.name for column in dataclasses.fields(kind)], [dataclasses.asdict(item) for item in items])
            for name, items, kind in (("persons", rows.persons, PersonRow), ("places", rows.places, PlaceRow),
                                      ("timeline", rows.timeline, TimelineRow))]


def index_table(people: list[CollectionPerson]) -> tuple[str, list[str], list[dict]]:
    """person_index: one row per person across the files (`collection.py`)."""
    return PERSON_INDEX[:-len(".csv")], COLUMNS, [person.row() for person in people]


def write_corpus_tables(outdir: Path, corpus: CorpusRows, people: list[CollectionPerson]) -> list[Path]:
    """persons.csv, places.csv, timeline.csv and person_index.csv (`people`: `collection.collection`)."""
    written = []
    for name, columns, rows in [*corpus_tables(corpus), index_table(people)]:
        import pandas  # here, not at import: it is a third of `letopis`'s start-up

        with atomic_open(outdir / f"{name}.csv") as file:
            pandas.DataFrame(rows, columns=columns).to_csv(file, index=False)
        written.append(outdir / f"{name}.csv")
    return written
