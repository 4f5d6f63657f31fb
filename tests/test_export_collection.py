"""A collection in many files (a memoir's chapters, one file each): the tables name each mention's
chapter by its heading, and person_index.csv has one row per person across the files, the names
joined by the rule that joins them within one text (`coref/names.py`)."""
from __future__ import annotations

import json

import pandas
import pytest

from browser import CHROMIUM, Browser
from letopis.cli import main
from letopis.export.collection import FileNames, collection_persons

CHAPTERS = {
    "glava1.txt": (
        "Глава I. Детство\n\n"
        "Мой отец, Павел Андреевич Лужин, служил в Туле. Павел Андреевич любил охоту.\n\n"
        "Мать, Ирина Сергеевна Лужина, учила нас грамоте. Лужина была строга.\n"
    ),
    "glava2.txt": (
        "Глава II. Гимназия\n\n"
        "В 1875 году отец отвёз меня в Москву. Лужин долго говорил с директором гимназии.\n\n"
        "Там я подружился с Колей Вершининым. Николай Вершинин потом стал врачом.\n"
    ),
    "glava3.txt": (
        "Глава III. Университет\n\n"
        "Осенью 1882 года я встретил Вершинина в Петербурге. Павел Андреевич писал нам оттуда редко.\n"
    ),
}


def run(tmp_path, *options):
    folder = tmp_path / "memuary"
    folder.mkdir()
    for name, text in CHAPTERS.items():
        (folder / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(folder), "-o", str(out), "--quiet", *options]) == 0
    return out


def test_a_person_of_three_chapter_files_is_one_row_of_the_person_index(tmp_path):
    out = run(tmp_path)
    index = pandas.read_csv(out / "person_index.csv", keep_default_na=False).set_index("person")
    assert list(index.columns) == ["id", "files", "mentions", "names", "pronouns", "forms", "in_files",
                                   "first_date", "first_event", "last_date", "last_event"]
    father = index.loc["Павел Андреевич Лужин"]
    assert father["files"] == 3 and father["mentions"] == 4  # `Лужин` in glava2, `Павел Андреевич` in glava3
    assert father["forms"] == "Лужин | Павел Андреевич | Павел Андреевич Лужин"
    assert [part.split()[0] for part in father["in_files"].split("; ")] == ["glava1", "glava2", "glava3"]
    friend = index.loc["Николай Вершинин"]  # `Коля` is `Николай` (models/coref/name_variants.tsv)
    assert friend["files"] == 2 and "Коля Вершинин" in friend["forms"]
    mother = index.loc["Ирина Сергеевна Лужина"]  # `Лужина` is not `Лужин`
    assert mother["files"] == 1 and mother["id"] != father["id"]
    assert len(index) == 3
    # each file's cluster id, as entities.csv has it, leads to the person's row
    entities = pandas.read_csv(out / "entities.csv")
    luzhin = entities[(entities["file"] == "glava2") & (entities["text"] == "Лужин")].iloc[0]
    assert f"glava2 {luzhin['cluster']} ×1" in father["in_files"]
    page = (out / "index.html").read_text(encoding="utf-8")
    assert '<a href="person_index.csv">person_index.csv</a>' in page
    assert "person_index.csv" in json.loads((out / "manifest.json").read_text(encoding="utf-8"))["files"]


def test_namesakes_in_two_files_stay_two_persons_and_a_files_clusters_are_not_split():
    files = [FileNames("a", [("C1", "Пётр Оболенский"), ("C2", "Сергей Оболенский")]),
             FileNames("b", [("C1", "Сергей Оболенский"), ("C1", "Оболенский"), ("C3", "Пётр Оболенский")])]
    found = collection_persons(files)
    assert found["a", "C1"] == found["b", "C3"] == "P1"
    assert found["a", "C2"] == found["b", "C1"] == "P2"


def test_the_tables_name_a_mentions_chapter_by_its_heading_and_keep_its_id(tmp_path):
    (tmp_path / "kniga.txt").write_text(
        "ЧАСТЬ ПЕРВАЯ\n\nГлава I. Детство\n\nЯ родился в Туле в 1850 году.\n\n"
        "Глава II. Бегство\n\nВесной 1862 года мы уехали в Москву.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / "kniga.txt"), "-o", str(out), "--quiet"]) == 0
    structure = {item["id"]: item for item in json.loads((out / "kniga.json").read_text(encoding="utf-8"))["structure"]}
    for table in ("entities", "dates", "events"):
        rows = pandas.read_csv(out / f"{table}.csv").set_index("text" if table != "events" else "trigger")
        assert list(rows.columns[-3:]) == ["chapter", "chapter_id", "in_note"], table
    places = pandas.read_csv(out / "entities.csv").set_index("text")
    assert places.loc["Туле", "chapter"] == "ЧАСТЬ ПЕРВАЯ / Глава I. Детство"
    assert places.loc["Москву", "chapter"] == "ЧАСТЬ ПЕРВАЯ / Глава II. Бегство"
    assert structure[places.loc["Москву", "chapter_id"]]["title"] == "Бегство"  # the id joins NAME.json
    dates = pandas.read_csv(out / "dates.csv").set_index("text")
    assert dates.loc["Весной 1862 года", "chapter"] == "ЧАСТЬ ПЕРВАЯ / Глава II. Бегство"
    events = pandas.read_csv(out / "events.csv").set_index("trigger")
    assert events.loc["родился", "chapter"] == "ЧАСТЬ ПЕРВАЯ / Глава I. Детство"


def test_a_text_without_chapters_leaves_both_columns_empty(tmp_path):
    (tmp_path / "pismo.txt").write_text("Дорогой Андрей, в Рязани всё по-старому.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / "pismo.txt"), "-o", str(out), "--quiet"]) == 0
    row = pandas.read_csv(out / "entities.csv").set_index("text").loc["Рязани"]
    assert pandas.isna(row["chapter"]) and pandas.isna(row["chapter_id"])


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_the_index_page_links_the_person_index_under_its_persons(tmp_path):
    out = run(tmp_path)
    browser = Browser()
    try:
        browser.open(out / "index.html")
        link = browser.run("""(() => { const a = document.querySelector('#sec-persons #person-index a');
                                 const box = a.getBoundingClientRect();
                                 return [a.href, a.textContent, box.width > 0 && box.height > 0]; })()""")
        assert link == [(out / "person_index.csv").resolve().as_uri(), "person_index.csv", True]
        assert browser.errors() == []
    finally:
        browser.close()
