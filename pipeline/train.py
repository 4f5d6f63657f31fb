"""Learn which lemmas name events from NEREL's hand-annotated EVENT mentions.

The model is the simplest one that carries the corpus's judgement: for every lemma, how often
its tokens are the syntactic head of an EVENT mention of NEREL train (`выборы` in
`президентские выборы`). Lemmas that do so at least
`--threshold` of the time, over at least `--min-count` occurrences, become triggers besides the
lexicon's. Counting is deterministic, so `make train` rebuilds the table bit for bit.

    python -m pipeline.train ../shared/nerel/train -o models/events/learned.tsv
"""
from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from typing import Iterator

from spacy.tokens import Token

from .reader import read_text
from .ud import NOUN, VERB

TRIGGER_POS = {NOUN, VERB}
STAGES = ["letopis_morph", "letopis_lemma", "letopis_syntax"]


def event_spans(ann: Path) -> list[tuple[int, int]]:
    """(start, end) of every EVENT mention of a brat file, fragments joined."""
    spans = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) > 1 and fields[1].split(" ", 1)[0] == "EVENT":
            offsets = fields[1].split(" ", 1)[1].replace(";", " ").split()
            spans.append((int(offsets[0]), int(offsets[-1])))
    return spans


def documents(folder: Path) -> Iterator[tuple[str, list[tuple[int, int]]]]:
    for ann in sorted(folder.glob("*.ann")):
        yield read_text(ann.with_suffix(".txt")), event_spans(ann)


def count(folder: Path) -> tuple[Counter, Counter]:
    """Occurrences of each trigger-POS lemma, and how many head an EVENT mention."""
    from . import load

    nlp = load(STAGES)
    docs = list(documents(folder))
    inside, total = Counter(), Counter()
    for doc, (_, spans) in zip(nlp.pipe(text for text, _ in docs), docs):
        for token in doc:
            if token.pos_ not in TRIGGER_POS:
                continue
            lemma = token.lemma_.lower().replace("ё", "е")
            total[lemma] += 1
            if any(heads(token, a, b) for a, b in spans):
                inside[lemma] += 1
    return inside, total


def heads(token: Token, start: int, end: int) -> bool:
    """The token lies in [start, end) and its head does not."""
    def within(t: Token) -> bool:
        return start <= t.idx and t.idx + len(t) <= end
    return within(token) and (token.head.i == token.i or not within(token.head))


def table(inside: Counter, total: Counter, threshold: float, min_count: int) -> list[str]:
    rows = [f"{lemma}\t{inside[lemma]}\t{total[lemma]}" for lemma in sorted(total)
            if total[lemma] >= min_count and inside[lemma] / total[lemma] >= threshold]
    return ["lemma\tevents\ttotal",
            f"# lemmas heading NEREL EVENT mentions at least {threshold:.2f} of the time, "
            f"over at least {min_count} occurrences (python -m pipeline.train)", *rows]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m pipeline.train", description=__doc__.split("\n\n")[0])
    parser.add_argument("nerel", type=Path, help="NEREL train folder (NAME.txt + NAME.ann)")
    parser.add_argument("-o", "--output", type=Path, required=True, help="the table to write")
    parser.add_argument("--threshold", type=float, default=0.4, help="least share of occurrences heading an EVENT mention")
    parser.add_argument("--min-count", type=int, default=3, help="least occurrences in the corpus")
    args = parser.parse_args(argv)
    inside, total = count(args.nerel)
    lines = table(inside, total, args.threshold, args.min_count)
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 2} trigger lemmas → {args.output}")


if __name__ == "__main__":
    main()
