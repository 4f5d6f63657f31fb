"""Gorky, «Несвоевременные мысли», articles XXXVI (end)–XXXVII (second, independent annotation:
annotator D).

Annotated by reading, against GUIDELINES.md sections 1–8 (section 9.7 unread), without looking at
gold/heldout/tables, its JSON or brat, and without running the pipeline on the passage. Doubts in
gold/agreement/DOUBTS.md. The passage names no year: no date in force, no inferred time (8.4).
"""
SOURCE = ("gorky_nesvoevremennye_mysli.txt", 145999, 151233)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("историю [русской революции]", "EVENT", None, "русская революция", "rus_revolution"),
    ("[Центральный Комитет с.-д. большевиков]", "ORG", None, "Центральный Комитет с.-д. большевиков", "ck"),
    ("[Центральный комитет большевиков]", "ORG", None, "Центральный комитет большевиков", "ck"),
    ("из [Петропавловской крепости]", "LOC", "FACILITY", "Петропавловская крепость", "petropavlovka"),
    ("крепости [Лениным] и", "PER", None, "Ленин", "lenin"),
    ("Лениным и [Троцким]", "PER", None, "Троцкий", "trotsky"),
    ("товарищей [М. В. Бернацкого]", "PER", None, "М. В. Бернацкий", "bernatsky"),
    ("[А. И. Коновалова]", "PER", None, "А. И. Коновалов", "konovalov"),
    ("[М. И. Терещенко]", "PER", None, "М. И. Терещенко", "tereshchenko"),
    ("[Ленин], Троцкий и сопутствующие", "PER", None, "Ленин", "lenin"),
    ("Ленин, [Троцкий] и сопутствующие", "PER", None, "Троцкий", "trotsky"),
    ("пути [Ленин] и соратники", "PER", None, "Ленин", "lenin"),
    ("под [Петербургом]", "LOC", "CITY", "Петербург", "petersburg"),
    ("разгрома [Москвы]", "LOC", "CITY", "Москва", "moscow"),
    ("делали [Плеве] и", "PER", None, "Плеве", "plehve"),
    ("Плеве и [Столыпин].", "PER", None, "Столыпин", "stolypin"),
    ("Конечно — [Столыпин] и", "PER", None, "Столыпин", "stolypin"),
    ("Столыпин и [Плеве] шли", "PER", None, "Плеве", "plehve"),
    ("честного в [России]", "LOC", "COUNTRY", "Россия", "russia"),
    ("за [Лениным] идет", "PER", None, "Ленин", "lenin"),
    ("обещаний [Ленина]", "PER", None, "Ленин", "lenin"),
    ("что [Ленин] на его", "PER", None, "Ленин", "lenin"),
    ("пролетариата в [России]", "LOC", "COUNTRY", "Россия", "russia"),
    ("что [Ленин] не всемогущий", "PER", None, "Ленин", "lenin"),
    ("будет не [Ленин]", "PER", None, "Ленин", "lenin"),
    ("жандармы [Романовых]", "PER", None, "Романовы", "romanovs"),
    ("отношение [Ленина]", "PER", None, "Ленин", "lenin"),
    ("[Столыпиных]", "PER", None, "Столыпины", "stolypins"),
    ("Столыпиных, [Плеве]", "PER", None, "Плеве", "plehve"),
    ("власть [Романовых]", "PER", None, "Романовы", "romanovs"),
    ("Почему [Бернацкий]", "PER", None, "Бернацкий", "bernatsky"),
    ("Бернацкий, [Коновалов]", "PER", None, "Коновалов", "konovalov"),
    ("освобожденных [Лениным]", "PER", None, "Ленин", "lenin"),
]

# context, value, mod[, extras]
DATES = [
    ("что [20-го октября]", "XXXX-10-20", None),
    ("сцены [3—5 июля]", "XXXX-07-03/XXXX-07-05", None),
    ("до [сего дня]", "XXXX-XX-XX", "BEFORE"),
    ("выступлении [20-го]", "XXXX-10-20", None),
]

