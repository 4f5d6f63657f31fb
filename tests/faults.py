"""A fault the batch tests put into one stage: the date stage raising on one word, so that one
text of a batch fails as a bug would make it fail."""
from __future__ import annotations


def breaking(extract):
    """The date stage raising on one word, as a bug would on one odd text."""
    def call(self, doc):
        if "ПОЛОМКА" in doc.text:
            raise ValueError("поломка в разборе дат")
        return extract(self, doc)
    return call
