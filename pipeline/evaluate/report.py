"""report.md for people (tables, then every error with its sentence) and report.json for machines."""
from __future__ import annotations

import json
from pathlib import Path

from letopis.export.atomic import atomic_open
from letopis.evaluate.score import Errors

ARGUMENTS = ("Arguments: right when the event's trigger matched (strictly, or by overlap for "
             "`partial`) and span and role class (participant, place, time) agree; a pronoun argument, "
             "gold or predicted, may stand for any mention of its antecedent's cluster (`coref`).")
NOTES = {
    "seed": [
        "Gold: hand annotation in the pipeline's JSON contract (`gold/GUIDELINES.md`).",
        "Lemmas compare lowercase, ё = е, stress marks removed; lemma and UPOS accuracy are over "
        "gold tokens whose span the prediction has exactly.",
        ARGUMENTS,
        "Memoir gold (`gold/memoirs/`, no tokens: token figures are skipped): a gold pronoun or "
        "zero-subject mention is linked right when the predicted mention at its span is in a predicted "
        "cluster holding a named (PER) mention that is a gold name of its cluster; a pronoun or zero "
        "argument counts by the same rule (its predicted cluster, whatever its span). Person clusters (`persons.*`): B-cubed and MUC over names, "
        "pronouns and zero subjects in named gold or predicted clusters; a mention missing on one "
        "side is a singleton there. All figures are micro-averaged over the documents.",
    ],
    "nerel": [
        "Gold: NEREL brat files. Types: PERSON→PER, ORGANIZATION→ORG, CITY, COUNTRY, "
        "STATE_OR_PROVINCE, DISTRICT, LOCATION→LOC, WORK_OF_ART, EVENT; DATE is the dates layer.",
        "Nested gold: recall counts the outermost mention of each type; a prediction matching an "
        "inner gold mention is neither a hit nor spurious; for the partial figures it is the hit of the "
        "outer mention it overlaps when that one is otherwise unmatched.",
        "Dates: NEREL's DATE spans start with their preposition (`в пятницу`); leading prepositions "
        "are cut from the gold spans before scoring, for every system alike.",
        "Events: NEREL EVENT mentions are triggers; PARTICIPANT_IN and AGENT give participant "
        "arguments, TAKES_PLACE_IN place, POINT_IN_TIME, START_TIME and END_TIME time; as on the "
        "seed, an argument is an entity or date mention, so arguments of other NEREL types "
        "(PROFESSION, NATIONALITY, ...) are left out of the gold.",
        ARGUMENTS,
        "Event types: `events.*` scores every predicted event; `events.covered_*` only those of the "
        "types NEREL's EVENT covers (all but COMMUNICATION, CREATION, PUBLICATION, EDUCATION, "
        "which NEREL seldom annotates: see `letopis/evaluate/nerel.py` (`pipeline/evaluate/nerel.py` in the repository)).",
    ],
}
SECTIONS = [
    ("Tokens and lemmas", ["tokens.p", "tokens.r", "tokens.f1", "lemma.acc", "upos.acc"]),
    ("Entities", ["entities.p", "entities.r", "entities.f1", "entities.partial_f1", "normal.acc",
                  "clusters.b3_f1"]),
    ("Persons: pronoun and zero-subject mentions, clusters",
     ["mentions.p", "mentions.r", "mentions.f1", "mentions.link_acc", "mentions.link_acc_n",
      "mentions.pronoun_link_acc", "mentions.zero_link_acc", "persons.b3_p", "persons.b3_r", "persons.b3_f1",
      "persons.muc_p", "persons.muc_r", "persons.muc_f1", "persons.mentions_n"]),
    ("Dates", ["dates.p", "dates.r", "dates.f1", "dates.partial_f1", "dates.value_acc", "dates.mod_acc"]),
    ("Events", ["events.trigger_p", "events.trigger_r", "events.trigger_f1", "events.trigger_partial_f1",
                "events.typed_f1", "events.arg_p", "events.arg_r", "events.arg_f1", "events.arg_partial_f1",
                "events.inferred_time_p", "events.inferred_time_r", "events.inferred_time_f1",
                "events.inferred_left_out_n",
                "events.covered_trigger_f1", "events.covered_trigger_partial_f1", "events.covered_arg_p",
                "events.covered_arg_r", "events.covered_arg_f1", "events.covered_arg_partial_f1"]),
]


