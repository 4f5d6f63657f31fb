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


# slovnet's NER as an input of the tagger: every token's shape is read together with the BIO tag
# slovnet's NER gave it (`Xx|B-PER`), so the tagger learns NEREL's conventions on top of what
# slovnet, trained on far more news, knows of names. The tagger runs right after slovnet's NER
# (`letopis_ner`), so `doc.ents` are slovnet's own tags, in training (`data.py`) as in the pipeline.
SLOVNET_TAGS = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG")
FEATURE_JOIN = "|"


def slovnet_tag(token) -> str:
    """slovnet's BIO tag of a token, read from `doc.ents` (O where there are none)."""
    return f"{token.ent_iob_}-{token.ent_type_}" if token.ent_iob_ in ("B", "I") else "O"


def shape_feature(shape: str, tag: str) -> str:
    return shape + FEATURE_JOIN + (tag if tag in SLOVNET_TAGS else "O")


def shape_features(shapes: list[str]) -> list[str]:
    """Every shape with every slovnet tag: the tagger's shape vocabulary (after PAD)."""
    return [shape_feature(shape, tag) for shape in shapes for tag in SLOVNET_TAGS]
