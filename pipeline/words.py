"""What the models see of a token, and how a Doc is cut into model-sized sentences."""
from __future__ import annotations

from typing import Iterable, Iterator

from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

# Stress marks are written into words in Russian prose (ви´дении, вида́ть), soft hyphens (U+00AD)
# into words a typesetter may break (`Моск\u00adву`), and invisible zero-width spaces, word
# joiners and byte-order marks (U+200B, U+2060, U+FEFF) anywhere; models and dictionaries know
# the word without them. The Doc keeps them: offsets and `text` fields are the original characters.
STRESS_MARKS = str.maketrans("", "", "\u00b4\u0301\u0300\u00ad\u200b\u2060\ufeff")
STRESSES = "\u00b4\u0301\u0300"
# A no-break space (U+00A0, the narrow U+202F) is a space the typesetter kept from breaking a line:
# `Наполеон\u00a0Бонапарт`, `А.\u00a0С.\u00a0Пушкин` are one name as with a plain space.
NO_BREAK = "\u00a0\u202f"
MARKS = str.maketrans({**STRESS_MARKS, **{ord(c): " " for c in NO_BREAK}})


# The functions below run for most tokens in several stages: each string is worked out once per
# string-store hash (spaCy's lookup of a hash over 2⁶³, half of them, costs microseconds), in
# tables emptied when they reach `MEMO_SIZE` entries, so a long run's memory stays bounded.
MEMO_SIZE = 200_000
_LEMMAS: dict[int, str] = {}
_WORDS: dict[int, str] = {}
_FEATURES: dict[tuple[int, str], list[str]] = {}


def remember(table: dict, key, value):
    """Keep `value` under `key` in one of the tables above, emptying it when it is full."""
    if len(table) >= MEMO_SIZE:
        table.clear()
    table[key] = value
    return value


def lemma(token: Token) -> str:
    """The lemma as the tables of `models/` write it: lowercase, ё as е."""
    found = _LEMMAS.get(token.lemma)
    return found if found is not None else remember(_LEMMAS, token.lemma, token.lemma_.lower().replace("ё", "е"))


def lemma_of(key: int, strings: StringStore) -> str:
    """`lemma(token)` from the token's lemma hash (`token.lemma`, a Doc's `LEMMA` array) and its
    Doc's string store, for a pass over a Doc's arrays that makes no Token; the same table."""
    found = _LEMMAS.get(key)
    return found if found is not None else remember(_LEMMAS, key, strings[key].lower().replace("ё", "е"))


def unmarked(text: str) -> str:
    """`text` without its stress marks and soft hyphens, its no-break spaces plain ones (a string
    of marks alone kept as written)."""
    return text.translate(MARKS) or text


def stressed(token: Token) -> bool:
    """Whether the word is written with a stress mark (`что́`)."""
    return any(mark in token.text for mark in STRESSES)


def model_word(token: Token) -> str:
    """The token's text as models and dictionaries know it; the Doc keeps the original."""
    found = _WORDS.get(token.orth)
    return found if found is not None else remember(_WORDS, token.orth, unmarked(token.text))


def model_text(span: Span) -> str:
    """`span.text` with each token's `model_word`: a name's words as the dictionary knows them
    (`Ната́лья Петро́вна`: `Наталья Петровна`)."""
    words = [model_word(token) + token.whitespace_ for token in span]
    return "".join(words)[:-len(span[-1].whitespace_) or None] if words else ""


def no_break_between(doc: Doc, end: int, start: int) -> bool:
    """Whether the tokens `doc[end:start]` are one no-break space (`\u00a0`) before a word
    (`doc[start]` begins with a letter): the words are written together as with a plain space (no
    token between them). A dash or other sign after it is no word of a name (`М.\u00a0— Л.`)."""
    return start == end + 1 and len(doc[end].text) == 1 and doc[end].text in NO_BREAK \
        and doc[start].text[:1].isalpha()


def features(token: Token, name: str) -> list[str]:
    """`token.morph.get(name)` (`["Nom"]`, `[]`), worked out once per morphology and feature:
    spaCy parses the feature string on every call. The list is shared: do not change it."""
    key = (token.morph.key, name)
    found = _FEATURES.get(key)
    return found if found is not None else remember(_FEATURES, key, token.morph.get(name))


def sentence_words(sent: Span) -> list[Token]:
    """The tokens of a sentence that carry analysis (not whitespace)."""
    return [token for token in sent if not token.is_space]


def doc_sentences(docs: Iterable[Doc]) -> Iterator[list[Token]]:
    """Every non-empty sentence of every Doc, as token lists, so models see one long batch."""
    for doc in docs:
        for sent in doc.sents:
            tokens = sentence_words(sent)
            if tokens:
                yield tokens
