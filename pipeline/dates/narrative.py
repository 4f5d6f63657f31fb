"""Narrative time: the one rule by which a date the text gives only in part takes the rest.

The date in force is the last date of the text, read in order, whose year is known: an absolute
date (`12 марта 1861 года`) or one whose year or century this rule has completed (`15 марта`);
a date counted from it (`через неделю`) takes its value from it but does not replace it. A date that lacks its year
(`15 марта`, `на Рождество`), its century (`в 36-м году`, `в семидесятых годах`) or is counted
from the narrative (`на другой день`, `через неделю`, `того же года`) takes it from the date in
force, as HeidelTime's narrative mode does; with none in force it keeps its `X`s. Dates relative
to the moment of writing (`сегодня`, `вчера`, often in direct speech) are not counted from the
narrative, and no date in direct speech becomes the date in force of the narration. A month
earlier in the year than the month in force keeps `XXXX` (a chronicle moving on or a flashback:
the text does not say which). The date in force holds across paragraphs and
across the pieces of a long text (`TimeLinker`, as `ClusterLinker` does for clusters) until a
chapter ends: `Narrative.reset` is called at every offset `chapter_starts` gives (the parts and
chapters `letopis.structure` finds, which `letopis run` hands to `TimeLinker`).

The same date in force gives an event whose clause names no time its `time` argument, marked
inferred (`in_force`), unless the event is negated, not asserted, or in direct speech.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, NamedTuple, Sequence

from spacy.attrs import IDX, LEMMA
from spacy.tokens import Doc, Span, Token

from letopis.dates import calendar
from letopis.export.records import doc_text
from letopis.extensions import DATES
from letopis.morphosyntax.memo import doc_table
from letopis.ud import PROPN
from letopis.resources import load_mapping
from letopis.text.paragraphs import paragraph_spans

UNKNOWN_YEAR = "XXXX"
YEAR, CENTURY, MONTH_NEED = "year", "century", "month"  # what a partial value lacks; else a shift (`+1D`)
THOUSAND = "thousand"  # a month's year in three figures (`в мае 773 г.`): the thousand of a year in force of 1700-1999
MODERN_THOUSAND = 1700  # a year in force from here to 1999 lends its thousand to three figures; before it none is lent
REPORTED = "@"  # before a shift: counted from the moment of speaking (`в прошлом году`), only in reported speech
DAY_OF_MONTH = re.compile(r"^\d{4}-\d{2}")
MONTH = re.compile(r"^-(\d{2})")
SHIFT = re.compile(r"^([+-]?\d+)([DWMY])$")
FEW = "~"  # in a need: an indefinite count from its least to its most (`-2~9D`: `несколько дней назад`)
SHIFTS = re.compile(rf"^([+-])(\d+){re.escape(FEW)}(\d+)([DWMY])$")
ABSOLUTE = re.compile(r"^\d{4}(?:-(?:\d{2}(?:-(?:\d{2}|XX))?|XX-XX|SP|SU|FA|WI))?$")
WEEKDAY = re.compile(r"^XXXX-WXX-([1-7])$")  # a weekday alone (`в понедельник`)
DAYPART_NEED = "daypart"  # an anchor's need: a part of the day alone (`Утром`), the day of a diary's entry
WEEKDAY_NEED = "weekday"  # an anchor's need: a weekday, a day of the week of writing in a dated text
BACKWARD = frozenset({"назад"})  # a count back from now (`два дня назад`), in a dated text from the day of writing
JULIAN = "julian"
WEEK = "XXXX-WXX"  # a week of the year not yet counted
EASTER = re.compile(r"^(\d{4}|XXXX)-E([+-]\d+)(?:/E([+-]\d+))?$")  # a feast counted from Easter (feasts.tsv)
PRECISION = {"D": 10, "W": 10, "M": 7, "Y": 4}  # characters of a value the unit fixes
TEMPLATES = {"D": "XXXX-XX-XX", "W": "XXXX-XX-XX", "M": "XXXX-XX", "Y": UNKNOWN_YEAR}
SPEECH_DASHES = ("—", "–", "-")
DURATION = re.compile(r"^P\d+(?:\.\d+)?[DWMY]$")  # a duration of a day or more
YEARS = re.compile(r"^P\d+(?:\.\d+)?Y$")  # a duration of years: a leap the date in force does not survive
CHAPTERS = "chapters"  # a span group of chapters, should a stage add one
AGES = "letopis.ages"  # doc.user_data: where an age in years tells when (`в десять лет`), by the date reader
CHAPTER_STARTS = "letopis.chapter_starts"  # doc.user_data: chapter starts in the piece, from TimeLinker


def weekday_side(span: Span) -> str:
    """`-` or `+` when a word inside a weekday's span puts it before or after the reference day
    (`прошлую среду`, `будущую среду`: `weekday_shifts.tsv`), else `""`: the tense decides."""
    return load_mapping("dates/weekday_shifts.tsv").get(span[0].lemma_, "") if len(span) > 1 else ""


def is_absolute(value: str | None) -> bool:
    """A point on the calendar with a known year: what can be the date in force."""
    return bool(value) and bool(ABSOLUTE.match(value))


def complete(template: str, need: str | None, in_force: str | None) -> str:
    """The value of a partial date given the date in force (`None`: none in force); a range
    (`XXXX-11/XXXX-12`) end by end."""
    if need is None or in_force is None:
        return template
    if "/" in template:
        return "/".join(complete(end, need, in_force) for end in template.split("/"))
    if need == YEAR:
        if not template.startswith(UNKNOWN_YEAR) or earlier_month(template, in_force):
            return template
        return in_force[:4] + template[4:]
    if need == CENTURY:
        return in_force[:2] + template[2:] if template.startswith("XX") else template
    if need == THOUSAND:  # `осенью 945 г.` after `В 1240 году` stays unread (dropped by the reader)
        year = in_force[:4]
        lends = year.isdigit() and MODERN_THOUSAND <= int(year) <= 1999
        return "1" + template[1:] if lends and template.startswith("X") else template
    if need == MONTH_NEED:  # `15-го числа`: the month in force
        return in_force[:7] + template[7:] if DAY_OF_MONTH.match(in_force) else template
    if (counts := few_counts(need.lstrip(REPORTED))) is not None:
        return alike(template, [complete(template, count, in_force) for count in counts])
    shift = SHIFT.match(need.lstrip(REPORTED))
    if not shift:
        return template
    count, unit = int(shift.group(1)), shift.group(2)
    if (found := SEASON.match(in_force)) and count > 0 and unit != "Y" and not template.startswith(WEEK):
        return from_season(int(found.group(1)), found.group(2), count, unit, template)
    if (value := calendar.shifted(in_force, count, unit)) is not None:
        if template.startswith(WEEK):  # `на прошлой неделе`: the week of the day a week before (`-WE`: its weekend)
            week = calendar.week(value)
            return week + template[len(WEEK):] if week else template
        if unit == "Y" and template.startswith(UNKNOWN_YEAR):  # `в марте следующего года`: the month kept
            return value[:4] + template[4:]
        return value
    if count == 0 and ABSOLUTE.match(in_force):  # `в ту же ночь` in a month: its known part, the rest X
        if template == WEEK:  # `в середине недели` in a year: the year, the week unknown
            return in_force[:4] + WEEK[4:]
        known = in_force[:PRECISION[unit]] if not in_force[5:6].isalpha() else in_force[:4]
        return known + TEMPLATES[unit][len(known):]
    return template


PARTIAL = re.compile(r"^XXXX-\d{2}(?:-\d{2})?$")  # a month or a day the text tells without its year
LEAP_AND_COMMON = (2000, 2001)  # a day without a year is counted in both: kept only where they agree


def from_partial(template: str, need: str, partial: str) -> str | None:
    """A date counted from the last month or day told without a year (`5 октября` ... `в тот же
    день`, `на другой день`, `16-го`), with no absolute date told after it (GUIDELINES 9.26, the
    later reading of 9.13): the month and day the text makes certain, the year `XXXX`. A count of
    days or weeks from a day keeps the day when a leap year and a common year give the same
    (`28 февраля` ... `на другой день` is open); from a month only the same day's month is certain
    (`в ту же ночь` → `XXXX-09-XX`); `16-го` takes the month. Counts of months or years, and
    anything from a month but the same day, keep the template; None: not a count of days, weeks
    or a day of the month (`того же года` is counted from the date in force, as before)."""
    if need == MONTH_NEED:
        return partial[:7] + template[7:]
    if (counts := few_counts(need)) is not None:
        values = [from_partial(template, count, partial) for count in counts]
        return None if None in values else alike(template, values)
    shift = SHIFT.match(need)
    if not shift or shift.group(2) not in ("D", "W") or template.startswith(WEEK):
        return None  # a week (`на прошлой неделе`, `в середине недели`) needs its year to be numbered
    count, unit = int(shift.group(1)), shift.group(2)
    if not day_grain(partial):
        return partial + "-XX" if count == 0 else template
    days = {calendar.shifted(f"{year:04d}{partial[4:]}", count, unit) for year in LEAP_AND_COMMON}
    if None in days or len({day[4:] for day in days}) != 1:
        return template
    return UNKNOWN_YEAR + days.pop()[4:]


def few_counts(need: str) -> list[str] | None:
    """Each count of an indefinite count as a need of its own (`-2~9D` → `-2D`, `-3D`, ... `-9D`:
    `несколько дней назад`); None when `need` is no indefinite count."""
    if (few := SHIFTS.match(need)) is None:
        return None
    sign, least, most, unit = few.groups()
    return [f"{sign}{count}{unit}" for count in range(int(least), int(most) + 1)]


def alike(template: str, values: list[str]) -> str:
    """What the values of an indefinite count (`несколько дней тому назад`, each count from the
    least to the most) give alike, the rest `X` (GUIDELINES 8.5: a count at a finer grain than
    what is certain keeps the known part): the month when all are days of one month
    (`XXXX-08-XX`), else the template."""
    if any(not DAY_VALUE.match(value) for value in values):
        return template
    months = {value[:7] for value in values}
    return months.pop() + "-XX" if len(months) == 1 else template


DAY_VALUE = re.compile(r"^(?:\d{4}|XXXX)-\d{2}-\d{2}$")
SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}  # winter straddles a new year: left unknown


def from_season(year: int, season: str, count: int, unit: str, template: str) -> str:
    """A count of months, weeks or days forward from a season in force (`осенью 1906 года` …
    `через месяц`): the year when every month it can land in is of one year (`через месяц` →
    `1906-XX`, `через неделю` → `1906-XX-XX`), else the template; a winter (December to
    February) keeps it. A count of years gives the year, at its unit's grain (`через год` →
    `1907`, as before)."""
    if season not in SEASON_MONTHS:
        return template
    first, last = SEASON_MONTHS[season]
    days = count * {"D": 1, "W": 7}.get(unit, 0)
    low, high = (first + count, last + count) if unit == "M" else (first + days // 31, last + -(-days // 28))
    if (low - 1) // 12 != (high - 1) // 12:
        return template
    return f"{year + (low - 1) // 12:04d}{TEMPLATES[unit][4:]}"


def written_year(template: str, written: str, heading: bool, verb_tense: str | None) -> str:
    """The year of a date without one that a dated text (a diary's entry, a letter, a dispatch)
    gives on the day of writing `written` (GUIDELINES 9.11): the year of writing, but the year
    before for a day later in the year told in the past (`Под Рождество она хворала` written in
    April) and the year after for a day earlier in the year told in the future (`в январе
    вернётся` written in June); an entry's heading earlier in the year than the last heading
    is of the next year (a diary goes forward: `28 декабря 1890 г.` ... `2 января`)."""
    if not template.startswith(UNKNOWN_YEAR):
        return template
    year = int(written[:4])
    value = f"{year:04d}{template[4:]}"
    day = movable(value)[0]  # a feast counted from Easter: its day that year
    known = day[:10] if DAY_OF_MONTH.match(day) else None
    if known is None:
        return value
    step = 0
    if known < written[:len(known)] and (heading or verb_tense == FUTURE):
        step = 1
    elif known > written[:len(known)] and verb_tense == PAST and not heading:
        step = -1
    return f"{year + step:04d}{template[4:]}"


PAST, FUTURE = "Past", "Fut"


def tense(span: Span) -> str | None:
    """The tense of the verb a date hangs on (`Past`, `Fut`, or None: no verb, or the present)."""
    word = span.root
    while True:  # up the tree to the first verb, or a word with a tensed copula (`были у Орловых`)
        for verb in (word, *(t for t in word.children if t.pos_ == "AUX")):
            # the dictionary's tense where it has one only (the tagger reads `постились` as present)
            if verb.pos_ in ("VERB", "AUX") and (found := dictionary_tense(verb.lower_) or verb.morph.get("Tense")):
                return found[0] if found[0] in (PAST, FUTURE) else None
        if word.pos_ in ("VERB", "AUX") or word.head.i == word.i:
            return None
        word = word.head


PERFECTIVE = "Perf"


def perfective(span: Span) -> bool:
    """Whether the verb a date hangs on is perfective (`12 марта он приехал`): an event that the
    next one told in the past follows (GUIDELINES 9.26), not a state that frames it (`12 марта мы
    жили в Твери`, `был`). No verb: False."""
    word = span.root
    while True:
        if word.pos_ == "VERB":
            return PERFECTIVE in word.morph.get("Aspect")
        if word.head.i == word.i:
            return False
        word = word.head


@lru_cache(maxsize=4096)
def dictionary_tense(word: str) -> list[str]:
    """The tense pymorphy3 gives every finite reading of a verb (`постились`: past), as a UD
    value in a list; empty when its readings disagree or it has none."""
    from letopis.morphosyntax.lemma import parses
    found = {"past": PAST, "futr": FUTURE, "pres": "Pres"}
    tenses = {found[r.tag.tense] for r in parses(word) if r.tag.POS == "VERB" and r.tag.tense in found}
    return list(tenses) if len(tenses) == 1 else []


def movable(value: str) -> tuple[str, str | None]:
    """A feast counted from Easter (`1861-E+49`, Троица) as a Julian day, and a period of the
    church year (`1861-E-55/E-49`, Масленица) as its first day and its first/last day (range);
    without a year, `XXXX`."""
    found = EASTER.match(value)
    if not found:
        return value, None
    if found.group(1) == UNKNOWN_YEAR:
        return UNKNOWN_YEAR, None
    year = int(found.group(1))
    first = calendar.from_easter(year, int(found.group(2)))
    if found.group(3) is None:
        return first, None
    return first, f"{first}/{calendar.from_easter(year, int(found.group(3)))}"


def earlier_month(template: str, in_force: str) -> bool:
    """`в марте` after `в декабре 1861 года`: the next year in a chronicle, the same in a
    flashback; the text does not say which, so the year stays `XXXX`."""
    month, force = MONTH.match(template[4:]), MONTH.match(in_force[4:])
    return bool(month and force) and month.group(1) < force.group(1)


@dataclass
class Narrative:
    """The date in force while a text is read in order; the date of writing that an entry's
    heading gives (`written`: a diary's `12 марта 1903 г.` on a line of its own); `aside`, the
    bounds and date of the aside being read (`(Ещё в 1762 году он ...)`), which dates only its
    own clause."""
    value: str | None = None
    written: str | None = None
    aside: tuple[int, int, str] | None = None
    julian: bool = False  # the day of writing is in the Julian calendar (`ст. ст.`, or before 1918)
    of_writing: bool = False  # the date in force is counted from the day of writing (`на прошлой неделе`)
    diary: bool = False  # the day of writing is a diary's entry's (`headings`), not a letter's dateline
    value_julian: bool = False  # the date in force is a Julian day (`ст. ст.`, or before 1918)
    partial: str | None = None  # the last month or day told without a year after the date in force (`5 октября`)
    value_event: bool = False  # the date in force dates an event (`12 марта приехал`), not a state (`жили`)
    written_partial: str | None = None  # the day of writing of a dateline without its year (`Москва, 5 мая.`)
    short_year: tuple[int, str] | None = None  # a year told without its century (`XX48`): its paragraph, its digits
    counted_day: str | None = None  # the last day counted in days from the narration (`на другой день`): the next count's

    def of_short_year(self, span: Span, need: str | None) -> str | None:
        """A count of years (`того года`, `весной того же года`, `на другой год`) left without a
        year, after a year told without its century in the same paragraph (`в сорок восьмом
        году ... С того года`, in speech too): that year counted, the century kept unknown
        (`XX48`, GUIDELINES 9.30). None: nothing to count from."""
        shift = SHIFT.match(need or "")
        value = span._.value or ""
        if shift is None or shift.group(2) != "Y" or not value.startswith(UNKNOWN_YEAR) or self.short_year is None:
            return None
        paragraph, year = self.short_year
        if paragraph_start(span) != paragraph:
            return None
        counted_year = int(year) + int(shift.group(1))
        return f"XX{counted_year:02d}{value[4:]}" if 0 <= counted_year <= 99 else None

    def chained(self, span: Span, template: str, need: str | None, own: str | None) -> str | None:
        """A count of days after another count of days in the narration counts from the day that
        one gave (`12 марта приехал. На другой день ... а через два дня уехал` → the 15th; `На
        другой день ... до следующего утра`): the last day told, written or counted, is the
        reference, as in HeidelTime's narrative mode (GUIDELINES 9.30). The day counted is kept
        for the next count; a written date (`15 марта`) replaces it. None: no chain."""
        if own is not None or in_speech(span.root) or reported(span) or not day_count(need, template) \
                or span._.anchor[0].startswith(REPORTED):
            return None  # `вчера`, `третьего дня` count from the moment of speaking or writing, not a chain
        value = None
        if self.counted_day is not None:
            if self.counted_day[:4].isdigit():
                value = complete(template, need, self.counted_day)
            else:
                value = from_partial(template, need, self.counted_day)
        result = value if value is not None else span._.value
        if result and day_grain(result) and (result[:4].isdigit() or PARTIAL.match(result)):
            self.counted_day = result
        return value

    def reset(self) -> None:
        """A chapter boundary: what the text said before no longer fixes a date."""
        self.value = None
        self.partial = None
        self.counted_day = None
        self.short_year = None
        self.written_partial = None
        self.written = None
        self.aside = None
        self.of_writing = False
        self.diary = False

    def read(self, span: Span, heading: bool = False, beside: bool = False, diary: bool = False) -> None:
        """Completes the date `span` if it is partial, then lets it become the date in force
        unless it is counted from it (`через неделю`): what the text writes moves the narrative,
        a count does not, so an error of one count cannot spread. A date of the moment of
        writing (`вчера`) in the narrator's voice is counted from the entry's heading, if one
        is in force; with none it stays unanchored."""
        bounds = aside(span)
        own = self.aside[2] if self.aside and bounds == self.aside[:2] else None
        force = own or self.value  # in an aside, its own date first
        writer = self.written is not None and not own and not in_speech(span.root) and not reported(span)
        if span._.anchor is not None and span._.anchor[0] == DAYPART_NEED:
            span._.value = span._.anchor[1]
            if writer and self.diary and not beside and self.value == self.written:
                span._.value = self.written + span._.anchor[1][len("XXXX-XX-XX"):]  # `1912-03-14TMO`
            elif diary and self.written is None and self.written_partial is not None and not own \
                    and self.partial == self.written_partial and not beside and not in_speech(span.root) \
                    and not reported(span):  # an entry headed `5 марта.` without its year: `XXXX-03-05TEV`
                span._.value = self.written_partial + span._.anchor[1][len("XXXX-XX-XX"):]
            return
        if span._.anchor is not None and span._.anchor[0] == WEEKDAY_NEED:
            template = span._.anchor[1]
            span._.value = template
            day, side = int(WEEKDAY.match(template).group(1)), weekday_side(span)
            if writer and not beside and (self.value is None or self.value == self.written or self.of_writing):
                # no narrated date in force (`В 1861 году …`): the week of writing
                span._.value = calendar.weekday_near(self.written, day, tense(span), self.julian, side)
            elif not beside and force is not None and day_grain(force) and force[:4].isdigit() \
                    and not in_speech(span.root):
                # a narrated day in force (`12 марта 1912 г. … в понедельник его арестовали`): the
                # nearest such day before it told in the past, after it in the future (HeidelTime)
                julian = self.value_julian if force == self.value else int(force[:4]) < calendar.GREGORIAN_IN_RUSSIA
                told = tense(span)
                if not side and told == PAST and force == self.value and self.value_event and perfective(span) \
                        and not reported(span):
                    side = "+"  # `12 марта приехал. В среду уехал.`: events told in turn, the narration moves on
                span._.value = calendar.weekday_near(force, day, told, julian, side)
            return  # counted, as `через неделю` is: the narrative stays
        by_writing = False  # completed from the day of writing: no date in force (GUIDELINES 9.11)
        of_writing = heading  # counted from the day of writing: no narrated date
        if span._.anchor is not None:
            need, template, alt = span._.anchor
            if need.startswith(REPORTED) and not reported(span):
                if self.written is not None and not in_speech(span.root):
                    need, force = need.lstrip(REPORTED), self.written  # a diary: written that day
                    of_writing = True
                elif self.written_partial is not None and not in_speech(span.root):
                    # a dateline without its year (`Москва, 5 мая.`): `Вчера` → `XXXX-05-04`
                    need, force, partial_day = None, None, from_partial(template, need.lstrip(REPORTED),
                                                                        self.written_partial)
                    template = partial_day or template
                else:
                    need = None  # the moment of writing unknown, or direct speech: left open
            elif writer and need == YEAR and (heading or self.value == self.written or (
                    self.value is not None and not day_grain(self.value) and self.value[:4] == self.written[:4])):
                need, by_writing = None, not heading  # the year from the day of writing (`written_year`)
                template = written_year(template, self.written, heading, tense(span))
                alt = alt if alt is None else written_year(alt, self.written, heading, tense(span))
            elif writer and counted(span) and any(t.lemma_ in BACKWARD for t in span):
                force = self.written  # `два дня назад` in a dated entry: from the day of writing
            span._.value = complete(template, need, force)
            if self.partial is not None and own is None and need is not None and not in_speech(span.root) and (
                    value := from_partial(template, need, self.partial)) is not None:
                span._.value = value  # counted from a day told without a year after the date in force
            chained = self.chained(span, template, need, own)
            if chained is not None:
                span._.value = chained
            if (of_year := self.of_short_year(span, need)) is not None:
                span._.value = of_year
            if alt is not None:
                span._.alt_value = complete(alt, need, force)
            if EASTER.match(span._.value):
                span._.value, span._.range = movable(span._.value)
        if SHORT_YEAR_VALUE.match(span._.value or ""):
            self.short_year = (paragraph_start(span), span._.value[2:4])  # `в сорок восьмом году`
            if not counted(span) and not in_speech(span.root) and bounds is None:
                # a year told after a day told without its year (`6-го октября ... в 13-м году`): the
                # day's month no longer holds, so nothing is counted from it (`Через несколько дней`)
                self.partial, self.counted_day = None, None
        if by_writing or edition(span):
            return  # a year guessed by a tense (`В декабре был мороз.`) moves no narrative: no error spreads
        if self.written is not None and reported(span):
            return  # a dated text's report of what one said (`сообщил, что … в мае`) is not the writer's time
        if is_absolute(span._.value) and not counted(span) and not in_speech(span.root):
            if bounds is not None:
                self.aside = (*bounds, span._.value)  # dates its aside, not the narration after it
            else:
                self.value, self.partial, self.counted_day = span._.value, None, None
                self.value_event = perfective(span)
                self.value_julian = span._.calendar == JULIAN or (span._.calendar is None and int(
                    span._.value[:4]) < calendar.GREGORIAN_IN_RUSSIA)
                self.of_writing = of_writing
                if heading:  # a heading of a period (`Великим постом 1877 г.`) tells no day of writing
                    self.diary = diary
                    self.written = span._.value if day_grain(span._.value) and span._.range is None else None
                    self.julian = span._.calendar == JULIAN or (
                        span._.calendar is None and int(span._.value[:4]) < calendar.GREGORIAN_IN_RUSSIA)
        elif PARTIAL.match(span._.value or "") and not counted(span) and not in_speech(span.root) \
                and bounds is None and self.written is None and not heading:
            self.partial, self.counted_day = span._.value, None  # `5 октября` with no year: what `на другой день` counts from
        elif heading and PARTIAL.match(span._.value or "") and day_grain(span._.value) and self.written is None:
            self.written_partial = span._.value  # a dispatch's `5 мая.`: the day of writing, its year unknown
            if diary:  # a diary's entry headed without its year: its day is what the entry counts from
                self.partial, self.counted_day = span._.value, None


ASIDE_DASHES = ("—", "–", "-")
ASIDE_REACH = 1000  # characters searched for the brackets of an aside
FINITE = "Fin"
ASIDES = "letopis.asides"  # the doc_table of the asides of the dates of a Doc
CLAUSE_BREAKS = (",", ";", ":")  # marks that part clauses: none inside an aside between bare dashes


SHORT_YEAR_VALUE = re.compile(r"^XX\d{2}$")  # a year without its century (`в сорок восьмом году`)


def paragraph_start(span: Span) -> int:
    """Where the line of a span starts in its text: its paragraph."""
    return doc_text(span.doc).rfind("\n", 0, span.start_char) + 1


def day_count(need: str | None, template: str) -> bool:
    """A count of days or weeks to a day (`на другой день`, `через два дня`, `накануне`, `в тот
    же день`), not a week (`на прошлой неделе`) nor one from the moment of speaking."""
    shift = SHIFT.match(need or "") or SHIFTS.match(need or "")
    return shift is not None and shift.group(shift.lastindex) in ("D", "W") and not template.startswith(WEEK)


PAGE_WORDS = ("с", "стр")  # `1977, с. 132`: the page after the year of an edition
ROMAN_PAGE = re.compile(r"^[IVXLC]+$")


def edition_year(words: Sequence[str], i: int, end: int) -> bool:
    """Whether the bare year words[i:end] (the non-space words of a sentence) is the year of a
    bibliographic reference: after its place of publication and a comma (`М., 1955`, `СПб., 1859;`,
    `imprints.tsv`) or before its page (`1977, с. 132`, `1916, с. 48`). It dates the edition, no
    narration (GUIDELINES 9.51)."""
    def word(k: int) -> str:
        return words[k] if 0 <= k < len(words) else ""
    if word(i - 1) == ",":
        place = i - 3 if word(i - 2) == "." else i - 2
        if place >= 0 and word(place) in load_mapping("dates/imprints.tsv"):
            return True
    page = word(end + 3)
    return (word(end) == "," and word(end + 1).lower() in PAGE_WORDS and word(end + 2) == "."
            and (page[:1].isdecimal() or bool(ROMAN_PAGE.match(page))))


def edition(span: Span) -> bool:
    """Whether a date is a bare year of a bibliographic reference (`edition_year`)."""
    if not span.text.isdecimal():
        return False
    words = [t for t in span.sent if not t.is_space]
    starts = [k for k, t in enumerate(words) if t.i == span.start]
    return bool(starts) and edition_year([t.text for t in words], starts[0], starts[0] + len(span))


def aside(span: Span) -> tuple[int, int] | None:
    """The aside a date stands in, as character bounds, or None (GUIDELINES 9.10): a clause (a
    finite verb, `clause`) in brackets around it in its paragraph (`(Ещё в 1762 году он бывал
    там.)`) or between two dashes inside its sentence (`…, — в 1771 году он служил там, — …`).
    An aside's date dates its own clause only, not the narration after it. Worked out once per
    date of a Doc (`morphosyntax/memo.doc_table`): the narrative, the dates in force and the
    event extractor all ask it."""
    table = doc_table(span.doc, ASIDES)
    key = (span.start_char, span.end_char)
    if key not in table:
        bounds = bracketed(span) or dashed(span)
        table[key] = bounds if bounds is not None and clause(span.doc, *bounds) else None
    return table[key]


def clause(doc: Doc, start: int, end: int) -> bool:
    """Whether the characters hold a clause: a finite verb (`(в 1762 году он бывал там)`); a date
    alone in brackets (`роман «Мать» (1906)`, `(1769–1821)`) or between dashes (`тогда — в 1771
    году — он служил`) is an apposition that names the time of its own sentence."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.pos_ in ("VERB", "AUX") and FINITE in t.morph.get("VerbForm")
                                    for t in span)


def bracketed(span: Span) -> tuple[int, int] | None:
    text = doc_text(span.doc)
    depth, opening = 0, None
    for i in range(span.start_char - 1, max(-1, span.start_char - ASIDE_REACH), -1):
        char = text[i]
        if text[i:i + 2] == "\n\n":
            break  # a paragraph break
        if char == ")":
            depth += 1
        elif char == "(":
            if depth == 0:
                opening = i
                break
            depth -= 1
    if opening is None:
        return None
    depth = 0
    for i in range(span.end_char, min(len(text), span.end_char + ASIDE_REACH)):
        char = text[i]
        if text[i:i + 2] == "\n\n":
            return None
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                return opening, i + 1
            depth -= 1
    return None


def dashed(span: Span) -> tuple[int, int] | None:
    """The two dashes of its sentence around a date that set off an aside: the opening dash
    follows a comma (`приехал в Казань, — в 1765 году он служил там, — и поселился`), or no
    clause break (`CLAUSE_BREAKS`) stands between the dashes (`приехал в Казань — в 1765 году он
    служил там — и поселился`). A dash after a bare word with clause breaks after it is the dash
    of a copula or an ellipsis (`Брат — инженер, в 1910 году он переехал в Тверь, сестра —
    учительница`): no aside, the date dates the narration (GUIDELINES 9.10)."""
    sent = span.sent
    words = [t for t in sent if not t.is_space]
    dashes = [(k, t) for k, t in enumerate(words) if k > 0 and t.text in ASIDE_DASHES and t.whitespace_]
    before = [(k, t) for k, t in dashes if t.i < span.start]
    after = [(k, t) for k, t in dashes if t.i >= span.end]
    if not before or not after:
        return None
    (first, opening), (last, closing) = before[-1], after[0]
    after_comma = words[first - 1].text == ","
    if not after_comma and any(t.text in CLAUSE_BREAKS for t in words[first + 1:last - 1]):
        return None
    return opening.idx, closing.idx + len(closing)


def in_speech(token: Token) -> bool:
    """Whether a word is in direct speech: its sentence opens with a dash (`— Приду завтра, —
    сказал он`) or it stands inside quotes opened before it in its sentence (`«Сегодня уезжаю»`)."""
    sent = token.sent
    words = [t for t in sent if not t.is_space]
    if words and words[0].text in SPEECH_DASHES and speech_paragraph(words[0]):
        return True
    before = [t.text for t in sent if t.i < token.i]
    return before.count("«") > before.count("»") or before.count('"') % 2 == 1


def speech_paragraph(dash: Token) -> bool:
    """Whether a dash that opens a sentence opens speech: it opens its line, or its line opens
    with a dash (`— Приду. — И уеду.`: the dialogue goes on), or the narrator's words follow the
    speech after another dash. A dash after a sentence of a narrated paragraph with none of these
    is the narrator's (`выступил 9 августа. – 11-го прибыл полковник`, GUIDELINES 9.30)."""
    text = doc_text(dash.doc)  # `Doc.text` joins every token on each call
    line = text.rfind("\n", 0, dash.idx) + 1
    if text[line:dash.idx].strip() == "" or text[line:dash.idx].lstrip()[:1] in SPEECH_DASHES:
        return True
    # inside a paragraph: speech when the narrator's words follow it after a dash (`— Десять лет
    # не был! — сказал он.`), in its sentence or opening the next
    sent = dash.sent
    if any(t.text in SPEECH_DASHES for t in sent if t.i > dash.i):
        return True
    after = sent.end
    while after < len(dash.doc) and dash.doc[after].is_space and "\n" not in dash.doc[after].text:
        after += 1
    return after < len(dash.doc) and dash.doc[after].text in SPEECH_DASHES


def chapter_starts(doc: Doc) -> list[int]:
    """Character offsets where a chapter begins in `doc`: from a `chapters` span group, if a stage
    adds one, and those `TimeLinker` was given for the whole text."""
    given = doc.user_data.get(CHAPTER_STARTS, ())
    return sorted({span.start_char for span in doc.spans.get(CHAPTERS, [])} | set(given))


def beside_heading(doc: Doc, heads: set[int], span: Span) -> bool:
    """A date after a heading's date on its line (`7 октября 1889 г. Четверг.`): part of the heading."""
    if not heads:
        return False
    ordered = sorted(heads)
    k = bisect_right(ordered, span.start_char - 1) - 1  # the last heading before it: the only one on its line
    return k >= 0 and "\n" not in doc_text(doc)[ordered[k]:span.start_char]


def narrate(doc: Doc, narrative: Narrative) -> None:
    """Reads the dates of `doc` in order: every partial date completed, `narrative` carried on."""
    starts = chapter_starts(doc)
    entries = headings(doc)
    heads = entries or dateline(doc)  # a diary's entries, else a letter's date of writing
    spans = sorted(doc.spans.get(DATES, []), key=lambda s: (s.start_char, s.end_char))
    done = set()
    for k, span in enumerate(spans):
        while starts and starts[0] <= span.start_char:
            starts.pop(0)
            narrative.reset()
        if k in done:
            continue
        anchor = spans[k + 1] if k + 1 < len(spans) and counted_from_next(span, spans[k + 1]) else None
        if anchor is not None:  # `через месяц после Покрова`: the feast first, the count from it
            narrative.read(anchor, heading=anchor.start_char in heads, beside=beside_heading(doc, heads, anchor),
                           diary=bool(entries))
            done.add(k + 1)
            need, template, _ = span._.anchor  # unknown with no year to the anchor: `XXXX-XX`
            span._.value = complete(template, need, anchor._.value) if is_absolute(anchor._.value) else template
            continue
        narrative.read(span, heading=span.start_char in heads, beside=beside_heading(doc, heads, span),
                       diary=bool(entries))
    length = text_length(doc)
    if any(start <= length for start in starts):
        narrative.reset()


def counted_from_next(span: Span, after: Span) -> bool:
    """A count of time followed by a word that anchors it on the date after it (`через месяц
    после Покрова`, `через два дня после 5 марта`: `counted_from.tsv`): counted from that date,
    not from the date in force (HeidelTime's anchored duration)."""
    if span._.anchor is None or not (shift := SHIFT.match(span._.anchor[0])) or int(shift.group(1)) <= 0:
        return False
    between = [t for t in span.doc[span.end:after.start] if not t.is_space]
    return len(between) == 1 and between[0].lemma_ in lemmas("counted_from")


HEADING_WORDS = 12  # more words than a date, a weekday and a place is a sentence, not a heading
ENTRIES = 2  # a diary or a chronicle has entries; one dated line alone is a letter's dateline


def headings(doc: Doc) -> set[int]:
    """The start offsets of the dates that head an entry of a diary or a chronicle: the first
    date of a paragraph that holds nothing else but punctuation, a weekday, a name (a place's
    mostly, whatever the tagger calls it: `12 марта 1903 г.`, `3 июля. Пятница. Старогладковская.`,
    `Москва, 5 мая 1880 г.`), when the text has two such lines at least; not one after a line
    ending with a colon (`Мать писала мне:` opens a letter, and its dateline dates the letter
    only). The day such a heading gives is the date of the entry that follows (GUIDELINES 9.11)."""
    table = doc_table(doc, "headings")
    if "heads" not in table:
        table["heads"] = find_headings(doc)
    return table["heads"]


def find_headings(doc: Doc) -> set[int]:
    heads = {line.start for line in dated_lines(doc)}
    return heads if len(heads) >= ENTRIES else set()


class DatedLine(NamedTuple):
    start: int        # the start of its date
    first: bool       # the text's first paragraph with words
    placed: bool      # a place or another name beside the date (`Москва, 3 января 1905 г.`)
    greeting: bool    # the next paragraph is a salutation (`Дорогой брат!`)


SALUTATION_LINE = 6  # words at most in a letter's salutation line (`Глубокоуважаемый и дорогой мой Павел Андреевич!`)


def dateline(doc: Doc) -> set[int]:
    """The date of a letter's (or a dispatch's) dateline: the dated line (`dated_lines`) that is
    the first paragraph of the text with words and is a letter's, by a place beside the date
    (`Москва, 3 января 1905 г.`) or a salutation after it (`Дорогой брат!`); a chapter headed by a
    bare date is no letter. It gives the day of writing, from which the writer's `вчера`,
    `третьего дня` count, but dates none of the letter's events, which 8.4 alone dates
    (GUIDELINES 9.11). A bare date is a dateline too when the writer below it speaks from a day
    (`10 июня 1898 г.` above `Вчера приехала сестра.`: a diary of one entry, GUIDELINES 9.26)."""
    table = doc_table(doc, "headings")
    if "dateline" not in table:
        table["dateline"] = {line.start for line in dated_lines(doc)
                             if line.first and (line.placed or line.greeting or writes_from_a_day(doc, line.start))}
    return table["dateline"]


def writes_from_a_day(doc: Doc, start: int) -> bool:
    """Whether a date of the moment of writing (`вчера`, `сегодня`, `в прошлом году`:
    `deictic.tsv`) stands after `start` in the writer's own voice, neither in direct nor in
    reported speech: the text is written on a day."""
    return any(span.start_char > start and span._.anchor is not None and span._.anchor[0].startswith(REPORTED)
               and not in_speech(span.root) and not reported(span) for span in doc.spans.get(DATES, []))


def dated_lines(doc: Doc) -> list[DatedLine]:
    """Every line that holds a date and nothing else but punctuation, a weekday, a name; not one
    right after a line ending with a colon, which opens a quoted letter."""
    spans = sorted((s for s in doc.spans.get(DATES, []) if s._.anchor is None or s._.anchor[0] != DAYPART_NEED),
                   key=lambda s: s.start_char)  # a part of the day alone heads no entry (`Утром.`)
    if not spans:
        return []
    text = doc_text(doc)
    paragraphs = [(start, end) for start, end in paragraph_spans(text) if text[start:end].strip()]
    firsts = [start for start, _ in paragraphs]
    offsets = doc.to_array(IDX).tolist()
    weekdays = lemmas("weekdays")
    dated = {}  # paragraph → its first date
    for span in spans:
        dated.setdefault(bisect_right(firsts, span.start_char) - 1, span)
    lines = []
    for number, span in dated.items():
        start, end = paragraphs[number]
        if text[:start].rstrip().endswith(":"):
            continue  # a letter's dateline, after the words that introduce the letter
        words = [doc[i] for i in range(bisect_right(offsets, start - 1), bisect_right(offsets, end - 1))]
        inside = [t for t in words if not (t.is_punct or t.is_space)]
        if len(inside) > HEADING_WORDS:
            continue
        dated = [any(d.start <= t.i < d.end for d in spans) for t in inside]
        if all(in_date or t.ent_type_ or t.pos_ == PROPN or t.lemma_ in weekdays or styled(t)
               for t, in_date in zip(inside, dated)):
            named = any(not in_date and (t.ent_type_ or t.pos_ == PROPN) for t, in_date in zip(inside, dated))
            after = text[end:paragraphs[number + 1][1]].strip() if number + 1 < len(paragraphs) else ""
            greeting = after.endswith(("!", ",")) and len(after.split()) <= SALUTATION_LINE
            lines.append(DatedLine(span.start_char, number == 0, named, greeting))
    return lines


def styled(token: Token) -> bool:
    """A word of a calendar's name after a heading's date (`(ст. ст.)`, `н. ст.`, `по новому
    стилю`: `styles.tsv`), which leaves the line a heading."""
    return token.lemma_ in style_words() or token.text.lower() in style_words()


@lru_cache(maxsize=None)
def style_words() -> frozenset[str]:
    return frozenset(word for row in load_mapping("dates/styles.tsv") for word in row.split()) | {"по"}


@lru_cache(maxsize=None)
def lemmas(name: str) -> frozenset[str]:
    return frozenset(load_mapping(f"dates/{name}.tsv"))


REACH = 4  # words from a verb of saying to the `что` of its clause (`объявил ему, что`)


def reported(item: Span | Token) -> bool:
    """Whether a date or an event word is in reported speech: after a verb of saying
    (`speech.tsv`) and the `что`, `будто` (`marks.tsv`) that opens its clause, up to the end
    of the sentence (`объявил ему, что ... в прошлом году жил в Туле`), and not in direct
    speech. Read in order, not on the parse: a long sentence of reported clauses is where
    the parse is least sure."""
    token = item.root if isinstance(item, Span) else item
    return not in_speech(token) and report_start(token) is not None


def report_start(token: Token) -> int | None:
    """The index of the `что` that opens the reported speech `token` is in, if any."""
    marks, speech = lemmas("marks"), lemmas("speech")
    sent = token.sent
    for verb in sent:
        if verb.i >= token.i:
            return None
        if verb.lemma_ in speech:
            for mark in sent.doc[verb.i + 1:min(verb.i + 1 + REACH, token.i)]:
                if mark.lemma_ in marks:
                    return mark.i
    return None


def clause_of(span: Span) -> tuple[int, int]:
    """The reported clause a date belongs to, as token indices: from the date to the next `что`
    of its sentence (`что в прошлом году жил в Туле, где его поймали; что потом ...`) or the
    sentence end."""
    marks = lemmas("marks")
    end = next((t.i for t in span.sent if t.i >= span.end and t.lemma_ in marks), span.sent.end)
    return span.start, end


def day_grain(value: str) -> bool:
    return len(value) == len("XXXX-XX-XX")


def text_length(doc: Doc) -> int:
    """`len(doc.text)`, without spaCy rebuilding the text from a Token object per token."""
    if not len(doc):
        return 0
    last = doc[-1]
    return last.idx + len(last.text_with_ws)


def in_force(doc: Doc) -> Callable[[int], Span | None]:
    """For a character offset (an event's first character), the date in force for an event
    there: the last date with a known year that ends before it in the same chapter, outside
    direct speech, a counted date too (`Через неделю он вернулся. Мать встретила его` is a
    week later), with three limits (GUIDELINES 8.4):
    - a day (`3 марта`, `в ту же ночь`) holds only in its paragraph and until the narration
      moves on (`вскоре`, `потом`: `moves.tsv`; a duration of a day or more: `прожил там три дня`);
    - a date in reported speech (`объявил, что в прошлом году ...`) holds only in its own
      clause, and an event of reported speech takes no other date: the story told is of
      another time than the telling;
    - a date in an aside (`aside`: brackets, a clause between dashes) holds only inside it;
    - a chapter start ends every date, and so does a leap of years told in a later sentence than
      the date (an age that tells when, `Когда ему исполнилось десять лет`, `в десять лет`; a
      duration of years, `Три года он прожил в Казани`): the story is no longer in that year;
    and one exception: the day of an entry's heading (`headings`) holds through the entry, over
    its paragraphs and its `потом`, until the next date."""
    dates = sorted((s for s in doc.spans.get(DATES, []) if is_absolute(s._.value)
                    and not in_speech(s.root)), key=lambda s: s.end_char)
    ends = [s.end_char for s in dates]
    starts = chapter_starts(doc)
    paragraphs = [start for start, _ in paragraph_spans(doc_text(doc))][1:]
    moves = lemmas("moves")
    # the Doc's arrays, so that only the words asked about become Token objects
    rows = doc.to_array([IDX, LEMMA]).tolist() if len(doc) else []
    move_ids = {doc.vocab.strings[word] for word in moves}
    moved = sorted([idx for i, (idx, lemma) in enumerate(rows) if lemma in move_ids and not in_speech(doc[i])]
                   + [s.start_char for s in doc.spans.get(DATES, []) if DURATION.match(s._.value or "")])
    index = {idx: i for i, (idx, _) in enumerate(rows)}
    speech = {s.start_char for s in dates if reported(s)}
    heads = headings(doc)
    asides = {s.start_char: bounds for s in dates if (bounds := aside(s)) is not None}
    ages = [doc[index[offset]] for offset in doc.user_data.get(AGES, ()) if offset in index]
    leaps = sorted({t.idx for t in ages if narrated(t)} | {s.start_char for s in doc.spans.get(DATES, [])
                                                           if YEARS.match(s._.value or "") and narrated(s.root)
                                                           and told_past(s)})

    def between(offsets: list[int], start: int, end: int) -> bool:
        return bisect_right(offsets, end) > bisect_right(offsets, start)

    def at(offset: int) -> Span | None:
        token = doc[index[offset]] if offset in index else None
        told = token is not None and reported(token)
        for span in reversed(dates[:bisect_right(ends, offset)]):
            if between(starts, span.end_char - 1, offset):
                return None
            if span.start_char not in heads and between(leaps, span.sent.end_char - 1, offset):
                return None  # (a diary's day holds through its entry whatever it recalls)
            if span.start_char in asides:  # an aside's date: only inside that aside
                aside_start, aside_end = asides[span.start_char]
                if aside_start <= offset < aside_end:
                    return span
                continue
            if span.start_char in speech:
                if token is not None and clause_of(span)[0] <= token.i < clause_of(span)[1]:
                    return span
                continue  # another clause: the narration's date in force is an earlier one
            if told:
                return None
            if day_grain(span._.value) and span.start_char not in heads and (
                    between(paragraphs, span.end_char - 1, offset) or between(moved, span.end_char - 1, offset)):
                return None
            return span
        return None
    return at


def narrated(token: Token) -> bool:
    """In the narration's own voice: neither direct nor reported speech."""
    return not in_speech(token) and not reported(token)


def told_past(span: Span) -> bool:
    """A duration told of a finished stretch (`Три года он прожил в Казани`): the verb it hangs on
    is in the past, and no `уже` goes with it (`Уже два года я живу в Твери`, `жил там уже три
    года` tell how long a state has lasted, no leap)."""
    verb = span.root.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    near = [t for t in span.doc[max(span.sent.start, span.start - 2):span.end]] + list(verb.children)
    return (verb.pos_ in ("VERB", "AUX") and "Past" in verb.morph.get("Tense")
            and not any(t.lemma_ == "уже" for t in near))


def counted(span: Span) -> bool:
    return span._.anchor is not None and span._.anchor[0] not in (None, YEAR, CENTURY, MONTH_NEED, THOUSAND)


def thousand_unsaid(span: Span) -> bool:
    """A month's year in three figures that no year in force of 1700-1999 completed (`X945-FA`)."""
    return span._.anchor is not None and span._.anchor[0] == THOUSAND and not (span._.value or "")[:1].isdigit()


class TimeLinker:
    """Carries the date in force from one piece of a text to the next, and ends it where a
    chapter begins (`chapters`: offsets in the whole text)."""

    def __init__(self, chapters: Sequence[int] = ()) -> None:
        self.narrative = Narrative()
        self.chapters = sorted(chapters)

    def link(self, doc: Doc, offset: int = 0) -> None:
        end = offset + text_length(doc)
        inside = [start - offset for start in self.chapters if offset < start <= end]
        if inside:
            doc.user_data[CHAPTER_STARTS] = inside
            drop_inferred_across(doc, inside)
        narrate(doc, self.narrative)


def drop_inferred_across(doc: Doc, starts: Sequence[int]) -> None:
    """An inferred time from before a chapter start is not in force after it."""
    from letopis.labels import Argument
    for event in doc._.events or []:
        trigger = event["trigger"][0]
        args = [Argument.of(a) for a in event["args"]]
        kept = [a for a in args if not (a.inferred and any(a.end <= s <= trigger for s in starts))]
        if len(kept) < len(args):
            event["args"] = tuple(kept)
