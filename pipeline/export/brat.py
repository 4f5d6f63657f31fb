"""NAME.ann in brat standoff, so results open in brat or INCEpTION.

Entities and dates are T lines (dates labelled DATE), their normal form,
cluster, value and mod are AnnotatorNotes; a person mention that is no name is
a T line labelled Pronoun or Zero (the verb of an unwritten subject), its
cluster (or a group's members) an AnnotatorNote; an event is a T line for its
trigger plus an E line; non-default polarity and modality are A lines.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from letopis.export.atomic import atomic_open
from letopis.labels import DATE, MENTION_LABELS
from letopis.export.records import Record, Records

# Every character that ends a line for some reader of the .ann (Python's `splitlines` among
# them): a span across one becomes fragments, and none is ever written inside a line.
LINE_BREAK = re.compile("[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]+")
ENTITY_NOTES = ("normal", "cluster", "fine_type")
DATE_NOTES = ("value", "mod")
MENTION_NOTES = ("cluster", "members")


def fragments(text: str, start: int, end: int) -> str:
    """brat offsets; a span crossing a line break becomes fragments around it."""
    pieces, position = [], start
    for match in LINE_BREAK.finditer(text, start, end):
        if match.start() > position:
            pieces.append(f"{position} {match.start()}")
        position = match.end()
    if end > position:
        pieces.append(f"{position} {end}")
    return ";".join(pieces)


def one_line(text: str) -> str:
    return LINE_BREAK.sub(" ", text)


def notes(record: Record, keys: tuple[str, ...]) -> str:
    return one_line("; ".join(f"{key}={' '.join(value) if isinstance(value, list) else value}"
                              for key in keys if (value := record.get(key)) is not None and value != []))


def role_labels(args: list[Record]) -> Iterator[str]:
    seen: dict[str, int] = {}
    for arg in args:
        if arg.get("ref"):
            seen[arg["role"]] = seen.get(arg["role"], 0) + 1
            count = seen[arg["role"]]
            yield f"{arg['role']}{count if count > 1 else ''}:{arg['ref']}"


def ann_lines(text: str, records: Records, next_t: int) -> Iterator[str]:
    """The .ann lines; `next_t` is the first T number free for event triggers."""
    note = 0
    for record, label, keys in (
        [(r, r["type"], ENTITY_NOTES) for r in records.entities]
        + [(r, DATE, DATE_NOTES) for r in records.dates]
        + [(r, MENTION_LABELS[r["kind"]], MENTION_NOTES) for r in records.mentions]
    ):
        yield f"{record['id']}\t{label} {fragments(text, record['start'], record['end'])}\t{one_line(record['text'])}"
        if notes(record, keys):
            note += 1
            yield f"#{note}\tAnnotatorNotes {record['id']}\t{notes(record, keys)}"
    attribute = 0
    for event in records.events:
        trigger = event["trigger"]
        tid = f"T{next_t}"
        next_t += 1
        yield f"{tid}\t{event['type']} {fragments(text, trigger['start'], trigger['end'])}\t{one_line(trigger['text'])}"
        yield "\t".join([event["id"], " ".join([f"{event['type']}:{tid}", *role_labels(event["args"])])])
        for name, value, default in (("Polarity", event["polarity"], "positive"),
                                     ("Modality", event["modality"], "asserted")):
            if value != default:
                attribute += 1
                yield f"A{attribute}\t{name} {event['id']} {value}"


def write_ann(path: Path, text: str, records: Records) -> None:
    next_t = len(records.entities) + len(records.dates) + len(records.mentions) + 1
    with atomic_open(path) as file:
        for line in ann_lines(text, records, next_t):
            file.write(line + "\n")
