"""A name given again in Latin letters, in brackets after the Russian one (`компания «Велосипедные
дороги» (Fietspad Groep)`, `Ассоциация северных портов (Northern Ports Association, NPA)`): the
bracket holds the same name, so it is a mention of the same type (GUIDELINES 9.73). News writes a
foreign person, body, place or title so; NEREL train marks a bracket without a comma as a mention
of the type of the outermost name before it 231 times in 240 (persons 143 of 147, bodies 43 of
45, titles 27 of 28, places 15 of 17, events 3 of 3). The models read such a bracket by its words
alone and type it at random (a town's Italian name as a body, a network's as a title), or run the
name before it on into the bracket.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from letopis.entities.rules import CLOSE_QUOTES, latin_only
from letopis.labels import EVENT, LOC, ORG, PER, WORK_OF_ART

NAMED = frozenset({PER, LOC, ORG, WORK_OF_ART, EVENT})
LONGEST = 12  # tokens between the brackets


def brackets(doc: Doc) -> list[tuple[int, int]]:
    """(opening, closing) token indices of round brackets holding Latin words only, nothing
    else bracketed inside, their first word capitalised (`(Fietspad Groep)`, `(Northern Ports Association, NPA)`)."""
    found = []
    for token in doc:
        if token.text != "(":
            continue
        close = next((i for i in range(token.i + 1, min(len(doc), token.i + LONGEST + 2))
                      if doc[i].text in "()"), None)
        if close is None or doc[close].text != ")" or close == token.i + 1:
            continue
        inside = doc[token.i + 1:close]
        if inside[0].text[:1].isupper() and latin_only(inside) and not any(t.is_space for t in inside):
            found.append((token.i, close))
    return found


def abbreviation(span: Span) -> bool:
    """One word of capitals (`NPA`, `OM`)."""
    return len(span) == 1 and span.text.isalpha() and span.text.isupper() and len(span.text) > 1


def parts(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The names a bracket holds: one, or a full name and its abbreviation after a comma
    (`Northern Ports Association, NPA`); none when a comma parts anything else (`(Greenfield, Moonlake)`: two names
    or one with a title after it, `Peter Brand, Jr.`, the bracket alone cannot tell)."""
    commas = [t.i for t in doc[start:end] if t.text == ","]
    if not commas:
        return [(start, end)]
    if len(commas) == 1 and commas[0] > start and abbreviation(doc[commas[0] + 1:end]):
        return [(start, commas[0]), (commas[0] + 1, end)]
    return []


def named_before(spans: list[Span], opening: int) -> Span | None:
    """The outermost name that ends just before the bracket (a closing quotation mark between
    is allowed: `«Тихая гавань» (Quiet Harbour)`)."""
    doc = spans[0].doc if spans else None
    end = opening
    while doc is not None and end > 0 and doc[end - 1].text in CLOSE_QUOTES:
        end -= 1
    ending = [s for s in spans if s.label_ in NAMED and s.end in (end, opening)]
    return max(ending, key=lambda s: len(s), default=None)


def stopped(span: Span, opening: int) -> Span:
    """The span up to the bracket it ran on into."""
    short = Span(span.doc, span.start, opening, label=span.label_)
    short._.fine_type = span._.fine_type
    return short


def bracketed_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans with each Latin bracket after a name read as that name's type: spans that run
    on into the bracket stop before it (`Турина (Ospedale Maggiore` → `Турина`), the
    models' spans inside it go, and each name it holds is a mention of the name's type."""
    for opening, closing in brackets(doc):
        names = parts(doc, opening + 1, closing)
        if not names or any(s.start < opening and closing < s.end - 1 for s in spans):
            continue  # a name that holds the whole bracket (`Robert (Bobby) Henderson`) is one name
        spans = [stopped(span, opening) if span.start < opening < span.end else span for span in spans]
        name = named_before(spans, opening)
        if name is None:
            continue
        spans = [s for s in spans if not (opening < s.end and s.start < closing)]
        for start, end in names:
            mention = Span(doc, start, end, label=name.label_)
            mention._.fine_type = name._.fine_type
            spans.append(mention)
    return sorted(spans, key=lambda s: (s.start, -s.end))
