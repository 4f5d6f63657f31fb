"""entities.csv, dates.csv, mentions.csv (pronouns and unwritten subjects with their person
cluster) and events.csv for a whole run: one row a mention, with its file."""
from __future__ import annotations

from pathlib import Path

import pandas

from letopis.export.atomic import atomic_open
from letopis.labels import ROLES
from letopis.export.records import Record, Records

PLACE = ["chapter", "in_note"]  # where a mention is in its book (`letopis.structure`)


class Tables:
    def __init__(self) -> None:
        self.entities: list[Record] = []
        self.dates: list[Record] = []
        self.mentions: list[Record] = []
        self.events: list[Record] = []

    def add(self, file: str, records: Records) -> None:
        self.entities.extend({"file": file, **record} for record in records.entities)
        self.dates.extend({"file": file, **record} for record in records.dates)
        self.mentions.extend({"file": file, **record, "members": " ".join(record["members"]) or None}
                             for record in records.mentions)
        self.events.extend(event_row(file, event) for event in records.events)

    def write(self, outdir: Path) -> None:
        for name, rows, columns in (
            ("entities", self.entities, ["file", "id", "start", "end", "text", "type", "normal", "cluster", "fine_type",
                                         *PLACE]),
            ("dates", self.dates, ["file", "id", "start", "end", "text", "value", "mod", *PLACE]),
            ("mentions", self.mentions, ["file", "id", "start", "end", "text", "kind", "cluster", "members", *PLACE]),
            ("events", self.events, ["file", "id", "type", "start", "end", "trigger", "polarity", "modality", *ROLES,
                                     *PLACE]),
        ):
            with atomic_open(outdir / f"{name}.csv") as file:
                pandas.DataFrame(rows, columns=columns).to_csv(file, index=False)


def event_row(file: str, event: Record) -> Record:
    """One event with each role's arguments joined by ` | `."""
    row = {"file": file, "id": event["id"], "type": event["type"], "start": event["trigger"]["start"],
           "end": event["trigger"]["end"], "trigger": event["trigger"]["text"],
           "polarity": event["polarity"], "modality": event["modality"],
           **{column: event.get(column) for column in PLACE}}
    for role in ROLES:
        row[role] = " | ".join(arg["text"] for arg in event["args"] if arg["role"] == role) or None
    return row
