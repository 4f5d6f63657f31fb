"""NAME.conllu: every sentence with its words' lemma, UPOS, features, head and relation.

MISC holds `SpaceAfter=No` where no whitespace follows the word in the text, the word's
character offsets (`TokenRange=start:end`, as some UD treebanks write them) and the entity BIO
tag (`Entity=B-PER`; of the outermost mention where names nest, dates tagged DATE).
`# text` is the sentence's text with each line-break character written as a space.
"""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator

from letopis.export.atomic import atomic_open
from letopis.export.records import Record, Records
from letopis.labels import DATE

EMPTY = "_"
ROOT = "root"


class ConlluWriter:
    """Takes the pieces of one text in order; heads are token indices in the whole text."""

    def __init__(self, file: IO[str], text: str, name: str) -> None:
        self.file, self.text, self.name = file, text, name
        self.sentences = 0
        self.tokens = 0  # words written so far: the index of the next sentence's first

    def add(self, piece: Records) -> None:
        tags = bio_tags(piece)
        sentence: list[Record] = []
        for token in piece.tokens:
            if sentence and token["sent"] != sentence[0]["sent"]:
                self.write_sentence(sentence, tags)
                sentence = []
            sentence.append(token)
        if sentence:
            self.write_sentence(sentence, tags)

    def write_sentence(self, tokens: list[Record], tags: dict[int, str]) -> None:
        self.sentences += 1
        start, end = tokens[0]["start"], tokens[-1]["end"]
        lines = [f"# newdoc id = {self.name}"] if self.sentences == 1 else []
        lines += [f"# sent_id = {self.name}-{self.sentences}",
                  "# text = " + one_line(self.text[start:end])]
        for number, token in enumerate(tokens, 1):
            head = 0 if token["head"] < 0 else token["head"] - self.tokens + 1
            if not 0 <= head <= len(tokens):
                head = 0  # a head outside the sentence cannot be written: a root
            lines.append("\t".join([
                str(number), field(token["text"]), field(token["lemma"]), token["pos"] or EMPTY,
                EMPTY, token["feats"] or EMPTY, str(head),
                ROOT if head == 0 else token["dep"] or "dep", EMPTY, misc(self.text, token, tags),
            ]))
        self.tokens += len(tokens)
        self.file.write("\n".join(lines) + "\n\n")


def misc(text: str, token: Record, tags: dict[int, str]) -> str:
    values = [f"TokenRange={token['start']}:{token['end']}"]
    if token["end"] < len(text) and not text[token["end"]].isspace():
        values.append("SpaceAfter=No")
    if token["start"] in tags:
        values.append(f"Entity={tags[token['start']]}")
    return "|".join(sorted(values))


def field(value: str) -> str:
    """A FORM or LEMMA: tabs and line breaks would break the line; an empty value is `_`."""
    return one_line(value).replace("\t", " ") or EMPTY


def one_line(text: str) -> str:
    return text.replace("\r", " ").replace("\n", " ")


def bio_tags(piece: Records) -> dict[int, str]:
    """The BIO tag of each token start covered by an outermost entity or date."""
    spans = sorted([(e["start"], e["end"], e["type"]) for e in piece.entities]
                   + [(d["start"], d["end"], DATE) for d in piece.dates],
                   key=lambda span: (span[0], -span[1]))
    outermost, reach = [], -1
    for start, end, label in spans:
        if start >= reach:
            outermost.append((start, end, label))
            reach = end
    tags: dict[int, str] = {}
    tokens = piece.tokens
    position = 0
    for start, end, label in outermost:
        while position < len(tokens) and tokens[position]["end"] <= start:
            position += 1
        inside = position
        while inside < len(tokens) and tokens[inside]["start"] < end:
            tags[tokens[inside]["start"]] = ("B-" if inside == position else "I-") + label
            inside += 1
    return tags


@contextmanager
def conllu_writer(path: Path, text: str, name: str) -> Iterator[ConlluWriter]:
    with atomic_open(path) as file:
        yield ConlluWriter(file, text, name)
