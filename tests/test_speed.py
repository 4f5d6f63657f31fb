"""What was made faster gives the answers the slower code gave: sentence bounds read from the Doc's
arrays are spaCy's, answers kept per Doc follow the Doc and the dates asked with, overlaps found
by binary search are those of a pass over every span, and the collector's settings change no
analysis. Sentences of our own; the parses of the rules are built by hand."""
from __future__ import annotations

import gc

from spacy.tokens import Doc, Span

from letopis.batch.runners import GC_THRESHOLD, settle
from letopis.coref.mentions import finite_of, own_subject, predicate_finite, written_subject
from letopis.dates.extractor import DECIMAL
from letopis.entities.consistency import opens_sentence as no_word_before
from letopis.entities.sources import Overlaps
from letopis.events.extractor import READ, readings, word_parses
from letopis.morphosyntax.lemma import analyzer
from letopis.morphosyntax.sentences import opens_sentence, sentence_end, sentence_start

PAST_MASC = "Aspect=Imp|Gender=Masc|Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin|Voice=Act"


def parsed(nlp, rows) -> Doc:
    """rows: (word, lemma, UPOS, FEATS, deprel, head index); one sentence."""
    words, lemmas, pos, morphs, deps, heads = map(list, zip(*rows))
    return Doc(nlp.vocab, words=words, lemmas=lemmas, pos=pos, morphs=morphs, deps=deps, heads=heads,
               sent_starts=[i == 0 for i in range(len(rows))])


def test_sentence_bounds_are_spacys(nlp):
    doc = nlp("Утром мы пошли на рынок.\n— Купили мёду? — спросила соседка.\n«Купили», — сказал я.")
    for token in doc:
        words = [t for t in token.sent if not (t.is_punct or t.is_space)]
        assert sentence_start(token) == token.sent.start
        assert sentence_end(token) == token.sent.end
        assert opens_sentence(token) == (bool(words) and words[0].i == token.i)
        assert no_word_before(token) == all(t.is_punct or t.is_space for t in token.sent if t.i < token.i)
    dash_line = next(t for t in doc if t.text == "Купили")
    assert opens_sentence(dash_line)  # the dash opening a line of dialogue is no word
    assert not opens_sentence(next(t for t in doc if t.text == "рынок"))


def test_answers_kept_for_one_doc_are_not_another_docs(nlp):
    arrested = parsed(nlp, [
        ("Он", "он", "PRON", "Case=Nom|Gender=Masc|Number=Sing|Person=3", "nsubj:pass", 2),
        ("был", "быть", "AUX", PAST_MASC, "aux:pass", 2),
        ("арестован", "арестовать", "VERB", "Aspect=Perf|Gender=Masc|Number=Sing|Tense=Past|Variant=Short|"
         "VerbForm=Part|Voice=Pass", "root", 2),
        ("весной", "весна", "NOUN", "Case=Ins|Gender=Fem|Number=Sing", "obl", 2),
    ])
    writing = parsed(nlp, [
        ("Она", "она", "PRON", "Case=Nom|Gender=Fem|Number=Sing|Person=3", "nsubj", 2),
        ("будет", "быть", "AUX", "Mood=Ind|Number=Sing|Person=3|Tense=Fut|VerbForm=Fin", "aux", 2),
        ("писать", "писать", "VERB", "Aspect=Imp|VerbForm=Inf", "root", 2),
        ("письма", "письмо", "NOUN", "Case=Acc|Gender=Neut|Number=Plur", "obj", 2),
    ])
    for doc, finite, subject in ((arrested, "был", "Он"), (writing, "будет", "Она"), (arrested, "был", "Он")):
        predicate = doc[2]
        assert finite_of(predicate).text == finite
        assert finite_of(predicate).i == predicate_finite(predicate).i
        assert finite_of(doc[3]) is None  # a noun that is no predicate
        assert written_subject(doc[1]).text == subject  # the agreeing nominative before it, by word order


