"""Pushkin, «История Пугачева», chapter 3: the first days of the siege of Orenburg, 5 to 18 October
(corpus pushkin_istoriya_pugacheva.txt, characters 80453–84316).

Annotated for dates only, by reading before any pipeline run (dates probe, issue 12 item 2,
dates11), against GUIDELINES.md sections 3, 8.4, 8.5 and the decisions of 9.11, 9.13, 9.17 and
9.26. No date of the passage names a year, so no date is in force (8.4) and every value keeps
`XXXX`; a day counted from a day without a year keeps the month and day the text makes certain
(`В тот же день` after `5 октября`, `16-го` after `14 октября`: 9.26). Parts of the day alone
(`Ночью`) and `Вскоре` are no dates; `Осенняя стужа` is an adjective; `на зиму` (hay stored for
the winter) names a season.
"""
SOURCE = ("pushkin_istoriya_pugacheva.txt", 80453, 84316)
LAYERS = ("dates",)  # a dates probe: no entities, mentions or events annotated

ENTITIES = []
MENTIONS = []
EVENTS = []

# context, value, mod
DATES = [
    ("[5\xa0октября] Пугачев", "XXXX-10-05", None),
    ("В [тот же день] по", "XXXX-10-05", None),
    ("заготовленного на [зиму] сена", "XXXX-WI", None),
    ("(уже на [другой день утром])", "XXXX-10-06", None),
    ("[8 октября] мятежники", "XXXX-10-08", None),
    ("хотел на [другой день] выступить", "XXXX-10-09", None),
    ("и [12 октября] Наумов", "XXXX-10-12", None),
    ("продолжалось [четыре часа]", "PT4H", None),
    ("С [14 октября] начались", "XXXX-10-14", None),
    ("морозы; [16-го] выпал", "XXXX-10-16", None),
    ("[18-го] Пугачев", "XXXX-10-18", None),
]
