"""Tolstoy, «Севастополь в декабре месяце»: the reader's disappointment on arriving, the hospital
in the Assembly hall, the sailor without a leg and his wife's story (corpus
tolstoy_sevastopol_1854_12.txt, characters 5844–9647).

Annotated by reading before any pipeline run; development probe (issue 12, narr10), against
GUIDELINES.md sections 4, 5, 8.6, 8.7 and the decisions of 9.13, 9.14, 9.17, 9.19. Doubtful cases
in GUIDELINES section 9.21. No date. The sketch speaks to the reader (`вы`): the reader's going in
the present tense is an event (MOVEMENT), the exhortations in the imperative (`сходите`,
`зайдите`, `идите вперед`, `не стыдитесь подойти и поговорить`) tell of no occurrence (8.6) and
nor do the infinitives they govern. Being wounded has no type (9.19). No person is named: no
arguments but the place `Севастополь`. MENTIONS are the pronouns that are event arguments (none).
"""
SOURCE = ("tolstoy_sevastopol_1854_12.txt", 5844, 9647)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("въезжаете в [Севастополь]", "LOC", "CITY", "Севастополь", "sevastopol"),
    ("геройстве защитников [Севастополя]", "LOC", "CITY", "Севастополь", "sevastopol"),
    ("с [Северной стороны]", "LOC", "DISTRICT", "Северная сторона", "north"),
    ("посмотрите защитников [Севастополя]", "LOC", "CITY", "Севастополь", "sevastopol"),
    ("прежде [Севастопольским собранием]", "ORG", None, "Севастопольское собрание", "assembly"),
    ("увидите там защитников [Севастополя]", "LOC", "CITY", "Севастополь", "sevastopol"),
]

# context, value, mod
DATES = []

# context, kind, referent
MENTIONS = []

# trigger context, type, polarity, modality, [(role, argument context), ...]
EVENTS = [
    ("первый раз [въезжаете]", "MOVEMENT", "positive", "conditional", [
        ("destination", "въезжаете в [Севастополь]")]),
    ("готовности к [смерти]", "DEATH", "positive", "possible", []),
    ("самом месте [защиты]", "WAR", "positive", "asserted", []),
    ("Вы [входите] в большую", "MOVEMENT", "positive", "asserted", []),
    ("как будто [пришли]", "MOVEMENT", "positive", "asserted", []),
    ("любят [рассказать]", "COMMUNICATION", "positive", "possible", []),
    ("чтобы [побеседовать]", "MEETING", "positive", "desired", []),
    ("первая [бандировка]", "WAR", "positive", "asserted", []),
    ("ваш [разговор]", "MEETING", "positive", "asserted", []),
    ("начинает [рассказывать]", "COMMUNICATION", "positive", "asserted", []),
    ("князья [говорили]", "MEETING", "positive", "asserted", []),
    ("он [сказал] им", "COMMUNICATION", "positive", "asserted", []),
    ("чтобы [учить] молодых", "EDUCATION", "positive", "desired", []),
    ("[Говоря] все это", "COMMUNICATION", "positive", "asserted", []),
]