def test_a_verbs_own_subject_follows_the_dates_it_is_asked_with(nlp):
    # `Каждую зиму приезжал дядя`, parsed with the date as the subject: a date is no subject
    doc = parsed(nlp, [
        ("Каждую", "каждый", "DET", "Case=Acc|Gender=Fem|Number=Sing", "det", 1),
        ("зиму", "зима", "NOUN", "Animacy=Inan|Case=Acc|Gender=Fem|Number=Sing", "nsubj", 2),
        ("приезжал", "приезжать", "VERB", PAST_MASC, "root", 2),
    ])
    verb = doc[2]
    assert own_subject(verb)
    assert not own_subject(verb, {0, 1})  # the date's tokens
    assert own_subject(verb, ())


def test_spans_of_the_other_layer_oppose_only_overlapping_spans_of_their_label(nlp):
    doc = nlp.make_doc("Иван Петрович Зотов приехал из Нижнего Новгорода в Тверь весной")
    others = [Span(doc, 0, 3, label="PER"), Span(doc, 5, 7, label="LOC"), Span(doc, 8, 9, label="LOC")]
    layer = Overlaps(others)
    cases = {(1, 2, "PER"): False, (2, 4, "PER"): False, (3, 4, "PER"): True, (0, 1, "LOC"): True,
             (6, 7, "LOC"): False, (7, 8, "LOC"): True, (4, 10, "LOC"): False, (5, 7, "ORG"): True}
    for (start, end, label), unopposed in cases.items():
        span = Span(doc, start, end, label=label)
        assert layer.unopposed(span) is unopposed
        assert unopposed == (not any(o.label_ == label and o.start < end and start < o.end for o in others))
    assert Overlaps([]).unopposed(Span(doc, 0, 1, label="PER"))


def test_the_collectors_settings_change_no_analysis(nlp):
    text = "Весной отец продал лошадь и купил корову. Мы с братом радовались."

    def analysis():
        doc = nlp(text)
        return ([(t.text, t.lemma_, t.pos_, str(t.morph), t.dep_, t.head.i) for t in doc],
                [(e.start, e.end, e.label_) for e in doc.ents], doc._.mentions, doc._.events)

    before, threshold = analysis(), gc.get_threshold()
    try:
        settle()
        assert gc.get_threshold()[0] == GC_THRESHOLD and gc.get_freeze_count() > 0
        assert analysis() == before
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)


def test_a_decimal_digit_of_any_script_can_open_a_date():
    for text in ("1812", "12-го", "١٨١٢", "१८१२"):
        assert DECIMAL.search(text) is not None
        assert any(ch.isdecimal() for ch in text)
    for text in ("XII", "двенадцатого", "½", "²"):
        assert DECIMAL.search(text) is None
        assert not any(ch.isdecimal() for ch in text)


def test_events_read_the_readings_the_dictionary_gives():
    for word in ("отвёз", "поездка", "уехали", "зотов"):
        assert list(word_parses(word)) == analyzer().parse(word)


def test_words_the_trigger_loop_skips_have_no_reading(nlp):
    doc = nlp("Вечером отец уехал в город, а мы остались дома и долго не спали.")
    skipped = [t for t in doc if t.pos_ not in READ]
    assert {t.text for t in skipped} >= {"в", ",", "а", "мы", "не", "."}
    assert all(readings(t) == () for t in skipped)
    assert any(readings(t) for t in doc if t.text == "уехал")


def test_a_text_opening_with_blank_lines_keeps_every_character(nlp):
    for text in ("\n\nАнна пришла.  Она устала.\n", "Анна пришла.\n\n\nОна устала."):
        doc = nlp.make_doc(text)
        assert doc.text == text
        assert doc[0].is_sent_start
        assert [t.is_sent_start for t in doc][1:].count(True) >= 1


def quoted_by_sentences(doc: Doc) -> list[tuple[int, int]]:
    """`rules.quoted`'s definition on Token objects and `doc.sents`."""
    from letopis.entities.rules import CLOSE_QUOTES, LONGEST_TITLE, OPEN_QUOTES

    expected = []
    for sent in doc.sents:
        opened = None
        for token in sent:
            if token.text in OPEN_QUOTES and opened is None:
                opened = token.i + 1
            elif token.text in CLOSE_QUOTES and opened is not None:
                if 0 < token.i - opened <= LONGEST_TITLE:
                    expected.append((opened, token.i))
                opened = None
    return expected


