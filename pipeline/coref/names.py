"""One rule for which names are one person, inside a piece and across the pieces of a book.

A person's name is read into its parts: first name, patronymic, surname (`Пётр Петрович
Оболенский`; `А. М. Горький`: initials stand for the first name and the patronymic). Two names
are one person when no part present in both disagrees (an initial agrees with a name it begins)
and at least one part is the same: `Оболенский` and `Пётр Оболенский` agree, `Пётр Оболенский`
and `Сергей Оболенский` do not (namesakes), `Оболенский` and `Оболенская` do not.

A surname or nickname with a fleeting vowel (`Цыбулек`, `Дударец`: the vowel of the last
syllable drops in the other cases, `Цыбулька`, `Дударца`) is compared by its stem without that
vowel (`declension_key`), so a form the normalizer could not bring back to the nominative
(`Цыбулька` read as a nominative of its own) joins its nominative; a word of any other
declension is compared as written (`Оболенский` and `Оболенская` stay apart).

A diminutive or old form of a first name counts as the full name (`Петя`, `Петруша` as `Пётр`;
`models/coref/name_variants.tsv`). Mentions are read in text order; each joins the most
recently mentioned agreeing person with the most parts in common (then the most written out, not
through an initial), else opens a new cluster,
and a cluster learns the parts its mentions add (`Анна`, then `Анна Ахматова`, then `Ахматовой`). A bare surname shared by
namesakes therefore joins the one mentioned last. Other entities are one referent when their
type and normal form are equal. Since the rule reads mentions one by one and keeps its state,
a book gives the same clusters however it is cut into pieces (`ClusterIndex` carries across).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, NamedTuple

from letopis.labels import PER
from letopis.morphosyntax.animacy import animal_nouns
from letopis.morphosyntax.lemma import analyzer
from letopis.resources import load_table

INITIAL = re.compile(r"^\w\.$")
PATRONYMIC_ENDINGS = ("ович", "евич", "овна", "евна", "ична", "инична")
FIRST, PATRONYMIC, SURNAME = "first", "patronymic", "surname"
PARTS = (FIRST, PATRONYMIC, SURNAME)


def plain(word: str) -> str:
    return word.lower().replace("ё", "е")


@lru_cache(maxsize=65536)
def is_first_name(word: str) -> bool:
    """pymorphy3 reads the word (nominative singular) as a first name before a surname."""
    for parse in analyzer().parse(word):
        if {"nomn", "sing"} <= parse.tag.grammemes:
            if "Name" in parse.tag.grammemes:
                return True
            if "Surn" in parse.tag.grammemes:
                return False
    return False


@lru_cache(maxsize=None)
def name_variants() -> dict[str, str]:
    """`петя` → `петр`, `федька` → `федор`: from `models/coref/name_variants.tsv`."""
    return {plain(row[0]): plain(row[1]) for row in load_table("coref/name_variants.tsv")}


CONSONANTS = frozenset("бвгджзйклмнпрстфхцчшщ")
# the nominative suffixes with a fleeting vowel (`-ок`: `Цыбулек`/`Цыбулька`, `-ец`: `Дударец`/
# `Дударца`; Zaliznyak's "beglaya glasnaya" of the second declension) and the endings that
# follow the bare consonant in the other cases of the second declension (the singular)
FLEETING = {"ок": "к", "ек": "к", "ёк": "к", "ец": "ц"}
OBLIQUE = ("а", "у", "ом", "ем", "е", "и")  # singular; not `-ов`, `-ой`: `Сверчков`, `Белоцкой` are surnames of their own


def declension_key(word: str) -> str:
    """The stem a name with a fleeting vowel keeps in every case: `цыбулек`, `цыбулька`,
    `цыбульком` → `цыбулк`; `дударец`, `дударца` → `дударц`; `малец`, `мальца` → `малц`. The vowel counts as fleeting only
    after a consonant (`-нок`, `-лец`), and an oblique form only with a consonant before the
    `к`/`ц` (`кузнеца` keeps its `е`: no fleeting vowel there). Other words are left as written."""
    word = word.replace("ё", "е")
    if len(word) < 5:
        return word
    ending = word[-2:]
    if ending in ("ок", "ек", "ец") and word[-3] in CONSONANTS:
        return word[:-2] + FLEETING[ending]
    for case in sorted(OBLIQUE, key=len, reverse=True):
        stem = word[: -len(case)]
        if word.endswith(case) and len(stem) >= 4 and stem[-1] in "кц" and stem[-2] in CONSONANTS | {"ь"}:
            # a soft sign marks the consonant before the lost vowel (`малец`, `мальца`)
            return stem[:-2] + stem[-1] if stem[-2] == "ь" else stem
    return word


# the suffixes of possessive surnames, whose `-а` form is a woman's name of its own (`Орлова`,
# `Пушкина`, `Белоцкая`), not an oblique case of the man's
ADDS_A = ("ов", "ев", "ёв", "ин", "ын")  # surnames whose woman's form adds -а (`Белов`, `Белова`)
POSSESSIVE_SUFFIXES = (*ADDS_A, "ск", "цк")


def oblique_key(word: str) -> str:
    """A one-word name of the second declension the normalizer left in an oblique case
    (`Мигуну`, `Куликом`, `Барсука`): the stem, which the nominative `Мигун` shares; the case
    endings of the singular after a consonant. Not after the suffix of a possessive surname
    (`Орлова` is a woman, not Орлов's genitive), nor on a stem shorter than four letters."""
    word = word.replace("ё", "е")
    for case in sorted(OBLIQUE, key=len, reverse=True):
        stem = word[: -len(case)]
        if word.endswith(case) and len(stem) >= 4 and stem[-1] in CONSONANTS \
                and not stem.endswith(POSSESSIVE_SUFFIXES):
            return stem
    return word


@lru_cache(maxsize=None)
def hypocoristic_suffixes() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(`ушка`, (``, `а`)): the suffixes of familiar forms built on a full name's stem and the
    endings the stem takes back (`models/coref/hypocoristic_suffixes.tsv`), longest first."""
    rows = ((row[0], tuple("" if ending == "-" else ending for ending in row[1].split(",")))
            for row in load_table("coref/hypocoristic_suffixes.tsv"))
    return tuple(sorted(rows, key=lambda row: -len(row[0])))


SHORTEST_STEM = 3  # `Янка`, `Данко`: a stem of two letters is no full name's
# a Russian first name ends in a consonant, `-й`, `-ь`, `-а`, `-я`; the dictionary's foreign names
# in other vowels (`Мари`, `Ани`) make `Марика`, `Аника` no familiar forms of theirs
FOREIGN_ENDINGS = frozenset("иоеуыюэ")


def common_word(word: str) -> bool:
    """The dictionary knows the word as a common noun and never as a name (`атака`, `полка`;
    `петрушка`, also the parsley, left out of `name_variants.tsv` for that reason too)."""
    parses = [parse for parse in analyzer().parse(word) if parse.is_known]
    return bool(parses) and not any({"Name", "Surn", "Patr"} & parse.tag.grammemes for parse in parses)


@lru_cache(maxsize=65536)
def hypocoristic_base(word: str) -> str | None:
    """The full first name a familiar form is built on with a suffix of its own (`степанушка`,
    `степанко`, `степанка` → `степан`; `аннушка` → `анна`; `марьюшка` → `марья`): the stem with
    one of the suffix's endings is a first name of the dictionary; None for any other word and
    for a common noun (`common_word`)."""
    if common_word(word):
        return None
    for suffix, endings in hypocoristic_suffixes():
        stem = word[: -len(suffix)]
        if not word.endswith(suffix) or len(stem) < SHORTEST_STEM:
            continue
        for ending in endings:
            base = stem + ending
            if base != word and base[-1] not in FOREIGN_ENDINGS and is_first_name(base) \
                    and any(parse.is_known for parse in analyzer().parse(base)):
                return base  # a name the dictionary knows, not one pymorphy3 guesses (`дронуш`)
    return None


def full_name(word: str) -> str:
    """The full form of a diminutive or old first name (`петруша` → `петр`, `степанушка` →
    `степан`), else the word."""
    if word in name_variants():
        return name_variants()[word]
    base = hypocoristic_base(word)
    return name_variants().get(base, base) if base else word


# `Оболенский-старший`, `Дюма-сын`: a word after a hyphen that tells two of one family apart by age
# or generation, not a part of the name (Russian usage, as `Оболенский-младший`)
RANKS_BY_AGE = frozenset({"старший", "младший", "отец", "сын"})


@lru_cache(maxsize=65536)
def is_surname(word: str) -> bool:
    """pymorphy3 reads the word (nominative singular) first as a surname (`пугачев`, `орлов`)."""
    for parse in analyzer().parse(word):
        if {"nomn", "sing"} <= parse.tag.grammemes:
            return "Surn" in parse.tag.grammemes
    return False


@lru_cache(maxsize=65536)
def is_title(word: str) -> bool:
    """A common noun of a person (a rank, title, office, trade or kinship word: `маршал`,
    `граф`, `капитан`, `купец`, `дядя`): the dictionary knows the word, in the nominative
    singular, only as an animate noun that is no first name, surname or patronymic (not `лев`,
    also `Лев`; an unknown familiar form, `Емелька`, is none). Written before a name (`Маршал
    Жуков`, `граф Толстой`), it is how the person is styled, no part of the name."""
    readings = [p for p in analyzer().parse(word) if {"nomn", "sing"} <= p.tag.grammemes]
    if word.lower().replace("ё", "е") in animal_nouns():
        return False  # `Орёл`, `Волк`, `Соловей`: surnames from animals' names (`models/syntax/animals.tsv`)
    return bool(readings) and all(p.is_known for p in readings) \
        and any(p.tag.POS == "NOUN" and "anim" in p.tag.grammemes for p in readings) \
        and not any({"Name", "Surn", "Patr"} & p.tag.grammemes for p in readings)


def given_before_surname(words: list[str], hyphened: bool) -> bool:
    """`Емелька Пугачев`, `Мишка Орлов`: two words, the second a surname and the first no initial
    or patronymic: the first is the person's given name, in whatever form (a familiar form the
    dictionary does not know as a name), by the order of a Russian name, given name before the
    surname. Not across a hyphen (`Повало-Швейковский` is one double surname)."""
    return (len(words) == 2 and not hyphened and not INITIAL.match(words[0])
            and not is_patronymic(words[0]) and is_surname(words[1]) and not is_surname(words[0]))


@lru_cache(maxsize=65536)
def is_patronymic(word: str) -> bool:
    return word.endswith(PATRONYMIC_ENDINGS) or any("Patr" in p.tag.grammemes for p in analyzer().parse(word))


class Name(NamedTuple):
    """The parts of a person's name, each a lowercase word (or words, for a double surname).
    `alone`: written as one word, which may be any part (`Герман` is a first name to pymorphy3,
    and the surname of `Юрий Герман`)."""
    first: str | None
    patronymic: str | None
    surname: str | None
    alone: bool = False

    @classmethod
    def read(cls, normal: str) -> "Name":
        words = [plain(word) for word in normal.replace("-", " - ").split() if word != "-"]
        if len(words) > 1 and words[-1] in RANKS_BY_AGE and "-" in normal:
            words = words[:-1]  # `Оболенский-старший`, `Дюма-отец`: the family name
        while len(words) > 1 and "-" not in normal and words[0] not in name_variants() and is_title(words[0]):
            words = words[1:]  # `Маршал Жуков`, `граф Толстой`: the title is no first name
        given = given_before_surname(words, "-" in normal)
        parts: dict[str, str] = {}
        rest = []
        for number, word in enumerate(words):
            if INITIAL.match(word):
                parts.setdefault(FIRST if FIRST not in parts else PATRONYMIC, word)
            elif FIRST in parts and PATRONYMIC not in parts and is_patronymic(word):
                parts[PATRONYMIC] = word
            elif FIRST not in parts and (is_first_name(word) or word in name_variants() or hypocoristic_base(word)
                                         or (given and number == 0)):
                parts[FIRST] = full_name(word)
            else:
                rest.append(word)
        alone = len(words) == 1 and not INITIAL.match(words[0])
        if rest:
            rest[-1] = declension_key(rest[-1])
            if alone:  # a bare surname or byname: the case the normalizer may have missed
                rest[-1] = oblique_key(rest[-1])
            parts[SURNAME] = " ".join(rest)
        return cls(parts.get(FIRST), parts.get(PATRONYMIC), parts.get(SURNAME), alone)

    @property
    def parts(self) -> tuple[str | None, str | None, str | None]:
        return self.first, self.patronymic, self.surname


def agree(a: str, b: str) -> bool:
    """The same word, or an initial and a word it begins."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return bool(INITIAL.match(short)) and long.startswith(short[0])


