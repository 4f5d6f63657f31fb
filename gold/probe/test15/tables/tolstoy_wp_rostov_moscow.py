"""Tolstoy, «Война и мир», tom 2, part 1, chapter II and the opening of chapter III up to the cook's
dialogue: Nikolai Rostov on leave in Moscow (his life in town, the English Club, Kamensky, Denisov,
his love for the emperor, his drifting apart from Sonya); the old count prepares the English Club's
dinner for Bagration (corpus ../war_and_peace/tom2.txt, characters 15255–18862).

Annotated by reading before any pipeline run; fresh test set of round 15 (annot15a). All layers
(entities, person mentions with clusters, dates, events with arguments), against GUIDELINES.md
sections 2, 3, 4, 5 and 8 and the decision log 9 (9.17, 9.18, 9.22, 9.23, 9.24, 9.25, 9.27, 9.32,
9.33). Doubts and decisions in section 9.36.

- Names: `Николай Ростов`, `Николушка`, `Ростов`, `Ростова` are one man; `Илья Андреич Ростов` (the
  old count; `старого графа`, `Граф`, `графа` are common nouns) is another; the families `Ростовых`
  and `Архаровых` are clusters of their own (8.3). Titles outside (`фельдмаршалом Каменским`,
  `князя Багратиона`, `императору Александру Павловичу`). `государю`, `государе` (the emperor) are
  common nouns; their pronouns take the cluster of `Александру Павловичу`, named in the same
  sentence (8.3). `Георгием` is the order of St George (9.20): no person. `закона Божьего` (a school
  subject) and `«ангела во плоти»` (an epithet) are no entities.
- `Москва` in `Знакомство у Ростовых была вся Москва` (the town's society) is the town's name: LOC.
  The English Club is ORG, also where Tolstoy writes it in lower case (`в английском клубе`,
  `английский клуб`): the same named club as `Английском клубе` (one cluster; doubt in 9.36).
- Mentions: the generic `молодой человек ... своею ... ему` and the indefinite `редко кто ... свои` are
  mentions with cluster null (9.23); `кто` of `редко кто` is indefinite, no mention; `таких`, `всем`
  are no mentions. `к которой он ездит` (an unnamed lady) and `с которым` (an unnamed colonel):
  null. `они знали` (the cook Feoktist and the steward, named separately): null (8.2).
  `; и ... разделял` after clauses with other subjects is a zero mention (9.18); `что делал это`
  (a subordinate clause without its subject) is a zero mention (9.24).
- Dates: `в нынешний год` → `нынешний год` `XXXX`; `В начале марта` → `начале марта` `XXXX-03` START.
  No date fixes a year: no date in force, no inferred time. `вечером` alone, `в то время`, `за это
  время`, `В это короткое пребывание` are no dates.
- Events: visiting a lady (`к которой он ездит`) MEETING; talking with Kamensky MEETING, the war
  talked of WAR; `бывал в английском клубе` MOVEMENT with the club its place (as `был в Цареграде`,
  9.1); `познакомил` MEETING (9.25); `разошелся с Соней` (ending a relationship) CONFLICT (doubt in
  9.36); `что он еще не всё рассказывает` elaborates the telling (no second event, as `передавая их`
  in 9.3); `невыдержанный ... экзамен` EDUCATION negative (the phrase on its verb, 9.9); `приема князя
  Багратиона` MEETING `desired` (receiving a guest, 9.17; not told as carried out here); `отдавая
  приказания`, `слушали приказания` COMMUNICATION on the noun; `было поручено` COMMUNICATION;
  `основания клуба` CREATION. Balls, dinners, feasts and celebrations (`бале`, `обеда`, `торжества`,
  `пир`, `кутеж`) are no events (9.27: `у нас бывали балы` is none); the stay at home in Moscow
  (`пребывание Ростова в Москве`) is residence (8.6, 9.32); `не видал его` (the emperor) is
  perception; being the club's member and elder (`был его членом и старшиною`) is a state (4.1
  rule 6).
"""
SOURCE = ("../war_and_peace/tom2.txt", 15255, 18862)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("Вернувшись в [Москву] из армии", "LOC", "CITY", "Москва", "moskva"),
    ("[Николай Ростов] был принят", "PER", None, "Николай Ростов", "nikolai"),
    ("ненаглядный [Николушка];", "PER", None, "Николушка", "nikolai"),
    ("лучших женихов [Москвы]", "LOC", "CITY", "Москва", "moskva"),
    ("Знакомство у [Ростовых]", "PER", None, "Ростовы", "rostovs"),
    ("была вся [Москва];", "LOC", "CITY", "Москва", "moskva"),
    ("и потому [Николушка], заведя", "PER", None, "Николушка", "nikolai"),
    ("ни у кого еще в [Москве] не было", "LOC", "CITY", "Москва", "moskva"),
    ("[Ростов], вернувшись домой", "PER", None, "Ростов", "nikolai"),
    ("денег у [Гаврилы]", "PER", None, "Гаврила", "gavrila"),
    ("поцелуи с [Соней]", "PER", None, "Соня", "sonya"),
    ("на бале у [Архаровых]", "PER", None, "Архаровы", "arkharovs"),
    ("фельдмаршалом [Каменским]", "PER", None, "Каменский", "kamensky"),
    ("бывал в [английском клубе]", "ORG", None, "английский клуб", "english_club"),
    ("познакомил его [Денисов]", "PER", None, "Денисов", "denisov"),
    ("несколько ослабела в [Москве]", "LOC", "CITY", "Москва", "moskva"),
    ("общее в то время в [Москве] чувство", "LOC", "CITY", "Москва", "moskva"),
    ("к императору [Александру Павловичу]", "PER", None, "Александр Павлович", "alexander"),
    ("которому в [Москве] в то время", "LOC", "CITY", "Москва", "moskva"),
    ("пребывание [Ростова] в Москве", "PER", None, "Ростов", "nikolai"),
    ("Ростова в [Москве], до отъезда", "LOC", "CITY", "Москва", "moskva"),
    ("разошелся с [Соней]", "PER", None, "Соня", "sonya"),
    ("думал о [Соне]", "PER", None, "Соня", "sonya"),
    ("новое пребывание в [Москве], он", "LOC", "CITY", "Москва", "moskva"),
    ("Бега, [английский клуб]", "ORG", None, "английский клуб", "english_club"),
    ("кутеж с [Денисовым]", "PER", None, "Денисов", "denisov"),
    ("граф [Илья Андреич Ростов]", "PER", None, "Илья Андреич Ростов", "ilya"),
    ("обеда в [Английском клубе]", "ORG", None, "Английский клуб", "english_club"),
    ("приема князя [Багратиона].", "PER", None, "Багратион", "bagration"),
    ("знаменитому [Феоктисту]", "PER", None, "Феоктист", "feoktist"),
    ("повару [Английского клуба]", "ORG", None, "Английский клуб", "english_club"),
    ("обеда князя [Багратиона].", "PER", None, "Багратион", "bagration"),
    ("торжества для [Багратиона]", "PER", None, "Багратион", "bagration"),
]

