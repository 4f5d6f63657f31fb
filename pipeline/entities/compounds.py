"""A name inside a hyphenated word (GUIDELINES 9.63, 9.74): a person's name before an epithet,
a trade or a rank written small after a hyphen (`Петра-молодца`, `Гришку-сапожника`), a name
with a particle glued to it (`Сашка-то`, `Марья-от`), a place's name before its term
(`Оки-реки`). The tokenizer keeps such a word as one token (GUIDELINES 1.1), and the models tag
the whole token; the name is its first part alone, as a title or kin word before a name stays
outside it (8.3). `normalize` gives such a span the first part's nominative and records where
the name ends (`span._.part`), which the exporters write as the entity's characters.

A double name capitalises both parts (`Мамин-Сибиряк`), a town with a preposition inside begins
with a name before a function word (`Ростов-на-Дону`: three parts), and a place whose first
part is a common word (`Медведь-гора`) has no name to cut: all stay whole.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from letopis.entities.no_names import NAME_GRAMMEMES, hyphen_particles
from letopis.entities.rules import table
from letopis.labels import LOC, PER
from letopis.morphosyntax.lemma import parses
from letopis.words import model_word

CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct"})


@dataclass(frozen=True)
class NamePart:
    """The name at the start of a one-word span: its length in characters and its nominative."""
    length: int
    normal: str


def name_readings(word: str) -> list:
    """The dictionary's readings of the word as a person's or a place's name."""
    return [r for r in parses(word.lower()) if r.is_known and NAME_GRAMMEMES & r.tag.grammemes]


def cases(readings: list) -> set[str]:
    return {case for r in readings for case in CASES if case in r.tag}


def epithet(word: str, label: str, name_cases: set[str]) -> bool:
    """A common noun written small after the name, in a case the name can share: for a person an
    animate noun (`воина`, `сапожника`), for a place a place's term (`реки`, `озера`)."""
    readings = [r for r in parses(word) if r.is_known and r.tag.POS == "NOUN" and not NAME_GRAMMEMES & r.tag.grammemes]
    if label == PER:
        readings = [r for r in readings if "anim" in r.tag]
    else:
        readings = [r for r in readings if r.normal_form.replace("ё", "е") in table("place_heads")]
    return bool(cases(readings) & name_cases)


def nominative(readings: list, written: str) -> str:
    """The name's nominative, written with the text's capital."""
    best = next((r for r in readings if "nomn" in r.tag), None)
    inflected = best if best is not None else readings[0].inflect({"nomn"})
    word = inflected.word if inflected is not None else written.lower()
    return written[:1] + word[1:]


def name_part(span: Span) -> NamePart | None:
    """The name at the start of a one-word person or place written `Name-word`: the first part
    capitalised, the second written small. Before a particle the first part is a name the
    dictionary knows (`Сашка-то`); before an epithet in its case (`epithet`) a person's first
    part may be any noun (a pet name the dictionary knows as a common word: `Петрушку-повара`),
    a place's a name or a word the dictionary does not know."""
    if span.label_ not in (PER, LOC) or len(span) != 1:
        return None
    parts = model_word(span[0]).split("-")
    if len(parts) != 2 or not all(part.isalpha() for part in parts):
        return None
    head, tail = parts
    if not head[:1].isupper() or not tail.islower():
        return None
    readings = name_readings(head)
    if span.label_ == PER and readings and tail in hyphen_particles():
        return NamePart(span.text.index("-"), nominative(readings, head))
    nouns = [r for r in parses(head.lower()) if r.tag.POS == "NOUN" and (span.label_ == PER or not r.is_known)]
    readings = readings or nouns
    if readings and epithet(tail, span.label_, cases(readings)):
        agreeing = [r for r in readings if cases([r]) & cases_of_tail(tail)] or readings
        return NamePart(span.text.index("-"), nominative(agreeing, head))
    return None


def cases_of_tail(tail: str) -> set[str]:
    """The cases of an epithet after the name (none for a particle, which leaves the name's own)."""
    return cases([r for r in parses(tail) if r.is_known and r.tag.POS == "NOUN"])
