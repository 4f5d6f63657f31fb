"""`letopis baseline`: natasha alone, written in the pipeline's JSON contract.

The evaluation report puts this beside the pipeline, scored by the same code, so it shows what
the pipeline adds: natasha's segmenter, slovnet morphology, syntax and NER, its lemmatizer and
span normalizer, and its DatesExtractor. It has no events and no clusters.
"""
from __future__ import annotations

import argparse
import json
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

from letopis.export.atomic import atomic_open
from letopis.text.reader import InputError, find_inputs, output_path, read_text

Record = dict[str, Any]


@lru_cache(maxsize=1)
def natasha_models() -> dict[str, Any]:
    from natasha import (DatesExtractor, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger,
                         NewsSyntaxParser, Segmenter)

    embedding, vocab = NewsEmbedding(), MorphVocab()
    return {"segmenter": Segmenter(), "vocab": vocab, "morph": NewsMorphTagger(embedding),
            "syntax": NewsSyntaxParser(embedding), "ner": NewsNERTagger(embedding),
            "dates": DatesExtractor(vocab)}


def date_value(fact) -> str:
    """TIMEX3 value of a natasha Date fact: YYYY, YYYY-MM or YYYY-MM-DD; XXXX for no year."""
    year = f"{fact.year:04d}" if fact.year else "XXXX"
    if not fact.month:
        return year
    return f"{year}-{fact.month:02d}" + (f"-{fact.day:02d}" if fact.day else "")


def analyse(text: str) -> Record:
    from natasha import Doc

    models = natasha_models()
    doc = Doc(text)
    doc.segment(models["segmenter"])
    doc.tag_morph(models["morph"])
    doc.parse_syntax(models["syntax"])
    doc.tag_ner(models["ner"])
    tokens, index = [], {}
    for number, sent in enumerate(doc.sents):
        for token in sent.tokens:
            index[token.id] = len(tokens)
            token.lemmatize(models["vocab"])
            tokens.append({"start": token.start, "end": token.stop, "text": token.text,
                           "lemma": token.lemma, "pos": token.pos,
                           "feats": "|".join(f"{k}={v}" for k, v in sorted(token.feats.items())),
                           "head_id": token.head_id, "dep": token.rel, "sent": number})
    for token in tokens:
        token["head"] = index.get(token.pop("head_id"), -1)
    entities = []
    for n, span in enumerate(doc.spans, 1):
        span.normalize(models["vocab"])
        entities.append({"id": f"T{n}", "start": span.start, "end": span.stop, "text": span.text,
                         "type": span.type, "normal": span.normal, "cluster": None})
    dates = [{"id": f"T{len(entities) + n}", "start": match.start, "end": match.stop,
              "text": text[match.start:match.stop], "value": date_value(match.fact), "mod": None}
             for n, match in enumerate(models["dates"](text), 1)]
    return {"text": text, "tokens": tokens, "entities": entities, "dates": dates, "events": []}


def baseline_command(args: argparse.Namespace) -> int:
    failures = 0
    for path, stem in find_inputs(args.inputs):
        try:
            text = read_text(path)
        except InputError as error:
            print(f"letopis: {path}: {error}", file=sys.stderr)
            failures += 1
            continue
        with atomic_open(output_path(args.output, stem, ".json")) as file:
            json.dump(analyse(text), file, ensure_ascii=False)
    return 1 if failures else 0


def register(commands: argparse._SubParsersAction) -> None:
    baseline = commands.add_parser(
        "baseline", help="natasha alone, in the same JSON format, for comparison",
        description="Analyse .txt files with natasha alone (segmenter, slovnet morphology, syntax "
                    "and NER, lemmatizer, DatesExtractor) and write NAME.json in the pipeline's "
                    "format, for `letopis evaluate --baseline`.",
    )
    baseline.add_argument("inputs", nargs="+", type=Path, metavar="INPUT",
                          help=".txt files or directories searched recursively")
    baseline.add_argument("-o", "--output", type=Path, required=True, metavar="OUTDIR",
                          help="directory for NAME.json (created if missing)")
    baseline.set_defaults(func=baseline_command)
