"""Gorky, «Детство», chapter V: the grandfather's stories of his father killed by robbers and of
the French prisoners of 1812 at Balakhna, the officer and his orderly Miron (corpus
gorky_detstvo.txt, characters 106119–110214).

Annotated by reading before any pipeline run; development probe (issue 12, narr10), against
GUIDELINES.md sections 4, 5, 8.6, 8.7 and the decisions of 9.13, 9.14, 9.17, 9.19. Doubtful cases
in GUIDELINES section 9.21. The grandfather's story is direct speech: its events are annotated
(9.17), no time is inferred (8.4); `в двенадцатом году` is 1812 (the hundreds unsaid, 8.5). The
grandfather, his father, the officer and the mothers are not named in the passage: their pronouns
are no arguments here. `Бонапарт` is named in a quoted line (PER). MENTIONS are the pronouns that
are event arguments (this is an events probe).
"""
SOURCE = ("gorky_detstvo.txt", 106119, 110214)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("приехали в [Балахну] разбойники", "LOC", "CITY", "Балахна", "balakhna"),
    ("купца [Заева]", "PER", None, "Заев", "zaev"),
    ("тогда в [Балахну] нашу", "LOC", "CITY", "Балахна", "balakhna"),
    ("Из [Нижнего] баре", "LOC", "CITY", "Нижний", "nizhny"),
    ("злодей [Бонапарт]", "PER", None, "Бонапарт", "bonaparte"),
    ("денщиком [Мироном]", "PER", None, "Мирон", "miron"),
    ("во [Волге]", "LOC", "LOCATION", "Волга", "volga"),
    ("по-за [Каспием]", "LOC", "LOCATION", "Каспий", "caspian"),
    ("денщик этот, [Мирон]", "PER", None, "Мирон", "miron"),
    ("айда, [Мирон]!", "PER", None, "Мирон", "miron"),
    ("здесь, в [Нижнем]", "LOC", "CITY", "Нижний", "nizhny"),
]

# context, value, mod
DATES = [
    ("в [двенадцатом году]", "1812", None),
    ("в [день Николы Вешнего]", "XXXX-05-09", None),
]

# context, kind, referent
MENTIONS = [
    ("звать [его]: айда", P, "miron"),
    ("[Он] усмехнётся", P, "miron"),
    ("забили [его] пожарные", P, "miron"),
]

# trigger context, type, polarity, modality, [(role, argument context), ...]
EVENTS = [
    ("задумчиво [рассказывал]", "COMMUNICATION", "positive", "asserted", []),
    ("однажды [приехали]", "MOVEMENT", "positive", "asserted", [
        ("destination", "приехали в [Балахну] разбойники")]),
    ("разбойники [грабить]", "CONFLICT", "positive", "desired", [
        ("participant", "купца [Заева]")]),
    ("отец [бросился] на колокольню", "MOVEMENT", "positive", "asserted", []),
    ("колокольню [бить] набат", "COMMUNICATION", "positive", "desired", []),
    ("[порубили] саблями", "DEATH", "positive", "asserted", []),
    ("[Пригнали] тогда", "MOVEMENT", "positive", "asserted", [
        ("destination", "тогда в [Балахну] нашу")]),
    ("насмерть [перебить]", "DEATH", "positive", "desired", []),
    ("[разогнали] мужиков", "MOVEMENT", "positive", "asserted", []),
    ("баре [приезжали]", "MOVEMENT", "positive", "asserted", [
        ("origin", "Из [Нижнего] баре")]),
    ("[приедут] и одни", "MOVEMENT", "positive", "asserted", []),
    ("одни [ругают]", "CONFLICT", "positive", "asserted", []),
    ("французам [грозят]", "CONFLICT", "positive", "asserted", []),
    ("[бивали] даже", "CONFLICT", "positive", "asserted", []),
    ("[разговаривают] мило", "MEETING", "positive", "asserted", []),
    ("французы, [бегут]", "MOVEMENT", "positive", "asserted", []),
    ("калачей [просят]", "COMMUNICATION", "positive", "asserted", []),
    ("Многие [поумирали]", "DEATH", "positive", "asserted", []),
    ("[Научился] по-нашему", "EDUCATION", "positive", "asserted", []),
    ("меня за волосья [трясла]", "CONFLICT", "positive", "asserted", []),
    ("знаками [просит]", "COMMUNICATION", "positive", "asserted", []),
    ("стали [звать] его", "COMMUNICATION", "positive", "asserted", [
        ("recipient", "звать [его]: айда")]),
    ("быком [идет]", "MOVEMENT", "positive", "asserted", [
        ("agent", "[Он] усмехнётся")]),
    ("[забили] его", "DEATH", "positive", "asserted", [
        ("patient", "забили [его] пожарные")]),
    ("Вешнего [помер]", "DEATH", "positive", "asserted", [
        ("time", "в [день Николы Вешнего]")]),
    ("так и [скончался]", "DEATH", "positive", "asserted", []),
    ("уши и [говорит] ласково", "COMMUNICATION", "positive", "asserted", []),
    ("словам [учить] меня", "EDUCATION", "positive", "asserted", []),
    ("мать [запретила]", "COMMUNICATION", "positive", "asserted", []),
    ("к попу [водила]", "MOVEMENT", "positive", "asserted", []),
    ("поп [высечь]", "CONFLICT", "positive", "desired", []),
    ("высечь [велел]", "COMMUNICATION", "positive", "asserted", []),
    ("[жаловался]", "COMMUNICATION", "positive", "asserted", []),
]
