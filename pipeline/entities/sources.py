"""Which layer gives which entity type: the NEREL-trained tagger, slovnet's NER, the rules.

`models/entities/sources.tsv` holds the choice made on NEREL dev; `only` replaces it by one set
of layers for every type (`letopis run --sources tagger`), which is how each layer is scored
alone.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from letopis.extensions import TAGGER
from letopis.resources import load_mapping

TAGGER_LAYER, SLOVNET, RULES = "tagger", "slovnet", "rules"
LAYERS = (TAGGER_LAYER, SLOVNET, RULES)
JOIN = "+"


def choice(only: str = "") -> dict[str, frozenset[str]]:
    """Entity type → the layers it is taken from; `only` (`tagger+rules`) for every type."""
    table = load_mapping("entities/sources.tsv")
    return {type: frozenset((only or layers).split(JOIN)) for type, layers in table.items()}


def allowed(span: Span, layer: str, sources: dict[str, frozenset[str]]) -> bool:
    return layer in sources.get(span.label_, frozenset())


def model_spans(doc: Doc, sources: dict[str, frozenset[str]]) -> list[Span]:
    """slovnet's entities and the tagger's, each of the types given to it. Where both give a
    type, slovnet wins where they overlap (`Толстому` and `Иван`, not `Толстому Иван`) and the
    tagger adds what slovnet missed."""
    slovnet = [ent for ent in doc.ents if allowed(ent, SLOVNET, sources)]
    tagger = [span for span in doc.spans.get(TAGGER, []) if allowed(span, TAGGER_LAYER, sources)]
    return slovnet + [span for span in tagger if not any(
        ent.label_ == span.label_ and ent.start < span.end and span.start < ent.end for ent in slovnet)]
