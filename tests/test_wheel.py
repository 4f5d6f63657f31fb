"""The wheel as a new user installs it: built, installed with its dependencies into a fresh
virtual environment outside the repository, and run there on a text in another folder that
also holds a `pipeline.py` of the user's own."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
OFFLINE = ("No matching distribution", "Could not find a version", "Failed to establish",
           "Network is unreachable", "Temporary failure in name resolution", "ConnectionError")


def pip(python: Path | str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(python), "-m", "pip", "--disable-pip-version-check", *args],
                          capture_output=True, text=True)


def skip_if_offline(result: subprocess.CompletedProcess, what: str) -> None:
    if result.returncode and any(sign in result.stdout + result.stderr for sign in OFFLINE):
        pytest.skip(f"{what}: pip cannot reach a package index")
    assert result.returncode == 0, result.stderr[-3000:]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """Built from a copy of the source alone: a `build/` left in the checkout by an earlier build
    would otherwise lend the wheel files that pyproject.toml no longer ships."""
    source = tmp_path_factory.mktemp("source") / "letopis"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "*.egg-info", "outputs", "gold", "__pycache__", ".pytest_cache"))
    folder = tmp_path_factory.mktemp("wheel")
    skip_if_offline(pip(sys.executable, "wheel", "--no-deps", "-q", "-w", str(folder), str(source)), "building")
    return next(folder.glob("letopis-*.whl"))


def test_wheel_holds_one_package_with_its_tables(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert {name.split("/")[0] for name in names} == {"letopis", wheel.name.split("-py3")[0] + ".dist-info"}
    assert "letopis/models/events/lexicon.tsv" in names and "letopis/models/dates/months.tsv" in names
    assert "letopis/cli.py" in names and not any(name.startswith("pipeline/") for name in names)


def test_wheel_ships_every_table_and_weight_of_models(wheel):
    """A new folder or suffix under models/ that pyproject.toml does not name would be left out
    of the wheel silently: every file the pipeline may load is there (torch's checkpoints are not)."""
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {f"letopis/models/{path.relative_to(ROOT / 'models').as_posix()}"
               for path in (ROOT / "models").rglob("*") if path.is_file()
               and path.suffix not in {".pt", ".pyc"} and "__pycache__" not in path.parts}
    assert shipped - names == set()
    assert not any(name.endswith(".pt") for name in names)


def test_installed_wheel_runs_anywhere(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    skip_if_offline(pip(python, "install", "-q", str(wheel)), "installing the dependencies")
    work = tmp_path / "notebooks"
    work.mkdir()
    (work / "pipeline.py").write_text("raise SystemExit('the user’s own pipeline.py was imported')\n")
    texts = tmp_path / "texts"
    texts.mkdir()
    text = "Летом 1908 года Александр Блок гостил у матери в Шахматове.\n"
    (texts / "blok.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    result = subprocess.run([str(venv / "bin" / "letopis"), "run", str(texts / "blok.txt"), "-o", "out"],
                            cwd=work, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-3000:]
    data = json.loads((work / "out" / "blok.json").read_text(encoding="utf-8"))
    assert data["text"] == text
    assert ("Летом 1908 года", "1908-SU") in [(d["text"], d["value"]) for d in data["dates"]]
    assert "Александр Блок" in [e["text"] for e in data["entities"] if e["type"] == "PER"]
    manifest = json.loads((work / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["letopis"] == wheel.name.split("-")[1] and manifest["inputs"][0]["status"] == "ok"
    where = subprocess.run([str(python), "-c", "import letopis.resources as r; print(r.model_path('dates/months.tsv'))"],
                           cwd=work, capture_output=True, text=True, check=True).stdout
    assert str(venv) in where and str(ROOT) not in where  # the tables come from the wheel
