"""NAME.html: the text to read, with every entity, date and event trigger marked.

One self-contained file (stylesheet, script and data inline; its Content-Security-Policy
forbids any request). Each mark is `<span class="m" data-id=ID data-type=TYPE
data-layer=entity|date|event|mention>`, ID being the record's id in NAME.json; a mark cut
where marks cross goes on as `<span class="m part" data-of=ID>`. What a hover or a click
shows (normal forms, clusters, TIMEX3 values, event arguments) is read from a JSON block
the exporter writes from the same records.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable, Iterator

from letopis.export.atomic import atomic_open
from letopis.export.document import Document
from letopis.export.nesting import Mark, nest
from letopis.export.page import asset, attribute, fill, script_json, text
from letopis.export.records import Record
from letopis.labels import DATE, EVENT as EVENT_NAME, FACILITY, LOC, ORG, PER, WORK_OF_ART

ENTITY, DATE_LAYER, EVENT, MENTION = "entity", "date", "event", "mention"
LAYERS = {ENTITY: "имена", DATE_LAYER: "даты", EVENT: "события", MENTION: "местоимения"}
TYPE_NAMES = {PER: "лица", LOC: "места", ORG: "организации", WORK_OF_ART: "произведения",
              EVENT_NAME: "названия событий", FACILITY: "сооружения", DATE: "даты",
              "pronoun": "местоимение", "zero": "нулевое подлежащее"}
DIVISIONS = ("part", "chapter")
BLOCK_KINDS = ("heading", "epigraph", "note", "front", "back")  # how a paragraph is shown
ANCHORED = ("part", "chapter", "note", "epigraph", "front", "back")


def span_mark(id: str, type: str, layer: str, start: int, end: int, cluster: str | None = None) -> Mark:
    data = f' data-type="{attribute(type)}" data-layer="{layer}"'
    if cluster:
        data += f' data-cluster="{attribute(cluster)}"'
    return Mark(start, end, f'<span class="m" id="{attribute(id)}" data-id="{attribute(id)}"{data}>',
                "</span>", f'<span class="m part" data-of="{attribute(id)}"{data}>')


def record_marks(document: Document, argument_ids: dict[tuple[int, int], str]) -> Iterator[Mark]:
    records = document.records
    for e in records.entities:
        yield span_mark(e["id"], e["type"], ENTITY, e["start"], e["end"], e.get("cluster"))
    for d in records.dates:
        yield span_mark(d["id"], DATE, DATE_LAYER, d["start"], d["end"])
    for m in records.mentions:
        yield span_mark(m["id"], m.get("kind") or "pronoun", MENTION, m["start"], m["end"], m.get("cluster"))
    for event in records.events:
        trigger = event["trigger"]
        yield span_mark(event["id"], event["type"], EVENT, trigger["start"], trigger["end"])
    for (start, end), id in argument_ids.items():
        yield Mark(start, end, f'<span class="a" id="{id}">', "</span>", f'<span class="a" data-of="{id}">')
    for ref in document.structure("footnote_ref"):
        target = ref.get("note")
        tag = f'<a class="fn" href="#{attribute(target)}">' if target else '<span class="fn">'
        close = "</a>" if target else "</span>"
        yield Mark(ref["start"], ref["end"], tag, close, tag)


def argument_targets(document: Document) -> tuple[dict[str, list], dict[tuple[int, int], str]]:
    """Each event's arguments as [role, text, id of the element showing it, name it stands
    for, inferred]; arguments that are no mark get a span of their own (`a1`, ...)."""
    records = document.records
    by_span = {(m["start"], m["end"]): m["id"] for m in records.mentions}
    values = {d["id"]: " ".join(filter(None, (d.get("value"), d.get("mod")))) for d in records.dates}
    extra: dict[tuple[int, int], str] = {}
    events = {}
    for event in records.events:
        args = []
        for arg in event["args"]:
            span = (arg["start"], arg["end"])
            target = arg.get("ref") or by_span.get(span)
            if target is None:
                target = extra.setdefault(span, f"a{len(extra) + 1}")
            named = document.referent(arg)
            stands_for = named.get("normal") if named else values.get(arg.get("ref"))
            args.append([arg["role"], arg["text"], target, stands_for, bool(arg.get("inferred"))])
        events[event["id"]] = [event["type"], event.get("polarity"), event.get("modality"), args]
    return events, extra


def block_kinds(document: Document, blocks: list[tuple[int, int]]) -> tuple[list[str], dict[int, list[str]]]:
    """Each block's kind (its innermost heading, note, ... or ''), and the structure ids
    anchored before each block (the first block inside a part, chapter or note)."""
    items = sorted(document.structure(*BLOCK_KINDS, *ANCHORED), key=lambda s: (s["start"], -s["end"]))
    kinds, anchors = [], defaultdict(list)
    anchored = set()
    for index, (start, end) in enumerate(blocks):
        kind = ""
        for item in items:
            if item["start"] > start:
                break
            if start < item["end"]:
                if item["type"] in BLOCK_KINDS:
                    kind = item["type"]
                if item["type"] in ANCHORED and item["id"] not in anchored:
                    anchored.add(item["id"])
                    anchors[index].append(item["id"])
        kinds.append(kind)
    for item in items:  # a division starting between blocks or inside one: the next, else its own
        if item["type"] in ANCHORED and item["id"] not in anchored and blocks:
            following = next((i for i, (start, _) in enumerate(blocks) if start >= item["start"]), None)
            if following is None:
                following = max(i for i, (start, _) in enumerate(blocks) if start <= item["start"]) \
                    if blocks[0][0] <= item["start"] else 0
            anchors[following].append(item["id"])
    return kinds, anchors


def body(document: Document, argument_ids: dict[tuple[int, int], str]) -> str:
    blocks = document.blocks()
    kinds, anchors = block_kinds(document, blocks)
    marks = record_marks(document, argument_ids)
    out = []
    for index, (_, _, markup) in enumerate(nest(document.text, blocks, marks, text)):
        out.extend(f'<a class="anchor" id="{attribute(id)}"></a>' for id in anchors.get(index, ()))
        kind = kinds[index]
        role = ' role="heading" aria-level="2"' if kind == "heading" else ""
        out.append(f'<div class="p{" " + kind if kind else ""}"{role}>{markup}</div>\n')
    return "".join(out)


def label(item: Record) -> str:
    return str(item.get("title") or item.get("number") or item.get("type", ""))


def division_labels(document: Document, qualified: bool = False) -> dict[str, str]:
    """Each part's and chapter's name: its title, else its heading as the book prints it
    (`Часть первая`, `XII`), else its number. `qualified` puts the part before a chapter
    (`Часть первая / XII`), as chapters numbered anew in each part need."""
    headings = {}
    for heading in document.structure("heading"):
        headings.setdefault(heading.get("parent"), " ".join(document.text[heading["start"]:heading["end"]].split()))
    divisions = {item["id"]: item for item in document.structure(*DIVISIONS)}
    names = {id: str(item.get("title") or headings.get(id) or label(item)) for id, item in divisions.items()}
    if not qualified:
        return names
    return {id: " / ".join(filter(None, (names.get(divisions[id].get("parent")), names[id])))
            for id in divisions}


def division_headings(document: Document) -> dict[str, str]:
    """Each part's and chapter's heading as the book prints it, on one line (`Глава IV.
    Бегство`), after its part's (`Часть первая / Глава IV. Бегство`), for the `chapter` column
    of the run's tables: what a reader finds in the book. A division without a heading of its
    own is named as in the contents (`division_labels`)."""
    headings = {}
    for heading in document.structure("heading"):
        headings.setdefault(heading.get("parent"), " ".join(document.text[heading["start"]:heading["end"]].split()))
    labels = division_labels(document)
    divisions = {item["id"]: item for item in document.structure(*DIVISIONS)}
    names = {id: headings.get(id) or labels[id] for id in divisions}
    return {id: " / ".join(filter(None, (names.get(divisions[id].get("parent")), names[id]))) for id in divisions}


def contents(document: Document) -> str:
    """Parts and chapters as nested lists of links to their anchors."""
    divisions = list(document.structure(*DIVISIONS))
    if not divisions:
        return ""
    names = division_labels(document)
    children: dict[str | None, list[Record]] = defaultdict(list)
    known = {item["id"] for item in divisions}
    for item in divisions:
        children[item.get("parent") if item.get("parent") in known else None].append(item)

    def tree(parent: str | None) -> str:
        items = "".join(f'<li><a href="#{attribute(item["id"])}">{text(names[item["id"]])}</a>{tree(item["id"])}</li>'
                        for item in children.get(parent, []))
        return f"<ol>{items}</ol>" if items else ""
    return f'<nav id="toc" aria-label="Оглавление"><h2>Оглавление</h2>{tree(None)}</nav>'


def person_name(normals: Iterable[str]) -> str:
    """The fullest of a person's normal forms (`Анна Ахматова` over `Ахматова`): the one of
    most words, then the most frequent, the longest, the first alphabetically."""
    counts = Counter(normals)
    return min(counts, key=lambda name: (-len(name.split()), -counts[name], -len(name), name))


def persons(document: Document) -> list[tuple[str, str, int]]:
    """(cluster, name, mentions) of each person, names and pronouns counted, most mentioned first."""
    normals: dict[str, list[str]] = defaultdict(list)
    for entity in document.persons():
        normals[entity.get("cluster") or entity["id"]].append(entity.get("normal") or entity["text"])
    counts = Counter({cluster: len(names) for cluster, names in normals.items()})
    for mention in document.records.mentions:
        if mention.get("cluster") in normals:
            counts[mention["cluster"]] += 1
    rows = [(cluster, person_name(names), counts[cluster]) for cluster, names in normals.items()]
    return sorted(rows, key=lambda row: (-row[2], row[1], row[0]))


def person_list(rows: list[tuple[str, str, int]]) -> str:
    return "".join(
        f'<li><button type="button" class="person" data-cluster="{attribute(cluster)}" aria-pressed="false">'
        f'<span class="name">{text(name)}</span> <span class="count">{count}</span></button></li>'
        for cluster, name, count in rows)


def toggles(document: Document) -> str:
    """A checkbox per layer and per type present, each with a sample of its mark style."""
    records = document.records
    layers = [(ENTITY, sorted({e["type"] for e in records.entities})),
              (DATE_LAYER, [DATE] if records.dates else []),
              (EVENT, sorted({e["type"] for e in records.events})),
              (MENTION, sorted({m.get("kind") or "pronoun" for m in records.mentions}))]
    out = []
    for layer, types in layers:
        if not types:
            continue
        items = "".join(
            f'<li><label><input type="checkbox" checked data-toggle-type="{attribute(t)}" data-layer="{layer}">'
            f' <span class="m sample" data-type="{attribute(t)}" data-layer="{layer}">{text(t)}</span>'
            f' {text(TYPE_NAMES.get(t, ""))}</label></li>' for t in types)
        out.append(f'<fieldset><legend><label><input type="checkbox" checked data-toggle-layer="{layer}">'
                   f' {text(LAYERS[layer])}</label></legend><ul>{items}</ul></fieldset>')
    return "".join(out)


def view_data(document: Document, events: dict[str, list]) -> dict:
    records = document.records
    chapters = division_labels(document, qualified=True)
    return {
        "entities": {e["id"]: [e["type"], e.get("normal"), e.get("cluster"), e.get("fine_type"),
                               e.get("chapter"), bool(e.get("in_note"))] for e in records.entities},
        "dates": {d["id"]: [d.get("value"), d.get("mod"), d.get("alt_value"), d.get("calendar"),
                            d.get("holiday")] for d in records.dates},
        "mentions": {m["id"]: [m.get("kind"), m.get("cluster"), m.get("members") or []] for m in records.mentions},
        "events": events,
        "persons": {cluster: [name, count] for cluster, name, count in persons(document)},
        "chapters": chapters,
        "types": TYPE_NAMES,
    }


def reading_page(document: Document) -> str:
    events, argument_ids = argument_targets(document)
    records = document.records
    counts = (f"{len(records.entities)} имён, {len(records.dates)} дат, "
              f"{len(records.events)} событий, {len(document.sentences)} предложений")
    index = "../" * document.stem.count("/") + "index.html"
    return fill("reading.html", title=text(document.stem), counts=text(counts), index=attribute(index),
                css=asset("reading.css"), js=asset("reading.js"), toc=contents(document),
                toggles=toggles(document), persons=person_list(persons(document)),
                body=body(document, argument_ids), data=script_json(view_data(document, events)))


def reading_name(stem: str) -> str:
    """NAME.html; a text called `index` gets `index.text.html`, leaving the corpus its index."""
    return stem + (".text.html" if stem == "index" else ".html")


def write_reading(path: Path, document: Document) -> None:
    with atomic_open(path) as file:
        file.write(reading_page(document))
