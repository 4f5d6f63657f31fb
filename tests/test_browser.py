"""The reading view and the corpus index in a real browser (headless Chromium).

Debian's `chromium` (`make test` installs it where apt can); skipped, saying why, without it.
"""
from __future__ import annotations

import pandas
import pytest

from browser import CHROMIUM, Browser
from views_corpus import load_json

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")


@pytest.fixture(scope="module")
def browser():
    chromium = Browser()
    yield chromium
    chromium.close()


def count_marks(browser, layer: str) -> list[str]:
    return browser.run(f"""Array.from(document.querySelectorAll('#text [data-id][data-layer="{layer}"]'))
                           .map(e => e.dataset.id)""")


def test_the_reading_view_marks_every_record_and_stays_offline(browser, views_corpus):
    data = load_json(views_corpus, "serge")
    seconds = browser.open(views_corpus / "serge.html")
    assert seconds < 10
    assert sorted(count_marks(browser, "entity")) == sorted(e["id"] for e in data["entities"])
    assert sorted(count_marks(browser, "date")) == sorted(d["id"] for d in data["dates"])
    assert sorted(count_marks(browser, "event")) == sorted(e["id"] for e in data["events"])
    assert browser.errors() == []
    assert browser.outside_requests() == []
    assert browser.requests() == [(views_corpus / "serge.html").resolve().as_uri()]


def test_clicking_a_person_highlights_exactly_their_mentions(browser, views_corpus):
    data = load_json(views_corpus, "serge")
    browser.open(views_corpus / "serge.html")
    cluster = browser.run("document.querySelector('button.person').dataset.cluster")
    browser.click(f'button.person[data-cluster="{cluster}"]')
    highlighted = browser.run("Array.from(document.querySelectorAll('#text .hl[data-id]')).map(e => e.dataset.id)")
    assert sorted(highlighted) == sorted(e["id"] for e in data["entities"] if e["cluster"] == cluster)
    assert browser.run(f"""document.querySelector('button.person[data-cluster="{cluster}"]')
                           .getAttribute('aria-pressed')""") == "true"
    count = int(browser.run(f"""document.querySelector('button.person[data-cluster="{cluster}"] .count').textContent"""))
    assert count == len(highlighted)
    browser.key("n")  # the keyboard walks through them
    focused = browser.run("document.activeElement.dataset.id")
    assert focused in highlighted and focused != highlighted[0] or len(highlighted) == 1
    browser.key("Escape")
    assert browser.run("document.querySelectorAll('#text .hl').length") == 0
    assert browser.errors() == []


def test_clicking_a_trigger_shows_the_event_and_its_arguments(browser, views_corpus):
    data = load_json(views_corpus, "serge")
    event = next(e for e in data["events"] if sum(1 for a in e["args"] if a["ref"]) >= 2)
    browser.open(views_corpus / "serge.html")
    browser.click(f'#text [data-id="{event["id"]}"]')
    arguments = browser.run("Array.from(document.querySelectorAll('#text .arg[data-id]')).map(e => e.dataset.id)")
    assert set(arguments) == {a["ref"] for a in event["args"] if a["ref"]}
    shown = browser.run("document.getElementById('info').innerText")
    assert event["type"] in shown and all(a["role"] in shown for a in event["args"])
    assert browser.errors() == []


def test_a_layer_toggle_takes_the_marking_off(browser, views_corpus):
    browser.open(views_corpus / "serge.html")
    style = "getComputedStyle(document.querySelector('#text [data-type=\"PER\"][data-id]')).textDecorationLine"
    assert browser.run(style) == "underline"
    browser.click('input[data-toggle-type="PER"]')
    assert browser.run(style) == "none"
    assert browser.run("getComputedStyle(document.querySelector('#text [data-type=\"LOC\"][data-id]')).textDecorationLine") == "underline"


def test_the_page_prints_the_text_without_the_side_panel(browser, views_corpus):
    browser.open(views_corpus / "serge.html")
    browser.call("Emulation.setEmulatedMedia", media="print")
    try:
        assert browser.run("getComputedStyle(document.getElementById('side')).display") == "none"
        assert browser.run("getComputedStyle(document.getElementById('text')).display") == "block"
        loc = "document.querySelector('#text [data-type=LOC][data-id]')"
        assert browser.run(f"getComputedStyle({loc}).textDecorationStyle") == "double"
    finally:
        browser.call("Emulation.setEmulatedMedia", media="")


