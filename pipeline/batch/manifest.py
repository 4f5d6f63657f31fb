"""OUTDIR/manifest.json: what produced a folder of results, input by input.

The run header names the letopis version, a hash of the rule and trained tables
(`resources.tables_hash`) and the options that shape the output; every input has its SHA-256,
its status (`ok`, or `failed` with the reason) and the files written for it with their
SHA-256 and the encoding it was read in. While a run goes on, each finished input is appended as one line to
`OUTDIR/.manifest.jsonl` (a journal that survives a killed run); the complete run writes
`manifest.json` whole and removes the journal.

`--resume` reuses an earlier input whose record says `ok` under the same header, whose input
bytes hash the same and whose files are still there with the same hashes.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

from letopis.export.atomic import atomic_open

MANIFEST = "manifest.json"
JOURNAL = ".manifest.jsonl"
OK, FAILED = "ok", "failed"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_sha256(path: Path) -> str | None:
    try:
        return sha256(path.read_bytes())
    except OSError:
        return None


def now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Entry:
    """One input of a run. `output` is its stem in OUTDIR; `files` are paths below OUTDIR."""
    input: str
    output: str
    sha256: str | None
    status: str
    reason: str | None = None
    files: dict[str, str] = field(default_factory=dict)
    encoding: str | None = None  # what the input was read in (`text/reader.py`); None if it was not read

    def complete(self, outdir: Path) -> bool:
        """An `ok` result whose files are all still there, unchanged."""
        return self.status == OK and bool(self.files) and all(
            file_sha256(outdir / name) == digest for name, digest in self.files.items())


@dataclass
class Header:
    letopis: str
    tables: str
    options: dict[str, Any]


class Manifest:
    def __init__(self, outdir: Path, header: Header, execution: dict[str, Any]) -> None:
        self.outdir = outdir
        self.header = header
        self.execution = execution
        self.started = now()
        self.entries: dict[int, Entry] = {}
        self.journal = None

    def open(self) -> None:
        self.outdir.mkdir(parents=True, exist_ok=True)
        self.journal = open(self.outdir / JOURNAL, "a", encoding="utf-8")
        self.append({"run": asdict(self.header)})

    def append(self, line: dict) -> None:
        self.journal.write(json.dumps(line, ensure_ascii=False) + "\n")
        self.journal.flush()  # on disk for the next `--resume`, even if this process is killed

    def record(self, key: int, entry: Entry) -> None:
        self.entries[key] = entry
        self.append(asdict(entry))

    def files_entry(self, paths: list[Path]) -> dict[str, str]:
        return {path.relative_to(self.outdir).as_posix(): file_sha256(path) for path in paths}

    def write(self, run_files: list[Path]) -> None:
        """manifest.json, inputs in input order; the journal is no longer needed."""
        document = {**asdict(self.header), "execution": self.execution,
                    "started": self.started, "finished": now(),
                    "inputs": [asdict(self.entries[key]) for key in sorted(self.entries)],
                    "files": self.files_entry(run_files)}
        with atomic_open(self.outdir / MANIFEST) as file:
            json.dump(document, file, ensure_ascii=False, indent=1)
            file.write("\n")
        self.journal.close()
        (self.outdir / JOURNAL).unlink(missing_ok=True)


def earlier_entries(outdir: Path) -> Iterator[tuple[Header, Entry]]:
    """Every input record an earlier run left in OUTDIR, oldest first, with its run's header."""
    try:
        document = json.loads((outdir / MANIFEST).read_text(encoding="utf-8"))
        header = Header(document["letopis"], document["tables"], document["options"])
        for item in document["inputs"]:
            yield header, Entry(**item)
    except (OSError, ValueError, KeyError, TypeError):
        pass
    try:
        lines = (outdir / JOURNAL).read_text(encoding="utf-8").splitlines()
    except OSError:
        return
    header = None
    for line in lines:
        try:
            item = json.loads(line)
            if "run" in item:
                header = Header(**item["run"])
            elif header is not None:
                yield header, Entry(**item)
        except (ValueError, TypeError):
            continue  # a line cut short by a kill


def reusable(outdir: Path, header: Header) -> dict[str, Entry]:
    """Earlier `ok` records made under this header, by output stem (the latest wins). A later
    run that removed or rewrote the files is caught by `Entry.complete`, which hashes them."""
    found: dict[str, Entry] = {}
    for earlier, entry in earlier_entries(outdir):
        if earlier == header and entry.status == OK:
            found[entry.output] = entry
    return found

