"""Gorky, «Мои университеты», the night guest: the drunk man the narrator has brought home through the
blizzard is rubbed warm on a sofa under a wall of photographs (a wreath «Несравненной Джильде»); the woman
laying out cards asks after Misha, Georges (Жорж) tells her he has gone to Kiev and will come back, leads
her to bed, thanks the narrator, and in the kitchen over tea tells that her son, a musician, shot himself in
Moscow two years ago and she still waits for him, and their story (she a landowner and singer who left her
German husband, a baron, he a history teacher and her son's tutor) (corpus gorky_moi_universitety.txt,
characters 58753-62757).

Annotated by reading before any pipeline run; fresh test set of round 18 (annot18b). All layers
(entities, person mentions with clusters, dates, events with arguments), against GUIDELINES.md
sections 2, 3, 4, 5, 8 and the decisions of 9.4, 9.9, 9.10, 9.14, 9.17, 9.19, 9.21, 9.23, 9.29,
9.36, 9.38, 9.47, 9.49, 9.52; doubts in section 9.56.

Particular decisions:
- Names: `Жорж` (five times) is the man brought home (`Человек, которого я привел`): his pronouns from
  the first paragraph on take his cluster (named later, 8.3). `Миша` (`Мишу`, `Миша`) is the woman's son
  (`сын, музыкант`): the `он` of `он уехал в Киев`, `Он скоро приедет`, `Он не приедет` and `ждет его`
  are his. The woman is never named: her pronouns are null. `Джильде` (on the wreath's ribbon) is PER in
  a cluster of its own: Gilda is an opera part, and the text never says the wreath is the woman's (doubt:
  she `пела в опере`, so a reader may take it for her stage name and join her cluster). `Киев` (three
  times), `Москве` LOC CITY; `по-французски`, `мужа-немца`, `барона`, `прислуга` no entities.
- Mentions: zero subjects in new sentences: `Легла.` (the woman, null), `Поставил`, `уставился`,
  `Обжигался`, `оживился` (Жорж); `что полураздет` (the short participle as the predicate of its own
  clause, 8.2) Жорж. `они жили` (Жорж and the woman) null; `ее отправили` (the maid) null; `этот человек`,
  `Человек` no mentions; `ее` of a ribbon, a room, a lamp and `его` of a face are things.
- Dates: `завтра` (twice), `сегодня` in direct speech `XXXX-XX-XX`; `два года почти` `P2Y` APPROX (the cue
  word after the count, inside the span as 8.5's `почти неделю`). `лет сорок` an age; `очень поздно`,
  `Метель` no dates. No date fixes a year: no time is inferred.
- Events: `не ответила` COMMUNICATION negative; `привел`, `увел ее`, `отвел меня`, `ее отправили в
  больницу` MOVEMENT, the person brought the patient (9.21); `Ты видел Мишу` MEETING asserted (a spoken
  question, as 9.25's death in a spoken question; doubt); `уехал`, `приедет`, `едем`, `не приедет`,
  `явился`, `пошел к двери` MOVEMENT; `говоря ей что-то` COMMUNICATION (speech not quoted); `замерзну`
  (a thought) DEATH `possible` (9.49's `пропаду`), `я бы погиб`, `я бы замерз` DEATH `conditional`;
  `предложил` COMMUNICATION; `застрелился` DEATH, place `Москве`; `рассказал, что`, `Рассказывал он`
  (the same telling, 4.1 rule 5), `рассказал о себе` COMMUNICATION; `ушла от мужа` MARRIAGE (the break of
  a marriage); `пела в опере` EMPLOYMENT; `старался испортить ей жизнь` CONFLICT `desired`. Tags of
  quotations (`спросил я`, `застонал`, `спросила`, `сказал`, `повторила`, `ответила`, `рассказывал
  Жорж`, `заговорил`, `повторил`, `воскликнул`, `спрашивая`), `было напечатано` (a ribbon's letters),
  `заплутался`, `оттолкнул`, `кивнул`, `влюбился`, `был репетитором` (a state, 9.49), `жили`, `ждет`,
  `Идем` (an exhortation) are no events.
"""
SOURCE = ("gorky_moi_universitety.txt", 58753, 62757)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("Несравненной [Джильде]", "PER", None, "Джильда", "gilda"),
    ("видел [Мишу]", "PER", None, "Миша", "misha"),
    ("Мишу, [Жорж]?", "PER", None, "Жорж", "zhorzh"),
    ("[Жорж] оттолкнул", "PER", None, "Жорж", "zhorzh"),
    ("уехал в [Киев]", "LOC", "CITY", "Киев", "kiev"),
    ("Да, в [Киев]", "LOC", "CITY", "Киев", "kiev"),
    ("Полураздетый [Жорж]", "PER", None, "Жорж", "zhorzh"),
    ("рассказывал [Жорж]", "PER", None, "Жорж", "zhorzh"),
    ("едем в [Киев]", "LOC", "CITY", "Киев", "kiev"),
    ("сегодня, [Миша]?", "PER", None, "Миша", "misha"),
    ("Вот [Жорж] явился", "PER", None, "Жорж", "zhorzh"),
    ("в [Москве]", "LOC", "CITY", "Москва", "moskva"),
]

# context, value, mod
DATES = [
    ("Мы [завтра] едем", "XXXX-XX-XX", None),
    ("Да, [завтра]!", "XXXX-XX-XX", None),
    ("приедет [сегодня]", "XXXX-XX-XX", None),
    ("уже [два года почти]", "P2Y", "APPROX"),
]