def test_text_that_looks_like_markup_runs_nothing(browser, views_corpus):
    browser.open(views_corpus / "hostile.html")
    assert browser.run("document.scripts.length") == 2
    assert browser.run("document.querySelectorAll('#text b').length") == 0
    assert "<script>alert('Пётр & Павел')</script>" in browser.run("document.getElementById('text').textContent")
    assert not [e for e in browser.events if e.get("method") == "Page.javascriptDialogOpening"]
    assert browser.errors() == []


def test_the_index_draws_one_point_per_dated_event_linking_to_it(browser, views_corpus):
    timeline = pandas.read_csv(views_corpus / "timeline.csv")
    browser.open(views_corpus / "index.html")
    points = browser.run("""Array.from(document.querySelectorAll('#timeline .point'))
        .map(a => [a.dataset.file, a.dataset.event, a.getAttribute('href'), a.getBBox().width > 0])""")
    assert sorted((file, event) for file, event, _, _ in points) == sorted(zip(timeline["file"], timeline["event"]))
    assert all(visible for *_, visible in points)
    assert browser.errors() == [] and browser.outside_requests() == []
    browser.click('input[name=axis][value="timeline-persons"]')  # persons down the side instead
    assert browser.run("document.getElementById('timeline').getBoundingClientRect().height") == 0
    lanes = browser.run("Array.from(document.querySelectorAll('#timeline-persons .row-label')).map(t => t.dataset.lane)")
    per_person = browser.run("""Array.from(document.querySelectorAll('#timeline-persons .point'))
        .map(a => [a.dataset.file, a.dataset.event, a.getBBox().width > 0])""")
    expected = [(f, e) for f, e, names in zip(timeline["file"], timeline["event"], timeline["persons"].fillna(""))
                for name in str(names).split(" | ") if name in lanes]
    assert lanes and sorted((f, e) for f, e, _ in per_person) == sorted(expected)
    browser.click('input[name=axis][value="timeline"]')
    file, event, href, _ = next(p for p in points if p[0] == "memoir/gumilev")
    browser.clicked_to_page(f'#timeline .point[data-event="{event}"][data-file="{file}"] :is(circle, rect)')
    assert browser.run("location.hash") == "#" + event
    assert browser.run("document.querySelector('#text .sel').dataset.id") == event
    assert browser.errors() == []


def test_the_persons_index_links_to_a_persons_mentions(browser, views_corpus):
    browser.open(views_corpus / "index.html")
    link = browser.run("""Array.from(document.querySelectorAll('#persons-index a'))
        .find(a => a.getAttribute('href').startsWith('memoir/')).getAttribute('href')""")
    page, cluster = link.split("#")
    browser.go((views_corpus / page).resolve().as_uri() + "#" + cluster)
    data = load_json(views_corpus, "memoir/gumilev")
    highlighted = browser.run("Array.from(document.querySelectorAll('#text .hl[data-id]')).map(e => e.dataset.id)")
    assert sorted(highlighted) == sorted(e["id"] for e in data["entities"] if e["cluster"] == cluster)
    assert browser.run("document.querySelector('button.person[aria-pressed=true]').dataset.cluster") == cluster
    assert browser.errors() == []


def test_a_persons_pronouns_and_unwritten_subjects_are_highlighted_with_their_names(browser, tmp_path):
    from letopis.export.reading import write_reading
    from test_views import gold_memoir
    from views_corpus import MEMOIRS

    if not MEMOIRS:
        pytest.skip("no memoir development passages in gold/memoirs")
    document = gold_memoir(MEMOIRS[0].with_suffix(".json"))
    write_reading(tmp_path / "memoir.html", document)
    browser.open(tmp_path / "memoir.html")
    mentions = browser.run("Array.from(document.querySelectorAll('#text [data-layer=mention][data-id]')).map(e => e.dataset.id)")
    assert sorted(mentions) == sorted(m["id"] for m in document.records.mentions)
    cluster = browser.run("document.querySelector('button.person').dataset.cluster")
    browser.click(f'button.person[data-cluster="{cluster}"]')
    highlighted = browser.run("Array.from(document.querySelectorAll('#text .hl[data-id]')).map(e => e.dataset.id)")
    expected = [r["id"] for r in document.records.entities + document.records.mentions if r.get("cluster") == cluster]
    assert sorted(highlighted) == sorted(expected)
    assert any(id in {m["id"] for m in document.records.mentions} for id in highlighted)
    assert browser.errors() == []
