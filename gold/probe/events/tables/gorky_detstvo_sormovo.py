"""Gorky, «Детство», chapter XII: life in Sormovo, the move to the grandfather in Kunavino, the first
school (corpus gorky_detstvo.txt, lines 2491–2511).

Annotated by reading before any pipeline run, against GUIDELINES.md sections 1–8; development
probe, tuned on (issue 12, narr6). Doubtful cases in GUIDELINES section 9.13. The passage names
few persons: the mother, the stepfather, the grandfather, the teacher are common nouns (8.3), so
most events have no scored argument; the stepfather is named once (`Евгений Васильев`, in direct
speech) and his pronouns take that cluster. No date of the passage fixes a year, so no time is
inferred (8.4).
"""
SOURCE = ("gorky_detstvo.txt", 301578, 305985)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("— [Евгений Васильев], побойся", "PER", None, "Евгений Васильев", "evgeny"),
    ("жил уже в [Кунавине]", "LOC", "DISTRICT", "Кунавино", "kunavino"),
    ("кладбища [Напольной церкви]", "LOC", "FACILITY", "Напольная церковь", "church"),
    ("— [Песко-ов], перемени", "PER", None, "Песков", "peshkov"),
    ("! [Песко-ов], не вози", "PER", None, "Песков", "peshkov"),
    ("! [Песков], опять", "PER", None, "Песков", "peshkov"),
    ("петь «[Боже царя храни]»", "WORK_OF_ART", None, "Боже царя храни", "anthem"),
    ("«[Ах ты, воля, моя воля]»", "WORK_OF_ART", None, "Ах ты, воля, моя воля", "song"),
]

# context, value, mod
DATES = [
    ("[Несколько дней] я сидел", "PXD", None),
]

# context, kind, referent (None: a person the passage does not name)
MENTIONS = [
    ("я предупредил [её], что", P, None),
    ("если [она] не перестанет", P, None),
    ("я укушу [ей] руку", P, None),
    ("Всё чаще [он] ссорился", P, "evgeny"),
    ("[Он] принимал рабочих", P, "evgeny"),
    ("сказал [он], встретив", P, None),
    ("но [он] съездил", P, "evgeny"),
    ("и [его] тотчас взяли", P, "evgeny"),
    ("носа, [он] являлся", P, None),
    ("[он] так расчихался", P, None),
    ("что [ушёл] из класса", Z, None),
    ("офицера, [который] заставил", P, None),
    ("[он] щёлкал линейкой", P, None),
]

# trigger context, type, polarity, modality, [(role, argument context), ...]
EVENTS = [
    ("я [возвращался] домой", "MOVEMENT", "positive", "asserted", []),
    ("домой [избитый] мальчишками", "CONFLICT", "positive", "asserted", []),
    ("[драка] была любимым", "CONFLICT", "positive", "asserted", []),
    ("Мать [хлестала] меня", "CONFLICT", "positive", "asserted", []),
    ("но [наказание] ещё", "CONFLICT", "positive", "asserted", []),
    ("я [бился] с ребятишками", "CONFLICT", "positive", "asserted", []),
    ("мать [наказывала] меня", "CONFLICT", "positive", "asserted", []),
    ("я [предупредил] её", "COMMUNICATION", "positive", "asserted", [
        ("recipient", "я предупредил [её], что")]),
    ("не перестанет [бить]", "CONFLICT", "positive", "conditional", [
        ("participant", "если [она] не перестанет")]),
    ("я [укушу] ей руку", "CONFLICT", "positive", "conditional", [
        ("participant", "я укушу [ей] руку")]),
    ("[убегу] в поле", "MOVEMENT", "positive", "conditional", []),
    ("там [замёрзну]", "DEATH", "positive", "conditional", []),
    ("Всё чаще он [ссорился]", "CONFLICT", "positive", "asserted", [
        ("participant", "Всё чаще [он] ссорился")]),
    ("Во время [ссор]", "CONFLICT", "positive", "asserted", []),
    ("не могу [пригласить]", "COMMUNICATION", "negative", "asserted", []),
    ("десятками [являлись] рабочие", "MEETING", "positive", "asserted", []),
    ("Он [принимал] рабочих", "MEETING", "positive", "asserted", [
        ("participant", "[Он] принимал рабочих")]),
    ("как матери [родить]", "BIRTH", "positive", "asserted", []),
    ("меня [отвели] к деду", "MOVEMENT", "positive", "asserted", []),
    ("он, [встретив] меня", "MEETING", "positive", "asserted", [
        ("participant", "сказал [он], встретив")]),
    ("[приехали] бабушка", "MOVEMENT", "positive", "asserted", []),
    ("вотчима [прогнали] с завода", "EMPLOYMENT", "positive", "asserted", []),
    ("но он [съездил]", "MOVEMENT", "positive", "asserted", [
        ("agent", "но [он] съездил")]),
    ("его тотчас [взяли]", "EMPLOYMENT", "positive", "asserted", [
        ("agent", "и [его] тотчас взяли")]),
    ("меня снова [переселили]", "MOVEMENT", "positive", "asserted", []),
    ("же [сунула] меня в школу", "EDUCATION", "positive", "asserted", []),
    ("Я [пришёл] туда", "MOVEMENT", "positive", "asserted", []),
    ("он [являлся] в класс", "MOVEMENT", "positive", "asserted", [
        ("agent", "носа, [он] являлся")]),
    ("Сторож [отвёл] меня", "MOVEMENT", "positive", "asserted", []),
    ("что [ушёл] из класса", "MOVEMENT", "positive", "asserted", [
        ("agent", "что [ушёл] из класса")]),
    ("который [заставил] весь класс", "COMMUNICATION", "positive", "asserted", [
        ("agent", "офицера, [который] заставил")]),
    ("он [щёлкал] линейкой", "CONFLICT", "positive", "asserted", [
        ("participant", "[он] щёлкал линейкой")]),
]
