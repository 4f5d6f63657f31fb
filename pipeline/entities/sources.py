"""Which layer gives which entity type: the NEREL-trained tagger, slovnet's NER, the rules.

`models/entities/sources.tsv` holds the choice made on NEREL dev; `only` replaces it by one set
of layers for every type (`letopis run --sources tagger`), which is how each layer is scored
alone.
"""
from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate

from spacy.tokens import Doc, Span

from letopis.extensions import TAGGER
from letopis.resources import load_mapping

TAGGER_LAYER, SLOVNET, RULES = "tagger", "slovnet", "rules"
LAYERS = (TAGGER_LAYER, SLOVNET, RULES)
JOIN = "+"


def choice(only: str = "") -> dict[str, tuple[str, ...]]:
    """Entity type → the layers it is taken from, in the table's order; `only` (`tagger+rules`)
    for every type."""
    table = load_mapping("entities/sources.tsv")
    return {type: tuple((only or layers).split(JOIN)) for type, layers in table.items()}


def allowed(span: Span, layer: str, sources: dict[str, tuple[str, ...]]) -> bool:
    return layer in sources.get(span.label_, ())


def first(label: str, layer: str, other: str, sources: dict[str, tuple[str, ...]]) -> bool:
    """`layer` comes before `other` among the layers of the type."""
    order = sources.get(label, ())
    return layer in order and (other not in order or order.index(layer) < order.index(other))


def model_spans(doc: Doc, sources: dict[str, tuple[str, ...]]) -> list[Span]:
    """slovnet's entities and the tagger's, each of the types given to it. Where both give a
    type, the layer named first in `sources.tsv` wins where their spans overlap
    (`slovnet+tagger`: slovnet's `Толстому` and `Иван`, not the tagger's `Толстому Иван`) and
    the other adds what the first missed."""
    slovnet = [ent for ent in doc.ents if allowed(ent, SLOVNET, sources)]
    tagger = [span for span in doc.spans.get(TAGGER, []) if allowed(span, TAGGER_LAYER, sources)]
    unopposed_by_tagger, unopposed_by_slovnet = Overlaps(tagger).unopposed, Overlaps(slovnet).unopposed
    return ([ent for ent in slovnet if first(ent.label_, SLOVNET, TAGGER_LAYER, sources) or unopposed_by_tagger(ent)]
            + [span for span in tagger if first(span.label_, TAGGER_LAYER, SLOVNET, sources) or unopposed_by_slovnet(span)])


class Overlaps:
    """The spans of one layer by label, so whether a span overlaps one of them of its label is a
    binary search, not a pass over all of them (a book's piece has a thousand names a layer)."""

    def __init__(self, spans: list[Span]) -> None:
        extents: dict[str, list[tuple[int, int]]] = {}
        for span in spans:
            extents.setdefault(span.label_, []).append((span.start, span.end))
        self.starts: dict[str, list[int]] = {}
        self.reach: dict[str, list[int]] = {}  # the furthest end among the spans up to each
        for label, found in extents.items():
            found.sort()
            self.starts[label] = [start for start, _ in found]
            self.reach[label] = list(accumulate((end for _, end in found), max))

    def unopposed(self, span: Span) -> bool:
        """No span of the label overlaps it: none that starts before it ends ends after it starts."""
        starts = self.starts.get(span.label_)
        if not starts:
            return True
        before = bisect_left(starts, span.end)  # the spans that start before it ends
        return before == 0 or self.reach[span.label_][before - 1] <= span.start
