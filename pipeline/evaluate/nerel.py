"""NEREL's brat files as evaluation documents in the pipeline's terms.

Types are mapped to the pipeline's (`TYPES`); DATE mentions go to the dates layer, EVENT
mentions are both entities and event triggers, and the relations below become event arguments.
Two choices make the comparison fair to every system scored:
- nested gold: each mention says whether it is outermost among the gold mentions of its type;
  recall counts outermost ones only, and a prediction matching an inner one is not spurious;
- dates: NEREL's DATE spans begin with their preposition (`в пятницу`, `в течение двух лет`);
  the pipeline's and natasha's do not, so leading prepositions, simple and compound (`в
  течение`, `на протяжении`), are cut from the gold spans before scoring; `через`, which our
  spans keep as NEREL's do (gold/GUIDELINES.md 8.5: `через неделю`), is not cut. NEREL ends a
  DATE before the full stop of `г.`, `гг.`, `в.` (`1994 г`); ours keep it (3.2: `1921 г.`), so
  the gold span takes it in. A count of hours or minutes is a date of ours (a TIMEX3 duration
  under a day, `PT4H`: gold/GUIDELINES.md 9.26) and a TIME of NEREL's, which has its own type for
  it (`семь часов`, `через шесть минут`), so predicted dates with a `PT` value are left out of
  the comparison with NEREL's DATE (`as_nerel_dates`).
"""
from __future__ import annotations

import re
from pathlib import Path

from letopis.text.reader import read_text
from letopis.evaluate.documents import Document, Record
from letopis.labels import DATE, EVENT

TYPES = {
    "PERSON": "PER", "ORGANIZATION": "ORG", "CITY": "LOC", "COUNTRY": "LOC",
    "STATE_OR_PROVINCE": "LOC", "DISTRICT": "LOC", "LOCATION": "LOC",
    "WORK_OF_ART": "WORK_OF_ART", "EVENT": "EVENT",
}
# relation → (argument class, which side is the event)
RELATIONS = {
    "PARTICIPANT_IN": ("participant", "Arg2"), "AGENT": ("participant", "Arg2"),
    "TAKES_PLACE_IN": ("place", "Arg1"),
    "POINT_IN_TIME": ("time", "Arg1"), "START_TIME": ("time", "Arg1"), "END_TIME": ("time", "Arg1"),
}
# The pipeline's event types NEREL's EVENT covers. Speech, writing, publishing and study
# (COMMUNICATION, CREATION, PUBLICATION, EDUCATION) are events of a biography but seldom of
# NEREL: on NEREL train at most 7 % of the pipeline's triggers of those types fall on an EVENT
# mention, against 15 % or more for every other type (`python benchmarks/nerel_types.py`).
EVENT_TYPES = frozenset({
    "MOVEMENT", "MEETING", "ARREST", "RELEASE", "EXILE", "TRIAL", "MEMBERSHIP", "CONFLICT",
    "WAR", "DEATH", "BIRTH", "EMPLOYMENT", "MARRIAGE", "OTHER",
})
ARGUMENT_LABELS = set(TYPES) | {DATE}  # an argument is an entity or date mention, as on the seed
PREPOSITIONS = {"в", "во", "с", "со", "от", "до", "к", "ко", "по", "на", "около", "после", "за",
                "перед", "о", "об", "у", "при", "между", "накануне", "начиная",
                "течение", "течении", "протяжении", "продолжение",  # `в течение`, `на протяжении`
                "c"}  # a Latin `c` typed for `с` (`c 2010 года`)
LEADING_WORD = re.compile(r"(\w+)\s+")
ABBREVIATED_UNIT = re.compile(r"(?:^|[\s\d.])(?:гг?|вв?)$")  # `1994 г`, `2007г`, `XIX в` before their stop


