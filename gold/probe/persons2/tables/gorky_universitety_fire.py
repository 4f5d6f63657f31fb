"""Gorky, «Мои университеты», after the fire in the village: Romas, Pankov, Barinov and the narrator.

Annotated by reading before any pipeline run; development probe, tuned on (issue 12, coref7).
Persons and pronoun/zero mentions only, against GUIDELINES.md 2, 8.2–8.3; doubts in 9.15.
Ромась is also called by his byname Хохол (one person, 8.3); Панков is also addressed by first
name and patronymic (Михайло Антонов, Михаил Антоныч). The narrator is named (Максимыч); his
`я` is no mention.
"""
SOURCE = ("gorky_moi_universitety.txt", 208249, 211999)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("Ты, [Михайло Антонов]", "PER", None, "Михайло Антонов", "pankov"),
    ("Идемте, [Максимыч]", "PER", None, "Максимыч", "narrator"),
    ("сказал [Ромась] и, вынув", "PER", None, "Ромась", "romas"),
    ("когда [Кузьмин], идя", "PER", None, "Кузьмин", "kuzmin"),
    ("сказал [Хохол], вздохнув", "PER", None, "Хохол", "romas"),
    ("дело, — сказал [Ромась]", "PER", None, "Ромась", "romas"),
    ("Пришел [Панков]", "PER", None, "Панков", "pankov"),
    ("спросил [Хохол]", "PER", None, "Хохол", "romas"),
    ("[Панков] пожал", "PER", None, "Панков", "pankov"),
    ("делать, [Михаил Антоныч]", "PER", None, "Михаил Антоныч", "pankov"),
    ("сказал [Панков], — пойдем", "PER", None, "Панков", "pankov"),
    ("дверях [Панков] обернулся", "PER", None, "Панков", "pankov"),
    ("наклонился [Баринов]", "PER", None, "Баринов", "barinov"),
    ("Иди, [Хохол] тебя", "PER", None, "Хохол", "romas"),
    ("голос [Мигуна]", "PER", None, "Мигун", "migun"),
    ("ответил [Баринов]", "PER", None, "Баринов", "barinov"),
    ("Тоже и [Мигуну]", "PER", None, "Мигун", "migun"),
    ("[Ромась] встретил", "PER", None, "Ромась", "romas"),
    ("— [Панков] предлагает", "PER", None, "Панков", "pankov"),
    ("сонно спросил [Ромась]", "PER", None, "Ромась", "romas"),
]

# context, kind, referent
MENTIONS = [
    ("колом, [он] устало", P, "romas"),
    ("рядом с [ним]", P, "romas"),
    ("что-то, [он], не взглянув", P, "romas"),
    ("взглянув на [него]", P, "kuzmin"),
    ("[Помолчали], странно", Z, None),
    ("[Пошли]. В дверях", Z, None),
    ("А то и нарочно [спустит]", Z, None),
    ("зла, [ему] и помнить", P, None),
    ("сзади меня, [он] ворчал", P, "barinov"),
    ("десять, [сказал], вздохнув", Z, "barinov"),
    ("Рыбу воровать [собирается]", Z, "migun"),
    ("одни, [он] сказал хмуро", P, "romas"),
    ("остаться у [него]", P, "pankov"),
    ("[Он] хочет лавку", P, "pankov"),
    ("я продал [ему]", P, "pankov"),
    ("[Он] лег на пол", P, "romas"),
    ("надо. [Они] только глупы", P, None),
    ("Слова [его] не утешали", P, "romas"),
]

DATES = []
EVENTS = []
