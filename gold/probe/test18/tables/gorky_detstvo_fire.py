"""Gorky, «Детство», chapter IV: the grandmother's fear of black cockroaches (she wakes the boy at
night to find them; her reason why); one night, while she prays, the grandfather announces the fire;
the household is roused, uncle Yakov blames Mishka, the workshop burns; the grandmother runs into the
fire for the vitriol, opens the gates and sets the neighbours to save the barn (corpus
gorky_detstvo.txt, characters 81137-85228, 4,091 characters, whole paragraphs, each with the
source's three-space indentation; the slice ends before the paragraph's newline).

Annotated by reading before any pipeline run; fresh test set of round 18 (annot18a). All layers
(entities, person mentions with clusters, dates, events with arguments), against GUIDELINES.md
sections 2, 3, 4, 5, 8 and the decisions of 9.2, 9.12, 9.13, 9.15, 9.17, 9.18, 9.19, 9.24, 9.29,
9.38, 9.43, 9.49, 9.52; doubts in section 9.55.

Particular decisions:
- Named: the narrator once, by the grandmother's address `Олёша` (PER, his own cluster; his `я` is
  no mention, 8.2); the household's `Евгенья`, `Наталья` (addressed), `дядя [Яков]` and `Яков`
  (addressed; the kin word outside, 8.3), `Мишка` (uncle Mikhail, in Yakov's cry), `Григория` and
  `Григорий` (three times). `Млечного Пути` is LOC LOCATION (a named natural object; doubt).
  `Христа ради` is an invocation, no person (as 9.24's `Мати Пресвятыя Богородицы`); God (`богом`,
  `господь`, `Господь ... свою`, `бог`) is neither entity nor mention (9.2, 9.12). The grandmother
  (`бабушка`, `мать`), the grandfather (`дед`, `дедушка`, `Отец` in her call) and `дяди`/`дядя`
  are common nouns and the grandparents are named nowhere in the passage: their pronouns and zero
  subjects are null.
- Mentions: the grandmother's `себя`, `она`, `её`, `ее` and the zero subjects of new sentences
  (`Бывало, разбудит ... и шепчет` one mention on `разбудит`; `И, сбросив ..., вздыхала`; the
  grandfather's `Ой, пропала…`) are null; `ему`, `его`, `он` of Yakov and `него` of Grigory take
  their clusters. `оба` (grandmother and grandfather) is a numeral, no mention. The cockroaches
  (`их`, `он`, `они`, `в них`), the fire (`его`, `в него`), the roof, the workshop, the ribbons,
  the gates are no persons. `Убил?`, `поищи`, `ты` are second person, no mentions.
- Dates: none (`ночью`, `Однажды`, `В тихой ночи` are no dates, 8.5); no time is inferred.
- Events: going into another room, the kitchen, the passage and the porch, running into the fire,
  plunging into it and coming out of it, people running into the yard (`бросились в темноту ...
  комнаты`, `выбежал в кухню`, `выволокся в сени, на крыльцо`, `бежала прямо в огонь`, `сунулась в
  него`, `вынырнула`, `вбежавшим людям`) are MOVEMENT (9.19, 9.29); Mishka's `ушел` MOVEMENT (in
  Yakov's cry). The grandmother's shove (`толкнув его к двери`) is CONFLICT (family violence,
  9.13; doubt). The grandfather's `Ой, пропала…` DEATH `possible` (a fear, as 9.49's `пропаду`).
  Not events: the arson `поджег` (damage to a thing; no type; doubt), tags of quotations
  (`шепчет:`, `просила:`, `говорил я`, `отвечала:`, `сказал:`, `крикнула`, `командовала`, `выл`,
  `кричал`, `сказала`, `вскрикивая:`, `говорила:`), imperatives (`задави`, `поищи`, `снимай`,
  `одевай`, `держи`, `выведи`, `Снимите`, `отстаивайте`, `Рубите`, `бросай`, `давай`,
  `беритесь`), killing a cockroach (`Убил?`), prayer (`беседуя с богом`), `посетил нас господь`,
  `горим`, `горю`, burning and exploding things, `бросилась к воротам` and `дед бежал около
  бабушки` (steps within the scene, 9.17, 9.43), `сорвал ... попону`, `бросая в неё снегом`.
"""
SOURCE = ("gorky_detstvo.txt", 81137, 85228)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("— [Олёша], милый", "PER", None, "Олёша", "olesha"),
    ("— [Евгенья], снимай", "PER", None, "Евгенья", "evgenya"),
    ("[Наталья], одевай", "PER", None, "Наталья", "natalya"),
    ("босой дядя [Яков]", "PER", None, "Яков", "yakov"),
    ("Это [Мишка] поджег", "PER", None, "Мишка", "mishka"),
    ("поток [Млечного Пути]", "LOC", "LOCATION", "Млечный Путь", "milky_way"),
    ("криками деда, [Григория], дяди", "PER", None, "Григорий", "grigory"),
    ("— [Григорий], держи", "PER", None, "Григорий", "grigory"),
    ("[Григорий] сорвал", "PER", None, "Григорий", "grigory"),
    ("[Григорий], сверху", "PER", None, "Григорий", "grigory"),
    ("[Яков], не суетись", "PER", None, "Яков", "yakov"),
]

# context, value, mod
DATES = []

# context, kind, referent (None: no named referent in the passage)
MENTIONS = [
    ("расстоянии от [себя]", P, None),
    ("силы, [она] до ужаса", P, None),
    ("Бывало, [разбудит] меня", Z, None),
    ("а [она], лёжа", P, None),
    ("[Она] никогда не ошибалась", P, None),
    ("облегчённо [вздыхала]", Z, None),
    ("[она] не могла уснуть", P, None),
    ("вздрагивает [её] тело", P, None),
    ("что [она], задерживая", P, None),
    ("[Она] резонно", P, None),
    ("когда [она] стояла", P, None),
    ("точно [ему] жгло", P, "yakov"),
    ("толкнув [его] к двери", P, "yakov"),
    ("что [он] едва не упал", P, "yakov"),
    ("попоной, [она] бежала", P, None),
    ("держи [ее]!", P, None),
    ("Ой, [пропала]", Z, None),
    ("кричала [она]", P, None),
    ("с плеч [её] тлевшую", P, None),
    ("около [него] с топором", P, "grigory"),
    ("бросая в [неё]", P, None),
    ("снегом; [она] сунула", P, None),
]

# trigger context, type, polarity, modality, [(role, argument context[, "inferred"]), ...]
EVENTS = [
    ("тяжко топая, [бросились]", "MOVEMENT", "positive", "asserted", []),
    ("Я [выбежал] в кухню", "MOVEMENT", "positive", "asserted", []),
    ("поджег да [ушел]", "MOVEMENT", "positive", "asserted", [
        ("agent", "Это [Мишка] поджег")]),
    ("[толкнув] его", "CONFLICT", "positive", "asserted", [
        ("participant", "толкнув [его] к двери")]),
    ("я [выволокся]", "MOVEMENT", "positive", "asserted", []),
    ("она [бежала] прямо", "MOVEMENT", "positive", "asserted", [
        ("agent", "попоной, [она] бежала")]),
    ("и [сунулась] в него", "MOVEMENT", "positive", "asserted", [
        ("agent", "попоной, [она] бежала")]),
    ("Ой, [пропала]", "DEATH", "positive", "possible", [
        ("patient", "Ой, [пропала]")]),
    ("уже [вынырнула]", "MOVEMENT", "positive", "asserted", []),
    ("кланяясь [вбежавшим]", "MOVEMENT", "positive", "asserted", []),
]
