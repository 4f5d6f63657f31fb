"""Where the pipeline finds its data files (lexicons, patterns, tables, trained weights).

They are package data of `letopis.models` (the repository's `models/` folder, shipped inside
the wheel) and are read through `importlib.resources`, so an installed letopis finds them
wherever it is installed. `LETOPIS_MODELS` names another folder laid out the same way.
"""
from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, Iterator

PACKAGE = "letopis.models"
DATA_SUFFIXES = (".tsv", ".json", ".txt", ".npz", ".tar", ".bin")


def models_root() -> Traversable:
    override = os.environ.get("LETOPIS_MODELS")
    return Path(override) if override else resources.files(PACKAGE)


def model_path(name: str) -> Traversable:
    """A data file by its path below `models/` (`events/lexicon.tsv`)."""
    return models_root().joinpath(*name.split("/"))


def read_text(name: str) -> str:
    return model_path(name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def load_json(name: str) -> Any:
    """A JSON resource from `models/`, parsed once per process."""
    return json.loads(read_text(name))


@lru_cache(maxsize=None)
def load_mapping(name: str) -> dict[str, str]:
    """A table's first column → its second (`""` for a row of one cell)."""
    return {row[0]: row[1] if len(row) > 1 else "" for row in load_table(name)}


@lru_cache(maxsize=None)
def load_table(name: str) -> tuple[tuple[str, ...], ...]:
    """A tab-separated resource: one row a line, `#` starts a comment, header skipped."""
    rows = []
    lines = read_text(name).splitlines()
    for line in lines[1:]:
        if line.strip() and not line.startswith("#"):
            rows.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(rows)


def data_files(root: Traversable | None = None, prefix: str = "") -> Iterator[tuple[str, Traversable]]:
    """(path below `models/`, file) of every data file, in sorted order."""
    root = models_root() if root is None else root
    for item in sorted(root.iterdir(), key=lambda item: item.name):
        name = f"{prefix}{item.name}"
        if item.is_dir():
            if not item.name.startswith(("_", ".")):
                yield from data_files(item, f"{name}/")
        elif item.name.endswith(DATA_SUFFIXES):
            yield name, item


@lru_cache(maxsize=1)
def tables_hash() -> str:
    """SHA-256 over the names and bytes of every rule table and trained weight file: what a
    folder of results was produced with, for the run manifest."""
    digest = hashlib.sha256()
    for name, item in data_files():
        digest.update(name.encode("utf-8") + b"\0" + item.read_bytes() + b"\0")
    return digest.hexdigest()