def test_quoted_stretches_read_from_the_arrays_are_the_words_between_quotes(nlp):
    from letopis.entities.rules import quoted

    doc = nlp.make_doc('Зимой он читал роман «Обрыв» и журнал "Нива", а весной — «Записки охотника».')
    expected = quoted_by_sentences(doc)
    found = list(quoted(doc))
    assert found == expected
    assert [doc[start:end].text for start, end in found] == ["Обрыв", "Нива", "Записки охотника"]


def test_each_thread_keeps_the_tables_of_its_own_doc(nlp):
    # two threads asking in turn about two Docs get each its own Doc's answers
    import threading

    from letopis.morphosyntax.memo import doc_table
    from letopis.morphosyntax.sentences import bounds

    first, second = nlp("Иван уехал. Пётр остался дома."), nlp("Анна пришла.")
    seen: dict[str, tuple] = {}
    step = threading.Barrier(2)

    def ask(name: str, doc: Doc) -> None:
        doc_table(doc, "who")["doc"] = name
        step.wait()  # the other thread now asks about its Doc
        step.wait()
        seen[name] = (doc_table(doc, "who").get("doc"), bounds(doc).doc is doc)

    threads = [threading.Thread(target=ask, args=("first", first)), threading.Thread(target=ask, args=("second", second))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen == {"first": ("first", True), "second": ("second", True)}


RAZDEL_CASES = [
    "Кое-где по-прежнему горели костры, а т.е. и т.д. никто не писал.",
    "В 1812 г. цена выросла на 2,5% — до 3.75 руб., т.е. вдвое; счёт 5/7.",
    "«Нет!» — крикнул он… И.И. Петров-Водкин ушёл :) в 10:30.",
    "Письмо от 12.03.1905 (см. стр. 45-46) пришло по адресу ул.Садовая, д.5.",
    "Ну...что ж?!Пойдём-ка домой,ребята — сказала она.",
    "Цитата: \"так\" и 'этак'; e-mail: ivan@mail.ru, сайт www.example.com/page_1.",
    "XIX-й век, 1830-х гг., №7, 3-го мая, +5°, −3, ±2, ~10, 1/2 часа.",
    "", "   ", "а", ".",
]


def test_razdel_tokens_are_razdels_own():
    import random

    import razdel

    from letopis.text.tokenizer import razdel_tokens
    for text in RAZDEL_CASES:
        assert razdel_tokens(text) == [(t.start, t.stop) for t in razdel.tokenize(text)], text
    rng = random.Random(7)  # strings of the characters razdel's rules read, glued and spaced
    alphabet = "аб ВГ ab C 12 .,-–—!?…«»\"'()[]:;/\\_%$№@#+=*ё:)\n\t\xa0\u2009αβ٣²½"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30)))
        assert razdel_tokens(text) == [(t.start, t.stop) for t in razdel.tokenize(text)], repr(text)


def test_the_models_read_a_long_sentence_in_pieces(nlp):
    from letopis.morphosyntax.batching import MAX_SENTENCE, model_chunks
    docs = [nlp.make_doc("Утром мы пошли на рынок. Купили мёду.\n\nВечером пришёл брат."),
            nlp.make_doc("Дождь шёл весь день. Очень " + "очень " * (MAX_SENTENCE + 9) + "долго.")]
    chunks = model_chunks(docs)
    assert max(len(chunk) for chunk in chunks) == MAX_SENTENCE
    words = [[t.i for t in doc if not t.is_space] for doc in docs]  # every word read once, in order
    assert [[t.i for chunk in chunks for t in chunk if t.doc is doc] for doc in docs] == words


