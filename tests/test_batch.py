"""A batch as a user runs it: one bad document fails alone, the manifest says what produced
the folder, `--resume` redoes only what is missing, and reruns give the same bytes."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas
import pytest

from letopis.batch.manifest import JOURNAL, MANIFEST
from letopis.cli import main
from letopis.dates.extractor import DateExtractor
from faults import breaking

GOOD = {
    "chekhov.txt": "Весной 1892 года Антон Чехов купил имение Мелихово под Серпуховом.\n",
    "korolenko.txt": "В 1885 году Владимир Короленко вернулся из ссылки в Нижний Новгород.\n",
}
BAD = "Слово ПОЛОМКА ломает разбор этого файла.\n"


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in GOOD.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "broken.txt").write_text(BAD, encoding="utf-8")
    return folder


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_one_document_that_raises_fails_alone(corpus, tmp_path, capsys, monkeypatch, jobs):
    monkeypatch.setattr(DateExtractor, "__call__", breaking(DateExtractor.__call__))
    out = tmp_path / "out"
    assert main(["run", str(corpus), "-o", str(out), "-j", jobs, "--quiet"]) == 1
    errors = capsys.readouterr().err.strip().splitlines()
    assert len(errors) == 1
    assert "broken.txt" in errors[0] and "analysis failed: ValueError: поломка в разборе дат" in errors[0]
    assert not (out / "broken.json").exists() and not (out / "broken.ann").exists()
    for name in GOOD:
        stem = name.removesuffix(".txt")
        result = json.loads((out / f"{stem}.json").read_text(encoding="utf-8"))
        assert [d["text"] for d in result["dates"]]  # the good files are analysed in full
    assert set(pandas.read_csv(out / "dates.csv")["file"]) == {"chekhov", "korolenko"}
    inputs = {entry["output"]: entry for entry in json.loads((out / MANIFEST).read_text())["inputs"]}
    assert inputs["broken"]["status"] == "failed" and "поломка" in inputs["broken"]["reason"]
    assert inputs["chekhov"]["status"] == "ok"


def test_a_failed_document_leaves_no_earlier_output_behind(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    assert main(["run", str(corpus), "-o", str(out), "--quiet"]) == 0
    assert (out / "broken.json").exists()
    monkeypatch.setattr(DateExtractor, "__call__", breaking(DateExtractor.__call__))
    assert main(["run", str(corpus), "-o", str(out), "--quiet"]) == 1
    assert not (out / "broken.json").exists() and not (out / "broken.ann").exists()


def test_byte_order_mark_is_accepted_and_not_in_the_text(tmp_path):
    text = "Иван Бунин уехал из Одессы в 1920 году.\r\n"
    (tmp_path / "windows.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / "windows.txt"), "-o", str(out), "--quiet"]) == 0
    result = json.loads((out / "windows.json").read_text(encoding="utf-8"))
    assert result["text"] == text  # offsets count from the first character after the mark
    year = next(d for d in result["dates"])
    assert text[year["start"]:year["end"]] == "1920 году"


def test_manifest_names_version_tables_options_and_every_input(corpus, tmp_path):
    (corpus / "latin1.txt").write_bytes("Café crème, déjà vu.".encode("latin-1"))
    out = tmp_path / "out"
    assert main(["run", str(corpus), "-o", str(out), "--chunk-chars", "5000", "--quiet"]) == 1
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["letopis"] and len(manifest["tables"]) == 64
    assert manifest["options"]["chunk_chars"] == 5000
    inputs = {entry["output"]: entry for entry in manifest["inputs"]}
    assert inputs["latin1"]["status"] == "failed" and "not UTF-8" in inputs["latin1"]["reason"]
    chekhov = inputs["chekhov"]
    assert chekhov["status"] == "ok" and chekhov["input"].endswith("chekhov.txt")
    assert len(chekhov["sha256"]) == 64
    assert sorted(chekhov["files"]) == ["chekhov.ann", "chekhov.html", "chekhov.json"]
    assert set(manifest["files"]) >= {"entities.csv", "dates.csv", "events.csv", "annotation.conf", "index.html"}
    assert manifest["options"]["formats"] == ["json", "brat", "csv", "html"]
    assert not (out / JOURNAL).exists()


def test_resume_redoes_only_what_changed(corpus, tmp_path):
    out = tmp_path / "out"
    assert main(["run", str(corpus), "-o", str(out), "--quiet"]) == 0
    kept = (out / "chekhov.json").stat().st_mtime_ns
    (corpus / "korolenko.txt").write_text("В 1896 году Короленко жил в Петербурге.\n", encoding="utf-8")
    assert main(["run", str(corpus), "-o", str(out), "--resume", "--quiet"]) == 0
    assert (out / "chekhov.json").stat().st_mtime_ns == kept
    assert "1896" in (out / "korolenko.json").read_text(encoding="utf-8")
    fresh = tmp_path / "fresh"
    assert main(["run", str(corpus), "-o", str(fresh), "--quiet"]) == 0
    assert same_files(out, fresh)  # the tables hold reused and new rows, in input order
    assert main(["run", str(corpus), "-o", str(out), "--resume", "--chunk-chars", "900", "--quiet"]) == 0
    assert (out / "chekhov.json").stat().st_mtime_ns != kept  # other options: nothing is reused


# Runs as a user starts them: a fresh process each, so the hash seed differs.
PEOPLE = ["Анна Петровна", "Сергей Ильич", "Мария Волконская", "Павел Громов", "Ольга Лесная"]
PLACES = ["Твери", "Казани", "Орле", "Вологде", "Костроме"]


def book(number: int) -> str:
    lines = []
    for i in range(12):
        person, place = PEOPLE[(number + i) % 5], PLACES[(number * 3 + i) % 5]
        lines.append(f"В {1880 + number + i} году {person} переехала к родным в {place}. "
                     f"Там {person.split()[0]} познакомилась с учителем и весной вышла за него замуж.")
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    folder = tmp_path_factory.mktemp("library")
    for number in range(10):
        (folder / f"book{number:02d}.txt").write_text(book(number), encoding="utf-8")
    return folder


def letopis_run(inputs: Path, out: Path, *options: str, seed: str = "0") -> subprocess.Popen:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.Popen([sys.executable, "-m", "letopis.cli", "run", str(inputs), "-o", str(out),
                             "--chunk-chars", "600", "--quiet", *options], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


@pytest.fixture(scope="module")
def reference(library, tmp_path_factory):
    out = tmp_path_factory.mktemp("reference")
    assert letopis_run(library, out).wait() == 0
    return out


def outputs(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes()
            for path in sorted(folder.rglob("*")) if path.is_file() and path.name != MANIFEST}


def same_files(a: Path, b: Path) -> bool:
    return outputs(a) == outputs(b)


def test_reruns_are_byte_identical_whatever_the_hash_seed_and_jobs(library, reference, tmp_path):
    assert len(json.loads((reference / "book03.json").read_text())["entities"]) > 20
    for seed, jobs in (("1", "2"), ("2", "1")):
        out = tmp_path / f"seed{seed}"
        assert letopis_run(library, out, "-j", jobs, seed=seed).wait() == 0
        assert same_files(reference, out), (seed, jobs)


def test_where_a_book_is_cut_changes_no_byte(library, reference, tmp_path):
    out = tmp_path / "uncut"
    assert main(["run", str(library), "-o", str(out), "--chunk-chars", "20000", "--quiet"]) == 0
    assert same_files(reference, out)  # the reference was cut into pieces of 600 characters
    result = json.loads((out / "book04.json").read_text(encoding="utf-8"))
    spans = {record["id"]: record for record in result["entities"] + result["dates"] + result["mentions"]}
    args = [arg for event in result["events"] for arg in event["args"] if arg["ref"]]
    assert args and all((spans[arg["ref"]]["start"], spans[arg["ref"]]["end"]) == (arg["start"], arg["end"])
                        for arg in args)


def test_a_killed_run_resumes_to_the_same_bytes(library, reference, tmp_path):
    out = tmp_path / "out"
    process = letopis_run(library, out, seed="7")
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and process.poll() is None and finished(out) < 3:
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait()
    done = finished(out)
    assert 3 <= done < 10, f"the run was not killed in the middle ({done} of 10 documents done)"
    assert not (out / MANIFEST).exists()
    before = {path.name: path.stat().st_mtime_ns for path in out.glob("book*.json")}
    assert letopis_run(library, out, "--resume", seed="8").wait() == 0
    assert same_files(reference, out)
    reused = [name for name, mtime in before.items() if (out / name).stat().st_mtime_ns == mtime]
    assert len(reused) >= done  # what was done before the kill was not done again


def finished(out: Path) -> int:
    """Documents the journal of a running `letopis run` records as done."""
    try:
        lines = (out / JOURNAL).read_text(encoding="utf-8").splitlines()
    except OSError:
        return 0
    return sum(1 for line in lines if '"status": "ok"' in line)
