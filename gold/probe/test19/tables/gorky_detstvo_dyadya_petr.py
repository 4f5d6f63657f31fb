"""Gorky, «Детство»: uncle Pyotr's bread and raspberry jam handed round, Petrovna's cherry
liqueur, the feast; one autumn evening, some time after Khoroshee Delo offered the boy a bribe to stay
away, the grandmother tells tales from the stove, and the verse legend of Ivan the warrior and Miron the
hermit (the voevoda Gordion sends Ivan to kill the hermit; the hermit prays for ever, Ivan stands for
ever); Khoroshee Delo, restless while she tells it (corpus gorky_detstvo.txt, characters 160299-164851,
4,552 characters, whole paragraphs with the source's three-space indentation; the slice ends with the
last paragraph's newline).

Annotated by reading before any pipeline run; fresh test set of round 19 (annot19a). All layers
(entities, person mentions with clusters, dates, events with arguments), against GUIDELINES.md
sections 2, 3, 4, 5, 8 and the decisions of 9.1, 9.2, 9.12, 9.15, 9.17, 9.19, 9.24, 9.30, 9.43, 9.47,
9.48, 9.52, 9.55; doubts in section 9.63.

Particular decisions:
- Named: `Дядя [Пётр]` (the kin word outside, 8.3: capitalised only at the sentence's start),
  `Петровна` (a woman named by her patronymic), the lodger's nickname `Хорошее Дело` / `Хорошего Дела`
  (three times, a nickname used as a name, 8.3). The legend's persons are named persons of the tale
  (PER): `Гордион` (twice); Ivan in all his forms (`Ивана`, `Иванушку`, `Иванко`, `Иван`, `Иванушко`,
  `Иванке`, `Ивану`) one cluster; Miron (`Мирона`, `Мироне`, `Мирон`) one cluster. In a hyphenated
  compound the name alone is the span and the epithet or particle is outside, as a title is (8.3):
  `[Ивана]-воина`, `[Мирона]-отшельника`, `[Иванушку]-воина`, `[Иван]-от`. The grandmother, `весёлая
  барыня`, `воевода`, `старец`, `отшельник`, `прозорливец`, `нахлебник` are common nouns; God
  (`господа`, `господь`, `богу`, `бога`, `его руке`) and `богородицы` are neither entity nor mention
  (9.2, 9.24).
- Mentions: Pyotr's `он`, `него`, `свою`; the lodger's `нему`, `он`; the grandmother's `Она`, `она`,
  `её` (named nowhere: null). In the legend, third-person pronouns in its direct speech are annotated
  (8.2): Gordion's `он`; Miron's `ему` (`сруби ему голову`), `он`, `ним`; Ivan's `ему`, `он`, `его`,
  `него`; `они` (Ivan and Miron) null; the zero subject of the counterfactual `Злого бы приказу не
  слушался, ... не прятался` (Ivan; one mention on `слушался`). Not mentions: `ты`, `тебя`, `себя`
  (`За себя`, the reflexive of the addressee), `мне`, `меня`, the indefinite `брали`, `все`,
  `кто-либо`; the oak's `его`, the slices' `их`, the jam's `его`, the glasses' `ими`.
- Dates: the seasons named as nouns in the legend (9.30): `лета`, `весны`, `Зиму`, `лето`
  (`XXXX-SU`, `XXXX-SP`, `XXXX-WI`, `XXXX-SU`; doubt: `Зиму и лето` means 'all year round').
  Not dates: parts of the day (`до вечера`, `до утренней зари`, `до ночи`, 8.5), `год за годом`,
  `по сей день`, `по сей добрый час`, `век`, `Спустя некоторое время после того`, `осенний`,
  `такой вечер` (a party). No year anywhere: no date in force, no inferred time.
- Events: the feast `пир` and the evening the grandmother gave (`такой [вечер]`) MEETING (gatherings,
  9.47; doubt); the lodger's bribe offered `предложил` COMMUNICATION; its content `не ходил к нему в
  гости` MEETING negative `desired` (a visit to a person, 9.1); telling tales `рассказывала`,
  `сказывала` COMMUNICATION (9.52). In the legend: `истязал` CONFLICT; `Пошёл`, `Идет`, `Пришёл`, the
  inner `иду` MOVEMENT; `пришел ко мне` MEETING (a visit to a person); `хотел тебя убить` DEATH
  `desired`; `срублю голову` DEATH `possible` (a stated future); `Лучше бы ... убить меня` DEATH
  `desired`; `не в силе с места двинуться` MOVEMENT and `ни слова сказать` COMMUNICATION, both negative
  `possible`. Not events: bringing, cutting, spreading, handing round (`приносил`, `резал`, `смазывал`,
  `раздавал`, `приносила`), the quotation tags (`просил он`, `объясняя:`, `Кличет ... :`, `говорит
  ему:`, `похвастался:`, `шипел:`), imperatives (`убей`, `сруби`, `Подхвати`, `Принеси`, `молись`,
  `гляди`, `Подь`), `гнал` (truth), `невзлюбил`, `послушался`, `ослушаться`, `поклонился`, `Стал на
  коленки`, `Встал`, prayer (`Молится`, `просит у бога`), the punishment given by God (`в наказанье`),
  `приказу не слушался`, `не прятался`, `в начале рассказа` (the story as a text; doubt), the lodger's
  gestures.
"""
SOURCE = ("gorky_detstvo.txt", 160299, 164851)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("Дядя [Пётр] приносил", "PER", None, "Пётр", "petr"),
    ("[Петровна] приносила", "PER", None, "Петровна", "petrovna"),
    ("как [Хорошее Дело] предложил", "PER", None, "Хорошее Дело", "khoroshee_delo"),
    ("головою [Хорошего Дела]", "PER", None, "Хорошее Дело", "khoroshee_delo"),
    ("про [Ивана]-воина", "PER", None, "Иван", "ivan"),
    ("и [Мирона]-отшельника;", "PER", None, "Мирон", "miron"),
    ("воевода [Гордион]", "PER", None, "Гордион", "gordion"),
    ("невзлюбил [Гордион]", "PER", None, "Гордион", "gordion"),
    ("Старца [Мирона]-отшельника", "PER", None, "Мирон", "miron"),
    ("Храброго [Иванушку]-воина", "PER", None, "Иванушка", "ivan"),
    ("Подь-ка, [Иванко],", "PER", None, "Иванко", "ivan"),
    ("Старчища [Мирона] кичливого", "PER", None, "Мирон", "miron"),
    ("Пошёл [Иван],", "PER", None, "Иван", "ivan"),
    ("Идет [Иван],", "PER", None, "Иван", "ivan"),
    ("меч [Иван] под", "PER", None, "Иван", "ivan"),
    ("Полно-ка, [Иванушко],", "PER", None, "Иванушко", "ivan"),
    ("Стыдно [Иванке]", "PER", None, "Иванка", "ivan"),
    ("боязно [Ивану]", "PER", None, "Иван", "ivan"),
    ("было, [Мироне], хотел", "PER", None, "Мирон", "miron"),
    ("старец [Мирон],", "PER", None, "Мирон", "miron"),
    ("Ой, [Иван], гляди", "PER", None, "Иван", "ivan"),
    ("Тут [Иван] сердито", "PER", None, "Иван", "ivan"),
    ("Молится [Мироне] год", "PER", None, "Мирон", "miron"),
    ("А [Иван]-от воин", "PER", None, "Иван", "ivan"),
    ("гол стоит [Иван]", "PER", None, "Иван", "ivan"),
    ("что [Хорошее Дело] чем-то", "PER", None, "Хорошее Дело", "khoroshee_delo"),
]