def test_token_records_are_written_as_json_writes_them():
    import json
    import random

    from letopis.export.json_file import dumps_token
    rng = random.Random(3)
    alphabet = "абвЁё \"\\/\n\t\x00\x1f\u2028é字𝕏«»—"
    for _ in range(500):
        word = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        record = {"start": rng.randint(0, 10**6), "end": rng.randint(0, 10**6), "text": word, "lemma": word.lower(),
                  "pos": "NOUN", "feats": "Case=Nom|Number=Sing", "head": rng.randint(-1, 50), "dep": "nsubj",
                  "sent": rng.randint(0, 900)}
        assert dumps_token(record) == json.dumps(record, ensure_ascii=False)
    odd = [{"start": True, "end": 3, "text": "Мы", "lemma": "мы", "pos": "PRON", "feats": "", "head": -1, "dep": "",
            "sent": 0},  # a bool is no int here
           {"start": 0, "end": 2, "text": "Мы", "lemma": None, "pos": "PRON", "feats": "", "head": -1, "dep": "",
            "sent": 0},
           {"end": 2, "start": 0, "text": "Мы", "lemma": "мы", "pos": "PRON", "feats": "", "head": -1, "dep": "",
            "sent": 0},  # keys in another order
           {"start": 0, "end": 2, "text": "Мы", "lemma": "мы", "pos": "PRON", "feats": "", "head": -1, "dep": "",
            "sent": 0, "extra": 1}]
    for record in odd:
        assert dumps_token(record) == json.dumps(record, ensure_ascii=False)


def test_the_vocabularys_number_test_is_spacys(nlp):
    from spacy.attrs import LIKE_NUM
    from spacy.lang.ru.lex_attrs import like_num as spacys

    from letopis.language import like_num, of_unmarked
    getter = nlp.vocab.lex_attr_getters[LIKE_NUM]  # read on the word without stress marks (accents16)
    assert getter.func is of_unmarked and getter.args == (like_num,)
    words = ["двадцать", "Двадцатого", "1812", "+5", "-3,5", "~10", "±2", "10%", "1/2", "1/2/3", "а/б", "XIX", "xix",
             "тысяча", "Миллионов", "трлн", "сорок-пятый", "дом", "", "%", "+", "3.14", "½", "١٢", "²", "пять."]
    from spacy.lang.ru.lex_attrs import _num_words
    for word in words + [form for w in _num_words for form in (w, w.upper(), w.title(), f"+{w}%", f"{w}-й")]:
        assert like_num(word) == spacys(word), word
    doc = nlp.make_doc("Их было двадцать пять, а стало 1812 и ещё полтора десятка.")
    assert [t.like_num for t in doc] == [spacys(t.text) for t in doc]


# Twelfth round: the same answers without a Token per word.
def test_a_dates_lemma_kept_per_form_is_the_one_worked_out_again(nlp):
    from letopis.dates.extractor import lemma, read_lemma

    doc = nlp("Въ сентябрѣ 1812 г. мы уехали из двух городов, а 3 мая 1813 года вернулись домой.")
    for _ in range(2):  # the second pass reads the kept answers
        assert [lemma(t) for t in doc] == [read_lemma(t) for t in doc]
    assert lemma(next(t for t in doc if t.text == "сентябрѣ")) == "сентябрь"
    assert lemma(next(t for t in doc if t.text == "г")) == "г"


def test_a_lemma_read_by_its_hash_is_the_tokens_lemma(nlp):
    from spacy.attrs import LEMMA
    from letopis.words import lemma, lemma_of

    doc = nlp("Ёжик и Генерал Ёлкин шли через ёлки к Сёмину дому.")
    keys = doc.to_array(LEMMA).tolist()
    assert [lemma_of(key, doc.vocab.strings) for key in keys] == [lemma(t) for t in doc]


def test_hidden_names_and_capitals_read_from_the_arrays_are_the_plain_ones(nlp):
    from letopis.entities.consistency import capitalised_inside, opens_sentence, word_forms
    from letopis.entities.rules import HIDDEN_NAME, NOT_HIDDEN_AFTER, hidden_names, ranks
    from letopis.words import lemma

    doc = nlp("Вчера приехал генерал N. с женой. Капитан Т. ждал его у Зарубиных, а поручик В. опоздал.\n"
              "Потом майор Д. уехал в Тверь.")

    def plain_hidden(doc):  # the definition: a pass over every Token
        for token in doc:
            if lemma(token) not in ranks() or token.i + 1 >= len(doc):
                continue
            letters = doc[token.i + 1]
            if not HIDDEN_NAME.match(letters.text) or letters.whitespace_ == "" and letters.i + 1 < len(doc) \
                    and doc[letters.i + 1].is_alpha:
                continue
            after = next((t for t in doc[letters.i + 1: letters.i + 3] if t.is_alpha), None)
            if after is not None and lemma(after) in NOT_HIDDEN_AFTER:
                continue
            yield letters.i

    found = [span.start for span in hidden_names(doc)]
    assert found == list(plain_hidden(doc))
    assert [doc[i].text for i in found] == ["N", "Т", "В", "Д"]
    plain = {form for t in doc if t.text[:1].isupper() and not opens_sentence(t) for form in word_forms(t)}
    assert capitalised_inside(doc) == plain
    assert "зарубин" in plain and "вчера" not in plain


