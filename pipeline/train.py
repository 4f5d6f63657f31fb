"""Learn from NEREL's hand annotation which words name events and which tree paths link arguments.

Both models are the simplest that carry the corpus's judgement, and both are counts, so
`make train` rebuilds them bit for bit:

- `triggers`: for every lemma, how often its tokens are the syntactic head of an EVENT mention
  of NEREL train (`выборы` in `президентские выборы`). Lemmas that do so at least
  `--threshold` of the time, over at least `--min-count` occurrences, become triggers besides
  the lexicon's (`models/events/learned.tsv`).
- `paths`: for every trigger the pipeline finds on an EVENT mention, the tree path to each named
  or date mention of its sentence the slot rules leave out (`event_paths.py`), and how often
  NEREL links that mention to the event, by argument class (participant, place, time). Paths
  right at least `--threshold` of the time, over at least `--min-count` cases, are kept
  (`models/events/paths.tsv`).
- `seldom`: for every lemma and type the pipeline's triggers have (lexicon readings, the tagger's
  EVENT heads and the learned lemmas, before the `seldom` rule itself), how often such a trigger
  overlaps a NEREL EVENT mention. Readings that do so less than `--threshold` of the time, over at
  least `--min-count` triggers, are written to `models/events/seldom.tsv`: NEREL's news reports
  them (`заявил`, `работал`, `письмо`) without counting them as events, and the extractor keeps
  them only inside a tagged EVENT mention or when a person the story follows is their doer
  (`extractor.narrated_step`).

    python -m letopis.train triggers ../shared/nerel/train -o models/events/learned.tsv
    python -m letopis.train paths ../shared/nerel/train -o models/events/paths.tsv
    python -m letopis.train seldom ../shared/nerel/train -o models/events/seldom.tsv
"""
from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from spacy.tokens import Doc, Token

from letopis.evaluate.nerel import nerel_documents
from letopis.labels import ROLE_CLASS
from letopis.ud import NOUN, VERB
from letopis.words import lemma

TRIGGER_POS = {NOUN, VERB}
STAGES = ["letopis_morph", "letopis_lemma", "letopis_syntax"]
Counts = tuple[Counter, Counter]  # (right, total) per key


def count_triggers(folder: Path) -> Counts:
    """Occurrences of each trigger-POS lemma, and how many head an EVENT mention."""
    from letopis import load

    nlp = load(STAGES)
    gold = list(nerel_documents(folder).values())
    inside, total = Counter(), Counter()
    for doc, document in zip(nlp.pipe(document.text for document in gold), gold):
        spans = [(event["trigger"]["start"], event["trigger"]["end"]) for event in document.events]
        for token in doc:
            if token.pos_ not in TRIGGER_POS:
                continue
            key = lemma(token)
            total[key] += 1
            if any(heads(token, a, b) for a, b in spans):
                inside[key] += 1
    return inside, total


def heads(token: Token, start: int, end: int) -> bool:
    """The token lies in [start, end) and its head does not."""
    def within(t: Token) -> bool:
        return start <= t.idx and t.idx + len(t) <= end
    return within(token) and (token.head.i == token.i or not within(token.head))


def count_paths(folder: Path) -> Counts:
    """Per (path, class): how often NEREL links the mention at the path's end; per path: cases."""
    from letopis import load
    from letopis.events.extractor import by_sentence, candidates, mention_index, taken

    nlp = load(config={"letopis_events": {"learned_paths": False}})
    gold = nerel_documents(folder)
    right, total = Counter(), Counter()
    for doc, name in zip(nlp.pipe(document.text for document in gold.values()), gold):
        sentences = by_sentence(doc, mention_index(doc))
        for event in doc._.events:
            linked = gold_arguments(gold[name].events, event["trigger"])
            if linked is None:
                continue
            trigger = trigger_token(doc, event["trigger"])
            named = taken(event["args"])
            for signature, span in candidates(trigger, sentences.get(trigger.sent.start, []), named):
                total[signature] += 1
                for role_class in {c for (s, e), c in linked if s < span.end_char and span.start_char < e}:
                    right[signature, role_class] += 1
    return right, total


def count_seldom(folder: Path) -> Counts:
    """Per (lemma, VERB|NOUN, type) of the pipeline's triggers: how many overlap a NEREL EVENT
    mention, and how many there are."""
    from letopis import load

    nlp = load(config={"letopis_events": {"learned_paths": False}})
    gold = nerel_documents(folder)
    return seldom_counts(zip(nlp.pipe(document.text for document in gold.values()),
                             (document.events for document in gold.values())))


