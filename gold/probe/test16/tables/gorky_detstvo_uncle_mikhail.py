"""Gorky, «Детство», the opening of chapter VI: uncle Yakov bursts in to warn that uncle Mikhail,
drunk, is coming to kill the grandfather; the grandfather mocks Yakov; the grandmother sends the
boy upstairs to watch the street; the street, the squares, the pond and the church seen from the
window (corpus gorky_detstvo.txt, characters 117297-120888; the first whole paragraphs of
narration with named persons, places and a time in the brief's region 114087-146321: the scene
before it, the grandfather striking the grandmother, names no one and is mostly dialogue).

Annotated by reading before any pipeline run; fresh test set of round 16 (annot16b). All layers
(entities, person mentions with clusters, dates, events with arguments), against GUIDELINES.md
sections 2, 3, 4, 5, 8 and the decisions of 9.2, 9.9, 9.12, 9.14, 9.17, 9.18, 9.20, 9.21, 9.22,
9.30, 9.32, 9.34, 9.35, 9.36, 9.40; doubts in section 9.42.

Particular decisions:
- Named: uncle Yakov (`дядя [Яков]`, `к [Якову]`, the grandfather's address `[Яков Васильев]`;
  the kin word outside, 8.3), uncle Mikhail (`[Мишка]` in Yakov's words, `дядя [Михайло]`),
  `[Григория]` (offended with Yakov). The grandfather (`дед`, `Тятенька`, `отец`) and the
  grandmother (`бабушка`, `мать`) are named nowhere in the passage: their pronouns are null; the
  narrator is unnamed, his `я` no mention. `Варварино` (приданое) is an adjective from a name
  (2.2): no entity. `Псалтырь`, the copy the boy reads with his grandfather, is a book as an
  object, no WORK_OF_ART (as 9.14's `Евангелие`).
- Places: `Острожную площадь`, `Сенная площадь` (squares, FACILITY, the cue word inside as a
  street's, 9.35), `Дюков пруд` (a pond, LOCATION; `Дюков` alone is no name), the church `Трёх
  Святителей` (FACILITY, the cue word `церковь` outside, as 9.35's `Николы Явленного`).
- Mentions: in Yakov's speech `Обедал` (a new sentence) and `перебил` (after a colon, 9.20) are
  zero mentions of Mikhail, the verbs after `перебил` sharing it; `Сюда идет, грозится` one zero
  mention on `идет`; `кричит` set off by commas inside Mikhail's words is a zero mention of him
  (9.18). `Прошёлся ..., подошёл ..., закинул ... и обратился` (the grandfather): one zero mention.
  `тот обиженно отскочил` is Yakov; `брат`, `его` in the grandfather's words are Mikhail. `они`
  of the houses, the street's `она`, `он` of the lane and of the lead in the chest are things;
  `двигаются они` (the few people in the street) is a group, null.
- Dates: `зимою` (when the uncles threw the father into the ice hole) `XXXX-WI`; `дождями осени`
  (a generic autumn, as 9.34's `весной`) `XXXX-FA`; `долгих зим` (a plural: every winter, a set)
  is no date. `Однажды вечером`, `теперь`, `всегда` are no dates. No year: no inferred time.
- Events: `ворвался` (into the room) MOVEMENT; Mikhail's rowdiness `буянит` CONFLICT (as 9.32's
  `буйстве`), `обидел` CONFLICT (`меня` first person, no argument), breaking dishes and windows
  (things) no event; `Обедал у меня`, `напился` everyday acts, no visit told. `Сюда идет`,
  `отца идет` MOVEMENT, `грозится` CONFLICT (as 9.32's `угрожал`); his quoted threat `бороду
  выдеру`, `убью` and the purpose `Убить` are CONFLICT / DEATH `desired` (a declared intention).
  The grandfather's fig under Yakov's nose (`сунул кукиш`) CONFLICT (mocking, 9.14); `обратился
  к Якову:` tags the line (9.7.2). Yakov's `приехал` MOVEMENT, `защитить вас` CONFLICT `desired`
  (taking a side in the family fight); `как вломится брат` and `когда дядя Михайло покажется на
  улице` MOVEMENT `conditional` (when-clauses of orders); the imperatives (`бей`, `дай-кось`,
  `Беги`, `соскочи`, `скажи`, `Ступай`) tell no occurrence. `грозящим нашествием буйного дяди`
  CONFLICT `possible` (the expected attack). `по рассказу бабушки` COMMUNICATION; `бросили в
  прорубь моего отца` CONFLICT (violence, not told as a death), time `зимою`, place the pond
  (`куда` stands for `Дюков пруд`, the relative's antecedent). Steps within the
  room (`Прошёлся`, `подошёл к двери`, `отскочил`, `отошёл в угол`), `сели за Псалтырь` and the
  passers-by who `двигаются` without a goal (9.3) are no events.
"""
SOURCE = ("gorky_detstvo.txt", 117297, 120888)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("ворвался дядя [Яков]", "PER", None, "Яков", "yakov"),
    ("Тятенька, [Мишка] буянит", "PER", None, "Мишка", "mikhail"),
    ("меня обидел, [Григория]", "PER", None, "Григорий", "grigory"),
    ("обратился к [Якову]", "PER", None, "Яков", "yakov"),
    ("А ты, [Яков Васильев]", "PER", None, "Яков Васильев", "yakov"),
    ("когда дядя [Михайло] покажется", "PER", None, "Михайло", "mikhail"),
    ("выходит на [Острожную площадь]", "LOC", "FACILITY", "Острожная площадь", "ostrozhnaya"),
    ("развёртывается [Сенная площадь]", "LOC", "FACILITY", "Сенная площадь", "sennaya"),
    ("тухлый [Дюков пруд]", "LOC", "LOCATION", "Дюков пруд", "dyukov_prud"),
    ("церковь [Трёх Святителей]", "LOC", "FACILITY", "Три Святителя", "tri_svyatitelya"),
]