# context, value, mod
DATES = [
    ("денег в [нынешний год] у", "XXXX", None),
    ("В [начале марта], старый", "XXXX-03", "START"),
]

# context, kind, referent
MENTIONS = [
    ("заведя [своего] собственного", P, "nikolai"),
    ("примеривания [себя] к старым", P, "nikolai"),
    ("[Ему] казалось, что он очень", P, "nikolai"),
    ("казалось, что [он] очень возмужал", P, "nikolai"),
    ("ребячество, от которого [он] неизмеримо", P, "nikolai"),
    (", [он] про всё это", P, "nikolai"),
    ("Теперь [он] – гусарский", P, "nikolai"),
    ("готовит [своего] рысака", P, "nikolai"),
    ("У [него] знакомая дама", P, "nikolai"),
    ("к [которой] он ездит", P, None),
    ("к которой [он] ездит", P, "nikolai"),
    ("[Он] дирижировал", P, "nikolai"),
    ("с [которым] познакомил", P, None),
    ("познакомил [его] Денисов", P, "nikolai"),
    ("Страсть [его] к государю", P, "nikolai"),
    ("так как [он] за это время", P, "nikolai"),
    ("не видал [его].", P, "alexander"),
    ("Но [он] всё-таки", P, "nikolai"),
    ("о [своей] любви", P, "nikolai"),
    ("любви к [нему]", P, "alexander"),
    ("что [он] еще не всё", P, "nikolai"),
    ("в [его] чувстве к", P, "nikolai"),
    ("от всей души [разделял]", Z, "nikolai"),
    ("Александру Павловичу, [которому]", P, "alexander"),
    ("до отъезда в армию, [он] не", P, "nikolai"),
    ("[Она] была очень хороша", P, "sonya"),
    ("влюблена в [него]", P, "nikolai"),
    ("но [он] был в той поре", P, "nikolai"),
    ("дорожит [своею] свободой", P, None),
    ("которая [ему] нужна", P, None),
    ("Когда [он] думал", P, "nikolai"),
    ("в Москве, [он] говорил", P, "nikolai"),
    ("говорил [себе]:", P, "nikolai"),
    ("того, [ему] казалось", P, "nikolai"),
    ("для [своего] мужества", P, "nikolai"),
    ("[Он] ездил на балы", P, "nikolai"),
    ("что [делал] это", Z, "nikolai"),
    ("[Ему] было поручено", P, "ilya"),
    ("приложить [свои] деньги", P, None),
    ("потому что [они] знали", P, None),
    ("как при [нем], нельзя", P, "ilya"),
]

