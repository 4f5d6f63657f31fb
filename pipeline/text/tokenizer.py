"""razdel sentences and tokens as a spaCy tokenizer, offsets kept exact.

spaCy rebuilds `doc.text` from words and trailing spaces, so any other gap
between razdel tokens (newlines, double spaces, tabs) becomes a whitespace
token of its own: `doc.text` is always the input string, character for character.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

import razdel
from razdel.segmenters.tokenize import ATOM, Atom, TokenSplit
from razdel.segmenters.tokenize import tokenize as razdel_tokenize
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from letopis.resources import load_mapping, load_table
from letopis.structure.patterns import markers
from letopis.text.line_ends import AS_GIVEN
from letopis.text.paragraphs import paragraph_spans
from letopis.text.reader import line_ends

STOPS = ".!?"
LOWER_WORD = re.compile(r"[а-яё]+(?:-[а-яё]+)*")  # a word of lower-case Cyrillic letters, `кое-где`
TITLE_WORD = re.compile(r"[А-ЯЁ][а-яё]{3,}(?:-[А-ЯЁа-яё][а-яё]+)*")  # `Орлову`, not `Ст`, `Вл`, `Дж`
# a capitalised Cyrillic word (`Вечером`, not `ВЦИК`), a one-letter word before a space (`В Твери`, not
# the initial `О.`), either after an opening quote (`«Нет»`)
CAPITALISED = re.compile(r"[«„\"]?(?:[А-ЯЁ][а-яё]|[А-ЯЁ](?=\s))")
NOT_PROSE = re.compile(r"[@/:\\]|www|\.(?:ру|рф)\b|[A-Za-z0-9]", re.IGNORECASE)  # URL, e-mail, code


@lru_cache(maxsize=None)
def abbreviations() -> frozenset[str]:
    """`models/text/abbreviations.tsv`: abbreviations of two letters or more before a name."""
    return frozenset(load_mapping("text/abbreviations.tsv"))


NAMES = ("Surn", "Patr", "Geox")  # pymorphy3's grammemes of a surname, patronymic, place name
FIRST_NAME = "Name"


@lru_cache(maxsize=4096)
def a_name(word: str) -> bool:
    """Whether pymorphy3 reads a capitalised word as a person's or a place's name: a surname,
    patronymic or place name (`Орлову`, `Петровичу`, `Твери`; its guesser too: `Ядринску`), or a
    first name its dictionary knows (`Ивану`); not a brand (`Яндекс` is `Orgn`), not a common
    noun. A first name only guessed is a shortened one when a first name of the dictionary begins
    with it (`Конст` → `Константин`, `Всев` → `Всеволод`: `shortened`), and is no name here."""
    from letopis.morphosyntax.lemma import analyzer, parses  # the dictionary, only at a glued stop
    lower = word.lower()
    readings = parses(lower)
    if any(p.is_known and FIRST_NAME in p.tag for p in readings):
        return True
    if not any(p.is_known for p in readings) and shortened(lower, analyzer()):
        return False
    return any(grammeme in p.tag for p in readings for grammeme in NAMES)


def capital_ends(word: str, following: str, opens: bool) -> bool:
    """Whether a capitalised word of four letters or more before a glued stop ends its sentence:
    a word that opens its sentence (`Уходи!Сейчас же`) as a lower-case word does, unless it is
    the first letters of a first name; a word inside its sentence when it is a name (`a_name`);
    neither when a first name stands before a surname (`signed`)."""
    if signed(word, following):
        return False
    if opens:
        from letopis.morphosyntax.lemma import analyzer, parses
        return any(p.is_known for p in parses(word.lower())) or not shortened(word.lower(), analyzer())
    return a_name(word)


def signed(word: str, following: str) -> bool:
    """A first name in the nominative glued by a stop to a surname in the nominative
    (`Влад.Орлов`, `Алекс.Смирнов`): a shortened first name before a surname, as in a signature,
    rather than a sentence ending on a bare name and the next opening on a bare surname."""
    from letopis.morphosyntax.lemma import parses
    return (any(FIRST_NAME in p.tag and "nomn" in p.tag for p in parses(word.lower()))
            and any(p.is_known and "Surn" in p.tag and "nomn" in p.tag for p in parses(following.lower())))


def shortened(word: str, morph) -> bool:
    """Whether a word unknown to the dictionary is the first letters of a first name it knows
    (`конст` of `константин`, `серг` of `сергей`): the shortened first names of a signature
    or a reference (`Конст.Орлов`), generated from pymorphy3's lexicon of first names."""
    return any(FIRST_NAME in p.tag and "nomn" in p.tag and p.normal_form.startswith(word)
               and len(p.normal_form) > len(word) for p in morph.iter_known_word_parses(prefix=word))


