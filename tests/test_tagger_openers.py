"""The table of words that open an organisation's name, learned from brat files
(`python -m letopis.tagger.openers`): here from two small documents of our own."""
from __future__ import annotations

from pathlib import Path

from letopis.tagger.openers import count, main, table

TEXTS = {
    "a": ("Вчера правительство Омской области и полиция города провели совещание. "
          "Позже полиция задержала заместителя губернатора.",
          [("ORGANIZATION", "правительство Омской области"), ("ORGANIZATION", "полиция города"),
           ("ORGANIZATION", "полиция")]),
    "b": ("Полиция сообщила, что правительство края выделило деньги, а заместитель мэра уволен.",
          [("ORGANIZATION", "Полиция"), ("ORGANIZATION", "правительство края")]),
}


def write_brat(folder: Path) -> None:
    for name, (text, mentions) in TEXTS.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        lines, at = [], 0
        for n, (label, words) in enumerate(mentions, 1):
            start = text.index(words, at)
            at = start + len(words)
            lines.append(f"T{n}\t{label} {start} {start + len(words)}\t{words}")
        (folder / f"{name}.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_lowercase_openers_are_counted_by_lemma(tmp_path):
    write_brat(tmp_path)
    seen, opens = count(tmp_path)
    assert opens["правительство"] == 2 and opens["полиция"] == 2   # the capitalised `Полиция` is not lowercase
    assert seen["заместитель"] == 2 and opens["заместитель"] == 0
    rows = table(seen, opens)
    assert ("правительство", 2, 2) in rows and ("полиция", 2, 2) in rows
    assert not any(row[0] == "заместитель" for row in rows)


def test_the_table_is_written_with_its_header(tmp_path):
    write_brat(tmp_path)
    out = tmp_path / "openers.tsv"
    main([str(tmp_path), "-o", str(out)])
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "lemma\topens\toccurrences"
    assert "полиция\t2\t2" in lines and "правительство\t2\t2" in lines
