"""The pipeline as one spaCy `Language`."""
from __future__ import annotations

import spacy
from spacy.language import Language

from . import extensions, tokenizer  # noqa: F401  (registers attributes and the tokenizer)
from . import dates, entity_rules, events, lemma, morph, ner, normalize, syntax  # noqa: F401  (components)

STAGES = [
    "letopis_morph",         # morph.py: UPOS + UD features (slovnet)
    "letopis_lemma",         # lemma.py: pymorphy3 lemma agreeing with the tag
    "letopis_syntax",        # syntax.py: heads + relations (slovnet)
    "letopis_ner",           # ner.py: PER, LOC, ORG (slovnet)
    "letopis_entity_rules",  # entity_rules.py: WORK_OF_ART, ORG, EVENT rules; false positives out
    "letopis_dates",         # dates.py: doc.spans["dates"] with TIMEX3 value and mod
    "letopis_normalize",     # normalize.py: entity normal form and person clusters
    "letopis_events",        # events.py: doc._.events with arguments through the tree
]


def load(stages: list[str] | None = None, config: dict[str, dict] | None = None) -> Language:
    """The pipeline; pass `stages` to run only some of them (in pipeline order), `config` to
    set a stage's options (`{"letopis_events": {"learned_paths": False}}`)."""
    nlp = spacy.blank("ru", config={"nlp": {"tokenizer": {"@tokenizers": "letopis.RazdelTokenizer.v1"}}})
    for name in STAGES if stages is None else stages:
        nlp.add_pipe(name, config=(config or {}).get(name, {}))
    return nlp