def common(a: Name, b: Name) -> int | None:
    """How many parts the names share; None when a part present in both disagrees. A name
    written as one word shares it with a name that has it as any part, written out; an initial
    stands for it only in the part the word was read as (`Николай` for the `Н.` of `Н.
    Соколов`; not `Павел` for the patronymic's `П.` of `В. П. Сомов`, nor a surname `Котов` for
    the first name's `К.` of `К. Макаров`), and not in a name of two initials, the style of a
    reference (`В. П. Сомов` is not called `Виктор` alone)."""
    if a.alone or b.alone:
        one, other = (a, b) if a.alone else (b, a)
        word = next(part for part in one.parts if part)
        referenced = bool(other.patronymic and INITIAL.match(other.patronymic))
        return 1 if any(part == word or (part and INITIAL.match(part) and own and not referenced and agree(word, part))
                        for part, own in zip(other.parts, one.parts)) else None
    shared = 0
    for x, y in zip(a.parts, b.parts):
        if x is None or y is None:
            continue
        if not agree(x, y):
            return None
        shared += 1
    return shared


def written_out(a: Name, b: Name) -> int:
    """How many parts two agreeing names share written out, not through an initial: of two
    persons a name agrees with, the one it names in words (`Виктор` after a `Виктор`, not the
    `В. Сомов` mentioned since)."""
    words = {part for part in a.parts if part and not INITIAL.match(part)}
    return sum(1 for part in b.parts if part in words)


