"""`letopis diff OLD NEW`: what changed between two folders of results, file by file and layer
by layer (entities, dates, events), each mention with its sentence, as a markdown report.

A mention is the same in both runs when it has the same extent (an event: its trigger's);
it changed when a field of it did. Ids (`T3`, `E2`, `C1`, refs) are numbering, not content,
and are left out of the comparison.
"""
from __future__ import annotations

import argparse
import json
import sys
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from letopis.batch.manifest import MANIFEST
from letopis.export.atomic import atomic_open

LAYERS = ("entities", "dates", "events")
NUMBERING = frozenset({"id", "ref", "coref", "cluster"})  # differ when only the numbering does
ADDED, REMOVED, CHANGED = "added", "removed", "changed"

Record = dict[str, Any]


def documents(folder: Path) -> dict[str, Path]:
    """Every NAME.json of a `letopis run` below `folder`, by its path without `.json`."""
    found = {}
    for path in sorted(folder.rglob("*.json")):
        if path.name != MANIFEST and not path.name.startswith("."):
            found[path.relative_to(folder).with_suffix("").as_posix()] = path
    return found


def load(path: Path) -> Record | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and "text" in data and "tokens" in data else None


def extent(layer: str, record: Record) -> tuple[int, int]:
    where = record["trigger"] if layer == "events" else record
    return where["start"], where["end"]


def content(record: Record) -> Record:
    """The record without its numbering; event arguments compared by role and extent."""
    kept = {key: value for key, value in record.items() if key not in NUMBERING}
    if "args" in kept:
        kept["args"] = sorted(
            (arg["role"], arg["start"], arg["end"], arg["text"], bool(arg.get("inferred"))) for arg in record["args"])
    return kept


def keyed(layer: str, records: list[Record]) -> dict[tuple[int, int, int], Record]:
    """Records by extent, with a running number for the rare extent that holds two."""
    seen: dict[tuple[int, int], int] = {}
    result = {}
    for record in records:
        start, end = extent(layer, record)
        n = seen[(start, end)] = seen.get((start, end), -1) + 1
        result[(start, end, n)] = record
    return result


@dataclass
class Change:
    kind: str  # added, removed, changed
    record: Record
    sentence: str
    fields: list[tuple[str, Any, Any]] = field(default_factory=list)  # (name, old, new)


class Sentences:
    """The sentence around an offset, from the tokens' `sent` numbers."""

    def __init__(self, data: Record) -> None:
        self.text = data["text"]
        bounds: dict[int, list[int]] = {}
        for token in data["tokens"]:
            span = bounds.setdefault(token["sent"], [token["start"], token["end"]])
            span[0], span[1] = min(span[0], token["start"]), max(span[1], token["end"])
        self.spans = sorted(bounds.values())
        self.starts = [start for start, _ in self.spans]

    def around(self, offset: int) -> str:
        i = bisect_right(self.starts, offset) - 1
        if i < 0:
            return ""
        start, end = self.spans[i]
        return " ".join(self.text[start:end].split())


def layer_changes(layer: str, old: Record, new: Record) -> Iterator[Change]:
    before, after = keyed(layer, old.get(layer, [])), keyed(layer, new.get(layer, []))
    old_sents, new_sents = Sentences(old), Sentences(new)
    for key in sorted(before.keys() | after.keys()):
        if key not in after:
            yield Change(REMOVED, before[key], old_sents.around(key[0]))
        elif key not in before:
            yield Change(ADDED, after[key], new_sents.around(key[0]))
        else:
            a, b = content(before[key]), content(after[key])
            fields = [(name, a.get(name), b.get(name)) for name in sorted(a.keys() | b.keys())
                      if a.get(name) != b.get(name)]
            if fields:
                yield Change(CHANGED, after[key], new_sents.around(key[0]), fields)


@dataclass
class FileDiff:
    name: str
    status: str = "both"  # both, only old, only new, text differs, unreadable
    changes: dict[str, list[Change]] = field(default_factory=dict)

    def counts(self, layer: str) -> dict[str, int]:
        changes = self.changes.get(layer, [])
        return {kind: sum(1 for c in changes if c.kind == kind) for kind in (ADDED, REMOVED, CHANGED)}

    @property
    def differs(self) -> bool:
        return self.status != "both" or any(self.changes.values())


