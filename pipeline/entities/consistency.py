"""One label per name in a document, and no sentence-initial word glued to a name by its capital.

- A repeated name (the same lemmas) labelled PER in most of its mentions is PER in all of
  them; so for LOC and ORG. A tie changes nothing.
- A name that opens its sentence begins with its first word only when the NEREL-trained tagger
  puts that word in a name too, and the word is no verb, adverb or pronoun: `Пишу Сергееву` is
  `Сергееву`, whatever the capital suggested to slovnet, the rules or the tagger (news text,
  which it learned from, seldom opens a sentence with a verb).
"""
from __future__ import annotations

from collections import Counter, defaultdict

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from letopis.entities.rules import NOT_NAMES, verb_form
from letopis.extensions import ENTITIES, TAGGER
from letopis.labels import LOC, ORG, PER
from letopis.words import lemma

NAME_TYPES = frozenset({PER, LOC, ORG})  # the labels one name is confused between


def name_key(span: Span) -> str:
    return " ".join(lemma(token) for token in span)


def majority_labels(spans: list[Span]) -> dict[str, str]:
    """Name key → the label most of its mentions have, where one label has most."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for span in spans:
        if span.label_ in NAME_TYPES:
            votes[name_key(span)][span.label_] += 1
    decided = {}
    for key, counts in votes.items():
        (best, n), *rest = counts.most_common()
        if not rest or rest[0][1] < n:
            decided[key] = best
    return decided


def opens_sentence(token: Token) -> bool:
    """No word before the token in its sentence."""
    return all(t.is_space for t in token.sent if t.i < token.i)


def tagger_starts(doc: Doc) -> set[int]:
    """Tokens the tagger puts inside a name (any layer)."""
    return {i for span in doc.spans.get(TAGGER, []) for i in range(span.start, span.end)}


def relabelled(span: Span, label: str) -> Span:
    if label == span.label_:
        return span
    new = Span(span.doc, span.start, span.end, label=label)
    new._.fine_type = None
    return new


def trimmed(span: Span, tagged: set[int]) -> Span:
    first = span[0]
    if len(span) > 1 and opens_sentence(first) and first.text[:1].isupper() and (
            first.i not in tagged or first.pos_ in NOT_NAMES or verb_form(first)):
        new = Span(span.doc, span.start + 1, span.end, label=span.label_)
        new._.fine_type = span._.fine_type
        return new
    return span


def consistent(doc: Doc) -> list[Span]:
    spans = list(doc.spans.get(ENTITIES, doc.ents))
    tagged = tagger_starts(doc)
    spans = [trimmed(span, tagged) if span.label_ in NAME_TYPES else span for span in spans]
    labels = majority_labels(spans)
    spans = [relabelled(span, labels.get(name_key(span), span.label_)) if span.label_ in NAME_TYPES else span
             for span in spans]
    unique = {(s.start, s.end, s.label_): s for s in spans}
    return sorted(unique.values(), key=lambda s: (s.start, -s.end))


class Consistency:
    def __call__(self, doc: Doc) -> Doc:
        spans = consistent(doc)
        doc.spans[ENTITIES] = spans
        doc.ents = filter_spans(spans)
        return doc


@Language.factory("letopis_consistency")
def create(nlp: Language, name: str) -> Consistency:
    return Consistency()
