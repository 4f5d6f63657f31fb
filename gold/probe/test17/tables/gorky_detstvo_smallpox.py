"""Gorky, «Детство», chapter VIII: the boy's smallpox in the back attic, the grandmother's visits
and tales, his delirium and leap from the window, three months abed into spring; the grandmother,
drinking from her teapot, begins to tell of his father, Maxim Savvateyevich: a soldier's son born in
Siberia, beaten, taken in by his godfather, a carpenter in Perm, runaway, at sixteen in Nizhny
(corpus gorky_detstvo.txt, characters 253694-257415; the first whole paragraphs of narration in the
brief's range 450000-616854, read as byte offsets, characters 253464-347158: before them, the close
of the grandmother's verse tale of Ionushka).

Annotated by reading before any pipeline run; fresh test set of round 17 (annot17a). All layers
(entities, person mentions with clusters, dates, events with arguments), against GUIDELINES.md
sections 2, 3, 4, 5, 8 and the decisions of 9.2, 9.3, 9.4, 9.9, 9.13, 9.14, 9.17, 9.18, 9.19, 9.21,
9.22, 9.26, 9.27, 9.29, 9.30, 9.34, 9.40, 9.42, 9.45, 9.47; doubts in section 9.48.

Particular decisions:
- Named: the father, `Максим Савватеич`, once, in the grandmother's speech; `дяди [Петра]` (the
  kin word outside, 8.3); `Колчина` (the steamers' owner). The grandmother, the grandfather
  (`деду-то`, `деда`), the mother, the father's father (`солдата`, `дедушка`), his mother and the
  godfather (`крёстный — столяр`) are named nowhere in the passage: their pronouns are null; the
  narrator is unnamed, his `я` no mention. The father is `отец` (a common noun) throughout, but his
  pronouns and the zero subject of the dream's `идёт` take the cluster of `Максим Савватеич` (8.3:
  named anywhere in the document). Places: `Сибирь` (twice, LOCATION), `Перми` and `Нижний`
  (CITY), `Ковалихе` (a quarter of Nizhny, DISTRICT).
- Mentions: `её`, `она`, `неё`, `ней`, `собою`, `ей` of the grandmother, `себе`, `своему`,
  `него` of the godfather, `ему` of the soldier (`подчинёнными ему`): null. `стал так бить` after a
  semicolon with no subject of its own (the grandfather of the clause before) is a zero mention,
  null (9.18). `прятала его` (the teapot), `от одного из них` (the nightmares), `ими` (the legs),
  the cats and the crows are no persons. `Меня поместили`, `бьют`, `никто` are no mentions.
- Dates: `На [другой день]` (9.45) and `В [тот вечер]` (9.34) `XXXX-XX-XX`; `месяца три` (the
  unit first: approximate) `P3M` APPROX, a duration; `весна` (a season named as a noun, 9.30)
  `XXXX-SP`; `чем зимою` (9.34) `XXXX-WI`; `вчера` in her speech `XXXX-XX-XX`. Not dates:
  `Однажды вечером`, `днём`, `тихими ночами`, `с каждым днём`, `мартовского` (an adjective),
  `Несколько вечеров подряд` (a count of parts of the day; doubt), the ages `с малых лет`, `когда
  ему минуло девять лет` (9.40), `шестнадцати лет`, `В двадцать лет` (9.40). No year: no inferred
  time.
- Events: `Меня поместили на заднем чердаке` (a person put in a place, 9.21), `выкинулся на двор`
  (a leap from the window, 9.19), `Приходила бабушка`, `пришла однажды` (coming into the room, 8.6),
  the father's running away (`бегать из дома`, `убежал от него`: escape, 9.13; the man left has no
  role, as 9.3's `разошелся с Калугиным`), `взял к себе` (a child taken in, 9.21), `спрятали его`
  (hidden, 8.6, the child its patient) and `пришёл в Нижний` are MOVEMENT; `бабушка запоздала прийти
  в обычное время` is the coming at the usual time denied: MOVEMENT negative. `Ко мне ходила ...
  бабушка` (visits to a person, 9.22) and `у матери были гости` (a visit, 9.27, 9.47) are MEETING.
  `я едва не погиб` is DEATH negative. Telling tales and the father's story (`рассказывать ...
  сказки`, asserted: the tales are told `всегда новые`; `сказывала`, `начала рассказывать`,
  `рассказывала`, `её складная речь`) and reminding her (`напоминал ей`) are COMMUNICATION; the
  tags `говорила, подмигивая:`, `спрашивая:`, `говорит:`, `спрашивал я`, `отвечала:` are none.
  The grandfather of the father's childhood: searching for the runaway (`искал его`) and catching
  him (`поймав`, within the family, no custody, 9.38) have no type; his beating (`стал так бить`)
  and the boy's question `Маленьких всегда бьют?` (generic, `possible`) are CONFLICT; the neighbours'
  `отняли ребёнка` no type. The soldier's rise (`дослужившегося до офицеров`) EMPLOYMENT, his exile
  (`сосланного в Сибирь`) EXILE; `родился` BIRTH with `Сибири` its place; `померла`, `помер`
  DEATH; `приписал его в цеховые города Перми` (enrolled in a craft guild) MEMBERSHIP, the enrolled
  its agent (9.25's `ввести меня в круг`), `Перми` taken as its place (doubt); `стал учить своему
  мастерству` EDUCATION (9.21); `стал работать у подрядчика`, `где он работал` EMPLOYMENT (9.43).
  Not events: the dream (`идёт будто полем`, a walk with no goal; `сниться`), being a cabinetmaker
  (a state), `водил слепых` (9.17), the illness, the cut throat seen in delirium and his injuries
  (9.29), carrying and hiding the teapot (a thing, 9.14), `бил стёкла`.
"""
SOURCE = ("gorky_detstvo.txt", 253694, 257415)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("у дяди [Петра]", "PER", None, "Пётр", "petr"),
    ("частенько [Максим Савватеич] сниться", "PER", None, "Максим Савватеич", "maksim"),
    ("сосланного в [Сибирь]", "LOC", "LOCATION", "Сибирь", "siberia"),
    ("где-то в [Сибири]", "LOC", "LOCATION", "Сибирь", "siberia"),
    ("цеховые города [Перми]", "LOC", "CITY", "Пермь", "perm"),
    ("пришёл в [Нижний]", "LOC", "CITY", "Нижний", "nizhny"),
    ("на пароходах [Колчина]", "PER", None, "Колчин", "kolchin"),
    ("деда, на [Ковалихе]", "LOC", "DISTRICT", "Ковалиха", "kovalikha"),
]