def compare(old_dir: Path, new_dir: Path) -> list[FileDiff]:
    old_docs, new_docs = documents(old_dir), documents(new_dir)
    diffs = []
    for name in sorted(old_docs.keys() | new_docs.keys()):
        diff = FileDiff(name)
        old = load(old_docs[name]) if name in old_docs else None
        new = load(new_docs[name]) if name in new_docs else None
        if name not in new_docs:
            diff.status = "only in OLD"
        elif name not in old_docs:
            diff.status = "only in NEW"
        elif old is None or new is None:
            if old is None and new is None:
                continue  # not a document of a run (a report, say)
            diff.status = "not a letopis result in one folder"
        elif old["text"] != new["text"]:
            diff.status = "the text differs"
        else:
            diff.changes = {layer: list(layer_changes(layer, old, new)) for layer in LAYERS}
        diffs.append(diff)
    return diffs


def describe(layer: str, record: Record) -> str:
    if layer == "events":
        trigger = record["trigger"]
        args = ", ".join(f"{arg['role']}={arg['text']}" for arg in record.get("args", []))
        return f"{record['type']} «{trigger['text']}» [{trigger['start']}–{trigger['end']}]" + (f" ({args})" if args else "")
    label = record.get("type") or record.get("value") or ""
    return f"«{record['text']}» {label} [{record['start']}–{record['end']}]".replace("  ", " ")


def short(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value


def report(old_dir: Path, new_dir: Path, diffs: list[FileDiff]) -> str:
    lines = ["# letopis diff", "", f"OLD: `{old_dir}`  ", f"NEW: `{new_dir}`", ""]
    totals = {layer: {ADDED: 0, REMOVED: 0, CHANGED: 0} for layer in LAYERS}
    rows = []
    for diff in diffs:
        for layer in LAYERS:
            for kind, count in diff.counts(layer).items():
                totals[layer][kind] += count
        if diff.differs:
            cells = [" / ".join(str(diff.counts(layer)[kind]) for kind in (ADDED, REMOVED, CHANGED))
                     for layer in LAYERS]
            rows.append(f"| {diff.name} | {diff.status if diff.status != 'both' else ''} | " + " | ".join(cells) + " |")
    different = sum(1 for diff in diffs if diff.differs)
    lines.append(f"{len(diffs)} files compared, {different} differ.")
    lines.append("")
    lines += ["| layer | added | removed | changed |", "|---|---:|---:|---:|"]
    lines += [f"| {layer} | {t[ADDED]} | {t[REMOVED]} | {t[CHANGED]} |" for layer, t in totals.items()]
    if rows:
        lines += ["", "| file | note | entities +/−/~ | dates +/−/~ | events +/−/~ |", "|---|---|---|---|---|", *rows]
    for diff in diffs:
        if not diff.differs:
            continue
        lines += ["", f"## {diff.name}"]
        if diff.status != "both":
            lines += ["", diff.status + "."]
        for layer in LAYERS:
            changes = diff.changes.get(layer)
            if not changes:
                continue
            lines += ["", f"### {layer}", ""]
            for change in changes:
                line = f"- {change.kind}: {describe(layer, change.record)}"
                if change.fields:
                    line += "; " + "; ".join(f"{name}: {short(a)} → {short(b)}" for name, a, b in change.fields)
                lines.append(line)
                if change.sentence:
                    lines.append(f"  > {change.sentence}")
    return "\n".join(lines) + "\n"


def diff_command(args: argparse.Namespace) -> int:
    for folder in (args.old, args.new):
        if not folder.is_dir():
            print(f"letopis: {folder}: not a directory", file=sys.stderr)
            return 2
    diffs = compare(args.old, args.new)
    text = report(args.old, args.new, diffs)
    if args.report:
        with atomic_open(args.report) as file:
            file.write(text)
    else:
        sys.stdout.write(text)
    different = sum(1 for diff in diffs if diff.differs)
    if args.report or args.check:
        print(f"letopis diff: {len(diffs)} files compared, {different} differ", file=sys.stderr)
    return 1 if args.check and different else 0


def register(commands: argparse._SubParsersAction) -> None:
    diff = commands.add_parser(
        "diff", help="compare two folders of results",
        description="Compare two OUTDIRs of `letopis run` file by file and layer by layer "
                    "(entities, dates, events): added, removed and changed mentions, each with its "
                    "sentence, as a markdown report.")
    diff.add_argument("old", type=Path, metavar="OLD", help="the earlier OUTDIR")
    diff.add_argument("new", type=Path, metavar="NEW", help="the later OUTDIR")
    diff.add_argument("--report", type=Path, metavar="FILE",
                      help="write the markdown report here (default: standard output)")
    diff.add_argument("--check", action="store_true",
                      help="exit with status 1 when anything differs (for CI)")
    diff.set_defaults(func=diff_command)
