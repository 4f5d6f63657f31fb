"""A historian's first day, the seventeenth round: a run logged to a file, a text saved by an old
Mac (`\\r` alone at each line end), a book without full stops, and a workbook whose bytes do not
depend on the zlib of the machine that wrote it."""
from __future__ import annotations

import json
import zipfile
import zlib

from letopis.cli import main
from letopis.export.workbook import workbook_bytes
from letopis.text.chunks import RUN_ON_PIECE, chunk_spans

LETTERS = {
    "pismo1.txt": "Дорогая Маша! Вчера мы приехали в Тверь. Дядя Фёдор встретил нас на станции.\n",
    "pismo2.txt": "Милый брат! 5 мая 1899 года я выехал из Костромы в Ярославль.\n",
}


def test_a_run_logged_to_a_file_says_one_line_per_document_not_a_bar_redrawn(tmp_path, capsys):
    for name, text in LETTERS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "broken.txt").write_bytes(b"\x00\x01binary")
    assert main(["run", str(tmp_path), "-o", str(tmp_path / "out")]) == 1  # stderr is no terminal here
    lines = capsys.readouterr().err.splitlines()
    assert "\r" not in "".join(lines) and not any("of text [" in line for line in lines)
    assert lines[0].startswith(f"letopis: {tmp_path / 'broken.txt'}: ")  # the failure, on its line
    assert lines[1] == f"letopis: [2/3] {tmp_path / 'pismo1.txt'}: analysed"
    assert lines[-2] == f"letopis: [3/3] {tmp_path / 'pismo2.txt'}: analysed"
    assert lines[-1].startswith("letopis: 2 files analysed, 1 failed")
    assert all(line.startswith("letopis: ") for line in lines)
    assert len(lines) <= 3 + 10 + 1  # a line per document, at most one per tenth of the text, the summary


def test_one_long_book_in_a_log_says_where_it_is_ten_times_at_most(tmp_path, capsys):
    (tmp_path / "kniga.txt").write_text("Пётр Иванович уехал в Тверь весной 1880 года.\n" * 60, encoding="utf-8")
    assert main(["run", str(tmp_path / "kniga.txt"), "-o", str(tmp_path / "out"), "--chunk-chars", "500"]) == 0
    lines = capsys.readouterr().err.splitlines()
    tenths = [line for line in lines if "% of the text" in line]
    assert 3 <= len(tenths) <= 9
    size = (tmp_path / "kniga.txt").stat().st_size
    assert tenths[0].startswith("letopis: 10 % of the text (") and tenths[0].endswith(f" of {size / 1024:.2f}k)")
    assert lines[-2:] == [f"letopis: [1/1] {tmp_path / 'kniga.txt'}: analysed",
                          f"letopis: 1 file analysed; results in {tmp_path / 'out'}; "
                          f"open {tmp_path / 'out' / 'index.html'}"]


MEMOIR = ("Глава I. Отъезд\n\nВ марте 1905 года Николай Андреевич Сомов уехал из Казани.\n"
          "Он писал сестре каждую неделю.\n\nГлава II. Возвращение\n\nОсенью 1906 года Сомов вернулся в Казань.\n")


