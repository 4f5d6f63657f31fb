"""NEREL brat files as sentences of the pipeline's own tokens with one BIO tag sequence per layer.

The text is cut by the pipeline's tokenizer (razdel within paragraphs), so what the tagger
learns lands on the tokens it will see; slovnet's NER runs on those tokens as in the pipeline, and
its tags are the tagger's second input. Each layer keeps the outermost mention of its labels:
a mention inside a longer one of the same layer is not tagged in that layer.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator, NamedTuple

from spacy.tokens import Doc, Token

from letopis.evaluate.nerel import read_brat
from letopis.tagger.layers import layers, slovnet_tag
from letopis.words import doc_sentences, model_word

OUTSIDE = "O"
Mention = tuple[int, int, str]  # start, end character offsets, NEREL label


class Sentence(NamedTuple):
    words: list[str]
    tags: dict[str, list[str]]  # layer → BIO tags
    slovnet: list[str]          # slovnet NER's BIO tag of every word (an input, `layers.slovnet_tag`)


def outermost(mentions: list[Mention]) -> list[Mention]:
    """The mentions no longer mention contains, longest first at a shared start."""
    ordered = sorted(set(mentions), key=lambda m: (m[0], -(m[1] - m[0])))
    kept: list[Mention] = []
    for mention in ordered:
        if kept and mention[0] < kept[-1][1]:
            continue
        kept.append(mention)
    return kept


def bio_tags(tokens: list[Token], mentions: list[Mention]) -> list[str]:
    """One tag a token: B- on the first token a mention overlaps, I- on the rest."""
    tags = [OUTSIDE] * len(tokens)
    for start, end, label in mentions:
        inside = [i for i, token in enumerate(tokens) if token.idx < end and start < token.idx + len(token)]
        for n, i in enumerate(inside):
            if tags[i] == OUTSIDE:
                tags[i] = ("B-" if n == 0 else "I-") + label
    return tags


def doc_sentences_tagged(doc: Doc, mentions: list[Mention]) -> Iterator[Sentence]:
    by_layer = {layer: outermost([m for m in mentions if m[2] in labels])
                for layer, labels in layers().items()}
    for tokens in doc_sentences([doc]):
        yield Sentence([model_word(t) for t in tokens],
                       {layer: bio_tags(tokens, found) for layer, found in by_layer.items()},
                       [slovnet_tag(t) for t in tokens])


def nerel_sentences(folder: Path) -> Iterator[Sentence]:
    """Every sentence of every NEREL document in the folder, in file order."""
    from letopis import load

    nlp = load(["letopis_ner"])  # slovnet's tags, the tagger's input, as the pipeline gives them
    labels = {label for found in layers().values() for label in found}
    for txt in sorted(folder.rglob("*.txt")):
        if not txt.with_suffix(".ann").exists():
            continue
        text, mentions, _ = read_brat(txt)
        found = [(m["start"], m["end"], m["label"]) for m in mentions.values() if m["label"] in labels]
        yield from doc_sentences_tagged(nlp(text), found)
