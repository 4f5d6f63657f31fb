"""A nickname made of an adjective and a common noun, capitalised as a name (GUIDELINES 9.74):
`Кислое Молоко`, `Пустая Бочка` said of a man. The models read such a pair as a place, a title or
an event, or as nothing, since neither word is a name; the document says it is a person where it

- gives the pair by a verb of naming (`models/coref/naming.tsv`: `звали его Старая Шапка`,
  `прозвали Божья Коровка`), or
- makes it the subject of a past tense or short form in a gender the noun does not have
  (`Пустая Бочка сказал`, `Кислое Молоко был недоволен`: a man under a feminine or neuter word).

Every mention of the pair in the document, capitalised both, is then that person, whatever a
model read there (opening a sentence too); the evidence is read on the pair inside a sentence
only, since at a sentence's opening the first capital is the sentence's. Both words are words the dictionary knows with no name among their readings, the
noun no term of a place (`Красная площадь` has its own rules).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from letopis import ud
from letopis.entities.no_names import common
from letopis.entities.rules import table
from letopis.labels import PER
from letopis.lexicons import naming_words
from letopis.morphosyntax.lemma import parses
from letopis.morphosyntax.sentences import opens_sentence
from letopis.ud import ADV, DET, PART, PRON
from letopis.words import lemma, model_word

GENDERS = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}
BETWEEN = 2  # adverbs, pronouns or particles between the nickname and its verb (`Кислое Молоко чем-то был`)


def agreeing_pair(first: Token, second: Token) -> str | None:
    """The gender of a singular noun (`second`) with a capitalised adjective before it that agrees
    (`first`), both common words the dictionary knows, the noun no place's term. A body's or an event's head
may be a nickname (`Доброе Дело`), the verb's gender tells."""
    if not (first.text[:1].isupper() and second.text[:1].isupper() and first.is_alpha and second.is_alpha
            and first.whitespace_):
        return None
    a, b = model_word(first).lower(), model_word(second).lower()
    if not (common(a) and common(b)):
        return None
    nouns = [r for r in parses(b) if r.is_known and r.tag.POS == "NOUN" and "sing" in r.tag
             and r.normal_form.replace("ё", "е") not in table("place_heads")]
    adjectives = [r for r in parses(a) if r.is_known and r.tag.POS == "ADJF" and "sing" in r.tag]
    for noun in nouns:
        if any(adj.tag.case == noun.tag.case and adj.tag.gender == noun.tag.gender for adj in adjectives):
            return noun.tag.gender
    return None


def other_gender(doc: Doc, end: int, gender: str) -> bool:
    """A past tense or short form right after the pair (a few adverbs, pronouns or particles
    between) whose singular gender is not the noun's."""
    for token in doc[end:end + BETWEEN + 1]:
        if token.pos_ in (ADV, PRON, PART) and not token.is_punct:
            continue
        said = GENDERS.get(next(iter(token.morph.get(ud.GENDER)), ""))
        past = "Past" in token.morph.get(ud.TENSE) or "Short" in token.morph.get(ud.VARIANT)
        return past and "Sing" in token.morph.get(ud.NUMBER) and said is not None and said != gender
    return False


def named_by_verb(doc: Doc, start: int) -> bool:
    """A verb of naming right before the pair, or before a pronoun before it (`звали его`)."""
    verbs = naming_words()[0]
    before = list(doc[max(0, start - 2):start])
    if before and before[-1].pos_ in (PRON, DET):  # `его`, tagged either way
        before = before[:-1]
    return bool(before) and lemma(before[-1]) in verbs


def pair_key(doc: Doc, i: int) -> tuple[str, str]:
    return lemma(doc[i]), lemma(doc[i + 1])


def nicknames(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans with every mention of a nickname the document vouches for as a person (above)
    replacing whatever span overlapped it."""
    pairs = [(i, gender) for i in range(len(doc) - 1)
             if (gender := agreeing_pair(doc[i], doc[i + 1])) is not None]
    vouched = {pair_key(doc, i) for i, gender in pairs if not opens_sentence(doc[i])
               and (named_by_verb(doc, i) or other_gender(doc, i + 2, gender))}
    if not vouched:
        return spans
    found = [Span(doc, i, i + 2, label=PER) for i, _ in pairs if pair_key(doc, i) in vouched]
    taken = {i for span in found for i in range(span.start, span.end)}
    return [span for span in spans if not taken & set(range(span.start, span.end))] + found