def razdel_tokens(text: str) -> list[tuple[int, int]]:
    """(start, stop) of every token of `razdel.tokenize(text)`, by razdel's own atoms and rules,
    with less work around them: razdel makes a split object with its neighbouring atoms at every
    gap between two atoms, and asks its rules only about the gaps with no space in them (a space
    always splits); here the split, and the atoms its rules read, are made only for those gaps,
    and the tokens' offsets are the atoms' (razdel finds each token's text again in the string:
    the same place, as only spaces lie between its tokens)."""
    matches = [(match.start(), match.end(), match.lastgroup, match.group()) for match in ATOM.finditer(text)]
    if not matches:
        return []
    atoms: dict[int, Atom] = {}  # razdel's Atom of a match, made when a rule is to read it

    def atom(i: int) -> Atom:
        found = atoms.get(i)
        if found is None:
            found = atoms[i] = Atom(*matches[i])
        return found

    window = razdel_tokenize.split.window
    tokens = []
    start, stop, _, buffer = matches[0]
    for index in range(1, len(matches)):
        a_start, a_stop, _, a_text = matches[index]
        if a_start == stop:  # no space between: razdel's rules decide
            split = TokenSplit([atom(i) for i in range(max(0, index - window), index)], "",
                               [atom(i) for i in range(index, min(len(matches), index + window))])
            split.buffer = buffer
            if razdel_tokenize.join(split):
                buffer += a_text
                stop = a_stop
                continue
        tokens.append((start, stop))
        start, stop, buffer = a_start, a_stop, a_text
    tokens.append((start, stop))
    return tokens


