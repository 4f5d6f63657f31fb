"""The tables of `models/structure/` as small functions of one line of text."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, NamedTuple

from letopis.resources import load_mapping, load_table

SUPERSCRIPTS = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")
ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
SENTENCE_END = ".!?…"
TITLE_BLOCK = 100  # longest title block of a hard-wrapped text, between blank lines
CUE_CHARS = 120  # longest dedication or colophon line
NUMBER_CHARS = 12  # longest line that can be a number alone (`XXXVIII.`)
MARKER_START = re.compile(r"[\[*¹²³⁴⁵⁶⁷⁸⁹⁰]")  # the characters a footnote marker starts with


class Heading(NamedTuple):
    """A heading read from its line alone: a division (`type`, `level`) or a named section."""
    type: str
    level: int
    number: int | None
    title: str | None
    mode: str = "-"  # named.tsv: notes, contents or -


NO_HEADING = Heading("", 0, None, None)
CHAPTER_NOTES = 5  # the level of the notes to one chapter: inside it


class Label(NamedTuple):
    """The label of a note or a reference: `key` matches them ("7", "*"); `text` is where the
    note's own text starts in the line (None when the label stands alone)."""
    key: str
    number: int | None
    end: int
    text: int | None


@lru_cache(maxsize=None)
def pattern(name: str) -> re.Pattern:
    return re.compile(load_mapping("structure/patterns.tsv")[name])


@lru_cache(maxsize=None)
def divisions() -> dict[str, tuple[str, int]]:
    return {word: (kind, int(level)) for word, kind, level in load_table("structure/divisions.tsv")}


@lru_cache(maxsize=None)
def named() -> dict[str, Heading]:
    return {title: Heading(kind, int(level), None, None, mode)
            for title, kind, level, mode in load_table("structure/named.tsv")}


@lru_cache(maxsize=None)
def ordinal_pattern() -> re.Pattern:
    stems = "|".join(sorted(load_mapping("structure/ordinals.tsv"), key=len, reverse=True))
    tens = "|".join(load_mapping("structure/tens.tsv"))
    return re.compile(rf"(?:(?P<tens>{tens})\s+)?(?P<stem>{stems})(?:ая|ый|ой|ое|ий|ья|ье|ей|ия)")


@lru_cache(maxsize=None)
def cues() -> tuple[tuple[re.Pattern, str], ...]:
    return tuple((re.compile(cue, re.IGNORECASE), kind) for cue, kind in load_table("structure/cues.tsv"))


def roman(word: str) -> int | None:
    word = word.translate(latin())
    if not word or not pattern("roman").fullmatch(word):
        return None
    values = [ROMAN_VALUES[letter] for letter in word]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def number_of(word: str) -> int | None:
    """`XXVI` 26, `ІV` 4, `12` 12, `3-я` 3, `первая` 1, `двадцать первая` 21."""
    digits = re.match(r"(\d{1,3})(?:-?[а-яё]{1,2})?$", word)
    if digits:
        return int(digits.group(1))
    value = roman(word)
    if value:
        return value
    words = ordinal_pattern().fullmatch(word.lower())
    if words:
        tens = load_mapping("structure/tens.tsv").get(words.group("tens") or "", "0")
        return int(tens) + int(load_mapping("structure/ordinals.tsv")[words.group("stem")])
    return None


def heading(line: str) -> Heading | None:
    """A named heading (`Эпилог`, `ПРИМЕЧАНИЯ`) or a word and its number (`Глава XXVI`,
    `ЧАСТЬ ПЕРВАЯ.`, `Глава I. Приезд в Москву`)."""
    key = line.rstrip(".").strip().lower()
    if key in named():
        found = named()[key]
        return found._replace(title=line.rstrip(".").strip())
    title, to, _ = key.partition(" к ")
    if to and named().get(title, NO_HEADING).mode == "notes":  # `Примечания к главе первой`
        return named()[title]._replace(level=CHAPTER_NOTES, title=line.rstrip(".").strip())
    word, *rest = line.split(maxsplit=1)
    rest = rest[0] if rest else ""
    if word.lower() not in divisions():
        return None
    match = pattern("numbered").fullmatch(rest.strip())
    number = number_of(match.group("number")) if match else None
    if number is None:
        return None
    kind, level = divisions()[word.lower()]
    return Heading(kind, level, number, match.group("title"))


@lru_cache(maxsize=None)
def latin() -> dict[int, str]:
    return str.maketrans(load_mapping("structure/roman.tsv"))


