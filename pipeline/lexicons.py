"""Word lists that more than one stage reads: kept here so that no stage imports another's
rules for them (the tables stay in the folder of the stage that first needed them)."""
from __future__ import annotations

from functools import lru_cache

from letopis.resources import load_table


@lru_cache(maxsize=None)
def person_verbs() -> dict[str, str]:
    """lemma → class of the verbs whose subject is someone (`models/coref/person_verbs.tsv`):
    perception, cognition, speech, emotion. Read by coreference and by the entity consistency
    (a surname that is also a town is a person where it is the subject of one)."""
    return {row[0]: row[1] for row in load_table("coref/person_verbs.tsv")}


@lru_cache(maxsize=None)
def groups() -> frozenset[str]:
    """Collective nouns that stand for people (`отряд`, `семья`), animate subjects though
    pymorphy3 tags them inanimate (`models/events/groups.tsv`). Read by events and coreference."""
    return frozenset(row[0] for row in load_table("events/groups.tsv"))


@lru_cache(maxsize=None)
def kinship() -> frozenset[str]:
    """Kinship words (`дедушка`, `мать`, `дядя`: `models/coref/kinship.tsv`). Read by coreference (a
    chain a kinship word begins) and by the entity consistency (a kinship noun is no name)."""
    return frozenset(row[0] for row in load_table("coref/kinship.tsv"))


@lru_cache(maxsize=None)
def stations() -> frozenset[str]:
    """Nouns naming one person by rank, title or station (`генерал`, `барин`, `хозяин`, `староста`:
    `models/events/stations.tsv`). Read by events (a doer the story follows), the entity
    consistency (a rank is no name) and coreference (a rank said again is the same person)."""
    return frozenset(row[0] for row in load_table("events/stations.tsv"))


@lru_cache(maxsize=None)
def naming_words() -> tuple[frozenset[str], frozenset[str]]:
    """Verbs of naming (`звать`) and nouns of a name (`фамилия`), from `models/coref/naming.tsv`.
    Read by coreference (the person a name is given to)."""
    rows = load_table("coref/naming.tsv")
    return (frozenset(row[0] for row in rows if row[1] == "verb"),
            frozenset(row[0] for row in rows if row[1] == "noun"))
