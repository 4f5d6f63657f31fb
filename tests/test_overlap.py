"""`letopis run -j 1` with slovnet's arithmetic on a second thread (`letopis.batch.overlap`): the
same Docs as in line, in the order of the texts; a text that fails stays that text's failure;
`--overlap` and `LETOPIS_OVERLAP=1` turn it on (it is off by default)."""
from __future__ import annotations

import json
import threading

import pytest

from letopis.batch import overlap
from letopis.batch.overlap import Worker, model_stages, overlapped
from letopis.batch.runners import BATCH_SIZE, Failure, in_process
from letopis.cli import main, parser
from letopis.dates.extractor import DateExtractor
from letopis.export.records import Numbering, doc_records
from letopis.morphosyntax import slovnet_exec
from faults import breaking

TEXTS = [
    "Летом 1911 года Пётр Ильич Гордеев приехал из Саратова в Казань и поступил в университет.",
    "Его сестра Варвара осталась с матерью. Через два года она вышла замуж за доктора Лосева.",
    "— Я вернусь к Рождеству, — сказал он, прощаясь на пристани.",
    "   ",
    "В марте 1914 года Гордеевы переехали в Петербург; там Пётр служил в банке на Садовой улице.",
    "Осенью началась война. Варвара писала брату из Симбирска каждую неделю.",
    "Доктор Лосев получил назначение в госпиталь под Варшавой и уехал в августе.",
    "12 января 1916 года у Варвары родилась дочь Анна.",
    "Пётр Ильич вспоминал потом, что тот год был самым тяжёлым в его жизни.",
    "Весной он встретил в Москве своего учителя Николая Фёдоровича Берга.",
    "Они долго говорили о Казани, об университете, о старых товарищах.",
    "Берг умер в 1919 году в Твери.",
    "Анна выросла в Симбирске и окончила там гимназию.",
    "Последнее письмо Варвары пришло в декабре 1921 года.",
]


def records(result):
    return result if isinstance(result, Failure) else (result.text, doc_records(result, 0, Numbering()))


def test_the_model_stages_are_the_first_five(nlp):
    names = [name for name, _ in nlp.pipeline]
    assert names[:model_stages(nlp)] == ["letopis_morph", "letopis_lemma", "letopis_syntax", "letopis_ner",
                                         "letopis_tagger"]


@pytest.mark.parametrize("window", [1, 3])
def test_the_same_docs_in_the_same_order_as_in_line(nlp, window):
    assert len(TEXTS) > BATCH_SIZE * 3  # several batches in flight, the last one short
    inline = [records(result) for result in in_process(nlp)(TEXTS)]
    beside = [records(result) for result in overlapped(nlp, window=window)(iter(TEXTS))]
    assert [text for text, _ in beside] == TEXTS
    assert beside == inline
    assert any(e["type"] == "PER" for _, found in beside for e in found.entities)
    assert any(d["value"] == "1916-01-12" for _, found in beside for d in found.dates)


def test_a_text_failing_in_the_rules_fails_alone(nlp, monkeypatch):
    monkeypatch.setattr(DateExtractor, "__call__", breaking(DateExtractor.__call__))
    texts = TEXTS[:5] + ["Слово ПОЛОМКА ломает разбор этого текста."] + TEXTS[5:]
    results = list(overlapped(nlp)(texts))
    assert len(results) == len(texts)
    assert results[5] == Failure("ValueError: поломка в разборе дат")
    assert [r.text for n, r in enumerate(results) if n != 5] == TEXTS


def test_a_text_failing_in_a_job_on_the_worker_fails_alone(nlp, monkeypatch):
    # the morphology's arithmetic raising on one word: the job runs on the worker thread
    tag_ids = slovnet_exec.tag_ids

    def failing(api, sentences):
        if any("Поломка" in words for words in sentences):
            raise FloatingPointError("поломка в арифметике")
        return tag_ids(api, sentences)

    monkeypatch.setattr("letopis.morphosyntax.morph.tag_ids", failing)
    texts = TEXTS[:6] + ["Поломка случилась в среду."] + TEXTS[6:]
    results = list(overlapped(nlp)(texts))
    assert results[6] == Failure("FloatingPointError: поломка в арифметике")
    good = [records(r) for n, r in enumerate(results) if n != 6]
    assert good == [records(r) for r in in_process(nlp)(TEXTS)]


def test_the_worker_runs_the_oldest_batchs_job_first_and_stops_cleanly():
    worker, done = Worker(), []
    try:
        gate = threading.Event()
        blocker = worker.submit(0, gate.wait)  # keeps the thread busy while the others queue
        futures = [worker.submit(rank, lambda rank=rank: done.append(rank)) for rank in (3, 1, 2)]
        gate.set()
        for future in [blocker, *futures]:
            future.result(timeout=10)
    finally:
        worker.close()
    assert done == [1, 2, 3]
    assert not worker.thread.is_alive()


def test_the_switch(monkeypatch):
    # off by default; `--overlap` or LETOPIS_OVERLAP=1 turns it on
    assert parser().parse_args(["run", "x.txt", "-o", "out"]).overlap is False
    assert parser().parse_args(["run", "x.txt", "-o", "out", "--overlap"]).overlap is True
    monkeypatch.delenv(overlap.ENVIRONMENT, raising=False)
    assert not overlap.enabled()
    monkeypatch.setenv(overlap.ENVIRONMENT, "1")
    assert overlap.enabled()


def test_the_command_line_writes_the_same_bytes_with_and_without(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for number, text in enumerate(TEXTS):
        (folder / f"note{number:02}.txt").write_text(text + "\n" + TEXTS[-1 - number] + "\n", encoding="utf-8")
    written = {}
    for name, options in (("beside", ["--overlap"]), ("inline", [])):
        out = tmp_path / name
        assert main(["run", str(folder), "-o", str(out), "--formats", "all", "--quiet", *options]) == 0
        written[name] = {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
                         if p.is_file() and p.name != "manifest.json"}
    assert len(written["beside"]) > 2 * len(TEXTS) and written["beside"] == written["inline"]
    result = json.loads(written["beside"]["note07.json"])
    assert any(d["value"] == "1916-01-12" for d in result["dates"])