def likeness(known: Name, name: Name) -> tuple[int, int] | None:
    """How well a person's name so far agrees with a new mention's: the parts shared, then those
    shared written out; None when they do not agree. A name with initials joins a person known
    only by one word through a word it writes out (`Николай`, then `Николай Орлов`), not through
    an initial (`Виктор`, then `В. П. Сомов`: someone new, named by surname), though a word
    alone may fill an initial already known (`Н. Орлов`, then `Николай`)."""
    shared = common(known, name)
    if not shared:
        return None
    words = written_out(known, name)
    if known.alone and not name.alone and not words:
        return None
    return shared, words


def fuller(a: str | None, b: str | None) -> str | None:
    """The more informative of two agreeing parts: a word over its initial."""
    if a is None or b is None:
        return a or b
    return b if INITIAL.match(a) and not INITIAL.match(b) else a


@dataclass(eq=False)
class Person:
    id: str
    name: Name
    last: int  # the order of its latest mention

    def learn(self, name: Name, order: int) -> None:
        if self.name.alone and not name.alone:
            self.name = name
        elif not name.alone:
            self.name = Name(*(fuller(x, y) for x, y in zip(self.name.parts, name.parts)))
        self.last = order


def nominative_form(span) -> str | None:
    """The mention as written when it is in the nominative, by the tagger's case or as the
    parser's subject (`Белова записала`: the woman's name, not the man's genitive of `видели
    Белова`), for `ClusterIndex.woman`."""
    root = span.root
    return span.text if "Nom" in root.morph.get("Case") or root.dep_ in ("nsubj", "nsubj:pass") else None


