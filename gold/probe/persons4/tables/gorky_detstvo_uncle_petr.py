"""Gorky, «Детство», chapter IX: uncle Pyotr the carter, his horse, his disputes with the grandfather, the shooting gentleman.

Annotated by reading before any pipeline run; development probe (issue 12, coref9).
Persons and pronoun/zero mentions only, against GUIDELINES.md 2, 8.2–8.3; doubts in 9.20.
Uncle Pyotr is `дядя Пётр` throughout (span `Пётр`, 8.3) and `Петрушка` in the countess's
address; the grandfather is `дед`, named once, by Pyotr's address (`Василь Васильев`); the
narrator is named once, by the grandfather's address (`Лексей`). The lodger `Хорошее Дело` is a
byname used as his name (8.3). The horse (`Танька`, `она`) is an animal: no entity, no mention.
The shooting gentleman has no name: his mentions are null; so are the mentions of Pyotr and the
grandfather together (`они`, named separately, 8.2).
"""
SOURCE = ("gorky_detstvo.txt", 180045, 183744)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("отъезда [Хорошего Дела]", "PER", None, "Хорошее Дело", "khoroshee_delo"),
    ("подружился дядя [Пётр]", "PER", None, "Пётр", "petr"),
    ("барыня-графиня, [Татьян, свет, Лексевна]", "PER", None, "Татьяна Алексеевна", "countess"),
    ("Тебе, [Петрушка], рыбу", "PER", None, "Петрушка", "petr"),
    ("Дядя [Пётр] относился", "PER", None, "Пётр", "petr"),
    ("Никак, [Василь Васильев], никак", "PER", None, "Василь Васильев", "ded"),
    ("Дядя [Пётр] тоже", "PER", None, "Пётр", "petr"),
    ("доставалось — [Авессалому]", "PER", None, "Авессалом", "absalom"),
    ("а дядя [Пётр] утверждал", "PER", None, "Пётр", "petr"),
    ("Но дядя [Пётр], окружаясь", "PER", None, "Пётр", "petr"),
    ("Уйди, [Лексей]!", "PER", None, "Лексей", "narrator"),
    ("[Пётр] очень любил", "PER", None, "Пётр", "petr"),
    ("что, дядя [Пётр]?", "PER", None, "Пётр", "petr"),
    ("бок [Хорошего Дела]", "PER", None, "Хорошее Дело", "khoroshee_delo"),
]

# context, kind, referent
MENTIONS = [
    ("[Он] был похож", P, "petr"),
    ("но был [он] ниже", P, "petr"),
    ("весь меньше [его]", P, "ded"),
    ("; [он] походил", P, "petr"),
    ("Лицо у [него]", P, "petr"),
    ("волосы [его] курчавились", P, "petr"),
    ("кольцами; [он] курил", P, "petr"),
    ("речь [его] была", P, "petr"),
    ("Говорил [он] жужжащим", P, "petr"),
    ("что [он] насмешничает", P, "petr"),
    ("время [она] говорит", P, "countess"),
    ("Дед сказал [ему]", P, "petr"),
    ("Писания, [они] всегда", P, None),
    ("святее; [осуждали]", Z, None),
    ("по двору, [он] всегда", P, "petr"),
    ("[Он] был словоохотлив", P, "petr"),
    ("глаза [его] наливались", P, "petr"),
    ("сидит [он] где-нибудь", P, "petr"),
    ("как [его] племянник", P, "petr"),
    ("говорил [он] глухо", P, "petr"),
    ("по праздникам [он] садился", P, None),
    ("прохожих, [которые]", P, None),
    ("не нравились [ему]", P, None),
    ("Однажды [он] осеял", P, None),
    ("уговаривать [его] жаловаться", P, "khoroshee_delo"),
    ("но [он] сказал, отбросив", P, "khoroshee_delo"),
]

DATES = []
EVENTS = []
