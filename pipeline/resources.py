"""Where the pipeline finds its data files (lexicons, patterns, tables)."""
from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

MODELS = Path(os.environ.get("LETOPIS_MODELS", Path(__file__).resolve().parent.parent / "models"))


def model_path(name: str) -> Path:
    return MODELS / name


@lru_cache(maxsize=None)
def load_json(name: str) -> Any:
    """A JSON resource from `models/`, parsed once per process."""
    return json.loads(model_path(name).read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def load_mapping(name: str) -> dict[str, str]:
    """A table's first column → its second (`""` for a row of one cell)."""
    return {row[0]: row[1] if len(row) > 1 else "" for row in load_table(name)}


@lru_cache(maxsize=None)
def load_table(name: str) -> tuple[tuple[str, ...], ...]:
    """A tab-separated resource: one row a line, `#` starts a comment, header skipped."""
    rows = []
    lines = model_path(name).read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:
        if line.strip() and not line.startswith("#"):
            rows.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(rows)
