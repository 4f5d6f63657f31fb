"""letopis: who, where, when and what happened in Russian memoir prose.

`letopis.load()` returns an ordinary spaCy `Language`; every stage is a component in its own
module, so `nlp.pipe`, DocBin and displaCy just work. Importing the package changes nothing
outside it (no environment variables, no thread settings): those belong to the command line.
"""
from importlib.metadata import PackageNotFoundError, version

from letopis.language import load

try:
    __version__ = version("letopis")
except PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = ["load", "__version__"]
