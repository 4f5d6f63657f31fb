"""Gorky, «Мои университеты», the village seen by night: the watchmakers' sign, the peasants'
quarrels, the lads' attacks (corpus gorky_moi_universitety.txt, characters 164456–168390).

Annotated by reading before any pipeline run; development probe, tuned on (issue 12, narr7),
against GUIDELINES.md sections 1–8 and 9.13. Doubtful cases in GUIDELINES section 9.14. `Хохол`
is the byname of Romas used as a name (8.3), his cluster. The narrator is not named (8.2). No
date is absolute, so no time is inferred. MENTIONS are the pronouns that are event arguments
(this is an events probe).
"""
SOURCE = ("gorky_moi_universitety.txt", 164456, 168390)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("не любят [Хохла]", "PER", None, "Хохол", "romas"),
    ("Хохла, [Панкова] и", "PER", None, "Панков", "pankov"),
    ("«[Ф. Калугин] и", "PER", None, "Ф. Калугин", "kalugin"),
    ("Калугин и [З. Небей]\n", "PER", None, "З. Небей", "nebei"),
    ("сидит [Ф. Калугин]", "PER", None, "Ф. Калугин", "kalugin"),
    ("окна — [З. Небей]", "PER", None, "З. Небей", "nebei"),
    ("берегу [Волги]", "LOC", "LOCATION", "Волга", "volga"),
    ("На [Украине]", "LOC", "LOCATION", "Украина", "ukraine"),
    ("рассказывает [Ромась]", "PER", None, "Ромась", "romas"),
    ("говорил [Ромасю]", "PER", None, "Ромась", "romas"),
]

# context, value, mod
DATES = [
    ("В [воскресенье] поп", "XXXX-WXX-7", None),
]

# context, kind, referent
MENTIONS = [
    ("[они] больше и охотнее", P, None),
    ("[они] и ходят", P, None),
    ("раза три [они]", P, None),
    ("[он] сам догадался", P, "romas"),
]

# trigger context, type, polarity, modality, [(role, argument context), ...]
EVENTS = [
    ("надоедливо [жалуются]", "COMMUNICATION", "positive", "possible", []),
    ("[Уходя], я", "MOVEMENT", "positive", "asserted", []),
    ("часто [жалуются]", "COMMUNICATION", "positive", "asserted", []),
    ("всего [говорят]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "[они] больше и охотнее")]),
    ("[ругая] друг", "CONFLICT", "positive", "asserted", []),
    ("[дрались] кольями", "CONFLICT", "positive", "asserted", []),
    ("[переломили] руку", "CONFLICT", "positive", "asserted", []),
    ("[разбили] череп", "CONFLICT", "positive", "asserted", []),
    ("Такие [драки]", "CONFLICT", "positive", "asserted", []),
    ("они и [ходят] в церковь", "MOVEMENT", "positive", "asserted", [
        ("agent", "[они] и ходят")]),
    ("пробовали [побить]", "CONFLICT", "positive", "desired", [
        ("participant", "раза три [они]")]),
    ("меня [ударили]", "CONFLICT", "positive", "asserted", []),
    ("я не [говорил]", "COMMUNICATION", "negative", "asserted", [
        ("recipient", "говорил [Ромасю]")]),
    ("таких [стычках]", "CONFLICT", "positive", "asserted", []),
]
