"""Gorky, «Детство»: the family quarrel over the mother Varvara's child (the grandfather's outburst
behind the partition, the grandmother on her knees begging him to forgive, the two old people weeping
together and the boy joining them), the mother coming into the kitchen, the evening service, the mother
alone with the boy asking how he lives (corpus gorky_detstvo.txt, characters 214507-218580, 4,073
characters, whole paragraphs with the source's three-space indentation; the slice ends with the last
paragraph's newline).

Annotated by reading before any pipeline run; fresh test set of round 20 (annot20a). All layers
(entities, person mentions with clusters, dates, events with arguments), against GUIDELINES.md
sections 2, 3, 4, 5, 8 and the decisions of 9.2, 9.17, 9.19, 9.21, 9.24, 9.56, 9.63; doubts in
section 9.71.

Particular decisions:
- Named: only the mother, `Варвара` (called out) and `Варька` (the grandfather's cry `Варька-а`: the
  name alone is the span, the drawn-out vowel after the hyphen outside, as 9.63 cuts a hyphenated
  compound). The grandfather, the grandmother, the lodger, the child are common nouns; `Христа ради`
  is an invocation (9.24); God (`господь`, `господи`, `богом`, `пред ним`) is neither entity nor
  mention.
- Mentions: every third-person pronoun, reflexive and zero subject of the mother takes her cluster
  (`ею`, `ей`, `ней`, `её`, `она`, `нею`, `себя`, `собою`, the zero `не привезла`); the
  grandfather's (`его`, `ему`, `он`, `ним`, `своим`, `себя`, the zeros `взревел`, `Наклонился`,
  `Развёл`, `ударил`) and the grandmother's (`она`, `ей`, `ней`, `её`) are null (never named); the
  two old people together (`ним`, `они`, `них`, `свой`, `им`) null; the grandparents' children
  (`ради их`) null; the former lodger (`его`, `ему`) null. Not mentions: `все`, `оба`, `никто`,
  `кому-то`, the indefinite `подадут`, the addressee's `испугался`, God's `настиг`.
- Dates: none (`Вечером` a part of the day, `последние дни наши`, `Теперь`): no inferred time.
- Events: going into and out of the kitchen and coming (`ушёл в кухню`, `вошёл в кухню`, `пошла вон
  из кухни`, `Пришла мать`), rushing to the old people (`бросился к ним`, 9.19), going to the service
  (`пошли ко всенощной`), the mother's arrival (`мать приехала`, twice) MOVEMENT; the child born
  (`рождённом`, `родила`) BIRTH; `не спросясь его` COMMUNICATION negative; `не привезла ему ребёнка`
  MOVEMENT negative (doubt: a person brought, not a thing); `подохнем` DEATH `possible` (a stated
  future); the mother telling something (`рассказывала`) and the boy's telling (`начал говорить`)
  COMMUNICATION; `Рассказывать ... не хотелось` COMMUNICATION negative `desired`; `Дедушка бьёт?`
  CONFLICT (a beating, 8.6; a spoken question asserted, 9.56); `отказал ему от квартиры`
  COMMUNICATION (notice given; doubt). Not events: the quotation tags (`забормотал`, `взревел`,
  `приказала`, `ворчал`, `нашёптывая`, `шепчет`, `сказав`, `сказал`), imperatives (`Уйди`, `прости`,
  `зови`, `Иди`, `расскажи`), the talk behind the partition (`говорили все сразу`; doubt: a quarrel
  told as an occurrence), forgiving, shaking, embracing, weeping, `отданном ею кому-то` (a child given
  away; no type), `по миру-то я пойду` (begging, 9.17), `работали`, `грешил`, `говорит с богом`,
  `Отходят все` (figurative), living (`жил`).
"""
SOURCE = ("gorky_detstvo.txt", 214507, 218580)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("— [Варвара]!", "PER", None, "Варвара", "varvara"),
    ("меня, [Варька]-а", "PER", None, "Варька", "varvara"),
]

# context, value, mod
DATES = []

