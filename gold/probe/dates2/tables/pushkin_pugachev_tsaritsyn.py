"""Pushkin, «История Пугачева», chapter 8: from Saratov down the Volga to Tsaritsyn and Sarepta,
9 to 25 August (corpus pushkin_istoriya_pugacheva.txt, characters 228809–232315).

Annotated for dates only, by reading before any pipeline run (second dates probe, issue 12 item 2,
dates12), against GUIDELINES.md sections 3, 8.4, 8.5 and the decisions of 9.11, 9.26 and 9.30. No
year is named in the passage: no date is in force (8.4), values keep `XXXX`, and a day without a
month or counted from a day keeps the month and day the text makes certain (9.26): `11-го`,
`14-го` after `9 августа` are August; each `на другой день` is the day after the last day told
(`13 августа ... на другой день` → the 14th, `21 августа ... На другой день` → the 22nd). A part of
the day beside a day is inside its span, value the day (8.5): `9 августа в полдень`, `25-го на
рассвете`. `целые сутки` is a duration (`P1D`, 9.8). Not dates: `со дня на день` (an idiom, 'day
by day'), `при начале бунта` (an event), `уже тогда`, the note marks `(8)`, `(9)`.
"""
SOURCE = ("pushkin_istoriya_pugacheva.txt", 228809, 232315)
LAYERS = ("dates",)  # a dates probe: no entities, mentions or events annotated

ENTITIES = []
MENTIONS = []
EVENTS = []

# context, value, mod
DATES = [
    ("Уфимцева и [9 августа в полдень] выступил", "XXXX-08-09", None),
    ("– [11-го] в разоренный", "XXXX-08-11", None),
    ("а [14-го] Михельсон", "XXXX-08-14", None),
    ("[13 августа] Пугачев приблизился", "XXXX-08-13", None),
    ("сражения; на [другой день] занял", "XXXX-08-14", None),
    ("[21 августа] Пугачев подступил", "XXXX-08-21", None),
    ("На [другой день] Пугачев подступил", "XXXX-08-22", None),
    ("прибыли [20-го] в Дубовку", "XXXX-08-20", None),
    ("а [22-го] вступили", "XXXX-08-22", None),
    ("в Сарепте [целые сутки]", "P1D", None),
    ("Наконец [25-го на рассвете] он", "XXXX-08-25", None),
]
