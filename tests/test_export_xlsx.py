"""What a historian opens by a double click: the run's tables as the sheets of one Excel workbook,
tables.xlsx (`--formats xlsx`), with the same rows as the CSV files, text kept as text, and the
same bytes from run to run."""
from __future__ import annotations

import zipfile

import openpyxl
import pandas

from letopis.cli import main
from letopis.export.formats import FORMATS, parse_formats
from letopis.export.workbook import FIXED, write_workbook

MEMOIR = (
    "Осенью 1911 года Анна Сергеевна Ветлугина переехала из Ярославля в Петербург.\n\n"
    "Там она поступила на Высшие женские курсы и 3 февраля 1912 года написала брату длинное письмо.\n\n"
    "-- Да, -- ответила она ему, -- летом приеду в Ярославль.\n"
)
SHEETS = ["entities", "dates", "mentions", "events", "persons", "places", "timeline", "person_index"]


def run(tmp_path, out: str, formats: str):
    (tmp_path / "vospominaniya.txt").write_text(MEMOIR, encoding="utf-8")
    assert main(["run", str(tmp_path / "vospominaniya.txt"), "-o", str(tmp_path / out),
                 "--formats", formats, "--quiet"]) == 0
    return tmp_path / out


def test_xlsx_is_a_format_of_its_own_and_of_all_but_not_of_the_default():
    assert "xlsx" in FORMATS and "xlsx" in parse_formats("all")
    assert parse_formats("json,xlsx") == ("json", "xlsx")


def test_the_workbook_has_a_sheet_per_table_with_the_rows_of_the_csv_files(tmp_path):
    out = run(tmp_path, "out", "json,csv,html,xlsx")
    book = openpyxl.load_workbook(out / "tables.xlsx")
    assert book.sheetnames == SHEETS
    for name in SHEETS:
        sheet = book[name]
        table = pandas.read_csv(out / f"{name}.csv", keep_default_na=False, dtype=str)
        header = [cell.value for cell in sheet[1]]
        assert header == list(table.columns)
        assert all(cell.font.b for cell in sheet[1])  # a bold header row, frozen, with a filter
        assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:")
        rows = [["" if value is None else str(value) for value in row] for row in sheet.iter_rows(min_row=2, values_only=True)]
        assert rows == table.values.tolist(), name
    entities = book["entities"]
    anna = next(row for row in entities.iter_rows(min_row=2, values_only=True) if row[4] == "Анна Сергеевна Ветлугина")
    assert anna[:6] == ("vospominaniya", anna[1], 17, 41, "Анна Сергеевна Ветлугина", "PER")  # offsets are numbers
    assert entities.column_dimensions["E"].width > entities.column_dimensions["B"].width  # wide enough for names
    dates = {row[4].value: row for row in book["dates"].iter_rows(min_row=2)}
    february = dates["3 февраля 1912 года"]
    assert [cell.value for cell in february[5:9]] == ["1912-02-03", None, "1912-02-03", "1912-02-03"]
    assert all(cell.data_type == "s" for cell in (february[5], february[7], february[8]))  # ISO days stay text
    assert "tables.xlsx" in (out / "index.html").read_text(encoding="utf-8")
    assert "tables.xlsx" in (out / "manifest.json").read_text(encoding="utf-8")


def test_text_that_looks_like_a_formula_stays_text(tmp_path):
    path = write_workbook(tmp_path / "tables.xlsx", [
        ("events", ["file", "id", "start", "trigger", "Theme"],
         [{"file": "dnevnik", "id": "E1", "start": 5, "trigger": "=1+1", "Theme": "+7"},
          {"file": "dnevnik", "id": "E2", "start": 40, "trigger": "-- Да", "Theme": "@Соколов"},
          {"file": "dnevnik", "id": "E3", "start": 77, "trigger": "1812", "Theme": None}]),
    ])
    with zipfile.ZipFile(path) as archive:
        assert b"<f>" not in archive.read("xl/worksheets/sheet1.xml")  # no formula anywhere
    sheet = openpyxl.load_workbook(path)["events"]
    cells = {cell.value: cell for row in sheet.iter_rows(min_row=2) for cell in row if cell.value is not None}
    for value in ("=1+1", "+7", "-- Да", "@Соколов"):
        assert cells[value].data_type == "s" and cells[value].quotePrefix, value
    assert cells["1812"].data_type == "s" and not cells["1812"].quotePrefix  # a year in a text column stays text
    assert cells[40].data_type == "n"
    assert sheet["E4"].value is None


def test_two_runs_give_the_same_bytes(tmp_path):
    first = (run(tmp_path, "first", "xlsx") / "tables.xlsx").read_bytes()
    second = (run(tmp_path, "second", "xlsx") / "tables.xlsx").read_bytes()
    assert first == second
    with zipfile.ZipFile(run(tmp_path, "first", "xlsx") / "tables.xlsx") as archive:
        assert {entry.date_time for entry in archive.infolist()} == {FIXED}
        assert b"1980-01-01T00:00:00Z</dcterms:modified>" in archive.read("docProps/core.xml")
    assert not (tmp_path / "first" / "entities.csv").exists()  # xlsx alone writes no CSV


def test_characters_a_cell_cannot_hold_are_replaced(tmp_path):
    path = write_workbook(tmp_path / "tables.xlsx", [("entities", ["text"], [{"text": "Пётр\x0bПетрович"}])])
    assert openpyxl.load_workbook(path)["entities"]["A2"].value == "Пётр\ufffdПетрович"
