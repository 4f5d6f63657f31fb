"""Gorky, «Мои университеты», the opening: Evreinov, the grandmother, the Evreinovs (annotator B).

Annotated by reading, against GUIDELINES.md sections 1-6 and 8; doubts in section 9
("gorky_universitety"). No pipeline was run on this passage.
"""

SOURCE = ("gorky_moi_universitety.txt", 28, 4415)

# context, type, fine_type, normal, referent
ENTITIES = [
    ("в [Казанский университет]", "ORG", None, "Казанский университет", "Казанский университет"),
    ("гимназист [Н. Евреинов]", "PER", None, "Н. Евреинов", "Николай Евреинов"),
    ("вскоре [Евреинов] начал", "PER", None, "Евреинов", "Николай Евреинов"),
    ("а [Евреинов] так хорошо", "PER", None, "Евреинов", "Николай Евреинов"),
    ("тень [Михаила Ломоносова]", "PER", None, "Михаил Ломоносов", "Михаил Ломоносов"),
    ("[Евреинов] говорил, что", "PER", None, "Евреинов", "Николай Евреинов"),
    ("в [Казани] я буду", "LOC", "CITY", "Казань", "Казань"),
    ("потому что [Евреинову]", "PER", None, "Евреинов", "Николай Евреинов"),
    ("[Евреиновы] — мать", "PER", None, "Евреиновы", "Евреиновы"),
    ("Ах, [Николай], Николай", "PER", None, "Николай", "Николай Евреинов"),
    ("Николай, [Николай]...", "PER", None, "Николай", "Николай Евреинов"),
    ("Тут [Варвара Ивановна]", "PER", None, "Варвара Ивановна", "Варвара Ивановна"),
    ("а [Николай], подмигнув", "PER", None, "Николай", "Николай Евреинов"),
    ("[Джон Стюарт Милль]", "PER", None, "Джон Стюарт Милль", "Джон Стюарт Милль"),
]

# context, kind, referent (None: the person is named nowhere in the passage)
MENTIONS = [
    ("[Он] жил на чердаке", "pronoun", "Николай Евреинов"),
    ("мною, [он] часто видел", "pronoun", "Николай Евреинов"),
    ("заинтересовало [его]", "pronoun", "Николай Евреинов"),
    ("говорил [он], красиво", "pronoun", "Николай Евреинов"),
    ("жить у [него]", "pronoun", "Николай Евреинов"),
    ("— [он] так и говорил", "pronoun", "Николай Евреинов"),
    ("и [он] обладал", "pronoun", "Николай Евреинов"),
    ("Сдав [свои] экзамены", "pronoun", "Николай Евреинов"),
    ("экзамены, [он] уехал", "pronoun", "Николай Евреинов"),
    ("вслед за [ним]", "pronoun", "Николай Евреинов"),
    ("что [он], дед?", "pronoun", None),
    ("дед? [Жил], жил", "zero", None),
    ("слезы, [она] сказала", "pronoun", None),
    ("редко видел [ее]", "pronoun", None),
    ("как [она] там", "pronoun", None),
    ("лицо [свое]", "pronoun", None),
    ("не считая [себя] саму", "pronoun", "Варвара Ивановна"),
    ("Была [она] молчалива", "pronoun", "Варвара Ивановна"),
    ("в [ее] серых глазах", "pronoun", "Варвара Ивановна"),
    ("помогал [ей] в кухне", "pronoun", "Варвара Ивановна"),
    ("овощи, [она] тихонько", "pronoun", "Варвара Ивановна"),
    ("[Ее] брови поползли", "pronoun", "Варвара Ивановна"),
    ("лба, [она] порезала", "pronoun", "Варвара Ивановна"),
    ("палец [себе]", "pronoun", "Варвара Ивановна"),
    ("палец, [она] похвалила", "pronoun", "Варвара Ивановна"),
    ("рассказал [ей] о моей", "pronoun", "Варвара Ивановна"),
    ("пароходе. [Она] спросила", "pronoun", "Варвара Ивановна"),
    ("к [ее] вопросу", "pronoun", "Варвара Ивановна"),
    ("рассказал [ей] порядок", "pronoun", "Варвара Ивановна"),
    ("[Она] вздохнула", "pronoun", "Варвара Ивановна"),
    ("А [он] в эту минуту", "pronoun", "Николай Евреинов"),
    ("[Она] ушла из кухни", "pronoun", "Варвара Ивановна"),
    ("объяснил [ее] поведение", "pronoun", "Варвара Ивановна"),
    ("[Уселся] на скамье", "zero", "Николай Евреинов"),
    ("свойство [их] природы", "pronoun", None),
]