def bare_number(line: str) -> int | None:
    """`XII`, `XII.`, `12`: a number alone on its line."""
    if len(line) > NUMBER_CHARS:
        return None
    match = pattern("number").fullmatch(line.translate(latin()))
    return number_of(match.group("number")) if match else None


def caps(line: str) -> bool:
    return bool(pattern("caps").fullmatch(line)) and sum(c.isalpha() for c in line) >= 4


def title(line: str) -> bool:
    return bool(pattern("title").fullmatch(line))


def dateline(line: str) -> bool:
    return bool(pattern("dateline").fullmatch(line))


def attribution(line: str) -> bool:
    return bool(pattern("attribution").fullmatch(line))


def sentence(line: str) -> bool:
    """A line of running text rather than a title: long, or closed by a full stop."""
    return len(line) > 100 or line[-1] in SENTENCE_END or line[0] in "—–-"


SYNOPSIS_ITEMS = 2  # fewest items of a synopsis
SYNOPSIS_WORDS = 8  # most words of one item
DIALOGUE_DASHES = "—–-"  # what opens a line of dialogue; a printed synopsis opens with its first item


def synopsis(line: str) -> int | None:
    """Where a chapter's synopsis ends in the line under its heading, or None: two items or more
    (`synopsis_item`) separated by dashes (`synopsis_dash`), each a short nominal phrase (a noun
    in it, no word that can only be a verb: `Взятие крепости.`, `Отряд разбит.`, not `Пошли.`;
    initials inside one, `Граф П. Ив. Орлов.`), the first opening the line (a line opening with a
    dash is dialogue: `— Доброе утро. — Доброе утро, Анна.`);
    the first stop of the item after the last dash ends it, so the narration the source glued to
    it (`– Смерть коменданта.Наконец войска ...`) stays narration."""
    item, dash = pattern("synopsis_item"), pattern("synopsis_dash")
    if line.lstrip()[:1] in DIALOGUE_DASHES:
        return None  # `— Доброе утро. — Доброе утро, Анна.`: a line of dialogue opens with a dash
    position, items = 0, 0
    while (found := item.match(line, position)) is not None:
        if not nominal(found.group("item")):
            return None
        items += 1
        position = found.end()
        between = dash.match(line, position)
        if between is None or between.end() == len(line):
            break
        position = between.start()
    if items < SYNOPSIS_ITEMS:
        return None
    return position


def nominal(phrase: str) -> bool:
    """A short phrase with a noun and no word that can only be a verb (pymorphy3)."""
    from letopis.morphosyntax.lemma import parses  # the dictionary, only for lines under a heading
    words = re.findall(r"[А-ЯЁа-яё]+", phrase)
    if not words or len(phrase.split()) > SYNOPSIS_WORDS:
        return False
    readings = [parses(word.lower()) for word in words]
    if any(found and all(parse.tag.POS in ("VERB", "INFN") for parse in found) for found in readings):
        return False
    return any(parse.tag.POS == "NOUN" for found in readings for parse in found)


def cue(line: str) -> str | None:
    """`front` for a dedication, `back` for a colophon line, by its words; such lines are short."""
    if len(line) > CUE_CHARS:
        return None
    for found, kind in cues():
        if found.search(line):
            return kind
    return None


def label(match: re.Match) -> tuple[str, int | None]:
    groups = match.groupdict()
    for name in ("bracket", "number", "alone", "super"):
        value = groups.get(name)
        if value:
            value = value.translate(SUPERSCRIPTS)
            return value, int(value) if value.isdigit() else None
    return groups["stars"], None


def markers(text: str) -> Iterator[tuple[int, int, str, int | None]]:
    """(start, end, key, number) of every footnote reference in the text."""
    marker = pattern("marker")
    end = 0
    for candidate in MARKER_START.finditer(text):  # far faster than trying the pattern everywhere
        if candidate.start() < end:
            continue
        match = marker.match(text, candidate.start())
        if match:
            end = match.end()
            yield (match.start(), match.end(), *label(match))


def note_label(line: str, name: str = "label") -> Label | None:
    """The label opening a note's line (`12`, `12. text`, `[12] text`, `* text`)."""
    match = pattern(name).fullmatch(line)
    if not match:
        return None
    key, number = label(match)
    if not match.groupdict().get("text"):
        return Label(key, number, len(line), None)
    text = match.start("text")
    return Label(key, number, len(line[:text].rstrip()), text)
