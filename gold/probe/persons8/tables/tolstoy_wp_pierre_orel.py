"""Tolstoy, «Война и мир», volume 4, part 4, chapter XIII: Pierre at Orel after his captivity, his servants, the doctor, the Italian officer, the mason Villarsky.

Annotated by reading before any pipeline run; development probe (issue 12, coref13).
Persons and pronoun/zero mentions only, against GUIDELINES.md 2, 8.2-8.3; doubts in 9.33.
Named: `Пьер` (also `Безухов`: one man), `Терентий`, `Васька`, `Наполеон`, `Вилларский` (`граф
Вилларский`: the title outside). The doctor, the Italian officer, the princess (`княжна`) and
the late count (`о покойном графе`) have no name in the passage: their mentions are null.
`Они находили` (Terenty and Vaska, named separately), the prisoners (`одного из них`) and the
French (`против них`) are groups: null. Pierre's question `как же вы доставали себе еду` has the
addressed `вы` as subject of `себе`: a person's reflexive, null (as 9.12's `вы ... своему`).
`тот самый, который` stands alone for Villarsky (as 9.24). A subordinate clause's unwritten
subject (`несмотря на то, что ... считал`; `хотя и никогда не был`) is a zero mention (9.24;
the second a doubt in 9.33). `стоят` (the text's misprint for `стоял`) shares Terenty's written
subject. `любовался ими` (the sides of his soul), `которые выражал` (feelings) are no persons.
"""
SOURCE = ("../war_and_peace/tom4.txt", 421985, 425504)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("происшедшая в [Пьере]", "PER", None, "Пьер", "pierre"),
    ("[Терентием] и Васькой", "PER", None, "Терентий", "terenty"),
    ("Терентием и [Васькой]", "PER", None, "Васька", "vaska"),
    ("[Терентий] часто", "PER", None, "Терентий", "terenty"),
    ("частью [Пьер] останавливал", "PER", None, "Пьер", "pierre"),
    ("останавливал [Терентия]", "PER", None, "Терентий", "terenty"),
    ("И [Терентий] начинал", "PER", None, "Терентий", "terenty"),
    ("рассказы [Пьера], и", "PER", None, "Пьер", "pierre"),
    ("лечивший [Пьера]", "PER", None, "Пьер", "pierre"),
    ("часами у [Пьера]", "PER", None, "Пьер", "pierre"),
    ("стал ходить к [Пьеру]", "PER", None, "Пьер", "pierre"),
    ("итальянец к [Пьеру]", "PER", None, "Пьер", "pierre"),
    ("мог приходить к [Пьеру]", "PER", None, "Пьер", "pierre"),
    ("на [Наполеона]", "PER", None, "Наполеон", "napoleon"),
    ("говорил он [Пьеру]", "PER", None, "Пьер", "pierre"),
    ("итальянца [Пьер] теперь", "PER", None, "Пьер", "pierre"),
    ("пребывания [Пьера] в Орле", "PER", None, "Пьер", "pierre"),
    ("граф [Вилларский]", "PER", None, "Вилларский", "villarsky"),
    ("[Вилларский] был женат на", "PER", None, "Вилларский", "villarsky"),
    ("что [Безухов] в Орле", "PER", None, "Безухов", "pierre"),
    ("Орле, [Вилларский], хотя", "PER", None, "Вилларский", "villarsky"),
    ("[Вилларский] скучал", "PER", None, "Вилларский", "villarsky"),
    ("[Вилларский] заметил", "PER", None, "Вилларский", "villarsky"),
    ("что [Пьер] очень отстал", "PER", None, "Пьер", "pierre"),
    ("определял [Пьера]", "PER", None, "Пьер", "pierre"),
    ("[Вилларскому] было", "PER", None, "Вилларский", "villarsky"),
    ("приятнее с [Пьером]", "PER", None, "Пьер", "pierre"),
    ("[Пьеру] же", "PER", None, "Пьер", "pierre"),
    ("глядя на [Вилларского]", "PER", None, "Вилларский", "villarsky"),
    ("[Вилларский] был женат, семейный", "PER", None, "Вилларский", "villarsky"),
    ("И [Пьер], не стараясь", "PER", None, "Пьер", "pierre"),
]

# context, kind, referent
MENTIONS = [
    ("и [его] слугами", P, "pierre"),
    ("[Они] находили", P, None),
    ("что [он] много", P, "pierre"),
    ("что [ему] хочется", P, "terenty"),
    ("доставали [себе]", P, None),
    ("спрашивал [он]", P, "pierre"),
    ("близости к [себе]", P, "terenty"),
    ("дружелюбия к [нему]", P, "pierre"),
    ("навещавший [его]", P, "pierre"),
    ("[считал] своим", Z, None),
    ("считал [своим]", P, None),
    ("минута [которого]", P, None),
    ("рассказывая [свои]", P, None),
    ("говорил [он].", P, None),
    ("одного из [них]", P, None),
    ("когда [он] мог", P, None),
    ("рассказывать [ему]", P, "pierre"),
    ("про [свое] прошедшее", P, None),
    ("про [свою] домашнюю", P, None),
    ("про [свою] любовь", P, None),
    ("изливать [ему]", P, "pierre"),
    ("ему [свое] негодование", P, None),
    ("говорил [он] Пьеру", P, None),
    ("против [них]", P, None),
    ("тем, что [он] вызывал", P, "pierre"),
    ("вызывал в [нем]", P, None),
    ("стороны [его] души", P, None),
    ("к [нему] приехал", P, "pierre"),
    ("приехал [его] старый", P, "pierre"),
    ("[тот] самый, который", P, "villarsky"),
    ("тот самый, [который]", P, "villarsky"),
    ("вводил [его] в ложу", P, "pierre"),
    ("никогда не [был]", Z, "villarsky"),
    ("знаком с [ним]", P, "pierre"),
    ("приехал к [нему] с", P, "pierre"),
    ("одного с [собой]", P, "villarsky"),
    ("как [он] полагал", P, "villarsky"),
    ("к удивлению [своему]", P, "villarsky"),
    ("как [он] сам с", P, "villarsky"),
    ("сам с [собою]", P, "villarsky"),
    ("говорил [он] ему", P, "villarsky"),
    ("говорил он [ему]", P, "pierre"),
    ("и [он] каждый день", P, "villarsky"),
    ("бывал у [него]", P, "pierre"),
    ("слушая [его]", P, "villarsky"),
    ("что [он] сам очень", P, "pierre"),
    ("[Он] считал", P, "villarsky"),
    ("благо [его] и семьи", P, "villarsky"),
    ("поглощали [его]", P, "villarsky"),
    ("изменить [его]", P, "villarsky"),
    ("осуждая [его]", P, "villarsky"),
    ("с [своей] теперь", P, "pierre"),
    ("знакомое [ему]", P, "pierre"),
]

DATES = []
EVENTS = []