# context, value, mod
DATES = [
    ("за [осень] и зиму", "XXXX-FA", None),
    ("осень и [зиму] курс", "XXXX-WI", None),
    ("и [лет через пять] я", "XXXX", "APPROX"),
    ("а [недели через две] и я", "XXXX-XX-XX", "APPROX"),
    ("[Дня через три] после", "XXXX-XX-XX", "APPROX"),
]

# trigger context, type, polarity, modality, [(role, argument context[, antecedents | "inferred"])]
EVENTS = [
    ("я [еду] учиться", "MOVEMENT", "positive", "asserted", [
        ("destination", "в [Казанский университет]")]),
    ("еду [учиться] в Казанский", "EDUCATION", "positive", "desired", []),
    ("[внушил] мне", "COMMUNICATION", "positive", "asserted", [
        ("agent", "гимназист [Н. Евреинов]")]),
    ("мы [познакомились]", "MEETING", "positive", "asserted", []),
    ("начал [убеждать]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "вскоре [Евреинов] начал")]),
    ("[доказывал] мне", "COMMUNICATION", "positive", "asserted", [
        ("agent", "а [Евреинов] так хорошо")]),
    ("Евреинов [говорил], что", "COMMUNICATION", "positive", "asserted", [
        ("agent", "[Евреинов] говорил, что")]),
    ("[пройду] за осень", "EDUCATION", "positive", "desired", [
        ("place", "в [Казани] я буду"), ("time", "за [осень] и зиму"), ("time", "осень и [зиму] курс")]),
    ("[сдам] «кое-какие»", "EDUCATION", "positive", "desired", [
        ("place", "в [Казани] я буду")]),
    ("[Сдав] свои", "EDUCATION", "positive", "asserted", [
        ("agent", "экзамены, [он] уехал")]),
    ("он [уехал]", "MOVEMENT", "positive", "asserted", [
        ("agent", "экзамены, [он] уехал")]),
    ("я [отправился]", "MOVEMENT", "positive", "asserted", [
        ("time", "а [недели через две] и я")]),
    ("не [увидимся]", "MEETING", "negative", "asserted", []),
    ("[заедешь]", "MOVEMENT", "positive", "asserted", []),
    ("[помру]", "DEATH", "positive", "asserted", []),
    ("редко [видел] ее", "MEETING", "positive", "asserted", [
        ("participant", "редко видел [ее]")]),
    ("не [встречу]", "MEETING", "negative", "asserted", []),
    ("[придя] с базара", "MOVEMENT", "positive", "asserted", []),
    ("моего [приезда]", "MOVEMENT", "positive", "asserted", []),
    ("зачем [приехали]", "MOVEMENT", "positive", "asserted", []),
    ("— [Учиться], в", "EDUCATION", "positive", "desired", []),
    ("[рассказал] ей о моей", "COMMUNICATION", "positive", "asserted", [
        ("recipient", "рассказал [ей] о моей")]),
    ("моей [службе]", "EMPLOYMENT", "positive", "asserted", []),
    ("чтоб [поступить]", "EDUCATION", "positive", "desired", []),
    ("[рассказал] ей порядок", "COMMUNICATION", "positive", "asserted", [
        ("recipient", "рассказал [ей] порядок")]),
    ("минуту [вошел]", "MOVEMENT", "positive", "asserted", [
        ("agent", "А [он] в эту минуту")]),
    ("я [сказал], что", "COMMUNICATION", "positive", "asserted", []),
    ("[произнесла]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "Тут [Варвара Ивановна]")]),
    ("Она [ушла]", "MOVEMENT", "positive", "asserted", [
        ("agent", "[Она] ушла из кухни")]),
    ("[сообщил] мне", "COMMUNICATION", "positive", "asserted", [
        ("agent", "[Уселся] на скамье")]),
    ("тоже [говорил] кое-что", "COMMUNICATION", "positive", "asserted", [
        ("agent", "[Джон Стюарт Милль]")]),
]
