"""Pushkin, «История Пугачева», chapter 6, its close: Osa taken, the Kama crossed, the march on
Kazan, 18 June to 11 July (corpus pushkin_istoriya_pugacheva.txt, characters 193894–197072).

Annotated for dates only, by reading before any pipeline run (dates probe, issue 12 item 2,
dates11), against GUIDELINES.md sections 3, 8.4, 8.5 and the decisions of 9.11, 9.13, 9.17 and
9.26. No year is named: no date is in force (8.4), values keep `XXXX`, and a day counted from a
day without a year keeps the month and day the text makes certain (9.26): each `на другой день`
is the day after the last day told (`сдался на другой день` after `20-го`). `на одни сутки` is a
duration; `до следующего утра` is the morning after `На другой день` (11 July), `до` giving
BEFORE (3.3), the part of the day inside the span as with a day (8.5). `Вечером` alone, `Тогда`,
`со временем`, `в самом начале сражения` are no dates.
"""
SOURCE = ("pushkin_istoriya_pugacheva.txt", 193894, 197072)
LAYERS = ("dates",)  # a dates probe: no entities, mentions or events annotated

ENTITIES = []
MENTIONS = []
EVENTS = []

# context, value, mod
DATES = [
    ("[18 июня] Пугачев", "XXXX-06-18", None),
    ("На [другой день] Пугачев со", "XXXX-06-19", None),
    ("[20-го] снова", "XXXX-06-20", None),
    ("сроку на [одни сутки]", "P1D", None),
    ("сдался на [другой день]", "XXXX-06-21", None),
    ("[23 июня] Пугачев", "XXXX-06-23", None),
    ("и [10 июля] встретил", "XXXX-07-10", None),
    ("На [другой день] Пугачев показался", "XXXX-07-11", None),
    ("до [следующего утра]", "XXXX-07-12", "BEFORE"),
]
