"""The pipeline as one spaCy `Language`."""
from __future__ import annotations

from functools import partial

import spacy
from spacy.attrs import LANG, LIKE_NUM
from spacy.lang.ru import lex_attrs as russian_attrs
from spacy.language import Language

# Importing a module registers what it defines: extension attributes, the tokenizer, components.
from letopis import extensions  # noqa: F401
from letopis.coref import stage as coref  # noqa: F401
from letopis.dates import extractor  # noqa: F401
from letopis.entities import consistency, ner, normalize, rules, tagger  # noqa: F401
from letopis.events import extractor as events  # noqa: F401
from letopis.morphosyntax import lemma, morph, syntax  # noqa: F401
from letopis.text import tokenizer  # noqa: F401
from letopis.text.line_ends import LINE_ENDS
from letopis.words import unmarked

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
    set a stage's options (`{"letopis_events": {"learned_paths": False}}`).

    Every stage declares what it requires and assigns; stages whose requirements no earlier
    stage assigns raise `IncompletePipeline` here rather than return empty results."""
    nlp = spacy.blank("ru", config={"nlp": {"tokenizer": {"@tokenizers": "letopis.RazdelTokenizer.v1"}}})
    nlp.vocab.lex_attr_getters[LIKE_NUM] = like_num
    for attr, getter in list(nlp.vocab.lex_attr_getters.items()):
        if attr != LANG:  # `lower_`, `norm_`, `shape_`, `is_alpha`, ... of `Ната́ша` are those of `Наташа`
            nlp.vocab.lex_attr_getters[attr] = partial(of_unmarked, getter)
    for name in STAGES if stages is None else stages:
        nlp.add_pipe(name, config=(config or {}).get(name, {}))
    nlp.add_pipe(LINE_ENDS)  # last: the Doc on the string as given (a lone `\r` is read as `\n`)
    check_requirements(nlp)
    return nlp


def of_unmarked(getter, text: str):
    """A word's lexical attribute worked out on the word without stress marks and soft hyphens
    (`words.unmarked`): the rules that read `lower_` or `is_alpha` see the word the dictionary knows.
    spaCy asks every getter about a new word in turn, with the same string: it is unmarked once
    (the last word and its unmarked form kept as one tuple, read once, so a second thread asking
    at the same time gets its own word's form)."""
    global _last
    last = _last
    if last[0] is not text:
        last = _last = (text, unmarked(text))
    return getter(last[1])


_last: tuple[str | None, str] = (None, "")


# spaCy's Russian `like_num` looks a word up in a list of 884 number words, for every word the
# vocabulary meets for the first time (some 60 % of the cost of a new word); the same test on a set.
NUMBER_WORDS = frozenset(russian_attrs._num_words)


def like_num(text: str) -> bool:
    """`spacy.lang.ru.lex_attrs.like_num`, its number words in a set."""
    if text.startswith(("+", "-", "±", "~")):
        text = text[1:]
    if text.endswith("%"):
        text = text[:-1]
    text = text.replace(",", "").replace(".", "")
    if text.isdigit():
        return True
    if text.count("/") == 1:
        num, denom = text.split("/")
        if num.isdigit() and denom.isdigit():
            return True
    return text.lower() in NUMBER_WORDS


class IncompletePipeline(ValueError):
    """A stage without a stage before it that assigns what it reads."""


def check_requirements(nlp: Language) -> None:
    problems = {name: attrs for name, attrs in nlp.analyze_pipes()["problems"].items() if attrs}
    if not problems:
        return
    assigners = {attr: stage for stage in reversed(STAGES) for attr in Language.get_factory_meta(stage).assigns}
    lines = [f"{name} needs {', '.join(attrs)}: add "
             f"{', '.join(sorted({assigners.get(a, '?') for a in attrs}, key=order))} before it"
             for name, attrs in problems.items()]
    raise IncompletePipeline("incomplete pipeline: " + "; ".join(lines))


def order(stage: str) -> int:
    return STAGES.index(stage) if stage in STAGES else len(STAGES)
