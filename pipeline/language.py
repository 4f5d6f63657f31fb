"""The pipeline as one spaCy `Language`."""
from __future__ import annotations

import spacy
from spacy.language import Language

# Importing a module registers what it defines: extension attributes, the tokenizer, components.
from letopis import extensions  # noqa: F401
from letopis.coref import stage as coref  # noqa: F401
from letopis.dates import extractor  # noqa: F401
from letopis.entities import consistency, ner, normalize, rules, tagger  # noqa: F401
from letopis.events import extractor as events  # noqa: F401
from letopis.morphosyntax import lemma, morph, syntax  # noqa: F401
from letopis.text import tokenizer  # noqa: F401

STAGES = [
    "letopis_morph",         # morphosyntax/morph.py: UPOS + UD features (slovnet)
    "letopis_lemma",         # morphosyntax/lemma.py: pymorphy3 lemma agreeing with the tag
    "letopis_syntax",        # morphosyntax/syntax.py: heads + relations (slovnet)
    "letopis_ner",           # entities/ner.py: PER, LOC, ORG (slovnet)
    "letopis_tagger",        # entities/tagger.py: NEREL-trained PER, LOC, ORG, FACILITY, WORK_OF_ART, EVENT
    "letopis_entity_rules",  # entities/rules.py: each type from its layers (sources.tsv); rules; false positives out
    "letopis_consistency",   # entities/consistency.py: a repeated name's majority label; sentence-initial words
    "letopis_dates",         # dates/extractor.py: doc.spans["dates"] with TIMEX3 value and mod
    "letopis_normalize",     # entities/normalize.py: entity normal form and person clusters
    "letopis_coref",         # coref/stage.py: doc._.mentions, pronouns and unwritten subjects → persons
    "letopis_events",        # events/extractor.py: doc._.events with arguments through the tree
]


def load(stages: list[str] | None = None, config: dict[str, dict] | None = None) -> Language:
    """The pipeline; pass `stages` to run only some of them (in pipeline order), `config` to
    set a stage's options (`{"letopis_events": {"learned_paths": False}}`)."""
    nlp = spacy.blank("ru", config={"nlp": {"tokenizer": {"@tokenizers": "letopis.RazdelTokenizer.v1"}}})
    for name in STAGES if stages is None else stages:
        nlp.add_pipe(name, config=(config or {}).get(name, {}))
    return nlp
