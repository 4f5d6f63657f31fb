"""`letopis diff OLD NEW`: what a rule change moved, mention by mention, with its sentence."""
from __future__ import annotations

import copy
import json

from letopis.cli import main

TEXT = "Осенью 1904 года Вера Фигнер вышла из крепости. Её отправили в Архангельск."


def token(start: int, end: int, sent: int) -> dict:
    return {"start": start, "end": end, "text": TEXT[start:end], "lemma": "", "pos": "", "feats": "",
            "head": -1, "dep": "", "sent": sent}


def span(id: str, text: str, **fields) -> dict:
    start = TEXT.index(text)
    return {"id": id, "start": start, "end": start + len(text), "text": text, **fields}


def result() -> dict:
    cut = TEXT.index("Её")
    tokens = [token(0, cut - 1, 0), token(cut, len(TEXT), 1)]
    vera = span("T1", "Вера Фигнер", type="PER", normal="Вера Фигнер", cluster="C1", fine_type=None)
    city = span("T2", "Архангельск", type="LOC", normal="Архангельск", cluster="C2", fine_type="CITY")
    date = span("T3", "Осенью 1904 года", value="1904-FA", mod=None)
    trigger = span("E1", "вышла")
    event = {"id": "E1", "type": "RELEASE", "trigger": {k: trigger[k] for k in ("start", "end", "text")},
             "args": [{"role": "agent", "start": vera["start"], "end": vera["end"], "text": vera["text"],
                       "ref": "T1", "coref": None}], "polarity": "positive", "modality": "asserted"}
    return {"text": TEXT, "tokens": tokens, "entities": [vera, city], "dates": [date], "events": [event]}


def write(folder, name, data):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_same_results_with_other_ids_are_no_difference(tmp_path):
    old, new = result(), result()
    new["entities"][0]["id"], new["entities"][0]["cluster"] = "T9", "C7"
    write(tmp_path / "old", "figner", old)
    write(tmp_path / "new", "figner", new)
    assert main(["diff", str(tmp_path / "old"), str(tmp_path / "new"), "--check",
                 "--report", str(tmp_path / "diff.md")]) == 0
    assert "1 files compared, 0 differ" in (tmp_path / "diff.md").read_text(encoding="utf-8")


def test_added_removed_and_changed_mentions_with_their_sentence(tmp_path, capsys):
    old, new = result(), copy.deepcopy(result())
    del new["entities"][1]  # Архангельск no longer found
    new["dates"][0]["value"] = "1904"  # a season rule changed
    new["entities"].append(span("T4", "Её", type="PER", normal="она", cluster="C1", fine_type=None))
    write(tmp_path / "old", "figner", old)
    write(tmp_path / "new", "figner", new)
    write(tmp_path / "new", "extra", result())
    assert main(["diff", str(tmp_path / "old"), str(tmp_path / "new"), "--check"]) == 1
    report = capsys.readouterr().out
    assert "| entities | 1 | 1 | 0 |" in report and "| dates | 0 | 0 | 1 |" in report
    assert "- removed: «Архангельск» LOC" in report
    assert "- added: «Её» PER" in report
    assert "value: 1904-FA → 1904" in report
    assert "  > Её отправили в Архангельск." in report  # the sentence of the mention
    assert "## extra" in report and "only in NEW" in report
    assert main(["diff", str(tmp_path / "old"), str(tmp_path / "new")]) == 0  # a report, not a verdict


def test_event_arguments_are_compared(tmp_path, capsys):
    old, new = result(), result()
    new["events"][0]["args"] = []
    write(tmp_path / "old", "figner", old)
    write(tmp_path / "new", "figner", new)
    assert main(["diff", str(tmp_path / "old"), str(tmp_path / "new"), "--check"]) == 1
    report = capsys.readouterr().out
    assert "| events | 0 | 0 | 1 |" in report and "- changed: RELEASE «вышла»" in report