# context, value, mod
DATES = [
    ("На [другой день] я", "XXXX-XX-XX", None),
    ("В [тот вечер] у матери", "XXXX-XX-XX", None),
    ("и [месяца три] я лежал", "P3M", "APPROX"),
    ("пугливая [весна] лучистым", "XXXX-SP", None),
    ("чем [зимою]", "XXXX-WI", None),
    ("бишь я [вчера] сказывала", "XXXX-XX-XX", None),
]

# context, kind, referent (None: no named referent in the passage)
MENTIONS = [
    ("я увидал [её]", P, None),
    ("[она] лежала за дверью", P, None),
    ("шея у [неё]", P, None),
    ("к [ней] подвигалась", P, None),
    ("слова [её] пахли", P, None),
    ("потом [она] стала", P, None),
    ("с [собою] большой", P, None),
    ("рукавом, [она] сладко", P, None),
    ("напоминал [ей]", P, None),
    ("ручьём [её] складная", P, None),
    ("[Она] сама начала", P, None),
    ("твоего, [идёт] будто", Z, "maksim"),
    ("следом за [ним]", P, "maksim"),
    ("душенька [его] неприютная", P, "maksim"),
    ("подряд [она] рассказывала", P, None),
    ("все [её] истории", P, None),
    ("подчинёнными [ему]", P, None),
    ("Жилось [ему] плохо", P, "maksim"),
    ("лет [он] стал бегать", P, "maksim"),
    ("искал [его] по лесу", P, "maksim"),
    ("поймав, [стал] так бить", Z, None),
    ("и спрятали [его]", P, "maksim"),
    ("когда [ему] минуло", P, "maksim"),
    ("взял к [себе] крёстный", P, None),
    ("приписал [его] в цеховые", P, "maksim"),
    ("учить [своему] мастерству", P, None),
    ("убежал от [него]", P, None),
    ("двадцать лет [он] был", P, "maksim"),
    ("где [он] работал", P, "maksim"),
]

