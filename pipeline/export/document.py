"""One analysed text as the exporters see it: its text, its records, and its sentences.

Tokens stream to disk piece by piece and are not kept; what the whole-document exporters need
of them (the sentence spans and the count) is gathered on the way by `Outline`.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from letopis.export.nesting import text_blocks
from letopis.export.records import Record, Records
from letopis.text.paragraphs import paragraph_spans

EXTRA_LAYERS = ("mentions", "structure")  # kept whole, like entities, dates and events
BLOCK_TYPES = ("part", "chapter", "heading", "epigraph", "note", "front", "back")  # shown as paragraphs of their own


@dataclass
class Outline:
    tokens: int = 0
    sentences: list[tuple[int, int]] = field(default_factory=list)
    extra: Records = field(default_factory=Records)
    _sent: int = -1

    def add(self, piece: Records) -> None:
        for token in piece.tokens:
            if token["sent"] != self._sent:
                self._sent = token["sent"]
                self.sentences.append((token["start"], token["end"]))
            else:
                self.sentences[-1] = (self.sentences[-1][0], token["end"])
        self.tokens += len(piece.tokens)
        for layer in EXTRA_LAYERS:
            getattr(self.extra, layer).extend(getattr(piece, layer, None) or [])


def gather(pieces: Iterable[Records]) -> Records:
    """The whole-document layers of the pieces, tokens left out (when no JSON is written)."""
    kept = Records()
    for piece in pieces:
        kept.entities.extend(piece.entities)
        kept.dates.extend(piece.dates)
        kept.events.extend(piece.events)
    return kept


@dataclass
class Document:
    stem: str  # the output name without suffix, `/`-separated
    text: str
    records: Records
    tokens: int = 0
    sentences: list[tuple[int, int]] = field(default_factory=list)
    _entities: dict[str, Record] | None = field(default=None, repr=False, compare=False)
    _first_of_cluster: dict[str, Record] = field(default_factory=dict, repr=False, compare=False)

    def sentence_at(self, offset: int) -> int | None:
        """The number of the sentence holding `offset`, or None."""
        index = bisect.bisect_right(self.sentences, (offset, float("inf"))) - 1
        if index >= 0 and self.sentences[index][0] <= offset < self.sentences[index][1]:
            return index
        return None

    def sentence_text(self, offset: int) -> str:
        index = self.sentence_at(offset)
        return "" if index is None else self.text[slice(*self.sentences[index])]

    def structure(self, *types: str) -> Iterator[Record]:
        return (item for item in self.records.structure if not types or item.get("type") in types)

    def blocks(self) -> list[tuple[int, int]]:
        """The paragraphs the views show, without surrounding whitespace: the text's paragraphs,
        cut where a heading, a note or a division begins or ends inside one (a hard-wrapped
        text's paragraph can hold a heading line)."""
        cuts = sorted({offset for item in self.structure(*BLOCK_TYPES) for offset in (item["start"], item["end"])})
        spans = []
        for start, end in paragraph_spans(self.text):
            inside = cuts[bisect.bisect_right(cuts, start):bisect.bisect_left(cuts, end)]
            edges = [start, *inside, end]
            spans.extend(zip(edges, edges[1:]))
        return list(text_blocks(self.text, spans))

    def persons(self) -> Iterator[Record]:
        return (e for e in self.records.entities if e["type"] == "PER")

    def referent(self, arg: Record) -> Record | None:
        """The entity an event argument names: its `ref`, else the name a pronoun stands for
        (`coref`), else the first name of its person `cluster`."""
        if self._entities is None:
            self._entities = {e["id"]: e for e in self.records.entities}
            self._first_of_cluster = {}
            for entity in self.records.entities:
                if entity.get("cluster"):
                    self._first_of_cluster.setdefault(entity["cluster"], entity)
        for key in ("ref", "coref"):
            if arg.get(key) in self._entities:
                return self._entities[arg[key]]
        return self._first_of_cluster.get(arg.get("cluster"))
