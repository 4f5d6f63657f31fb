"""Third persons inside the speech of a dialogue line (seventeenth round).

The one a line is said to, named or called by a noun set off as an address (`— Батюшка, Сомов
опять пьян!`, `— Иван, где он?`: `Walk.vocative`), is `ты` or `вы` to the speaker:

- the parser often makes an address the subject of the verb after it and hangs the person the line
  speaks of on it as a conjunct (`Батюшка, Сомов ... пьян`); that person, joined by a comma alone,
  is the subject (`address_role`), so the unwritten subjects after take them, not the address
  (`Walk.vocative` no longer takes such an address for one of a list of names: `coordinated`);
- no `он`, `она` and no unwritten subject in the same line's speech stands for the address: a
  mention whose best candidate is the address of its own line stays unlinked (`addressed_link`),
  since the addressee would be `ты`, and a past tense with no subject in speech (`Пришёл?`) may be
  said to the addressee or by the speaker, who are no mentions at all.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from letopis import ud
from letopis.coref.mentions import CONJUNCT, SUBJECTS

if TYPE_CHECKING:  # (the walk of `stage.py`)
    from letopis.coref.stage import Walk

# what a name set off by commas after it is apposed to, not said to
APPOSED_TO = {ud.NOUN, ud.PROPN, ud.PRON, ud.DET, ud.ADJ}


def coordinated(word) -> bool:
    """The parser's coordination of `word` with a name after or before it is a list of persons only
    when a conjunction joins its members (`— Иван, Пётр и Анна пришли`); with commas alone, at the
    opening of a line, the first is an address (`— Батюшка, Сомов опять пьян!`: the verb is
    singular, one person is spoken of, another spoken to)."""
    head = word.head if word.dep_ == CONJUNCT else word
    members = [head] + [c for c in head.children if c.dep_ == CONJUNCT]
    return any(c.dep_ == "cc" for m in members for c in m.children)


def is_address(walk: "Walk", index: int) -> bool:
    """The word at `index` (a name's root or a person noun) is an address inside a dialogue line's
    speech."""
    line = walk.para_of(walk.doc[index].idx)
    if index not in walk.line_speech.get(line, ()):
        return False
    doc = walk.doc
    if any(c.dep_ == "acl:relcl" for c in doc[index].children) or (
            index + 2 < len(doc) and doc[index + 1].text == "," and doc[index + 2].lower_.startswith("котор")):
        return False  # `— а Сомов, который говорит, что ...`: a subject set off by its relative clause
    span = walk.persons.get(index) or doc[index:index + 1]
    before = span.start - 1
    while before >= 0 and doc[before].is_space:
        before -= 1
    if before > 0 and doc[before].text == "," and doc[before - 1].pos_ in APPOSED_TO:
        return False  # `Отец твой, Иван Петрович, ...`, `он сам, Пётр, ...`: an apposition, not an address
    return walk.vocative(span)


def address_role(walk: "Walk", referent, index: int):
    """`remember`'s referent with the role an address changes: the person the parser joined by a
    comma alone to an address it made the subject is that subject (`— Батюшка, Сомов опять пьян!`).
    (Taking the subject's role from the address itself moved other links, and wrongly, in the
    audit: a `граф` said three times in a line, then a name of the line won.)"""
    if index not in walk.speech:
        return referent
    doc = walk.doc
    token = doc[index]
    head = token.head
    if (not referent.subject and token.dep_ == CONJUNCT and head.i < token.i and head.dep_ in SUBJECTS
            and not coordinated(token) and is_address(walk, head.i)):
        return referent._replace(subject=True, verb=head.head.i)
    return referent


def addressed_link(walk: "Walk", chosen, line: int, at: int):
    """None when the referent chosen for the mention at token `at` in the speech of dialogue line
    `line` is an address of that line before it: the mention is left unlinked rather than linked
    to the one spoken to (who is `ты`); otherwise the choice stands. (Only the address word itself:
    leaving out every mention of the addressed person's cluster was wrong in the audit, where an
    apposition set off by commas, `как он сам, Ипполит, ...`, or a letter's address quoted inside a
    line, `«Сергей Кузьмич…»`, looked like one.)"""
    if chosen is None or not chosen.person:
        return chosen
    inside = walk.line_speech.get(line, ())
    if chosen.token in inside and chosen.token < at and is_address(walk, chosen.token):
        return None
    return chosen
