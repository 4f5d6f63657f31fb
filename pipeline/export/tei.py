"""NAME.tei.xml: the text as TEI P5, its names and dates tagged, its people, places,
organisations and events listed in a standOff.

Paragraphs are `p`; parts and chapters `div` with their `head` and `epigraph`; footnotes
`note`, their markers `ref`; front and back matter `front` and `back`. Names are `persName`,
`placeName`, `orgName`, `title` and `name type="event"`, dates `date` (`@when`, or
`@notBefore`/`@notAfter`), pronouns standing for a person `rs`, event triggers
`seg type="event"` pointing (`@ana`) to their `event` in the `listEvent`. A name's `@ref`
points to its cluster's entry in `listPerson`, `listPlace` or `listOrg`, holding its normal
forms. A tag cut where tags would cross goes on as a second element with `@prev`.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterator
from xml.sax.saxutils import escape, quoteattr

from letopis.export.atomic import atomic_open
from letopis.export.document import Document
from letopis.export.nesting import Mark, nest
from letopis.export.records import Record
from letopis.export.timex import tei_attributes
from letopis.labels import EVENT, FACILITY, LOC, ORG, PER, TIME, WORK_OF_ART

NAMESPACE = "http://www.tei-c.org/ns/1.0"
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # characters XML 1.0 forbids
ELEMENTS = {PER: ("persName", None), LOC: ("placeName", None), FACILITY: ("placeName", "facility"),
            ORG: ("orgName", None), WORK_OF_ART: ("title", None), EVENT: ("name", "event")}
LISTS = {PER: ("listPerson", "person", "persName"), LOC: ("listPlace", "place", "placeName"),
         FACILITY: ("listPlace", "place", "placeName"), ORG: ("listOrg", "org", "orgName")}
DIVISIONS = ("part", "chapter")


def text(value: str) -> str:
    return escape(NOT_XML.sub(" ", value))


def attributes(**values: str | None) -> str:
    return "".join(f" {name.replace('_', ':', 1) if name.startswith('xml_') else name}="
                   f"{quoteattr(NOT_XML.sub(' ', str(value)))}"
                   for name, value in values.items() if value is not None)


def xml_id(id: str) -> str:
    """A structure id as an xml:id (an NCName: it must not start with a digit)."""
    return "s-" + re.sub(r"[^\w.-]", "_", str(id))


def entry_id(entity: Record) -> str | None:
    """The standOff entry a name points to: one per cluster (or per unclustered name)."""
    if entity["type"] not in LISTS:
        return None
    return f"{LISTS[entity['type']][1]}-{entity.get('cluster') or entity['id']}"


def tag_mark(start: int, end: int, name: str, id: str | None, **values: str | None) -> Mark:
    first = f"<{name}{attributes(xml_id=id, **values)}>"
    part = f"<{name}{attributes(prev='#' + id if id else None, **values)}>"
    return Mark(start, end, first, f"</{name}>", part)


def inline_marks(document: Document) -> Iterator[Mark]:
    records = document.records
    for entity in records.entities:
        name, type = ELEMENTS.get(entity["type"], ("name", entity["type"].lower()))
        ref = entry_id(entity)
        yield tag_mark(entity["start"], entity["end"], name, entity["id"], type=type,
                       ref="#" + ref if ref else None)
    for date in records.dates:
        dating = tei_attributes(date.get("value"), date.get("mod"))
        if date.get("alt_value") and date.get("calendar"):
            dating.update({"when-custom": date["alt_value"], "datingMethod": f"#calendar-{date['calendar']}"})
        yield tag_mark(date["start"], date["end"], "date", date["id"], **dating)
    persons = {e.get("cluster") for e in records.entities if e["type"] == PER and e.get("cluster")}
    for mention in records.mentions:
        if mention.get("kind") == "pronoun" and mention.get("cluster") in persons:
            yield tag_mark(mention["start"], mention["end"], "rs", mention["id"], type="person",
                           ref=f"#person-{mention['cluster']}")
    for event in records.events:
        trigger = event["trigger"]
        yield tag_mark(trigger["start"], trigger["end"], "seg", None, type="event", ana="#" + event["id"])
    for ref in document.structure("footnote_ref"):
        if ref.get("note"):
            yield tag_mark(ref["start"], ref["end"], "ref", None, type="noteAnchor", target="#" + xml_id(ref["note"]))


class Builder:
    """Blocks into front, body and back, with divisions, heads, epigraphs and notes."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.front: list[str] = []
        self.body: list[str] = []
        self.back: list[str] = []
        self.stack: list[tuple[str | None, str]] = []  # (division id or None, state) in the body
        self.body_state = "top"  # top (only heads so far), p, div
        self.note: str | None = None
        self.target = self.body

    def state(self) -> str:
        return self.stack[-1][1] if self.stack else self.body_state

    def set_state(self, state: str) -> None:
        if self.stack:
            self.stack[-1] = (self.stack[-1][0], state)
        else:
            self.body_state = state

    def close_note(self) -> None:
        if self.note is not None:
            self.target.append("</note>\n")
            self.note = None

    def enter(self, divisions: list[Record]) -> None:
        """Closes the divisions the block is outside of and opens the new ones it is in."""
        wanted = [d["id"] for d in divisions]
        while self.stack:
            named = [id for id, _ in self.stack if id is not None]
            deeper = self.stack[-1][0] is None and len(named) < len(wanted)
            if named != wanted[:len(named)] or deeper:
                self.stack.pop()
                self.body.append("</div>\n")
                continue
            break
        for division in divisions[len([id for id, _ in self.stack if id is not None]):]:
            self.set_state("div")
            self.body.append(f"<div{attributes(type=division['type'], n=division.get('number'), xml_id=xml_id(division['id']))}>\n")
            self.stack.append((division["id"], "top"))

    def paragraph_place(self) -> None:
        if self.state() == "div":  # prose after a division's subdivisions: a division of its own
            self.body.append('<div type="continuation">\n')
            self.stack.append((None, "p"))
        self.set_state("p")

    def add(self, kind: str, where: str, markup: str, divisions: list[Record], note: str | None) -> None:
        target = {"front": self.front, "back": self.back}.get(where, self.body)
        if target is not self.target or note != self.note:
            self.close_note()
        self.target = target
        if where == "body" and note is None:
            self.enter(divisions)
        paragraph = f"<p>{markup}</p>\n"
        if note is not None:
            if self.note is None:
                self.note = note
                self.target.append(f'<note{attributes(xml_id=xml_id(note), type="footnote")}>\n')
            self.target.append(paragraph)
        elif where != "body":
            self.target.append(paragraph)
        elif kind == "heading" and self.state() == "top":
            self.body.append(f"<head>{markup}</head>\n")
        elif kind == "epigraph" and self.state() == "top":
            self.body.append(f"<epigraph><p>{markup}</p></epigraph>\n")
        else:
            self.paragraph_place()
            self.body.append(f'<p rend="{kind}">{markup}</p>\n' if kind else paragraph)

    def finish(self) -> str:
        self.close_note()
        while self.stack:
            self.stack.pop()
            self.body.append("</div>\n")
        if not any(part.startswith(("<p", "<div", "<head", "<epigraph")) for part in self.body):
            self.body.append("<p/>\n")
        out = []
        if self.front:
            out += ["<front>\n<div type=\"front\">\n", *self.front, "</div>\n</front>\n"]
        out += ["<body>\n", *self.body, "</body>\n"]
        if self.back:
            out += ["<back>\n<div type=\"back\">\n", *self.back, "</div>\n</back>\n"]
        return "".join(out)


