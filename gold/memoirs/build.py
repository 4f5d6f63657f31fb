"""The memoir development set: hand annotation tables in, gold JSON and brat out.

Every passage `NAME.txt` of this folder has its annotation in `tables/NAME.py`, a module of
plain tables (GUIDELINES.md sections 8–9):

    SOURCE    = (file in ../shared/corpus/memoirs, start, end)   # character range it was cut from
    ENTITIES  = [(context, type, fine_type, normal, referent)]
    MENTIONS  = [(context, kind, referent or None)]               # kind "pronoun" or "zero"
    DATES     = [(context, value, mod)] or (context, value, mod, {"alt_value": ..., ...})
    EVENTS    = [(trigger context, type, polarity, modality, [argument, ...])]
    LAYERS    = ("dates",)   # optional: the layers annotated (default all); the others are not scored

A context is a string that occurs exactly once in the passage, with the mention in
[brackets]; offsets are computed, never typed. An argument is `(role, context)` naming an
entity, date or mention context of the tables; `(role, context, [antecedent contexts])` for a
pronoun or zero mention whose named antecedents are given explicitly (a plural with split
antecedents); `(role, context, "inferred")` for a time the clause does not give (the date in
force). Referents become person/entity clusters C1.. in order of first entity mention; a
mention's referent must be named by an entity of the passage (else None).

    python gold/memoirs/build.py                 # checks every table, writes NAME.json and NAME.ann
    python gold/memoirs/build.py gold/heldout    # the same for another folder of that layout

A new passage is a new `NAME.txt` and `tables/NAME.py`: nothing here changes. Another set of
passages (the held-out test set, `gold/heldout/`) is another folder of the same layout, built by
this script with the folder as argument; every function below takes that folder (default: this
script's folder, the development set).
"""
from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CONTEXT = re.compile(r"^(.*)\[(.+)\](.*)$", re.S)
KINDS = ("pronoun", "zero")
DATE_EXTRAS = ("alt_value", "calendar", "holiday")
LAYERS = ("entities", "dates", "mentions", "events")  # a table may annotate some only (`LAYERS = ("dates",)`)


class AnnotationError(Exception):
    pass


def locate(text: str, context: str) -> tuple[int, int]:
    """Offsets of the bracketed mention; the context must occur exactly once."""
    found = CONTEXT.match(context)
    if not found:
        raise AnnotationError(f"no [mention] in context {context!r}")
    before, mention, after = found.groups()
    plain = before + mention + after
    starts = [m.start() for m in re.finditer(re.escape(plain), text)]
    if len(starts) != 1:
        raise AnnotationError(f"context {context!r} occurs {len(starts)} times")
    start = starts[0] + len(before)
    return start, start + len(mention)


