"""Tolstoy, «Война и мир», volume 3, part 3, the end of chapter XVIII and chapter XIX: Pierre hides in
Bazdeev's house; the army retreats through Moscow on 1 and 2 September (corpus
../war_and_peace/tom3.txt, characters 661299–664833).

Annotated for dates only, by reading before any pipeline run (third dates probe, issue 12 item 2,
dates13), against GUIDELINES.md sections 3, 8.4, 8.5 and the decisions of 9.8, 9.11, 9.26 and 9.30.
No year is named in the passage: no date is in force (8.4) and values keep `XXXX`. `более двух
часов` is a count of hours, a duration (9.26) with the comparative inside, `PT2H` `MORE_THAN` (9.5).
`завтра` in direct speech `XXXX-XX-XX`. `Весь остаток этого дня` ('the whole rest of that day') names
the day told, the quantifier inside as in `целую неделю`; `в тот же вечер`, `в этот вечер` name the
evening of that day as `в ту же ночь` (8.5, 9.8); `обещал на другой день` the day after it: with no
day in force all `XXXX-XX-XX`. `1-го сентября в ночь`: a part of the day with a preposition after a
day joins its span (9.30), value the day. A clock time beside a day stays outside (8.5: clock times
are no dates): `К десяти часам утра [2-го сентября]`, `в десять часов утра [2-го сентября]`,
`[2-го сентября] в десять часов утра`. `Начиная с 26-го августа и по 2-е сентября` is a range of
days, one date (9.8), the compound preposition outside, `XXXX-08-26/XXXX-09-02`. `чем весной` names
a season (3.1, 9.30's `началась весна`): `XXXX-SP`. Not dates: `в ночь`, `ночью`, `на рассвете`
alone (parts of the day, 8.5), `на своем веку` (a lifetime), `В то время как`, `В это же время` (a
time of the clock named by the sentence, no calendar unit), `во все дни этой тревожной, этой
памятной недели` (restates the range just dated; no second date), `осенняя погода`, `осенний
пахучий воздух` (adjectives, 9.26), `от Бородинского сражения и до вступления неприятеля` (events,
3.1).
"""
SOURCE = ("../war_and_peace/tom3.txt", 661299, 664833)
LAYERS = ("dates",)  # a dates probe: no entities, mentions or events annotated

ENTITIES = []
MENTIONS = []
EVENTS = []

# context, value, mod
DATES = [
    ("Прошло [более двух часов]", "PT2H", "MORE_THAN"),
    ("что [завтра] будет сражение", "XXXX-XX-XX", None),
    ("[Весь остаток этого дня] Пьер", "XXXX-XX-XX", None),
    ("в [тот же вечер], не спрашивая", "XXXX-XX-XX", None),
    ("обещал на [другой день] приобрести", "XXXX-XX-XX", None),
    ("Алексеевич в [этот вечер] два раза", "XXXX-XX-XX", None),
    ("[1-го сентября в ночь] отдан", "XXXX-09-01", None),
    ("часам утра [2-го сентября] в Дорогомиловском", "XXXX-09-02", None),
    ("часов утра [2-го сентября], Наполеон", "XXXX-09-02", None),
    ("Начиная с [26-го августа и по 2-е сентября]", "XXXX-08-26/XXXX-09-02", None),
    ("жарче, чем [весной]", "XXXX-SP", None),
    ("[2-го сентября] в десять часов утра была", "XXXX-09-02", None),
]