def test_the_abbreviation_of_a_life_event_is_read_before_and_after_the_reordered_test(nlp):
    from letopis.events.extractor import abbreviated

    doc = nlp("Иванов Пётр Сергеевич (род. 1898, Ковров – ум. 1937, Москва) — инженер. Род его древний.")
    read = {t.text: bool(abbreviated(t)) for t in doc if t.text in ("род", "ум", "Род")}
    assert read == {"род": True, "ум": True, "Род": False}
    assert not abbreviated(doc[-1])  # the last word: no word after it to read


def test_the_words_a_repair_looks_at_are_read_from_the_arrays(nlp):
    from letopis.morphosyntax.repairs import tagged

    doc = nlp("Что он сказал? Мать повторяла, что слышала выстрел, и что брат был арестован и сослан.")
    for pos in ("VERB", "PROPN", "SCONJ", "PRON"):
        assert tagged(doc, pos) == [t.i for t in doc if t.pos_ == pos]
    that = doc.vocab.strings["что"]
    assert [t.i for t in doc if t.lower == that] == [t.i for t in doc if t.lower_ == "что"] != []


def test_a_first_reading_kept_per_doc_is_the_one_read_again(nlp):
    from letopis.entities.consistency import rarer_reading
    from letopis.morphosyntax.memo import doc_table

    doc = nlp("Мы жили на Песках, потом переехали на Пески, а дядя остался с Песков.")
    spans = [doc[t.i:t.i + 1] for t in doc if t.text.startswith("Пес")]
    for span, label in zip(spans, ("LOC", "LOC", "PER")):
        span.label_ = label
    first = [rarer_reading(span, spans) for span in spans]
    doc_table(doc, "first_normal").clear()
    again = [rarer_reading(span, spans) for span in reversed(spans)][::-1]
    assert first == again
    assert first[2] == "LOC"  # `с Песков`, read as a form of `песок`, takes the place label


def test_the_text_the_speech_tests_read_once_is_the_docs_text(nlp):
    from letopis.dates.narrative import in_speech, paragraph_start
    from letopis.export.records import doc_text

    speech = nlp("Вечером пришёл сосед.\n— Завтра едем в город, — сказал он.  Мы молчали.\n"
                 "В июне 1907 года отец вернулся. – 12-го числа уехал снова.")
    quoted = nlp("Брат написал: «Буду в среду».\nМать ждала его до ночи.")
    for doc in (speech, quoted, speech):  # the text kept for the Doc asked last follows the Doc
        assert doc_text(doc) == doc.text
        for token in doc:
            assert paragraph_start(doc[token.i:token.i + 1]) == doc.text.rfind("\n", 0, token.idx) + 1
    said = next(t for t in speech if t.text == "едем")
    assert in_speech(said)  # a line opening on a dash
    assert not in_speech(next(t for t in speech if t.text == "сосед"))
    assert not in_speech(next(t for t in speech if t.text == "уехал"))  # the narrator's dash inside a paragraph
    assert in_speech(next(t for t in quoted if t.text == "среду"))


def plain_repair_tags(tokens, words) -> None:
    """`repair_tags` as it was written before `repairable`: every repair asked about every word."""
    from letopis.morphosyntax.repairs import SKIP, TAG_REPAIRS, UPOS
    from letopis import ud
    for token, word in zip(tokens, words):
        if token.is_space or token.pos_ in (ud.PUNCT, ud.NUM, ud.SYM):
            continue
        for repair in TAG_REPAIRS:
            if repair.__name__ in SKIP:
                continue
            feats = repair(token, word)
            if feats is not None:
                token.pos_ = feats.pop(UPOS, ud.VERB)
                token.set_morph("|".join(f"{key}={feats[key]}" for key in sorted(feats)))
                break


