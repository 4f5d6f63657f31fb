"""Annotation conventions: ours (gold/GUIDELINES.md) or NEREL's, as `models/entities/conventions.tsv` says.

`letopis run --convention nerel` gives NEREL's entities where they differ from our guidelines
(adjectives of places, common-noun bodies, places inside names, buildings); the default
`letopis` follows our guidelines.
"""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from letopis.resources import load_table

LETOPIS, NEREL = "letopis", "nerel"
CONVENTIONS = (LETOPIS, NEREL)


class Convention(NamedTuple):
    name: str
    lowercase: frozenset[str] = frozenset()     # types whose lowercase tagger spans stay
    as_tagged: frozenset[str] = frozenset()     # types whose tagger spans stay as they are
    adjectives: frozenset[str] = frozenset()    # types place_adjectives.tsv gives its adjectives
    inside_names: frozenset[str] = frozenset()  # types whose tagger spans stay inside a rule name
    facility: frozenset[str] = frozenset()      # types dropped where the tagger reads a FACILITY


@lru_cache(maxsize=None)
def convention(name: str = LETOPIS) -> Convention:
    if name not in CONVENTIONS:
        raise ValueError(f"unknown convention {name!r}: one of {', '.join(CONVENTIONS)}")
    rules: dict[str, frozenset[str]] = {}
    for row_name, rule, types in load_table("entities/conventions.tsv"):
        if row_name == name:
            rules[rule] = frozenset(types.split())
    return Convention(name, **rules)
