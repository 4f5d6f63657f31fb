"""Tolstoy, «Война и мир», volume 3, part 1, the close of chapter XIV and the opening of chapter XV:
the affair at Ostrovna, Rostov's squadron moves up behind the uhlans, count Ostermann rides past,
the uhlans charge the French dragoons and are thrown back, Rostov sees the moment to strike and
speaks to the captain (corpus ../war_and_peace/tom3.txt, characters 125131-128248; the first
whole paragraphs of narration in the region, the chapter heading `XV` between them).

Annotated by reading before any pipeline run; fresh test set of round 15 (annot15b). All layers
(entities, person mentions with clusters, dates, events with arguments), against GUIDELINES.md
sections 2, 3, 4, 5, 8 and the decisions of 9.9, 9.10, 9.13, 9.14, 9.17, 9.19, 9.21, 9.25, 9.26,
9.29, 9.32, 9.33; doubts in section 9.37.

Particular decisions:
- Named: `Ростов` (Nikolai Rostov, five times), `Остерман` (`Граф [Остерман]`, the title outside),
  and `Андрей Севастьяныч`, the captain (`ротмистр`) whom Rostov addresses (a name in address is a
  PER mention, 9.12). `эскадрон`, `гусары`, `уланы`, `пехота`, `драгуны`, `дивизионер`,
  `командиром полка`, `ротмистр` are common nouns; `французскую`, `французских` adjectives.
- Groups of persons with no name (the infantry `повыше ее`, the uhlans `их`, `они`, the dragoons
  `они не устоят`, `мы их сомнем`) are pronoun mentions with cluster null (9.15, 9.20). Every
  finite verb has its subject written (a unit or a person): no zero mention.
- Dates: `около часу` is a duration (9.26: counts of hours are durations), span `часу` (`около`
  outside), `PT1H` APPROX, no time argument. `через пять минут` within the scene is left out
  (9.32), as are `сейчас`, `сию минуту`, `теперь`. No date fixes a year: no time is inferred.
- Events: the squadron's and the uhlans' marches to a goal (`объехал`, `спустился`, `пройдя`,
  `поднялся`, `прошли на левый фланг`, `тронулись`, `сошли`, `подвинуться`, `понеслись назад`,
  `подвигались`) are military MOVEMENT (8.6, 9.17); the battery `торопившуюся идти скорее` (the
  manner of a march begun) and taking station (`стали позади`, `становились на место`) are steps
  within the scene. `простояли около часу на одном месте` is a bounded stay (9.9, 9.10), MOVEMENT.
  The line `вступившая в дело` (WAR on `дело`, 9.25) and exchanging fire, the cannonade begun
  (9.17), the charges (`пошли ... на французскую кавалерию`, `налетели`), pursuit (9.13), the
  melee (`сталкивались`, `нагоняли`), `в прикрытие к батарее` (a task, `desired`, 9.17) and `поле
  сражения` are WAR; Rostov's thought `ежели ударить` WAR `conditional`, `они не устоят` WAR
  negative `conditional`; his spoken `мы их сомнем` WAR asserted (a confident prediction, 9.4).
  Shots and bullets heard (`выстрелов`, `пули`, `звуки стрельбы`) are no events (9.14); the quoted
  commands and their tags (`команда`, `скомандовали`, `к атаке стройся`) are none (8.6, 9.21);
  `велено было` is COMMUNICATION (9.14). Ostermann riding past, talking with the regiment's
  commander (MEETING, 9.17) and riding off; `отъездом` MOVEMENT.
"""
SOURCE = ("../war_and_peace/tom3.txt", 125131, 128248)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("[Ростову], как от звуков", "PER", None, "Ростов", "rostov"),
    ("Граф [Остерман] с свитой", "PER", None, "Остерман", "osterman"),
    ("отъездом [Остермана]", "PER", None, "Остерман", "osterman"),
    ("подействовал на [Ростова]", "PER", None, "Ростов", "rostov"),
    ("[Ростов] своим зорким", "PER", None, "Ростов", "rostov"),
    ("[Ростов], как на травлю", "PER", None, "Ростов", "rostov"),
    ("[Андрей Севастьяныч],", "PER", None, "Андрей Севастьяныч", "andrey_sevastyanych"),
    ("сказал [Ростов],", "PER", None, "Ростов", "rostov"),
]