# context, value, mod
DATES = [
    ("дядья [зимою] бросили", "XXXX-WI", None),
    ("дождями [осени]", "XXXX-FA", None),
]

# context, kind, referent (None: no named referent in the passage)
MENTIONS = [
    ("в угол, [он] скороговоркой", P, "yakov"),
    ("[Обедал] у меня", Z, "mikhail"),
    ("посуду [перебил]", Z, "mikhail"),
    ("Сюда [идет], грозится", Z, "mikhail"),
    ("отцу, [кричит], бороду", Z, "mikhail"),
    ("лицо [его] сморщилось", P, None),
    ("взвизгнул [он]", P, None),
    ("[Прошёлся] по комнате", Z, None),
    ("[Он] сунул кукиш", P, None),
    ("дяде; [тот] обиженно", P, "yakov"),
    ("бей [его] в мою", P, "mikhail"),
    ("ты [его] напоил", P, "mikhail"),
    ("бей: [его], меня", P, "mikhail"),
    ("двигаются [они] не спеша", P, None),
]

# trigger context, type, polarity, modality, [(role, argument context), ...]
EVENTS = [
    ("в комнату [ворвался]", "MOVEMENT", "positive", "asserted", [
        ("agent", "ворвался дядя [Яков]")]),
    ("Мишка [буянит]", "CONFLICT", "positive", "asserted", [
        ("participant", "Тятенька, [Мишка] буянит")]),
    ("меня [обидел]", "CONFLICT", "positive", "asserted", [
        ("participant", "посуду [перебил]"),
        ("participant", "меня обидел, [Григория]")]),
    ("Сюда [идет], грозится", "MOVEMENT", "positive", "asserted", [
        ("agent", "Сюда [идет], грозится")]),
    ("идет, [грозится]", "CONFLICT", "positive", "asserted", [
        ("participant", "Сюда [идет], грозится")]),
    ("бороду [выдеру]", "CONFLICT", "positive", "desired", []),
    ("выдеру, [убью]!", "DEATH", "positive", "desired", []),
    ("[Убить] отца", "DEATH", "positive", "desired", []),
    ("отца [идет], чу", "MOVEMENT", "positive", "asserted", []),
    ("Он [сунул] кукиш", "CONFLICT", "positive", "asserted", [
        ("participant", "[Он] сунул кукиш")]),
    ("[защитить] вас", "CONFLICT", "positive", "desired", []),
    ("вас [приехал]", "MOVEMENT", "positive", "asserted", []),
    ("как [вломится] брат", "MOVEMENT", "positive", "conditional", []),
    ("Михайло [покажется]", "MOVEMENT", "positive", "conditional", [
        ("agent", "когда дядя [Михайло] покажется")]),
    ("грозящим [нашествием]", "CONFLICT", "positive", "possible", []),
    ("по [рассказу] бабушки", "COMMUNICATION", "positive", "asserted", []),
    ("зимою [бросили]", "CONFLICT", "positive", "asserted", [
        ("place", "тухлый [Дюков пруд]"),
        ("time", "дядья [зимою] бросили")]),
]
