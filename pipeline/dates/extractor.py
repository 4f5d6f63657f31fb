"""Dates: temporal expressions with TIMEX3 values, read by a grammar of forms whose words live in
`models/dates/`.

`Reader.FORMS` is the grammar: each form reads the tokens at one position and either gives up or
returns the span and value. Days (`21 июня 1913 г.`, `21.06.1913`, `3-го марта`, `третьего марта`,
the dual Old/New Style `6/18 марта`, `6 (18) марта`, and across a month or a year `28 сентября/10
октября 1870 года`, `20 декабря 1869 г. / 1 января 1870 г.`), a month or season with or without a
year, years in digits (`1905 году`, `1917-м`, `(1925)` after a title, `в 36-м году`) and in words
(`в тысяча восемьсот тридцать шестом году`, `тридцать шестого года`), ranges (`1914–1918`, `1921
по 1924 год`), decades (`1930-е годы`, `в семидесятых годах`), centuries (`XIX веке`), church
feasts (`на Покров`; `на Пасху 1861 года` and the feasts counted from Easter, by the Julian
computus), a winter across two years (`зимой 1850/51 года` → `1850-WI`, range `1850/1851`), dates
counted from the narrative (`на другой день`, `через неделю`, `того же года`, `пять лет спустя`,
`5 лет тому назад`, and the approximate order `недели через две`, mod APPROX), weekdays, dates
relative to the moment of speaking (`сегодня`, `в прошлом году`: anchored only in reported speech)
and durations (`три года`, TIMEX3 `P3Y`; `около года`, `целую неделю`; after a comparative,
TimeML's duration mods: `более двух лет` MORE_THAN, `не более года` EQUAL_OR_LESS). A part word
(`начале`, `конце`) stays in the span and gives the mod; a preposition stays outside and may give
one (`около` APPROX); `по старому стилю` after a date gives its calendar. Ages (`лет шестнадцати`,
`с 16-ти лет`, `двадцати двух лет от роду`, `семнадцати лет она вышла замуж`) are neither dates
nor durations. The kinds counted on NEREL train (`benchmarks/nerel_dates.py`, GUIDELINES 9.8):
ranges of days and months as TIMEX3 intervals (`с 5 по 21 августа` → `XXXX-08-05/XXXX-08-21`,
`в ноябре-декабре`, `с февраля по май 1910 года`), a weekday or `сегодня` before its day (`в
пятницу, 14 мая`), a weekday or season of the moment of writing (`в прошлую субботу`, `прошлой
зимой`), stretches (`последние пять лет` P5Y), `полгода`, terms (`к двум годам каторги`),
centuries in words, `в ту осень`, `третьего дня`, a comparative before a counted date (`более
тридцати лет назад`, mod BEFORE). The kinds of unseen text (GUIDELINES 9.59): the unit before its count as
an approximate duration (`недели три`), `полчаса`, a season counted once (`одну зиму`), an ordinal count a
verb lasts (`хворает третий год` P3Y), `на восьмой день`, `773 года`. A weekday that recurs (`по субботам`,
`каждую пятницу`, GUIDELINES 9.67) is a frequency and no date. What a date lacks (its year, its century, the date it is counted from) comes from
the date in force: `narrative.py`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from letopis import words
from letopis.dates import calendar, numerals
from letopis.dates.narrative import (edition_year, thousand_unsaid, AGES, CENTURY, THOUSAND, DAYPART_NEED, FEW, MONTH_NEED, REPORTED, UNKNOWN_YEAR, WEEK, WEEKDAY, WEEKDAY_NEED, YEAR,
                                     Narrative, TEMPLATES, dictionary_tense, movable,
                                     narrate)
from letopis.extensions import DATES, ENTITIES
from letopis.morphosyntax.lemma import analyzer, parses
from letopis.resources import load_mapping, load_table
from letopis.ud import ADJ, ADP, ADV, AUX, DET, NOUN, NUM, PRON, PROPN, VERB

# Digits are ASCII digits: a superscript (`1913 г.²`, a footnote mark) or a digit of another
# script is not a number of a Russian date, and TIMEX3 values are written in ASCII.
YEAR_DIGITS = re.compile(r"^([0-9]{4})(?:-(?:го|м|й|ом|ый|ого))?$")
SHORT_YEAR = re.compile(r"^([0-9]{1,2})-(?:го|м|й|ом|ый|ого)$")  # `36-м`, `7-м`; `36 лет` is a count
CENTURY_ORDINAL = re.compile(r"^([0-9]{1,2})-(?:го|м|й|ом|ый|ого|му|ому)$")  # `18-го столетия`, `19-м веке`
HUNDREDS = re.compile(r"^([7-9][0-9]{2})$")  # `в июне месяце 784 года`: a month's year, the thousand unsaid
ORDINAL_DAY = re.compile(r"^([0-9]{1,2})-(?:го|е|й|м|ое|ого|му|ому)$")
CLOCK_VERBS = frozenset({"быть", "пробить", "бить", "стукнуть"})  # `Было уже три часа`: a time of day
ORDINAL_WORD = re.compile(r"^(?:перв|втор|трет|четверт|пят|шест|седьм|восьм|девят|десят|одиннадцат|двенадцат)\w*ого$")
GENITIVE_ENDING = "-го"  # `16-го`: the case a day alone dates in
DUAL_DAY = re.compile(r"^([0-9]{1,2})/([0-9]{1,2})$")
DECADE = re.compile(r"^([0-9]{3})0-(?:е|х|ые|ых|м|ми)$")
SHORT_DECADE = re.compile(r"^([1-9])0-(?:е|х|ые|ых|м|ми)$")
RANGE = re.compile(r"^([0-9]{4})[–—-]([0-9]{4})$")
DAY_SPAN = re.compile(r"^([0-9]{1,2})[–—-]([0-9]{1,2})$")  # `25—26 января`: two days of one month
YEAR_PAIR = re.compile(r"^([0-9]{4})[/–—-]([0-9]{2}|[0-9]{4})$")  # `1850/51`, `1850/1851`: two years in a row
DAY = re.compile(r"^(?:[0-9]{4}|XXXX)-[0-9]{2}-[0-9]{2}$")
DATED = re.compile(r"^(?:[0-9]{4}|XXXX)(?:-[0-9]{2}){0,2}$")  # a year, month or day: what a range joins
NUMERIC = re.compile(r"^([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})$")
ROMAN = re.compile(r"^[IVXLCХ]+$")  # the Cyrillic `Х` typed for the Latin `X` too (`ХХ века`)
LOOKALIKES = str.maketrans({"Х": "X"})
DECIMAL = re.compile(r"\d")  # a decimal digit of any script: `str.isdecimal` of a character (Unicode Nd)
ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
OLD_LETTERS = str.maketrans({"ѣ": "е", "і": "и", "ѳ": "ф", "ѵ": "и", "Ѣ": "Е", "І": "И", "Ѳ": "Ф"})
OLD = re.compile(r"[ѣіѳѵѢІѲ]|ъ$")
DUAL_GAP = range(10, 14)
BACKWARD_GAP = range(-13, -9)  # the Old Style day in brackets after the New (`7 ноября (25 октября)`)
DUAL_SEPARATORS = ("/", "(")
DURATION_VALUE = re.compile(r"^PT?[0-9.X]+[A-Z]+$")  # days between the Old and New Style of one day (18th-20th century)
FIRST_YEAR, LAST_YEAR = 1000, 2100
HOUR_VERB_REACH = 3  # heads from `часу` up to its verb (`ждали у ворот около часу`)
ORDINAL_REACH = 30  # `на тридцатый день`: the furthest ordinal counted from the date in force
AGE_REACH = 4  # words from `когда` to the count of an age (`когда ему уже исполнилось десять лет`)
SPOKEN_HUNDREDS = (800, 999)  # a year said without its thousand (`девятьсот пятый`): 1800-1999
# The longest month in any calendar the texts use (29 February exists in every Julian leap year).
MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
NOMINAL = {NOUN, PROPN, ADJ, NUM, DET, PRON}  # what a preposition like `накануне` governs
PLURAL, GENITIVE, DATIVE = "Plur", "Gen", "Dat"
DIRECT = {"Nom", "Acc"}  # the cases of a count of time that is no one's genitive (`живёт пятый месяц`)
SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
OBLIQUE = {"Gen", "Dat", "Loc", "Ins"}
COUNT_UNITS = {"D", "W", "M", "Y"}  # units a date can be counted in from the narrative
AFTER = "+"
CLOCK = "T"  # TIMEX3's mark of a unit of the clock (`PT30M`), and of such a unit in `halves.tsv`
APPROX = "APPROX"
DASHES = ("-", "–", "—")
BRACKET_REACH = 12  # tokens back from a year to the bracket that opens its list
EVENT_ANCHORS = ("после", "до")  # `неделю после рождения`: counted from an event (GUIDELINES 3.1)
CONJUNCTIONS = ("как", "что")  # `после того как`: a conjunction, no demonstrative for an event


def digits(text: str) -> bool:
    """A number written in ASCII digits only."""
    return text.isascii() and text.isdecimal()


def valid_day(day: int, month: int) -> bool:
    """`45.78.1913` and `31 июня` are no dates."""
    return 1 <= month <= 12 and 1 <= day <= MONTH_DAYS[month - 1]


def table(name: str) -> dict[str, str]:
    return load_mapping(f"dates/{name}.tsv")


@lru_cache(maxsize=None)
def phrases(name: str) -> dict[str, tuple[str, ...]]:
    """A table keyed by space-separated lemmas → the rest of its row."""
    return {row[0]: row[1:] for row in load_table(f"dates/{name}.tsv")}


@lru_cache(maxsize=1)
def openers() -> frozenset[str]:
    """Every word a date can begin with: the cheap test a position passes before any form is tried."""
    first = set()
    for name in ("months", "seasons", "weekdays", "parts", "durations", "numerals", "numbers", "counting",
                 "dayparts", "single", "stretches"):
        first |= set(table(name))
    first |= {key for key, row in phrases("abbreviations").items() if row[1] == "1"}  # `нач.`
    first |= set(phrases("clock_units"))  # `около часу`, `минут десять`
    for name in ("deictic", "relative", "feasts", "quantifiers", "shifts_first", "halves"):
        first |= {key.split()[0] for key in phrases(name)}
    first |= {key.split()[0] for key in table("parts_of_month")}  # `первых числах`
    first |= set(table("writing_time")) | set(table("weekday_shifts"))  # `прошлую субботу`, `следующий четверг`
    first |= {key.split()[0] for key in phrases("deictic_forms")} | {key.split()[0] for key in phrases("tensed")}
    return frozenset(first)


def lemma(token: Token) -> str:
    """The lemma as the date tables write it, worked out once per form, lemma and part of speech
    (what `read_lemma` reads of the token): asked of every word of every sentence."""
    key = (token.orth, token.lemma, token.pos)
    found = _LEMMAS.get(key)
    return found if found is not None else words.remember(_LEMMAS, key, read_lemma(token))


_LEMMAS: dict[tuple[int, int, int], str] = {}


def read_lemma(token: Token) -> str:
    text = token.text
    if OLD.search(text):  # pre-reform spelling: `сентябрѣ`, `Іюля`, `въ`
        modern = OLD.sub(lambda m: m.group().translate(OLD_LETTERS) if m.group() != "ъ" else "", text)
        return analyzer().parse(modern.lower())[0].normal_form.replace("ё", "е")
    if token.pos_ == NUM and text.isalpha():  # the lemmatizer keeps a numeral as written: `двух`, `трёх`
        return numeral_lemma(text.lower())
    found = words.lemma(token)
    # a number word the tagger took for another word (`Пожар случился в сорок третьем году`: `сорок`
    # → `сорока`); a lemma that is a number word already needs no second reading
    if text.isalpha() and found not in numerals.words() and (number := numeral_lemma(text.lower())) in numerals.words():
        return number
    return found.rstrip(".")  # `г.`, `гг.`


@lru_cache(maxsize=4096)
def numeral_lemma(word: str) -> str:
    """A number word in any case as the tables write it (`двух` → `два`, `двадцати` → `двадцать`,
    `полутора` → `полтора`): pymorphy3's first reading as a numeral, else the word itself."""
    for parse in parses(word):  # none for a letter Unicode gives no name (Tangut 𗀀)
        if parse.tag.POS == "NUMR":
            return parse.normal_form.replace("ё", "е")
    return word.replace("ё", "е")


