"""letopis: who, where, when and what happened in Russian memoir prose.

`pipeline.load()` returns an ordinary spaCy `Language`; every stage is a
component in its own module, so `nlp.pipe`, DocBin and displaCy just work.
"""
from .language import load

__all__ = ["load"]
