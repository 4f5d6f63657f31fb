"""Gorky, «Мои университеты»: the first dinner at Romas's in the village, Izot, the shop at night, Migun outside, Romas on learning from people and on loving the people.

Annotated by reading before any pipeline run; development probe (issue 12, coref11).
Persons and pronoun/zero mentions only, against GUIDELINES.md 2, 8.2–8.3; doubts in 9.24.
Named: `Ромась` (addressed by Izot as `Михайло Антонов`, the same man), `Изот`, `Баринов`,
`Кукушкин`, `Мигун`, the writers `Каронин`, `Златовратский`, `Некрасов`. The narrator is not
named here: his `я` is no mention. The muzhiks, the shopkeepers, the students, people, the
people (`народ ... его`) are groups without a name: their mentions are null; a beast's `себе`,
`себя` are no persons.
"""
SOURCE = ("gorky_moi_universitety.txt", 140925, 144376)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("сидел [Изот]", "PER", None, "Изот", "izot"),
    ("хмуро спросил [Ромась]", "PER", None, "Ромась", "romas"),
    ("При [Баринове]", "PER", None, "Баринов", "barinov"),
    ("у [Кукушкина]", "PER", None, "Кукушкин", "kukushkin"),
    ("[Ромась] заговорил", "PER", None, "Ромась", "romas"),
    ("[Изот] внимательно", "PER", None, "Изот", "izot"),
    ("смотрел на [Изота]", "PER", None, "Изот", "izot"),
    ("рассказы [Каронин]", "PER", None, "Каронин", "karonin"),
    ("и [Златовратский]", "PER", None, "Златовратский", "zlatovratsky"),
    ("[Изот], пообедав", "PER", None, "Изот", "izot"),
    ("Ты, [Михайло Антонов]", "PER", None, "Михайло Антонов", "romas"),
    ("ушел, [Ромась]", "PER", None, "Ромась", "romas"),
    ("Это — [Мигун]", "PER", None, "Мигун", "migun"),
    ("все [Некрасова]", "PER", None, "Некрасов", "nekrasov"),
    ("с [Некрасовым]", "PER", None, "Некрасов", "nekrasov"),
]

# context, kind, referent
MENTIONS = [
    ("у [него] да", P, "barinov"),
    ("вырвать [их]", P, None),
    ("выслушал [его]", P, "romas"),
    ("Когда [он] ушел", P, "izot"),
    ("едва [читает]", Z, "izot"),
    ("упрямо [учится]", Z, "izot"),
    ("помогите [ему]", P, "izot"),
    ("вечера [он] знакомил", P, "romas"),
    ("это [им] не нравится", P, None),
    ("[Делают] мне", Z, None),
    ("слышите? — [ходит]", Z, "migun"),
    ("злое животное, [он]", P, "migun"),
    ("словах с [ним]", P, "migun"),
    ("глаза, [он] пускал", P, "romas"),
    ("в бороду [себе]", P, "romas"),
    ("давно уже [заметил]", Z, "romas"),
    ("грубо [они] учат", P, None),
    ("наука [их]", P, None),
    ("Говорил [он]", P, "romas"),
    ("говорю [им]", P, None),
    ("[Усмехнулся]", Z, "romas"),
    ("заблуждениями [его]", P, None),
    ("всякой [его]", P, None),
    ("прощать [ему]", P, None),
]

DATES = []
EVENTS = []
