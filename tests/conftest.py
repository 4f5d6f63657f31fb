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


DATE_STAGES = ["letopis_morph", "letopis_lemma", "letopis_syntax", "letopis_ner",
               "letopis_entity_rules", "letopis_dates"]


@pytest.fixture(scope="session")
def dated():
    """The pipeline up to the date reader, for the tables of date forms (`test_dates_forms.py`,
    `test_memoir_dates.py`), loaded once."""
    return letopis.load(DATE_STAGES)
