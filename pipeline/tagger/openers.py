"""Lowercase words that open an organisation's name in NEREL (`правительство Москвы`,
`пресс-служба МВД`, `сборная России`), learned from NEREL train: `python -m
letopis.tagger.openers ../shared/nerel/train -o models/entities/openers.tsv`.

The tagger now and then starts an organisation at a word before its name (`замначальника
штаба ВМС`, `войсками 1-й армии`, `с отличием окончил ... институт`); `entities/rules.py` cuts
such leading lowercase words off a tagger's ORG span unless the table lists the word. A word is
listed when it opens an ORGANIZATION mention in train at least `MIN_OPENS` times (its lemma,
pymorphy3's likeliest reading, as `opener_lemma` reads it at run time).
"""
from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from razdel import tokenize

from letopis.evaluate.nerel import read_brat
from letopis.entities.rules import lowercase_word, opener_lemma

LABEL = "ORGANIZATION"
MIN_OPENS = 2


def count(folder: Path) -> tuple[Counter, Counter]:
    """Every lowercase word's lemma: how often it is written, how often it opens a mention."""
    seen: Counter = Counter()
    opens: Counter = Counter()
    for txt in sorted(folder.rglob("*.txt")):
        if not txt.with_suffix(".ann").exists():
            continue
        text, mentions, _ = read_brat(txt)
        starts = {m["start"] for m in mentions.values() if m["label"] == LABEL}
        for token in tokenize(text):
            if not lowercase_word(token.text):
                continue
            lemma = opener_lemma(token.text)
            seen[lemma] += 1
            if token.start in starts:
                opens[lemma] += 1
    return seen, opens


def table(seen: Counter, opens: Counter) -> list[tuple[str, int, int]]:
    return sorted((lemma, n, seen[lemma]) for lemma, n in opens.items() if n >= MIN_OPENS)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m letopis.tagger.openers", description=__doc__.split("\n\n")[0])
    parser.add_argument("train", type=Path, help="NEREL train (brat .txt/.ann)")
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args(argv)
    rows = table(*count(args.train))
    lines = ["lemma\topens\toccurrences",
             "# Learned from NEREL train by `python -m letopis.tagger.openers` (tagger/openers.py): a lowercase",
             f"# word that opens an ORGANIZATION mention at least {MIN_OPENS} times; a tagger's ORG span keeps",
             "# its leading lowercase words only while they are listed here (entities/rules.py)."]
    lines += ["\t".join(map(str, row)) for row in rows]
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} openers → {args.output}")


if __name__ == "__main__":
    main()
