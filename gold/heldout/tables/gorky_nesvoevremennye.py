"""Gorky, «Несвоевременные мысли», articles XXXVI and XXXVII (autumn 1917): journalism (held-out).

Annotated by reading, against GUIDELINES.md sections 1-6 and 8, before any pipeline ran on this
passage; doubts in section 9.7.3 ("gorky_nesvoevremennye"). The held-out set is never looked at
for errors: only its figures are reported (outputs/heldout/report.md).

The article heading `XXXVII` between the two articles is text of the passage.
"""

SOURCE = ("gorky_nesvoevremennye_mysli.txt", 145999, 151233)

# context, type, fine_type, normal, referent
ENTITIES = [
    ("[Центральный Комитет с.-д. большевиков]", "ORG", None, "Центральный Комитет с.-д. большевиков", "ck"),
    ("[Центральный комитет большевиков]", "ORG", None, "Центральный комитет большевиков", "ck"),
    ("из [Петропавловской крепости]", "LOC", "FACILITY", "Петропавловская крепость", "fortress"),
    ("крепости [Лениным] и", "PER", None, "Ленин", "lenin"),
    ("Лениным и [Троцким], разъехались", "PER", None, "Троцкий", "trotsky"),
    ("товарищей [М. В. Бернацкого]", "PER", None, "М. В. Бернацкий", "bernatsky"),
    ("[А. И. Коновалова]", "PER", None, "А. И. Коновалов", "konovalov"),
    ("[М. И. Терещенко]", "PER", None, "М. И. Терещенко", "tereshchenko"),
    ("человека.\n[Ленин], Троцкий", "PER", None, "Ленин", "lenin"),
    ("Ленин, [Троцкий] и сопутствующие", "PER", None, "Троцкий", "trotsky"),
    ("пути [Ленин] и соратники", "PER", None, "Ленин", "lenin"),
    ("под [Петербургом]", "LOC", "CITY", "Петербург", "petersburg"),
    ("разгрома [Москвы]", "LOC", "CITY", "Москва", "moscow"),
    ("делали [Плеве] и Столыпин", "PER", None, "Плеве", "plehve"),
    ("Плеве и [Столыпин].", "PER", None, "Столыпин", "stolypin"),
    ("Конечно — [Столыпин] и", "PER", None, "Столыпин", "stolypin"),
    ("Столыпин и [Плеве] шли", "PER", None, "Плеве", "plehve"),
    ("честного в [России]", "LOC", "COUNTRY", "Россия", "russia"),
    ("а за [Лениным] идет", "PER", None, "Ленин", "lenin"),
    ("обещаний [Ленина]", "PER", None, "Ленин", "lenin"),
    ("понять, что [Ленин] на", "PER", None, "Ленин", "lenin"),
    ("пролетариата в [России]", "LOC", "COUNTRY", "Россия", "russia"),
    ("понять, что [Ленин] не", "PER", None, "Ленин", "lenin"),
    ("будет не [Ленин]", "PER", None, "Ленин", "lenin"),
    ("жандармы [Романовых]", "PER", None, "Романовы", "romanovs"),
    ("отношение [Ленина] к", "PER", None, "Ленин", "lenin"),
    ("отношения [Столыпиных]", "PER", None, "Столыпины", "stolypin"),
    ("Столыпиных, [Плеве] и прочих", "PER", None, "Плеве", "plehve"),
    ("власть [Романовых]", "PER", None, "Романовы", "romanovs"),
    ("Почему [Бернацкий]", "PER", None, "Бернацкий", "bernatsky"),
    ("Бернацкий, [Коновалов] и", "PER", None, "Коновалов", "konovalov"),
    ("освобожденных [Лениным]", "PER", None, "Ленин", "lenin"),
]

# context, kind, referent (None: the person or group is named nowhere in the passage as a unit)
MENTIONS = [
    ("убить [свой] страх", "pronoun", None),
    ("уничтожить [своей] звериной", "pronoun", None),
    ("чего [она] хочет", "pronoun", None),
    ("прикрываясь [ею]", "pronoun", None),
    ("авантюристы, [которые], видя", "pronoun", None),
    ("оставив [своих] товарищей", "pronoun", None),
    ("сопутствующие [им]", "pronoun", None),
    ("[их] позорное отношение", "pronoun", None),
    ("соратники [его] считают", "pronoun", "lenin"),
    ("[его] сознание", "pronoun", None),
    ("сознание [своих] исторических", "pronoun", None),
    ("глубину [его] безумия", "pronoun", "lenin"),
    ("и [его] Нечаевско", "pronoun", "lenin"),
    ("на [его] шкуре", "pronoun", None),
    ("на [его] крови", "pronoun", None),
    ("Конечно, [он] не верит", "pronoun", "lenin"),
    ("быть, [он] надеется", "pronoun", "lenin"),
    ("что [его] ждет", "pronoun", None),
    ("пролетариат [его] сегодняшний", "pronoun", None),
    ("идей [она] боролась", "pronoun", None),
    ("Считает ли [она]", "pronoun", None),
    ("она [себя] способной", "pronoun", None),
    ("Помнит ли [она], что", "pronoun", None),
    ("каторгу [ее] идейных", "pronoun", None),
    ("вождей — [она] называла", "pronoun", None),
    ("разве [они] в чем-то", "pronoun", None),
    ("преступнее [своих] товарищей", "pronoun", None),
    ("по пути ли [им]", "pronoun", None),
]

