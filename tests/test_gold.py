"""The gold standard agrees with the passage and with itself: JSON, brat and CoNLL-U."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from letopis.evaluate.documents import from_json

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "gold"


@pytest.fixture(scope="module")
def gold():
    return json.loads((GOLD / "serge.json").read_text(encoding="utf-8"))


def test_gold_text_is_the_seed(gold):
    assert gold["text"] == (ROOT / "seeds" / "serge.txt").read_bytes().decode("utf-8")


def test_every_span_matches_the_text_at_its_offsets():
    document = from_json(GOLD / "serge.json", "serge")
    assert len(document.spans()) == 615 + 61 + 14 + 43 + 64  # tokens, entities, dates, triggers, arguments
    assert document.misplaced() == []


def test_conllu_covers_every_token_of_the_text(gold):
    forms = [line.split("\t")[1] for line in (GOLD / "serge.conllu").read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    assert forms == [t["text"] for t in gold["tokens"]]
    assert re.sub(r"\s", "", gold["text"]) == "".join(forms)


def test_ids_unique_and_arguments_point_to_mentions(gold):
    mentions = {m["id"]: m for m in gold["entities"] + gold["dates"]}
    assert len(mentions) == len(gold["entities"]) + len(gold["dates"])
    for event in gold["events"]:
        for arg in event["args"]:
            if arg["ref"] is None:
                assert all(id in mentions for id in arg["coref"].split())
            else:
                assert (mentions[arg["ref"]]["start"], mentions[arg["ref"]]["end"]) == (arg["start"], arg["end"])


def test_a_cluster_holds_one_type_of_referent(gold):
    types: dict[str, set[str]] = {}
    for entity in gold["entities"]:
        types.setdefault(entity["cluster"], set()).add(entity["type"])
    assert all(len(found) == 1 for found in types.values())


def test_brat_file_says_the_same_as_the_json(gold):
    lines = (GOLD / "serge.ann").read_text(encoding="utf-8").splitlines()
    spans = {}
    for line in lines:
        if line.startswith("T"):
            id, label_offsets, text = line.split("\t")
            label, offsets = label_offsets.split(" ", 1)
            numbers = [int(n) for n in offsets.replace(";", " ").split()]
            spans[id] = (label, numbers[0], numbers[-1], text)
    for entity in gold["entities"]:
        assert spans[entity["id"]] == (entity["type"], entity["start"], entity["end"], entity["text"])
    for date in gold["dates"]:
        assert spans[date["id"]] == ("DATE", date["start"], date["end"], date["text"])
    notes = {line.split("\t")[1].split()[1]: line.split("\t")[2] for line in lines if line.startswith("#")}
    for date in gold["dates"]:
        assert notes[date["id"]].startswith(f"value={date['value']}")
    events = [line for line in lines if line.startswith("E")]
    assert len(events) == len(gold["events"])
    for line, event in zip(events, gold["events"]):
        trigger = line.split("\t")[1].split()[0].split(":")[1]
        assert spans[trigger][1:3] == (event["trigger"]["start"], event["trigger"]["end"])
        assert len(line.split("\t")[1].split()) == 1 + len(event["args"])
