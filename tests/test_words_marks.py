"""Stress marks, soft hyphens and no-break spaces in the words a user gives (round 16).

Each sentence is written once with marks: `'` stands for a combining stress mark (U+0301), `~` for
a soft hyphen (U+00AD), `_` for a no-break space (U+00A0). The sentence with the marks gets the
analysis of the same sentence without them (a plain space for `_`): the same entities with their
types, normal forms and clusters, lemmas, tags and heads, dates, events with their arguments,
pronoun links; every offset and `text` field is of the original characters.
"""
from __future__ import annotations

import pytest

from letopis.words import model_text, model_word, unmarked

STRESS, SOFT_HYPHEN, NO_BREAK = "\u0301", "\u00ad", "\u00a0"

SENTENCES = [
    "Вечером граф Ро'стов приехал к Ната'ше в Моск~ву.",
    "Сестра' моя' Ната'лья Петро'вна родила'сь в Ту'ле.",
    "Мы уе~хали из Пе~тербурга в Ка~зань осенью.",
    "Тре'тьего ма'рта 1905 года оте'ц мой у'мер в Ки'еве, и мать увезла' нас к ба'бушке.",
    "Она' вы'шла за'муж за капита'на Ивано'ва осенью ты'сяча восемьсо'т два'дцатого года.",
    "Князь Андре'й Болко'нский пое'хал в а'рмию, а сестра' его' оста'лась в Лы'сых Гора'х.",
    "Пе~тя ро~дился в Са~ратове, а ле~том семья' пере~ехала в Ни'жний Но'вгород.",
    "Когда' Пье'р верну'лся из-за грани'цы, он ви'делся с Анно'й Па'вловной Ше'рер.",
    "Ната'ша Ро'стова жила' в Москве'. Она' люби'ла бра'та и ча'сто писа'ла ему' пи'сьма.",
    "Наполеон_Бонапарт вошёл в город двадцатого ию'ня 1812 года.",
    "Мы встретили Наполеона_Бонапарта у моста.",
    "Стихи А._С._Пушкина мать читала нам вслух.",
    "Лев_Николаевич_Толстой приехал в Ясную_Поляну.",
    "Пе~тр_Ива'нович Сере~бряков ро'дился в 1840_году' в Орле'; там он и у'мер.",
    "Граф Илья'_Андре'евич уе'хал в дере'вню, а жена' его' оста'лась с детьми' в Петербу'рге.",
]


def marked(sentence: str) -> str:
    return sentence.replace("'", STRESS).replace("~", SOFT_HYPHEN).replace("_", NO_BREAK)


def plain(sentence: str) -> str:
    return sentence.replace("'", "").replace("~", "").replace("_", " ")


def offsets(text: str) -> list[int]:
    """Each character offset of the marked `text` (and its end) as an offset of the plain text."""
    out, k = [], 0
    for char in text + " ":
        out.append(k)
        k += char not in (STRESS, SOFT_HYPHEN)
    return out


def analysis(doc, at=lambda i: i, token_at=lambda i: i):
    """What the pipeline says of a Doc, its character offsets through `at`, token indices through `token_at`."""
    span = lambda pair: None if pair is None else (at(pair[0]), at(pair[1]))  # noqa: E731
    return {
        "tokens": [(token_at(t.i), t.lemma_, t.pos_, str(t.morph), t.dep_, token_at(t.head.i)) for t in doc if not t.is_space],
        "entities": [(at(e.start_char), at(e.end_char), e.label_, e._.normal, e._.cluster) for e in doc.ents],
        "dates": [(at(d.start_char), at(d.end_char), d._.value, d._.mod) for d in doc.spans["dates"]],
        "events": [(e["type"], span(e["trigger"]), e.get("polarity"), e.get("modality"),
                    tuple((a.role, at(a.start), at(a.end), span(a.antecedent), a.inferred, tuple(map(span, a.members)))
                          for a in e["args"])) for e in doc._.events],
        "mentions": [(at(start), at(end), kind, span(antecedent)) for start, end, kind, antecedent, *_ in doc._.mentions],
    }


