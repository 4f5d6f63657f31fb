"""Gorky, «Детство», chapter I: the father's burial in the rain, the drive back, the steamer
where the newborn brother Maxim has died, the sailor in the cabin (corpus gorky_detstvo.txt,
characters 4006–7817).

Annotated by reading before any pipeline run; development probe (issue 12, narr11), against
GUIDELINES.md sections 4, 5, 8.6, 8.7 and the decisions of 9.13, 9.14, 9.17, 9.19, 9.21, 9.22.
Doubtful cases in GUIDELINES section 9.25. The narrator is named once (`Лёня`, the grandmother
calling him): his pronouns are of that cluster. The mother is named in a spoken line (`Варя`);
the grandmother, the sailor and the policeman are never named (no arguments). Burying (`опустили
гроб`, `хоронить`, `зароют`) is of no type; speech verbs tagging a quoted line are no events (8.6).
MENTIONS are the pronouns that are event arguments (this is an events probe).
"""
SOURCE = ("gorky_detstvo.txt", 4006, 7817)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("Отойди, [Лёня]", "PER", None, "Лёня", "narrator"),
    ("брат мой [Максим]", "PER", None, "Максим", "maxim"),
    ("[Варя], ты бы", "PER", None, "Варя", "varya"),
    ("— [Саратов], — неожиданно", "LOC", "CITY", "Саратов", "saratov"),
    ("чужие: [Саратов], матрос", "LOC", "CITY", "Саратов", "saratov"),
    ("А [Саратов] — кто", "LOC", "CITY", "Саратов", "saratov"),
]

# context, value, mod
DATES = [
    ("[Через несколько дней]", "XXXX-XX-XX", "APPROX"),
]

# context, kind, referent
MENTIONS = [
    ("дней [я], бабушка", P, "narrator"),
    ("говорит со [мною] шёпотом", P, "narrator"),
    ("[Я] рассказал матросу", P, "narrator"),
]

# trigger context, type, polarity, modality, [(role, argument context), ...]
EVENTS = [
    ("не хотелось [уходить]", "MOVEMENT", "negative", "desired", []),
    ("и [повела] к далёкой", "MOVEMENT", "positive", "asserted", []),
    ("когда [вышла] за ограду", "MOVEMENT", "positive", "asserted", []),
    ("Потом мы [ехали] по широкой", "MOVEMENT", "positive", "asserted", []),
    ("и мать [ехали] на пароходе", "MOVEMENT", "positive", "asserted", [
        ("agent", "дней [я], бабушка"), ("time", "[Через несколько дней]")]),
    ("Максим [умер]", "DEATH", "positive", "asserted", [
        ("patient", "брат мой [Максим]")]),
    ("Бабушка [говорит] со мною", "MEETING", "positive", "asserted", [
        ("participant", "говорит со [мною] шёпотом")]),
    ("[Вошёл] широкий", "MOVEMENT", "positive", "asserted", []),
    ("обе они [исчезли]", "MOVEMENT", "positive", "asserted", []),
    ("Что, [отошёл] братишка", "DEATH", "positive", "asserted", []),
    ("куда бабушка [ушла]", "MOVEMENT", "positive", "asserted", []),
    ("Я [рассказал] матросу", "COMMUNICATION", "positive", "asserted", [
        ("agent", "[Я] рассказал матросу")]),
]
