"""Gorky, «Мои университеты»: after the shot, Romas's offer at the end of March and the boat to
Krasnovidovo (corpus gorky_moi_universitety.txt, characters 132386–136180).

Annotated for dates only, by reading before any pipeline run (dates probe, issue 12 item 2,
dates11), against GUIDELINES.md sections 3, 8.4, 8.5 and the decisions of 9.11, 9.13, 9.17 and
9.26. No year is named, so nothing is anchored: `через месяц` → `XXXX-XX`, `Через два дня` →
`XXXX-XX-XX` (9.13). `вечером` after `В конце марта,` is a part of the day beside a month, outside
the span. In direct speech `В пятницу` is `XXXX-WXX-5` and `Вчера` `XXXX-XX-XX` (8.5); the counts
of minutes in speech are durations. `в шесть утра` is a clock time (8.5: not a date);
`Мартовское солнце` is an adjective; `Как всегда`, `сейчас` are no dates.
"""
SOURCE = ("gorky_moi_universitety.txt", 132386, 136180)
LAYERS = ("dates",)  # a dates probe: no entities, mentions or events annotated

ENTITIES = []
MENTIONS = []
EVENTS = []

# context, value, mod
DATES = [
    ("и [через месяц], очень", "XXXX-XX", None),
    ("В [конце марта], вечером", "XXXX-03", "END"),
    ("— На [двадцать минут].", "PT20M", None),
    ("— В [пятницу] приходите", "XXXX-WXX-5", None),
    ("Кончили в [шесть минут]!", "PT6M", None),
    ("[Через два дня] я поплыл", "XXXX-XX-XX", None),
    ("— [Вчера]? Али", "XXXX-XX-XX", None),
    ("— Ну — [вчера]?", "XXXX-XX-XX", None),
]
