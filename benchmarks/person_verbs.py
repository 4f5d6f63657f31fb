"""The verbs whose subject is a person and that gave no event trigger, by frequency: the general
source of the narr8 rows of `models/events/lexicon.tsv` (docs/events.md, "Kinds found on the third
events probe, and frequent verbs from text nobody evaluates"). Run it on text nobody evaluates:

    letopis run CUTS_OF_WAR_AND_PEACE -o /tmp/wp --formats json --quiet
    python benchmarks/person_verbs.py /tmp/wp --top 400

A subject is a person when it is a personal or relative pronoun, lies in a PER name, or is an
animate noun; a gerund, infinitive, conjoined verb or participle takes the subject of the verb it
hangs on. Each line: the count without a trigger, the count with one, the lemma, one context.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

PERSONS = {"он", "она", "они", "я", "мы", "ты", "вы", "который", "кто"}
SUBJECTS = {"nsubj", "nsubj:pass"}
CONTROLLED = {"xcomp", "advcl", "conj", "acl"}


def count(folder: Path) -> tuple[Counter, Counter, dict[str, str]]:
    missing, found, example = Counter(), Counter(), {}
    for path in sorted(folder.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        if "tokens" not in doc:
            continue  # manifest.json and other files of the run
        tokens = doc["tokens"]
        names = [(e["start"], e["end"]) for e in doc["entities"] if e["type"] == "PER"]
        triggers = {e["trigger"]["start"] for e in doc["events"]}
        children = defaultdict(list)
        for i, token in enumerate(tokens):
            if token["head"] >= 0 and token["head"] != i:
                children[token["head"]].append(i)

        def person_subject(verb: int) -> bool:
            for i in children[verb]:
                token = tokens[i]
                if token["dep"] not in SUBJECTS:
                    continue
                if token["pos"] == "PRON" and token["lemma"] in PERSONS:
                    return True
                if any(a <= token["start"] and token["end"] <= b for a, b in names):
                    return True
                if token["pos"] in ("NOUN", "PROPN") and "Animacy=Anim" in token["feats"]:
                    return True
            return False

        for i, token in enumerate(tokens):
            if token["pos"] != "VERB":
                continue
            head = token["head"]
            if not (person_subject(i) or (token["dep"] in CONTROLLED and head >= 0
                                          and tokens[head]["pos"] == "VERB" and person_subject(head))):
                continue
            word = token["lemma"]
            if token["start"] in triggers:
                found[word] += 1
            else:
                missing[word] += 1
                example.setdefault(word, doc["text"][max(0, token["start"] - 60):token["end"] + 40].replace("\n", " "))
    return missing, found, example


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path, help="a `letopis run --formats json` output folder")
    parser.add_argument("--top", type=int, default=400)
    args = parser.parse_args()
    missing, found, example = count(args.folder)
    for word, n in sorted(missing.items(), key=lambda item: (-item[1], item[0]))[:args.top]:
        print(f"{n}\t{found[word]}\t{word}\t{example[word]}")


if __name__ == "__main__":
    main()
