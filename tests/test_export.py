"""Exporters only read the Doc: brat lines and JSON records."""
from __future__ import annotations

from letopis.export.brat import ann_lines, fragments
from letopis.export.records import Numbering, Records, doc_records


def test_span_across_line_break_becomes_brat_fragments():
    text = "Никита\r\nХрущёв"
    assert fragments(text, 0, len(text)) == "0 6;8 14"


def test_records_share_one_id_space_and_events_point_to_them(nlp):
    doc = nlp("Максим Горький приехал в Неаполь.")
    records = doc_records(doc, offset=100, numbering=Numbering(mentions=4))
    assert records.tokens[0]["start"] == 100 and records.tokens[0]["text"] == "Максим"
    assert [e["id"] for e in records.entities][0] == "T5"
    assert records.entities[0]["text"] == "Максим Горький"


def test_ann_lines_write_events_with_numbered_roles():
    text = "Они встретились."
    records = Records(
        entities=[{"id": "T1", "start": 0, "end": 3, "text": "Они", "type": "PER", "normal": "Они",
                   "cluster": None, "fine_type": None}],
        events=[{"id": "E1", "type": "MEETING", "trigger": {"start": 4, "end": 15, "text": "встретились"},
                 "args": [{"role": "participant", "ref": "T1"}, {"role": "participant", "ref": "T1"}],
                 "polarity": "negative", "modality": "asserted"}],
    )
    lines = list(ann_lines(text, records, next_t=2))
    assert "T2\tMEETING 4 15\tвстретились" in lines
    assert "E1\tMEETING:T2 participant:T1 participant2:T1" in lines
    assert "A1\tPolarity E1 negative" in lines


def test_a_pronoun_argument_points_to_its_antecedent(nlp):
    doc = nlp("Иван Петров вернулся в Москву. Там он встретился с Анной Ивановой.")
    records = doc_records(doc, offset=0, numbering=Numbering())
    ivan = next(e["id"] for e in records.entities if e["text"] == "Иван Петров")
    meeting = next(e for e in records.events if e["trigger"]["text"] == "встретился")
    he = next(a for a in meeting["args"] if a["text"] == "он")
    mention = next(m for m in records.mentions if m["text"] == "он")
    assert he["ref"] == mention["id"] and he["coref"] == ivan  # the pronoun is a mention; its name is
    assert he["cluster"] == mention["cluster"] == records.entities[0]["cluster"]


def test_mentions_are_numbered_after_entities_and_dates_and_written_to_brat(nlp):
    text = "В 1921 году Анна Орлова переехала в Киев. Через год она вернулась и вскоре вышла замуж. Потом уехала."
    records = doc_records(nlp(text), offset=0, numbering=Numbering())
    named = len(records.entities) + len(records.dates)
    assert [(m["id"], m["text"], m["kind"]) for m in records.mentions] == [
        (f"T{named + 1}", "она", "pronoun"), (f"T{named + 2}", "уехала", "zero")]
    anna = next(e["cluster"] for e in records.entities if e["text"] == "Анна Орлова")
    assert {m["cluster"] for m in records.mentions} == {anna}
    lines = list(ann_lines(text, records, next_t=named + 3))
    start = text.index("уехала")
    assert f"T{named + 2}\tZero {start} {start + 6}\tуехала" in lines
    assert any(line.endswith(f"AnnotatorNotes T{named + 2}\tcluster={anna}") for line in lines)