def containing(items: list[Record], start: int) -> list[Record]:
    return sorted((item for item in items if item["start"] <= start < item["end"]),
                  key=lambda item: (item["start"], -item["end"]))


def text_part(document: Document) -> str:
    structure = list(document.structure())
    divisions = [s for s in structure if s.get("type") in DIVISIONS]
    blocks = document.blocks()
    builder = Builder(document)
    for start, end, markup in nest(document.text, blocks, inline_marks(document), text):
        around = containing(structure, start)
        types = {item["type"]: item for item in around}
        where = "front" if "front" in types else "back" if "back" in types else "body"
        kind = "heading" if "heading" in types else "epigraph" if "epigraph" in types else ""
        note = types["note"]["id"] if "note" in types else None
        builder.add(kind, where, markup, containing(divisions, start), note)
    return builder.finish()


def names(entities: list[Record]) -> dict[str, list[str]]:
    """Each standOff entry's normal forms, the most frequent first."""
    found: dict[str, Counter] = defaultdict(Counter)
    for entity in entities:
        id = entry_id(entity)
        if id:
            found[id][entity.get("normal") or entity["text"]] += 1
    return {id: sorted(counts, key=lambda name: (-counts[name], name)) for id, counts in found.items()}


def entry_lists(document: Document) -> str:
    entries = names(document.records.entities)
    out = []
    for list_name, item, name in dict.fromkeys(LISTS.values()):
        items = [f"<{item}{attributes(xml_id=id)}>" + "".join(f"<{name}>{text(n)}</{name}>" for n in forms)
                 + f"</{item}>\n" for id, forms in entries.items() if id.startswith(item + "-")]
        if items:
            out.append(f"<{list_name}>\n{''.join(items)}</{list_name}>\n")
    return "".join(out)


