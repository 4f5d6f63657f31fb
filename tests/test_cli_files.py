"""Files as they come in the wild, and the messages a user gets: Russian texts in the code
pages of older e-text libraries (cp1251, koi8-r, cp866), Notepad's UTF-16, a Mac's hidden
files in a folder, an output folder that cannot be written, a folder with nothing to read."""
from __future__ import annotations

import json
import sys

import pytest

from letopis.batch.manifest import Manifest
from letopis.cli import main
from letopis.text.reader import CODE_PAGES, InputError, decoded

DIARY = (
    "12 марта 1861 г.\r\n\r\n"
    "Утром приехал из Тулы Николай Степанович. Говорили о новом положении до обеда.\r\n\r\n"
    "Вторник.\r\n\r\n"
    "Ездил с Верой Павловной в Калугу; вернулись поздно.\r\n"
)

# Sentences of our own, each read back from the bytes of every code page it can be written in.
SENTENCES = [
    "Жил-был кот.",
    "«Ну что ж, поедем», — сказала тётушка Ольга Ивановна.",
    "ТЕЛЕГРАММА ВЫЕЗЖАЮ ВО ВТОРНИК ВСТРЕЧАЙТЕ",
    "Щи да каша — пища наша.",
    "Глава II. Отъезд из Харькова в 1919 году.",
    "Ёжик вышел на поляну, где росли ягоды и грибы.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("code_page", CODE_PAGES)
def test_russian_in_a_cyrillic_code_page_is_recognised(sentence, code_page):
    try:
        data = sentence.encode(code_page)
    except UnicodeEncodeError:  # koi8-r and cp866 have no «» or —
        data = sentence.replace("«", '"').replace("»", '"').replace("—", "-").encode(code_page)
    result = decoded(data)
    assert result.encoding == code_page
    assert result.text == data.decode(code_page)


def test_utf8_is_read_as_before_and_utf16_with_its_mark_too():
    assert decoded("Чехов уехал в Ялту.".encode("utf-8")).encoding == "utf-8"
    notepad = decoded("\ufeffЧехов уехал в Ялту.\r\n".encode("utf-16-le").join([b"\xff\xfe", b""]))
    assert notepad.text == "Чехов уехал в Ялту.\r\n" and notepad.encoding == "utf-16"


def test_a_text_that_is_no_russian_in_any_code_page_is_refused_with_what_to_do():
    with pytest.raises(InputError, match="not UTF-8 .* --encoding"):
        decoded("Café crème, déjà vu à Montréal.".encode("latin-1"))
    assert decoded("Café crème.".encode("latin-1"), "latin-1").text == "Café crème."


def test_a_cp1251_diary_with_windows_line_ends_is_analysed_and_its_encoding_recorded(tmp_path):
    (tmp_path / "dnevnik.txt").write_bytes(DIARY.encode("cp1251"))
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / "dnevnik.txt"), "-o", str(out), "--quiet"]) == 0
    result = json.loads((out / "dnevnik.json").read_text(encoding="utf-8"))
    assert result["text"] == DIARY and result["encoding"] == "cp1251"
    for token in result["tokens"]:  # offsets count characters of the decoded text
        assert DIARY[token["start"]:token["end"]] == token["text"]
    names = {e["text"]: e["type"] for e in result["entities"]}
    assert names["Тулы"] == "LOC" and names["Николай Степанович"] == "PER" and names["Калугу"] == "LOC"
    assert ("12 марта 1861 г.", "1861-03-12") in [(d["text"], d["value"]) for d in result["dates"]]
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["inputs"][0]["encoding"] == "cp1251"


