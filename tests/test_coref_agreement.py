"""A past tense agrees with its subject in gender and number (fifteenth round): a nominative the
parser hung on a past tense of another gender is not that verb's subject. Sentences of our own,
with cases where the rule must not fire."""
from __future__ import annotations

from letopis.coref.mentions import disagrees, pronoun_disagrees, substantive
from mentioned import mentions


def test_the_reflexive_takes_the_subject_that_agrees_with_its_verb(nlp):
    # the parser hangs both `Гроза` and `он` on `стал` (`стихла` read apart); `себя` is his, not the storm's
    text = "Утром приехал Пётр Орлов. Гроза за окном стихла, он тотчас стал разглядывать себя в зеркале."
    assert ("себя", "pronoun", "Пётр Орлов") in mentions(nlp, text)


def test_a_pronoun_of_another_gender_is_no_subject_of_the_past_tense(nlp):
    # `Она пришла, он ушёл.`: whatever the parser hangs where, `он` is no subject of `пришла`
    doc = nlp("Она пришла, он ушёл.")
    she, came, he, left = doc[0], doc[1], doc[3], doc[4]
    assert pronoun_disagrees(he, came) and not pronoun_disagrees(she, came)
    assert not pronoun_disagrees(he, left)


def test_agreeing_subjects_are_kept(nlp):
    # the rule must not fire: `она` agrees with `стала`, `он` with `сел`
    text = "Вошла Анна Сомова. Она стала читать письмо. Потом пришёл Иван Орлов, он сел у окна."
    found = mentions(nlp, text)
    assert ("стала", "zero", "Анна Сомова") not in found
    assert ("сел", "zero", "Иван Орлов") not in found
    assert ("Она", "pronoun", "Анна Сомова") in found and ("он", "pronoun", "Иван Орлов") in found


def test_a_woman_of_a_profession_and_a_name_keep_their_verb(nlp):
    # `врач пришла`: a masculine noun of a profession with a feminine verb is its subject; so is a
    # name whatever gender the tagger guessed for it
    doc = nlp("Утром врач пришла к больному.")
    verb = next(t for t in doc if t.text == "пришла")
    doctor = next(t for t in doc if t.text == "врач")
    assert doctor.dep_ == "nsubj" and not disagrees(doctor, verb)
    doc = nlp("Лицо побелело.")
    assert not disagrees(doc[0], doc[1])  # neuter both: agreement


def test_the_author_s_words_of_a_line_name_their_subject_after_an_insertion(nlp):
    # `сказал, вставая, Пётр`, `подтвердил шёпотом Иван`: the subjects are written; no
    # unwritten subject is made up for the verbs (it would go to the wrong man)
    text = "Вечером пришли Пётр Сомов и Иван Орлов. — Пора домой, — сказал, вставая, Пётр. — Верно, — подтвердил шёпотом Иван."
    assert [kind for _, kind, _ in mentions(nlp, text)] == []


def test_the_author_s_words_without_a_subject_keep_their_unwritten_one(nlp):
    # the rule must not fire: no subject before the sentence ends, or before `и вышел`
    text = "Вечером пришёл Пётр Сомов. — Пора домой, — сказал он. — Прощайте, — ответил, смеясь, и вышел."
    assert ("ответил", "zero", "Пётр Сомов") in mentions(nlp, text)


def test_a_relative_of_a_thing_is_no_mention_whatever_noun_the_parser_chose(nlp):
    # `который` agrees with its noun: `корзиной, в которой` is the basket's, not the man's who
    # carries it; `окно комнаты Петра Орлова, в которой` is the room's, not the man's who owns it
    for text in ("Анна Сомова вышла во двор. У калитки стоял Пётр Орлов с тяжёлой корзиной, в которой лежали яблоки.",
                 "Анна Сомова указала на окно комнаты Петра Орлова, в которой горел свет."):
        assert [m for m in mentions(nlp, text) if m[0].startswith("котор")] == []


def test_a_relative_of_a_person_is_kept(nlp):
    # the rule must not fire: a person apposed to a noun of a person (`купца Ивана Орлова, который`),
    # and a person after a thing of theirs (`лодку Петра Орлова, который`: masculine, the man)
    text = "Анна Сомова ждала купца Ивана Орлова, который обещал приехать."
    assert ("который", "pronoun", "Ивана Орлова") in mentions(nlp, text)
    text = "Ночью Анна Сомова увидела лодку Петра Орлова, который плыл к берегу."
    assert ("который", "pronoun", "Петра Орлова") in mentions(nlp, text)


def test_an_adjective_standing_for_a_person_ends_the_author_s_words(nlp):
    # `— думал каждый.`: the subject is written, an adjective used as a noun; no unwritten subject
    # goes to the man named before
    text = "Пётр Сомов смотрел на реку. «Переплыть бы её — и мы спасены», — думал каждый."
    assert [m for m in mentions(nlp, text) if m[1] == "zero"] == []
    # the rule must not fire on an adjective after a comma: it says how he answered
    doc = nlp("— Прощайте, — ответил, довольный, и вышел.")
    assert not substantive(next(t for t in doc if t.text == "довольный"))
    doc = nlp("— Не пойду, — возразил третий.")
    assert substantive(next(t for t in doc if t.text == "третий"))
    doc = nlp("Третий молчал.")
    assert not substantive(doc[0])  # the first word of a text: nothing before it
