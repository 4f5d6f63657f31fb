"""What each tag and tree repair of `letopis.morphosyntax.repairs` does on UD_Russian-Taiga dev.

    python benchmarks/ud_repairs.py [--conllu ../shared/ud/ru_taiga-ud-dev.conllu] [--limit N]

The pipeline's morphology, lemma and syntax stages run on the sentence texts once per setting:
no repair; each tag repair alone; both tag repairs; both tag repairs and each tree repair (a tree
repair works on the verbs the tag repairs make); all. For each repair it prints the gold tokens
(those whose span the tokenizer reproduced) whose UPOS, lemma, head or relation the repair
changed, and how many of those went from wrong to right and from right to wrong against the gold;
then the overall accuracies with no repair and with all.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ud import CONLLU, pipeline_tokens, read_conllu, score  # noqa: E402

from letopis.evaluate.score import plain_lemma  # noqa: E402
from letopis.morphosyntax import repairs  # noqa: E402

TAGS = [f.__name__ for f in repairs.TAG_REPAIRS]
TREES = [f.__name__ for f in repairs.TREE_REPAIRS]
ALL = TAGS + TREES


def judged(gold, pred) -> list[dict[tuple[int, int], tuple]]:
    """Per sentence, {gold token index: (pos, lemma, head, rel) right-or-wrong flags and values}."""
    out = []
    for g_sent, p_sent in zip(gold, pred):
        by_span = {(t["start"], t["end"]): n for n, t in enumerate(p_sent)}
        mapping = {n: by_span.get((t["start"], t["end"])) for n, t in enumerate(g_sent)}
        rows = {}
        for n, g in enumerate(g_sent):
            m = mapping[n]
            if m is None:
                continue
            p = p_sent[m]
            head_ok = (g["head"] == -1 and p["head"] == -1) or (g["head"] >= 0 and mapping.get(g["head"]) == p["head"])
            rel_ok = g["dep"] == (p["dep"] or "").split(":")[0]
            rows[n] = {"upos": (p["pos"], g["pos"] == p["pos"]),
                       "lemma": (p["lemma"], plain_lemma(g["lemma"]) == plain_lemma(p["lemma"])),
                       "head": (p["head"], head_ok), "label": ((p["head"], p["dep"]), head_ok and rel_ok)}
        out.append(rows)
    return out


def compare(before, after) -> dict[str, tuple[int, int, int]]:
    """(tokens changed, wrong → right, right → wrong) per figure."""
    counts = {key: [0, 0, 0] for key in ("upos", "lemma", "head", "label")}
    for b_sent, a_sent in zip(before, after):
        for n, b in b_sent.items():
            a = a_sent.get(n)
            if a is None:
                continue
            for key in counts:
                if a[key][0] != b[key][0]:
                    counts[key][0] += 1
                    counts[key][1] += (not b[key][1]) and a[key][1]
                    counts[key][2] += b[key][1] and not a[key][1]
    return {key: tuple(value) for key, value in counts.items()}


def run(texts, gold, skip: set[str]):
    repairs.SKIP.clear()
    repairs.SKIP.update(skip)
    pred = pipeline_tokens(texts)
    return judged(gold, pred), score(gold, pred)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--conllu", type=Path, default=CONLLU)
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    sentences = read_conllu(args.conllu, args.limit)
    texts, gold = [text for text, _ in sentences], [tokens for _, tokens in sentences]
    none, none_score = run(texts, gold, set(ALL))
    tags, _ = run(texts, gold, set(TREES))
    print(f"UD_Russian-Taiga dev, {len(texts)} sentences, {sum(map(len, gold))} tokens\n")
    print("| repair | against | figure | changed | wrong → right | right → wrong |\n| --- | --- | --- | ---: | ---: | ---: |")
    settings = [(name, "no repair", none, set(ALL) - {name}) for name in TAGS]
    settings += [(name, "tag repairs", tags, set(TREES) - {name}) for name in TREES]
    for name, against, base, skip in settings:
        after, _ = run(texts, gold, skip)
        for key, (changed, better, worse) in compare(base, after).items():
            print(f"| {name} | {against} | {key} | {changed} | {better} | {worse} |")
    final, all_score = run(texts, gold, set())
    for key, (changed, better, worse) in compare(none, final).items():
        print(f"| all | no repair | {key} | {changed} | {better} | {worse} |")
    print("\n| figure | no repair | all repairs |\n| --- | ---: | ---: |")
    for key in none_score:
        print(f"| {key} | {none_score[key]:.4f} | {all_score[key]:.4f} |")
    repairs.SKIP.clear()


if __name__ == "__main__":
    main()
