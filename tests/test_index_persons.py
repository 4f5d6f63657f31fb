"""index.html's persons of a collection (a memoir's chapters, one file each), as a historian reads
them: one row per person across the files, with the forms of the name met, the mentions
(pronouns too), the files linking to the person's mentions there, and the first and last dated
event the person takes part in, linking to it. The table is person_index.csv's rows
(`collection.py`), read off what the run wrote; nothing is analysed again."""
from __future__ import annotations

import pandas
import pytest

from browser import CHROMIUM, Browser
from letopis.cli import main
from letopis.export.collection import CollectionPerson
from letopis.export.corpus import CorpusRows, FileRow, PersonRow, TimelineRow
from letopis.export.index_page import index_page

# A grandfather named in full, by surname, by first name and patronymic, and by `он`, `его`;
# the third chapter's file name has characters that are markup in HTML.
EPILOGUE = "glava3 <эпилог> & «]]>»"
CHAPTERS = {
    "glava1": ("Глава первая\n\nВесной 1871 года мой дед, Степан Ильич Коровин, приехал в Калугу. "
               "Он купил там мельницу и перестроил её за одно лето.\n\n"
               "Бабушка, Евдокия Павловна Коровина, вела хозяйство.\n"),
    "glava2": ("Глава вторая\n\nВ 1880 году Коровин продал мельницу и переехал в Москву. "
               "Степан Ильич открыл там лавку.\n"),
    EPILOGUE: ("Глава третья\n\nЗимой 1889 года Степан Ильич умер в Москве. "
               "Его похоронили на Ваганьковском кладбище.\n"),
}


@pytest.fixture(scope="module")
def collection_run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("chapters")
    source, out = folder / "in", folder / "out"
    source.mkdir()
    for stem, text in CHAPTERS.items():
        (source / f"{stem}.txt").write_text(text, encoding="utf-8")
    assert main(["run", str(source), "-o", str(out), "--quiet"]) == 0
    return out


def test_the_person_index_gives_a_persons_first_and_last_dated_event(collection_run):
    index = pandas.read_csv(collection_run / "person_index.csv", keep_default_na=False).set_index("person")
    grandfather = index.loc["Степан Ильич Коровин"]
    assert grandfather["files"] == 3
    assert grandfather["forms"] == "Коровин | Степан Ильич | Степан Ильич Коровин"
    assert (grandfather["names"], grandfather["pronouns"]) == (4, 2)  # `Он купил`, `Его похоронили`
    assert grandfather["mentions"] == 6
    timeline = pandas.read_csv(collection_run / "timeline.csv").set_index(["file", "event"])
    assert grandfather["first_date"] == "1871-SP" and grandfather["first_event"] == "glava1 E1"
    assert timeline.loc[("glava1", "E1"), "trigger"] == "приехал"
    assert grandfather["last_date"] == "1889-WI" and grandfather["last_event"].startswith(EPILOGUE + " E")
    last = timeline.loc[(EPILOGUE, grandfather["last_event"].split()[-1])]
    assert last["trigger"] == "похоронили"  # of two events of that winter, the later in the text
    grandmother = index.loc["Евдокия Павловна Коровина"]
    assert grandmother["first_event"] == grandmother["last_event"] == ""  # in no dated event
    assert len(index) == 2


pytestmark_browser = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")

SEEN_ROWS = """Array.from(document.querySelectorAll('#persons-index tbody tr'))
    .filter(row => row.getBoundingClientRect().height > 0)
    .map(row => Array.from(row.cells).map(cell => cell.innerText.replace(/\u00a0/g, ' ')))"""


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (apt-get install chromium)")
    chromium = Browser()
    yield chromium
    chromium.close()


