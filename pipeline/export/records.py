"""A Doc (one piece of a text) as the plain records of the JSON contract.

`Numbering` carries ids and indices across the pieces of one text, so a book
analysed in chunks gets one continuous set of tokens, sentences and ids.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span

from ..extensions import DATES, ENTITIES

Record = dict[str, Any]


@dataclass
class Numbering:
    tokens: int = 0
    sents: int = 0
    mentions: int = 0  # entities and dates share the T-id space
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


def span_record(span: Span, offset: int, id: str) -> Record:
    start = offset + span.start_char
    return {"id": id, "start": start, "end": start + len(span.text), "text": span.text}


def token_records(doc: Doc, offset: int, numbering: Numbering) -> list[Record]:
    words = [token for token in doc if not token.is_space]
    index = {token.i: numbering.tokens + n for n, token in enumerate(words)}
    sent_of = {}
    for sent in doc.sents:
        if any(not token.is_space for token in sent):
            for token in sent:
                sent_of[token.i] = numbering.sents
            numbering.sents += 1
    records = []
    for token in words:
        start = offset + token.idx
        records.append({
            "start": start, "end": start + len(token.text), "text": token.text,
            "lemma": token.lemma_, "pos": token.pos_, "feats": str(token.morph),
            "head": -1 if token.head.i == token.i else index.get(token.head.i, -1),
            "dep": token.dep_, "sent": sent_of.get(token.i, numbering.sents - 1),
        })
    numbering.tokens += len(words)
    return records


def doc_records(doc: Doc, offset: int, numbering: Numbering) -> Records:
    """Everything the Doc holds, with offsets shifted by the piece's `offset` in the text."""
    records = Records(tokens=token_records(doc, offset, numbering))
    ids: dict[tuple[int, int], str] = {}
    for ent in doc.spans.get(ENTITIES, doc.ents):
        record = span_record(ent, offset, numbering.next_mention())
        record.update(type=ent.label_, normal=ent._.normal, cluster=ent._.cluster,
                      fine_type=ent._.fine_type)
        records.entities.append(record)
        ids.setdefault((ent.start_char, ent.end_char), record["id"])
    for date in doc.spans.get(DATES, []):
        record = span_record(date, offset, numbering.next_mention())
        record.update(value=date._.value, mod=date._.mod)
        records.dates.append(record)
        ids.setdefault((date.start_char, date.end_char), record["id"])
    text = doc.text  # spaCy rebuilds it from the tokens on every access
    for event in doc._.events or []:
        records.events.append(event_record(text, event, offset, ids, numbering.next_event()))
    return records


def event_record(text: str, event: dict, offset: int, ids: dict[tuple[int, int], str], id: str) -> Record:
    start, end = event["trigger"]
    args = [
        {"role": role, "start": offset + s, "end": offset + e, "text": text[s:e], "ref": ids.get((s, e))}
        for role, s, e in event["args"]
    ]
    return {
        "id": id, "type": event["type"],
        "trigger": {"start": offset + start, "end": offset + end, "text": text[start:end]},
        "args": args, "polarity": event.get("polarity", "positive"),
        "modality": event.get("modality", "asserted"),
    }
