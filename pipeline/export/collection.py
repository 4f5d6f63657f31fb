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
`FILE C3 ×12` for each file, its cluster there and its mentions.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from letopis.export.corpus import PersonRow
from letopis.labels import PER

COLUMNS = ["id", "person", "files", "mentions", "names", "pronouns", "forms", "in_files"]


@dataclass
class FileNames:
    """One file's person names, in text order, with their cluster there, and its person rows."""
    file: str
    names: list[tuple[str, str]]  # (cluster, normal form)
    rows: list[PersonRow] = field(default_factory=list)


def file_names(stem: str, persons, rows: list[PersonRow]) -> FileNames:
    """`persons`: the file's person entities in text order (`Document.persons`)."""
    return FileNames(stem, [(entity.get("cluster") or entity["id"], entity.get("normal") or entity["text"])
                            for entity in persons], list(rows))


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


def person_index(files: list[FileNames]) -> list[dict]:
    """The rows of person_index.csv, most mentioned first."""
    from letopis.export.reading import person_name

    ids = collection_persons(files)
    forms: dict[str, list[str]] = defaultdict(list)
    rows: dict[str, list[PersonRow]] = defaultdict(list)
    for names in sorted(files, key=lambda f: f.file):
        for cluster, normal in names.names:
            forms[ids[names.file, cluster]].append(normal)
        for row in names.rows:
            if (names.file, row.cluster) in ids:
                rows[ids[names.file, row.cluster]].append(row)
    table = []
    for id, found in rows.items():
        table.append({
            "id": id, "person": person_name(forms[id]), "files": len({r.file for r in found}),
            "mentions": sum(r.mentions for r in found), "names": sum(r.names for r in found),
            "pronouns": sum(r.pronouns for r in found), "forms": " | ".join(sorted(set(forms[id]))),
            "in_files": "; ".join(f"{r.file} {r.cluster} ×{r.mentions}" for r in found)})
    return sorted(table, key=lambda row: (-row["mentions"], row["person"], int(row["id"][1:])))