def test_a_text_with_old_mac_line_ends_gets_the_paragraphs_and_chapters_of_the_same_text_with_newlines(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "mac.txt").write_bytes(MEMOIR.replace("\n", "\r").encode("utf-8"))
    (folder / "unix.txt").write_bytes(MEMOIR.encode("utf-8"))
    (folder / "windows.txt").write_bytes(MEMOIR.replace("\n", "\r\n").encode("utf-8"))
    out = tmp_path / "out"
    assert main(["run", str(folder), "-o", str(out), "--formats", "all", "--quiet"]) == 0
    mac, unix = (json.loads((out / f"{name}.json").read_text(encoding="utf-8")) for name in ("mac", "unix"))
    assert mac["text"] == MEMOIR.replace("\n", "\r")  # the text as the file has it, offsets into it
    for layer in ("tokens", "entities", "dates", "events", "mentions", "structure"):
        assert mac[layer] == unix[layer], layer
    assert [item["title"] for item in mac["structure"] if item["type"] == "chapter"] == ["Отъезд", "Возвращение"]
    somov = next(e for e in mac["entities"] if e["text"] == "Николай Андреевич Сомов")
    assert mac["text"][somov["start"]:somov["end"]] == "Николай Андреевич Сомов"
    # the reading view and the TEI have a paragraph per line, as for the same text with `\n`
    for suffix in (".html", ".tei.xml"):
        paragraphs = [(out / f"{name}{suffix}").read_text(encoding="utf-8").count("<p") for name in ("mac", "unix")]
        assert paragraphs[0] == paragraphs[1], suffix
    assert (out / "mac.html").read_text(encoding="utf-8").count('class="p') == 5
    windows = json.loads((out / "windows.json").read_text(encoding="utf-8"))
    assert len(windows["structure"]) == len(unix["structure"])  # `\r\n` as before


def test_a_hard_wrapped_mac_text_keeps_its_own_line_ends_in_every_records_text(tmp_path):
    wrapped = ("Он приехал в Казань 3 марта\r1905 года, и прожил\rу нас до самой осени.\r\r"
               "Оттуда он писал сестре\rкаждую неделю.\r")
    (tmp_path / "mac.txt").write_bytes(wrapped.encode("utf-8"))
    assert main(["run", str(tmp_path / "mac.txt"), "-o", str(tmp_path / "out"), "--quiet"]) == 0
    result = json.loads((tmp_path / "out" / "mac.json").read_text(encoding="utf-8"))
    spans = result["entities"] + result["dates"] + result["mentions"]
    spans += [event["trigger"] for event in result["events"]] + [arg for event in result["events"] for arg in event["args"]]
    assert spans and all(wrapped[s["start"]:s["end"]] == s["text"] for s in spans)
    assert "3 марта\r1905 года" in [d["text"] for d in result["dates"]]  # one date across the line end
    assert result["dates"][0]["value"] == "1905-03-03"
    arrived = next(e for e in result["events"] if e["trigger"]["text"] == "приехал")
    assert "3 марта\r1905 года" in [arg["text"] for arg in arrived["args"]]


def test_the_workbook_is_stored_so_its_bytes_do_not_depend_on_zlib(monkeypatch):
    tables = [("entities", ["file", "text", "start"], [{"file": "pismo", "text": "Тверь", "start": 37}] * 50)]
    data = workbook_bytes(tables)
    with zipfile.ZipFile(__import__("io").BytesIO(data)) as archive:
        assert {entry.compress_type for entry in archive.infolist()} == {zipfile.ZIP_STORED}
    # another zlib compresses differently: here, the fastest level in place of the default
    compressobj = zlib.compressobj
    monkeypatch.setattr(zlib, "compressobj", lambda level=-1, *args: compressobj(1, *args))
    assert workbook_bytes(tables) == data


CLAUSE = "Анна уехала в Тверь весной 1913 года, а потом вернулась к матери и сказала ей что всё хорошо "


def test_a_book_without_full_stops_is_analysed_in_short_pieces_cut_after_commas():
    text = CLAUSE * 700  # 66,000 characters on one line, no full stop: one "sentence" to razdel
    pieces = list(chunk_spans(text))
    assert "".join(text[start:end] for start, end in pieces) == text
    assert max(end - start for start, end in pieces) <= RUN_ON_PIECE
    assert all(text[end - 2:end] == ", " for _, end in pieces[:-2])  # each after a comma and its space
    assert text[pieces[-2][1] - 6:pieces[-2][1]] == "хорошо"  # the stretch's end (the last space follows)