@lru_cache(maxsize=4096)
def word_lemma(word: str) -> str:
    """pymorphy3's first lemma of a word read alone (a part of `ноябре-декабре`)."""
    return analyzer().parse(word)[0].normal_form.replace("ё", "е")


def roman(text: str) -> int:
    values = [ROMAN_VALUES[ch] for ch in text.translate(LOOKALIKES)]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


@dataclass
class Found:
    end: int  # token index after the date
    value: str
    mod: str | None = None
    need: str | None = None  # what the value lacks and the date in force gives (narrative.py)
    alt_value: str | None = None
    calendar: str | None = None
    holiday: str | None = None
    range: str | None = None  # first/last of a winter across two years or a period of the church year
    sign: str | None = None  # a date counted from another: `+` after it (`через`, `спустя`), `-` before (`назад`)


class Half(NamedTuple):
    """A count and a unit in one word or phrase (`полгода`, `четверть часа`: `halves.tsv`)."""
    count: str
    unit: str  # a unit of `durations.tsv`, or `T` and a unit of the clock (`TM`: minutes)
    end: int  # index after its words

    @property
    def clock(self) -> bool:
        return self.unit.startswith(CLOCK)

    @property
    def value(self) -> str:
        """The TIMEX3 duration: `P6M`, and `PT30M` for a unit of the clock."""
        return f"P{CLOCK}{self.count}{self.unit[len(CLOCK):]}" if self.clock else f"P{self.count}{self.unit}"


def day_of(value: str) -> tuple[int | None, int, int]:
    """(year or None, month, day) of a day value `1870-10-10`, `XXXX-10-10`."""
    year, month, day = value.split("-")
    return (int(year) if year.isdigit() else None), int(month), int(day)


def year_pair(text: str) -> tuple[int, int] | None:
    """`1850/51`, `1850/1851`, `1850–1851`: a year and the next one (a winter, a school year)."""
    found = YEAR_PAIR.match(text)
    if not found:
        return None
    first = int(found.group(1))
    second = int(found.group(2)) if len(found.group(2)) == 4 else first // 100 * 100 + int(found.group(2))
    return (first, second) if second == first + 1 and FIRST_YEAR <= first <= LAST_YEAR else None


