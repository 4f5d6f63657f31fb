"""annotation.conf beside the .ann files, so brat knows every label the run can write."""
from __future__ import annotations

from pathlib import Path

from letopis.labels import DATE, ENTITY_TYPES, MENTION_LABELS, MODALITIES, ROLES
from letopis.resources import load_table
from letopis.export.atomic import atomic_open



def conf_text() -> str:
    event_types = [row[0] for row in load_table("events/types.tsv")]
    roles = ", ".join(f"{role}*:<ENTITY>" for role in ROLES)
    lines = ["[entities]", *ENTITY_TYPES, DATE, *MENTION_LABELS.values(), "", "[relations]", "<OVERLAP>\tArg1:<ANY>, Arg2:<ANY>, <OVL-TYPE>:<ANY>",
             "", "[events]", *(f"{name}\t{roles}" for name in event_types), "", "[attributes]",
             "Polarity\tArg:<EVENT>, Value:negative",
             f"Modality\tArg:<EVENT>, Value:{'|'.join(MODALITIES)}", ""]
    return "\n".join(lines)


def write_conf(outdir: Path) -> Path:
    with atomic_open(outdir / "annotation.conf") as file:
        file.write(conf_text())
    return outdir / "annotation.conf"
