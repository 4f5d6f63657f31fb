"""Dependency paths from a trigger to arguments the slot rules do not reach.

`events.py` finds arguments in the slots the grammar names (subject, object, preposition +
case). Annotators also link mentions further up or across the tree: the subject of the verb an
event noun depends on, a date on the clause above. A path is the chain of relations from the
trigger up to the common ancestor and down to the mention's root, with the trigger's part of
speech, the mention's kind and preposition: `NOUN ^obj vnsubj PER -`. Which paths carry which
argument class is counted on NEREL train (`python -m letopis.train paths`), so the table in
`models/events/paths.tsv` is data like every other rule.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from letopis.resources import load_table

MAX_STEPS = 4  # relations between trigger and mention; longer paths are too rare to count


def lineage(token: Token) -> list[Token]:
    """The token and its ancestors up to the sentence root."""
    chain = [token]
    while chain[-1].head.i != chain[-1].i and len(chain) <= MAX_STEPS:
        chain.append(chain[-1].head)
    return chain


def path(trigger: Token, target: Token, kind: str, preposition: str | None) -> str | None:
    """The signature of the tree path from trigger to target, or None when it is too long."""
    up, down = lineage(trigger), lineage(target)
    position = {token.i: n for n, token in enumerate(down)}
    for steps_up, token in enumerate(up):
        steps_down = position.get(token.i)
        if steps_down is None:
            continue
        if steps_up + steps_down > MAX_STEPS or steps_up + steps_down == 0:
            return None
        rising = ["^" + t.dep_ for t in up[:steps_up]]
        falling = ["v" + t.dep_ for t in reversed(down[:steps_down])]
        return " ".join([trigger.pos_, *rising, *falling, kind, preposition or "-"])
    return None


@lru_cache(maxsize=None)
def learned_paths() -> dict[str, str]:
    """Path signature → argument class, as `make train` wrote it."""
    return {row[0]: row[1] for row in load_table("events/paths.tsv")}
