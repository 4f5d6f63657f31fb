"""Names the tagger cut or ran on (issue 11 and 12, fifteenth round, second wave, ner15): an
event's name up to a verb, after the noun of a compound preposition, or up to an adjective of
the noun after it; a name cut at `имени`; a nickname after a pronoun; `к Ростову` in a document
where Ростов is a person. Every sentence here is written for the test."""
from __future__ import annotations

from spacy.tokens import Span

from letopis.entities.consistency import dictionary_persons, named_after
from letopis.entities.rules import verb_cut
from letopis.extensions import ENTITIES


def entities(nlp, text: str) -> list[tuple[str, str]]:
    return [(span.text, span.label_) for span in nlp(text).spans[ENTITIES]]


def events(nlp, text: str) -> list[str]:
    return [name for name, label in entities(nlp, text) if label == "EVENT"]


def span_of(doc, words: str, label: str) -> Span:
    start = next(t.i for t in doc if doc[t.i:t.i + len(words.split())].text == words)
    return Span(doc, start, start + len(words.split()), label=label)


def test_an_event_name_does_not_run_on_into_the_verb_after_it(nlp):
    doc = nlp("Об этом ветеран Второй мировой рассказал школьникам нашего посёлка.")
    assert verb_cut(span_of(doc, "Второй мировой рассказал", "EVENT")).text == "Второй мировой"
    assert verb_cut(span_of(doc, "Второй мировой", "EVENT")).text == "Второй мировой"  # no verb: as it was


def test_a_cut_that_leaves_only_the_sentences_capital_is_no_event(nlp):
    doc = nlp("Тело рыбака нашли на берегу реки через два дня.")
    assert verb_cut(span_of(doc, "Тело рыбака нашли", "EVENT")) is None


def test_the_noun_of_a_compound_preposition_is_cut_from_a_named_event(nlp):
    found = events(nlp, "В преддверии Дня Победы в городе открыли новую выставку.")
    assert found == ["Дня Победы"]


def test_an_adjective_of_the_noun_after_an_event_is_not_the_events(nlp):
    found = events(nlp, "Концерт прошёл в парке 40-летия Победы Ленинского района нашего города.")
    assert "Победы Ленинского" not in found


def test_a_name_cut_at_imeni_runs_to_the_person_it_is_named_after(nlp):
    doc = nlp("Он стал лауреатом III Международного конкурса имени Петра Чайковского в Москве.")
    person = span_of(doc, "Петра Чайковского", "PER")
    cut = span_of(doc, "III Международного конкурса имени", "EVENT")
    assert named_after(cut, [cut, person]).text == "III Международного конкурса имени Петра Чайковского"
    plant = span_of(doc, "Москве", "LOC")
    assert named_after(plant, [plant, person]) is plant  # no `имени`: as it was
    found = entities(nlp, "Он стал лауреатом III Международного конкурса имени Петра Чайковского в Москве.")
    assert not any(name.endswith("имени") for name, _ in found)


def test_a_nickname_after_a_pronoun_is_a_person(nlp):
    def added(text: str, word: str) -> list[str]:  # what the rule adds where the models found no `word`
        doc = nlp(text)
        spans = [s for s in doc.spans[ENTITIES] if s.text != word]
        return [s.text for s in dictionary_persons(doc, spans)]
    assert "Петькой" in added("— Вы его Петькой зовёте, а он давно уже женат.", "Петькой")
    assert "Митькой" in added("Она его Митькой называла до самой смерти.", "Митькой")


def test_a_name_particle_still_keeps_the_surname_inside_the_longer_name(nlp):
    found = entities(nlp, "Вечером сестра играла нам Людвига ван Бетховена.")
    assert ("Бетховена", "PER") not in found


def test_k_rostovu_is_the_person_where_rostov_speaks_and_no_town_is_in_the_text(nlp):
    text = "— Готово, — сказал Ростов. Вахмистр подошёл к Ростову и подал ему письмо."
    found = entities(nlp, text)
    assert ("Ростову", "PER") in found and ("Ростову", "LOC") not in found


def test_k_rostovu_stays_the_town_where_the_text_has_something_in_the_town(nlp):
    text = ("— Поедем, — сказал Ростов. Ростов жил у тётки. "
            "Поезд подходил к Ростову уже ночью. В Ростове нас никто не ждал.")
    found = entities(nlp, text)
    assert ("Ростову", "LOC") in found and ("Ростове", "LOC") in found


def test_a_cut_that_leaves_no_events_word_is_no_event(nlp):
    doc = nlp("Вскоре после падения Бастилии он эмигрировал в Англию.")
    assert verb_cut(span_of(doc, "Бастилии он эмигрировал", "EVENT")) is None
