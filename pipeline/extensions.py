"""Attributes the stages add to spaCy objects, registered in one place.

Everything is stored in `doc.user_data` as plain values keyed by character
offsets, so a Doc survives DocBin round trips.
"""
from spacy.tokens import Doc, Span

DATES = "dates"  # doc.spans[DATES]: temporal expressions
ENTITIES = "entities"  # doc.spans[ENTITIES]: all entities, nested ones too; doc.ents: the outermost
TAGGER = "tagger"  # doc.spans[TAGGER]: the NEREL-trained tagger's spans, every layer

SPAN_ATTRS = {
    "normal": None,   # canonical nominative form of an entity
    "cluster": None,  # one id for all mentions of the same referent
    "fine_type": None,  # NEREL's finer type (CITY, COUNTRY, ...) where known
    "part": None,     # (start, end) character offsets of a name inside a one-word entity that holds
                      # more (`Фомы` of `Фомы-кузнеца`, entities/compounds.py); exporters write these
    "value": None,    # TIMEX3 value of a date
    "mod": None,      # TIMEX3 mod of a date (START, MID, END, APPROX, ...)
    "alt_value": None,  # the other calendar's value of a date (New Style of an Old Style date)
    "calendar": None,   # "julian" when the value is an Old Style date, "gregorian" when said so
    "holiday": None,    # the church feast or season a date is named by (`Пасха`)
    "range": None,      # first/last of what the value names in short: `1850/1851` of a winter
                        # `зимой 1850/51 года` (value `1850-WI`), the days of `Масленица`
    "anchor": None,     # a partial date: (what it lacks, its value as written, alt as written);
                        # dates/narrative.py completes it from the date in force
}


def register() -> None:
    for name, default in SPAN_ATTRS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
    if not Doc.has_extension("events"):
        # list of dicts: {"type", "trigger": (start, end), "args": (labels.Argument, ...),
        #                 "polarity", "modality"}; offsets are character offsets
        Doc.set_extension("events", default=None)


register()
