"""Gorky, «Мои университеты»: the policeman of the «Марусовка», the arrests of Smirnov, Muratov
and others over a secret press, the narrator's errand to the tinker Tikhon, Evreinov taking him
to meet the man of the circle on the Arskoye field (corpus gorky_moi_universitety.txt,
characters 24643–28486).

Annotated by reading before any pipeline run; development probe (issue 12, narr11), against
GUIDELINES.md sections 4, 5, 8.6, 8.7 and the decisions of 9.13, 9.14, 9.17, 9.19, 9.21, 9.22.
Doubtful cases in GUIDELINES section 9.25. `Максимыч` (Gurii calling the narrator) names the
narrator: his later pronouns are of that cluster. The policeman (`Он` of the first line), the
tinker before he is named, the man of the circle are not named where they act: no arguments.
`Блуждающей Колокольней`, the narrator's nickname for the lodger `Петр`, is a PER mention of him.
MENTIONS are the pronouns that are event arguments (this is an events probe).
"""
SOURCE = ("gorky_moi_universitety.txt", 24643, 28486)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("офицер [Смирнов] и", "PER", None, "Смирнов", "smirnov"),
    ("солдат [Муратов], георгиевские", "PER", None, "Муратов", "muratov"),
    ("участники [Ахал-Текинской экспедиции Скобелева]", "EVENT", None,
     "Ахал-Текинская экспедиция Скобелева", "akhal"),
    ("экспедиции [Скобелева]", "PER", None, "Скобелев", "skobelev"),
    ("также [Зобнина]", "PER", None, "Зобнин", "zobnin"),
    ("[Овсянкина], Григорьева", "PER", None, "Овсянкин", "ovsyankin"),
    ("[Григорьева], Крылова", "PER", None, "Григорьев", "grigoriev"),
    ("[Крылова] и еще", "PER", None, "Крылов", "krylov"),
    ("для чего [Муратов] и", "PER", None, "Муратов", "muratov"),
    ("Муратов и [Смирнов], днем", "PER", None, "Смирнов", "smirnov"),
    ("типографию [Ключникова]", "PER", None, "Ключников", "klyuchnikov"),
    ("в «[Марусовке]»", "LOC", "FACILITY", "Марусовка", "marusovka"),
    ("прозвал [Блуждающей Колокольней]", "PER", None, "Блуждающая Колокольня", "petr"),
    ("[Гурий] возбужденно", "PER", None, "Гурий", "guriy"),
    ("Вот что, [Максимыч]", "PER", None, "Максимыч", "narrator"),
    ("в [Адмиралтейскую слободу]", "LOC", "DISTRICT", "Адмиралтейская слобода", "admiralteyskaya"),
    ("— Вы — [Тихон]?", "PER", None, "Тихон", "tikhon"),
    ("— [Петра] арестовали", "PER", None, "Петр", "petr"),
    ("Какого это [Петра]?", "PER", None, "Петр", "petr"),
    ("до [Петра], дьякона", "PER", None, "Петр", "petr"),
    ("[Гурий Плетнев] был", "PER", None, "Гурий Плетнев", "guriy"),
    ("[Евреинов] познакомил", "PER", None, "Евреинов", "evreinov"),
    ("[Евреинов] повел", "PER", None, "Евреинов", "evreinov"),
    ("на [Арское поле]", "LOC", "LOCATION", "Арское поле", "arskoe"),
    ("[Евреинов] оглянулся", "PER", None, "Евреинов", "evreinov"),
]

# context, value, mod
DATES = [
    ("[Зимою] в одной", "XXXX-WI", None),
    ("в [воскресенье], пришли", "XXXX-WXX-7", None),
]

# context, kind, referent
MENTIONS = [
    ("арестовали [их] — а также", P, None),
    ("За этим делом [их] и", P, None),
    ("куда нужно бежать, [он] добавил", P, "guriy"),
    ("и [я] полетел", P, "narrator"),
    ("[я] вышел за дверь", P, "narrator"),
    ("[Я] побежал домой", P, "narrator"),
    ("на [мои] просьбы", P, "narrator"),
    ("ввести [меня] в круг", P, "narrator"),
    ("познакомил [меня] с", P, "narrator"),
    ("повел [меня] за город", P, "narrator"),
    ("[я] увидал пред собою", P, "narrator"),
    ("расспросив [меня], что", P, "narrator"),
    ("предложил [мне] заниматься", P, "narrator"),
    ("[я] согласился", P, "narrator"),
]

