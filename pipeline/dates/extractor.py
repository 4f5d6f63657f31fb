"""Dates: temporal expressions with TIMEX3 values, by rules whose words live in `models/dates/`.

Each rule reads the tokens at one position and either gives up or returns the span and
value: a day (`21 июня 1913 г.`, `21.06.1913`), a month or season with or without a year, a
year (`1905 году`, `1917-м`, `(1925)` after a title), ranges (`1914–1918`, `1921 по 1924
год`), decades (`1930-е годы`), centuries (`XIX веке`), and years counted from a date in the
same sentence (`пять лет спустя`). Weekdays, dates relative to the moment of writing (`сегодня`, `в прошлом году`) and
durations (`три года`, TIMEX3 `P3Y`) are dates too. A part word (`начале`, `конце`) stays in the span and gives
the mod; a preposition stays outside and may give one (`около` APPROX). A month or season
without a year takes the year of an earlier date in the same sentence, else `XXXX`: only what
the text makes certain.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from letopis.extensions import DATES
from letopis.resources import load_mapping
from letopis import words
from letopis.ud import PRON, PROPN

# Digits are ASCII digits: a superscript (`1913 г.²`, a footnote mark) or a digit of another
# script is not a number of a Russian date, and TIMEX3 values are written in ASCII.
YEAR = re.compile(r"^([0-9]{4})(?:-(?:го|м|й|ом|ый|ого))?$")
YEAR_WITH_ENDING = re.compile(r"^[0-9]{4}-")
DECADE = re.compile(r"^([0-9]{3})0-(?:е|х|ые|ых|м|ми)$")
RANGE = re.compile(r"^([0-9]{4})[–—-]([0-9]{4})$")
NUMERIC = re.compile(r"^([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})$")
ROMAN = re.compile(r"^[IVXLC]+$")
ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
UNKNOWN_YEAR = "XXXX"
FIRST_YEAR, LAST_YEAR = 1000, 2100
# The longest month in any calendar the texts use (29 February exists in every Julian leap year).
MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def number(text: str) -> int | None:
    """The value of a token written in ASCII digits only; None for anything else."""
    return int(text) if text.isascii() and text.isdecimal() else None


def valid_day(day: int, month: int) -> bool:
    """`45.78.1913` and `31 июня` are no dates."""
    return 1 <= month <= 12 and 1 <= day <= MONTH_DAYS[month - 1]


def table(name: str) -> dict[str, str]:
    return load_mapping(f"dates/{name}.tsv")


def lemma(token: Token) -> str:
    return words.lemma(token).rstrip(".")  # `г.`, `гг.`


def roman(text: str) -> int:
    values = [ROMAN_VALUES[ch] for ch in text]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


@dataclass
class Found:
    end: int  # token index after the date
    value: str
    mod: str | None = None
    anchored: bool = True  # False: the value lacks a year the sentence may supply


class Reader:
    """Reads one date starting at a token of a sentence."""

    def __init__(self, sent: Span):
        self.tokens = [t for t in sent if not t.is_space]
        self.lemmas = [lemma(t) for t in self.tokens]  # read many times per token

    def lemma(self, i: int) -> str:
        return self.lemmas[i] if 0 <= i < len(self.lemmas) else ""

    def is_unit(self, i: int, unit: str) -> bool:
        return table("units").get(self.lemma(i)) == unit

    def at(self, i: int) -> Token | None:
        return self.tokens[i] if 0 <= i < len(self.tokens) else None

    def text(self, i: int) -> str:
        token = self.at(i)
        return token.text if token is not None else ""

    def unit_end(self, i: int, unit: str) -> int:
        """Past a following unit word (`года`, `г.`), with the abbreviation's full stop."""
        token = self.at(i)
        if token is None or not self.is_unit(i, unit):
            return i
        abbreviated = len(token.text) <= 2
        if abbreviated and self.text(i + 1) == "." and token.idx + len(token) == self.tokens[i + 1].idx:
            return i + 2
        return i + 1

    def year(self, i: int) -> tuple[str, int] | None:
        """A year at i, with the index after it and its unit word."""
        found = YEAR.match(self.text(i))
        if found and FIRST_YEAR <= int(found.group(1)) <= LAST_YEAR:
            return found.group(1), self.unit_end(i + 1, "year")
        return None

    def read(self, i: int) -> Found | None:
        mod = table("parts").get(self.lemma(i))
        found = self.period(i + 1 if mod else i, bare_year_ok=bool(mod) or self.after_preposition(i))
        if found and mod:
            found.mod = mod
        return found

    def after_preposition(self, i: int) -> bool:
        return (i > 0 and self.lemma(i - 1) in table("prepositions")) or (
            self.text(i - 1) == "(" and self.text(i + 1) == ")")

    def period(self, i: int, bare_year_ok: bool) -> Found | None:
        text = self.text(i)
        token = self.at(i)
        if token is None:
            return None
        if numeric := NUMERIC.match(text):
            day, month, year = (int(part) for part in numeric.groups())
            if valid_day(day, month) and FIRST_YEAR <= year <= LAST_YEAR:
                return Found(i + 1, f"{year}-{month:02d}-{day:02d}")
            return None
        if (day := number(text)) is not None and (found := self.month(i + 1)):
            if valid_day(day, int(found.value[-2:])):
                found.value = f"{found.value}-{day:02d}"
                return found
        if found := self.month(i) or self.season(i) or self.weekday(i) or self.deictic(i):
            return found
        if span := RANGE.match(text):
            return Found(self.unit_end(i + 1, "year"), f"{span.group(1)}/{span.group(2)}")
        if decade := DECADE.match(text):
            return Found(self.unit_end(i + 1, "year"), decade.group(1))
        if ROMAN.match(text) or number(text) is not None:
            end = self.unit_end(i + 1, "century")
            century = roman(text) if ROMAN.match(text) else number(text)
            if end > i + 1 and century >= 1:
                return Found(end, f"{century - 1:02d}")
        if year := self.year(i):
            return self.year_or_range(i, year, bare_year_ok)
        return self.shift(i) or self.duration(i)

    def year_or_range(self, i: int, year: tuple[str, int], bare_year_ok: bool) -> Found | None:
        value, end = year
        if self.text(end) in ("по", "–", "—", "-") and (second := self.year(end + 1)):
            return Found(second[1], f"{value}/{second[0]}")
        if end > i + 1 or bare_year_ok or YEAR_WITH_ENDING.match(self.text(i)):
            return Found(end, value)
        return None

    def month(self, i: int) -> Found | None:
        return self.in_year(i, table("months").get(self.lemma(i)))

    def season(self, i: int) -> Found | None:
        code = table("seasons").get(self.text(i).lower()) or table("seasons").get(self.lemma(i))
        return self.in_year(i, code)

    def in_year(self, i: int, code: str | None) -> Found | None:
        """A month or season (`code`) at i, with the year that follows it or a year to fill."""
        if not code:
            return None
        if year := self.year(i + 1):
            return Found(year[1], f"{year[0]}-{code}")
        return Found(i + 1, f"{UNKNOWN_YEAR}-{code}", anchored=False)

    def weekday(self, i: int) -> Found | None:
        """`в среду`, and `в среду, 3 октября 2018 года` as one date."""
        day = table("weekdays").get(self.lemma(i))
        if day is None:
            return None
        if self.text(i + 1) == "," and (date := self.period(i + 2, bare_year_ok=False)):
            return date
        return Found(i + 1, f"{UNKNOWN_YEAR}-WXX-{day}")

    def deictic(self, i: int) -> Found | None:
        """`сегодня`, `в прошлом году`: the longest phrase the table lists."""
        for length in (3, 2, 1):
            if i + length <= len(self.tokens):
                value = table("deictic").get(" ".join(self.lemmas[i:i + length]))
                if value:
                    return Found(i + length, value)
        return None

    def count(self, i: int) -> str | None:
        text = self.text(i)
        return str(number(text)) if number(text) is not None else table("numbers").get(self.lemma(i))

    def duration(self, i: int) -> Found | None:
        """`три года`, `10 суток`: TIMEX3 durations."""
        count, code = self.count(i), table("durations").get(self.lemma(i + 1))
        before = self.at(i - 1)
        if count is None or code is None or (before is not None and (
                self.lemma(i - 1) in table("ages") or before.pos_ in (PROPN, PRON))):
            return None  # an age: `ему было двадцать лет`, `в 13 лет`, `Келли 52 года`
        after = self.at(i + 2)
        end = i + 3 if after is not None and table("shifts").get(after.text.lower()) else i + 2
        return Found(end, f"P{count}{code}")

    def shift(self, i: int) -> Found | None:
        """`три года спустя`: a count of years and a shift word; the anchor comes later."""
        count = self.count(i)
        unit, word = self.at(i + 1), self.at(i + 2)
        if count is None or not count.isdigit() or unit is None or word is None or not self.is_unit(i + 1, "year"):
            return None
        sign = table("shifts").get(word.text.lower()) or table("shifts").get(self.lemma(i + 2))
        if not sign:
            return None
        return Found(i + 3, f"{sign}{count}", anchored=False)