def test_a_koi8_news_item_and_a_utf8_one_side_by_side(tmp_path):
    news = "Казань, 5 мая 1905 года. Вчера в университете студенты собрались на сходку.\n"
    (tmp_path / "koi.txt").write_bytes(news.encode("koi8-r"))
    (tmp_path / "utf.txt").write_text(news, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(tmp_path), "-o", str(out), "--quiet"]) == 0
    koi = json.loads((out / "koi.json").read_text(encoding="utf-8"))
    utf = json.loads((out / "utf.json").read_text(encoding="utf-8"))
    assert koi.pop("encoding") == "koi8-r" and "encoding" not in utf  # a UTF-8 input's JSON is as before
    assert koi == utf
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert [entry["encoding"] for entry in manifest["inputs"]] == ["koi8-r", "utf-8"]


def test_encoding_named_on_the_command_line_wins_and_a_wrong_one_is_reported(tmp_path, capsys):
    text = "В 1920 году семья переехала из Киева в Одессу.\n"
    (tmp_path / "dos.txt").write_bytes(text.encode("cp866"))
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / "dos.txt"), "-o", str(out), "--encoding", "CP866", "--quiet"]) == 0
    assert json.loads((out / "dos.json").read_text(encoding="utf-8"))["text"] == text
    assert json.loads((out / "manifest.json").read_text(encoding="utf-8"))["options"]["encoding"] == "cp866"
    assert main(["run", str(tmp_path / "dos.txt"), "-o", str(out), "--encoding", "utf-8", "--quiet"]) == 1
    assert "dos.txt: not utf-8 (invalid byte at offset 0)" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["run", str(tmp_path / "dos.txt"), "-o", str(out), "--encoding", "klingon"])
    assert "unknown encoding 'klingon'" in capsys.readouterr().err


def test_a_folder_gives_its_txt_files_whatever_their_case_and_none_hidden(tmp_path):
    folder = tmp_path / "usb"
    (folder / ".git").mkdir(parents=True)
    (folder / "PISMO.TXT").write_text("Письмо от Аксакова пришло в среду.", encoding="utf-8")
    (folder / "._PISMO.TXT").write_bytes(b"\x00\x05\x16\x07Mac OS X")  # a Mac's resource fork
    (folder / ".git" / "notes.txt").write_text("Не текст книги.", encoding="utf-8")
    (folder / "readme.md").write_text("Не текст.", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(folder), "-o", str(out), "--quiet"]) == 0
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert [entry["output"] for entry in manifest["inputs"]] == ["PISMO"]


def test_nothing_to_read_stops_before_the_models_load_and_writes_nothing(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / "empty"), str(tmp_path / "nope.txt"), "-o", str(out)]) == 2
    error = capsys.readouterr().err.splitlines()
    assert error == [f"letopis: {tmp_path / 'empty'}: no .txt files in this folder",
                     f"letopis: {tmp_path / 'nope.txt'}: no such file or folder"]
    assert not out.exists()


def test_an_empty_folder_beside_a_text_is_reported_and_the_text_analysed(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    (tmp_path / "a.txt").write_text("Гоголь уехал в Рим.", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / "empty"), str(tmp_path / "a.txt"), "-o", str(out), "--quiet"]) == 1
    assert "empty: no .txt files in this folder" in capsys.readouterr().err
    assert (out / "a.json").exists()
    # the closing line counts the empty folder apart: it is in neither manifest.json nor index.html
    assert main(["run", str(tmp_path / "empty"), str(tmp_path / "a.txt"), "-o", str(out)]) == 1
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert last == (f"letopis: 1 file analysed, 1 input with nothing to read (listed above); "
                    f"results in {out}; open {out / 'index.html'}")
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert [entry["output"] for entry in manifest["inputs"]] == ["a"]


def test_an_output_folder_that_cannot_be_written_is_one_line_not_a_traceback(tmp_path, capsys, monkeypatch):
    (tmp_path / "a.txt").write_text("Гоголь уехал в Рим.", encoding="utf-8")
    (tmp_path / "results").write_text("a file, not a folder", encoding="utf-8")
    assert main(["run", str(tmp_path / "a.txt"), "-o", str(tmp_path / "results")]) == 2
    assert capsys.readouterr().err.strip() == \
        f"letopis: {tmp_path / 'results'}: cannot write the results there: Not a directory"

    def refused(self):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(Manifest, "open", refused)  # a folder of another user (root writes anywhere)
    assert main(["run", str(tmp_path / "a.txt"), "-o", str(tmp_path / "theirs")]) == 2
    assert capsys.readouterr().err.strip().endswith("theirs: cannot write the results there: Permission denied")