def test_a_short_run_on_line_is_cut_too_and_the_lines_around_it_stay_whole():
    text = "Глава первая\n" + CLAUSE * 40 + "\nКонец.\n"  # a line of 3,800 characters without a stop
    pieces = [text[start:end] for start, end in chunk_spans(text)]
    assert pieces[0] == "Глава первая\n" and pieces[-1] == " \nКонец.\n"  # the space after the stretch, then the next line
    assert max(map(len, pieces[1:-1])) <= RUN_ON_PIECE and "".join(pieces) == text
    sentences = "Анна уехала в Тверь весной 1913 года. " * 100  # 3,800 characters with stops: one piece
    assert list(chunk_spans(sentences)) == [(0, len(sentences))]
    pieces = list(chunk_spans(sentences, 2000))  # --chunk-chars 2000: at sentence ends, none longer
    assert len(pieces) > 1 and all(end - start <= 2000 and sentences[end - 1] == "." for start, end in pieces[:-1])


def test_a_book_without_line_breaks_is_still_cut_at_its_sentences_into_long_pieces():
    sentence = "Анна уехала в Тверь весной 1913 года. Потом она вернулась к матери. "
    text = sentence * 900  # 61,000 characters on one line
    pieces = list(chunk_spans(text))
    assert all(text[end - 1] == "." for _, end in pieces[:-1])
    assert min(end - start for start, end in pieces[:-1]) >= 5000  # a quarter of --chunk-chars at least


def test_a_run_on_line_is_analysed_with_its_offsets_right(tmp_path):
    text = CLAUSE * 45  # 4,200 characters, run with --chunk-chars 2000
    (tmp_path / "stroka.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / "stroka.txt"), "-o", str(out), "--chunk-chars", "2000", "--quiet"]) == 0
    result = json.loads((out / "stroka.json").read_text(encoding="utf-8"))
    places = [e for e in result["entities"] if e["type"] == "LOC"]
    assert len(places) == 45 and all(text[e["start"]:e["end"]] == "Тверь" for e in places)
    persons = [e for e in result["entities"] if e["type"] == "PER"]
    assert len(persons) == 45 and len({e["cluster"] for e in persons}) == 1  # one Анна across the pieces
    assert len([d for d in result["dates"] if d["value"] == "1913-SP"]) == 45


def test_files_of_a_folder_that_are_not_txt_are_named_on_one_line_not_passed_over_in_silence(tmp_path, capsys):
    folder = tmp_path / "arkhiv"
    folder.mkdir()
    (folder / "pismo.txt").write_text(LETTERS["pismo1.txt"], encoding="utf-8")
    (folder / "dnevnik.docx").write_bytes(b"PK\x03\x04")
    (folder / "opis.pdf").write_bytes(b"%PDF-1.4")
    (folder / ".DS_Store").write_bytes(b"\x00")  # hidden: not counted
    assert main(["run", str(folder), "-o", str(folder / "out")]) == 0
    assert main(["run", str(folder), "-o", str(folder / "out")]) == 0  # OUTDIR inside the folder is not counted
    lines = capsys.readouterr().err.splitlines()
    said = [line for line in lines if "left aside" in line]
    assert said == [f"letopis: {folder}: 2 files not .txt left aside (dnevnik.docx, opis.pdf); a .doc, .docx, "
                    f".pdf or .epub is read once saved as plain text (.txt)"] * 2


def test_a_text_called_manifest_keeps_its_analysis_beside_the_runs_manifest(tmp_path, capsys):
    (tmp_path / "manifest.txt").write_text("Манифест 17 октября 1905 года подписали в Петергофе.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / "manifest.txt"), "-o", str(out), "--quiet"]) == 0
    analysis = json.loads((out / "manifest.text.json").read_text(encoding="utf-8"))
    assert analysis["dates"][0]["value"] == "1905-10-17"
    run = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert run["inputs"][0]["files"].keys() == {"manifest.text.json", "manifest.ann", "manifest.html"}
    assert main(["run", str(tmp_path / "manifest.txt"), "-o", str(out), "--resume"]) == 0
    assert f"letopis: [1/1] {tmp_path / 'manifest.txt'}: kept from the earlier run" in capsys.readouterr().err