class Reader:
    """Reads one date starting at a token of a sentence."""

    def __init__(self, sent: Span):
        self.tokens = [t for t in sent if not t.is_space]
        self.lemmas = [lemma(t) for t in self.tokens]  # read many times per token
        self.texts = [t.text for t in self.tokens]  # so are the words
        self.ages: set[int] = set()  # where an age in years is told (`ему было десять лет`)

    # -- tokens ---------------------------------------------------------------------------
    def lemma(self, i: int) -> str:
        return self.lemmas[i] if 0 <= i < len(self.lemmas) else ""

    def at(self, i: int) -> Token | None:
        return self.tokens[i] if 0 <= i < len(self.tokens) else None

    def text(self, i: int) -> str:
        return self.texts[i] if 0 <= i < len(self.texts) else ""

    def opens(self, i: int) -> bool:
        """Whether a date can begin at i: a digit, a Roman numeral or a word of the tables."""
        text = self.text(i)
        first = openers()  # the set lookups before the scan of every character
        return (self.lemma(i) in first or text.lower() in first or DECIMAL.search(text) is not None
                or bool(ROMAN.match(text)) or ("-" in text and self.month_pair(i) is not None))

    def entry(self, name: str, i: int) -> str | None:
        """The row of table `name` for the word at i, by its form as written or its lemma: the
        lemma of a comparative is not sure (`меньше` → `маленький`, `больше` → `больше`)."""
        rows = table(name)
        return rows.get(self.text(i).lower()) or rows.get(self.lemma(i)) if 0 <= i < len(self.tokens) else None

    def is_unit(self, i: int, unit: str) -> bool:
        return table("units").get(self.lemma(i)) == unit

    def phrase(self, name: str, i: int) -> tuple[str, int] | None:
        """The longest phrase of table `name` whose lemmas start at i, and the index after it."""
        for length in (3, 2, 1):
            if i + length <= len(self.tokens):
                key = " ".join(self.lemmas[i:i + length])
                if key in phrases(name):
                    return key, i + length
        return None

    def unit_end(self, i: int, unit: str) -> int:
        """Past a following unit word (`года`, `г.`), with the abbreviation's full stop."""
        token = self.at(i)
        if token is None or not self.is_unit(i, unit):
            return i
        abbreviated = len(token.text) <= 2
        if abbreviated and self.text(i + 1) == "." and token.idx + len(token) == self.tokens[i + 1].idx:
            return i + 2
        return i + 1

    def year_unit(self, i: int) -> bool:
        """`году`, `года`, `г.`, but not `лет` (a count of years: `с 16-ти лет`)."""
        return self.is_unit(i, "year") and self.text(i).lower() != "лет"

    # -- the grammar ----------------------------------------------------------------------
    FORMS = ("numeric", "day_range", "day", "day_of_month", "month", "season", "weekday", "deictic", "feast", "relative",
             "year_range", "decade", "century", "lasting", "ordinal_after", "year_in_words", "year", "hundreds", "short_year", "counted",
             "approximate", "stretch", "single_unit", "duration", "hours")

    def read(self, i: int) -> Found | None:
        if not self.opens(i):
            return None
        if (counted := self.quantified(i)) is not None:
            return counted
        if (part := table("dayparts").get(self.text(i).lower())) is not None:  # `утром 5 марта`
            night = i + 2 if self.text(i + 1).lower() == "на" else i + 1  # `Ночью на 26 сентября`: that day
            if (found := self.period(night, bare_year_ok=False)) is not None or not part:
                return found
            # alone: a date only in a diary's entry, the entry's day (narrative.py), else dropped
            return Found(i + 1, f"XXXX-XX-XXT{part}", need=DAYPART_NEED)
        mod, after = table("parts").get(self.lemma(i)), i + 1
        if mod is None and (days := table("parts_of_month").get(f"{self.lemma(i)} {self.lemma(i + 1)}")):
            mod, after = days, i + 2  # `в первых числах августа`
        if mod is None and (short := self.abbreviation(i)) is not None and short[1] == "1":
            mod, after = short[0], i + 2  # `в нач. 19 в.`
        found = self.period(after if mod else i, bare_year_ok=bool(mod) or self.after_preposition(i))
        if found is None and mod:
            found = self.unit_in_force(after)
        if found and mod:
            found.mod = mod
        if found:
            self.style(found)
            if not mod and found.calendar is None:
                found = self.ranged(found)
            self.daypart_after(found)
        return found

    def daypart_after(self, found: Found) -> None:
        """A part of the day right after a day joins its span, as one before it does (`на другой
        день утром`, `5 марта вечером`, `9 августа в полдень`: GUIDELINES 8.5, 9.26, 9.30); the
        value stays the day's."""
        day = DAY.match(found.value) or (found.need or "").endswith("D") or found.need == MONTH_NEED
        if not day or "/" in found.value:
            return
        if table("dayparts").get(self.text(found.end).lower()):
            found.end += 1
        elif row := phrases("daypart_phrases").get(f"{self.text(found.end)} {self.text(found.end + 1)}".lower()):
            if self.text(found.end + 2).lower() not in row[1].split(","):
                found.end += 2  # `9 августа в полдень`, `25-го на рассвете`; not `в ночь на 6 мая` (daypart_phrases.tsv)

    def unit_in_force(self, i: int) -> Found | None:
        """A bare unit after a word of its part (`в конце месяца`, `в начале года`, `в середине
        недели`): the month, year or week in force, counted from the date in force as `того же
        года` is; not a unit a genitive or a number follows (`в конце месяца поста`, `в начале
        года 1861`: another reading)."""
        unit = table("durations").get(self.lemma(i))
        token, after = self.at(i), self.at(i + 1)
        if unit not in ("W", "M", "Y") or token is None or GENITIVE not in token.morph.get("Case") \
                or PLURAL in token.morph.get("Number"):
            return None
        if after is not None and (after.like_num or (after.pos_ in NOMINAL and GENITIVE in after.morph.get("Case"))):
            return None
        return Found(i + 1, WEEK if unit == "W" else TEMPLATES[unit], need=f"0{unit}")

    def ranged(self, first: Found) -> Found:
        """Two dates of one grain joined by `по` or a dash (`links.tsv`): one date, the TIMEX3
        interval `first/last` (`февраля по май 1910 года` → `1910-02/1910-05`, `мая 1903 года
        по март 1905 года`). A first end without its year takes the last end's (the year before
        when its month is later); without any year both keep `XXXX` and take the year in force."""
        if self.text(first.end) not in table("links") or "/" in first.value or first.need not in (None, YEAR):
            return first
        last = self.period(first.end + 1, bare_year_ok=True)
        if (last is None or last.mod or "/" in last.value or len(last.value) != len(first.value)
                or not DATED.match(first.value) or not DATED.match(last.value)):
            return first
        value = first.value
        if value.startswith(UNKNOWN_YEAR) and last.value[:4].isdigit():
            year = int(last.value[:4]) - (value[5:7] > last.value[5:7])
            value = f"{year:04d}{value[4:]}"
        if last.need not in (None, YEAR) or (last.need is None) != (value[:4].isdigit()):
            return first
        return Found(last.end, f"{value}/{last.value}", need=last.need)

    def day_range(self, i: int, bare_year_ok: bool) -> Found | None:
        """Two days of one month: `5 по 21 августа`, `25—26 января 1913 года`, `с 3-го по 9-е
        мая`: one date, the interval of the two days (`1913-01-25/1913-01-26`)."""
        if span := DAY_SPAN.match(self.text(i)):
            first, second = int(span.group(1)), int(span.group(2))
            found = self.month(i + 1, bare_year_ok)
            if found is None or not (1 <= first < second <= 31) or not valid_day(second, int(found.value[5:7])):
                return None
            found.value = f"{found.value}-{first:02d}/{found.value}-{second:02d}"
            return found
        first = self.day_number(i)
        if first is None or self.text(i + 1) not in table("links") or (last := self.day(i + 2, bare_year_ok)) is None:
            return None
        if last.alt_value is not None or not DAY.match(last.value) or int(last.value[-2:]) <= first:
            return None
        last.value = f"{last.value[:-2]}{first:02d}/{last.value}"
        return last

    def quantified(self, i: int) -> Found | None:
        """A count of time after a comparative or an approximation (`более двух лет`, `не более
        года`, `почти неделю`: `quantifiers.tsv`): a duration whose span takes the words in, as
        the mod's cue (GUIDELINES 3.2). Before a date counted back or forward (`более тридцати лет
        назад`, `почти год спустя`) the words are inside its span too and give the point's mod
        (`counted_mods.tsv`: more than thirty years ago is BEFORE the point thirty years back);
        before anything else they give nothing here."""
        for length in (3, 2, 1):
            words = " ".join(self.text(k).lower() for k in range(i, i + length))
            if (mod := table("quantifiers").get(words)) is not None:
                found = self.period(i + length, bare_year_ok=False)
                if found is not None and DURATION_VALUE.match(found.value):
                    found.mod = mod
                    return found
                if found is not None and found.sign is not None and found.mod is None:
                    found.mod = phrases("counted_mods").get(f"{mod} {found.sign}", (None,))[0]
                    return found if found.mod else None
                return None
        return None

    def alone(self, i: int, end: int) -> bool:
        """Whether words i..end are all their line holds but punctuation: a heading line
        (`Пасха.`, `Троицын день.` heading a diary's entry), not a one-word sentence of a
        paragraph (`Пасха. Все шли в церковь.`)."""
        first, last = self.tokens[0], self.tokens[-1]
        doc = first.doc
        line_start = first.i == 0 or (doc[first.i - 1].is_space and "\n" in doc[first.i - 1].text)
        line_end = last.i == len(doc) - 1 or (doc[last.i + 1].is_space and "\n" in doc[last.i + 1].text)
        return line_start and line_end and all(t.is_punct for k, t in enumerate(self.tokens) if not i <= k < end)

    def abbreviation(self, i: int) -> tuple[str, str] | None:
        """A reference book's abbreviation at i with its stop right after it (`ок.`, `род.`,
        `нач.`: `abbreviations.tsv`): its (mod, inside)."""
        token, stop = self.at(i), self.at(i + 1)
        if token is None or stop is None or stop.text != "." or token.idx + len(token) != stop.idx:
            return None
        row = phrases("abbreviations").get(token.text.lower())
        return (row[0], row[1]) if row else None

    def after_preposition(self, i: int) -> bool:
        return (i > 0 and self.lemma(i - 1) in table("prepositions")) or (
            i > 1 and self.text(i - 1) == "." and self.abbreviation(i - 2) is not None) or (
            self.text(i - 1) == "(" and self.text(i + 1) == ")") or self.listed_in_brackets(i)

    def listed_in_brackets(self, i: int) -> bool:
        """A number in a list inside brackets, between the bracket or a comma and a comma, a
        dash or the closing bracket: `(1884, 1888)`, `(1903 — физика, 1911 — химия)`: the
        bare years of a biography's parenthesis."""
        if self.text(i - 1) not in ("(", ",") or self.text(i + 1) not in (")", ",", ";") + DASHES:
            return False
        for k in range(i - 1, max(i - BRACKET_REACH, -1), -1):
            if self.text(k) == ")":
                return False
            if self.text(k) == "(":
                return True
        return False

    def period(self, i: int, bare_year_ok: bool) -> Found | None:
        if self.at(i) is None:
            return None
        for form in self.FORMS:
            found = getattr(self, form)(i, bare_year_ok)
            if found is not None:
                return found
        return None

    def style(self, found: Found) -> None:
        """`по старому стилю`, `(ст. ст.)` after a date: its calendar."""
        i = found.end
        while self.text(i) in ("по", "(", ","):
            i += 1
        lemmas = []
        while len(lemmas) < 2 and self.at(i) is not None:
            if self.text(i) != ".":
                lemmas.append(self.lemma(i))
            i += 1
        calendar = table("styles").get(" ".join(lemmas))
        if calendar:
            found.calendar = calendar

    # -- days -----------------------------------------------------------------------------
    def numeric(self, i: int, bare_year_ok: bool) -> Found | None:
        if numeric := NUMERIC.match(self.text(i)):
            day, month, year = (int(part) for part in numeric.groups())
            if valid_day(day, month) and FIRST_YEAR <= year <= LAST_YEAR:
                return Found(i + 1, f"{year}-{month:02d}-{day:02d}")
        return None

    def day(self, i: int, bare_year_ok: bool) -> Found | None:
        """A day and its month: `3 марта`, `3-го марта`, `третьего марта`, `6/18 марта`, `6 (18) марта`."""
        text, alt, after = self.text(i), None, i + 1
        if dual := DUAL_DAY.match(text):
            day, alt = int(dual.group(1)), int(dual.group(2))
        elif digits(text):
            day = int(text)
            if self.text(i + 1) == "(" and digits(self.text(i + 2)) and self.text(i + 3) == ")":
                alt, after = int(self.text(i + 2)), i + 4
        elif ordinal := ORDINAL_DAY.match(text):
            day = int(ordinal.group(1))
        elif (number := numerals.read(self.lemmas, i)) and number.ordinal:
            day, after = number.value, number.end
        else:
            return None
        if not 1 <= day <= 31 or (alt is not None and alt - day not in DUAL_GAP and alt - day not in BACKWARD_GAP):
            return None
        if alt is None and self.lemma(after) == "число" and PLURAL not in self.at(after).morph.get("Number"):
            # `15-го числа`: a day of the month in force (`в первых числах` is a part of a month)
            return Found(after + 1, f"XXXX-XX-{day:02d}", need=MONTH_NEED)
        found = self.month(after, bare_year_ok)
        if found is None:
            return None
        if found.value[-2:].isdigit() and not valid_day(day, int(found.value[-2:])):
            return None
        found.value = f"{found.value}-{day:02d}"
        if alt is not None:
            found.alt_value = f"{found.value[:-3]}-{alt:02d}"
            return found
        return self.dual(found)

    def day_of_month(self, i: int, bare_year_ok: bool) -> Found | None:
        """`16-го` alone, a day in the genitive that dates (`С 14 октября начались морозы; 16-го
        выпал снег`, `18-го он выступил`): the day of the month in force (`15-го числа` without
        `числа`, GUIDELINES 9.26). Not an ordinal of a noun phrase (`5-го полка`, `3-го
        гренадерского полка`: a noun, an adjective or a number after it) nor after a name
        (`Людовика 16-го`)."""
        ordinal = ORDINAL_DAY.match(self.text(i))
        if not ordinal or not self.text(i).endswith(GENITIVE_ENDING) or not 1 <= int(ordinal.group(1)) <= 31:
            return None
        after, before = self.at(self.past_coordinated(i + 1)), self.at(i - 1)
        if after is not None and genitive_attribute(after.text):
            return None  # `5-го полка`, `5-го и 6-го полков`
        if before is not None and before.pos_ in (PROPN, NUM):
            return None
        if self.item_mark(i):
            return None  # `1-го, собрать полк; 2-го, выступить`: the items of a list
        return Found(i + 1, f"XXXX-XX-{int(ordinal.group(1)):02d}", need=MONTH_NEED)

    def past_coordinated(self, i: int) -> int:
        """Past ordinals coordinated with the one before i (`5-го и 6-го полков`, `5-го, 6-го и
        7-го полков`): where the noun they share would stand."""
        while self.text(i).lower() in COORDINATORS and ORDINAL_DAY.match(self.text(i + 1)):
            i += 2
        return i

    def item_mark(self, i: int) -> bool:
        """Whether the ordinal at i numbers an item of a list, not a day (GUIDELINES 9.30): it
        follows `:`, `;` or a bracket, a comma, a colon or a bracket follows it, and the text near
        it numbers another item so with the number before or after it (`Условия: 1-го, ...; 2-го,
        ...`)."""
        doc = self.tokens[i].doc  # the splitter may end a sentence at `;`: the list is looked for around it

        def mark(k: int) -> int | None:
            if not 0 <= k < len(doc):
                return None
            found = ORDINAL_DAY.match(doc[k].text)
            opens = k > 0 and doc[k - 1].text in ITEM_OPENERS
            closed = k + 1 < len(doc) and doc[k + 1].text in ITEM_CLOSERS
            return int(found.group(1)) if found and opens and closed else None
        at = self.tokens[i].i
        number = mark(at)
        if number is None:
            return False
        return any(mark(k) in (number - 1, number + 1) for k in range(at - ITEM_REACH, at + ITEM_REACH) if k != at)

    def dual(self, first: Found) -> Found:
        """A day and month followed by the same day in the other calendar across a month or a
        year: `28 сентября/10 октября 1870 года`, `28 сентября (10 октября) 1870 г.`, `20 декабря
        1869 г. / 1 января 1870 г.`. One date: the value the first, `alt_value` the second, the
        second 10 to 13 days after the first. A year written once belongs to the day and month it
        follows, the sentence read without its brackets: `20 декабря/1 января 1870` is 20 December
        1869 and 1 January 1870; `20 декабря (1 января) 1869 г.` the same days. The other year is
        the one that puts the second day 10 to 13 days after the first (GUIDELINES 8.5); with no
        year written, a pair across the new year keeps `XXXX` in both (the date in force would
        give both the same year)."""
        sep, start = self.text(first.end), first.end + 1
        if sep not in DUAL_SEPARATORS or (day := self.day_number(start)) is None:
            return first
        second = self.month(start + 1)
        if second is None or not second.value[5:7].isdigit() or not valid_day(day, int(second.value[5:7])):
            return first
        end, year_after = second.end, None
        if sep == "(":
            if self.text(end) != ")":
                return first
            end += 1
            if second.need == YEAR and first.need == YEAR and (year := self.year_digits(end)):
                year_after, end = year  # `28 сентября (10 октября) 1870 г.`: the first's year
        (y1, m1, d1), (y2, m2, d2) = day_of(first.value), day_of(f"{second.value}-{day:02d}")
        y1 = y1 or (int(year_after) if year_after else None)
        # the second day 10 to 13 days after the first (Old Style, then New), or before it (`7
        # ноября (25 октября) 1917 года`: New Style first, the Old in brackets)
        for later, gaps in ((True, DUAL_GAP), (False, BACKWARD_GAP)):
            crosses = (m2, d2) < (m1, d1) if later else (m2, d2) > (m1, d1)
            shift = (1 if later else -1) if crosses else 0
            a, b = y1, y2
            if a is None and b is not None:
                a = b - shift
            elif b is None and a is not None:
                b = a + shift
            known = a is not None
            gap = (calendar.julian_days(b, m2, d2) - calendar.julian_days(a, m1, d1) if known
                   else calendar.julian_days(2 + shift, m2, d2) - calendar.julian_days(2, m1, d1))
            if gap in gaps:
                y1, y2 = a, b
                break
        else:
            return first
        if not known:
            need = None if crosses else YEAR  # `28 сентября/10 октября`: the year in force, both
            return Found(end, f"{UNKNOWN_YEAR}-{m1:02d}-{d1:02d}", need=need,
                         alt_value=f"{UNKNOWN_YEAR}-{m2:02d}-{d2:02d}")
        return Found(end, f"{y1:04d}-{m1:02d}-{d1:02d}", alt_value=f"{y2:04d}-{m2:02d}-{d2:02d}")

    def day_number(self, i: int) -> int | None:
        """A day of the month in digits at i: `10`, `10-го`."""
        text = self.text(i)
        found = ORDINAL_DAY.match(text)
        number = int(text) if digits(text) and len(text) <= 2 else int(found.group(1)) if found else None
        return number if number is not None and 1 <= number <= 31 else None

    # -- months, seasons, feasts ----------------------------------------------------------
    def month(self, i: int, bare_year_ok: bool = False) -> Found | None:
        code = table("months").get(self.lemma(i)) or table("months").get(self.text(i).lower())
        if code is None and (pair := self.month_pair(i)):  # `в ноябре-декабре 1905 года`: one token
            found = self.in_year(i + 1, pair[1])
            year = found.value[:4]
            first = f"{int(year) - 1:04d}" if year.isdigit() and pair[0] > pair[1] else year
            found.value = f"{first}-{pair[0]}/{found.value}"
            return found
        return self.in_year(self.month_noun(i), code) if code else None

    def month_noun(self, i: int) -> int:
        """The index after a month's name at i and the noun `месяц` in apposition after it
        (`в ноябре месяце 1805 года`: `month_nouns.tsv`), in the name's case and the singular."""
        name, noun = self.at(i), self.at(i + 1)
        if noun is None or self.lemma(i + 1) not in table("month_nouns") or PLURAL in noun.morph.get("Number"):
            return i + 1
        cases = set(name.morph.get("Case")), set(noun.morph.get("Case"))
        return i + 2 if not all(cases) or cases[0] & cases[1] else i + 1

    def month_pair(self, i: int) -> tuple[str, str] | None:
        """Two months written as one word with a hyphen (`ноябре-декабре`): their codes."""
        parts = re.split(r"[–—-]", self.text(i).lower())
        if len(parts) != 2 or not all(parts):
            return None
        codes = [table("months").get(part) or table("months").get(word_lemma(part)) for part in parts]
        return (codes[0], codes[1]) if all(codes) and codes[0] != codes[1] else None

    def season(self, i: int, bare_year_ok: bool) -> Found | None:
        """`зимой 1850 года`, and a winter across two years `зимой 1850/51 года`: the TIMEX3 season
        of the first year (`1850-WI`) with both years in `range` (`1850/1851`). A season counted
        once (`одну зиму прожили`, `одну осень гостил`) is one season the text does not place:
        `XXXX-SU`, the count inside the span, no year taken from the date in force (GUIDELINES 9.59)."""
        if self.lemma(i) in table("writing_time"):  # `прошлой зимой`, `этим летом`: the year of writing
            code = table("seasons").get(self.text(i + 1).lower()) or table("seasons").get(self.lemma(i + 1))
            return Found(i + 2, f"{UNKNOWN_YEAR}-{code}") if code else None
        if (count := self.count(i)) is not None and count[0] == "1" and count[1] == i + 1 and (
                code := table("seasons").get(self.lemma(i + 1))):
            return Found(i + 2, f"{UNKNOWN_YEAR}-{code}")  # `одну зиму`: some one season, no year said
        code = table("seasons").get(self.text(i).lower()) or table("seasons").get(self.lemma(i))
        if not code or only_plural(self.text(i).lower()):
            return None  # `в снежные зимы`: winters in general, no date (GUIDELINES 9.59)
        if pair := year_pair(self.text(i + 1)):
            return Found(self.unit_end(i + 2, "year"), f"{pair[0]}-{code}", range=f"{pair[0]}/{pair[1]}")
        return self.in_year(i + 1, code)

    def in_year(self, i: int, code: str) -> Found:
        """A month or season (`code`) that ended before i, with the year that follows it or a
        year the date in force gives; not after a word of the moment of writing (`прошлую
        зиму`, `этим летом`), which the narrative does not date."""
        value, end, need = self.year_after(i)
        if need == YEAR and self.lemma(i - 2) in table("writing_time"):
            need = None
        return Found(end, f"{value}-{code}", need=need)

    def year_after(self, i: int) -> tuple[str, int, str | None]:
        """The year written at i (`1861 года`, `тридцать шестого года`), or named from the year in
        force (`того же года`, `следующего года`) or from the moment of writing (`прошлого года`,
        counted from the date in force only in reported speech), or none: (value, index after it,
        what the value lacks)."""
        if year := self.year_digits(i):
            return year[0], year[1], None
        if (hundreds := HUNDREDS.match(self.text(i))) and self.year_unit(i + 1):
            # `в июне 784 года`: the thousand from a year in force of 1700-1999, else no date (`осенью 945 г.`)
            return "X" + hundreds.group(1), self.unit_end(i + 1, "year"), THOUSAND
        if found := self.year_in_words(i, True):
            if "/" not in found.value and len(found.value) == 4:
                return found.value, found.end, found.need
        if (short := self.short_year(i, True)) is not None:
            return short.value, short.end, short.need
        if same := self.phrase("relative", i):  # `того же года`, `следующего года`: from the year in force
            shift, before, season = phrases("relative")[same[0]]
            if shift.endswith("Y") and before == season == "-":
                return UNKNOWN_YEAR, same[1], YEAR if shift == "0Y" else shift
        if spoken := self.phrase("deictic", i):  # `прошлого года`: from the moment of writing or speaking
            value, shift = phrases("deictic")[spoken[0]]
            if value == UNKNOWN_YEAR and shift.endswith("Y"):
                return UNKNOWN_YEAR, spoken[1], REPORTED + shift
        return UNKNOWN_YEAR, i, YEAR

    def feast(self, i: int, bare_year_ok: bool) -> Found | None:
        """`на Пасху`, `на Покров 1861 года`, `в Великий пост`: after a preposition or before a
        year, or alone on its line (`Пасха.` heading a diary's entry)."""
        found = self.phrase("feasts", i)
        if found is None:
            return None
        key, end = found
        day, holiday, capital = phrases("feasts")[key]
        if capital == "1" and not self.text(i)[:1].isupper():
            return None
        value, end_year, need = self.year_after(end)
        if need == YEAR and end_year == end and not self.after_preposition(i) and not self.alone(i, end):
            return None
        if day == "-":
            return Found(end_year, value, need=need, holiday=holiday)
        found = Found(end_year, f"{value}-{day}", need=need, holiday=holiday)
        if need is None:  # `Пасху 1861 года`: Easter computed; a year in force, by narrative.py
            found.value, found.range = movable(found.value)
        return found

    def weekday(self, i: int, bare_year_ok: bool) -> Found | None:
        """`в среду`, and `в пятницу, 14 мая 1909 года`, `в пятницу 14 мая`, `в пятницу — 14 мая`
        as one date; a word of the moment of writing before it is inside its span (`в прошлую
        субботу`, `в минувший вторник`: `writing_time.tsv`), the week uncounted."""
        start = i + 1 if self.lemma(i) in table("writing_time") or self.lemma(i) in table("weekday_shifts") else i
        day = self.entry("weekdays", start)
        if day is None:
            return None
        if self.lemma(start) in table("weekday_homonyms") and start == i and not self.after_preposition(i) and not (
                self.period(start + 1, bare_year_ok=False) or self.period(start + 2, bare_year_ok=False)):
            return None  # `окружающей среды`: another noun, unless a preposition or a date makes it a day
        if self.lemma(start) in table("weekday_homonyms") and self.lemma(start - 1) in ("в", "во") and \
                not accusative(self.text(start).lower()):
            return None  # `в среде купцов`: a milieu; a weekday after `в` is in the accusative (`в среду`)
        if self.recurring(start):
            return None  # `по субботам`, `каждую пятницу`: every such day, no date (GUIDELINES 9.67)
        after = start + 2 if self.text(start + 1) in (",",) + DASHES else start + 1
        if (date := self.period(after, bare_year_ok=False)) and DAY.match(date.value):
            return date
        if (ordinal := ORDINAL_DAY.match(self.text(after))) and 1 <= int(ordinal.group(1)) <= 31 and (
                self.at(after + 1) is None or self.at(after + 1).is_punct):
            # `Понедельник, 17-го.`: a diary's weekday and day of the month in force
            return Found(after + 1, f"XXXX-XX-{int(ordinal.group(1)):02d}", need=MONTH_NEED)
        return Found(start + 1, f"{UNKNOWN_YEAR}-WXX-{day}")

    def recurring(self, i: int) -> bool:
        """A weekday at i that names every such day, a frequency (GUIDELINES 3.1, 9.40, 9.67): in
        the dative plural (`по субботам`, `по вторникам и субботам`, `принимают по воскресеньям`),
        or after a word of frequency (`each.tsv`: `каждую пятницу`, `почти каждое воскресенье`)."""
        token = self.at(i)
        plural = token is not None and PLURAL in token.morph.get("Number") and DATIVE in token.morph.get("Case")
        return plural or self.lemma(i - 1) in table("each")

    def tensed(self, i: int) -> Found | None:
        """`на днях`, `нынче`: a word of time whose tense decides its reading (`tensed.tsv`)."""
        for length in (2, 1):
            words = " ".join(self.text(k).lower() for k in range(i, i + length))
            if words in phrases("tensed") and self.at(i + length - 1) is not None:
                past, present, future, future_with, shift = phrases("tensed")[words]
                told, verb = verb_tense(self.at(i + length - 1))
                value = past if told == "Past" else present if told == "Pres" else future
                if told not in ("Past", "Pres") and future_with != "*" and verb != future_with:
                    value = "-"  # a future of another verb, or no verb found: not read
                if value == "-":
                    return None  # `нынче все так живут`: 'now', no day
                return Found(i + length, value, need=REPORTED + shift if shift != "-" else None)
        return None

    def deictic(self, i: int, bare_year_ok: bool) -> Found | None:
        """`сегодня`, `в прошлом году`: relative to the moment of speaking or writing; anchored
        to the date in force only in reported speech (`narrative.reported`)."""
        if (tensed := self.tensed(i)) is not None:
            return tensed
        found = self.phrase("deictic", i)
        if found is None:
            for length in (2, 1):  # `третьего дня`: by the words as written (`deictic_forms.tsv`)
                words = " ".join(self.text(k).lower() for k in range(i, i + length))
                if words in phrases("deictic_forms") and self.at(i + length - 1) is not None:
                    found = words, i + length
                    break
            else:
                return None
        value, shift = (phrases("deictic") | phrases("deictic_forms"))[found[0]]
        if len(value) == len("XXXX-XX-XX") and (day := self.apposition(found[1])) is not None:
            return day  # `вчера, 8 сентября 1917 года`: the day the text writes
        return Found(found[1], value, need=REPORTED + shift if shift != "-" else None)

    def apposition(self, i: int) -> Found | None:
        """A day written after a word that names it (`сегодня, 5 марта`, `вчера 8 сентября`), the
        comma or none between: the day, the word inside its span, as a weekday before it is."""
        start = i + 1 if self.text(i) == "," else i
        found = self.day(start, bare_year_ok=False)
        return found if found is not None and DAY.match(found.value) and found.alt_value is None else None

    def relative(self, i: int, bare_year_ok: bool) -> Found | None:
        """`на другой день`, `в тот же день`, `того же года`, `накануне`: from the date in force.
        A one-word row (`накануне`) is a date only when no noun phrase follows (else it is a
        preposition: `накануне отъезда`; a subject in the nominative may follow: `накануне мы`)."""
        found = self.phrase("relative", i)
        if found is None:
            return None
        key, end = found
        shift, before, season = phrases("relative")[key]
        if before != "-" and self.lemma(i - 1) != before:
            return None
        after = self.at(end)
        if end == i + 1 and after is not None and after.pos_ in NOMINAL and (
                GENITIVE in after.morph.get("Case") or not after.morph.get("Case")):
            return None  # `накануне отъезда`: a preposition; `накануне невеста плакала`: a date
        if season != "-":  # `той же осенью`: the season of the year in force
            return Found(end, f"{UNKNOWN_YEAR}-{season}", need=YEAR)
        return Found(end, TEMPLATES[shift[-1]], need=shift)

    # -- years ----------------------------------------------------------------------------
    def year_digits(self, i: int) -> tuple[str, int] | None:
        """A year in digits at i, with the index after it and its unit word."""
        found = YEAR_DIGITS.match(self.text(i))
        if found and FIRST_YEAR <= int(found.group(1)) <= LAST_YEAR:
            return found.group(1), self.unit_end(i + 1, "year")
        return None

    def year(self, i: int, bare_year_ok: bool) -> Found | None:
        year = self.year_digits(i)
        if year is None:
            return None
        value, end = year
        if self.text(end) in ("по", "–", "—", "-") and (second := self.year_digits(end + 1)):
            return Found(second[1], f"{value}/{second[0]}")
        if end > i + 1 or self.text(i)[4:5] == "-":
            return Found(end, value)
        after = self.at(end)
        if bare_year_ok and not (after is not None and after.pos_ == NOUN):  # `около 2000 человек`: a count
            return Found(end, value)
        if self.alone_on_line(i, end):  # `1912` on a line of its own: a diary's or a chronicle's year
            return Found(end, value)
        if self.imprint(i, end):  # `М., 1955, с. 132`: the year of an edition
            return Found(end, value)
        return None

    def hundreds(self, i: int, bare_year_ok: bool) -> Found | None:
        """`773 года`, `в 781 году`: three figures and a year word, the thousand unsaid (as after a
        month, `year_after`), taken from a year in force of 1700-1999 (`thousand_unsaid`); with none
        it is no date (GUIDELINES 9.51, 9.59)."""
        if (found := HUNDREDS.match(self.text(i))) and self.year_unit(i + 1) and not self.year_of_a_term(i, i + 2):
            return Found(self.unit_end(i + 1, "year"), "X" + found.group(1), need=THOUSAND)
        return None

    def imprint(self, i: int, end: int) -> bool:
        """A bare year of a bibliographic reference: after its place of publication and a comma
        (`М., 1955`, `СПб., 1859;`, `imprints.tsv`) or before its page (`1977, с. 132`, `1916, с. 48`)."""
        return edition_year(self.texts, i, end)

    def alone_on_line(self, i: int, end: int) -> bool:
        """Whether the words i..end are a line of their own, a full stop at most after them: a year
        heading the entries below it (`1912` / `14 марта.`), which takes no year word."""
        first, last = self.at(i), self.at(end - 1)
        if first is None or last is None:
            return False
        doc = first.doc
        if first.i > 0 and not (doc[first.i - 1].is_space and "\n" in doc[first.i - 1].text):
            return False
        k = last.i + 1
        if k < len(doc) and doc[k].text == ".":
            k += 1
        return k >= len(doc) or (doc[k].is_space and "\n" in doc[k].text)

    def year_range(self, i: int, bare_year_ok: bool) -> Found | None:
        if span := RANGE.match(self.text(i)):
            return Found(self.unit_end(i + 1, "year"), f"{span.group(1)}/{span.group(2)}")
        if (pair := year_pair(self.text(i))) and self.year_unit(i + 1):  # `1850/51 года`
            return Found(self.unit_end(i + 1, "year"), f"{pair[0]}/{pair[1]}")
        return None

    def short_year(self, i: int, bare_year_ok: bool) -> Found | None:
        """`в 36-м году`, `36-го года`: two digits and a year word; the century is the date in force's."""
        found = SHORT_YEAR.match(self.text(i))
        if found and self.year_unit(i + 1) and not self.year_of_a_term(i, i + 2) and not self.age_by_year(i, i + 1):
            return Found(self.unit_end(i + 1, "year"), f"XX{int(found.group(1)):02d}", need=CENTURY)
        return None

    def age_by_year(self, i: int, unit: int) -> bool:
        """`внуку шёл по девятому году`, `сын по 4-му году`: `по` with the dative of an ordinal year is
        an age, the year of life one is in (8.5); `по сорок седьмой год` ends a range."""
        return self.lemma(i - 1) == "по" and self.text(unit).lower() == "году"

    def year_of_a_term(self, i: int, end: int) -> bool:
        """`на 83-м году жизни`, `в пятом году службы`: a year counted within a life or a term."""
        after = self.at(end)
        return self.lemma(i - 1) == "на" or (after is not None and after.pos_ == NOUN
                                              and GENITIVE in after.morph.get("Case"))

    def ordinal(self, i: int) -> tuple[int, int] | None:
        """An ordinal in words at i (`третий`, `двадцать пятый`) and the index after it."""
        number = numerals.read(self.lemmas, i)
        return (number.value, number.end) if number is not None and number.ordinal else None

    def lasting(self, i: int, bare_year_ok: bool) -> Found | None:
        """An ordinal count of time in the accusative that a verb takes as how long it has lasted
        (`хворает третий год`, `живёт у нас пятый месяц`, `вторую неделю не встаёт`): a duration of
        so many units (`P3Y`, GUIDELINES 9.59), not a year without its century. Not after a
        preposition (`в третий год`, `на третий день`: a point), not as the subject (`Шёл третий год
        войны`, `Мальчику пошёл девятый год`: a time or an age), not a year of a term (`третий год
        службы`)."""
        found = self.ordinal(i)
        if found is None or not 1 < found[0] < 100:
            return None
        number, at = found
        unit = self.counted_unit(at)
        if unit is None or self.at(at).dep_ in SUBJECTS or self.lemma(i - 1) in table("prepositions"):
            return None
        if verb_tense(self.at(at))[0] is None:
            return None  # no finite verb in its clause that could last
        return Found(at + 1, f"P{number}{unit}")

    def counted_unit(self, at: int) -> str | None:
        """The unit of time (`durations.tsv`) an ordinal counts at `at`, in the singular of the
        nominative or accusative, with no genitive after it whose term, event or feast it counts."""
        unit, token = table("durations").get(self.lemma(at)), self.at(at)
        if unit not in COUNT_UNITS or token is None or self.plural(at) or not set(token.morph.get("Case")) & DIRECT \
                or self.genitive_after(at):
            return None
        return unit

    def genitive_after(self, at: int) -> bool:
        """Whether a genitive follows the unit at `at`, whose term, event or feast it counts (`третий
        год службы`, `на второй год своей женитьбы`), by the tagger (pymorphy3 would take the verb
        `жил` for the genitive of `жила`)."""
        after = self.at(at + 1)
        return after is not None and after.pos_ in NOMINAL and GENITIVE in after.morph.get("Case")

    def ordinal_after(self, i: int, bare_year_ok: bool) -> Found | None:
        """`на восьмой день`, `на четвёртый год`: the day or year so many from the date in force,
        counted one less (`+7D`), as `на третий день` is (`relative.tsv`; GUIDELINES 9.59); not
        before a genitive (`на третий день Рождества`, `на второй год своей женитьбы`: from an
        event or a feast) nor `после` (`на четвёртый день после этого`)."""
        if self.lemma(i - 1) != "на" or (found := self.ordinal(i)) is None or not 1 < found[0] <= ORDINAL_REACH:
            return None
        number, at = found
        if (unit := self.counted_unit(at)) is None or self.lemma(at + 1) in EVENT_ANCHORS:
            return None
        return Found(at + 1, TEMPLATES[unit], need=f"{AFTER}{number - 1}{unit}", sign=AFTER)

    def year_in_words(self, i: int, bare_year_ok: bool) -> Found | None:
        """`в тысяча восемьсот тридцать шестом году`, `в девятьсот пятом году` (the thousand
        unsaid, as speech has it: 1905), `в шестьдесят первом году` (century from the date in
        force), `в семидесятых годах` (a decade)."""
        number = numerals.read(self.lemmas, i)
        if number is None or not number.ordinal or not self.year_unit(number.end):
            return None
        end = self.unit_end(number.end, "year")
        if FIRST_YEAR <= number.value <= LAST_YEAR:
            return Found(end, str(number.value))
        if SPOKEN_HUNDREDS[0] <= number.value <= SPOKEN_HUNDREDS[1]:
            return Found(end, str(1000 + number.value))  # `в восемьсот двенадцатом году`: the thousand unsaid
        if number.value >= 100:
            return None
        if PLURAL in self.at(number.end - 1).morph.get("Number"):
            return None if number.value % 10 or number.value < 20 else self.decade_of(number.value // 10, end)
        if self.year_of_a_term(i, end) or self.age_by_year(i, number.end):
            return None
        return Found(end, f"XX{number.value:02d}", need=CENTURY)

    def decade_of(self, digit: int, end: int) -> Found:
        """A decade without its century (`семидесятых годах`, `70-х годах`) ending before `end`, and
        the century that may follow: `девятнадцатого века`, `XIX века` give it; `прошлого века`
        names the century of the writing, which the text does not date; else the date in force's."""
        if self.century_of_writing(end):
            return Found(end + 2, f"XX{digit}")
        if (century := self.century_at(end)) is not None:
            return Found(century[1], f"{century[0] - 1:02d}{digit}")
        return Found(end, f"XX{digit}", need=CENTURY)

    def century_at(self, i: int) -> tuple[int, int] | None:
        """A century as an ordinal in words or a Roman numeral (`двадцатого века`, `XIX века`)."""
        if ROMAN.match(self.text(i)) and (end := self.unit_end(i + 1, "century")) > i + 1:
            return roman(self.text(i)), end
        number = numerals.read(self.lemmas, i)
        if number and number.ordinal and (end := self.unit_end(number.end, "century")) > number.end:
            return number.value, end
        return None

    def century_of_writing(self, i: int) -> bool:
        return self.lemma(i) in table("writing_time") and self.is_unit(i + 1, "century")

    def decade(self, i: int, bare_year_ok: bool) -> Found | None:
        text = self.text(i)
        if decade := DECADE.match(text):
            return Found(self.unit_end(i + 1, "year"), decade.group(1))
        if (decade := SHORT_DECADE.match(text)) and self.year_unit(i + 1):
            return self.decade_of(int(decade.group(1)), self.unit_end(i + 1, "year"))
        if (decade := SHORT_DECADE.match(text)) and bare_year_ok and not self.is_unit(i + 1, "year"):
            after = self.at(i + 1)  # `в 90-х`, `в начале 90-х`: the plural ending makes a decade
            if self.lemma(i + 1) in table("clock_units"):
                return None  # `в 10-м часу`: an hour of the clock (8.5)
            if self.text(i - 1).lower() == "на" and ORDINAL_DAY.match(self.text(i - 2)):
                return None  # `в ночь с 19-го на 20-е`: the day after a day, no decade
            if after is None or after.pos_ != NOUN or PLURAL not in after.morph.get("Number"):  # `в 90-х числах`: no decade
                return self.decade_of(int(decade.group(1)), i + 1)
        return None

    def century(self, i: int, bare_year_ok: bool) -> Found | None:
        """`XIX веке`, `19 веке`, `в девятнадцатом веке`, `в восемнадцатом столетии`: TIMEX3 `18`."""
        text = self.text(i)
        if not (ROMAN.match(text) or digits(text)) and (century := self.century_at(i)) is not None:
            number = numerals.read(self.lemmas, i)  # the unit in full: `первой в истории` is no century
            full = number is not None and len(self.text(number.end)) > 2
            return Found(century[1], f"{century[0] - 1:02d}") if full and century[0] >= 1 else None
        ordinal = CENTURY_ORDINAL.match(text)
        if ROMAN.match(text) or digits(text) or ordinal and self.is_unit(i + 1, "century"):
            end = self.unit_end(i + 1, "century")
            number = roman(text) if ROMAN.match(text) else int(ordinal.group(1) if ordinal else text)
            if end == i + 2 and len(self.text(i + 1)) == 1:
                return None  # `1:2 в пользу`, `Петром I в 1700 году`: the abbreviation `в` needs its stop
            if end > i + 1 and number >= 1:
                return Found(end, f"{number - 1:02d}")
        return None

    # -- counts of time -------------------------------------------------------------------
    def count(self, i: int) -> tuple[str, int] | None:
        """A count at i (`3`, `три`, `двадцать два`, `несколько`) and the index after it."""
        text = self.text(i)
        if digits(text):
            found = text, i + 1
        elif (number := numerals.read(self.lemmas, i)) and not number.ordinal:
            found = str(number.value), number.end
        elif (word := table("numbers").get(self.lemma(i))) is not None:
            found = word, i + 1
        else:
            return None
        if found[0].isdecimal() and self.text(found[1]) == "с" and self.lemma(found[1] + 1) == "половина":
            return f"{found[0]}.5", found[1] + 2  # `два с половиной года`: P2.5Y
        return found

    def is_age(self, i: int, end: int) -> bool:
        """A count of years from i to end that is an age: `ему было двадцать лет`, `в 13 лет`,
        `Келли 52 года`, `двадцати двух лет от роду`, or a number inside a bigger one."""
        if self.text(i - 1) in DASHES and self.count(i - 2):  # `в двенадцать — тринадцать лет`
            return self.is_age(i - 2, end)
        before = self.at(i - 1)
        if self.within(i, end):
            return False  # `в три дня всё забыла`: how long it took
        if before is not None and (self.lemma(i - 1) in table("ages") or before.pos_ in (PROPN, PRON)
                                   or self.lemma(i - 1) in numerals.words()):
            return True
        back = i - 1
        while back > 0 and back >= i - 2 and self.lemma(back) in table("age_adverbs"):
            back -= 1  # `ему было тогда девятнадцать лет`, `которой сейчас 23 года`
        if back < i - 1 and (self.lemma(back) in table("ages") or (
                self.at(back).pos_ == PRON and "Dat" in self.at(back).morph.get("Case"))):
            return True
        if self.lemma(end - 1) == "год" and self.aside(i, end):
            return True
        if self.lemma(end - 1) == "год" and self.dative_age(i, end):
            return True
        if self.oblique_years(i, end):
            return True
        return " ".join(self.lemmas[end:end + 2]) in table("ages_after") or self.lemma(end) in table("ages_after")

    def within(self, i: int, end: int) -> bool:
        """A count of days, weeks or minutes from i to end right after a preposition of
        `within.tsv` (`в три дня`, `в две недели`): how long something took, a duration."""
        units = table("within").get(self.lemma(i - 1))
        if units is None or self.lemma(end - 1) not in units.split(","):
            return False
        if set(self.at(i).morph.get("Case")) & OBLIQUE:
            return False  # `в двух днях пути`: the locative of a distance, no time taken
        after = self.at(end)  # `в два дня пути`: a distance, no time taken
        return after is None or after.pos_ != NOUN or GENITIVE not in after.morph.get("Case")

    def dative_age(self, i: int, end: int) -> bool:
        """A count of years that a verb of `ages_dative.tsv` governs, with a person in the dative
        on that verb (`когда ему минуло девять лет`, `брату весной сравнялось пятнадцать лет`): an age."""
        unit = self.at(end - 1)
        verbs = [unit.head, *(self.at(k) for k in (i - 1, end))] if unit is not None else []
        for verb in verbs:
            if verb is None or lemma(verb) not in table("ages_dative"):
                continue
            if any("Dat" in child.morph.get("Case") and child.pos_ in (PRON, NOUN, PROPN, DET, ADJ)
                   for child in verb.children):
                return True
            # the parser may hang the person elsewhere: a personal pronoun in the dative in the clause
            first, last = min(verb.i, i), max(verb.i, end - 1)
            doc = verb.doc
            while first > verb.sent.start and not doc[first - 1].is_punct:
                first -= 1
            if any(t.pos_ == PRON and "Dat" in t.morph.get("Case") for t in doc[first:last]):
                return True
        return False

    def age_as_time(self, i: int) -> bool:
        """An age at i that tells when something happened, not what someone's age was: `в десять
        лет`, `Когда ему исполнилось десять лет, ...` (a `когда` within the few words before);
        `Ему было двадцать лет` tells the age in the year in force and is no time of its own."""
        return self.lemma(i - 1) == "в" or any(self.lemma(k) == "когда" for k in range(max(0, i - AGE_REACH), i))

    def aside(self, i: int, end: int) -> bool:
        """A count of years set apart after a name, alone in brackets or between commas: `Иван
        Петров (26 лет)`, `Иван Петров, 26 лет, ...`: an age."""
        if self.text(i - 1) == "(" and self.text(end) == ")":
            return True
        before = self.at(i - 2)
        return (self.text(i - 1) == "," and before is not None and before.pos_ == PROPN
                and self.text(end) in (",", ".", ";", ")", ""))

    def oblique_years(self, i: int, end: int) -> bool:
        """`Семнадцати лет она вышла замуж`: a count of years written in an oblique case is an
        age (the genitive of quality), unless a word that governs that case as a count of time
        stands before it (`более двух лет`, `около трёх лет`, `в течение двух лет`: `governors.tsv`)."""
        token = self.at(i)
        if token is None or not token.text.isalpha() or self.lemma(end - 1) != "год":
            return False
        oblique = self.lemma(i) != token.text.lower().replace("ё", "е") or bool(
            set(token.morph.get("Case")) & OBLIQUE)
        return oblique and self.entry("governors", i - 1) is None and self.lemma(end) not in table("terms")

    def shift_word(self, i: int) -> tuple[str, int] | None:
        """A word or phrase that counts a time away from a date (`спустя`, `назад`, `тому
        назад`): its sign and the index after it."""
        if (found := self.phrase("shifts", i)) and " " in found[0]:
            return phrases("shifts")[found[0]][0], found[1]
        sign = table("shifts").get(self.text(i).lower()) or table("shifts").get(self.lemma(i))
        return (sign, i + 1) if sign else None

    def counted(self, i: int, bare_year_ok: bool) -> Found | None:
        """`через неделю`, `через три года`, `спустя месяц`, `пять лет спустя`, `год спустя`,
        `5 лет тому назад`: counted from the date in force; the word that counts (`через`) is
        inside the span. An indefinite count (`через несколько дней`) is a date whose value the
        text does not give. The unit before the count (`недели через две`, `лет пять назад`) is
        the approximate order: the same date, mod APPROX."""
        if (inverted := self.inverted(i)) is not None:
            return inverted
        if (first := self.phrase("shifts_first", i)) is not None:
            return self.shifted_first(first[1], phrases("shifts_first")[first[0]][0])
        ahead = self.lemma(i) in table("counting")
        first = i + 1 if ahead else i
        if (half := self.half(first)) and not half.clock:  # `через полгода`, `полвека спустя`
            shift = None if ahead else self.shift_word(half.end)
            if not ahead and shift is None:
                return None
            return self.counted_value(shift[1] if shift else half.end, half.unit, shift[0] if shift else AFTER, half.count)
        count = self.count(first)
        unit_at = count[1] if count else first
        unit = table("durations").get(self.lemma(unit_at))
        if unit not in COUNT_UNITS or (not count and self.plural(unit_at)):
            return None
        if not count and not ahead and self.lemma(unit_at - 1) in table("each"):
            return None  # `каждый день прежде`: every day, nothing counted
        end = unit_at + 1
        if ahead:
            sign = AFTER
        elif shift := self.shift_word(end):
            if self.lemma(end) in EVENT_ANCHORS and self.at(end + 1) is not None and self.at(end + 1).pos_ in NOMINAL \
                    and (self.after_that(end) is None or self.entry("governors", first - 1) is not None
                         or not count and self.at(unit_at - 1) is not None and self.at(unit_at - 1).pos_ in (ADJ, NUM, DET)):
                # `неделю после рождения`: counted from an event; `в течение двух лет после этого` a duration;
                # `на четвёртый день после этого`: the ordinal's day (`ordinal_after`), no count
                return None
            sign, end = shift
        else:
            return None
        if count and ahead and self.is_age(first, unit_at + 1):
            return None  # `через двадцать лет` may be an age to come; `ему три года назад` is none
        if count and (few := phrases("indefinite").get(self.lemma(first))):
            return self.counted_value(end, unit, sign, count[0], few[0], few[1:])  # `через несколько дней`
        return self.counted_value(end, unit, sign, count[0] if count else "1")

    def after_that(self, i: int) -> int | None:
        """The index after `после` at i and a demonstrative standing alone for the event told before
        (`anaphors.tsv`: `после этого`, `после того`, `после сего`), or None: before the
        demonstrative's own noun in the genitive (`после того случая`) or as the conjunction
        `после того как` (`после того, что`) it names no event told before."""
        if self.lemma(i) != "после" or self.lemma(i + 1) not in table("anaphors"):
            return None
        following = self.at(i + 2)
        if following is None:
            return i + 2
        if self.text(i + 2).lower() in CONJUNCTIONS or (self.text(i + 2) == "," and self.text(i + 3).lower() in CONJUNCTIONS):
            return None
        if following.pos_ in (NOUN, PROPN, ADJ, NUM) and GENITIVE in following.morph.get("Case"):
            return None
        return i + 2

    def shifted_first(self, i: int, sign: str) -> Found | None:
        """A count of time after the phrase that counts it (`назад тому три года`, `тому назад
        восемь лет`; `shifts_first.tsv`), or its unit first and `с` before the count (`назад тому
        лет с 20`: about twenty years, APPROX), from i, the index after the phrase."""
        if (count := self.count(i)) and (unit := table("durations").get(self.lemma(count[1]))) in COUNT_UNITS:
            return self.counted_value(count[1] + 1, unit, sign, count[0])
        unit = table("durations").get(self.lemma(i))
        if unit in COUNT_UNITS and self.text(i + 1).lower() == "с" and (count := self.count(i + 2)):
            return self.counted_value(count[1], unit, sign, count[0], APPROX)
        number = numerals.read(self.lemmas, i)  # `назад тому третий год`: the third year since, two years back
        if number and number.ordinal and 1 < number.value < 100 and self.lemma(number.end) == "год" \
                and self.text(number.end).lower() == "год":
            return self.counted_value(number.end + 1, "Y", sign, str(number.value - 1))
        return None

    def counted_value(self, end: int, unit: str, sign: str, number: str, mod: str | None = None,
                      few: tuple[str, ...] = ()) -> Found:
        if (that := self.after_that(end) or self.after_that(end - 1)) is not None:
            return Found(that, TEMPLATES[unit], mod=mod, sign=sign)  # `год после этого`: from the event told before (9.79)
        from_event = self.lemma(end) in EVENT_ANCHORS and not (
            self.lemma(end) in table("counted_from") and self.date_after(end + 1))
        if few and not from_event and len(few) == 3 and unit in few[2].split(","):
            # an indefinite count (`несколько дней тому назад`): counted as every count from least to
            # most, the narrative keeps what they give alike (narrative.py, `indefinite.tsv`)
            return Found(end, TEMPLATES[unit], mod=mod, need=f"{sign}{few[0]}{FEW}{few[1]}{unit}", sign=sign)
        if not number.isdecimal() or from_event:
            return Found(end, TEMPLATES[unit], mod=mod, sign=sign)  # `через год после свадьбы`
        # `через месяц после Покрова`: counted from the date after `после` (narrative.counted_from_next)
        return Found(end, TEMPLATES[unit], mod=mod, need=f"{sign}{number}{unit}", sign=sign)

    def date_after(self, i: int) -> bool:
        """Whether a date (not a count of time) begins at `i`: `после Покрова`, `после 5 марта`."""
        found = self.opens(i) and self.read(i)
        return bool(found) and not found.value.startswith("P") and found.need in (None, YEAR, CENTURY, THOUSAND)

    def inverted(self, i: int) -> Found | None:
        """The approximate order, the unit before its count: `недели через две`, `дня через
        три`, `лет через пять`, `лет пять спустя`, `года два назад`."""
        unit = table("durations").get(self.lemma(i))
        token = self.at(i)
        if unit not in COUNT_UNITS or token is None or GENITIVE not in token.morph.get("Case") and \
                self.text(i).lower() not in table("genitive_units"):
            return None
        if self.lemma(i + 1) in table("counting") and (count := self.count(i + 2)):
            return self.counted_value(count[1], unit, AFTER, count[0], APPROX)
        if (count := self.count(i + 1)) and (shift := self.shift_word(count[1])):
            return self.counted_value(shift[1], unit, shift[0], count[0], APPROX)
        return None

    def approximate(self, i: int, bare_year_ok: bool) -> Found | None:
        """A count of time in the approximate order, the unit before its count, nothing counted
        from it (`месяца четыре она гостила`, `года три он учился`, `недель семь хворал`, `часа два
        стояли`, `минут десять`): a duration, mod APPROX, as `недели через две` is the counted date
        APPROX (GUIDELINES 8.5, 9.59). The unit in the genitive opens its phrase (not after a word
        that governs or qualifies it: `того года два раза`, `в начале года две роты`); the count is
        in the nominative or accusative and quantifies no noun after it (`дня три пути`); an age
        is none (`ему было лет пять`), nor a time of day (`Вернулись поздно: было часов девять`)."""
        unit, clock = table("durations").get(self.lemma(i)), table("clock_units").get(self.lemma(i))
        token, before = self.at(i), self.at(i - 1)
        if (unit not in COUNT_UNITS and clock is None) or token is None or (
                GENITIVE not in token.morph.get("Case") and self.text(i).lower() not in table("genitive_units")):
            return None
        if before is not None and (before.pos_ in APPROXIMATE_BLOCKERS or before.like_num):
            return None
        count = self.count(i + 1)
        if count is None or not count[0].replace(".", "", 1).isdecimal() or self.oblique_count(i + 1):
            return None
        if count[0] == "1":
            return None  # `столько лет один в деревне`: `один` after a unit is `alone`; about a year is `с год`
        after = self.at(count[1])
        if after is not None and after.pos_ in (NOUN, ADJ) and GENITIVE in after.morph.get("Case"):
            return None  # `года два раза`, `дня три пути`: the count is a noun's
        if unit == "Y" and self.is_age(i, count[1]):
            return None  # `ему было лет пять`
        if clock is not None:
            if any(self.lemma(k) in CLOCK_VERBS for k in range(max(0, i - HOUR_VERB_REACH), i)) or (
                    table("clock_words").get(self.lemma(count[1])) == "after"):
                return None  # `Вернулись поздно: было часов девять`, `часа три ночи`: a time of day (8.5)
            return Found(count[1], f"PT{count[0]}{clock}", mod=APPROX)
        return Found(count[1], f"P{count[0]}{unit}", mod=APPROX)

    def oblique_count(self, i: int) -> bool:
        """A count in words that cannot be the nominative or accusative (`лет пяти`, `лет сорока`:
        the genitive of an age, `лет шестнадцати`), by pymorphy3's readings of the word."""
        token = self.at(i)
        return token is not None and token.text.isalpha() and not direct_case(token.text.lower())

    def stretch(self, i: int, bare_year_ok: bool) -> Found | None:
        """`последние пять лет`, `в последние годы`, `ближайшие два месяца`, `долгие годы`: a
        duration with its adjective inside the span (`stretches.tsv`); `PXY` without a count."""
        if self.lemma(i) not in table("stretches") and self.text(i).lower() not in table("stretches"):
            return None
        if half := self.half(i + 1):  # `последние полгода`
            return Found(half.end, half.value)
        count = self.count(i + 1)
        unit_at = count[1] if count else i + 1
        code = table("durations").get(self.lemma(unit_at))
        token = self.at(unit_at)
        if code is None or (count is None and PLURAL not in token.morph.get("Number")):
            return None
        if count is None and PLURAL not in self.at(i).morph.get("Number"):
            return None  # `Последний лет двадцати`: a singular adjective qualifies no plural unit (an age after it)
        return Found(unit_at + 1, f"P{count[0] if count else 'X'}{code}")

    def half(self, i: int) -> Half | None:
        """`полгода`, `полвека`, `полчаса` (`halves.tsv`): a count and a unit in one word, or in
        two (`четверть часа`, by lemmas)."""
        if (pair := phrases("halves").get(f"{self.lemma(i)} {self.lemma(i + 1)}")) is not None:
            return Half(pair[0], pair[1], i + 2)
        row = phrases("halves").get(self.text(i).lower()) or phrases("halves").get(self.lemma(i))
        return Half(row[0], row[1], i + 1) if row else None

    def clock_counted(self, i: int, end: int) -> bool:
        """Whether a count of the clock from i to end is counted from a time of day (`через
        полчаса`, `полчаса спустя`): no date (GUIDELINES 9.26)."""
        return self.lemma(i - 1) in table("counting") or self.shift_word(end) is not None

    def plural(self, i: int) -> bool:
        """A unit in the plural: more than one of it, unless the noun has no singular (`сутки`:
        `через сутки`, `сутки спустя` are one day; `pluralia.tsv`)."""
        return PLURAL in self.at(i).morph.get("Number") and self.lemma(i) not in table("pluralia")

    def single_unit(self, i: int, bare_year_ok: bool) -> Found | None:
        """A unit without a count after a word that makes it one (`около года`, `целую неделю`,
        `более месяца`): a duration of one unit. The word is inside the span when `single.tsv`
        says so (`целую`); else it stays outside and its mod comes from `prepositions.tsv`."""
        if self.entry("single", i) == "1":
            found = self.unit_of_one(i + 1)
            return Found(found.end, found.value) if found else None
        if self.entry("single", i - 1) != "0" or self.lemma(i + 1) in EVENT_ANCHORS:
            return None  # `примерно неделю после рождения`: counted from an event (3.1)
        return self.unit_of_one(i)

    def unit_of_one(self, i: int) -> Found | None:
        code = table("durations").get(self.lemma(i))
        token = self.at(i)
        if token is None or self.plural(i):
            return None
        if code is None:
            return self.clock_unit_of_one(i)
        return Found(i + 1, f"P1{code}")

    def clock_unit_of_one(self, i: int) -> Found | None:
        """An hour without a count after a word that makes it one (`лодка простояла около часу`,
        `более часа`, `целый час`): `PT1H`, as `около года` is `P1Y` (`clock_units.tsv`, column
        alone); only after a word of measure or under a verb of lasting (`hour_lasting.tsv`: `Он
        вернулся около часу` is about one o'clock); not before a clock word or a number (`около
        часу ночи`, `около часа пополудни`: a time of day, 8.5)."""
        row = phrases("clock_units").get(self.lemma(i))
        if row is None or len(row) < 2 or row[1] != "1" or not self.lasting_hour(i):
            return None
        after = self.at(i + 1)
        if after is not None and (table("clock_words").get(self.lemma(i + 1)) == "after" or after.like_num
                                  or after.pos_ == NUM):
            return None
        return Found(i + 1, f"PT1{row[0]}")

    def lasting_hour(self, i: int) -> bool:
        """Whether the hour at i without a count is a span of time: a word of measure before it
        (`целый час`, `более часа`) or a verb of lasting, staying or waiting it hangs on (`ждали
        около часу`), by `hour_lasting.tsv`."""
        if self.entry("hour_lasting", i - 1) == "word":
            return True
        token = self.at(i)
        for _ in range(HOUR_VERB_REACH):
            if token is None or token.head is token:
                break
            token = token.head
            if token.pos_ in (VERB, AUX):
                return table("hour_lasting").get(lemma(token)) == "verb"
        return False

    def duration(self, i: int, bare_year_ok: bool) -> Found | None:
        """`три года`, `10 суток`, `полгода`: TIMEX3 durations; an age is none."""
        if half := self.half(i):
            if half.clock and self.clock_counted(i, half.end):
                return None  # `через полчаса`: counted from a time of day, no date (9.26)
            return Found(half.end, half.value)
        count = self.count(i)
        if count is None:
            return None
        code = table("durations").get(self.lemma(count[1]))
        if self.text(count[1]).lower() == "году" and self.lemma(count[1] + 1) not in table("terms"):
            return None  # `на 75 году жизни`: a year counted within a life, no duration (`к 1 году заключения` is one)
        if code is None:
            return None
        if self.is_age(i, count[1] + 1):
            if code.endswith("Y") and self.age_as_time(i):
                self.ages.add(self.tokens[i].idx)  # `когда ему исполнилось десять лет`: a leap in time
            return None
        after = self.at(count[1] + 1)
        shift = after is not None and table("shifts").get(after.text.lower()) and not (
            after.text.lower() in EVENT_ANCHORS and self.at(count[1] + 2) is not None
            and self.at(count[1] + 2).pos_ in NOMINAL)  # `десяти дней после подтверждения`: not inside
        end = count[1] + 2 if shift else count[1] + 1
        return Found(end, f"P{count[0]}{code}")


    def hours(self, i: int, bare_year_ok: bool) -> Found | None:
        """`четыре часа`, `двадцать минут` where they can only be a duration (`Сражение
        продолжалось четыре часа` → `PT4H`; `— На двадцать минут.` → `PT20M`; GUIDELINES 9.26):
        a count in digits or words, not an indefinite one (`несколько часов`), with no word beside
        it that makes it a time of day (`clock_words.tsv`: `в три часа`, `Было три часа`, `пять
        часов утра`, `в шесть часов двадцать минут`), which is no date (8.5)."""
        number = numerals.read(self.lemmas, i)
        if digits(self.text(i)):
            count, end = self.text(i), i + 1
        elif number is not None and not number.ordinal:
            count, end = str(number.value), number.end
        else:
            return None
        code = table("clock_units").get(self.lemma(end))
        if code is None or not count.isdecimal() or int(count) < 1:
            return None
        clock = table("clock_words")
        before = [k for k in (i - 1, i - 2) if k >= 0 and not self.at(k).is_punct]
        if before and before[0] == i - 1 and self.within(i, end + 1):
            before = []  # `Сварили уху в двадцать минут`: how long it took (a time of day is checked after it)
        if before and (clock.get(self.lemma(before[0])) == "before" or (
                len(before) == 2 and self.at(before[0]).pos_ == ADV and self.lemma(before[1]) in CLOCK_VERBS)):
            return None  # `в три часа`, `Было уже три часа`
        if len(before) == 2 and self.lemma(before[0]) in ("и", "или") and (
                self.at(before[1]).like_num or self.at(before[1]).pos_ == NUM) and clock.get(self.lemma(before[1] - 1)) == "before":
            return None  # `между семью и десятью часами`, `в семь или восемь часов`: the first count's word
        after = self.at(end + 1)
        if after is not None and (clock.get(self.lemma(end + 1)) == "after" or after.like_num or after.pos_ == NUM
                                  or ORDINAL_WORD.match(after.text.lower())):
            return None  # `пять часов утра`, `три часа двадцать минут`, `в шесть минут третьего`
        return Found(end + 1, f"PT{count}{code}")


@lru_cache(maxsize=4096)
def genitive_attribute(word: str) -> bool:
    """Whether pymorphy3 reads `word` as a common noun or an adjective in the genitive, which an
    ordinal before it agrees with (`5-го полка`, `3-го гренадерского`): by the dictionary, not the
    tagger, which may take a verb after `16-го` for a noun. A word that can be a preposition,
    a conjunction or a pronoun is none (`в` is also the abbreviation of `век`, `его` a possessive
    pronoun: `20-го в Тверь`, `14-го его помощник` are days, GUIDELINES 9.30)."""
    from letopis.morphosyntax.lemma import parses
    readings = parses(word)
    if any(r.tag.POS in FUNCTION_POS for r in readings):
        return False  # `11-го в город прибыл`, `а 14-го его помощник`: a preposition or a pronoun
    return any(r.tag.POS in ("NOUN", "ADJF") and r.tag.case == "gent" and "Name" not in r.tag
               and "Surn" not in r.tag and "Abbr" not in r.tag and "Apro" not in r.tag for r in readings)


@lru_cache(maxsize=4096)
def only_plural(word: str) -> bool:
    """Whether every reading pymorphy3 gives `word` as a noun is plural (`зим`, `зимами`, not
    `зимы`, `зимою`, which the tagger may call plural)."""
    nouns = [r for r in parses(word) if r.tag.POS == "NOUN"]
    return bool(nouns) and all(r.tag.number == "plur" for r in nouns)


@lru_cache(maxsize=4096)
def accusative(word: str) -> bool:
    """Whether pymorphy3 reads `word` as a noun in the accusative (`среду`, not `среде`)."""
    return any(r.tag.POS == "NOUN" and r.tag.case == "accs" for r in parses(word))


@lru_cache(maxsize=4096)
def direct_case(word: str) -> bool:
    """Whether pymorphy3 reads `word` as a number in the nominative or the accusative (`две`,
    `пять`, `одну`), the case of a count that is no one's genitive."""
    return any(r.tag.POS in ("NUMR", "ADJF") and r.tag.case in ("nomn", "accs") for r in parses(word))


def verb_tense(token: Token) -> tuple[str | None, str | None]:
    """The tense of the verb a word of time belongs to (`Past`, `Pres`, `Fut`) and the lemma of
    the word that bears it: its head or a child when one is a finite verb or auxiliary, else the
    nearest finite one in its clause, between marks of punctuation (the parser may hang `нынче`
    on anything); the dictionary's tense where it has one (the tagger may read `будет` as
    present). None: no finite verb in the clause."""
    def tense_of(verb: Token) -> str | None:
        if verb.pos_ not in (VERB, AUX):
            return None
        found = dictionary_tense(verb.lower_) or verb.morph.get("Tense")
        return found[0] if found else None

    for verb in (token.head, *token.children):
        if verb is not token and (told := tense_of(verb)):
            return told, verb.lemma_
    sent, start, end = token.sent, token.i, token.i
    while start > sent.start and not token.doc[start - 1].is_punct:
        start -= 1
    while end + 1 < sent.end and not token.doc[end + 1].is_punct:
        end += 1
    finite = [t for t in token.doc[start:end + 1] if t is not token and tense_of(t)]
    if not finite:
        return None, None
    nearest = min(finite, key=lambda t: abs(t.i - token.i))
    return tense_of(nearest), nearest.lemma_


APPROXIMATE_BLOCKERS = frozenset({NOUN, PROPN, ADJ, DET, NUM, ADP})  # words a unit after them depends on (`того года два`)
COORDINATORS = frozenset({"и", "или", ","})  # between coordinated ordinals (`5-го и 6-го полков`)
ITEM_OPENERS = frozenset({":", ";", "("})  # what a numbered item of a list follows
ITEM_REACH = 40  # tokens either side where the other items of a list are looked for
ITEM_CLOSERS = frozenset({",", ")", ":"})  # what follows the number of an item (`1-го, собрать полк`)
FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "NPRO"})  # pymorphy3's parts of speech of function words


