"""Annotated documents as the evaluator sees them, read from the JSON contract.

Gold and predictions are read by the same code from the same kind of file a user gets,
so the evaluator never recomputes analysis.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from letopis.batch.manifest import MANIFEST

Record = dict[str, Any]


@dataclass
class Document:
    name: str
    text: str
    tokens: list[Record] = field(default_factory=list)
    entities: list[Record] = field(default_factory=list)
    dates: list[Record] = field(default_factory=list)
    events: list[Record] = field(default_factory=list)
    has_tokens: bool = True  # NEREL and the memoir gold have no token layer
    mentions: list[Record] = field(default_factory=list)  # pronoun and zero-subject person mentions
    layers: tuple[str, ...] | None = None  # the layers a gold annotates (`"layers"`); None: all of them

    def annotates(self, layer: str) -> bool:
        """Whether this (gold) document annotates `layer` (`entities`, `dates`, `mentions`,
        `events`): a probe of one layer (`"layers": ["dates"]`) leaves the others unscored rather
        than scoring every predicted entity or event as spurious."""
        return self.layers is None or layer in self.layers

    def spans(self) -> list[Record]:
        """Every span the document records: tokens, entities, dates, mentions, triggers and arguments."""
        found = self.tokens + self.entities + self.dates + self.mentions
        for event in self.events:
            found += [event["trigger"], *event.get("args", [])]
        return found

    def misplaced(self) -> list[Record]:
        """The spans whose `text` is not what the document's text holds at their offsets."""
        return [span for span in self.spans() if self.text[span["start"]:span["end"]] != span["text"]]


def from_json(path: Path, name: str) -> Document:
    data = json.loads(path.read_text(encoding="utf-8"))
    tokens = data.get("tokens") or []
    return Document(name, data["text"], tokens, data.get("entities", []), data.get("dates", []),
                    data.get("events", []), has_tokens=bool(tokens), mentions=data.get("mentions") or [],
                    layers=tuple(data["layers"]) if data.get("layers") is not None else None)


def json_documents(path: Path) -> dict[str, Document]:
    """NAME.json files of a file or folder, keyed by their path below it without suffix."""
    if path.is_file():
        return {path.stem: from_json(path, path.stem)}
    found = {}
    for file in sorted(path.rglob("*.json")):
        if file.name.startswith("report") or file.name == MANIFEST:
            continue
        name = file.relative_to(path).with_suffix("").as_posix()
        found[name] = from_json(file, name)
    return found