# trigger context, type, polarity, modality, [(role, argument context), ...]
EVENTS = [
    ("фигура [являлась] на дворе", "MOVEMENT", "positive", "asserted", []),
    ("были [арестованы] однорукий", "ARREST", "positive", "asserted", [
        ("patient", "офицер [Смирнов] и"), ("patient", "солдат [Муратов], георгиевские"),
        ("time", "[Зимою] в одной")]),
    ("Ахал-Текинской [экспедиции] Скобелева", "WAR", "positive", "asserted", [
        ("participant", "экспедиции [Скобелева]")]),
    ("[арестовали] их — а также", "ARREST", "positive", "asserted", [
        ("patient", "арестовали [их] — а также",
         ["солдат [Муратов], георгиевские", "офицер [Смирнов] и"]),
        ("patient", "также [Зобнина]"), ("patient", "[Овсянкина], Григорьева"),
        ("patient", "[Григорьева], Крылова"), ("patient", "[Крылова] и еще")]),
    ("попытку [устроить] тайную", "CREATION", "positive", "desired", []),
    ("Смирнов, днем, в воскресенье, [пришли]", "MOVEMENT", "positive", "asserted", [
        ("agent", "для чего [Муратов] и"), ("agent", "Муратов и [Смирнов], днем"),
        ("time", "в [воскресенье], пришли")]),
    ("их и [схватили]", "ARREST", "positive", "asserted", [
        ("patient", "За этим делом [их] и",
         ["для чего [Муратов] и", "Муратов и [Смирнов], днем"])]),
    ("был [схвачен] жандармами", "ARREST", "positive", "asserted", [
        ("place", "в «[Марусовке]»")]),
    ("[Объяснив], куда", "COMMUNICATION", "positive", "asserted", [
        ("agent", "куда нужно бежать, [он] добавил")]),
    ("куда нужно [бежать], он", "MOVEMENT", "positive", "necessary", []),
    ("я [полетел] в", "MOVEMENT", "positive", "asserted", [
        ("agent", "и [я] полетел"), ("destination", "в [Адмиралтейскую слободу]")]),
    ("я [вышел] за дверь", "MOVEMENT", "positive", "asserted", [
        ("agent", "[я] вышел за дверь")]),
    ("тоже [вышел] и", "MOVEMENT", "positive", "asserted", []),
    ("— Петра [арестовали]", "ARREST", "positive", "asserted", [
        ("patient", "— [Петра] арестовали")]),
    ("Я [побежал] домой", "MOVEMENT", "positive", "asserted", [
        ("agent", "[Я] побежал домой")]),
    ("мои [просьбы]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "на [мои] просьбы")]),
    ("[ввести] меня в круг", "MEMBERSHIP", "positive", "desired", [
        ("agent", "ввести [меня] в круг")]),
    ("Евреинов [познакомил]", "MEETING", "positive", "asserted", [
        ("participant", "[Евреинов] познакомил"), ("participant", "познакомил [меня] с")]),
    ("[Знакомство] это было", "MEETING", "positive", "asserted", []),
    ("Евреинов [повел] меня", "MOVEMENT", "positive", "asserted", [
        ("agent", "[Евреинов] повел"), ("patient", "повел [меня] за город"),
        ("destination", "на [Арское поле]")]),
    ("[предупреждая] по дороге", "COMMUNICATION", "positive", "asserted", [
        ("agent", "[Евреинов] повел")]),
    ("[Догнав] его", "MEETING", "positive", "asserted", [
        ("participant", "[я] увидал пред собою")]),
    ("Человек [говорил] сухо", "MEETING", "positive", "asserted", []),
    ("Строго [расспросив]", "COMMUNICATION", "positive", "asserted", [
        ("recipient", "расспросив [меня], что")]),
    ("он [предложил] мне", "COMMUNICATION", "positive", "asserted", [
        ("recipient", "предложил [мне] заниматься")]),
    ("мне [заниматься] в кружке", "EDUCATION", "positive", "desired", [
        ("agent", "предложил [мне] заниматься")]),
    ("кружке, [организованном] им", "CREATION", "positive", "asserted", []),
    ("я [согласился]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "[я] согласился")]),
    ("он [ушел] первый", "MOVEMENT", "positive", "asserted", []),
]
