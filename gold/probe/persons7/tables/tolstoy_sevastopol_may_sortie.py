"""Tolstoy, «Севастополь в мае», chapter 5 to its close before the ride: the infantry officer at Kalugin's, the sortie announced, Pest and Praskukhin ride off, Kalugin and Galtsin at the window.

Annotated by reading before any pipeline run; development probe (issue 12, coref12).
Persons and pronoun/zero mentions only, against GUIDELINES.md 2, 8.2–8.3; doubts in 9.28.
Named: `Калугин`, `Гальцин`, `Пест` (the junker baron: `юнкер, который` is he), `Праскухин`,
`Нефердов`, and `генерал NN` (the hidden name, PER `NN`, as 9.20). The infantry officer has no
name: his mentions are null (also the polite plural `им` of him in reported speech). `к его
превосходительству` is the fixed title of the general: its `его` is no mention (doubt in 9.28).
`Праскухиным и Нефердовым, которые ... к своим местам`, `Праскухин и Пест ... себя` and
`говорили они` (Kalugin and Galtsin) are groups named separately: null (8.2). `Это наша или
его?` — the enemy's (a group of persons, 9.20): null. `Богом` is God (9.12); `Т. полком` is a
regiment. Indefinite `ему говорили`, `не могут послать`, `как ее зовут` (a star) are no mentions.
"""
SOURCE = ("tolstoy_sevastopol_1855_05.txt", 27133, 31028)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("от генерала [NN]", "PER", None, "NN", "nn"),
    ("[Калугин] встал", "PER", None, "Калугин", "kalugin"),
    ("к [Гальцину]", "PER", None, "Гальцин", "galtsin"),
    ("сказал [Калугин] с той же", "PER", None, "Калугин", "kalugin"),
    ("сказал [Калугин], выходя", "PER", None, "Калугин", "kalugin"),
    ("отвечал [Калугин] с таинственной", "PER", None, "Калугин", "kalugin"),
    ("сказал барон [Пест], -- ведь", "PER", None, "Пест", "pest"),
    ("сказал [Праскухин], надевая", "PER", None, "Праскухин", "praskukhin"),
    ("сказал барон [Пест], с замиранием", "PER", None, "Пест", "pest"),
    ("с [Праскухиным] и", "PER", None, "Праскухин", "praskukhin"),
    ("и [Нефердовым]", "PER", None, "Нефердов", "neferdov"),
    ("прокричал [Калугин] из окошка", "PER", None, "Калугин", "kalugin"),
    ("когда [Праскухин] и Пест", "PER", None, "Праскухин", "praskukhin"),
    ("Праскухин и [Пест], нагнувшись", "PER", None, "Пест", "pest"),
    ("сказал [Гальцин], лежа", "PER", None, "Гальцин", "galtsin"),
    ("лежа с [Калугиным]", "PER", None, "Калугин", "kalugin"),
    ("([Гальцин] сделал", "PER", None, "Гальцин", "galtsin"),
    ("и [Калугин], как человек", "PER", None, "Калугин", "kalugin"),
    ("сказал [Калугин], обращая", "PER", None, "Калугин", "kalugin"),
    ("князь [Гальцин] после", "PER", None, "Гальцин", "galtsin"),
    ("отвечал [Калугин], очень", "PER", None, "Калугин", "kalugin"),
    ("что [Гальцин] ни за что", "PER", None, "Гальцин", "galtsin"),
]

# context, kind, referent
MENTIONS = [
    ("спросил [он], робея", P, None),
    ("ли [им] подождать", P, None),
    ("попросив [его] сесть", P, None),
    ("на [него] больше", P, None),
    ("с [своей] персоной", P, None),
    ("перед [ним].", P, None),
    ("провожая [его] к двери", P, None),
    ("не отвечал [ему]:", P, "praskukhin"),
    ("[он] сам должен", P, "praskukhin"),
    ("идти ли [ему]", P, "praskukhin"),
    ("[которые] тоже", P, None),
    ("к [своим] местам", P, None),
    ("воображая [себя]", P, None),
    ("юнкер, [который]", P, "pest"),
    ("что [ему] говорили", P, "pest"),
    ("хотя [он] был только", P, "galtsin"),
    ("считавший [свои]", P, "kalugin"),
    ("наша или [его]?", P, None),
    ("говорили [они]", P, None),
    ("внимание [своего] гостя", P, "kalugin"),
    ("что [его] ни в каком", P, "galtsin"),
]

DATES = []
EVENTS = []
