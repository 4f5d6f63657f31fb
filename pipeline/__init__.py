"""letopis: who, where, when and what happened in Russian memoir prose.

`letopis.load()` returns an ordinary spaCy `Language`; every stage is a component in its own
module, so `nlp.pipe`, DocBin and displaCy just work. Importing the package changes nothing
outside it (no environment variables, no thread settings): those belong to the command line.
"""
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("letopis")
except PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = ["load", "__version__"]


def __getattr__(name: str):
    """`letopis.load`, imported when first asked for (PEP 562): importing `letopis.cli` must not
    load spaCy and numpy before the command line has set numpy's BLAS to one thread (it reads
    the setting once, when it loads), or every `-j N` worker would run two BLAS threads on
    two cores."""
    if name == "load":
        from letopis.language import load

        return load
    raise AttributeError(f"module 'letopis' has no attribute {name!r}")