@pytestmark_browser
def test_the_index_shows_each_person_of_the_collection_once(browser, collection_run):
    browser.open(collection_run / "index.html")
    headings = browser.run("Array.from(document.querySelectorAll('#persons-index th')).map(th => th.innerText)")
    assert headings == ["лицо", "варианты имени", "упоминаний", "из них местоимений",
                        "файлы (ссылка на упоминания)", "первое событие с датой", "последнее событие с датой"]
    rows = browser.run(SEEN_ROWS)
    assert [row[0] for row in rows] == ["Степан Ильич Коровин", "Евдокия Павловна Коровина"]
    name, forms, mentions, pronouns, files, first, last = rows[0]
    assert forms == "Коровин · Степан Ильич · Степан Ильич Коровин"
    assert (mentions, pronouns) == ("6", "2")
    assert files == f"glava1 ×2, glava2 ×1 +×1, {EPILOGUE} ×2"  # in glava2 two clusters, `Коровин` and `Степан Ильич`
    hrefs = browser.run("Array.from(document.querySelectorAll('#persons-index tbody tr:first-child td.files a'))"
                        ".map(a => decodeURIComponent(a.getAttribute('href')))")
    in_files = pandas.read_csv(collection_run / "person_index.csv").set_index("person").loc["Степан Ильич Коровин", "in_files"]
    assert hrefs == [f"{file}.html#{cluster}" for file, cluster, _ in
                     (part.rsplit(" ", 2) for part in in_files.split("; "))]  # each file's cluster, as the CSV has it
    assert first == "Весной 1871 года — приехал glava1"
    assert last == f"Зимой 1889 года — похоронили {EPILOGUE}"
    assert rows[1][5:] == ["—", "—"]
    assert "2 лиц" in browser.run("document.querySelector('header .muted').innerText")
    assert browser.errors() == [] and browser.outside_requests() == []


@pytestmark_browser
def test_a_persons_event_and_file_links_open_the_reading_view_there(browser, collection_run):
    browser.open(collection_run / "index.html")
    browser.clicked_to_page("#persons-index tbody tr:first-child td.first a")
    assert browser.run("location.pathname").endswith("/glava1.html")
    assert browser.run("location.hash") == "#E1"
    assert browser.run("document.querySelector('#text .sel').innerText") == "приехал"
    browser.open(collection_run / "index.html")
    browser.clicked_to_page("#persons-index tbody tr:first-child td.files a:last-child")  # the epilogue's file
    marked = browser.run("Array.from(document.querySelectorAll('#text .hl[data-id]')).map(e => e.innerText)")
    assert marked == ["Степан Ильич", "Его"]  # the name and the pronoun that stands for it
    assert browser.errors() == []


@pytestmark_browser
def test_the_search_box_finds_a_person_by_a_form_of_the_name(browser, collection_run):
    browser.open(collection_run / "index.html")
    browser.run("""(() => { const box = document.querySelector('input[data-table="persons-index"]');
                            box.value = 'степан ильич'; box.dispatchEvent(new Event('input')); })()""")
    assert [row[0] for row in browser.run(SEEN_ROWS)] == ["Степан Ильич Коровин"]


def markup_person() -> tuple[CorpusRows, list[CollectionPerson]]:
    """A page made of rows whose every text is markup: a name, its forms, a file, an event."""
    file = "письма <i>1905</i> & «]]>»"
    event = TimelineRow(file, "E1", "MOVEMENT", "<b>уехал</b>", "в 1905 & <u>после</u>", "1905", "", "1905-01-01",
                        "1905-12-31", False, "", "", "</script><script>alert('Пётр & Павел')</script>")
    rows = CorpusRows(files=[FileRow(file, 10, 2, 1, 1, 1, 0, 1, 1, 1)])
    person = CollectionPerson("P1", "<script>alert(1)</script> Орлов", ["<b>Орлов</b>", "Орлов & сын"],
                              [PersonRow("<script>alert(1)</script> Орлов", file, "C1", 3, 2, 1, 0, "<em>Глава</em>: 3")],
                              event, event)
    return rows, [person]


def test_the_persons_table_escapes_every_text():
    page = index_page(*markup_person())
    table = page[page.index('<table id="persons-index"'):]
    table = table[:table.index("</table>")]
    for markup in ("<script>", "<b>", "<i>", "<u>", "<em>", "</script>"):
        assert markup not in table
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Орлов" in table and "Орлов &amp; сын" in table


@pytestmark_browser
def test_markup_in_the_persons_table_is_shown_as_text(browser, tmp_path):
    (tmp_path / "index.html").write_text(index_page(*markup_person()), encoding="utf-8")
    browser.open(tmp_path / "index.html")
    [row] = browser.run(SEEN_ROWS)
    assert row[0] == "<script>alert(1)</script> Орлов"
    assert row[1] == "<b>Орлов</b> · Орлов & сын"
    assert row[4] == "письма <i>1905</i> & «]]>» ×3"
    assert row[5] == "в 1905 & <u>после</u> — <b>уехал</b> письма <i>1905</i> & «]]>»"
    assert browser.run("document.querySelectorAll('#persons-index :is(b, i, u, em, script)').length") == 0
    assert browser.run("document.scripts.length") == 1
    assert "alert('Пётр & Павел')" in browser.run("document.querySelector('#persons-index td.first a').title")
    assert not [e for e in browser.events if e.get("method") == "Page.javascriptDialogOpening"]
    assert browser.errors() == []