# context, kind, referent (None: no named referent in the passage)
MENTIONS = [
    ("убить [свой] страх", P, None),
    ("уничтожить [своей]", P, None),
    ("чего [она] хочет", P, None),
    ("прикрываясь [ею]", P, None),
    ("дня [он] ничем", P, None),
    ("не [опровергает]", Z, None),
    ("авантюристы, [которые]", P, None),
    ("[он] должен сделать", P, None),
    ("если [он] действительно", P, None),
    ("оставив [своих]", P, None),
    ("сопутствующие [им]", P, None),
    ("[их] позорное", P, None),
    ("соратники [его]", P, "lenin"),
    ("класса, [его] сознание", P, None),
    ("сознание [своих]", P, None),
    ("глубину [его]", P, "lenin"),
    ("безумия и [его]", P, "lenin"),
    ("на [его] шкуре", P, None),
    ("на [его] крови", P, None),
    ("Конечно, [он] не верит", P, "lenin"),
    ("может быть, [он] надеется", P, "lenin"),
    ("что [его] ждет", P, None),
    ("пролетариат [его] сегодняшний", P, None),
    ("идей [она] боролась", P, None),
    ("ли [она] себя", P, None),
    ("она [себя] способной", P, None),
    ("Помнит ли [она], что", P, None),
    ("каторгу [ее]", P, None),
    ("— [она] называла", P, None),
    ("разве [они]", P, None),
    ("преступнее [своих]", P, None),
    ("по пути ли [им]", P, None),
]

# trigger context, type, polarity, modality, arguments
EVENTS = [
    ("«[выступление] большевиков»", "WAR", "positive", "possible", [
        ("time", "что [20-го октября]")]),
    ("отвратительные [сцены]", "WAR", "positive", "asserted", [
        ("time", "сцены [3—5 июля]")]),
    ("будут [стрелять]", "WAR", "positive", "possible", []),
    ("будут [убивать]", "DEATH", "positive", "possible", []),
    ("[выползет]", "MOVEMENT", "positive", "possible", []),
    ("русской [революции]", "WAR", "positive", "asserted", []),
    ("бессмысленная [бойня]", "WAR", "positive", "possible", []),
    ("значение [революции]", "WAR", "positive", "asserted", []),
    ("удар [революции]", "WAR", "positive", "asserted", []),
    ("не [подтвердил]", "COMMUNICATION", "negative", "asserted", [
        ("agent", "дня [он] ничем"),
        ("time", "до [сего дня]")]),
    ("предстоящем [выступлении]", "WAR", "positive", "possible", []),
    ("не [опровергает]", "COMMUNICATION", "negative", "asserted", [
        ("agent", "не [опровергает]")]),
    ("удар [контрреволюции]", "WAR", "positive", "desired", []),
    ("обязан [опровергнуть]", "COMMUNICATION", "positive", "necessary", [
        ("agent", "[Центральный комитет большевиков]")]),
    ("о [выступлении] 20-го", "WAR", "positive", "possible", [
        ("time", "выступлении [20-го]")]),
    ("[выпущенные]", "RELEASE", "positive", "asserted", [
        ("origin", "из [Петропавловской крепости]"),
        ("agent", "крепости [Лениным] и"),
        ("agent", "Лениным и [Троцким]")]),
    ("[разъехались]", "MOVEMENT", "positive", "asserted", []),
    ("которых [боролась]", "CONFLICT", "positive", "asserted", []),
    ("«социальной [революции]»", "WAR", "positive", "desired", []),
    ("пролетариата и [революции]", "WAR", "positive", "asserted", []),
    ("вроде [бойни]", "WAR", "positive", "asserted", [
        ("place", "под [Петербургом]")]),
    ("[разгрома] Москвы", "WAR", "positive", "asserted", [
        ("place", "разгрома [Москвы]")]),
    ("бессмысленных [арестов]", "ARREST", "positive", "asserted", []),
    ("идей она [боролась]", "CONFLICT", "positive", "asserted", [
        ("participant", "идей [она] боролась")]),
    ("эту [борьбу]", "CONFLICT", "positive", "possible", [
        ("participant", "ли [она] себя")]),
    ("Романовых [бросали]", "ARREST", "positive", "asserted", []),
    ("власть [хватает]", "ARREST", "positive", "asserted", []),
    ("и [тащит]", "ARREST", "positive", "asserted", []),
    ("[сидят] в крепости", "ARREST", "positive", "asserted", [
        ("patient", "Почему [Бернацкий]"),
        ("patient", "Бернацкий, [Коновалов]")]),
    ("[освобожденных]", "RELEASE", "positive", "asserted", [
        ("agent", "освобожденных [Лениным]")]),
    ("[требование]", "COMMUNICATION", "positive", "necessary", []),
    ("[освободить] министров", "RELEASE", "positive", "desired", []),
    ("безвинно [арестованных]", "ARREST", "positive", "asserted", []),
]
