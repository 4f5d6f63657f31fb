"""letopis: who, where, when and what happened in Russian memoir prose.

`pipeline.load()` returns an ordinary spaCy `Language`; every stage is a
component in its own module, so `nlp.pipe`, DocBin and displaCy just work.
"""
import os

# slovnet's small matrix products run faster on one BLAS thread than on
# several, and `letopis run -j N` scales by processes, not threads. Set before
# numpy is first imported; a value the user exported wins.
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

from .language import load  # noqa: E402

__all__ = ["load"]
