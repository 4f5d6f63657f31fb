"""What a historian does first with a run's tables and index: sorts the dates in pandas, and
sees which files were not read."""
from __future__ import annotations

import pandas

from letopis.cli import main
from letopis.export.tables import days

DIARY = (
    "3 января 1877 г.\n\n"
    "Весь день писал. Вечером заходил Страхов, говорили о войне.\n\n"
    "Летом 1876 года мы жили в Самарской губернии.\n\n"
    "В 1860-х годах отец служил в Казани.\n"
)


def test_every_date_row_has_its_first_and_last_day_and_sorts_by_them(tmp_path):
    (tmp_path / "dnevnik.txt").write_text(DIARY, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / "dnevnik.txt"), "-o", str(out), "--quiet"]) == 0
    dates = pandas.read_csv(out / "dates.csv", parse_dates=["first", "last"])
    assert list(dates.columns[:9]) == ["file", "id", "start", "end", "text", "value", "mod", "first", "last"]
    ordered = dates.dropna(subset=["first"]).sort_values("first")
    assert list(ordered["text"])[:3] == ["1860-х годах", "Летом 1876 года", "3 января 1877 г."]
    summer = dates.set_index("text").loc["Летом 1876 года"]
    assert (summer["first"].date().isoformat(), summer["last"].date().isoformat()) == ("1876-06-01", "1876-08-31")


def test_a_date_without_a_year_has_no_days_and_a_week_has_seven():
    assert days({"value": "XXXX-04-20", "mod": None}) == {"first": None, "last": None}
    assert days({"value": "1861-W12", "mod": None}) == {"first": "1861-03-18", "last": "1861-03-24"}
    assert days({"value": "1905-10", "mod": "START"}) == {"first": "1905-10-01", "last": "1905-10-11"}


def test_the_index_lists_the_files_that_were_not_read_with_the_reason(tmp_path):
    (tmp_path / "a.txt").write_text("Гончаров вернулся в Петербург в 1855 году.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("   \n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(tmp_path), "-o", str(out), "--quiet"]) == 1
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "<h3>Не обработаны (1)</h3>" in page and f"<li><b>{tmp_path / 'b.txt'}</b>: empty</li>" in page
    assert main(["run", str(tmp_path / "a.txt"), "-o", str(tmp_path / "ok"), "--quiet"]) == 0
    assert 'id="failed"' not in (tmp_path / "ok" / "index.html").read_text(encoding="utf-8")