def test_version_and_a_closing_line_that_says_where_to_look(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit:
        main(["--version"])
    assert exit.value.code == 0 and capsys.readouterr().out.startswith("letopis 0.")
    (tmp_path / "a.txt").write_text("Гоголь уехал в Рим.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    out = tmp_path / "out"
    assert main(["run", str(tmp_path), "-o", str(out)]) == 1
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert last == (f"letopis: 1 file analysed, 1 failed (listed above and in manifest.json); "
                    f"results in {out}; open {out / 'index.html'}")


def test_utf8_with_a_character_cut_at_the_end_is_read_and_the_run_says_so(tmp_path, capsys):
    text = "Осенью 1908 года Блок уехал из Петербурга в Шахматово. Там он писал стихи о России.\n" * 20
    data = text.encode("utf-8") + "Ж".encode("utf-8")[:1]  # a download cut in the middle of a letter
    (tmp_path / "cut.txt").write_bytes(data)
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / "cut.txt"), "-o", str(out), "--quiet"]) == 0
    assert capsys.readouterr().err.strip().endswith(
        f"cut.txt: 1 invalid UTF-8 byte sequence (the first at byte {len(data) - 1}) read as U+FFFD")
    result = json.loads((out / "cut.json").read_text(encoding="utf-8"))
    assert result["text"] == text + "\ufffd" and "encoding" not in result


def test_one_book_shows_its_progress_in_bytes_of_text(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)  # a terminal: the bar
    (tmp_path / "book.txt").write_text("Пётр Иванович уехал в Тверь весной 1880 года.\n" * 60, encoding="utf-8")
    assert main(["run", str(tmp_path / "book.txt"), "-o", str(tmp_path / "out"), "--chunk-chars", "500"]) == 0
    size = (tmp_path / "book.txt").stat().st_size
    assert f"{size / 1024:.2f}k/{size / 1024:.2f}k of text" in capsys.readouterr().err


def test_a_cp1251_text_opening_with_the_bytes_of_a_utf16_mark_stays_cp1251():
    text = "яю — так начиналась его считалка, и дети повторяли её хором."
    assert decoded(text.encode("cp1251")) == decoded(text.encode("cp1251"), "cp1251")
    assert decoded(text.encode("cp1251")).encoding == "cp1251"


def test_resume_keeps_a_code_page_texts_results_and_its_encoding(tmp_path):
    (tmp_path / "pisma.txt").write_bytes("Весной 1850 года Тургенев вернулся в Спасское.\n".encode("koi8-r"))
    out = tmp_path / "out"
    assert main(["run", str(tmp_path), "-o", str(out), "--quiet"]) == 0
    kept = (out / "pisma.json").stat().st_mtime_ns
    assert main(["run", str(tmp_path), "-o", str(out), "--resume", "--quiet"]) == 0
    assert (out / "pisma.json").stat().st_mtime_ns == kept
    assert json.loads((out / "manifest.json").read_text(encoding="utf-8"))["inputs"][0]["encoding"] == "koi8-r"


def test_a_word_file_is_refused_with_what_to_do(tmp_path, capsys):
    (tmp_path / "glava.docx").write_bytes(b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00word/document.xml")
    (tmp_path / "a.txt").write_text("Гоголь уехал в Рим.", encoding="utf-8")
    assert main(["run", str(tmp_path / "glava.docx"), str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"),
                 "--quiet"]) == 1
    assert "glava.docx: binary file (contains NUL bytes): a .doc, .docx, .pdf or .epub is read once saved " \
           "as plain text (.txt)" in capsys.readouterr().err
