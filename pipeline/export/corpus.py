"""What the corpus index and its tables say: files, persons, places and dated events.

Each document is summarised once, as it is written (a run never keeps whole documents), into
rows: a person is one row per file by the normal form of its cluster, so a corpus index joins
the files on that name; a dated event is one whose `time` argument is a date with a year.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from letopis.export.document import Document
from letopis.export.reading import division_labels, persons
from letopis.export.records import Record
from letopis.export.timex import interval
from letopis.labels import LOC, PER, PLACE, ROLE_CLASS, TIME

PLACE_TYPES = (LOC, "FACILITY")


@dataclass
class FileRow:
    file: str
    characters: int
    tokens: int
    sentences: int
    entities: int
    persons: int
    places: int
    dates: int
    events: int
    dated: int


@dataclass
class PersonRow:
    person: str
    file: str
    cluster: str
    mentions: int
    names: int
    pronouns: int
    in_notes: int
    chapters: str  # `Глава I: 3; Глава II: 5`


@dataclass
class PlaceRow:
    place: str
    file: str
    mentions: int
    type: str
    first: str  # the id of its first mention


@dataclass
class TimelineRow:
    file: str
    event: str
    type: str
    trigger: str
    date: str
    value: str
    mod: str
    first: str  # ISO days the date covers
    last: str
    inferred: bool
    persons: str
    places: str
    sentence: str


@dataclass
class CorpusRows:
    files: list[FileRow] = field(default_factory=list)
    persons: list[PersonRow] = field(default_factory=list)
    places: list[PlaceRow] = field(default_factory=list)
    timeline: list[TimelineRow] = field(default_factory=list)
    names: list = field(default_factory=list)  # each file's person names (`collection.FileNames`)

    def add(self, document: Document) -> None:
        from letopis.export.collection import file_names

        people = person_rows(document)
        places = place_rows(document)
        dated = timeline_rows(document)
        self.names.append(file_names(document.stem, document.persons(), people, dated_by_person(document, dated)))
        records = document.records
        self.files.append(FileRow(document.stem, len(document.text), document.tokens, len(document.sentences),
                                  len(records.entities), len(people), len(places), len(records.dates),
                                  len(records.events), len(dated)))
        self.persons.extend(people)
        self.places.extend(places)
        self.timeline.extend(dated)

    def sorted(self) -> "CorpusRows":
        """Rows in an order that does not depend on which worker finished first."""
        return CorpusRows(sorted(self.files, key=lambda r: r.file),
                          sorted(self.persons, key=lambda r: (r.person, r.file, r.cluster)),
                          sorted(self.places, key=lambda r: (r.place, r.file)),
                          sorted(self.timeline, key=lambda r: (r.first, r.last, r.file, int(r.event[1:]))))


def chapter_counts(mentions: list[Record], chapters: dict[str, str]) -> str:
    counts = Counter(m.get("chapter") for m in mentions if m.get("chapter"))
    order = list(chapters)
    return "; ".join(f"{chapters.get(c, c)}: {n}" for c, n in
                     sorted(counts.items(), key=lambda item: order.index(item[0]) if item[0] in order else len(order)))


def person_rows(document: Document) -> list[PersonRow]:
    chapters = division_labels(document, qualified=True)
    mentions: dict[str, list[Record]] = defaultdict(list)
    for entity in document.persons():
        mentions[person_key(entity)].append(entity)
    names = {cluster: len(found) for cluster, found in mentions.items()}
    for mention in document.records.mentions:
        if mention.get("cluster") in mentions:
            mentions[mention["cluster"]].append(mention)
    return [PersonRow(name, document.stem, cluster, count, names[cluster], count - names[cluster],
                      sum(1 for m in mentions[cluster] if m.get("in_note")),
                      chapter_counts(mentions[cluster], chapters))
            for cluster, name, count in persons(document)]


def place_rows(document: Document) -> list[PlaceRow]:
    counts: Counter = Counter()
    first: dict[tuple[str, str], str] = {}
    for entity in document.records.entities:
        if entity["type"] in PLACE_TYPES:
            key = (entity.get("normal") or entity["text"], entity["type"])
            counts[key] += 1
            first.setdefault(key, entity["id"])
    return [PlaceRow(name, document.stem, count, type, first[name, type])
            for (name, type), count in sorted(counts.items())]


def person_key(entity: Record) -> str:
    """The person a name belongs to in its file: its cluster, or the name itself when it has none."""
    return entity.get("cluster") or entity["id"]


def event_persons(document: Document, event: Record) -> list[Record]:
    """The person names an event's arguments are or stand for (`Document.referent`)."""
    return [e for e in map(document.referent, event["args"]) if e and e["type"] == PER]


def dated_by_person(document: Document, dated: list[TimelineRow]) -> dict[str, list[TimelineRow]]:
    """Each person's (`person_key`) dated events, in text order."""
    rows = {row.event: row for row in dated}
    found: dict[str, list[TimelineRow]] = defaultdict(list)
    for event in document.records.events:
        if event["id"] in rows:
            for key in dict.fromkeys(map(person_key, event_persons(document, event))):
                found[key].append(rows[event["id"]])
    return dict(found)


def timeline_rows(document: Document) -> list[TimelineRow]:
    records = document.records
    dates = {d["id"]: d for d in records.dates}
    names = {cluster: name for cluster, name, _ in persons(document)}  # as the persons index
    rows = []
    for event in records.events:
        time = next((a for a in event["args"] if a["role"] == TIME and a.get("ref") in dates), None)
        if time is None:
            continue
        date = dates[time["ref"]]
        span = interval(date.get("value"), date.get("mod"))
        if span is None:
            continue
        named = [(a, document.referent(a)) for a in event["args"]]
        who = [names.get(person_key(e)) or e.get("normal") or e["text"] for e in event_persons(document, event)]
        where = [e.get("normal") or e["text"] for a, e in named
                 if e and ROLE_CLASS.get(a["role"]) == PLACE and e["type"] in PLACE_TYPES]
        rows.append(TimelineRow(document.stem, event["id"], event["type"], event["trigger"]["text"],
                                date["text"], date.get("value") or "", date.get("mod") or "",
                                span.first.isoformat(), span.last.isoformat(), bool(time.get("inferred")),
                                " | ".join(dict.fromkeys(w for w in who if w)), " | ".join(dict.fromkeys(where)),
                                document.sentence_text(event["trigger"]["start"])))
    return rows
