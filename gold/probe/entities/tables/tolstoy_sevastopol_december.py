"""Tolstoy, «Севастополь в декабре месяце», the opening (the crossing to the Графская pier).

Annotated by reading before any pipeline run; development probe, tuned on (issue 11, ent7).
Entities only (PER/LOC/ORG/WORK_OF_ART/EVENT) against GUIDELINES.md 2; doubts in 9.16.
A ship's name (`Кистентина`, the author's note `Корабль "Константин"`) is none of our types: no
entity. `Богу` is no entity (as 9.2).
"""
SOURCE = ("tolstoy_sevastopol_1854_12.txt", 54, 3818)

# context, type, fine_type, normal, referent
ENTITIES = [
    ("над [Сапун-горою]", "LOC", "LOCATION", "Сапун-гора", "sapun"),
    ("выстрелами в [Севастополе], один", "LOC", "CITY", "Севастополь", "sevastopol"),
    ("На [Северной] денная", "LOC", "DISTRICT", "Северная", "north"),
    ("-- На [Графскую], ваше", "LOC", "FACILITY", "Графская", "grafskaya"),
    ("усиливается в [Севастополе].", "LOC", "CITY", "Севастополь", "sevastopol"),
    ("что и вы в [Севастополе], не", "LOC", "CITY", "Севастополь", "sevastopol"),
    ("на нем [Корнилов] жил", "PER", None, "Корнилов", "kornilov"),
    ("над [Южной бухтой]", "LOC", "LOCATION", "Южная бухта", "south_bay"),
    ("навались, [Мишка], баркас", "PER", None, "Мишка", "mishka"),
    ("к [Графской пристани]", "LOC", "FACILITY", "Графская пристань", "grafskaya"),
]

MENTIONS = []
DATES = []
EVENTS = []
