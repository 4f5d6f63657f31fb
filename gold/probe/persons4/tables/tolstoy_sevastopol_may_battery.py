"""Tolstoy, «Севастополь в мае», chapter 9: Kalugin at the bastion's blindage, the naval captain, the general's order to Praskukhin.

Annotated by reading before any pipeline run; development probe (issue 12, coref9).
Persons and pronoun/zero mentions only, against GUIDELINES.md 2, 8.2–8.3; doubts in 9.20.
Several men of one gender in one scene: `Калугин`, the general of the bastion (`генерал NN`,
the letters standing for a hidden name, as 9.15), the naval captain (no name: null), his
lieutenant `Карц` (`молодой лейтенант`), `Праскухин`. `Георгием` is the order of St George,
no person. The battalion and the regiment of the general's order are groups of persons
(9.15): their pronouns are null; so is `они` of Kalugin and the lieutenant together (8.2).
"""
SOURCE = ("tolstoy_sevastopol_1855_05.txt", 46339, 50122)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("оставалось [Калугину]", "PER", None, "Калугин", "kalugin"),
    ("[Калугин] выпил", "PER", None, "Калугин", "kalugin"),
    ("генерал [NN]", "PER", None, "NN", "nn"),
    ("был и [Праскухин]", "PER", None, "Праскухин", "praskukhin"),
    ("[Калугин] решительно", "PER", None, "Калугин", "kalugin"),
    ("продолжал [Калугин]", "PER", None, "Калугин", "kalugin"),
    ("лейтенант [Карц]", "PER", None, "Карц", "karts"),
    ("удивил [Калугина]", "PER", None, "Калугин", "kalugin"),
    ("Но [Калугин] не сообразил", "PER", None, "Калугин", "kalugin"),
    ("[Калугина] еще", "PER", None, "Калугин", "kalugin"),
    ("ее [Калугину]", "PER", None, "Калугин", "kalugin"),
    ("блиндажу, [Калугин] наткнулся", "PER", None, "Калугин", "kalugin"),
    ("Ротмистр [Праскухин]", "PER", None, "Праскухин", "praskukhin"),
    ("И [Праскухин] рысью", "PER", None, "Праскухин", "praskukhin"),
]

# context, kind, referent
MENTIONS = [
    ("на [него] нашло", P, "kalugin"),
    ("и [ему] нужно", P, "kalugin"),
    ("усилие над [собою]", P, "kalugin"),
    ("когда [он] ему передал", P, "kalugin"),
    ("когда он [ему] передал", P, "nn"),
    ("в числе [которых]", P, None),
    ("как [он] два раза", P, "kalugin"),
    ("позволил [себя]", P, "kalugin"),
    ("; [он] сердился", P, "kalugin"),
    ("сердился на [себя]", P, "kalugin"),
    ("и [ему] хотелось", P, "kalugin"),
    ("испытать [себя]", P, "kalugin"),
    ("-- сказал [он] морскому", P, "kalugin"),
    ("Георгием, [который]", P, None),
    ("дать [ему] рабочих", P, None),
    ("на [его] батарее", P, None),
    ("-- сказал [он], -- нельзя", P, None),
    ("отказ [его]", P, None),
    ("подумал [он]", P, "kalugin"),
    ("-- сказал [он] несколько", P, "kalugin"),
    ("капитану, [который], однако", P, None),
    ("на [его] слова", P, "kalugin"),
    ("того, что [он] в разные", P, "kalugin"),
    ("для [него] силу", P, None),
    ("и [он] смотрел", P, None),
    ("иначе: [исполнял]", Z, None),
    ("точности [свою]", P, None),
    ("как мало [ему]", P, None),
    ("с [которым] они", P, "kalugin"),
    ("с которым [они]", P, None),
    ("генерала, [который] с", P, "nn"),
    ("с [своими] ординарцами", P, "nn"),
    ("М. полка, [который] там", P, None),
    ("чтоб [он] оставил", P, None),
    ("к [своему] полку", P, None),
    ("полку, [который] стоит", P, None),
]

DATES = []
EVENTS = []
