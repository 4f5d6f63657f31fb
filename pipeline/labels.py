"""Every label and role letopis writes, named once.

Entity types, the date label, event-argument roles and the class each role belongs to (the
evaluator matches arguments by class: an `origin` where the gold says `place` is a place).
"""
from __future__ import annotations

from typing import NamedTuple

PER, LOC, ORG = "PER", "LOC", "ORG"
WORK_OF_ART, EVENT, FACILITY = "WORK_OF_ART", "EVENT", "FACILITY"
DATE = "DATE"
PRON = "PRON"  # the kind of a pronoun mention

# Person mentions that are not names (`mentions` in the JSON): their kinds and brat labels.
PRONOUN, ZERO = "pronoun", "zero"
MENTION_LABELS = {PRONOUN: "Pronoun", ZERO: "Zero"}

ENTITY_TYPES = (PER, LOC, ORG, WORK_OF_ART, EVENT, FACILITY)
NAMES = frozenset({PER, LOC, ORG, WORK_OF_ART})  # named things an event trigger is never inside

AGENT, PATIENT, PARTICIPANT, RECIPIENT = "agent", "patient", "participant", "recipient"
PLACE, ORIGIN, DESTINATION, TIME = "place", "origin", "destination", "time"
ROLES = (AGENT, PATIENT, PARTICIPANT, RECIPIENT, PLACE, ORIGIN, DESTINATION, TIME)

ROLE_CLASS = {AGENT: PARTICIPANT, PATIENT: PARTICIPANT, PARTICIPANT: PARTICIPANT,
              RECIPIENT: PARTICIPANT, PLACE: PLACE, ORIGIN: PLACE, DESTINATION: PLACE, TIME: TIME}

POSITIVE, NEGATIVE = "positive", "negative"
ASSERTED = "asserted"
MODALITIES = ("possible", "necessary", "desired", "conditional")


class Argument(NamedTuple):
    """One argument of an event, in character offsets of its Doc.

    `antecedent` is the (start, end) of the name a pronoun argument stands for, when found;
    `inferred` marks a time the clause does not give (the date in force); `members` are the
    (start, end) of the names a plural pronoun stands for (`Иван и Анна ... они`). Stored in
    `doc._.events` as a plain tuple, so it survives DocBin: read back with `Argument.of`."""
    role: str
    start: int
    end: int
    antecedent: tuple[int, int] | None = None
    inferred: bool = False
    members: tuple[tuple[int, int], ...] = ()

    @classmethod
    def of(cls, values) -> "Argument":
        role, start, end, *rest = values
        antecedent = tuple(rest[0]) if rest and rest[0] is not None else None
        members = tuple(tuple(member) for member in rest[2]) if len(rest) > 2 else ()
        return cls(role, start, end, antecedent, bool(rest[1]) if len(rest) > 1 else False, members)

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end
