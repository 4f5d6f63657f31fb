"""What the coreference tests read of a text: each person mention beside the name it stands for,
and each mention's kind (the `mentions` layer a user gets, `doc._.mentions`)."""
from __future__ import annotations


def names(nlp, text: str) -> list[tuple[str, str | None]]:
    """(mention, the name it stands for) in text order."""
    doc = nlp(text)
    return [(text[start:end], text[named[0]:named[1]] if named else None)
            for start, end, _, named, _, _ in doc._.mentions]


def kinds(nlp, text: str) -> dict[str, str]:
    """mention text → its kind (`pronoun`, `zero`)."""
    doc = nlp(text)
    return {text[start:end]: kind for start, end, kind, _, _, _ in doc._.mentions}


def mentions(nlp, text: str) -> list[tuple[str, str, str | None]]:
    """(mention, its kind, the name it stands for) in text order."""
    doc = nlp(text)
    return [(text[start:end], kind, text[named[0]:named[1]] if named else None)
            for start, end, kind, named, *_ in doc._.mentions]