def event_list(document: Document) -> str:
    records = document.records
    dates = {d["id"]: d for d in records.dates}
    out = []
    for event in records.events:
        dating: dict[str, str] = {}
        where = None
        args = []
        for arg in event["args"]:
            if arg["role"] == TIME and arg.get("ref") in dates:
                date = dates[arg["ref"]]
                dating = dating or tei_attributes(date.get("value"), date.get("mod"))
            entity = document.referent(arg)
            entry = entry_id(entity) if entity else None
            if entry and entry.startswith("place-") and where is None and arg["role"] != TIME:
                where = "#" + entry
            kind = (entity["type"].lower() if entity else "date" if arg.get("ref") in dates else "other")
            args.append(f"<rs{attributes(type=kind, role=arg['role'], ref='#' + entry if entry else None)}>"
                        f"{text(arg['text'])}</rs>")
        notes = "".join(f'<note type="{kind}">{text(event[kind])}</note>'
                        for kind, default in (("polarity", "positive"), ("modality", "asserted"))
                        if event.get(kind, default) != default)
        out.append(f"<event{attributes(xml_id=event['id'], type=event['type'], where=where, **dating)}>"
                   f"<p><seg type=\"trigger\">{text(event['trigger']['text'])}</seg>"
                   f"{': ' if args else ''}{'; '.join(args)}</p>{notes}</event>\n")
    return f"<listEvent>\n{''.join(out)}</listEvent>\n" if out else ""


def header(document: Document) -> str:
    calendars = sorted({d["calendar"] for d in document.records.dates if d.get("calendar") and d.get("alt_value")})
    profile = ""
    if calendars:
        profile = ("<profileDesc><calendarDesc>" + "".join(
            f'<calendar{attributes(xml_id="calendar-" + c)}><p>{text(c)}</p></calendar>' for c in calendars)
            + "</calendarDesc></profileDesc>")
    return (f"<teiHeader><fileDesc><titleStmt><title>{text(document.stem)}</title></titleStmt>"
            "<publicationStmt><p>Annotated automatically by letopis: names, dates and events are "
            "the pipeline's, not an editor's.</p></publicationStmt>"
            f"<sourceDesc><p>{text(document.stem)}.txt</p></sourceDesc></fileDesc>{profile}</teiHeader>\n")


def tei_document(document: Document) -> str:
    stand_off = entry_lists(document) + event_list(document)
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<TEI xmlns="{NAMESPACE}">\n{header(document)}'
            f'<text xml:lang="ru">\n{text_part(document)}</text>\n'
            + (f"<standOff>\n{stand_off}</standOff>\n" if stand_off else "") + "</TEI>\n")


def write_tei(path: Path, document: Document) -> None:
    with atomic_open(path) as file:
        file.write(tei_document(document))
