"""Tolstoy, «Война и мир», volume 2, part 5, chapters VI–VII: Marya Dmitrievna receives the Rostovs in
Moscow and plans the next days (corpus ../war_and_peace/tom2.txt, characters 639114–643007).

Annotated for dates only, by reading before any pipeline run (third dates probe, issue 12 item 2,
dates13), against GUIDELINES.md sections 3, 8.4, 8.5 and the decisions of 9.8, 9.11, 9.26 and 9.30.
No date is in force anywhere: every relative date is unanchored. `завтра` in direct speech
`XXXX-XX-XX` (8.5). `в середу` (old spelling of `в среду`) in direct speech is a weekday with no
day in force, `XXXX-WXX-3` (9.11). `Намедни` ('the other day') with a past verb names the days just
before the moment of speaking as `на днях видел` does: `PAST_REF` (9.30). `на денек` ('for a day')
is a duration of one unit as `целую неделю`, `на одни сутки` (8.5, 9.26): `денек` `P1D`. `на днях`
in `должен был приехать на днях` is the arrival expected soon after the moment told: `FUTURE_REF`
(9.30). `На другой день утром`: the part of the day after the counted day is inside its span
(9.26's `другой день утром`), `XXXX-XX-XX` with no day in force, as `На другой день` in VII.
Not dates: `со дня на день` (an idiom, 'any day now', 9.30), `Давно`, `Теперь`, `после`, `нынче`
meaning 'nowadays' (`нынче рукава`, `нынче, что день – новая мода`: present, 9.30), `что день`
(every day, a frequency), `с таких лет` (an age), `во время ополчения` (an event, 3.1).
"""
SOURCE = ("../war_and_peace/tom2.txt", 639114, 643007)
LAYERS = ("dates",)  # a dates probe: no entities, mentions or events annotated

ENTITIES = []
MENTIONS = []
EVENTS = []

# context, value, mod
DATES = [
    ("– [завтра] что̀ же тебе надо", "XXXX-XX-XX", None),
    ("у меня в [середу]", "XXXX-WXX-3", None),
    ("– [завтра] свожу к Иверской", "XXXX-XX-XX", None),
    ("[Намедни] княжна", "PAST_REF", None),
    ("в Марьинское на [денек]", "P1D", None),
    ("На [другой день утром] Марья", "XXXX-XX-XX", None),
    ("приехать [на днях] и взять", "FUTURE_REF", None),
    ("Ты [завтра] с отцом", "XXXX-XX-XX", None),
    ("На [другой день], по совету", "XXXX-XX-XX", None),
]
