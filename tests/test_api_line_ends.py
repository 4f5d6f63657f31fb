"""`letopis` from Python on a string with an old Mac's line ends (`\r` alone) or Windows's
(`\r\n`): the same offsets, sentences and analysis as `letopis run` gives on the same bytes, and
`doc.text` the string as given."""
from __future__ import annotations

import json
from collections import OrderedDict

import pytest
from spacy.tokens import DocBin

from letopis.cli import main

# A diary in a paragraph a line: dated headings, a weekday alone on a line (the date in force
# reads where a line begins and ends), a chapter heading without a full stop.
DIARY = ("12 марта 1874 г.\n\n"
         "Утром приехал из Рязани Пётр Ильич Савельев, и мы долго спорили о земской школе до самого обеда.\n\n"
         "Вторник.\n\n"
         "Ездила с Натальей Андреевной Савельевой в Коломну; вернулись поздно вечером, когда уже стемнело.\n"
         "ГЛАВА ВТОРАЯ\n\n"
         "В 1880 году он перебрался в Москву. Там он служил в управе и прожил в Москве до весны.\n")


def cli_run(tmp_path, text: str) -> dict:
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "diary.txt").write_bytes(text.encode("utf-8"))
    assert main(["run", str(folder), "-o", str(tmp_path / "out"), "--quiet", "--formats", "json"]) == 0
    return json.loads((tmp_path / "out" / "diary.json").read_text(encoding="utf-8"))


def cli_sentences(data: dict) -> list[tuple[int, int]]:
    spans: OrderedDict[int, list[int]] = OrderedDict()
    for token in data["tokens"]:
        spans.setdefault(token["sent"], [token["start"], token["end"]])[1] = token["end"]
    return [tuple(span) for span in spans.values()]


def api_sentences(doc) -> list[tuple[int, int]]:
    words = [[t for t in sent if not t.is_space] for sent in doc.sents]
    return [(found[0].idx, found[-1].idx + len(found[-1])) for found in words if found]


@pytest.mark.parametrize("line_end", ["\r", "\r\n"], ids=["mac", "windows"])
def test_a_string_with_other_line_ends_is_analysed_as_the_command_line_reads_its_file(nlp, tmp_path, line_end):
    text = DIARY.replace("\n", line_end)
    doc = nlp(text)
    assert doc.text == text  # the string as given: offsets index into it
    data = cli_run(tmp_path, text)
    assert data["text"] == text
    assert [(t.idx, t.idx + len(t), t.lemma_, t.pos_, t.dep_) for t in doc if not t.is_space] == [
        (t["start"], t["end"], t["lemma"], t["pos"], t["dep"]) for t in data["tokens"]]
    assert api_sentences(doc) == cli_sentences(data)
    assert [(d.start_char, d.end_char, d._.value) for d in doc.spans["dates"]] == [
        (d["start"], d["end"], d["value"]) for d in data["dates"]]
    dates = [(d.text, d._.value) for d in doc.spans["dates"]]
    assert ("Утром", "1874-03-12TMO") in dates and ("Вторник", "1874-03-12") in dates  # the diary's day in force
    assert [(e.start_char, e.end_char, e.label_, e._.normal) for e in doc.spans["entities"]] == [
        (e["start"], e["end"], e["type"], e["normal"]) for e in data["entities"]]
    assert [(e["type"], tuple(e["trigger"])) for e in doc._.events] == [
        (e["type"], (e["trigger"]["start"], e["trigger"]["end"])) for e in data["events"]]
    for span in [*doc.spans["dates"], *doc.spans["entities"]]:
        assert text[span.start_char:span.end_char] == span.text


def test_a_mac_text_reads_as_the_same_text_with_unix_line_ends(nlp):
    mac, unix = nlp(DIARY.replace("\n", "\r")), nlp(DIARY)
    assert [t.text for t in mac if not t.is_space] == [t.text for t in unix if not t.is_space]
    assert [(s.start_char, s.end_char) for s in mac.sents] == [(s.start_char, s.end_char) for s in unix.sents]
    assert [(d.text, d._.value) for d in mac.spans["dates"]] == [(d.text, d._.value) for d in unix.spans["dates"]]
    assert len(unix.spans["dates"]) == 6
    assert "\r" in [t.text for t in mac if t.is_space]  # the line ends as written


def test_a_mac_docs_spans_stay_usable_from_one_expression(nlp):
    assert len(nlp(DIARY.replace("\n", "\r")).spans["dates"]) == len(nlp(DIARY).spans["dates"])


def test_a_mac_doc_survives_docbin_with_its_line_ends(nlp):
    text = DIARY.replace("\n", "\r")
    doc = nlp(text)
    restored = next(DocBin(docs=[doc], store_user_data=True).get_docs(nlp.vocab))
    assert restored.text == text
    assert [(d.text, d._.value) for d in restored.spans["dates"]] == [(d.text, d._.value) for d in doc.spans["dates"]]


def test_several_texts_through_pipe_each_keep_their_own_line_ends(nlp):
    texts = [DIARY.replace("\n", "\r"), DIARY, DIARY.replace("\n", "\r\n")]
    docs = list(nlp.pipe(texts))
    assert [doc.text for doc in docs] == texts
    assert len({tuple((d.start_char, d._.value) for d in doc.spans["dates"]) for doc in docs[:2]}) == 1
