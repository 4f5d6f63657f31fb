"""Numbers written in words (`тысяча восемьсот тридцать шестом`, `третьего`): a run of
cardinals, optionally closed by an ordinal, adds up; the words live in `models/dates/numerals.tsv`."""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from letopis.resources import load_table

CARDINAL, ORDINAL = "cardinal", "ordinal"


class Numeral(NamedTuple):
    value: int
    end: int        # index after its last word
    ordinal: bool   # whether its last word is an ordinal (`шестом`, `третьего`)


@lru_cache(maxsize=1)
def words() -> dict[str, tuple[int, str]]:
    return {lemma: (int(number), kind) for lemma, number, kind in load_table("dates/numerals.tsv")}


def read(lemmas: list[str], i: int) -> Numeral | None:
    """The number whose words start at `lemmas[i]`; each word must be smaller than the last
    (`тридцать шестой`, not `шесть тридцать`), and an ordinal ends it."""
    table = words()
    total, last, end = 0, None, i
    while end < len(lemmas) and lemmas[end] in table:
        number, kind = table[lemmas[end]]
        if last is not None and number >= last:
            break
        total, last, end = total + number, number, end + 1
        if kind == ORDINAL:
            return Numeral(total, end, True)
    return Numeral(total, end, False) if end > i else None
