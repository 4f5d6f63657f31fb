"""OUTDIR/person_index.csv: one row per person across the files of a run (a collection of memoir
chapters, a book in many files, a folder of letters).

Person clusters (`C4`) are numbered within a file, so the same person has unrelated ids in two
files. Here the person names of all files are read by the rule that joins them within one text
(`coref/names.py`, `ClusterIndex`): the files in the order of their names, each file's person
names in text order, as if the files were one text. A file's cluster goes to the collection
person most of its names went to, so a file's clusters are never split, and two clusters of one
file are joined only where the rule would have joined them in one text (they were not: the
rule is the same). A person gets `P1`, `P2`, ... in the order of first mention.

Each row: the person's id and name (the fullest of its normal forms, as in the index page), how
many files and mentions (names and pronouns), every form of the name met, and where it is:
`FILE C3 ×12` for each file, its cluster there and its mentions; then the first and the last of
the dated events the person takes part in (an argument of, by name, pronoun or unwritten
subject; `corpus.timeline_rows`): the TIMEX3 value of its date and `FILE E5`. index.html shows
the same persons as a table (`index_page.persons_table`).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from letopis.export.corpus import PersonRow, TimelineRow, person_key
from letopis.labels import PER

COLUMNS = ["id", "person", "files", "mentions", "names", "pronouns", "forms", "in_files",
           "first_date", "first_event", "last_date", "last_event"]


@dataclass
class FileNames:
    """One file's person names, in text order, with their cluster there, its person rows and
    each cluster's dated events (`corpus.dated_by_person`)."""
    file: str
    names: list[tuple[str, str]]  # (cluster, normal form)
    rows: list[PersonRow] = field(default_factory=list)
    dated: dict[str, list[TimelineRow]] = field(default_factory=dict)


def file_names(stem: str, persons, rows: list[PersonRow],
               dated: dict[str, list[TimelineRow]] | None = None) -> FileNames:
    """`persons`: the file's person entities in text order (`Document.persons`)."""
    return FileNames(stem, [(person_key(entity), entity.get("normal") or entity["text"]) for entity in persons],
                     list(rows), dict(dated or {}))


@dataclass
class CollectionPerson:
    """One person across the files: a row of person_index.csv and of index.html's persons."""
    id: str  # `P1`, ...
    person: str  # the fullest of the normal forms
    forms: list[str]  # every normal form met, sorted
    rows: list[PersonRow]  # one per file (its cluster there), in the order of the files' names
    first: TimelineRow | None  # the dated event of earliest date the person takes part in
    last: TimelineRow | None  # ... of latest date

    @property
    def mentions(self) -> int:
        return sum(r.mentions for r in self.rows)

    @property
    def pronouns(self) -> int:
        return sum(r.pronouns for r in self.rows)

    def row(self) -> dict:
        """The row of person_index.csv (`COLUMNS`)."""
        return {"id": self.id, "person": self.person, "files": len({r.file for r in self.rows}),
                "mentions": self.mentions, "names": sum(r.names for r in self.rows), "pronouns": self.pronouns,
                "forms": " | ".join(self.forms), "in_files": "; ".join(f"{r.file} {r.cluster} ×{r.mentions}" for r in self.rows),
                **event_cells("first", self.first), **event_cells("last", self.last)}


def event_cells(which: str, row: TimelineRow | None) -> dict:
    if row is None:
        return {f"{which}_date": None, f"{which}_event": None}
    return {f"{which}_date": " ".join(filter(None, (row.value, row.mod))), f"{which}_event": f"{row.file} {row.event}"}


def earliest(row: TimelineRow) -> tuple:
    """Dated events by the first day of their date (then the last, the file, the event)."""
    return row.first, row.last, row.file, int(row.event[1:])


def latest(row: TimelineRow) -> tuple:
    """Dated events by the last day of their date (then the first, the file, the event)."""
    return row.last, row.first, row.file, int(row.event[1:])


def collection_persons(files: list[FileNames]) -> dict[tuple[str, str], str]:
    """(file, cluster) → the collection person's id (`P1`, ...), by `ClusterIndex`'s rule over
    the files in the order of their names."""
    from letopis.coref.names import ClusterIndex  # here: it loads pymorphy3's dictionary

    index = ClusterIndex()
    found: dict[tuple[str, str], str] = {}
    numbers: dict[str, str] = {}  # the index's ids → P ids in order of first mention
    for names in sorted(files, key=lambda f: f.file):
        votes: dict[str, Counter] = defaultdict(Counter)
        for cluster, normal in names.names:
            person = index.assign(PER, normal)
            votes[cluster][person] += 1
        for cluster, counted in votes.items():
            person = counted.most_common(1)[0][0]  # ties: the first assigned
            numbers.setdefault(person, f"P{len(numbers) + 1}")
            found[names.file, cluster] = numbers[person]
    return found


def collection(files: list[FileNames]) -> list[CollectionPerson]:
    """The persons of a run's files, most mentioned first."""
    from letopis.export.reading import person_name

    ids = collection_persons(files)
    forms: dict[str, list[str]] = defaultdict(list)
    rows: dict[str, list[PersonRow]] = defaultdict(list)
    dated: dict[str, list[TimelineRow]] = defaultdict(list)
    for names in sorted(files, key=lambda f: f.file):
        for cluster, normal in names.names:
            forms[ids[names.file, cluster]].append(normal)
        for row in names.rows:
            if (names.file, row.cluster) in ids:
                rows[ids[names.file, row.cluster]].append(row)
                dated[ids[names.file, row.cluster]].extend(names.dated.get(row.cluster, ()))
    people = [CollectionPerson(id, person_name(forms[id]), sorted(set(forms[id])), found,
                               min(dated[id], key=earliest, default=None), max(dated[id], key=latest, default=None))
              for id, found in rows.items()]
    return sorted(people, key=lambda p: (-p.mentions, p.person, int(p.id[1:])))

