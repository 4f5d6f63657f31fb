"""A Doc (one piece of a text) as the plain records of the JSON contract.

`Numbering` carries ids and indices across the pieces of one text, so a book
analysed in chunks gets one continuous set of tokens, sentences and ids.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Sequence

from spacy.attrs import DEP, HEAD, IDX, IS_SPACE, LEMMA, LENGTH, MORPH, ORTH, POS, SENT_START, SPACY
from spacy.parts_of_speech import NAMES
from spacy.tokens import Doc, Span

from letopis.extensions import DATES, ENTITIES
from letopis.labels import ASSERTED, PER, POSITIVE, Argument
from letopis.morphosyntax.memo import doc_table
from letopis.structure.locate import Placement

Record = dict[str, Any]
COLUMNS = [IDX, LENGTH, IS_SPACE, LEMMA, POS, MORPH, DEP, SENT_START]  # HEAD apart: it is signed
IS_SPACE_AT = COLUMNS.index(IS_SPACE)
DATE_EXTRAS = ("alt_value", "calendar", "holiday", "range")  # Old/New Style value, calendar, feast, first/last


@dataclass
class Numbering:
    tokens: int = 0
    sents: int = 0
    mentions: int = 0  # entities, dates and person mentions share the T-id space
    events: int = 0

    def next_mention(self) -> str:
        self.mentions += 1
        return f"T{self.mentions}"

    def next_event(self) -> str:
        self.events += 1
        return f"E{self.events}"


@dataclass
class Records:
    tokens: list[Record] = field(default_factory=list)
    entities: list[Record] = field(default_factory=list)
    dates: list[Record] = field(default_factory=list)
    events: list[Record] = field(default_factory=list)
    # Layers other stages add; empty where a run has none (see README, output format).
    mentions: list[Record] = field(default_factory=list)   # pronoun and zero-subject persons
    structure: list[Record] = field(default_factory=list)  # parts, chapters, headings, notes


def renumber(records: Records) -> None:
    """T ids in the order of the whole document's entities, dates, mentions, as one piece would
    number them, so ids do not depend on where a long text was cut; refs follow."""
    new: dict[str, str] = {}
    for number, record in enumerate(records.entities + records.dates + records.mentions, 1):
        new[record["id"]] = record["id"] = f"T{number}"
    for event in records.events:
        for arg in event["args"]:
            for key in ("ref", "coref"):  # `coref` of a group names several mentions
                if arg.get(key):
                    arg[key] = " ".join(new.get(id, id) for id in arg[key].split())


def span_record(span: Span, offset: int, id: str) -> Record:
    """A span's characters; an entity's name alone where the span holds more (`span._.part`)."""
    start, end = span._.part or (span.start_char, span.end_char)
    text = span.text[start - span.start_char:end - span.start_char]
    return {"id": id, "start": offset + start, "end": offset + start + len(text), "text": text}


def string_lookup(doc: Doc):
    """`doc.vocab.strings[key]`, each key looked up once: spaCy's lookup of a hash over 2⁶³
    (half of them) costs some microseconds, which over every token of a book adds up."""
    strings, memo = doc.vocab.strings, {}

    def lookup(key: int) -> str:
        found = memo.get(key)
        if found is None:
            found = memo[key] = strings[key]
        return found
    return lookup


def doc_text(doc: Doc, lookup=None) -> str:
    """`doc.text` without building a Token object per token, as spaCy's property does; built once
    for the Doc that coreference, events, the date in force and the records all ask about
    (`morphosyntax/memo.py`: a Doc's words never change)."""
    table = doc_table(doc, "text")
    found = table.get(TEXT)
    if found is None:
        lookup = lookup or string_lookup(doc)
        found = table[TEXT] = "".join([lookup(orth) + " " if space else lookup(orth)
                                       for orth, space in doc.to_array([ORTH, SPACY]).tolist()])
    return found


TEXT = "text"  # the key of the text in its table


def token_records(doc: Doc, text: str, offset: int, numbering: Numbering) -> list[Record]:
    """Read from the Doc's arrays, not Token objects: the main process of `-j N` does this for
    every token the workers send, and building Tokens cost more than the rest of its work."""
    rows = doc.to_array(COLUMNS).tolist()
    heads = doc.to_array(HEAD).astype("int64").tolist()  # offsets to the head, stored unsigned
    index: dict[int, int] = {}
    for i, row in enumerate(rows):
        if not row[IS_SPACE_AT]:
            index[i] = numbering.tokens + len(index)
    strings = string_lookup(doc)
    records = []
    sent = None  # the current sentence's number, given at its first word
    for i, ((idx, length, _, lemma, pos, morph, dep, sent_start), head) in enumerate(zip(rows, heads)):
        if sent_start == 1:
            sent = None
        if i not in index:
            continue
        if sent is None:
            sent = numbering.sents
            numbering.sents += 1
        start = offset + idx
        records.append({
            "start": start, "end": start + length, "text": text[idx:idx + length],
            "lemma": strings(lemma), "pos": NAMES.get(pos, ""), "feats": strings(morph) if morph else "",
            "head": -1 if head == 0 else index.get(i + head, -1), "dep": strings(dep) if dep else "",
            "sent": sent,
        })
    numbering.tokens += len(index)
    return records


def doc_records(doc: Doc, offset: int, numbering: Numbering, placement: Placement | None = None) -> Records:
    """Everything the Doc holds, with offsets shifted by the piece's `offset` in the text.

    With the `placement` of the whole text (`letopis.structure`), every entity, date and event
    says where it is (`chapter`, `in_note`), and none is taken from a heading, a footnote
    marker or a note's label: those are no narrative."""
    where = placement or Placement([])
    text = doc_text(doc)
    records = Records(tokens=token_records(doc, text, offset, numbering))
    ids: dict[tuple[int, int], str] = {}
    persons: dict[tuple[int, int], str | None] = {}  # person mention span → its cluster
    for ent in doc.spans.get(ENTITIES, doc.ents):
        if not where.narrative(offset + ent.start_char, offset + ent.end_char):
            continue
        record = span_record(ent, offset, numbering.next_mention())
        record.update(type=ent.label_, normal=ent._.normal, cluster=ent._.cluster,
                      fine_type=ent._.fine_type)
        records.entities.append(where.place(record, record["start"]))
        ids.setdefault((ent.start_char, ent.end_char), record["id"])
        if ent.label_ == PER:
            persons.setdefault((ent.start_char, ent.end_char), ent._.cluster)
    for date in doc.spans.get(DATES, []):
        if not where.narrative(offset + date.start_char, offset + date.end_char):
            continue
        record = span_record(date, offset, numbering.next_mention())
        record.update(value=date._.value, mod=date._.mod)
        for name in DATE_EXTRAS:  # only when set, so outputs without them keep their bytes
            if getattr(date._, name) is not None:
                record[name] = getattr(date._, name)
        records.dates.append(where.place(record, record["start"]))
        ids.setdefault((date.start_char, date.end_char), record["id"])
    for mention in doc._.mentions or []:
        if not where.narrative(offset + mention[0], offset + mention[1]):
            continue
        record = mention_record(text, mention, offset, persons, numbering.next_mention())
        records.mentions.append(where.place(record, record["start"]))
        ids.setdefault(tuple(mention[:2]), record["id"])
        persons.setdefault(tuple(mention[:2]), record["cluster"])
    for event in doc._.events or []:
        start, end = event["trigger"]
        if where.narrative(offset + start, offset + end):
            record = event_record(text, event, offset, ids, persons, numbering.next_event(), where)
            records.events.append(where.place(record, record["trigger"]["start"]))
    return records


def mention_record(text: str, mention: Sequence, offset: int, persons: dict[tuple[int, int], str | None],
                   id: str) -> Record:
    """A pronoun or an unwritten subject (`coref/stage.py`): the cluster of the name it stands
    for; a plural one standing for a group has no cluster but its `members`' clusters."""
    start, end, kind, named, members = mention[:5]
    clusters = [persons.get(tuple(member)) for member in members]
    return {"id": id, "start": offset + start, "end": offset + end, "text": text[start:end], "kind": kind,
            "cluster": persons.get(tuple(named)) if named else None,
            "members": list(dict.fromkeys(c for c in clusters if c))}


def coref(arg: Argument, ids: dict[tuple[int, int], str]) -> str | None:
    """The id of the name a pronoun or unwritten subject stands for; a group's ids, space-separated."""
    if arg.antecedent:
        return ids.get(arg.antecedent)
    found = [ids[member] for member in arg.members if member in ids]
    return " ".join(found) or None


def event_record(text: str, event: dict, offset: int, ids: dict[tuple[int, int], str],
                 persons: dict[tuple[int, int], str | None], id: str, where: Placement | None = None) -> Record:
    start, end = event["trigger"]
    args = []
    for arg in map(Argument.of, event["args"]):
        if where is not None and not where.narrative(offset + arg.start, offset + arg.end):
            continue
        record = {"role": arg.role, "start": offset + arg.start, "end": offset + arg.end,
                  "text": text[arg.start:arg.end], "ref": ids.get(arg.span),
                  "coref": coref(arg, ids),
                  "cluster": persons.get(arg.span)}
        if arg.inferred:
            record["inferred"] = True
        args.append(record)
    return {
        "id": id, "type": event["type"],
        "trigger": {"start": offset + start, "end": offset + end, "text": text[start:end]},
        "args": args, "polarity": event.get("polarity", POSITIVE),
        "modality": event.get("modality", ASSERTED),
    }


def as_read(records: Records, text: str) -> Records:
    """Each record's `text` as the file has it (`text[start:end]`), where the analysis read the
    file's line ends otherwise (`text/reader.line_ends`: a `\r` alone as `\n`, one character for
    one, so the offsets hold): a name or an argument across such a line end."""
    for layer in (records.entities, records.dates, records.mentions):
        for record in layer:
            record["text"] = text[record["start"]:record["end"]]
    for event in records.events:
        trigger = event["trigger"]
        trigger["text"] = text[trigger["start"]:trigger["end"]]
        for arg in event["args"]:
            arg["text"] = text[arg["start"]:arg["end"]]
    return records