@pytest.mark.parametrize("sentence", SENTENCES)
def test_marks_give_the_analysis_of_the_plain_sentence(nlp, sentence):
    text = marked(sentence)
    doc, reference = nlp(text), nlp(plain(sentence))
    at = offsets(text).__getitem__
    by_start = {t.idx: t.i for t in reference}
    token_at = lambda i: by_start[at(doc[i].idx)]  # noqa: E731
    assert analysis(doc, at, token_at) == analysis(reference)
    assert doc.text == text
    for span in list(doc.ents) + list(doc.spans["dates"]):
        assert text[span.start_char:span.end_char] == span.text  # the original characters, marks and all


def test_a_name_with_stress_marks_is_normalised_without_them(nlp):
    doc = nlp(marked("Вчера' к нам зашла' Ната'лья Петро'вна с до'черью."))
    names = [(e.text, e.label_, e._.normal) for e in doc.ents]
    assert names == [(marked("Ната'лья Петро'вна"), "PER", "Наталья Петровна")]
    assert [t.lemma_ for t in doc if t.text == marked("зашла'")] == ["зайти"]


def test_a_soft_hyphen_is_no_letter_of_the_place(nlp):
    doc = nlp(marked("Весной мы прие~хали в Ка~лугу."))
    assert [(e.text, e.label_, e._.normal) for e in doc.ents] == [(marked("Ка~лугу"), "LOC", "Калуга")]
    assert [t.lemma_ for t in doc if t.text == marked("прие~хали")] == ["приехать"]


def test_a_zero_width_space_inside_a_word_is_no_letter_of_it(nlp):
    doc = nlp("Летом мы прие\u200bхали в Ка\u2060лугу.")
    assert [(e.text, e.label_, e._.normal) for e in doc.ents] == [("Ка\u2060лугу", "LOC", "Калуга")]
    assert [t.lemma_ for t in doc if t.text == "прие\u200bхали"] == ["приехать"]


def test_a_no_break_space_joins_a_name_as_a_plain_space_does(nlp):
    doc = nlp(marked("Письмо от И._П._Котова пришло во вторник."))
    assert [(e.text, e.label_, e._.normal) for e in doc.ents] == [(marked("И._П._Котова"), "PER", "И. П. Котов")]


def test_a_no_break_space_between_a_name_and_a_verb_joins_nothing(nlp):
    doc = nlp(marked("Вечером Катя_вернулась домой."))
    assert [(e.text, e.label_) for e in doc.ents] == [("Катя", "PER")]


def test_a_no_break_space_before_a_dash_joins_nothing(nlp):
    from letopis.words import no_break_between
    doc = nlp.make_doc(marked("Издано: Казань_— Тверь, Е._Б._Иванов."))
    nbsp = [t.i for t in doc if t.text == NO_BREAK]
    assert [no_break_between(doc, i, i + 1) for i in nbsp] == [False, True, True]


def test_the_words_as_the_dictionary_knows_them(nlp):
    doc = nlp.make_doc(marked("Ната'ша уе~хала в Тверь_и ´ там"))
    assert [model_word(t) for t in doc] == ["Наташа", "уехала", "в", "Тверь", " ", "и", "´", "там"]
    assert model_text(doc[:3]) == "Наташа уехала в"
    assert unmarked(STRESS) == STRESS  # a mark alone is kept: it is the whole token
    # spaCy's lexical attributes are those of the word without its marks
    assert [(t.lower_, t.is_alpha, t.is_title, t.shape_) for t in doc[:2]] == [
        ("наташа", True, True, "Xxxxx"), ("уехала", True, False, "xxxx")]


def test_a_stressed_chto_is_the_pronoun_the_writer_marked():
    """The one place a stress mark is read: `что́` is no conjunction for the tag repairs (the
    spelling rules' own use of the mark), where a bare `что` with the same tree becomes one."""
    import letopis
    from letopis.morphosyntax.repairs import clause_mark
    from letopis.words import stressed

    tags = letopis.load(["letopis_morph"])
    for text, repaired in (("Я знаю, что он читал книгу.", True), (marked("Я знаю, что' он читал книгу."), False)):
        doc = tags(text)
        assert doc[5].pos_ == "VERB" and stressed(doc[3]) is not repaired
        heads = {0: (1, "nsubj"), 1: (1, "root"), 2: (3, "punct"), 3: (5, "obj"), 4: (5, "nsubj"),
                 5: (1, "ccomp"), 6: (5, "obj"), 7: (1, "punct")}
        clause_mark(doc, heads)
        assert (heads[3] == (5, "mark")) is repaired