@dataclass
class ClusterIndex:
    """The clusters of one text so far; `assign` gives the next mention its cluster id.

    Persons are found through three indexes of their name parts, so a mention is compared with
    the few persons that can agree with it, not with every person whose part begins with the
    same letter (which, over a whole book, grew with the book): `words` by (part, word), `initials`
    by (part, letter) of the parts written as an initial, `letters` by (part, first letter) of
    every part, read only for a mention's initial. A one-word name is indexed under every part."""
    words: dict[tuple[str, str], dict[str, Person]] = field(default_factory=dict)
    initials: dict[tuple[str, str], dict[str, Person]] = field(default_factory=dict)
    letters: dict[tuple[str, str], dict[str, Person]] = field(default_factory=dict)
    others: dict[tuple[str, str], str] = field(default_factory=dict)
    count: int = 0
    order: int = 0

    def new_id(self) -> str:
        self.count += 1
        return f"C{self.count}"

    def assign(self, label: str, normal: str, written: str | None = None) -> str:
        """`written`: the mention as the text has it, when known (`woman`)."""
        self.order += 1
        if label != PER:
            key = (label, " ".join(plain(normal).split()))
            if key not in self.others:
                self.others[key] = self.new_id()
            return self.others[key]
        name = Name.read(normal)
        best, best_key = None, None
        for person in self.candidates(name):
            found = likeness(person.name, name)
            if found:
                key = (*found, person.last)  # `last` differs between persons: no ties
                if best_key is None or key > best_key:
                    best, best_key = person, key
        if best is None:
            best = self.woman(name, written)
        if best is None:
            best = Person(self.new_id(), name, self.order)
        else:
            best.learn(name, self.order)
        self.index(best)
        return best.id

    def woman(self, name: Name, written: str | None) -> Person | None:
        """`Ирина Белова ... Белова записала`: a bare surname the normalizer read as a man's
        (`Белов`) while the text writes the woman's form (`Белова`, also the man's genitive) is
        the one woman of the text with that surname and a first name, when no man of that surname
        is known (the caller found none) and no other woman has it (namesakes: `Ирина Белова`,
        `Мария Белова` leave a bare `Белова` alone)."""
        if not name.alone or not name.surname or written is None or not name.surname.endswith(ADDS_A):
            return None
        feminine = name.surname + "а"
        if plain(written) != feminine:
            return None
        women = [p for p in self.words.get((SURNAME, feminine), {}).values() if not p.name.alone and p.name.first]
        return women[0] if len(women) == 1 else None

    def candidates(self, name: Name) -> Iterable[Person]:
        """Every person that can agree with the name (a superset of those that do), by id: for
        each part of the name, the persons with the same word there, or an initial of its first
        letter; for an initial, the persons with any word of that letter there."""
        found: dict[str, Person] = {}
        for part, value in zip(PARTS, name.parts):
            if not value:
                continue
            for other in (PARTS if name.alone else (part,)):
                if INITIAL.match(value):
                    found.update(self.letters.get((other, value[0]), {}))
                else:
                    found.update(self.words.get((other, value), {}))
                    found.update(self.initials.get((other, value[0]), {}))
        return found.values()

    def index(self, person: Person) -> None:
        for part, value in zip(PARTS, person.name.parts):
            if not value:
                continue
            for where in (PARTS if person.name.alone else (part,)):
                self.letters.setdefault((where, value[0]), {})[person.id] = person
                if INITIAL.match(value):
                    self.initials.setdefault((where, value[0]), {})[person.id] = person
                else:
                    self.words.setdefault((where, value), {})[person.id] = person
