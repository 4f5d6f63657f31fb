"""A full stop with no space after it (`в Тверь.Вечером`, a space lost in the source) ends a
sentence when a lower-case word comes before it and a capitalised word after it; initials,
abbreviations, numbers and addresses keep theirs (`text/tokenizer.py`, `glued_stops`;
`models/text/abbreviations.tsv`). Only sentence starts change: tokens and offsets do not."""
from __future__ import annotations

from pathlib import Path

import conllu
import pytest

from letopis.batch.runners import in_process
from letopis.batch.stream import analyse
from letopis.cli import write_text
from letopis.export.formats import Outputs
from letopis.text.tokenizer import a_name, razdel_spans


def sentences(text: str) -> list[str]:
    """The sentences the tokenizer starts, as their words joined by spaces."""
    found: list[list[str]] = []
    for start, end, first in razdel_spans(text):
        if first or not found:
            found.append([])
        found[-1].append(text[start:end])
    return [" ".join(words) for words in found]


@pytest.mark.parametrize("text, expected", [
    ("Утром мы выехали в Тверь.Вечером пошёл дождь.",
     ["Утром мы выехали в Тверь .", "Вечером пошёл дождь ."]),
    ("Письмо пришло к Сомову.Потом он уехал.",  # a capitalised word of four letters or more
     ["Письмо пришло к Сомову .", "Потом он уехал ."]),
    ("Вечером поезд пришёл в Ярославль.Наутро мы пошли к пристани.",  # a place name (Geox)
     ["Вечером поезд пришёл в Ярославль .", "Наутро мы пошли к пристани ."]),
    ("Весь вечер она писала Николаю Петровичу.Утром письмо отнесли на почту.",  # a patronymic
     ["Весь вечер она писала Николаю Петровичу .", "Утром письмо отнесли на почту ."]),
    ("Зачем ты пришёл?Уходи!Сейчас же.",
     ["Зачем ты пришёл ?", "Уходи !", "Сейчас же ."]),
    ("Лодку вытащили на берег.В сарае нашлись вёсла.",  # a one-letter word opens the sentence
     ["Лодку вытащили на берег .", "В сарае нашлись вёсла ."]),
    ("Она промолчала.«Поздно», подумал Сомов.",  # an opening quote
     ["Она промолчала .", "« Поздно » , подумал Сомов ."]),
])
def test_a_glued_stop_ends_a_sentence(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text", [
    "Стихи читал А.С.Пушкин, а потом А.С. Пушкин ушёл.",        # initials
    "Лодки, сети, вёсла и т.д.Всё это лежало в сарае.",        # one-letter abbreviations
    "Мы приехали в г.Тверь утром.",                             # a town abbreviation and its name
    "Лекцию читал проф.Орлов, а вёл тов.Белов на ул.Садовой.",  # abbreviations of the table
    "Вёл отряд Ст.Орлов, за ним шёл Дж.Смит.",                   # short name abbreviations
    "Письмо подписал наш.И.П.Сомов.",                            # initials after a word
    "Работал в ВЦИК.ТАСС сообщил.",
    "Сестра окончила МГУ им.Ломоносова с отличием.",              # `им.`, of the table
    "Отец тридцать лет проработал на заводе им.Лихачёва в Москве.",
    "Мы вызвали Яндекс.Такси до вокзала.",                       # a brand: no name before the stop
    "Об этом писали в Яндекс.Новостях вчера.",
    "Статью подписал Конст.Орлов, а рядом Всев.Иванов.",          # shortened first names
    "Письмо подписано: Алекс.Смирнов, член правления.",         # a first name before a surname                              # capitals: acronyms, no sentence
    "Отрезок в 1.5 км пройден.",                                 # a number
    "Пишите на почта@сайт.Рф или на www.книги.Рф сегодня.",     # addresses
])
def test_initials_abbreviations_numbers_and_addresses_keep_their_sentence(text):
    assert len(sentences(text)) == 1, sentences(text)


@pytest.mark.parametrize("word, name", [
    ("Орлову", True), ("Петровичу", True), ("Твери", True), ("Ивану", True),  # surname, patronymic, place, first name
    ("Яндекс", False), ("Новостях", False), ("Реке", False),               # a brand, common nouns
    ("Конст", False), ("Всев", False), ("Екат", False),                    # the first letters of a first name
])
def test_a_capitalised_word_before_a_glued_stop_ends_a_sentence_only_as_a_name(word, name):
    assert a_name(word) is name


def test_offsets_and_tokens_stay_those_of_razdel():
    text = "Утром мы выехали в Тверь.Вечером пошёл дождь."
    spans = list(razdel_spans(text))
    assert [text[start:end] for start, end, _ in spans][4:7] == ["Тверь", ".", "Вечером"]
    assert [first for _, _, first in spans].count(True) == 2


def test_the_split_sentences_read_back_from_conllu(nlp, tmp_path):
    text = "Утром Иван Сомов выехал в Тверь.Вечером он вернулся домой.\n"
    outputs = Outputs(tmp_path, ["json", "conllu"])
    for key, pieces in analyse(in_process(nlp), [(0, text)], limit=2000):
        write_text(outputs, Path("doc"), text, pieces, key)
    written = outputs.paths(Path("doc")) + outputs.finish()
    parsed = conllu.parse(next(p for p in written if p.suffix == ".conllu").read_text(encoding="utf-8"))
    assert [[token["form"] for token in sentence] for sentence in parsed] == [
        ["Утром", "Иван", "Сомов", "выехал", "в", "Тверь", "."],
        ["Вечером", "он", "вернулся", "домой", "."]]
    assert parsed[1][2]["lemma"] == "вернуться"
