"""End to end on the seed passage: the JSON contract that evaluation reads."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from letopis.cli import main
from letopis.evaluate.documents import from_json

ROOT = Path(__file__).resolve().parents[1]

ROLES = {"agent", "patient", "participant", "recipient", "place", "origin", "destination", "time"}


@pytest.fixture(scope="module")
def output(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seed")
    assert main(["run", str(ROOT / "seeds"), "-o", str(out), "--quiet"]) == 0
    assert {p.name for p in out.iterdir()} >= {"serge.json", "serge.ann", "entities.csv", "dates.csv", "events.csv"}
    return out / "serge.json"


@pytest.fixture(scope="module")
def result(output):
    return json.loads(output.read_text(encoding="utf-8"))


def test_text_is_the_file_as_it_is(result):
    assert result["text"] == (ROOT / "seeds" / "serge.txt").read_bytes().decode("utf-8")


def test_every_span_points_at_its_text(output):
    document = from_json(output, "serge")
    assert len(document.spans()) > 600 and document.misplaced() == []


def test_layers_have_the_contract_fields(result):
    assert all(set(t) >= {"start", "end", "text", "lemma", "pos", "feats", "head", "dep", "sent"} for t in result["tokens"])
    assert all(set(e) >= {"id", "start", "end", "text", "type", "normal", "cluster"} for e in result["entities"])
    assert all(set(d) >= {"id", "start", "end", "text", "value", "mod"} for d in result["dates"])
    for event in result["events"]:
        assert set(event) >= {"id", "type", "trigger", "args", "polarity", "modality"}
        assert all(arg["role"] in ROLES for arg in event["args"])


def test_ids_are_unique_and_arguments_refer_to_them(result):
    ids = [m["id"] for m in result["entities"] + result["dates"] + result["mentions"]]
    assert len(ids) == len(set(ids))
    for event in result["events"]:
        for arg in event["args"]:
            assert arg["ref"] is None or arg["ref"] in ids


def test_the_passage_has_every_layer(result):
    assert {e["type"] for e in result["entities"]} >= {"PER", "LOC", "ORG", "WORK_OF_ART", "EVENT"}
    assert any(d["value"] == "1936-11" for d in result["dates"])
    assert any(e["polarity"] == "negative" for e in result["events"])
    assert any(e["modality"] != "asserted" for e in result["events"])