# trigger context, type, polarity, modality, [(role, argument context), ...]
EVENTS = [
    ("Меня [поместили]", "MOVEMENT", "positive", "asserted", []),
    ("едва не [погиб]", "DEATH", "negative", "asserted", []),
    ("Ко мне [ходила]", "MEETING", "positive", "asserted", []),
    ("ложки, как ребёнка, [рассказывать]", "COMMUNICATION", "positive", "asserted", []),
    ("запоздала [прийти]", "MOVEMENT", "negative", "asserted", []),
    ("и [выкинулся] на двор", "MOVEMENT", "positive", "asserted", []),
    ("у матери [были] гости", "MEETING", "positive", "asserted", [
        ("time", "В [тот вечер] у матери")]),
    ("[Приходила] бабушка", "MOVEMENT", "positive", "asserted", []),
    ("я вчера [сказывала]", "COMMUNICATION", "positive", "asserted", [
        ("time", "бишь я [вчера] сказывала")]),
    ("Я [напоминал] ей", "COMMUNICATION", "positive", "asserted", [
        ("recipient", "напоминал [ей]")]),
    ("складная [речь]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "ручьём [её] складная")]),
    ("начала [рассказывать] мне", "COMMUNICATION", "positive", "asserted", [
        ("agent", "[Она] сама начала")]),
    ("[пришла] однажды трезвая", "MOVEMENT", "positive", "asserted", [
        ("agent", "[Она] сама начала")]),
    ("она [рассказывала] историю", "COMMUNICATION", "positive", "asserted", [
        ("agent", "подряд [она] рассказывала")]),
    ("[дослужившегося] до офицеров", "EMPLOYMENT", "positive", "asserted", []),
    ("[сосланного] в Сибирь", "EXILE", "positive", "asserted", [
        ("destination", "сосланного в [Сибирь]")]),
    ("и [родился] мой отец", "BIRTH", "positive", "asserted", [
        ("place", "где-то в [Сибири]")]),
    ("стал [бегать] из дома", "MOVEMENT", "positive", "asserted", [
        ("agent", "лет [он] стал бегать")]),
    ("стал так [бить]", "CONFLICT", "positive", "asserted", [
        ("participant", "поймав, [стал] так бить")]),
    ("и [спрятали] его", "MOVEMENT", "positive", "asserted", [
        ("patient", "и спрятали [его]")]),
    ("Маленьких всегда [бьют]", "CONFLICT", "positive", "possible", []),
    ("отца [померла] рано", "DEATH", "positive", "asserted", []),
    ("[помер] и дедушка", "DEATH", "positive", "asserted", []),
    ("отца [взял] к себе", "MOVEMENT", "positive", "asserted", []),
    ("[приписал] его в цеховые", "MEMBERSHIP", "positive", "asserted", [
        ("agent", "приписал [его] в цеховые"),
        ("place", "цеховые города [Перми]")]),
    ("стал [учить] своему", "EDUCATION", "positive", "asserted", []),
    ("отец [убежал] от него", "MOVEMENT", "positive", "asserted", []),
    ("лет [пришёл] в Нижний", "MOVEMENT", "positive", "asserted", [
        ("destination", "пришёл в [Нижний]")]),
    ("стал [работать] у подрядчика", "EMPLOYMENT", "positive", "asserted", []),
    ("где он [работал]", "EMPLOYMENT", "positive", "asserted", [
        ("agent", "где [он] работал")]),
]
