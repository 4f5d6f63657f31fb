"""Cluster ids that hold across the pieces of one long text.

Each piece is analysed on its own, so its clusters are numbered from C1 again. The linker
reads every piece's entities in text order through one `ClusterIndex` (`coref/names.py`), the
same rule the normalizer applies inside a piece, so a book's clusters do not depend on where
it was cut.
"""
from __future__ import annotations

from spacy.tokens import Doc

from letopis.coref.names import ClusterIndex, nominative_form
from letopis.extensions import ENTITIES


class ClusterLinker:
    def __init__(self) -> None:
        self.index = ClusterIndex()

    def link(self, doc: Doc) -> None:
        for ent in sorted(doc.spans.get(ENTITIES, doc.ents), key=lambda e: (e.start_char, -e.end_char)):
            ent._.cluster = self.index.assign(ent.label_, ent._.normal or ent.text, nominative_form(ent))
