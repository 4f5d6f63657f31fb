"""Adjectives NEREL annotates as the place they are derived from (`японского` COUNTRY), learned
from NEREL train: `python -m letopis.tagger.adjectives ../shared/nerel/train -o
models/entities/place_adjectives.tsv`.

For every lowercase adjective (pymorphy3's likeliest reading) the share of its occurrences that
are a place mention of their own is counted; a lemma written at least `MIN_COUNT` times and a
place in at least `MIN_SHARE` of them is kept, with its commonest finer type. Only
`--convention nerel` reads the table (`entities/rules.py`): our guidelines have no such entity.
"""
from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

from razdel import tokenize

from letopis.evaluate.nerel import read_brat
from letopis.morphosyntax.lemma import parses

PLACES = ("CITY", "COUNTRY", "STATE_OR_PROVINCE", "DISTRICT", "LOCATION")
MIN_COUNT, MIN_SHARE = 3, 0.5


def adjective_lemma(word: str) -> str | None:
    readings = parses(word.lower())
    if not readings or readings[0].tag.POS != "ADJF":
        return None
    return readings[0].normal_form.replace("ё", "е")


def count(folder: Path) -> tuple[Counter, dict[str, Counter]]:
    seen: Counter = Counter()
    as_place: dict[str, Counter] = defaultdict(Counter)
    for txt in sorted(folder.rglob("*.txt")):
        if not txt.with_suffix(".ann").exists():
            continue
        text, mentions, _ = read_brat(txt)
        places = {(m["start"], m["end"]): m["label"] for m in mentions.values() if m["label"] in PLACES}
        for token in tokenize(text):
            if not token.text[:1].islower() or not token.text.replace("-", "").isalpha():
                continue
            lemma = adjective_lemma(token.text)
            if lemma is None:
                continue
            seen[lemma] += 1
            label = places.get((token.start, token.stop))
            if label:
                as_place[lemma][label] += 1
    return seen, as_place


def table(seen: Counter, as_place: dict[str, Counter]) -> list[tuple[str, str, int, int]]:
    rows = []
    for lemma, labels in as_place.items():
        n = sum(labels.values())
        if seen[lemma] >= MIN_COUNT and n / seen[lemma] >= MIN_SHARE:
            rows.append((lemma, labels.most_common(1)[0][0], n, seen[lemma]))
    return sorted(rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("train", type=Path, help="NEREL train (brat .txt/.ann)")
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args(argv)
    rows = table(*count(args.train))
    lines = ["lemma\tfine_type\tplaces\toccurrences",
             f"# Learned from NEREL train by `python -m letopis.tagger.adjectives` (tagger/adjectives.py): a",
             f"# lowercase adjective written at least {MIN_COUNT} times, a place mention of its own in at least",
             f"# {MIN_SHARE:.0%} of them; read under `--convention nerel` only."]
    lines += ["\t".join(map(str, row)) for row in rows]
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} adjectives → {args.output}")


if __name__ == "__main__":
    main()
