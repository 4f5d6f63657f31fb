"""Tolstoy, «Война и мир», epilogue, part 1, chapter XV: after supper Nikolai reads Countess Marya's
diary of the children (corpus ../war_and_peace/tom4.txt, characters 582894–586658).

Annotated for dates only, by reading before any pipeline run (third dates probe, issue 12 item 2,
dates13), against GUIDELINES.md sections 3, 8.4, 8.5 and the decisions of 9.8, 9.11, 9.26 and 9.30.
`воспоминаниях 12-го года`: a year with the century unsaid and no other year in the passage to make
it certain, `XX12` (8.5, as `весной тридцать шестого года` → `XX36-SP`). The diary is quoted: `4
декабря.` heads its entry (9.11: the day of writing, `XXXX-12-04`, no year); the diarist's
`Нынче` with a past verb is 'today' (9.30), counted from that heading as a diarist's `сегодня`
(9.11): `XXXX-12-04`; the diarist's `вечером` alone in the entry is a date of the entry's day with
the part of the day (8.5's diary exception): `XXXX-12-04TEV`. `5-го декабря было записано` names the
next entry's day, `XXXX-12-05`. Nikolai's `А я нынче скверно себя вел` (past: 'today', in direct
speech) is `XXXX-XX-XX` (8.5, 9.30). Not dates: `после ужина` (an event), `по вечерам` (a habit),
`теперь`, `в первый раз`, `всегда`.
"""
SOURCE = ("../war_and_peace/tom4.txt", 582894, 586658)
LAYERS = ("dates",)  # a dates probe: no entities, mentions or events annotated

ENTITIES = []
MENTIONS = []
EVENTS = []

# context, value, mod
DATES = [
    ("воспоминаниях [12-го года]", "XX12", None),
    ("«[4 декабря]. Нынче", "XXXX-12-04", None),
    ("декабря. [Нынче] Андрюша", "XXXX-12-04", None),
    ("когда я [вечером] дала", "XXXX-12-04TEV", None),
    ("[5-го декабря] было записано", "XXXX-12-05", None),
    ("А я [нынче] скверно", "XXXX-XX-XX", None),
]
