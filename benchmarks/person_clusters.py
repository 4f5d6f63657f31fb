"""Which person clusters split and which wrongly merge, per document, with the mention texts: the
errors behind the person B³ and MUC of `letopis evaluate`, read from the evaluator's own alignment
(`letopis.evaluate.score.cluster_alignment`), so the lists and the figures count the same mentions.

    letopis run gold/memoirs -o /tmp/dev --quiet
    python benchmarks/person_clusters.py gold/memoirs /tmp/dev            # names, pronouns, zeros
    python benchmarks/person_clusters.py gold/memoirs /tmp/dev --names    # the names alone

A gold cluster is *split* when its mentions lie in more than one predicted cluster (a mention the
prediction lacks, or holds in no cluster, is a part of its own: `—`); a predicted cluster *merges*
when its mentions belong to more than one gold cluster (a mention gold lacks or leaves unnamed is a
part of its own: `—`). Each part lists its mentions as `text` (name), `text/p` (pronoun), `text/z`
(unwritten subject, at its verb); a mention that is a name of another type on the other side says
so (`Бородино[LOC]`). `lost` is the B³ mass the error costs, in mentions: for a split, the recall
that the mentions of the gold cluster lose (a mention counts 1 − share of its cluster in its part);
for a merge, the precision lost likewise. `--names` keeps only the names, both sides: how the
clustering of names (`coref/names.py`) alone does.
"""
from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from letopis.evaluate.documents import Document, json_documents
from letopis.evaluate.score import cluster_alignment, span
from letopis.labels import PER

Span = tuple[int, int]


def describe(doc: Document, other: Document, at: Span) -> str:
    """The mention at `at` as `doc` has it (`text`, `text/p`, `text/z`); `[LOC]` when `other` reads
    a name of another type there, `[∅]` when `other` has no mention there at all."""
    kinds = {span(m): m.get("kind", "") for m in doc.mentions}
    text = doc.text[at[0]:at[1]]
    if at in kinds:
        text += "/" + (kinds[at][:1] or "?")
    types = {span(e): e["type"] for e in other.entities}
    if types.get(at, PER) != PER:
        text += f"[{types[at]}]"
    elif at not in types and at not in {span(m) for m in other.mentions}:
        text += "[∅]"
    return text


def parts(members: list[Span], owner: dict[Span, str]) -> dict[str, list[Span]]:
    """The members grouped by the cluster the other side gives them, in order of first mention;
    a singleton of the other side (`gold-…`, `pred-…`) under `—`, one group for all of them."""
    grouped: dict[str, list[Span]] = {}
    for at in members:
        cluster = owner[at]
        grouped.setdefault("—" if cluster.startswith(("gold-", "pred-")) else cluster, []).append(at)
    return grouped


def lost(members: list[Span], grouped: dict[str, list[Span]]) -> float:
    """The B³ mass (recall for a split, precision for a merge) that the members lose, in mentions:
    each loses the share of the cluster outside its part (a mention under `—` is a part alone)."""
    size = len(members)
    return sum(len(group) * (1 - (1 if key == "—" else len(group)) / size) for key, group in grouped.items())


def errors(gold: Document, pred: Document, names_only: bool) -> tuple[list[tuple], list[tuple]]:
    """(splits, merges) of one document: each (lost, the cluster's parts as lists of spans)."""
    key = cluster_alignment(gold, pred)
    if names_only:
        names = {span(e) for doc in (gold, pred) for e in doc.entities if e.get("type") == PER}
        key = {at: pair for at, pair in key.items() if at in names}
    by_gold: dict[str, list[Span]] = defaultdict(list)
    by_pred: dict[str, list[Span]] = defaultdict(list)
    for at, (g, p) in key.items():
        by_gold[g].append(at)
        by_pred[p].append(at)
    gold_of = {at: g for at, (g, _) in key.items()}
    pred_of = {at: p for at, (_, p) in key.items()}
    found = ([], [])
    for clusters, owner, out in ((by_gold, pred_of, found[0]), (by_pred, gold_of, found[1])):
        for cluster, members in clusters.items():
            grouped = parts(members, owner)
            if len(grouped) > 1:
                out.append((lost(members, grouped), grouped))
    return found


def show(doc: Document, other: Document, grouped: dict[str, list[Span]]) -> str:
    return " | ".join(("—: " if key == "—" else "") + ", ".join(describe(doc, other, at) for at in group)
                      for key, group in grouped.items())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path, help="a gold folder (or file) of the JSON contract")
    parser.add_argument("pred", type=Path, help="the output folder of `letopis run` on it")
    parser.add_argument("--names", action="store_true", help="the PER names alone, no pronouns or zeros")
    args = parser.parse_args()
    predicted = json_documents(args.pred)
    total = [0.0, 0.0]
    for name, gold in json_documents(args.gold).items():
        if not (gold.mentions and gold.annotates("mentions")):
            continue
        pred = predicted.get(name) or predicted.get(Path(name).name) or Document(name, gold.text)
        splits, merges = errors(gold, pred, args.names)
        print(f"## {name}: {len(splits)} split, {len(merges)} merged")
        for title, found, doc, other, at in (("split", splits, gold, pred, 0), ("merged", merges, pred, gold, 1)):
            for mass, grouped in sorted(found, key=lambda item: -item[0]):
                total[at] += mass
                print(f"- {title} ({mass:.1f}): {show(doc, other, grouped)}")
    print(f"\nlost recall {total[0]:.1f}, lost precision {total[1]:.1f} (mentions)")


if __name__ == "__main__":
    main()
