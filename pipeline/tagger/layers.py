"""The learned tagger's layers: which NEREL labels each tags, and what each tag becomes.

Read from `models/tagger/layers.tsv`. A layer is one slovnet tagger over BIO tags of its NEREL
labels; `CITY` in the layer `names` becomes a LOC entity with `fine_type` CITY.
"""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from letopis.resources import load_table

NO_FINE_TYPE = "-"


class Tag(NamedTuple):
    label: str        # NEREL's label, the tag the model learns
    layer: str
    type: str         # the pipeline's entity type
    fine_type: str | None


@lru_cache(maxsize=1)
def tags() -> dict[str, Tag]:
    return {label: Tag(label, layer, type, None if fine == NO_FINE_TYPE else fine)
            for label, layer, type, fine in load_table("tagger/layers.tsv")}


def layers() -> dict[str, list[str]]:
    """Layer name → its NEREL labels, in table order."""
    found: dict[str, list[str]] = {}
    for tag in tags().values():
        found.setdefault(tag.layer, []).append(tag.label)
    return found


def layer_file(layer: str) -> str:
    """The layer's slovnet pack below `models/`."""
    return f"tagger/{layer}.tar"