def razdel_spans(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, starts_sentence) of every razdel token, in order; a sentence never runs
    across a paragraph break (`paragraphs.py`), and a footnote marker is one token of its own."""
    marks = [(start, end) for start, end, _, _ in markers(text)]
    for start, end in paragraph_spans(text):
        tokens = []
        for sent in razdel.sentenize(text[start:end]):
            first = True
            at = start + sent.start
            for token_start, token_stop in razdel_tokens(sent.text):
                tokens.append((at + token_start, at + token_stop, first))
                first = False
        yield from with_markers(glued_stops(text, abbreviated(text, tokens)), [m for m in marks if start <= m[0] < end])


ROMAN = re.compile(r"[IVXLC]+")


@lru_cache(maxsize=None)
def date_abbreviations() -> frozenset[str]:
    """`models/dates/abbreviations.tsv`: a reference book's abbreviations before a date (`ок.`,
    `род.`, `ум.`, `нач.`)."""
    return frozenset(load_mapping("dates/abbreviations.tsv"))


@lru_cache(maxsize=None)
def worded_abbreviations() -> frozenset[str]:
    """The rows of `models/dates/abbreviations.tsv` that are also words (`род`, `кон`, `ум`)."""
    return frozenset(row[0] for row in load_table("dates/abbreviations.tsv") if row[3:4] == ("1",))


SETTING = ("(", ",", ";", "–", "—", "-")  # a reference book's setting before `род.`, `ум.` (`(род. 1898, Тамбов – ум. 1937`)
UNITS = frozenset({"г", "гг", "в", "вв"})  # a year's or century's abbreviated unit after the number (`кон. 1830-х гг.`)
DECADE = re.compile(r"\d+-[хx]")
ENDS = (".", "!", "?", "…")  # the stops that end the sentence before a capitalised `Род.`, `Ум.`


def reference_setting(text: str, tokens: list[tuple[int, int, bool]], k: int) -> bool:
    """The abbreviation at `k - 2` stands as a reference book writes it: after a bracket, a comma
    or a dash, or opening its line or, capitalised, its sentence, or before a date with its unit (`кон. XIX в.`, `кон. 1830-х
    гг.`, `род. 1812 г.`). Not the noun ending a sentence (`Это был старинный род. 1612 год…`,
    `поставлено на кон. 20 человек…`)."""
    w_start = tokens[k - 2][0]
    before = text[tokens[k - 3][0]:tokens[k - 3][1]] if k >= 3 else ""
    if k < 3 or before in SETTING or "\n" in text[tokens[k - 3][1]:w_start]:
        return True
    if before in ENDS and text[w_start].isupper():
        return True  # opening its sentence, capitalised: `... публицист. Род. 3 мая 1821 в Туле.`
    following = text[tokens[k][0]:tokens[k][1]]
    unit = text[tokens[k + 1][0]:tokens[k + 1][1]].lower() if k + 1 < len(tokens) else ""
    stop = text[tokens[k + 2][0]:tokens[k + 2][1]] if k + 2 < len(tokens) else ""
    return bool(ROMAN.fullmatch(following) or DECADE.fullmatch(following) or (unit in UNITS and stop == "."))


def abbreviated(text: str, tokens: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """No sentence begins after the stop of an abbreviation (`models/text/abbreviations.tsv`,
    `models/dates/abbreviations.tsv`) when a number, a Roman numeral or a lower-case word follows:
    `(род. 1898, Тамбов)`, `в кон. 1830-х гг.`, `в сер. XVIII в.`, `Калужской губ., в 1812`;
    razdel ends a sentence there when it does not know the abbreviation.
    The rows that are also words (`род`, `кон`, `ум`) keep their sentence only in a reference
    book's setting (`reference_setting`).
    Only sentence starts change: tokens and offsets stay as razdel gives them."""
    result = list(tokens)
    for k in range(2, len(result)):
        s_start, s_end, _ = result[k - 1]
        if s_end - s_start != 1 or text[s_start] != ".":
            continue  # (the cheap test first: a book has a stop in one token of ten)
        (w_start, w_end, _), (n_start, n_end, first) = result[k - 2], result[k]
        if not first or w_end != s_start:
            continue
        word, following = text[w_start:w_end].lower(), text[n_start:n_end]
        if word not in abbreviations() and word not in date_abbreviations():
            continue
        if word in worded_abbreviations() and word not in abbreviations() and not reference_setting(text, result, k):
            continue
        if following[:1].isdigit() or ROMAN.fullmatch(following) or following[:1].islower():
            result[k] = (n_start, n_end, False)
    return result


def glued_stops(text: str, tokens: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """A sentence also begins after a stop glued to both its neighbours (`пошли в Тверь.Вечером`,
    a space lost in the source), which razdel reads as one sentence: when the word before the
    stop is a Cyrillic word of two lower-case letters or more (`пошли домой.Вечером`), or a
    capitalised one of four letters or more that is a name (`a_name`: `к Орлову.Потом`, `в
    Тверь.Вечером`; not a brand, `Яндекс.Такси`), and no abbreviation of
    `models/text/abbreviations.tsv` (`тов.Петров`, `ул.Садовая`), and the word after it a
    capitalised Cyrillic word (`Вечером`, a one-letter `В` before a space, either after `«`).
    Initials and shortened first names (`А.С.Пушкин`, `Ст.Орлов`, `Дж.Смит`, `Конст.Орлов`), one-letter abbreviations (`г.Тверь`, `и т.д.`), numbers (`1.5`)
    and addresses (`почта@сайт.рф`, links) keep their sentence.
    The rows that are also words (`род`, `кон`, `ум`) keep their sentence only in a reference
    book's setting (`reference_setting`).
    Only sentence starts change: tokens and offsets stay as razdel gives them."""
    result = list(tokens)
    for k in range(1, len(result) - 1):
        (w_start, w_end, opens), (s_start, s_end, _), (n_start, n_end, first) = result[k - 1:k + 2]
        if first or w_end != s_start or s_end != n_start or text[s_start:s_end] not in STOPS:
            continue
        word, after = text[w_start:w_end], text[n_start:n_start + 3]
        lower = LOWER_WORD.fullmatch(word) and sum(c.isalpha() for c in word) >= 2
        named = TITLE_WORD.fullmatch(word) and capital_ends(word, text[n_start:n_end], opens)
        if not (lower or named) or word.lower() in abbreviations() or not CAPITALISED.match(after):
            continue
        left, right = w_start, n_end  # the run of characters with no space around the stop
        while left > 0 and not text[left - 1].isspace():
            left -= 1
        while right < len(text) and not text[right].isspace():
            right += 1
        if NOT_PROSE.search(text[left:w_start] + text[s_start:s_end] + text[n_end:right]):
            continue
        result[k + 1] = (n_start, n_end, True)
    return result


def with_markers(tokens: list[tuple[int, int, bool]], marks: list[tuple[int, int]]) -> Iterator[tuple[int, int, bool]]:
    """The tokens with each footnote marker made one token: `г.²` gives `г`, `.`, `²` and
    `[7]` one token instead of `[`, `7`, `]`."""
    if not marks:
        yield from tokens
        return
    pieces = []
    for start, end, first in tokens:
        position = start
        for mark_start, mark_end in marks:
            if mark_end <= position or mark_start >= end:
                continue
            if mark_start > position:
                pieces.append((position, mark_start, first))
                first = False
            if mark_start >= start:
                pieces.append((mark_start, mark_end, first))
                first = False
            position = mark_end
        if position < end:
            pieces.append((position, end, first))
    yield from pieces


class RazdelTokenizer:
    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        """A lone `\r` is read as `\n`, as the command line reads it; the Doc holds the string as
        given again after the last stage (`line_ends.py`)."""
        analysed = line_ends(text)
        doc = self.make(analysed)
        if analysed != text:
            doc.user_data[AS_GIVEN] = text
        return doc

    def make(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        starts: list[bool | None] = []
        position = 0
        for start, end, first in razdel_spans(text):
            if start > position:  # (a token glued to the one before has no gap to add)
                self._gap(text[position:start], words, spaces, starts)
            words.append(text[start:end])
            spaces.append(False)
            starts.append(first)
            position = end
        self._gap(text[position:], words, spaces, starts)
        return Doc(self.vocab, words=words, spaces=spaces, sent_starts=starts)

    @staticmethod
    def _gap(gap: str, words: list[str], spaces: list[bool], starts: list[bool | None]) -> None:
        if not gap:
            return
        if gap[0] == " " and words and not words[-1].isspace():
            spaces[-1] = True
            gap = gap[1:]
        if gap:
            words.append(gap)
            spaces.append(False)
            starts.append(len(words) == 1)  # the Doc's first token; not None: `Анна\n` has sentences too

    def pipe(self, texts, batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "RazdelTokenizer":
        return self

    def to_disk(self, path, **kwargs) -> None:
        pass

    def from_disk(self, path, **kwargs) -> "RazdelTokenizer":
        return self


@registry.tokenizers("letopis.RazdelTokenizer.v1")
def create_tokenizer():
    def make(nlp):
        return RazdelTokenizer(nlp.vocab)
    return make