# context, value, mod
DATES = [
    ("что [20-го октября] предстоит", "XXXX-10-20", None),
    ("сцены [3—5 июля]", "XXXX-07-03/XXXX-07-05", None),
    ("до [сего дня]", "XXXX-XX-XX", "BEFORE"),
    ("о выступлении [20-го],", "XXXX-10-20", None),
]

# trigger context, type, polarity, modality, [(role, argument context[, antecedents | "inferred"])]
EVENTS = [
    ("распространяются [слухи]", "COMMUNICATION", "positive", "asserted", []),
    ("«[выступление] большевиков»", "WAR", "positive", "possible", [
        ("time", "что [20-го октября] предстоит")]),
    ("люди будут [убивать]", "DEATH", "positive", "possible", []),
    ("улицу [выползет]", "MOVEMENT", "positive", "possible", []),
    ("историю русской [революции]", "WAR", "positive", "asserted", []),
    ("бессмысленная [бойня]", "WAR", "positive", "possible", []),
    ("значение [революции]", "WAR", "positive", "asserted", []),
    ("удар [революции]", "WAR", "positive", "asserted", []),
    ("предполагаемой [авантюре]", "WAR", "positive", "possible", []),
    ("ничем не [подтвердил]", "COMMUNICATION", "negative", "asserted", [
        ("time", "до [сего дня]")]),
    ("предстоящем [выступлении]", "WAR", "positive", "possible", []),
    ("не [опровергает]", "COMMUNICATION", "negative", "asserted", []),
    ("удар [контрреволюции]", "WAR", "positive", "desired", []),
    ("обязан [опровергнуть]", "COMMUNICATION", "positive", "necessary", [
        ("agent", "[Центральный комитет большевиков]")]),
    ("о [выступлении] 20-го", "WAR", "positive", "possible", [
        ("time", "о выступлении [20-го],")]),
    ("[выпущенные] из", "RELEASE", "positive", "asserted", [
        ("origin", "из [Петропавловской крепости]"), ("agent", "крепости [Лениным] и"),
        ("agent", "Лениным и [Троцким], разъехались")]),
    ("[разъехались] по домам", "MOVEMENT", "positive", "asserted", []),
    ("которых [боролась] демократия", "CONFLICT", "positive", "asserted", []),
    ("«социальной [революции]»", "WAR", "positive", "desired", []),
    ("к гибели пролетариата и [революции]", "WAR", "positive", "possible", []),
    ("вроде [бойни] под", "WAR", "positive", "asserted", [
        ("place", "под [Петербургом]")]),
    ("[разгрома] Москвы", "WAR", "positive", "asserted", [
        ("place", "разгрома [Москвы]")]),
    ("бессмысленных [арестов]", "ARREST", "positive", "asserted", []),
    ("Плеве [шли] против", "CONFLICT", "positive", "asserted", [
        ("participant", "Конечно — [Столыпин] и"), ("participant", "Столыпин и [Плеве] шли")]),
    ("[обещаний] Ленина", "COMMUNICATION", "positive", "asserted", [
        ("agent", "обещаний [Ленина]")]),
    ("она [боролась] с деспотизмом", "CONFLICT", "positive", "asserted", [
        ("participant", "идей [она] боролась")]),
    ("продолжать эту [борьбу]", "CONFLICT", "positive", "possible", [
        ("participant", "Считает ли [она]")]),
    ("[бросали] в тюрьмы", "ARREST", "positive", "asserted", []),
    ("власть [хватает]", "ARREST", "positive", "asserted", []),
    ("и [тащит] в тюрьму", "ARREST", "positive", "asserted", []),
    ("[сидят] в крепости", "ARREST", "positive", "asserted", [
        ("patient", "Почему [Бернацкий]"), ("patient", "Бернацкий, [Коновалов] и")]),
    ("социалистов, [освобожденных]", "RELEASE", "positive", "asserted", [
        ("agent", "освобожденных [Лениным]")]),
    ("немедленное [требование]", "COMMUNICATION", "positive", "necessary", []),
    ("[освободить] министров", "RELEASE", "positive", "desired", []),
    ("безвинно [арестованных]", "ARREST", "positive", "asserted", []),
]
