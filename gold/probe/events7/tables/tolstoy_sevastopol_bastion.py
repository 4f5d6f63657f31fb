"""Tolstoy, «Севастополь в декабре месяце»: on the fourth bastion, our gun's shot and the enemy's
answer, the reader under the bombs, a sailor hit by a bomb splinter carried off on a stretcher
(corpus tolstoy_sevastopol_1854_12.txt, characters 24421–27939).

Annotated by reading before any pipeline run; development probe (issue 12, narr12), against
GUIDELINES.md sections 4, 5, 8.6, 8.7 and the decisions of 9.13, 9.14, 9.17, 9.19, 9.21, 9.22,
9.25, 9.27. Doubtful cases in GUIDELINES section 9.29. Nobody is named and no date is given: the
events have no arguments. The sketch speaks to the reader in the present and future of what he
will see (9.21): those events are asserted. Things flying, bursting and striking (`ядро
шлепнется`, `разрыв бомбы`) are no events of people; the sailor's wound (`вырвана часть груди`)
is no event (9.29); approaching the wounded man and the comrade coming up to put his cap on are
steps within the scene (9.21); speech verbs tagging quoted lines are no events (8.6).
"""
SOURCE = ("tolstoy_sevastopol_1854_12.txt", 24421, 27939)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = []

# context, value, mod
DATES = []

# context, kind, referent
MENTIONS = []

# trigger context, type, polarity, modality, [(role, argument context), ...]
EVENTS = [
    ("нашего [выстрела]", "WAR", "positive", "asserted", []),
    ("кажись, [убило] двух", "DEATH", "positive", "possible", []),
    ("вон [понесли]", "MOVEMENT", "positive", "asserted", []),
    ("сейчас [пустит] сюда", "WAR", "positive", "possible", []),
    ("[прикажет] зарядить", "COMMUNICATION", "positive", "asserted", []),
    ("станет [отвечать] нам", "WAR", "positive", "asserted", []),
    ("снаряд этот [убьет] вас", "DEATH", "positive", "possible", []),
    ("[возвращается] к своему", "MOVEMENT", "positive", "asserted", []),
]