def load_tables(name: str, folder: Path = HERE):
    spec = importlib.util.spec_from_file_location(f"memoir_tables_{name}", Path(folder) / "tables" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def passages(folder: Path = HERE) -> list[str]:
    """Every passage of the folder with both a text and a table module."""
    folder = Path(folder)
    return sorted(p.stem for p in (folder / "tables").glob("*.py")
                  if not p.stem.startswith("_") and (folder / f"{p.stem}.txt").exists())


def read_text(name: str, folder: Path = HERE) -> str:
    return (Path(folder) / f"{name}.txt").read_bytes().decode("utf-8")


def build(text: str, tables) -> dict:
    by_context: dict[str, dict] = {}

    def remember(context: str, record: dict) -> None:
        if context in by_context:
            raise AnnotationError(f"context {context!r} used for two mentions")
        by_context[context] = record

    entities = []
    for context, type, fine, normal, referent in tables.ENTITIES:
        start, end = locate(text, context)
        entities.append({"start": start, "end": end, "text": text[start:end], "type": type, "normal": normal,
                         "fine_type": fine, "referent": referent, "context": context})
    entities.sort(key=lambda e: (e["start"], -e["end"]))
    clusters: dict[str, str] = {}
    cluster_type: dict[str, str] = {}
    for n, entity in enumerate(entities, 1):
        entity["id"] = f"T{n}"
        referent = entity.pop("referent")
        entity["cluster"] = clusters.setdefault(referent, f"C{len(clusters) + 1}")
        if cluster_type.setdefault(entity["cluster"], entity["type"]) != entity["type"]:
            raise AnnotationError(f"referent {referent!r} has mentions of two types")
        remember(entity.pop("context"), entity)

    dates = []
    for row in tables.DATES:
        context, value, mod, *extra = row
        start, end = locate(text, context)
        date = {"start": start, "end": end, "text": text[start:end], "value": value, "mod": mod}
        for key, item in (extra[0] if extra else {}).items():
            if key not in DATE_EXTRAS:
                raise AnnotationError(f"date {context!r}: unknown attribute {key!r}")
            date[key] = item
        date["context"] = context
        dates.append(date)
    dates.sort(key=lambda d: d["start"])
    for n, date in enumerate(dates, len(entities) + 1):
        date["id"] = f"T{n}"
        remember(date.pop("context"), date)

    mentions = []
    for context, kind, referent in tables.MENTIONS:
        if kind not in KINDS:
            raise AnnotationError(f"mention {context!r}: kind {kind!r}")
        start, end = locate(text, context)
        if re.search(r"\s", text[start:end]):
            raise AnnotationError(f"mention {context!r} is not one token")
        if referent is not None and referent not in clusters:
            raise AnnotationError(f"mention {context!r}: referent {referent!r} is named nowhere")
        cluster = clusters[referent] if referent is not None else None
        if cluster is not None and cluster_type[cluster] != "PER":
            raise AnnotationError(f"mention {context!r} joins a {cluster_type[cluster]} cluster")
        mentions.append({"start": start, "end": end, "text": text[start:end], "kind": kind, "cluster": cluster,
                         "context": context})
    mentions.sort(key=lambda m: m["start"])
    for n, mention in enumerate(mentions, len(entities) + len(dates) + 1):
        mention["id"] = f"T{n}"
        remember(mention.pop("context"), mention)

    names = [e for e in entities if e["type"] == "PER"]
    events = []
    for context, type, polarity, modality, args in tables.EVENTS:
        start, end = locate(text, context)
        events.append({"type": type, "trigger": {"start": start, "end": end, "text": text[start:end]},
                       "args": [argument(arg, by_context, names) for arg in args],
                       "polarity": polarity, "modality": modality})
    events.sort(key=lambda e: (e["trigger"]["start"], e["type"]))
    for n, event in enumerate(events, 1):
        event["id"] = f"E{n}"
    return {"entities": [{k: e[k] for k in ("id", "start", "end", "text", "type", "normal", "cluster", "fine_type")}
                         for e in entities],
            "dates": dates,
            "mentions": [{k: m[k] for k in ("id", "start", "end", "text", "kind", "cluster")} for m in mentions],
            "events": [{k: e[k] for k in ("id", "type", "trigger", "args", "polarity", "modality")} for e in events]}


def argument(arg: tuple, by_context: dict, names: list[dict]) -> dict:
    role, context, *more = arg
    if context not in by_context:
        raise AnnotationError(f"argument {context!r} is not an entity, date or mention context")
    target = by_context[context]
    record = {"role": role, "start": target["start"], "end": target["end"], "text": target["text"],
              "ref": target["id"], "cluster": None, "coref": None}
    if more == ["inferred"]:
        if role != "time" or "value" not in target:
            raise AnnotationError(f"inferred argument {context!r} must be a time given by a date")
        record["inferred"] = True
    elif "kind" in target:                       # a pronoun or zero mention
        record["cluster"] = target["cluster"]
        if more:
            record["coref"] = " ".join(by_context[a]["id"] for a in more[0])
        elif target["cluster"] is not None:
            same = [e for e in names if e["cluster"] == target["cluster"]]
            before = [e for e in same if e["end"] <= target["start"]]
            record["coref"] = (before[-1] if before else same[0])["id"]
    elif more:
        raise AnnotationError(f"argument {context!r}: antecedents given for a name or date")
    elif target.get("type") == "PER":
        record["cluster"] = target["cluster"]
    return record


def fragments(text: str, start: int, end: int) -> str:
    parts = [f"{start + m.start()} {start + m.end()}" for m in re.finditer(r"[^\n]+", text[start:end])]
    return ";".join(parts) if parts else f"{start} {end}"


def brat(text: str, gold: dict) -> str:
    lines, notes = [], 0

    def note(target: str, content: str) -> None:
        nonlocal notes
        notes += 1
        lines.append(f"#{notes}\tAnnotatorNotes {target}\t{content}")

    for e in gold["entities"]:
        lines.append(f"{e['id']}\t{e['type']} {fragments(text, e['start'], e['end'])}\t{e['text']}")
        fine = f"; fine_type={e['fine_type']}" if e["fine_type"] else ""
        note(e["id"], f"normal={e['normal']}; cluster={e['cluster']}{fine}")
    for d in gold["dates"]:
        lines.append(f"{d['id']}\tDATE {fragments(text, d['start'], d['end'])}\t{d['text']}")
        note(d["id"], "; ".join(f"{k}={d[k]}" for k in ("value", "mod", *DATE_EXTRAS) if d.get(k)))
    for m in gold["mentions"]:
        lines.append(f"{m['id']}\t{'PRON' if m['kind'] == 'pronoun' else 'ZERO'} {m['start']} {m['end']}\t{m['text']}")
        note(m["id"], f"cluster={m['cluster']}")
    next_t = len(gold["entities"]) + len(gold["dates"]) + len(gold["mentions"]) + 1
    attributes = 0
    for event in gold["events"]:
        t = event["trigger"]
        trigger = f"T{next_t}"
        next_t += 1
        lines.append(f"{trigger}\t{event['type']} {fragments(text, t['start'], t['end'])}\t{t['text']}")
        seen: dict[str, int] = {}
        parts = [f"{event['type']}:{trigger}"]
        inferred = []
        for arg in event["args"]:
            seen[arg["role"]] = seen.get(arg["role"], 0) + 1
            role = arg["role"] + (str(seen[arg["role"]]) if seen[arg["role"]] > 1 else "")
            parts.append(f"{role}:{arg['ref']}")
            if arg.get("inferred"):
                inferred.append(role)
        lines.append(f"{event['id']}\t{' '.join(parts)}")
        if inferred:
            note(event["id"], "inferred=" + ",".join(inferred))
        for name, value, default in (("Polarity", event["polarity"], "positive"),
                                     ("Modality", event["modality"], "asserted")):
            if value != default:
                attributes += 1
                lines.append(f"A{attributes}\t{name} {event['id']} {value}")
    return "\n".join(lines) + "\n"


def gold_for(name: str, folder: Path = HERE) -> dict:
    text = read_text(name, folder)
    tables = load_tables(name, folder)
    gold = {"text": text, "tokens": [], **build(text, tables)}
    layers = getattr(tables, "LAYERS", None)
    if layers is not None:
        unknown = set(layers) - set(LAYERS)
        if unknown:
            raise AnnotationError(f"unknown layers {sorted(unknown)}")
        gold["layers"] = list(layers)
    return gold


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else HERE
    if not (folder / "tables").is_dir():
        sys.exit(f"{folder}: no tables/ folder")
    for name in passages(folder):
        try:
            gold = gold_for(name, folder)
        except AnnotationError as error:
            sys.exit(f"{name}: {error}")
        text = gold["text"]
        (folder / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        (folder / f"{name}.ann").write_text(brat(text, gold), encoding="utf-8")
        args = [a for e in gold["events"] for a in e["args"]]
        print(f"{name}: {len(text)} characters, {len(gold['entities'])} entities, {len(gold['dates'])} dates, "
              f"{len(gold['mentions'])} mentions, {len(gold['events'])} events, {len(args)} arguments "
              f"({sum(bool(a.get('inferred')) for a in args)} inferred times)")


if __name__ == "__main__":
    main()
