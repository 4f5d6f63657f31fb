"""slovnet NER (PER, LOC, ORG) on the pipeline's own tokens.

natasha runs slovnet on raw text with its own tokenization; here the model
reads the Doc's sentences directly, batched with other Docs, so every entity
lands exactly on spaCy tokens.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from letopis.morphosyntax.batching import BatchComponent, model_chunks, run_sorted
from letopis.morphosyntax.slovnet_exec import ner_tags
from letopis.morphosyntax.slovnet_models import ner_model
from letopis.words import no_break_between


def bio_spans(tokens: list[Token], tags: list[str]) -> list[tuple[int, int, str]]:
    """(first token index, last token index + 1, label) of every BIO chunk."""
    spans: list[tuple[int, int, str]] = []
    for token, tag in zip(tokens, tags):
        if tag == "O":  # most words (the test below would skip them too)
            continue
        prefix, _, label = tag.partition("-")
        if prefix == "I" and spans and spans[-1][2] == label and (
                spans[-1][1] == token.i or no_break_between(token.doc, spans[-1][1], token.i)):
            spans[-1] = (spans[-1][0], token.i + 1, label)
        elif prefix in ("B", "I"):
            spans.append((token.i, token.i + 1, label))
    return spans



class NERTagger(BatchComponent):
    def __init__(self) -> None:
        self.model = ner_model()

    def predict(self, words: list[list[str]]):
        return ner_tags([self.model], words)[0]

    def process(self, docs: list[Doc]) -> None:
        chunks = model_chunks(docs)
        found: dict[int, list[tuple[int, int, str]]] = {}
        predicted = run_sorted(self.predict, chunks)
        for tokens, tags in zip(chunks, predicted):
            found.setdefault(id(tokens[0].doc), []).extend(bio_spans(tokens, tags))
        for doc in docs:
            spans = found.get(id(doc), [])
            doc.ents = [Span(doc, start, end, label=label) for start, end, label in spans]


@Language.factory("letopis_ner", assigns=["doc.ents"])
def create_ner(nlp: Language, name: str) -> NERTagger:
    return NERTagger()
