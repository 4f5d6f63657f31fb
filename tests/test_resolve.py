"""`rules.resolve` in O(n log n) keeps exactly what the pairwise definition keeps."""
from __future__ import annotations

import random

import spacy
from spacy.tokens import Span
from spacy.util import filter_spans

from letopis.entities.rules import resolve


def pairwise(spans: list[Span]) -> list[Span]:
    """The definition, every pair compared: one span per extent (the last), none inside another
    of its label, of crossing spans the longest (`filter_spans`), in text order."""
    by_extent = {(s.start, s.end): s for s in spans}
    kept = [s for s in by_extent.values() if not any(
        o is not s and o.label_ == s.label_ and o.start <= s.start and s.end <= o.end for o in by_extent.values())]
    crossing = [s for s in kept if any(o.start < s.start < o.end < s.end or s.start < o.start < s.end < o.end
                                       for o in kept)]
    outer = set(filter_spans(crossing))
    return sorted((s for s in kept if s not in crossing or s in outer), key=lambda s: (s.start, -s.end))


def test_resolve_equals_the_pairwise_definition():
    doc = spacy.blank("ru")(" ".join(["слово"] * 60))
    rng = random.Random(7)
    for _ in range(2000):
        length = rng.choice([6, 20, 60])
        spans = []
        for _ in range(rng.randint(0, 25)):
            start = rng.randrange(length)
            end = rng.randint(start + 1, min(length, start + rng.choice([1, 2, 3, 6, 12])))
            spans.append(Span(doc, start, end, label=rng.choice(["PER", "LOC", "EVENT"])))
        expected = pairwise(spans)
        found = resolve(spans)
        assert len(found) == len(expected) and all(a is b for a, b in zip(found, expected))


def test_resolve_nesting_and_crossing():
    doc = spacy.blank("ru")("дело Бейлиса в Киеве и дело врачей")
    event, person = Span(doc, 0, 2, label="EVENT"), Span(doc, 1, 2, label="PER")
    assert resolve([event, person]) == [event, person]  # nested in another type: stays
    assert resolve([event, Span(doc, 1, 2, label="EVENT")]) == [event]  # in its own type: goes
    assert resolve([person, Span(doc, 1, 2, label="LOC")])[0].label_ == "LOC"  # one per extent: the last
    left, right = Span(doc, 2, 5, label="LOC"), Span(doc, 3, 7, label="ORG")
    assert resolve([left, right]) == [right]  # crossing: the longer one
