"""What the models see of a token, and how a Doc is cut into model-sized sentences."""
from __future__ import annotations

from typing import Iterable, Iterator

from spacy.tokens import Doc, Span, Token

# Stress marks are written into words in Russian prose (ви´дении, вида́ть);
# models and dictionaries know the word without them.
STRESS_MARKS = str.maketrans("", "", "\u00b4\u0301\u0300")


def lemma(token: Token) -> str:
    """The lemma as the tables of `models/` write it: lowercase, ё as е."""
    return token.lemma_.lower().replace("ё", "е")


def model_word(token: Token) -> str:
    """The token's text as models and dictionaries know it; the Doc keeps the original."""
    return token.text.translate(STRESS_MARKS)


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