def unname_feasts(doc: Doc, dates: list[Span]) -> None:
    """A feast's words are a date, no name (GUIDELINES 8.5): `На Покров` is no place,
    `после Петрова дня` names no Пётр, `до Масленицы` is no historical event. The names the
    entity stages found inside a feast's date go."""
    feasts = [(span.start, span.end) for span in dates if span._.holiday]
    if not feasts:
        return
    names = list(doc.spans.get(ENTITIES, doc.ents))
    kept = [name for name in names if not any(start <= name.start and name.end <= end for start, end in feasts)]
    if len(kept) < len(names):
        doc.spans[ENTITIES] = kept
        doc.ents = filter_spans(kept)


class DateExtractor:
    def __call__(self, doc: Doc) -> Doc:
        spans, ages = [], set()
        for sent in doc.sents:
            reader = Reader(sent)
            i = 0
            while i < len(reader.tokens):
                found = reader.read(i)
                if found is None:
                    i += 1
                    continue
                start, end = reader.tokens[i], reader.tokens[found.end - 1]
                span = doc.char_span(start.idx, end.idx + len(end))
                span._.value = found.value
                span._.mod = found.mod or self.preposition_mod(reader, i, found.value)
                span._.calendar, span._.holiday = found.calendar, found.holiday
                span._.alt_value, span._.range = found.alt_value, found.range
                if found.need is not None:
                    span._.anchor = (found.need, found.value, found.alt_value)
                elif WEEKDAY.match(found.value):  # `в понедельник`: a day of the week of writing, if one is known
                    span._.anchor = (WEEKDAY_NEED, found.value, None)
                spans.append(span)
                i = found.end
            ages.update(reader.ages)
        doc.spans[DATES] = spans
        doc.user_data[AGES] = sorted(ages)
        unname_feasts(doc, spans)
        narrate(doc, Narrative())
        if any(thousand_unsaid(span) for span in spans):  # three figures with no modern year in force: no date
            spans = [span for span in spans if not thousand_unsaid(span)]
            doc.spans[DATES] = spans
        if any(span._.anchor is not None and span._.anchor[0] == DAYPART_NEED for span in spans):
            # a part of the day alone that no diary's entry dated is no date (GUIDELINES 8.5); an entry
            # headed without its year dates it with its month and day (`XXXX-03-05TEV`)
            doc.spans[DATES] = [span for span in spans if not (
                span._.anchor is not None and span._.anchor[0] == DAYPART_NEED and span._.value.startswith("XXXX-XX-XX"))]
        return doc

    @staticmethod
    def preposition_mod(reader: Reader, i: int, value: str) -> str | None:
        """The mod a preposition before a date gives (`prepositions.tsv`); before a duration,
        `duration_prepositions.tsv` first: `до трёх лет каторги` is at most three years
        (EQUAL_OR_LESS), and `до`, `после` give a duration no BEFORE, AFTER of a point."""
        if DURATION_VALUE.match(value):
            mod = reader.entry("duration_prepositions", i - 1)
            if mod is not None:
                return mod if mod != "-" else None
        mod = reader.entry("prepositions", i - 1)
        if mod is None and i > 1 and reader.text(i - 1) == "." and (short := reader.abbreviation(i - 2)):
            mod = short[0]  # `ок. 1790`
        return mod if mod and mod != "-" else None


@Language.factory("letopis_dates", requires=["token.pos", "token.lemma"],
                  assigns=["doc.spans", "span._.value", "span._.mod"])
def create(nlp: Language, name: str) -> DateExtractor:
    return DateExtractor()