# trigger context, type, polarity, modality, [(role, argument context), ...]
EVENTS = [
    ("[Вернувшись] в Москву", "MOVEMENT", "positive", "asserted", [
        ("agent", "[Николай Ростов] был принят"), ("destination", "Вернувшись в [Москву] из армии")]),
    ("Ростов, [вернувшись] домой", "MOVEMENT", "positive", "asserted", [
        ("agent", "[Ростов], вернувшись домой")]),
    ("за [невыдержанный] из", "EDUCATION", "negative", "asserted", []),
    ("которой он [ездит]", "MEETING", "positive", "asserted", [
        ("participant", "к которой [он] ездит"), ("participant", "к [которой] он ездит")]),
    ("[разговаривал] о войне", "MEETING", "positive", "asserted", [
        ("participant", "[Он] дирижировал"), ("participant", "фельдмаршалом [Каменским]")]),
    ("разговаривал о [войне]", "WAR", "positive", "asserted", []),
    ("[бывал] в английском", "MOVEMENT", "positive", "asserted", [
        ("agent", "[Он] дирижировал"), ("place", "бывал в [английском клубе]")]),
    ("[познакомил] его", "MEETING", "positive", "asserted", [
        ("participant", "с [которым] познакомил"), ("participant", "познакомил [его] Денисов"),
        ("participant", "познакомил его [Денисов]")]),
    ("часто [рассказывал]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "Но [он] всё-таки")]),
    ("до [отъезда] в армию", "MOVEMENT", "positive", "asserted", []),
    ("[разошелся] с Соней", "CONFLICT", "positive", "asserted", [
        ("participant", "до отъезда в армию, [он] не"), ("participant", "разошелся с [Соней]")]),
    ("Он [ездил] на балы", "MOVEMENT", "positive", "asserted", [
        ("agent", "[Он] ездил на балы")]),
    ("[поездка] туда", "MOVEMENT", "positive", "asserted", []),
    ("для [приема] князя", "MEETING", "positive", "desired", [
        ("participant", "приема князя [Багратиона].")]),
    ("отдавая [приказания]", "COMMUNICATION", "positive", "asserted", [
        ("recipient", "знаменитому [Феоктисту]")]),
    ("со дня [основания] клуба", "CREATION", "positive", "asserted", []),
    ("было [поручено]", "COMMUNICATION", "positive", "asserted", [
        ("recipient", "[Ему] было поручено")]),
    ("слушали [приказания]", "COMMUNICATION", "positive", "asserted", []),
]