# context, value, mod
DATES = [
    ("С [лета] он", "XXXX-SU", None),
    ("опять до [весны]", "XXXX-SP", None),
    ("[Зиму] и лето", "XXXX-WI", None),
    ("Зиму и [лето]", "XXXX-SU", None),
]

# context, kind, referent (None: no named referent in the passage)
MENTIONS = [
    ("просил [он]", P, "petr"),
    ("у [него] брали", P, "petr"),
    ("ломоть, [он] внимательно", P, "petr"),
    ("осматривал [свою]", P, "petr"),
    ("ходил к [нему] в гости", P, "khoroshee_delo"),
    ("[Она] сидела", P, None),
    ("если [она] была", P, None),
    ("ударе, [она] забиралась", P, None),
    ("у ног [её]", P, None),
    ("Правду [он] гнал", P, "gordion"),
    ("сруби [ему] голову", P, "miron"),
    ("устами говорит [ему]", P, "ivan"),
    ("Вынул [он] меч", P, "ivan"),
    ("Встал [он] тихонько", P, "miron"),
    ("перед [ним] преклоняется", P, "miron"),
    ("Тут [он] глупенько", P, "ivan"),
    ("С вечера [он] молится", P, "miron"),
    ("зари [он] вплоть", P, "miron"),
    ("С лета [он] молится", P, "miron"),
    ("Так [они] по сей день", P, None),
    ("Меч [его] давно", P, "ivan"),
    ("Зной [его] сушит", P, "ivan"),
    ("Гнус [ему] кровь", P, "ivan"),
    ("не для [него]", P, "ivan"),
    ("Сам-от [он] не в силе", P, "ivan"),
    ("вишь, [ему] в наказанье", P, "ivan"),
    ("приказу не [слушался]", Z, "ivan"),
    ("обеспокоен: [он] странно", P, "khoroshee_delo"),
]

# trigger context, type, polarity, modality, [(role, argument context[, "inferred"]), ...]
EVENTS = [
    ("Начинался [пир]", "MEETING", "positive", "asserted", []),
    ("Дело [предложил] мне", "COMMUNICATION", "positive", "asserted", [
        ("agent", "как [Хорошее Дело] предложил")]),
    ("не [ходил] к нему", "MEETING", "negative", "desired", [
        ("participant", "ходил к [нему] в гости")]),
    ("устроила такой [вечер]", "MEETING", "positive", "asserted", []),
    ("щедро [рассказывала] сказки", "COMMUNICATION", "positive", "asserted", []),
    ("Бабушка [сказывала]", "COMMUNICATION", "positive", "asserted", []),
    ("людей [истязал]", "CONFLICT", "positive", "asserted", [
        ("participant", "Правду [он] гнал")]),
    ("[Пошёл] Иван", "MOVEMENT", "positive", "asserted", [
        ("agent", "Пошёл [Иван],")]),
    ("[Идет] Иван", "MOVEMENT", "positive", "asserted", [
        ("agent", "Идет [Иван],")]),
    ("Не сам [иду]", "MOVEMENT", "positive", "asserted", []),
    ("[Пришёл], поклонился", "MOVEMENT", "positive", "asserted", [
        ("agent", "меч [Иван] под")]),
    ("ты [пришел] ко мне", "MEETING", "positive", "asserted", []),
    ("хотел тебя [убить]", "DEATH", "positive", "desired", []),
    ("тебе [срублю] голову", "DEATH", "positive", "possible", []),
    ("сразу [убить] меня", "DEATH", "positive", "desired", []),
    ("с места [двинуться]", "MOVEMENT", "negative", "possible", [
        ("agent", "Сам-от [он] не в силе")]),
    ("слова [сказать]", "COMMUNICATION", "negative", "possible", [
        ("agent", "Сам-от [он] не в силе")]),
]
