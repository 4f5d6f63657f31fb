"""Tolstoy, «Севастополь в декабре месяце»: the hospital's last beds, the walk into town, the tavern.

Annotated by reading before any pipeline run; development probe, tuned on (issue 12, coref8).
Persons and pronoun/zero mentions only, against GUIDELINES.md 2, 8.2–8.3; doubts in 9.18.
The people of the passage have no names (the sailor's wife, the guide, the doctors, the young
officers): their pronouns are mentions with cluster null. Two gunners are named only to be told
apart (`Митюхина?` — `Не Митюхина, а Абросимова`): two clusters; the unwritten subject of the
last clause is the one named last.
"""
SOURCE = ("tolstoy_sevastopol_1854_12.txt", 11501, 15705)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("про [Феньку]", "PER", None, "Фенька", "fenka"),
    ("Кого это? [Митюхина]?", "PER", None, "Митюхин", "mityukhin"),
    ("Не [Митюхина], а", "PER", None, "Митюхин", "mityukhin"),
    ("а [Абросимова]", "PER", None, "Абросимов", "abrosimov"),
]

# context, kind, referent
MENTIONS = [
    ("[она] мужу", P, None),
    ("спрашивает [его] другой", P, None),
    ("[Его] слишком большая", P, None),
    ("что [он] станет", P, None),
    ("скажет [он], показывая", P, None),
    ("прибавит [он] к", P, None),
    ("вылазках [был]", Z, "abrosimov"),
]

DATES = []
EVENTS = []