def resolve(value: str, previous: list[str]) -> str:
    """Fill a missing year from the last year-bearing date of the sentence, if there is one."""
    years = [v[:4] for v in previous if v[:4].isdigit()]
    if value[0] in "+-":
        return str(int(years[-1]) + int(value)) if years else UNKNOWN_YEAR
    return years[-1] + value[len(UNKNOWN_YEAR):] if years else value


class DateExtractor:
    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for sent in doc.sents:
            reader = Reader(sent)
            values: list[str] = []
            i = 0
            while i < len(reader.tokens):
                found = reader.read(i)
                if found is None:
                    i += 1
                    continue
                value = found.value if found.anchored else resolve(found.value, values)
                values.append(value)
                start, end = reader.tokens[i], reader.tokens[found.end - 1]
                span = doc.char_span(start.idx, end.idx + len(end))
                span._.value = value
                span._.mod = found.mod or self.preposition_mod(reader, i)
                spans.append(span)
                i = found.end
        doc.spans[DATES] = spans
        return doc

    @staticmethod
    def preposition_mod(reader: Reader, i: int) -> str | None:
        mod = table("prepositions").get(reader.lemma(i - 1))
        return mod if mod and mod != "-" else None


@Language.factory("letopis_dates", requires=["token.pos", "token.lemma"],
                  assigns=["doc.spans", "span._.value", "span._.mod"])
def create(nlp: Language, name: str) -> DateExtractor:
    return DateExtractor()