def seldom_counts(pairs) -> Counts:
    """`count_seldom` over (analysed Doc, its gold events) pairs."""
    from letopis.events.extractor import trigger_key, triggers

    on_event, total = Counter(), Counter()
    for doc, events in pairs:
        spans = [(event["trigger"]["start"], event["trigger"]["end"]) for event in events]
        for trigger in triggers(doc, seldom=False):
            token = trigger.token
            key = (*trigger_key(token), trigger.entry.type)
            total[key] += 1
            if any(start < token.idx + len(token) and token.idx < end for start, end in spans):
                on_event[key] += 1
    return on_event, total


def gold_arguments(events: list[dict], trigger: tuple[int, int]) -> list[tuple[tuple[int, int], str]] | None:
    """The (span, class) arguments of the gold events the trigger overlaps; None when it is none."""
    start, end = trigger
    matched = [e for e in events if e["trigger"]["start"] < end and start < e["trigger"]["end"]]
    if not matched:
        return None
    return [((a["start"], a["end"]), ROLE_CLASS[a["role"]]) for e in matched for a in e["args"]]


def trigger_token(doc: Doc, trigger: tuple[int, int]) -> Token:
    return next(token for token in doc if token.idx == trigger[0])


def trigger_table(counts: Counts, threshold: float, min_count: int) -> list[str]:
    inside, total = counts
    rows = [f"{key}\t{inside[key]}\t{total[key]}" for key in sorted(total)
            if total[key] >= min_count and inside[key] / total[key] >= threshold]
    return ["lemma\tevents\ttotal",
            f"# lemmas heading NEREL EVENT mentions at least {threshold:.2f} of the time, "
            f"over at least {min_count} occurrences (python -m letopis.train triggers)", *rows]


def path_table(counts: Counts, threshold: float, min_count: int) -> list[str]:
    right, total = counts
    rows = []
    for signature in sorted(total):
        best = max(sorted(c for s, c in right if s == signature), key=lambda c: right[signature, c], default=None)
        if best and total[signature] >= min_count and right[signature, best] / total[signature] >= threshold:
            rows.append(f"{signature}\t{best}\t{right[signature, best]}\t{total[signature]}")
    return ["path\tclass\tlinked\ttotal",
            f"# trigger-to-mention paths NEREL links at least {threshold:.2f} of the time, "
            f"over at least {min_count} cases (python -m letopis.train paths)", *rows]


def seldom_table(counts: Counts, threshold: float, min_count: int) -> list[str]:
    on_event, total = counts
    rows = ["\t".join((*key, str(on_event[key]), str(total[key]))) for key in sorted(total)
            if total[key] >= min_count and on_event[key] / total[key] < threshold]
    return ["lemma\tpos\ttype\tevents\ttotal",
            f"# trigger readings (lemma, type) on a NEREL EVENT mention less than {threshold:.2f} of the time, "
            f"over at least {min_count} triggers (python -m letopis.train seldom)", *rows]


MODELS = {  # name → (count, table, default threshold, default min count)
    "triggers": (count_triggers, trigger_table, 0.4, 3),
    "paths": (count_paths, path_table, 0.5, 5),
    "seldom": (count_seldom, seldom_table, 0.2, 20),
}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m letopis.train", description=__doc__.split("\n\n")[0])
    parser.add_argument("model", choices=sorted(MODELS), help="which table to learn")
    parser.add_argument("nerel", type=Path, help="NEREL train folder (NAME.txt + NAME.ann)")
    parser.add_argument("-o", "--output", type=Path, required=True, help="the table to write")
    parser.add_argument("--threshold", type=float, help="least share of cases that must be right "
                        "(default: 0.4 for triggers, 0.5 for paths; for seldom, the share under which a "
                        "lemma is written, default 0.2)")
    parser.add_argument("--min-count", type=int, help="least cases in the corpus (default: 3 for triggers, 5 for paths, 20 for seldom)")
    args = parser.parse_args(argv)
    count, table, threshold, min_count = MODELS[args.model]
    lines = table(count(args.nerel), args.threshold or threshold, args.min_count or min_count)
    args.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 2} {args.model} → {args.output}")


if __name__ == "__main__":
    main()
