"""Triggers NEREL's news seldom counts as events (`models/events/seldom.tsv`, learned on NEREL
train): kept when a person the story follows does them, dropped when an office or a paper does;
under the NEREL convention (`--convention nerel`) dropped unless the tagger finds an EVENT there."""
from __future__ import annotations

import json

import pytest

import letopis
from letopis.cli import main as cli
from letopis.events import rules as event_rules
from letopis.events.extractor import EventExtractor
from letopis.train import main as train


def triggers(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(event["type"], doc.text[slice(*event["trigger"])]) for event in doc._.events]


@pytest.fixture(scope="module")
def news():
    return letopis.load(config={"letopis_events": {"convention": "nerel"}})


def test_the_table_lists_reporting_and_career_verbs_news_does_not_count():
    seldom = event_rules.seldom()
    assert {("рассказать", "VERB", "COMMUNICATION"), ("работать", "VERB", "EMPLOYMENT"),
            ("опубликовать", "VERB", "PUBLICATION")} <= seldom
    assert ("умереть", "VERB", "DEATH") not in seldom and ("арестовать", "VERB", "ARREST") not in seldom
    assert ("выступить", "VERB", "COMMUNICATION") in seldom  # a speech; a march is another reading
    assert ("выступить", "VERB", "MOVEMENT") not in seldom


@pytest.mark.parametrize("text, trigger", [
    ("Вечером он рассказал нам, что война кончилась.", "рассказал"),
    ("Осенью Николай Петров опубликовал свой первый рассказ.", "опубликовал"),
    ("После ссылки работал счетоводом на мельнице.", "работал"),  # the unwritten subject of a past
    ("Она решила опубликовать дневник отца.", "опубликовать"),  # an infinitive: its doer is hers
    ("Навстречу нам попался солдат, который шёл в госпиталь.", "шёл"),  # `который`: the soldier
    ("Бабушка рассказала нам, что дед вернулся с войны.", "рассказала"),  # kinship (`kin.tsv`)
    ("Его письмо брату пришло только через месяц.", "письмо"),  # a noun with its person
    ("Мы долго ждали её письма из Парижа.", "письма"),
    ("После суда Николай Петров уехал в Вологду.", "суда"),  # a noun that dates the story
    ("Полк выступил из города на рассвете.", "выступил"),  # MOVEMENT: not the seldom reading
])
def test_a_seldom_trigger_is_kept_when_a_person_the_story_follows_does_it(nlp, text, trigger):
    assert trigger in [word for _, word in triggers(nlp, text)]


@pytest.mark.parametrize("text, trigger", [
    ("Пресс-служба министерства рассказала, что проверка закончилась.", "рассказала"),
    ("Издательство опубликовало каталог выставки.", "опубликовало"),
    ("Письмо министерства пришло в школу в среду.", "Письмо"),  # whose letter: no person's
])
def test_a_seldom_trigger_an_office_or_a_firm_does_is_no_event(nlp, text, trigger):
    assert trigger not in [word for _, word in triggers(nlp, text)]


def test_the_nerel_convention_keeps_deaths_and_drops_letters(nlp, news):
    text = "Весной он написал письмо брату. Через год брат умер в Вологде."
    assert ("COMMUNICATION", "написал") in triggers(nlp, text)
    assert triggers(news, text) == [("DEATH", "умер")]


def test_the_nerel_convention_drops_seldom_triggers_even_with_a_person_as_doer(nlp, news):
    text = "Вечером он рассказал нам, что война кончилась."
    assert "рассказал" in [word for _, word in triggers(nlp, text)]
    assert "рассказал" not in [word for _, word in triggers(news, text)]


def test_an_unknown_convention_is_refused():
    with pytest.raises(ValueError):
        EventExtractor(True, "chronicle")


def test_run_takes_the_convention_and_records_it(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Весной он написал письмо брату. Через год брат умер в Вологде.\n",
                                           encoding="utf-8")
    assert cli(["run", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--quiet", "--convention", "nerel",
                "--formats", "json"]) == 0
    found = json.loads((tmp_path / "out" / "a.json").read_text(encoding="utf-8"))
    assert [event["type"] for event in found["events"]] == ["DEATH"]
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert '"convention": "nerel"' in json.dumps(manifest, ensure_ascii=False)


def test_seldom_lemmas_are_learned_from_brat_and_rebuilt_identically(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    texts = ["Иван Белов умер в Твери. Врач рассказал, что Белов долго болел.",
             "Ольга Орлова умерла в Казани. Сосед рассказал, что она жила одна.",
             "Пётр Волков умер в Перми. Сын рассказал, что отец писал стихи."]
    for n, text in enumerate(texts):
        (corpus / f"{n}.txt").write_text(text, encoding="utf-8")
        start = text.index("умер")
        end = text.index(" ", start)
        (corpus / f"{n}.ann").write_text(f"T1\tEVENT {start} {end}\t{text[start:end]}\n", encoding="utf-8")
    first, second = tmp_path / "one.tsv", tmp_path / "two.tsv"
    train(["seldom", str(corpus), "-o", str(first), "--min-count", "3"])
    train(["seldom", str(corpus), "-o", str(second), "--min-count", "3"])
    rows = [line.split("\t") for line in first.read_text(encoding="utf-8").splitlines()[2:]]
    assert ["рассказать", "VERB", "COMMUNICATION", "0", "3"] in rows  # three tellings, none an event
    assert not [row for row in rows if row[0] == "умереть"]  # every death is one
    assert first.read_bytes() == second.read_bytes()


@pytest.mark.parametrize("text, trigger", [
    # a person named by rank, title or station (models/events/stations.tsv), as memoirs and histories name them
    ("Через час старый граф вернулся из клуба.", "вернулся"),
    ("Вечером полковник приехал в штаб.", "приехал"),
    ("К обеду хозяин вернулся с ярмарки.", "вернулся"),
])
def test_a_seldom_trigger_is_kept_when_a_person_named_by_rank_or_station_does_it(nlp, text, trigger):
    assert trigger in [word for _, word in triggers(nlp, text)], triggers(nlp, text)


def test_a_seldom_trigger_of_an_office_of_news_is_still_dropped(nlp):
    # the offices by which news names its actors are no station (stations.tsv)
    text = "Представитель ведомства вернулся к этому вопросу в пятницу."
    assert "вернулся" not in [word for _, word in triggers(nlp, text)], triggers(nlp, text)
