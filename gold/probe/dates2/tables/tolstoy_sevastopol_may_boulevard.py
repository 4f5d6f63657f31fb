"""Tolstoy, «Севастополь в мае», chapter 3: Mikhailov walks the boulevard with the aristocrats
before his night on the bastion (corpus tolstoy_sevastopol_1855_05.txt, characters 15063–18502).

Annotated for dates only, by reading before any pipeline run (second dates probe, issue 12 item 2,
dates12), against GUIDELINES.md sections 3, 8.4, 8.5 and the decisions of 9.8, 9.11, 9.26 and
9.30. No date is in force anywhere: every relative date is unanchored. `завтра` in direct speech
`XXXX-XX-XX` (8.5). `нынче` meaning 'today' (`шел нынче на бастион`, told of the day's duty; `не
будет ли нынче чего-нибудь`) is `сегодня` (9.30; `нынче` 'now', 9.7, stays no date): `XXXX-XX-XX`.
`вчера` in the narrator's voice with no date in force `XXXX-XX-XX` (8.5); `вчерашней ночи`
('last night', `со` outside) names a night as `прошлой ночью` does: `XXXX-XX-XX` (9.30). `в ту
ночь` (the night of the meeting remembered) is the night in force (9.8) → `XXXX-XX-XX`. `на днях`
with a future verb in direct speech (`на днях что-нибудь будет`) is `FUTURE_REF`, the whole
adverb the span (9.30; TimeML's `soon`). Not dates: `в 7 часов` (a clock time, 8.5), `в первый
раз`, `на втором круге`, `в 20-ти шагах`, `в этом случае`.
"""
SOURCE = ("tolstoy_sevastopol_1855_05.txt", 15063, 18502)
LAYERS = ("dates",)  # a dates probe: no entities, mentions or events annotated

ENTITIES = []
MENTIONS = []
EVENTS = []

# context, value, mod
DATES = [
    ("когда он в [ту ночь], согнувшись", "XXXX-XX-XX", None),
    ("приходится [завтра] идти", "XXXX-XX-XX", None),
    ("потому шел [нынче] на бастион", "XXXX-XX-XX", None),
    ("что [на днях] что-нибудь будет", "FUTURE_REF", None),
    ("не будет ли [нынче] чего-нибудь", "XXXX-XX-XX", None),
    ("бывший [вчера] на 4-м", "XXXX-XX-XX", None),
    ("со [вчерашней ночи], которую", "XXXX-XX-XX", None),
]