REPAIR_WORDS = ["Сосед", "был", "арестован", "и", "сослан", "в", "Сибирь", ",", "всею", "душой", "жалея",
                "мать", ";", "Доложив", "старик", "взмахнул", "рукой", "кланялся", "сею", "рожь", "с",
                "которою", "Вера", "пила", "чай", "вели", "Синев", "читая", "1907", "году", "убит"]


def test_a_word_no_repair_can_change_is_passed_and_the_rest_repaired_as_before(nlp):
    from letopis.morphosyntax.repairs import only_reading, repair_tags, repairable, sole_form
    for word in REPAIR_WORDS:
        for form in ("PRTS", "GRND", "VERB", "NOUN", "ADJF", "INFN"):
            assert (only_reading(word, form) is not None) == (sole_form(word) == form)
    assert repairable("сослан") and repairable("Доложив") and repairable("всею") and repairable("взмахнул")
    assert not repairable("рукой") and not repairable("Сибирь") and not repairable("1907")
    # every word under every tag the tagger may give it, opening the sentence and inside it
    for tag in ("NOUN", "ADJ", "PROPN", "ADV", "VERB", "X", "DET", "AUX"):
        for feats in ("", "VerbForm=Inf", "Case=Nom|Gender=Masc|Number=Sing"):
            rows = [(w, w.lower(), "PUNCT" if w in ",;" else "NUM" if w.isdigit() else tag, feats if w not in ",;" else "",
                     "dep", 0) for w in REPAIR_WORDS]
            plain, fast = parsed(nlp, rows), parsed(nlp, rows)
            plain_repair_tags(list(plain), [t.text for t in plain])
            repair_tags(list(fast), [t.text for t in fast])
            assert [(t.pos_, str(t.morph)) for t in fast] == [(t.pos_, str(t.morph)) for t in plain]
            assert any(t.pos_ != tag for t in fast if t.text not in ",;1907")  # some word was repaired


def test_a_foreign_phrase_is_read_from_the_text_built_once(nlp):
    from letopis.entities.rules import LATIN_LETTER, in_foreign_phrase

    def plain(ent) -> bool:  # the definition with spaCy's `Doc.text`
        text = ent.doc.text
        before = text[:ent.start_char].rstrip(" \xa0")
        after = text[ent.end_char:].lstrip(" \xa0")
        return (bool(before) and (LATIN_LETTER.match(before[-1]) is not None
                                  or before[-1] in "'’" and len(before) > 1 and LATIN_LETTER.match(before[-2]) is not None)
                or bool(after) and (LATIN_LETTER.match(after[0]) is not None or after.startswith("&#")))

    doc = nlp.make_doc("Гувернантка сказала: «Mon cher Paris, c'est l'Autriche!» — и уехала в Вену. Voil&#224; Лион")
    answers = [in_foreign_phrase(doc[i:j]) for i in range(len(doc)) for j in range(i + 1, min(len(doc), i + 4) + 1)]
    assert answers == [plain(doc[i:j]) for i in range(len(doc)) for j in range(i + 1, min(len(doc), i + 4) + 1)]
    assert True in answers and False in answers


def test_the_chunks_of_a_batch_are_cut_once_and_again_when_a_sentence_start_moves(nlp):
    from letopis.morphosyntax.batching import model_chunks
    from letopis.words import sentence_words

    def plain(docs):  # the chunks cut afresh, as every model stage cut them before
        return [[(id(t.doc), t.i) for t in sentence_words(sent)] for doc in docs for sent in doc.sents
                if sentence_words(sent)]

    def shown(chunks):
        return [[(id(t.doc), t.i) for t in chunk] for chunk in chunks]

    docs = [nlp.make_doc("Утром мы пошли на рынок. Купили мёду.\n\nВечером пришёл брат."),
            nlp.make_doc("Дождь шёл весь день."), nlp.make_doc("")]
    first = model_chunks(docs)
    assert shown(first) == plain(docs)
    assert model_chunks(list(docs)) is first  # the same Docs, the same sentences: not cut again
    docs[0][3].is_sent_start = True  # a sentence now starts at `на`
    moved = model_chunks(docs)
    assert moved is not first and shown(moved) == plain(docs) and len(moved) == len(first) + 1
    other = [nlp.make_doc("Утром мы пошли на рынок. Купили мёду.\n\nВечером пришёл брат.")] + docs[1:]
    assert shown(model_chunks(other)) == plain(other)  # an equal text in another Doc is another Doc
    assert all(t.doc is other[0] for t in model_chunks(other)[0])


