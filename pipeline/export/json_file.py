"""NAME.json, written as the analysis streams in: tokens go to disk piece by
piece, so a whole book never holds all its token records in memory."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable

from letopis.export.atomic import atomic_open
from letopis.export.records import Record, Records, renumber
from letopis.text.reader import UTF8


# `json.dumps(value, ensure_ascii=False)`, with one encoder for every call rather than a new one each
dumps = json.JSONEncoder(ensure_ascii=False).encode
quoted = json.encoder.encode_basestring  # a string as `dumps` writes it (ensure_ascii=False)

# A token record's keys and the type of each value, as `records.token_records` makes them
TOKEN_FIELDS = (("start", int), ("end", int), ("text", str), ("lemma", str), ("pos", str), ("feats", str),
                ("head", int), ("dep", str), ("sent", int))
TOKEN_KEYS = [name for name, _ in TOKEN_FIELDS]
TOKEN_TYPES = tuple(kind for _, kind in TOKEN_FIELDS)


def dumps_token(record: Record) -> str:
    """`dumps(record)` of a token record, written straight from its nine fields: a book has a
    token record per word, and the encoder's set-up for each costs more than the writing. A record
    of any other keys or value types goes to `dumps`."""
    if list(record) != TOKEN_KEYS or tuple(map(type, record.values())) != TOKEN_TYPES:
        return dumps(record)
    return (f'{{"start": {record["start"]}, "end": {record["end"]}, "text": {quoted(record["text"])}, '
            f'"lemma": {quoted(record["lemma"])}, "pos": {quoted(record["pos"])}, '
            f'"feats": {quoted(record["feats"])}, "head": {record["head"]}, "dep": {quoted(record["dep"])}, '
            f'"sent": {record["sent"]}}}')


def write_list(file, name: str, items: list[Record]) -> None:
    file.write(f',\n"{name}": [')
    file.write(",".join("\n" + dumps(item) for item in items))
    file.write("\n]")


def write_json(path: Path, text: str, pieces: Iterable[Records], structure: list[Record] | None = None,
               encoding: str = UTF8) -> Records:
    """Write the document; returns its entities, dates, mentions and events (tokens are not kept).
    `structure` is the text's parts, chapters, headings, notes (`letopis.structure`); `encoding`
    the one the input file was read in, written after `text` when it is not UTF-8 (offsets count
    characters of the decoded text either way)."""
    kept = Records()
    with atomic_open(path) as file:
        file.write('{"text": ' + dumps(text))
        if encoding != UTF8:
            file.write(',\n"encoding": ' + dumps(encoding))
        file.write(',\n"tokens": [')
        first = True
        for piece in pieces:
            if piece.tokens:
                file.write(("\n" if first else ",\n") + ",\n".join(map(dumps_token, piece.tokens)))
                first = False
            kept.entities.extend(piece.entities)
            kept.dates.extend(piece.dates)
            kept.events.extend(piece.events)
            kept.mentions.extend(piece.mentions)
        renumber(kept)
        file.write("\n]")
        write_list(file, "entities", kept.entities)
        write_list(file, "dates", kept.dates)
        write_list(file, "mentions", kept.mentions)
        write_list(file, "events", kept.events)
        write_list(file, "structure", structure or [])
        file.write("\n}\n")
    return kept

