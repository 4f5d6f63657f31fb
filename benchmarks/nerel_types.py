"""How often the pipeline's triggers of each event type fall on a NEREL EVENT mention.

The measurement behind `EVENT_TYPES` in `pipeline/evaluate/nerel.py` (which of the pipeline's
types NEREL's notion of an event covers), taken on NEREL train so the choice owes nothing to dev:

    letopis run ../shared/nerel/train -o /tmp/nerel_train --quiet
    python benchmarks/nerel_types.py ../shared/nerel/train /tmp/nerel_train
"""
from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from letopis.evaluate.documents import json_documents
from letopis.evaluate.nerel import nerel_documents
from letopis.evaluate.score import align, anything


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path, help="NEREL folder (NAME.txt + NAME.ann)")
    parser.add_argument("pred", type=Path, help="the pipeline's output folder for it")
    args = parser.parse_args()
    gold, pred = nerel_documents(args.gold), json_documents(args.pred)
    on_event, total = Counter(), Counter()
    for name, document in gold.items():
        found = align(document.events, pred[name].events, anything, relaxed=True)
        on_event.update(event["type"] for _, event in found.pairs)
        total.update(event["type"] for event in pred[name].events)
    print("| type | triggers | on a NEREL EVENT | share |\n| --- | ---: | ---: | ---: |")
    for kind in sorted(total, key=lambda k: on_event[k] / total[k], reverse=True):
        print(f"| {kind} | {total[kind]} | {on_event[kind]} | {on_event[kind] / total[kind]:.2f} |")


if __name__ == "__main__":
    main()
