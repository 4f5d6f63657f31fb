"""`letopis run` on good and bad inputs: the files a user gets."""
from __future__ import annotations

import json
import subprocess
import sys

import pandas
import pytest

from letopis.cli import main
from letopis.export.atomic import remove_temporaries

MEMOIR = (
    "Весной 1921 года Анна Ахматова вернулась из Царского Села в Петроград.\r\n"
    "Там она встретилась с Николаем Гумилёвым.\r\n"
)


@pytest.fixture
def inputs(tmp_path):
    folder = tmp_path / "in"
    (folder / "part").mkdir(parents=True)
    (folder / "a.txt").write_bytes(MEMOIR.encode("utf-8"))
    (folder / "part" / "b.txt").write_text("Лев Толстой жил в Ясной Поляне.", encoding="utf-8")
    (folder / "tom.1.txt").write_text("Князь Андрей уехал в армию.", encoding="utf-8")
    return folder


def test_run_writes_json_brat_and_tables(inputs, tmp_path):
    out = tmp_path / "out"
    assert main(["run", str(inputs), "-o", str(out), "--quiet"]) == 0
    result = json.loads((out / "a.json").read_bytes().decode("utf-8"))
    assert result["text"] == MEMOIR  # \r\n kept: offsets refer to the file as it is
    for token in result["tokens"]:
        assert result["text"][token["start"]:token["end"]] == token["text"]
        assert set(token) >= {"lemma", "pos", "feats", "head", "dep", "sent"}
    assert [t["sent"] for t in result["tokens"]][-1] == 1
    names = {e["text"]: e["type"] for e in result["entities"]}
    assert names["Анна Ахматова"] == "PER" and names["Петроград"] == "LOC"
    assert (out / "part" / "b.json").exists() and (out / "part" / "b.ann").exists()
    entities = pandas.read_csv(out / "entities.csv")
    assert set(entities["file"]) >= {"a", "part/b"}
    assert (out / "tom.1.json").exists() and (out / "tom.1.ann").exists()  # dots in names kept
    assert (out / "annotation.conf").read_text(encoding="utf-8").startswith("[entities]")
    assert not list(out.rglob("*.tmp"))
    assert (out / "a.json").stat().st_mode & 0o044 == 0o044  # readable by others, as `cp` would leave it


@pytest.mark.parametrize("name, content, reason", [
    ("latin1.txt", "Café crème, déjà vu.".encode("latin-1"), "not UTF-8"),
    ("empty.txt", b"  \n", "empty"),
    ("binary.txt", b"\x00\x01\x02", "binary"),
])
def test_bad_input_is_reported_and_others_still_run(tmp_path, capsys, name, content, reason):
    (tmp_path / name).write_bytes(content)
    (tmp_path / "good.txt").write_text("Чехов приехал в Ялту.", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / name), str(tmp_path / "good.txt"), "-o", str(out), "--quiet"]) == 1
    error = capsys.readouterr().err.strip().splitlines()
    assert len(error) == 1 and name in error[0] and reason in error[0]
    assert (out / "good.json").exists()
    assert not (out / name.replace(".txt", ".json")).exists()


def test_missing_input_fails_but_others_run(tmp_path, capsys):
    (tmp_path / "good.txt").write_text("Чехов приехал в Ялту.", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / "nope.txt"), str(tmp_path / "good.txt"), "-o", str(out)]) == 1
    assert "nope.txt" in capsys.readouterr().err
    assert (out / "good.json").exists()


def test_long_text_is_cut_into_pieces_with_one_numbering(tmp_path):
    paragraph = "Пьер Безухов приехал в Москву. Наташа Ростова встретила его в театре.\n"
    (tmp_path / "book.txt").write_text(paragraph * 40, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / "book.txt"), "-o", str(out), "--chunk-chars", "500", "--quiet"]) == 0
    result = json.loads((out / "book.json").read_text(encoding="utf-8"))
    sents = [t["sent"] for t in result["tokens"]]
    assert sents == sorted(sents) and sents[-1] == 79
    heads = [t["head"] for t in result["tokens"]]
    assert max(heads) > 500  # heads index the whole document's tokens, not a piece's
    for token in result["tokens"]:
        assert result["text"][token["start"]:token["end"]] == token["text"]
    ids = [e["id"] for e in result["entities"]] + [d["id"] for d in result["dates"]]
    assert len(ids) == len(set(ids))
    pierre = {e["cluster"] for e in result["entities"] if e["text"] == "Пьер Безухов"}
    assert len(pierre) == 1  # one person across all pieces


def test_help_explains_options(capsys):
    with pytest.raises(SystemExit):
        main(["run", "--help"])
    text = capsys.readouterr().out
    for option in ("--output", "--jobs", "--chunk-chars", "--quiet"):
        assert option in text


def test_a_new_run_leaves_the_files_another_run_is_writing(tmp_path):
    """Two runs into nested folders at once: the second removes only what a dead run left."""
    out = tmp_path / "out"
    (out / "nested").mkdir(parents=True)
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True, check=True)
    dead = out / "nested" / f".a.json.{int(finished.stdout)}.abcd1234.tmp"
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"]) as writer:
        try:
            live = out / "nested" / f".b.json.{writer.pid}.efgh5678.tmp"
            for path in (dead, live):
                path.write_text("{", encoding="utf-8")
            remove_temporaries(out)
            assert live.exists() and not dead.exists()
        finally:
            writer.kill()