def take_stop(text: str, start: int, end: int) -> int:
    """The end of a date span with the full stop of its abbreviated unit (`1994 г` → `1994 г.`)."""
    return end + 1 if text[end:end + 1] == "." and ABBREVIATED_UNIT.search(text[start:end]) else end


def strip_preposition(text: str, start: int, end: int) -> int:
    """The start of a date span after its leading prepositions (`в январе` → `январе`)."""
    while True:
        found = LEADING_WORD.match(text, start, end)
        if not found or found.group(1).lower() not in PREPOSITIONS:
            return start
        start = found.end()


TIME_OF_DAY_DURATION = "PT"  # a TIMEX3 value under a day: NEREL's TIME, not its DATE


def as_nerel_dates(dates: list[Record]) -> list[Record]:
    """The predicted dates NEREL's DATE type covers: all but durations under a day (`PT4H`)."""
    return [d for d in dates if not str(d.get("value") or "").startswith(TIME_OF_DAY_DURATION)]


def mark_outermost(mentions: list[Record]) -> None:
    for mention in mentions:
        mention["outer"] = not any(
            other is not mention and other["type"] == mention["type"]
            and other["start"] <= mention["start"] and mention["end"] <= other["end"]
            and (other["end"] - other["start"]) > (mention["end"] - mention["start"])
            for other in mentions)


def read_brat(txt: Path) -> tuple[str, dict[str, Record], list[tuple[str, dict[str, str]]]]:
    """The text, every mention by id with its NEREL label, and the relations of one brat file."""
    text = read_text(txt)
    mentions: dict[str, Record] = {}
    relations = []
    for line in txt.with_suffix(".ann").read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            label, offsets = fields[1].split(" ", 1)
            numbers = offsets.replace(";", " ").split()
            start, end = int(numbers[0]), int(numbers[-1])
            if label == DATE:
                start = strip_preposition(text, start, end)
                end = take_stop(text, start, end)
            mentions[fields[0]] = {"id": fields[0], "label": label, "start": start, "end": end,
                                   "text": text[start:end]}
        elif line.startswith("R") and len(fields) >= 2:
            relation, *args = fields[1].split()
            relations.append((relation, dict(arg.split(":", 1) for arg in args)))
    return text, mentions, relations


def read_document(txt: Path, name: str) -> Document:
    text, mentions, relations = read_brat(txt)
    entities = [dict(m, type=TYPES[m["label"]]) for m in mentions.values() if m["label"] in TYPES]
    dates = [dict(m, type=DATE) for m in mentions.values() if m["label"] == DATE]
    mark_outermost(entities)
    mark_outermost(dates)
    outer = {e["id"]: e["outer"] for e in entities}
    found = events(mentions, relations)
    for event in found:
        event["outer"] = outer[event["id"]]
    return Document(name, text, [], entities, dates, found, has_tokens=False)


def events(mentions: dict[str, Record], relations: list[tuple[str, dict[str, str]]]) -> list[Record]:
    triggers = {id: m for id, m in mentions.items() if m["label"] == EVENT}
    found = {id: {"id": id, "type": EVENT, "trigger": {k: m[k] for k in ("start", "end", "text")},
                  "args": []} for id, m in triggers.items()}
    for relation, args in relations:
        if relation not in RELATIONS:
            continue
        role, side = RELATIONS[relation]
        event_id = args.get(side)
        other = args.get("Arg1" if side == "Arg2" else "Arg2")
        if event_id in found and other in mentions and mentions[other]["label"] in ARGUMENT_LABELS:
            arg = mentions[other]
            found[event_id]["args"].append(
                {"role": role, "start": arg["start"], "end": arg["end"], "text": arg["text"], "ref": other})
    return sorted(found.values(), key=lambda event: event["trigger"]["start"])


def nerel_documents(folder: Path) -> dict[str, Document]:
    return {txt.relative_to(folder).with_suffix("").as_posix(): read_document(txt, txt.stem)
            for txt in sorted(folder.rglob("*.txt")) if txt.with_suffix(".ann").exists()}
