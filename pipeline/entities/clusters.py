"""Cluster ids that hold across the pieces of one long text.

Each piece is analysed on its own, so its clusters are numbered from C1
again; a cluster whose mentions share a normal form with an earlier
cluster of the same text joins it, any other gets the next free id.
"""
from __future__ import annotations

from spacy.tokens import Doc

from letopis.extensions import ENTITIES


class ClusterLinker:
    def __init__(self) -> None:
        self.by_normal: dict[tuple[str, str], str] = {}
        self.count = 0

    def link(self, doc: Doc) -> None:
        members: dict[str, list] = {}
        for ent in doc.spans.get(ENTITIES, doc.ents):
            if ent._.cluster is not None:
                members.setdefault(ent._.cluster, []).append(ent)
        for ents in members.values():
            keys = {(ent.label_, ent._.normal or ent.text) for ent in ents}
            known = [self.by_normal[key] for key in sorted(keys) if key in self.by_normal]  # not set order: hash seeds differ
            if known:
                cluster = known[0]
            else:
                self.count += 1
                cluster = f"C{self.count}"
            for key in keys:
                self.by_normal.setdefault(key, cluster)
            for ent in ents:
                ent._.cluster = cluster
