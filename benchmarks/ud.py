"""Tokens, lemmas, tags and trees on UD_Russian-Taiga dev, for the pipeline and natasha alone.

    python benchmarks/ud.py [--conllu ../shared/ud/ru_taiga-ud-dev.conllu] [--limit N]

Each system reads the sentence texts (`# text`), tokenizes them itself, and is scored on the
gold tokens whose character span it reproduced: tokenization F1 over spans, then UPOS, UD
features, lemma (lowercase, ё = е), UAS and LAS on those tokens. UD Taiga writes proper-noun
lemmas capitalised and some participles under the infinitive; lowercasing removes the first
difference, the second stays in the figures of both systems alike.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from letopis.evaluate.score import plain_lemma

ROOT = Path(__file__).resolve().parents[1]
CONLLU = ROOT.parent / "shared" / "ud" / "ru_taiga-ud-dev.conllu"
Token = dict  # start, end, lemma, pos, feats, head (index in sentence or -1), dep


def read_conllu(path: Path, limit: int | None) -> list[tuple[str, list[Token]]]:
    sentences, text, rows = [], None, []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("# text = "):
            text = line[len("# text = "):]
        elif line and not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                rows.append(cols)
        elif not line and rows:
            sentences.append((text, align(text, rows)))
            text, rows = None, []
            if limit and len(sentences) >= limit:
                break
    return sentences


def align(text: str, rows: list[list[str]]) -> list[Token]:
    tokens, at = [], 0
    ids = {row[0]: n for n, row in enumerate(rows)}
    for row in rows:
        start = text.find(row[1], at)
        start = at if start < 0 else start
        at = start + len(row[1])
        tokens.append({"start": start, "end": at, "lemma": row[2], "pos": row[3],
                       "feats": "" if row[5] == "_" else row[5],
                       "head": ids.get(row[6], -1), "dep": row[7].split(":")[0]})
    return tokens


def pipeline_tokens(texts: list[str]) -> list[list[Token]]:
    """The token records `letopis run` writes, from the stages that make them."""
    import letopis
    from letopis.export.records import Numbering, doc_text, token_records

    nlp = letopis.load(["letopis_morph", "letopis_lemma", "letopis_syntax"])
    return [token_records(doc, doc_text(doc), 0, Numbering()) for doc in nlp.pipe(texts, batch_size=256)]


def natasha_tokens(texts: list[str]) -> list[list[Token]]:
    """The token records `letopis baseline` writes."""
    from letopis.baseline import analyse

    return [analyse(text)["tokens"] for text in texts]


def score(gold: list[list[Token]], pred: list[list[Token]]) -> dict[str, float]:
    found = right = 0
    counts = {"upos": 0, "feats": 0, "lemma": 0, "uas": 0, "las": 0}
    total_gold = total_pred = 0
    for g_sent, p_sent in zip(gold, pred):
        total_gold += len(g_sent)
        total_pred += len(p_sent)
        by_span = {(t["start"], t["end"]): n for n, t in enumerate(p_sent)}
        mapping = {n: by_span.get((t["start"], t["end"])) for n, t in enumerate(g_sent)}
        for n, g in enumerate(g_sent):
            m = mapping[n]
            if m is None:
                continue
            found += 1
            p = p_sent[m]
            counts["upos"] += g["pos"] == p["pos"]
            counts["feats"] += g["feats"] == p["feats"]
            counts["lemma"] += plain_lemma(g["lemma"]) == plain_lemma(p["lemma"])
            head_ok = (g["head"] == -1 and p["head"] == -1) or (g["head"] >= 0 and mapping.get(g["head"]) == p["head"])
            counts["uas"] += head_ok
            counts["las"] += head_ok and g["dep"] == (p["dep"] or "").split(":")[0]
    precision, recall = found / total_pred, found / total_gold
    figures = {"tokens.f1": 2 * precision * recall / (precision + recall)}
    figures.update({f"{key}.acc": value / found for key, value in counts.items()})
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--conllu", type=Path, default=CONLLU)
    parser.add_argument("--limit", type=int, help="only the first N sentences")
    args = parser.parse_args()
    sentences = read_conllu(args.conllu, args.limit)
    texts, gold = [text for text, _ in sentences], [tokens for _, tokens in sentences]
    systems = {"pipeline": score(gold, pipeline_tokens(texts)), "natasha": score(gold, natasha_tokens(texts))}
    print(f"UD_Russian-Taiga dev, {len(texts)} sentences, {sum(map(len, gold))} tokens\n")
    print("| figure | pipeline | natasha |\n| --- | ---: | ---: |")
    for key in systems["pipeline"]:
        print(f"| {key} | {systems['pipeline'][key]:.3f} | {systems['natasha'][key]:.3f} |")


if __name__ == "__main__":
    main()
