"""`letopis run -j 2`: the Docs the workers send back, rebuilt on the receiving process's lean
vocabulary, give every output file byte for byte as `-j 1` does."""
from __future__ import annotations

from pathlib import Path

import pytest
from spacy.attrs import DEP, HEAD, IDX, IS_SPACE, LEMMA, MORPH, ORTH, POS, SENT_START
from spacy.tokens import Doc

from letopis.batch.runners import receiving_vocab
from letopis.cli import main

TEXT = ("Весной 1903 года  Мария Андреевна Лаптева уехала из Калуги в Москву.\n"
        "Там\tона поступила на курсы, а осенью вышла замуж за учителя Сомова.\n\n"
        "В декабре того же года Сомовы  переехали в Тверь; 5 января у них родился сын.\n")


@pytest.fixture(scope="module")
def nlp():
    from letopis import load
    return load()


def test_a_doc_rebuilt_on_the_lean_vocabulary_reads_the_same(nlp):
    doc = nlp(TEXT)
    rebuilt = Doc(receiving_vocab()).from_bytes(doc.to_bytes())
    columns = [ORTH, IDX, IS_SPACE, LEMMA, POS, MORPH, DEP, HEAD, SENT_START]
    assert rebuilt.text == doc.text
    assert [t.is_space for t in rebuilt] == [t.is_space for t in doc] and any(t.is_space for t in doc)
    assert (rebuilt.to_array(columns) == doc.to_array(columns)).all()
    assert [t.lemma_ for t in rebuilt] == [t.lemma_ for t in doc]
    assert [str(t.morph) for t in rebuilt] == [str(t.morph) for t in doc]
    assert [(e.text, e.label_, e._.normal) for e in rebuilt.ents] == [(e.text, e.label_, e._.normal) for e in doc.ents]
    assert rebuilt._.events == Doc(nlp.vocab).from_bytes(doc.to_bytes())._.events  # msgpack's lists
    assert [(e["type"], tuple(e["trigger"])) for e in rebuilt._.events] == [(e["type"], e["trigger"]) for e in doc._.events]


def test_two_workers_write_the_bytes_of_one(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for number in range(3):
        (folder / f"letter{number}.txt").write_text(TEXT * (number + 1), encoding="utf-8")
    written = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"j{jobs}"
        assert main(["run", str(folder), "-o", str(out), "-j", jobs, "--chunk-chars", "300",
                     "--formats", "all", "--quiet"]) == 0
        written[jobs] = {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
                         if p.is_file() and p.name != "manifest.json"}
    assert len(written["1"]) > 10 and written["1"] == written["2"]


def test_importing_the_package_loads_no_numpy_before_the_command_line_sets_one_blas_thread():
    # numpy reads OPENBLAS_NUM_THREADS once, when it loads; `letopis.cli` sets it to 1 at its top,
    # so importing the package on the way to `letopis.cli` must not load numpy first (with two
    # BLAS threads a worker, `-j 2` ran four threads on two cores)
    import os
    import subprocess
    import sys

    env = {key: value for key, value in os.environ.items()
           if key not in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")}
    script = ("import sys, letopis; assert 'numpy' not in sys.modules; import letopis.cli, os; "
              "print(os.environ['OPENBLAS_NUM_THREADS'])")
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "1"
