"""The trigger table is learned from brat EVENT mentions, deterministically."""
from __future__ import annotations

from pipeline.train import event_spans, main

TEXTS = [
    ("В марте прошли выборы мэра. Выборы выиграл Иванов.", ["выборы", "Выборы"]),
    ("Итоги выборов объявили в среду. Стол стоял у окна.", ["выборов"]),
    ("На столе лежала книга, выборы были далеко.", ["выборы"]),
]


def write_corpus(folder):
    folder.mkdir()
    for n, (text, events) in enumerate(TEXTS):
        (folder / f"{n}.txt").write_text(text, encoding="utf-8")
        lines, at = [], 0
        for k, word in enumerate(events, 1):
            start = text.index(word, at)
            at = start + len(word)
            lines.append(f"T{k}\tEVENT {start} {at}\t{word}")
        (folder / f"{n}.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_event_spans_read_brat_fragments(tmp_path):
    ann = tmp_path / "a.ann"
    ann.write_text("T1\tEVENT 3 8;9 14\tвыборы мэра\nT2\tPERSON 20 26\tИванов\n", encoding="utf-8")
    assert event_spans(ann) == [(3, 14)]


def test_lemmas_that_head_events_enter_the_table_and_others_do_not(tmp_path):
    write_corpus(tmp_path / "corpus")
    first, second = tmp_path / "one.tsv", tmp_path / "two.tsv"
    main([str(tmp_path / "corpus"), "-o", str(first), "--min-count", "2"])
    main([str(tmp_path / "corpus"), "-o", str(second), "--min-count", "2"])
    rows = [line.split("\t") for line in first.read_text(encoding="utf-8").splitlines()[2:]]
    assert rows == [["выбор", "4", "4"]]  # every "выборы" heads an event; "стол" never does
    assert first.read_bytes() == second.read_bytes()
