"""Gorky, «Детство», close of chapter IX: Petrovna finds uncle Pyotr dead in the garden, the police in the kitchen.

Annotated by reading before any pipeline run; development probe (issue 12, coref10).
Persons and pronoun/zero mentions only, against GUIDELINES.md 2, 8.2–8.3; doubts in 9.22.
`Петровна`; `дядя Пётр` (`Пётр`, the coachman, `покойник`), whom the round man's account
(`имя-прозвище его`, `родом он из Елатьмы`) is about; `Валей`; `Немой`, a byname used as a name
(8.3); `Каширины`, the family (a plural family name, its own cluster); the saint on the coin,
`Георгия Победоносца`, a named person (as 9.12). The grandfather and the grandmother are not
named here, nor the policeman (`полицейский`, `будочник`, `служивый`): their pronouns are null.
"""
SOURCE = ("gorky_detstvo.txt", 206461, 210174)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("стекла [Георгия Победоносца]", "PER", None, "Георгий Победоносец", "georgy"),
    ("и [Петровна] оглушительно", "PER", None, "Петровна", "petrovna"),
    ("у [Кашириных] в саду", "PER", None, "Каширины", "kashiriny"),
    ("выла [Петровна]", "PER", None, "Петровна", "petrovna"),
    ("лежал дядя [Пётр]", "PER", None, "Пётр", "petr"),
    ("в коленях [Петра]", "PER", None, "Пётр", "petr"),
    ("непрерывно кричала [Петровна]", "PER", None, "Петровна", "petrovna"),
    ("куда-то [Валея]", "PER", None, "Валей", "valey"),
    ("забор от [Петровны]", "PER", None, "Петровна", "petrovna"),
    ("А [Немой] — вовсе", "PER", None, "Немой", "nemoy"),
    ("вздыхала [Петровна]", "PER", None, "Петровна", "petrovna"),
]

# context, kind, referent
MENTIONS = [
    ("и толстый, [он] сидел", P, None),
    ("спрашивала [его]", P, None),
    ("— [он] отвечал", P, None),
    ("будочника, [она] снова", P, "petrovna"),
    ("но [он] схватил", P, None),
    ("схватил [её] за юбку", P, "petrovna"),
    ("порог, [она] упала", P, "petrovna"),
    ("руку к [нему]", P, None),
    ("лежит [он]…", P, "petr"),
    ("ухом у [него]", P, "petr"),
    ("обтаял, [его] маленькое", P, "petr"),
    ("стороны от [него]", P, "petr"),
    ("Но вдруг [нахмурился]", Z, None),
    ("под ноги [себе]", P, None),
    ("со [своей] дрянью", P, None),
    ("люди, [они] лезли", P, None),
    ("Что [он] сделал", P, "petr"),
    ("; [она] ответила", P, None),
    ("имя-прозвище [его]", P, "petr"),
    ("родом [он] из", P, "petr"),
    ("Церкви [они] грабили", P, None),
    ("главное [их] мастерство", P, None),
]

DATES = []
EVENTS = []
