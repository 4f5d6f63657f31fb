"""`benchmarks/person_clusters.py`: the gold person clusters a prediction splits and the predicted
clusters that join gold ones, read from the evaluator's own alignment (`cluster_alignment`), so
that the lists and the B³ figures count the same mentions. A text of our own."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from letopis.evaluate.documents import Document
from letopis.evaluate.score import ClusterScores, cluster_alignment

TEXT = "Иван Орлов пришёл. Орлов сел. Пётр молчал, он устал."


def record(word: str, cluster: str | None, kind: str | None = None, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    found = {"start": start, "end": start + len(word), "text": word, "cluster": cluster}
    return found | ({"kind": kind} if kind else {"type": "PER"})


def document(names: list[dict], mentions: list[dict]) -> Document:
    return Document("t", TEXT, entities=names, mentions=mentions, has_tokens=False)


GOLD = document([record("Иван Орлов", "A"), record("Орлов", "A", nth=1), record("Пётр", "B")],
                [record("он", "B", "pronoun")])
# Орлов alone is a cluster of its own; Пётр's `он` went to Орлов
PRED = document([record("Иван Орлов", "C1"), record("Орлов", "C2", nth=1), record("Пётр", "C3")],
                [record("он", "C1", "pronoun")])


def script():
    path = Path(__file__).parent.parent / "benchmarks" / "person_clusters.py"
    spec = importlib.util.spec_from_file_location("person_clusters", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_alignment_is_the_scores():
    key = cluster_alignment(GOLD, PRED)
    assert [TEXT[s:e] for s, e in key] == ["Иван Орлов", "Орлов", "Пётр", "он"]
    assert key[(TEXT.index("он"), TEXT.index("он") + 2)] == ("B", "C1")
    scores = ClusterScores()
    scores.add(GOLD, PRED)
    assert scores.b3[2] == len(key)


def test_splits_and_merges_with_their_mentions():
    module = script()
    splits, merges = module.errors(GOLD, PRED, names_only=False)
    show = [module.show(GOLD, PRED, grouped) for _, grouped in splits]
    assert sorted(show) == ["Иван Орлов | Орлов", "Пётр | он/p"]
    # the first split: each of two mentions loses half of its cluster
    assert sorted(mass for mass, _ in splits) == [1.0, 1.0]
    assert [module.show(PRED, GOLD, grouped) for _, grouped in merges] == ["Иван Орлов | он/p"]


def test_names_alone():
    module = script()
    splits, merges = module.errors(GOLD, PRED, names_only=True)
    assert [module.show(GOLD, PRED, grouped) for _, grouped in splits] == ["Иван Орлов | Орлов"]
    assert merges == []


def test_a_mention_missing_on_the_other_side():
    module = script()
    pred = document([record("Иван Орлов", "C1"), record("Пётр", "C3")], [record("он", "C3", "pronoun")])
    splits, _ = module.errors(GOLD, pred, names_only=False)
    assert [module.show(GOLD, pred, grouped) for _, grouped in splits] == ["Иван Орлов | —: Орлов[∅]"]