# context, kind, referent (None: no named referent in the passage)
MENTIONS = [
    ("вдруг [взревел]", Z, None),
    ("не [своим] голосом", P, None),
    ("отданном [ею]", P, "varvara"),
    ("не спросясь [его]", P, None),
    ("не [привезла]", Z, "varvara"),
    ("привезла [ему]", P, None),
    ("Потом [он] вошёл", P, None),
    ("за [ним] бабушка", P, None),
    ("щёк; [он] сел", P, None),
    ("колени пред [ним]", P, None),
    ("[она] опустилась", P, None),
    ("прости ты [ей]", P, "varvara"),
    ("в лицо [ей]", P, None),
    ("[Наклонился]", Z, None),
    ("Наклонился к [ней]", P, None),
    ("трясти [её]", P, None),
    ("руки [его]", P, None),
    ("рядом с [ним] и", P, None),
    ("[Он] вдруг усмехнулся", P, None),
    ("прижался к [ней]", P, None),
    ("ради [их]", P, None),
    ("бросился к [ним]", P, None),
    ("что вот [они] так", P, None),
    ("за [них] и", P, None),
    ("что [они] равноправно", P, None),
    ("в [свой] плач", P, None),
    ("ты с [ней] будешь", P, "varvara"),
    ("[Развёл]", Z, None),
    ("зови [её]", P, "varvara"),
    ("а [он], наклоня", P, None),
    ("гулко [ударил]", Z, None),
    ("ударил [себя]", P, None),
    ("как [он] говорит", P, None),
    ("от [её] красной", P, "varvara"),
    ("светлее, [она] сидела", P, "varvara"),
    ("по бокам [её]", P, "varvara"),
    ("рукава [её] платья", P, "varvara"),
    ("у [них] на плечах", P, None),
    ("плечах, [она] тихонько", P, "varvara"),
    ("а [они] слушали", P, None),
    ("слушали [её]", P, "varvara"),
    ("Теперь [они] оба", P, None),
    ("что [она] — мать", P, "varvara"),
    ("мать [им]", P, None),
    ("остался с [нею]", P, "varvara"),
    ("в [её] комнате", P, "varvara"),
    ("комнате, [она] села", P, "varvara"),
    ("под [себя]", P, "varvara"),
    ("с [собою]", P, "varvara"),
    ("не любил [его]", P, None),
    ("отказал [ему]", P, None),
    ("понравилась [ей]", P, "varvara"),
    ("ей, [она] сказала", P, "varvara"),
]

# trigger context, type, polarity, modality, [(role, argument context[, "inferred"]), ...]
EVENTS = [
    ("я [ушёл] в кухню", "MOVEMENT", "positive", "asserted", []),
    ("[рождённом]", "BIRTH", "positive", "asserted", []),
    ("мать [родила]", "BIRTH", "positive", "asserted", []),
    ("не [спросясь]", "COMMUNICATION", "negative", "asserted", [
        ("recipient", "не спросясь [его]")]),
    ("не [привезла]", "MOVEMENT", "negative", "asserted", [
        ("agent", "не [привезла]")]),
    ("он [вошёл] в кухню", "MOVEMENT", "positive", "asserted", [
        ("agent", "Потом [он] вошёл")]),
    ("нищими [подохнем]", "DEATH", "positive", "possible", []),
    ("[бросился] к ним", "MOVEMENT", "positive", "asserted", []),
    ("что мать [приехала], и", "MOVEMENT", "positive", "asserted", []),
    ("Вот мать [приехала]", "MOVEMENT", "positive", "asserted", []),
    ("Бабушка [пошла] вон", "MOVEMENT", "positive", "asserted", []),
    ("[Пришла] мать", "MOVEMENT", "positive", "asserted", []),
    ("серьёзно [рассказывала]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "плечах, [она] тихонько")]),
    ("одевшись, [пошли]", "MOVEMENT", "positive", "asserted", []),
    ("Дедушка [бьёт]", "CONFLICT", "positive", "asserted", []),
    ("[Рассказывать] о дедушке", "COMMUNICATION", "negative", "desired", []),
    ("начал [говорить]", "COMMUNICATION", "positive", "asserted", []),
    ("дед [отказал]", "COMMUNICATION", "positive", "asserted", [
        ("recipient", "отказал [ему]")]),
]