# context, value, mod
DATES = [
    ("около [часу] на одном", "PT1H", "APPROX"),
]

# context, kind, referent
MENTIONS = [
    ("повыше [ее] на горе", P, None),
    ("впереди [их] вздвоила", P, None),
    ("где [они] стояли", P, None),
    ("позади [их], большой", P, None),
    ("[Он], выпрямившись", P, "rostov"),
    ("Ростов [своим] зорким", P, "rostov"),
    ("преследующие [их].", P, None),
    ("перед [ним].", P, "rostov"),
    ("[Он] чутьем", P, "rostov"),
    ("[они] не устоят", P, None),
    ("[Он] оглянулся", P, "rostov"),
    ("вокруг [себя]", P, "rostov"),
    ("подле [него]", P, "rostov"),
    ("мы [их] сомнем", P, None),
]

# trigger context, type, polarity, modality, [(role, argument context), ...]
EVENTS = [
    ("Эскадрон [объехал]", "MOVEMENT", "positive", "asserted", []),
    ("[спустился] под гору", "MOVEMENT", "positive", "asserted", []),
    ("[пройдя] через", "MOVEMENT", "positive", "asserted", []),
    ("опять [поднялся] на гору", "MOVEMENT", "positive", "asserted", []),
    ("войск [прошли] на левый", "MOVEMENT", "positive", "asserted", []),
    ("вступившая в [дело]", "WAR", "positive", "asserted", []),
    ("[перещелкивающаяся]", "WAR", "positive", "asserted", []),
    ("Гусары [простояли]", "MOVEMENT", "positive", "asserted", []),
    ("и [канонада]", "WAR", "positive", "asserted", []),
    ("свитой [проехал]", "MOVEMENT", "positive", "asserted", [
        ("agent", "Граф [Остерман] с свитой")]),
    ("[поговорил] с командиром", "MEETING", "positive", "asserted", [
        ("participant", "Граф [Остерман] с свитой")]),
    ("и [отъехал] к пушкам", "MOVEMENT", "positive", "asserted", [
        ("agent", "Граф [Остерман] с свитой")]),
    ("за [отъездом] Остермана", "MOVEMENT", "positive", "asserted", [
        ("agent", "отъездом [Остермана]")]),
    ("Уланы [тронулись]", "MOVEMENT", "positive", "asserted", []),
    ("на рысях [пошли] под гору", "WAR", "positive", "asserted", []),
    ("уланы [сошли] под гору", "MOVEMENT", "positive", "asserted", []),
    ("гусарам [велено]", "COMMUNICATION", "positive", "asserted", []),
    ("[подвинуться] в гору", "MOVEMENT", "positive", "asserted", []),
    ("в [прикрытие] к батарее", "WAR", "positive", "desired", []),
    ("поле [сражения]", "WAR", "positive", "asserted", []),
    ("в [движении] улан", "MOVEMENT", "positive", "asserted", []),
    ("близко [налетели]", "WAR", "positive", "asserted", []),
    ("уланы [понеслись]", "MOVEMENT", "positive", "asserted", []),
    ("драгун, [преследующих] наших", "WAR", "positive", "asserted", []),
    ("[подвигались] расстроенными", "MOVEMENT", "positive", "asserted", []),
    ("драгуны, [преследующие] их", "WAR", "positive", "asserted", []),
    ("люди [сталкивались]", "WAR", "positive", "asserted", []),
    ("[нагоняли] друг", "WAR", "positive", "asserted", []),
    ("ежели [ударить] теперь", "WAR", "positive", "conditional", []),
    ("не [устоят]", "WAR", "negative", "conditional", [
        ("participant", "[они] не устоят")]),
    ("но ежели [ударить], то", "WAR", "positive", "conditional", []),
    ("их [сомнем]", "WAR", "positive", "asserted", [
        ("participant", "мы [их] сомнем")]),
]