def cell(value: float | None) -> str:
    if isinstance(value, int):
        return str(value)
    return "—" if value is None else f"{value:.3f}"


def table(keys: list[str], systems: dict[str, dict[str, float]]) -> list[str]:
    names = list(systems)
    lines = ["| metric | " + " | ".join(names) + " |", "| --- |" + " ---: |" * len(names)]
    for key in keys:
        if any(key in figures for figures in systems.values()):
            lines.append(f"| {key} | " + " | ".join(cell(systems[n].get(key)) for n in names) + " |")
    return lines


def per_type_keys(figures: dict[str, float]) -> list[str]:
    types = sorted({key.split(".")[1] for key in figures
                    if key.startswith("entities.") and key.endswith(".partial_f1") and key.count(".") == 2})
    return [f"entities.{t}.{m}" for t in types for m in ("p", "r", "f1", "partial_f1")]


INFERRED_POLICY = {
    True: "Inferred times policy: this gold annotates inferred times (the date in force, `inferred: "
          "true`, GUIDELINES 8.4), so predicted ones count in the argument figures and on their own "
          "(`events.inferred_time_*`).",
    False: "Inferred times policy: this gold never annotates inferred times (the date in force, "
           "`inferred: true`), so predicted ones are left out of every argument figure (counted as "
           "spurious they would only measure that the gold lacks them) and reported by number "
           "(`events.inferred_left_out_n`); `letopis evaluate --inferred count` scores them anyway.",
}


NO_ERRORS = ("Figures only: the errors are not listed (`letopis evaluate --no-errors`). This is a "
             "held-out test set, scored to measure the pipeline on text it was not developed on; "
             "it is never read for errors, so that no rule is tuned to it.")


def markdown(fmt: str, sources: dict[str, str], systems: dict[str, dict[str, float]], errors: Errors,
             inferred_scored: bool = True, errors_listed: bool = True) -> str:
    lines = ["# letopis evaluation", "", INFERRED_POLICY[inferred_scored], ""]
    lines += [f"- {name}: `{path}`" for name, path in sources.items()]
    lines += [f"- {note}" for note in NOTES[fmt]]
    for title, keys in SECTIONS:
        if title == "Entities":
            keys = keys + per_type_keys(systems["pipeline"])
        rows = table(keys, systems)
        if len(rows) > 2:
            lines += ["", f"## {title}", "", *rows]
    if not errors_listed:
        return "\n".join(lines + ["", NO_ERRORS]) + "\n"
    lines += ["", "## Errors of the pipeline", ""]
    if not errors.items:
        lines.append("None.")
    for layer in ("entities", "mentions", "dates", "events", "arguments"):
        items = [item for item in errors.items if item["layer"] == layer]
        if items:
            lines += ["", f"### {layer} ({len(items)})", ""]
        for item in items:
            note = f" ({item['note']})" if item["note"] else ""
            lines.append(f"- {item['kind']}: **{item['text']}** {item['type']}{note} — "
                         f"{item['doc']}: «{item['sentence']}»")
    return "\n".join(lines) + "\n"


def write(folder: Path, fmt: str, sources: dict[str, str], systems: dict[str, dict[str, float]],
          errors: Errors, inferred_scored: bool = True, errors_listed: bool = True) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with atomic_open(folder / "report.md") as file:
        file.write(markdown(fmt, sources, systems, errors, inferred_scored, errors_listed))
    payload = {"format": fmt, "sources": sources, "inferred_scored": inferred_scored, "figures": systems}
    if errors_listed:
        payload["errors"] = errors.items
    with atomic_open(folder / "report.json") as file:
        json.dump(payload, file, ensure_ascii=False, indent=1)
