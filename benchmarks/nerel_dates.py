"""The date layer on NEREL train: its DATE spans found exactly, in part, missed and spurious,
each missed and spurious span given a kind, so that the kinds of error can be counted.

NEREL **train** is where the date tables learn their kinds of errors (never dev, whose figures
alone are read, nor the held-out memoirs). The gold is read as `letopis evaluate --format nerel`
reads it (`evaluate/nerel.py`: leading prepositions cut, nested DATE mentions need no recall),
and spans are aligned as there (exact first, then overlapping). The texts are parsed once by
the stages before the date reader and kept in a DocBin (`--cache`), so that a change of a table
in `models/dates/` is measured again in seconds:

    nice -n 19 .venv/bin/python benchmarks/nerel_dates.py ../shared/nerel/train \
        --cache /tmp/nerel_train.spacy --list /tmp/nerel_train_dates.tsv

prints the figures and the counts by kind; `--list` writes every missed, partial and spurious
span with its kind and sentence. A kind is a coarse shape of the span (its first word's class):
it sorts errors, it does not decide anything. NEREL's convention differs from ours in places
(gold/GUIDELINES.md 9.8): ages (`23-летний`, `в возрасте 40 лет`), adjectives of time
(`ежегодный`), clock times and parts of the day are NEREL DATEs and not ours; those kinds are
counted under their own names so that they are not mistaken for misses to fix.
"""
from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from spacy.tokens import DocBin

import letopis
from letopis.evaluate.nerel import nerel_documents
from letopis.evaluate.score import align, anything, sentence
from letopis.extensions import DATES

BEFORE_DATES = ["letopis_morph", "letopis_lemma", "letopis_syntax"]

# Coarse shapes of a DATE span, tried in order on its lowercased text: (kind, pattern).
KINDS = [
    ("not ours: age", r"летн|лет(?:ия|ию|ием|ии)\b|возраст|от роду|\bлет\b.*\b(?:старше|младше)\b"),
    ("not ours: adjective or adverb of time", r"^(?:еже\w+|\w+(?:дневн|месячн|недельн|годичн|часов)\w*)$"),
    ("not ours: clock time", r"\bчас|\bминут|\b\d{1,2}[:.]\d{2}\b|полдень|полночь|утра\b|вечера\b|ночи\b"),
    ("not ours: part of the day alone", r"^(?:утром|вечером|ночью|днем|днём|сегодня утром|вчера вечером)$"),
    ("range of days or months", r"[–—-]\s*\w+|\bпо\b|\bдо\b"),
    ("day and month", r"\b\d{1,2}\s+(?:январ|феврал|март|апрел|ма[яйе]|июн|июл|август|сентябр|октябр|ноябр|декабр)"),
    ("weekday", r"понедельник|вторник|сред[аеу]|четверг|пятниц|суббот|воскресень"),
    ("month", r"январ|феврал|\bмарт|апрел|\bма[яйе]\b|июн|июл|август|сентябр|октябр|ноябр|декабр"),
    ("season", r"\bзим|\bвесн|\bлет[оа]м?\b|\bосен"),
    ("century or decade", r"\bвек|\bвв?\b|столети|\d0-[хе]|десятилет|\w+десятых|\w+десятые"),
    ("year in digits", r"\b\d{4}\b"),
    ("moment of writing (сегодня, в этом году)", r"сегодня|вчера|завтра|этом|этой|этот|прошл|нынеш|текущ|следующ|будущ|"
                                                  r"настоящее время|последн|недавн|сейчас"),
    ("counted (через, спустя, назад)", r"через|спустя|назад|позже|ранее|раньше"),
    ("duration", r"\b(?:\d+|\w+)\s+(?:год|лет|месяц|недел|дн|дня|сут)|\bгод\b|\bгода\b|\bмесяц|\bнедел|\bдн"),
]


def kind(text: str) -> str:
    lowered = text.lower().replace("ё", "е")
    return next((name for name, pattern in KINDS if re.search(pattern, lowered)), "other")


def parsed(folder: Path, cache: Path | None, names: list[str], texts: list[str]) -> list:
    """The texts through the stages before the date reader, from the cache when it has them."""
    nlp = letopis.load(BEFORE_DATES)
    if cache is not None and cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if [d.text for d in docs] == texts:
            return docs
    docs = list(nlp.pipe(texts, batch_size=8))
    if cache is not None:
        DocBin(attrs=["ORTH", "LEMMA", "POS", "MORPH", "TAG", "HEAD", "DEP", "SENT_START", "SPACY"],
               docs=docs).to_disk(cache)
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path, help="NEREL folder (NAME.txt + NAME.ann): train")
    parser.add_argument("--cache", type=Path, help="DocBin of the parsed texts (made when missing)")
    parser.add_argument("--list", type=Path, help="a TSV of every error: kind, class, span, sentence")
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents")
    args = parser.parse_args()
    gold = nerel_documents(args.gold)
    names = sorted(gold)[:args.limit or None]
    docs = parsed(args.gold, args.cache, names, [gold[n].text for n in names])
    dates = letopis.load(BEFORE_DATES + ["letopis_dates"]).get_pipe("letopis_dates")
    classes: Counter = Counter()
    kinds: Counter = Counter()
    rows = []
    exact = partial = gold_n = pred_n = 0
    for name, doc in zip(names, docs):
        document = gold[name]
        doc = dates(doc)
        pred = [{"start": s.start_char, "end": s.end_char, "text": s.text, "value": s._.value}
                for s in doc.spans[DATES]]
        strict = align(document.dates, pred, anything)
        relaxed = align(document.dates, pred, anything, relaxed=True)
        gold_n += sum(1 for g in document.dates if g.get("outer", True))
        pred_n += len(pred)
        exact += strict.counts().tp
        partial += relaxed.counts().tp
        for g, p in relaxed.pairs:
            if (g["start"], g["end"]) != (p["start"], p["end"]) and g.get("outer", True):
                rows.append(("partial", kind(g["text"]), f"{g['text']} | {p['text']}", document, g))
        rows += [("missed", kind(g["text"]), g["text"], document, g) for g in relaxed.missed]
        rows += [("spurious", kind(p["text"]), f"{p['text']} = {p['value']}", document, p)
                 for p in relaxed.spurious]
    for error, shape, *_ in rows:
        classes[error] += 1
        kinds[(error, shape)] += 1
    p, r = exact / pred_n if pred_n else 0.0, exact / gold_n if gold_n else 0.0
    pp, pr = partial / pred_n if pred_n else 0.0, partial / gold_n if gold_n else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    pf = 2 * pp * pr / (pp + pr) if pp + pr else 0.0
    print(f"documents {len(names)}, gold DATE (outermost) {gold_n}, predicted {pred_n}")
    print(f"strict P {p:.3f} R {r:.3f} F1 {f:.3f}; partial P {pp:.3f} R {pr:.3f} F1 {pf:.3f}")
    print(f"exact {exact}, partial {partial - exact}, missed {classes['missed']}, spurious {classes['spurious']}")
    print("\n| error | kind | count |\n| --- | --- | ---: |")
    for (error, shape), count in sorted(kinds.items(), key=lambda item: (item[0][0], -item[1])):
        print(f"| {error} | {shape} | {count} |")
    if args.list:
        with args.list.open("w", encoding="utf-8") as out:
            for error, shape, text, document, record in sorted(rows, key=lambda row: (row[0], row[1], row[2])):
                context = sentence(document, record["start"], record["end"]).replace("\n", " ")
                out.write(f"{error}\t{shape}\t{text}\t{context}\n")


if __name__ == "__main__":
    main()
