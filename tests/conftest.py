"""Shared fixtures: the pipeline is loaded once for the whole test session."""
from __future__ import annotations

from pathlib import Path

import pytest

import letopis

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    return letopis.load()


@pytest.fixture(scope="session")
def views_corpus(tmp_path_factory):
    """OUTDIR of `letopis run --formats all` on the views' small corpus (tests/views_corpus.py)."""
    from views_corpus import run_corpus

    return run_corpus(tmp_path_factory.mktemp("views"))
