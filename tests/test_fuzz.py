"""Any text a user may own goes through the whole pipeline and every exporter: digits of every
script, superscripts, combining marks, control characters, right-to-left text, emoji, very
long tokens and lines. No exception, every span at its offsets, every .ann line valid brat.

`make test` tries a few hundred texts (hypothesis profile `ci`); `make fuzz` many thousands
(`HYPOTHESIS_PROFILE=fuzz`) and the megabyte line.
"""
from __future__ import annotations

import csv
import json
import os
import re
from pathlib import Path

import conllu
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
import openpyxl
from lxml import etree

from letopis.batch.runners import in_process
from letopis.batch.stream import analyse
from letopis.cli import write_text
from letopis.export.formats import FORMATS, Outputs
from letopis.export.workbook import ILLEGAL
from letopis.text.reader import InputError, decode

settings.register_profile("ci", max_examples=200, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("fuzz", max_examples=5000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
FUZZ = os.environ.get("HYPOTHESIS_PROFILE") == "fuzz"

# Pieces of Russian prose of our own, dates among them, so the rules fire on odd neighbours.
WORDS = ["Анна", "Петровна", "Гуревич", "уехала", "в", "Москву", "Твери", "летом", "1913", "г.", "года",
         "году", "12.03.1913", "45.78.1913", "31", "июня", "XIX", "веке", "1920-е", "годы", "1914–1918",
         "с", "по", "он", "она", "его", "сказал", "родился", "умерла", "женился", "на", "ней", "три",
         "года", "спустя", "«Война и мир»", "(1869)", ".", ",", "—", "!", "?", "…", "Пётр", "Ильич",
         "Чайковский", "ещё", "ё", "ви´дении", "вида́ть"]
SPACES = [" ", " ", " ", "\n", "\r\n", "\r", "\t", "\n\n", "\u00a0", "\u2028", "\u2029", "\x0b",
          "\x0c", "\x85", "\x1c", "\u200b", "\ufeff", "\u3000"]
UNICODE = st.characters(exclude_categories=["Cs"], exclude_characters="\x00")

tokens = st.one_of(
    st.sampled_from(WORDS),
    st.text(st.characters(categories=["Nd"]), min_size=1, max_size=5),  # digits of every script
    st.text(st.sampled_from("⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂³½¼"), min_size=1, max_size=3),  # superscripts, fractions
    st.builds(lambda word, marks: word + marks, st.sampled_from(WORDS),  # combining marks
              st.text(st.characters(categories=["Mn", "Me"]), min_size=1, max_size=3)),
    st.text(st.characters(categories=["Cc", "Cf", "Zl", "Zp"], exclude_characters="\x00"), min_size=1, max_size=3),
    st.text(st.characters(min_codepoint=0x0590, max_codepoint=0x08FF), min_size=1, max_size=8),  # right to left
    st.text(st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF), min_size=1, max_size=3),  # emoji
    st.sampled_from(["👨‍👩‍👧", "🇷🇺", "❤️", "1913 г.²", "ǅ", "ﬃ", "İ", "ß", "\u0301", "\U000e0001",
                     "@𗀀"]),  # a letter unicodedata has no name for
    st.text(UNICODE, min_size=1, max_size=12),
)
texts = st.lists(st.tuples(tokens, st.sampled_from(SPACES)), min_size=1, max_size=40).map(
    lambda pairs: "".join(token + space for token, space in pairs))


@pytest.fixture(scope="module")
def run(nlp, tmp_path_factory):
    """Analyse one text as `letopis run` does and write every exporter's files."""
    out = tmp_path_factory.mktemp("fuzz")  # every text overwrites the last one's files

    def analyse_and_write(text: str) -> tuple[Path, list[Path]]:
        outputs = Outputs(out, FORMATS)  # every format letopis writes
        for key, pieces in analyse(in_process(nlp), [(0, text)], limit=2000):
            write_text(outputs, Path("doc"), text, pieces, key)
        return out, outputs.paths(Path("doc")) + outputs.finish()
    return analyse_and_write


def check(text: str, out: Path, written: list[Path]) -> None:
    data = json.loads((out / "doc.json").read_text(encoding="utf-8"))
    assert data["text"] == text
    check_offsets(data)
    t_ids = check_ann(text, (out / "doc.ann").read_bytes().decode("utf-8"))
    assert len(t_ids) == len(data["entities"]) + len(data["dates"]) + len(data["mentions"]) + len(data["events"])
    check_tables(out, data)
    for path in written:  # every other format: whole UTF-8 files that parse as what they are
        if path.suffix == ".xlsx":
            check_workbook(path, data)
            continue
        content = path.read_bytes().decode("utf-8")
        if path.name.endswith(".xml"):
            etree.fromstring(path.read_bytes())
        elif path.suffix == ".conllu":
            assert len(conllu.parse(content)) == len({token["sent"] for token in data["tokens"]})


def check_offsets(data: dict) -> None:
    text = data["text"]
    previous_end = 0
    for token in data["tokens"]:
        assert previous_end <= token["start"] < token["end"] <= len(text)
        assert text[token["start"]:token["end"]] == token["text"]
        assert -1 <= token["head"] < len(data["tokens"])
        previous_end = token["end"]
    for record in data["entities"] + data["dates"] + data["mentions"]:
        assert 0 <= record["start"] < record["end"] <= len(text)
        assert text[record["start"]:record["end"]] == record["text"]
    for event in data["events"]:
        for span in [event["trigger"], *event["args"]]:
            assert 0 <= span["start"] < span["end"] <= len(text)
            assert text[span["start"]:span["end"]] == span["text"]


# brat standoff, strictly: one annotation a line, fields by tabs, offsets that give the text.
T_LINE = re.compile(r"T(\d+)\t([A-Za-z_][\w-]*) (\d+ \d+(?:;\d+ \d+)*)\t(.*)", re.DOTALL)
NOTE_LINE = re.compile(r"#(\d+)\tAnnotatorNotes (T\d+)\t(.+)", re.DOTALL)
E_LINE = re.compile(r"E(\d+)\t([A-Za-z_][\w-]*):(T\d+)((?: [a-z]+\d*:[TE]\d+)*)")
A_LINE = re.compile(r"A(\d+)\t(Polarity|Modality) (E\d+) ([a-z]+)")


def check_ann(text: str, ann: str) -> set[str]:
    assert ann == "" or ann.endswith("\n")
    lines = ann.split("\n")[:-1]
    t_ids: set[str] = set()
    e_ids: set[str] = set()
    for line in lines:
        assert len(line.splitlines()) == 1 and "\r" not in line, repr(line)
        if found := T_LINE.fullmatch(line):
            number, _, offsets, covered = found.groups()
            pieces = []
            for fragment in offsets.split(";"):
                start, end = map(int, fragment.split())
                assert 0 <= start < end <= len(text)
                assert len(text[start:end].splitlines()) == 1
                pieces.append(text[start:end])
            assert " ".join(pieces) == covered, (pieces, covered)
            assert f"T{number}" not in t_ids
            t_ids.add(f"T{number}")
        elif found := NOTE_LINE.fullmatch(line):
            assert found.group(2) in t_ids
        elif found := E_LINE.fullmatch(line):
            refs = [found.group(3)] + [arg.split(":")[1] for arg in found.group(4).split()]
            assert all(ref in t_ids for ref in refs)
            e_ids.add(f"E{found.group(1)}")
        elif found := A_LINE.fullmatch(line):
            assert found.group(3) in e_ids
        else:
            raise AssertionError(f"not a brat line: {line!r}")
    return t_ids


def check_tables(out: Path, data: dict) -> None:
    for name, records in (("entities", data["entities"]), ("dates", data["dates"]), ("mentions", data["mentions"])):
        with open(out / f"{name}.csv", encoding="utf-8", newline="") as file:
            rows = list(csv.DictReader(file))
        assert [row["text"] for row in rows] == [record["text"] for record in records]
    with open(out / "events.csv", encoding="utf-8", newline="") as file:
        assert len(list(csv.DictReader(file))) == len(data["events"])


def check_workbook(path: Path, data: dict) -> None:
    """tables.xlsx opens, and its sheets hold the texts of the records (a character XML forbids
    as U+FFFD), as text."""
    book = openpyxl.load_workbook(path)
    for name in ("entities", "dates", "mentions"):
        cells = [row[4] for row in book[name].iter_rows(min_row=2)]
        assert [cell.value or "" for cell in cells] == [record["text"].translate(ILLEGAL) for record in data[name]]
        assert all(cell.data_type == "s" for cell in cells if cell.value is not None)
    assert book["events"].max_row == len(data["events"]) + 1


@given(texts)
@example("Анна\n")  # one word and a line break: no sentence boundaries (E030)
@example("@𗀀 ")  # a letter without a Unicode name (pymorphy3's shape check)
@example(";A𗀀 ")  # the same, in a word the entity rules look up
@example("В 1913 г.² он уехал, справка от 45.78.1913\u2028пропала.")
def test_any_text_gives_valid_output(run, text):
    try:
        text = decode(text.encode("utf-8"))  # what `letopis run` reads from such a file
    except InputError:
        return  # empty: refused with a reason, as test_cli shows
    check(text, *run(text))


@pytest.mark.parametrize("text", [
    "Он сказал " + "ж" * 10_000 + " и ушёл в 1913 г.\n",  # a token of 10 k characters
    "В 1913 г.² " + "🙂" * 3000 + "\u202eАнна Петровна\u202c уехала.",
    ("Анна уехала в Тверь в 1913 году, и " * 600),  # a line of 20 k characters, no full stop
])
def test_long_tokens_and_lines(run, text):
    check(text, *run(text))


@pytest.mark.skipif(not FUZZ, reason="a megabyte line takes minutes: `make fuzz`")
def test_a_line_of_a_megabyte(run):
    words = "Анна уехала в Тверь 1913 г.² ١٩١٣ 👨‍👩‍👧 שלום и\u0301 «Война и мир» 45.78.1913".split()
    text = " ".join(words[i * 7 % len(words)] for i in range(110_000))[:1_000_000] + "\n"
    check(text, *run(text))
