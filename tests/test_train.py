"""The trigger and path tables are learned from brat annotation, deterministically."""
from __future__ import annotations

from letopis.evaluate.nerel import nerel_documents
from letopis.train import main

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


def test_event_triggers_join_brat_fragments(tmp_path):
    (tmp_path / "a.txt").write_text("Он выборы мэра выиграл, Иванов.", encoding="utf-8")
    (tmp_path / "a.ann").write_text("T1\tEVENT 3 9;10 14\tвыборы мэра\nT2\tPERSON 24 30\tИванов\n",
                                    encoding="utf-8")
    events = nerel_documents(tmp_path)["a"].events
    assert [(e["trigger"]["start"], e["trigger"]["end"]) for e in events] == [(3, 14)]


def test_lemmas_that_head_events_enter_the_table_and_others_do_not(tmp_path):
    write_corpus(tmp_path / "corpus")
    first, second = tmp_path / "one.tsv", tmp_path / "two.tsv"
    main(["triggers", str(tmp_path / "corpus"), "-o", str(first), "--min-count", "2"])
    main(["triggers", str(tmp_path / "corpus"), "-o", str(second), "--min-count", "2"])
    rows = [line.split("\t") for line in first.read_text(encoding="utf-8").splitlines()[2:]]
    assert rows == [["выбор", "4", "4"]]  # every "выборы" heads an event; "стол" never does
    assert first.read_bytes() == second.read_bytes()


CRASHES = [  # (text, whether the annotators link the person to the crash)
    ("Андрей Белов пострадал в аварии.", True),
    ("Иван Смирнов пострадал в аварии.", True),
    ("Ольга Орлова пострадала в аварии.", True),
    ("Пётр Волков пострадал в аварии.", False),
]


def test_paths_are_kept_when_annotators_link_along_them_and_rebuilt_identically(tmp_path):
    corpus = tmp_path / "crashes"
    corpus.mkdir()
    for n, (text, linked) in enumerate(CRASHES):
        (corpus / f"{n}.txt").write_text(text, encoding="utf-8")
        name_end, crash = text.index(" пострада"), text.index("аварии")
        lines = [f"T1\tPERSON 0 {name_end}\t{text[:name_end]}",
                 f"T2\tEVENT {crash} {crash + 6}\tаварии"]
        if linked:
            lines.append("R1\tPARTICIPANT_IN Arg1:T1 Arg2:T2")
        (corpus / f"{n}.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
    first, second = tmp_path / "one.tsv", tmp_path / "two.tsv"
    main(["paths", str(corpus), "-o", str(first), "--min-count", "3"])
    main(["paths", str(corpus), "-o", str(second), "--min-count", "3"])
    rows = [line.split("\t") for line in first.read_text(encoding="utf-8").splitlines()[2:]]
    assert rows == [["NOUN ^obl vnsubj PER -", "participant", "3", "4"]]
    assert first.read_bytes() == second.read_bytes()
    strict = tmp_path / "strict.tsv"
    main(["paths", str(corpus), "-o", str(strict), "--min-count", "3", "--threshold", "0.8"])
    assert strict.read_text(encoding="utf-8").splitlines()[2:] == []  # 3 of 4 is below 0.8