def test_whether_a_text_is_wrapped_is_worked_out_once_and_as_before():
    from letopis.text.paragraphs import paragraph_spans, wrapped
    prose = "Мы жили тогда у реки, в доме с садом,\nгде росли старые яблони и\nкусты смородины.\n\nОсенью пришёл брат.\n"
    lines = "Глава первая\nМы жили тогда у реки.\nОсенью пришёл брат.\n"
    for text in (prose, lines, prose, lines, ""):
        assert wrapped(text) == wrapped.__wrapped__(text)
    assert wrapped(prose) and not wrapped(lines)
    blank = prose.index("\n\n") + 2  # a wrapped text breaks its paragraphs at blank lines
    assert list(paragraph_spans(prose)) == [(0, blank), (blank, len(prose))]
    assert len(list(paragraph_spans(lines))) == 3


def test_a_words_forms_kept_per_word_and_lemma_and_the_passes_over_capitalised_words(nlp):
    from letopis.entities.consistency import (capitals, dictionary_persons, parses, repeated_names,
                                              repeated_surnames, word_forms)
    from letopis.words import lemma, model_word

    doc = nlp("Утром Синев зашёл к Петровым. — Маша, ты? — спросил Синев.\n"
              "Маша налила чаю, а майор Синев сел у окна. Потом пришёл Демидов, и Маша ушла.")
    for token in doc:  # the definition, worked out again for every word
        word = model_word(token).lower()
        plain = {word, lemma(token)} | {p.normal_form.replace("ё", "е") for p in parses(word)}
        assert word_forms(token) == plain
        assert word_forms(token) is word_forms(doc[token.i])  # kept, not worked out again
    assert capitals(doc) == [t.i for t in doc if t.text[:1].isupper()]
    assert [doc[i].text for i in capitals(doc)][:3] == ["Утром", "Синев", "Петровым"]
    # the passes for names look at the capitalised words only; as if the models had missed every
    # `Синев`, `Демидов` and the last `Маша`: the surname written three times (once after a rank,
    # `майор Синев`) is a person in each place, the last `Маша` a person by the dictionary and by
    # the name found twice elsewhere
    masha = [t.i for t in doc if t.text == "Маша"]
    found = [s for s in doc.ents if s.text not in ("Синев", "Демидов") and s.start != masha[-1]]
    assert [(s.start, s.label_) for s in repeated_surnames(doc, found)] == [
        (t.i, "PER") for t in doc if t.text == "Синев"]
    assert [s.start for s in dictionary_persons(doc, found)] == [masha[-1]]
    assert [s.start for s in repeated_names(doc, found)] == [masha[-1]]


def test_passes_read_on_the_arrays_find_what_a_walk_over_tokens_finds(nlp):
    # the words written small and the quoted stretches, read from the Doc's arrays and sentence
    # bounds, against the same definitions worked out on Token objects and `doc.sents`
    from letopis.entities.consistency import word_forms, written_small_inside
    from letopis.entities.rules import quoted

    doc = nlp("Вечером дядя Фёдор читал «Вестник Европы» у печки.\n\n"
              "В марте 1861 года он уехал в Тулу, а «Новое время» пришло позже. "
              "Сосед сказал: «Приезжайте к нам в четверг».")
    assert written_small_inside(doc) == {form for t in doc if t.is_alpha and t.text[:1].islower()
                                         and not no_word_before(t) for form in word_forms(t)}
    expected = quoted_by_sentences(doc)
    assert list(quoted(doc)) == expected
    assert [doc[start:end].text for start, end in expected] == [
        "Вестник Европы", "Новое время", "Приезжайте к нам в четверг"]
