"""The first stages on sentences of our own: tokens, lemmas, morphology, syntax, DocBin."""
from __future__ import annotations

import pytest
from spacy.tokens import DocBin

import letopis
from letopis.extensions import DATES, ENTITIES


def test_tokens_keep_the_text_as_written(nlp):
    text = "Его ви´дение «свободы» — иное,\r\nчем в 1905-м.\n\nКонец."
    doc = nlp(text)
    assert doc.text == text
    words = [t.text for t in doc if not t.is_space]
    assert words[:9] == ["Его", "ви´дение", "«", "свободы", "»", "—", "иное", ",", "чем"]
    assert "1905-м" in words
    for token in doc:
        assert text[token.idx:token.idx + len(token)] == token.text


def test_sentences_end_at_full_stops_and_paragraphs(nlp):
    doc = nlp("Он уехал в Казань. Там он учился.\nПотом вернулся")
    assert [sent.text.strip() for sent in doc.sents] == ["Он уехал в Казань.", "Там он учился.", "Потом вернулся"]


def test_a_heading_line_is_a_sentence_of_its_own(nlp):
    doc = nlp("Глава первая\nВ 1812 году Пьер уехал из Москвы.\n")
    assert [sent.text.strip() for sent in doc.sents] == ["Глава первая", "В 1812 году Пьер уехал из Москвы."]


def test_a_hard_wrapped_text_keeps_its_sentences_across_lines(nlp):
    text = ("Весною того года он уехал из Москвы\nв Казань, где поступил в университет,\n"
            "и прожил там до осени.\n\nЗимой вернулся.")
    assert [sent.text.strip() for sent in nlp(text).sents] == [
        "Весною того года он уехал из Москвы\nв Казань, где поступил в университет,\nи прожил там до осени.",
        "Зимой вернулся."]


@pytest.mark.parametrize("text, word, lemma", [
    ("Серж написал открытое письмо Жиду.", "Жиду", "жид"),
    ("Они оба печатались в журнале.", "печатались", "печататься"),
    ("Нужно упомянуть его современницу Симону Вейль.", "Симону", "симона"),
    ("Мы навестили его подругу Александру Коллонтай.", "Александру", "александра"),
    ("Горький отправил открытое письмо Толстому.", "Толстому", "толстой"),
    ("Его ви´дение было иным.", "ви´дение", "видение"),
    ("Вернувшись домой, он лёг спать.", "Вернувшись", "вернуться"),
])
def test_lemma_of_the_parse_that_agrees_with_the_tag(nlp, text, word, lemma):
    doc = nlp(text)
    assert next(t.lemma_ for t in doc if t.text == word).replace("ё", "е") == lemma


def test_morphology_in_universal_dependencies_terms(nlp):
    doc = nlp("Старый учитель читал книги.")
    assert [t.pos_ for t in doc] == ["ADJ", "NOUN", "VERB", "NOUN", "PUNCT"]
    assert doc[1].morph.get("Case") == ["Nom"] and doc[3].morph.get("Number") == ["Plur"]


def test_one_rooted_tree_per_sentence(nlp):
    doc = nlp("Старый учитель читал книги. Дети слушали его.")
    for sent in doc.sents:
        roots = [t for t in sent if t.dep_ == "root"]
        assert len(roots) == 1 and roots[0].head == roots[0]
    assert doc[1].dep_ == "nsubj" and doc[1].head.text == "читал"


def test_docbin_round_trip_keeps_every_layer(nlp):
    doc = nlp("Летом 1921 года Анна Ахматова встретилась с Блоком в Петрограде.")
    restored = next(DocBin(docs=[doc], store_user_data=True).get_docs(nlp.vocab))
    assert [(e.text, e._.normal, e._.cluster) for e in restored.spans[ENTITIES]] == \
        [(e.text, e._.normal, e._.cluster) for e in doc.spans[ENTITIES]]
    assert [(d.text, d._.value) for d in restored.spans[DATES]] == [("Летом 1921 года", "1921-SU")]
    assert list(restored._.events) == doc._.events and doc._.events


def test_a_partial_pipeline_says_what_is_missing():
    from letopis.language import IncompletePipeline

    with pytest.raises(IncompletePipeline, match="letopis_events needs .*token.dep.*add .*letopis_syntax"):
        letopis.load(["letopis_morph", "letopis_lemma", "letopis_events"])
    assert letopis.load(["letopis_morph", "letopis_lemma", "letopis_dates"]).pipe_names[-2:] == ["letopis_dates", "letopis_line_ends"]