# context, kind, referent (None: no named referent in the passage)
MENTIONS = [
    ("[Она] не ответила", P, None),
    ("Человек, [которого]", P, "zhorzh"),
    ("положил [его] на диван", P, "zhorzh"),
    ("растирать [его] руки", P, "zhorzh"),
    ("Лицо у [нее]", P, None),
    ("Вот [она] руками", P, None),
    ("седые [свои] волосы", P, None),
    ("ведь [он] уехал", P, "misha"),
    ("голос [ее] звучит", P, None),
    ("— [Он] скоро", P, "misha"),
    ("говоря [ей]", P, None),
    ("ответила [она]", P, None),
    ("гладя [ее] руку", P, None),
    ("[Ему] было лет", P, "zhorzh"),
    ("лицо [его] с черными", P, "zhorzh"),
    ("тревожным, [он] крепко", P, "zhorzh"),
    ("на [своем] круглом", P, "zhorzh"),
    ("— [Он] не приедет", P, "misha"),
    ("[Он] увел", P, "zhorzh"),
    ("увел [ее]", P, None),
    ("слушая [его] тихий", P, "zhorzh"),
    ("— [Легла].", Z, None),
    ("[Поставил] лампу", Z, "zhorzh"),
    ("[Он] склонил", P, "zhorzh"),
    ("[Он] рассеянно", P, "zhorzh"),
    ("и [ее] отправили", P, None),
    ("самовар, [он] согласно", P, "zhorzh"),
    ("что [полураздет]", Z, "zhorzh"),
    ("печке, [он] повторил", P, "zhorzh"),
    ("вздрогнув, [уставился]", Z, "zhorzh"),
    ("с [нею] тогда", P, None),
    ("— [она] больная", P, None),
    ("У [нее] застрелился", P, None),
    ("а [она] всё ждет", P, None),
    ("ждет [его]", P, "misha"),
    ("двери, [он] сказал", P, "zhorzh"),
    ("чай, [он] бессвязно", P, "zhorzh"),
    ("помещица, [он] — учитель", P, "zhorzh"),
    ("репетитором [ее] сына", P, None),
    ("влюбился в [нее]", P, None),
    ("[она] ушла", P, None),
    ("[они] жили", P, None),
    ("муж [ее] всячески", P, None),
    ("испортить [ей]", P, None),
    ("Рассказывал [он]", P, "zhorzh"),
    ("[Обжигался]", Z, "zhorzh"),
    ("лицо [его] морщилось", P, "zhorzh"),
    ("раз спросил [он]", P, "zhorzh"),
    ("Слова [его]", P, "zhorzh"),
    ("беспокойно, [он] смотрел", P, "zhorzh"),
    ("воскликнул [он]", P, "zhorzh"),
    ("вдруг [оживился]", Z, "zhorzh"),
]

# trigger context, type, polarity, modality, [(role, argument context), ...]
EVENTS = [
    ("Она не [ответила]", "COMMUNICATION", "negative", "asserted", [
        ("agent", "[Она] не ответила")]),
    ("которого я [привел]", "MOVEMENT", "positive", "asserted", [
        ("patient", "Человек, [которого]")]),
    ("Ты [видел] Мишу", "MEETING", "positive", "asserted", [
        ("participant", "видел [Мишу]")]),
    ("он [уехал] в Киев", "MOVEMENT", "positive", "asserted", [
        ("agent", "ведь [он] уехал"), ("destination", "уехал в [Киев]")]),
    ("скоро [приедет]", "MOVEMENT", "positive", "asserted", [
        ("agent", "— [Он] скоро")]),
    ("[говоря] ей", "COMMUNICATION", "positive", "asserted", [
        ("agent", "Полураздетый [Жорж]"), ("recipient", "говоря [ей]")]),
    ("думал — [замерзну]", "DEATH", "positive", "possible", []),
    ("завтра [едем]", "MOVEMENT", "positive", "asserted", [
        ("destination", "едем в [Киев]"), ("time", "Мы [завтра] едем")]),
    ("не [приедет] сегодня", "MOVEMENT", "negative", "asserted", [
        ("agent", "— [Он] не приедет"), ("time", "приедет [сегодня]")]),
    ("Он [увел]", "MOVEMENT", "positive", "asserted", [
        ("agent", "[Он] увел"), ("patient", "увел [ее]")]),
    ("Жорж [явился]", "MOVEMENT", "positive", "asserted", [
        ("agent", "Вот [Жорж] явился")]),
    ("я бы [погиб]", "DEATH", "positive", "conditional", []),
    ("рассеянно [пошел]", "MOVEMENT", "positive", "asserted", [
        ("agent", "[Он] рассеянно")]),
    ("ее [отправили]", "MOVEMENT", "positive", "asserted", [
        ("patient", "и [ее] отправили")]),
    ("Я [предложил]", "COMMUNICATION", "positive", "asserted", []),
    ("[отвел] меня", "MOVEMENT", "positive", "asserted", [
        ("agent", "самовар, [он] согласно")]),
    ("я бы [замерз]", "DEATH", "positive", "conditional", []),
    ("[застрелился] сын", "DEATH", "positive", "asserted", [
        ("place", "в [Москве]")]),
    ("словами [рассказал]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "чай, [он] бессвязно")]),
    ("она [ушла] от мужа", "MARRIAGE", "positive", "asserted", [
        ("participant", "[она] ушла")]),
    ("[пела] в опере", "EMPLOYMENT", "positive", "asserted", [
        ("agent", "[она] ушла")]),
    ("[испортить] ей", "CONFLICT", "positive", "desired", [
        ("participant", "испортить [ей]")]),
    ("[Рассказывал] он", "COMMUNICATION", "positive", "asserted", [
        ("agent", "Рассказывал [он]")]),
    ("кратко [рассказал] о себе", "COMMUNICATION", "positive", "asserted", []),
]
