"""entities.csv, dates.csv (with the first and last day of each date), mentions.csv (pronouns and unwritten subjects with their person
cluster) and events.csv for a whole run: one row a mention, with its file."""
from __future__ import annotations

from pathlib import Path

from letopis.export.atomic import atomic_open
from letopis.export.timex import interval
from letopis.labels import ROLES
from letopis.export.records import Record, Records

# Where a mention is in its book (`letopis.structure`): its chapter's heading as printed (`Часть
# первая / Глава IV. Бегство`), the chapter's id in NAME.json's `structure` (`S5`), in a note or not.
PLACE = ["chapter", "chapter_id", "in_note"]


class Tables:
    """Rows of every document of a run, written in the order of the documents' keys (the
    input order), whatever order they were added in."""

    def __init__(self) -> None:
        self.documents: dict[int, tuple[list[Record], ...]] = {}

    def add(self, file: str, records: Records, key: int | None = None, chapters: dict[str, str] | None = None) -> None:
        """`chapters`: the heading of each chapter id (`reading.division_headings`)."""
        key = len(self.documents) if key is None else key
        named = chapters or {}
        self.documents[key] = ([{"file": file, **record, **place(record, named)} for record in records.entities],
                               [{"file": file, **record, **days(record), **place(record, named)}
                                for record in records.dates],
                               [{"file": file, **record, "members": " ".join(record["members"]) or None,
                                 **place(record, named)} for record in records.mentions],
                               [{**event_row(file, event), **place(event, named)} for event in records.events])

    def rows(self, layer: int) -> list[Record]:
        return [row for key in sorted(self.documents) for row in self.documents[key][layer]]

    def tables(self) -> list[tuple[str, list[str], list[Record]]]:
        """(name, columns, rows) of each table: what NAME.csv and a sheet of tables.xlsx hold."""
        return [(name, columns, self.rows(layer)) for layer, (name, columns) in enumerate((
            ("entities", ["file", "id", "start", "end", "text", "type", "normal", "cluster", "fine_type", *PLACE]),
            ("dates", ["file", "id", "start", "end", "text", "value", "mod", "first", "last", *PLACE]),
            ("mentions", ["file", "id", "start", "end", "text", "kind", "cluster", "members", *PLACE]),
            ("events", ["file", "id", "type", "start", "end", "trigger", "polarity", "modality", *ROLES, *PLACE]),
        ))]

    def write(self, outdir: Path) -> list[Path]:
        written = []
        for name, columns, rows in self.tables():
            import pandas  # here, not at import: it is a third of `letopis`'s start-up

            with atomic_open(outdir / f"{name}.csv") as file:
                pandas.DataFrame(rows, columns=columns).to_csv(file, index=False)
            written.append(outdir / f"{name}.csv")
        return written


def place(record: Record, chapters: dict[str, str]) -> Record:
    """The `chapter` (its heading) and `chapter_id` columns of a mention's row."""
    id = record.get("chapter")
    return {"chapter": chapters.get(id, id) if id else None, "chapter_id": id}


def days(date: Record) -> Record:
    """The first and last day a date covers (ISO, so the rows sort by them; `timex.interval`),
    none for a date without a year (`XXXX-04-20`, `сегодня`)."""
    span = interval(date.get("value"), date.get("mod"))
    return {"first": span.first.isoformat() if span else None, "last": span.last.isoformat() if span else None}


def event_row(file: str, event: Record) -> Record:
    """One event with each role's arguments joined by ` | `."""
    row = {"file": file, "id": event["id"], "type": event["type"], "start": event["trigger"]["start"],
           "end": event["trigger"]["end"], "trigger": event["trigger"]["text"],
           "polarity": event["polarity"], "modality": event["modality"],
           **{column: event.get(column) for column in PLACE}}
    for role in ROLES:
        row[role] = " | ".join(arg["text"] for arg in event["args"] if arg["role"] == role) or None
    return row
