"""Gorky, «Детство», chapter V: evening talks with the grandfather, the grandparents remember
(corpus gorky_detstvo.txt, characters 110215–114087).

Annotated for dates only, by reading before any pipeline run (second dates probe, issue 12 item 2,
dates12), against GUIDELINES.md sections 3, 8.4, 8.5 and the decisions of 9.5, 9.8, 9.11, 9.26
and 9.30. All dates are in direct speech. `в сорок восьмом году`: a year in words with the century
unsaid and not certain from the text → `XX48` (8.5, `весной тридцать шестого года` → `XX36-SP`);
`С того года` in the same speech is that year (`того же года`, 8.5). `началась весна` names a
season (3.1, 9.26's `на зиму`): `весна` `XXXX-SP`, the year given only in the sentence after it
(3.3 takes a year from the same or the previous sentence). `на другой день после крестин`: a day
counted from an event; the count stays open as `через два года после свадьбы` (3.1, 9.11):
`другой день` `XXXX-XX-XX`. Not dates: `Стемнело`, `теперь` (8.5), `в год, когда олончан ловили
по лесам` and `до холеры`, `после большого пожара`, `в самый венгерский поход` (time named by an
event, 3.1), `В каком бишь это году?` (a question naming no year).
"""
SOURCE = ("gorky_detstvo.txt", 110215, 114087)
LAYERS = ("dates",)  # a dates probe: no entities, mentions or events annotated

ENTITIES = []
MENTIONS = []
EVENTS = []

# context, value, mod
DATES = [
    ("хороша началась [весна] после", "XXXX-SP", None),
    ("Это — в [сорок восьмом году], в самый", "XX48", None),
    ("Тихона на [другой день] после крестин", "XXXX-XX-XX", None),
    ("С [того года] божья", "XX48", None),
]
