"""Words a model reads as names that name nothing (GUIDELINES 9.69): a cry or a stammer written
with hyphens (`О-о-ах`, `Тра-ля-ля`), common nouns joined by a hyphen (`Соседушки-родные`,
`Матросы-земляки`, `Калмыки-кочевники`), and, opening a sentence, a conjunction that may also be
a name (`Али`, `Коли`). The models read their capital, or the hyphen between capitalised parts, as
a name's; `consistency` drops them.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from letopis.entities.rules import ranks
from letopis.labels import ORG
from letopis.lexicons import kinship
from letopis.morphosyntax.lemma import parses
from letopis.resources import load_mapping
from letopis.words import model_word

NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})  # OpenCorpora's names
SYLLABLE = 3  # the longest part of a cry's hyphenated syllables (`Тра-ля-ля`, `Ха-ха-ха`)


def hyphen_parts(span: Span) -> list[str] | None:
    """The letters-only parts of a one-word span written with hyphens, or None."""
    if len(span) != 1 or "-" not in span.text:
        return None
    parts = span.text.split("-")
    return parts if all(part.isalpha() for part in parts) else None


def cry(span: Span) -> bool:
    """Syllables of at most three letters joined by hyphens, three of them or more or one of
    them repeated (`О-о-ах`, `Тра-ля-ля`, `Ай-ай`): a cry, a song's refrain or a stammer, no name.
    A town's doubled name is longer (`Баден-Баден`)."""
    parts = hyphen_parts(span)
    if parts is None or not all(len(part) <= SYLLABLE for part in parts):
        return False
    lowered = [part.lower() for part in parts]
    return len(parts) >= 3 or len(set(lowered)) < len(lowered)


def common(word: str) -> bool:
    """The dictionary knows the word and reads no name in it (`соседушки`, `матросы`, `ой`)."""
    readings = parses(word.lower())
    return bool(readings) and readings[0].is_known and not any(NAME_GRAMMEMES & r.tag.grammemes for r in readings)


def glued_common_nouns(span: Span) -> bool:
    """A word of hyphen-joined parts whose first is a common word the dictionary knows and whose
    others are written small and are no function word, the whole a plural (`Матросы-земляки`,
    `Калмыки-кочевники`), or its first part no noun (`Бледный-пребледный`) or a noun of station
    or kinship (`Хозяин-немец`): an appellative compound, no name (GUIDELINES 2.2). One person's
    pet name before a trade (`Федька-кучер`, `Петрушка-повар`) stays: the dictionary knows some
    pet names as common nouns. A town's name with a preposition inside (`Ростов-на-Дону`) begins
    with a name; a person's second part is capitalised (`Мамин-Сибиряк`)."""
    parts = hyphen_parts(span)
    if parts is None or not parts[0][:1].isupper() or not common(parts[0]):
        return False
    if not all(part[:1].islower() and len(part) > SYLLABLE and not function_word(part) for part in parts[1:]):
        return False
    readings = parses(parts[0].lower())
    return (plural(parts[0]) or plural(parts[-1]) or readings[0].tag.POS != "NOUN"
            or any(r.normal_form.replace("ё", "е") in station_words() for r in readings if r.tag.POS == "NOUN"))


def plural(word: str) -> bool:
    """The dictionary's likeliest reading of the word is a plural (`земляки`, `родные`)."""
    readings = parses(word.lower())
    return bool(readings) and "plur" in readings[0].tag


@lru_cache(maxsize=None)
def station_words() -> frozenset[str]:
    """Nouns that name a person by rank, title, station or kinship (`rules.ranks()`, of
    `models/events/stations.tsv`, and `lexicons.kinship()`, of `models/coref/kinship.tsv`, which
    coreference reads too): `князь`, `графиня`, `мать`."""
    return ranks() | kinship()


def function_word(word: str) -> bool:
    readings = parses(word.lower())
    return any(r.tag.POS in ("PREP", "CONJ", "PRCL", "NPRO") for r in readings[:1])


FUNCTION_READINGS = frozenset({"CONJ", "PRCL"})


def function_reading(word: str) -> bool:
    """The dictionary's likeliest reading of the word is a conjunction or a particle, a name
    among the others at most (`Али` for `или`, `Коли` for `если`, `Аль`): at a sentence's opening,
    where its capital is the sentence's, the word is that, unless the document names someone so
    inside a sentence (`consistency.capital_only`)."""
    readings = parses(word.lower())
    return bool(readings) and readings[0].is_known and readings[0].tag.POS in FUNCTION_READINGS


def imperative_with_particle(span: Span) -> bool:
    """A verb's imperative with a particle after a hyphen (`Поди-ка`, `Подь-ко`, `Гляди-тко`'s
    kind): the first part has an imperative among its readings, known or guessed, and no name the
    dictionary knows; the particle is one of `models/entities/particles.tsv`. A call, no name,
    however its capital opened the line."""
    parts = hyphen_parts(span)
    if parts is None or len(parts) != 2 or parts[1] not in hyphen_particles():
        return False
    readings = parses(parts[0].lower())
    return (any("impr" in r.tag for r in readings)
            and not any(r.is_known and NAME_GRAMMEMES & r.tag.grammemes for r in readings))


@lru_cache(maxsize=None)
def hyphen_particles() -> frozenset[str]:
    """Particles written after a hyphen (`models/entities/particles.tsv`: `-ка`, `-то`, `-от`)."""
    return frozenset(load_mapping("entities/particles.tsv"))


def no_name(span: Span) -> bool:
    """A person, place or body read in a cry or an imperative with its particle, a person or
    place read in a compound of common nouns: a body may be named by one (`«Сёстры-сиделки»`, a
    society)."""
    return cry(span) or imperative_with_particle(span) or span.label_ != ORG and glued_common_nouns(span)
