"""Gorky, «Детство», chapter XIII (the gang of rag-pickers; after the evaluated chapters).

Annotated by reading before any pipeline run; development probe, tuned on (issue 11, ent7).
Entities only (PER/LOC/ORG/WORK_OF_ART/EVENT) against GUIDELINES.md 2; doubts in 9.16.
Boys' nicknames are PER, even where the word is also a place or a fish (`Кострома`, `Язь`).
"""
SOURCE = ("gorky_detstvo.txt", 321422, 325557)

# context, type, fine_type, normal, referent
ENTITIES = [
    ("на берегу [Оки]", "LOC", "LOCATION", "Ока", "oka"),
    ("или на [Песках], — остров", "LOC", "LOCATION", "Пески", "peski"),
    ("там, на [Песках]", "LOC", "LOCATION", "Пески", "peski"),
    ("мордовки, [Санька Вяхирь]", "PER", None, "Санька Вяхирь", "vyakhir"),
    ("безродный [Кострома]", "PER", None, "Кострома", "kostroma"),
    ("татарчонок [Хаби], двенадцатилетний", "PER", None, "Хаби", "khabi"),
    ("тупоносый [Язь]", "PER", None, "Язь", "yaz"),
    ("портнихи-вдовы [Гришка Чурка]", "PER", None, "Гришка Чурка", "churka"),
    ("на [Волге] и Оке", "LOC", "LOCATION", "Волга", "volga"),
    ("Волге и [Оке]", "LOC", "LOCATION", "Ока", "oka"),
    ("занималась; [Чурка] однажды", "PER", None, "Чурка", "churka"),
    ("сказал [Хаби].", "PER", None, "Хаби", "khabi"),
    ("У [Костромы] было", "PER", None, "Кострома", "kostroma"),
    ("[Вяхирь] был уверен", "PER", None, "Вяхирь", "vyakhir"),
    ("с [Песков] не считалось", "LOC", "LOCATION", "Пески", "peski"),
    ("день [Вяхирь] и Язь", "PER", None, "Вяхирь", "vyakhir"),
    ("Вяхирь и [Язь] отправлялись", "PER", None, "Язь", "yaz"),
    ("на [Пески] через", "LOC", "LOCATION", "Пески", "peski"),
    ("встревоженные [Язём]", "PER", None, "Язь", "yaz"),
    ("Язём и [Вяхирем]", "PER", None, "Вяхирь", "vyakhir"),
    ("но [Вяхиря] била", "PER", None, "Вяхирь", "vyakhir"),
    ("водки; [Кострома] копил", "PER", None, "Кострома", "kostroma"),
    ("мать [Чурки] была", "PER", None, "Чурка", "churka"),
    ("больше; [Хаби] тоже", "PER", None, "Хаби", "khabi"),
    ("в [Нижний] утонувший", "LOC", "CITY", "Нижний", "nizhny"),
    ("утонувший. [Хаби] забыл", "PER", None, "Хаби", "khabi"),
    ("на [Каме], близко", "LOC", "LOCATION", "Кама", "kama"),
    ("близко от [Волги]", "LOC", "LOCATION", "Волга", "volga"),
]

MENTIONS = []
DATES = []
EVENTS = []
