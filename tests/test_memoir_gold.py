"""The memoir development set (gold/memoirs) agrees with its passages, its tables and itself."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from letopis.evaluate.documents import from_json

ROOT = Path(__file__).resolve().parents[1]
MEMOIRS = ROOT / "gold" / "memoirs"
CORPUS = ROOT.parent / "shared" / "corpus" / "memoirs"

spec = importlib.util.spec_from_file_location("memoir_build", MEMOIRS / "build.py")
build = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build)

NAMES = build.passages()


def load(name: str) -> dict:
    return json.loads((MEMOIRS / f"{name}.json").read_text(encoding="utf-8"))


def test_there_are_passages_and_each_has_its_gold_files():
    assert len(NAMES) >= 2
    for name in NAMES:
        assert (MEMOIRS / f"{name}.json").exists() and (MEMOIRS / f"{name}.ann").exists()


@pytest.mark.parametrize("name", NAMES)
def test_the_passage_is_a_cut_of_its_source_at_paragraph_boundaries(name):
    text = build.read_text(name)
    file, start, end = build.load_tables(name).SOURCE
    assert end - start == len(text) >= 4000
    if not (CORPUS / file).exists():
        pytest.skip(f"{CORPUS / file} is not here")
    source = (CORPUS / file).read_bytes().decode("utf-8")
    assert source[start:end] == text
    # it starts a line (after the line's indentation, if any) and ends one
    assert source[source.rfind("\n", 0, start) + 1:start].strip() == ""
    assert text.endswith("\n") or end == len(source) or source[end] in "\r\n"


@pytest.mark.parametrize("name", NAMES)
def test_the_json_is_what_the_tables_build(name):
    assert load(name) == json.loads(json.dumps(build.gold_for(name), ensure_ascii=False))


@pytest.mark.parametrize("name", NAMES)
def test_every_span_is_at_its_offsets_and_tokens_are_left_out(name):
    gold = load(name)
    document = from_json(MEMOIRS / f"{name}.json", name)
    assert gold["tokens"] == [] and not document.has_tokens
    assert document.misplaced() == []
    assert len(document.spans()) == (len(gold["entities"]) + len(gold["dates"]) + len(gold["mentions"])
                                     + sum(1 + len(e["args"]) for e in gold["events"]))


@pytest.mark.parametrize("name", NAMES)
def test_ids_are_unique_and_arguments_point_to_mentions(name):
    gold = load(name)
    records = gold["entities"] + gold["dates"] + gold["mentions"]
    by_id = {r["id"]: r for r in records}
    assert len(by_id) == len(records)
    assert len({e["id"] for e in gold["events"]}) == len(gold["events"])
    for event in gold["events"]:
        for arg in event["args"]:
            target = by_id[arg["ref"]]
            assert (target["start"], target["end"]) == (arg["start"], arg["end"])
            if arg.get("inferred"):
                assert arg["role"] == "time" and "value" in target
            if "kind" in target:  # a pronoun or zero mention
                assert arg["cluster"] == target["cluster"]
                for ref in (arg["coref"] or "").split():
                    assert by_id[ref]["type"] == "PER"
                    if target["cluster"]:
                        assert by_id[ref]["cluster"] == target["cluster"]
            elif target.get("type") == "PER":
                assert arg["cluster"] == target["cluster"]
            else:
                assert arg["cluster"] is None


@pytest.mark.parametrize("name", NAMES)
def test_clusters_hold_one_type_and_mentions_join_person_clusters(name):
    gold = load(name)
    types: dict[str, set[str]] = {}
    for entity in gold["entities"]:
        types.setdefault(entity["cluster"], set()).add(entity["type"])
    assert all(len(found) == 1 for found in types.values())
    for mention in gold["mentions"]:
        assert mention["kind"] in ("pronoun", "zero")
        assert " " not in mention["text"]
        assert mention["cluster"] is None or types[mention["cluster"]] == {"PER"}


@pytest.mark.parametrize("name", NAMES)
def test_brat_file_says_the_same_as_the_json(name):
    gold = load(name)
    lines = (MEMOIRS / f"{name}.ann").read_text(encoding="utf-8").splitlines()
    spans = {}
    for line in lines:
        if line.startswith("T"):
            id, label_offsets, text = line.split("\t")
            label, offsets = label_offsets.split(" ", 1)
            numbers = [int(n) for n in offsets.replace(";", " ").split()]
            spans[id] = (label, numbers[0], numbers[-1])
    for entity in gold["entities"]:
        assert spans[entity["id"]] == (entity["type"], entity["start"], entity["end"])
    for date in gold["dates"]:
        assert spans[date["id"]] == ("DATE", date["start"], date["end"])
    for mention in gold["mentions"]:
        label = "PRON" if mention["kind"] == "pronoun" else "ZERO"
        assert spans[mention["id"]] == (label, mention["start"], mention["end"])
    assert len([line for line in lines if line.startswith("E")]) == len(gold["events"])


def test_a_context_that_is_not_unique_is_refused():
    with pytest.raises(build.AnnotationError, match="occurs 2 times"):
        build.locate("он пришёл, и он ушёл", "[он]")
    with pytest.raises(build.AnnotationError, match="no \\[mention\\]"):
        build.locate("он пришёл", "он")
