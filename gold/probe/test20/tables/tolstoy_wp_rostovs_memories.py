"""Tolstoy, War and Peace, vol. 2: the Rostov young people in the sofa room remember their childhood (Соня's
first arrival, the cords on Николай's jacket, the cabbage story); the maid Поля is sent away; Диммлер plays
the harp at the old countess's request, joins the talk of dreams, the soul's former lives and eternity;
the countess calls Наташа to sing; Наташа sings her mother's favourite piece as never before, heard by граф
Илья Андреич, Митинька, Николай, Соня and the countess, who thinks of Наташа's coming marriage to князь
Андрей (corpus war_and_peace/tom2.txt, characters 560136-564279).

Annotated by reading before any pipeline run; fresh test set of round 20 (annot20b). All layers
(entities, person mentions with clusters, dates, events with arguments), against GUIDELINES.md
sections 2, 3, 4, 5, 8 and the decisions of section 9; doubts in section 9.72.

Particular decisions:
- Names: `Соня`, `Сони`, `Соне`; `Наташа` and its forms; `Николай` and its forms; `Поля` (the maid,
  addressed; `горничной`, `девушка` are she, no mentions); `Диммлер` and `Эдуард Карлыч` one cluster;
  `Фильда` PER (`мосье` outside), `Nocturne` no WORK_OF_ART (the kind of piece, doubt); `Илья Андреич`
  (`Граф` outside), `Митинькой`, `Митинька`; `Андреем` (`князем` outside). The old countess (`графини`,
  `матери`, `Старая графиня`) is unnamed: null. `Египтяне` no entity.
- Mentions: the opening `Она` is Соня (named in the same sentence); `они` (Наташа and Николай remembering),
  `на котором они сидели`, `подсел к ним`, `как и они`, `Всем им` are groups named only member by member:
  null (8.2). `ее` of a candle, `где` of the study: no mentions. No zero subjects (every finite verb has its
  subject written or shared, `сказали`, `зашьют`, `принесли` indefinite).
- Dates: `Нынче`, `завтра`, `вчера`, `третьего дня` in Наташа's speech `XXXX-XX-XX` (8.5; `Нынче` with a
  future is "today", 9.30), though generic (as test19's `сегодня ... завтра`); `в этот вечер` `XXXX-XX-XX`
  (9.34: the evening of the day told, no day in force). `на минуту` (9.45), `целую вечность` no dates. No
  date in force: no inferred times.
- Events: `приезд Сони`, `вошел` (into the room, 8.6) MOVEMENT; `не хотелось ... уходить` MOVEMENT negative
  `desired` (9.25); `подошедший` and `подошел к молодым людям` (coming up to people to join their talk, as
  9.25's `подошел к нему`) MEETING; `рассказала`, `няня сказала, что`, `мне сказали, что`, `Она сказала,
  что` (reported) and `приказания` (under `отдавая`) COMMUNICATION; `разговора`, `разговоров`, `продолжала
  разговор`, `Разговор шел`, `прерывать разговор` and `беседовал с Митинькой` MEETING; `присоединиться к
  вам` MEETING `desired`; `родилась` BIRTH (a claim told as reported, doubt); `училась` EDUCATION; `браке`
  MARRIAGE `desired` (coming). No events: quotation tags (`сказала`, `возразила`, `обратясь к ... сказал:`),
  imperatives, `играть`, `петь`, `пела`, `вынесла` (a candle carried out; doubt), `подошел к арфе`, `подошла
  к столу`, `вернувшись` (to her seat), `подсел`, `села`, `встала`, `взяла` (steps within the scene, 9.17,
  9.43; doubt: test19 made `подошла` to a door MOVEMENT), `урок` (a simile), `кто тебе сказал` (rhetorical),
  `говорил так же тихо` (manner of talk).
"""
SOURCE = ("../war_and_peace/tom2.txt", 560136, 564279)

P, Z = "pronoun", "zero"

S, N, NI, DM = "sonya", "natasha", "nikolai", "dimmler"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("первый приезд [Сони]", "PER", None, "Соня", S),
    ("[Соня] рассказала", "PER", None, "Соня", S),
    ("боялась [Николая]", "PER", None, "Николай", NI),
    ("родилась, – сказала [Наташа]", "PER", None, "Наташа", N),
    ("Не надо, [Поля], вели", "PER", None, "Поля", "polya"),
    ("отнести, – сказала [Наташа]", "PER", None, "Наташа", N),
    ("диванной, [Диммлер] вошел", "PER", None, "Диммлер", DM),
    ("[Эдуард Карлыч], сыграйте", "PER", None, "Эдуард Карлыч", DM),
    ("мосье [Фильда]", "PER", None, "Фильд", "field"),
    ("[Диммлер] взял аккорд", "PER", None, "Диммлер", DM),
    ("обратясь к [Наташе], Николаю", "PER", None, "Наташа", N),
    ("к Наташе, [Николаю] и Соне, сказал", "PER", None, "Николай", NI),
    ("Николаю и [Соне], сказал", "PER", None, "Соня", S),
    ("философствуем, – сказала [Наташа]", "PER", None, "Наташа", N),
    ("[Диммлер] начал играть", "PER", None, "Диммлер", DM),
    ("играть. [Наташа] неслышно", "PER", None, "Наташа", N),
    ("думаю, – сказала [Наташа] шопотом", "PER", None, "Наташа", N),
    ("придвигаясь к [Николаю] и Соне, когда", "PER", None, "Николай", NI),
    ("к Николаю и [Соне], когда", "PER", None, "Соня", S),
    ("когда уже [Диммлер] кончил", "PER", None, "Диммлер", DM),
    ("метампсикоза, – сказала [Соня]", "PER", None, "Соня", S),
    ("животных, – сказала [Наташа] тем же", "PER", None, "Наташа", N),
    ("подошедший [Диммлер]", "PER", None, "Диммлер", DM),
    ("ниже? – сказал [Николай]", "PER", None, "Николай", NI),
    ("возразила [Наташа]", "PER", None, "Наташа", N),
    ("вечность, – сказал [Диммлер]", "PER", None, "Диммлер", DM),
    ("вечность? – сказала [Наташа]", "PER", None, "Наташа", N),
    ("– [Наташа]! теперь", "PER", None, "Наташа", N),
    ("хочется, – сказала [Наташа], но", "PER", None, "Наташа", N),
    ("немолодому [Диммлеру]", "PER", None, "Диммлер", DM),
    ("но [Наташа] встала, и", "PER", None, "Наташа", N),
    ("и [Николай] сел за", "PER", None, "Николай", NI),
    ("резонанса, [Наташа] начала", "PER", None, "Наташа", N),
    ("Граф [Илья Андреич]", "PER", None, "Илья Андреич", "ilya"),
    ("беседовал с [Митинькой]", "PER", None, "Митинька", "mitinka"),
    ("и [Митинька], тоже", "PER", None, "Митинька", "mitinka"),
    ("[Николай] не спускал", "PER", None, "Николай", NI),
    ("[Соня], слушая", "PER", None, "Соня", S),
    ("и о [Наташе], и", "PER", None, "Наташа", N),
    ("браке [Наташи]", "PER", None, "Наташа", N),
    ("с князем [Андреем]", "PER", None, "Андрей", "andrei"),
]

# context, value, mod
DATES = [
    ("[Нынче] будет", "XXXX-XX-XX", None),
    ("[завтра] будет", "XXXX-XX-XX", None),
    ("и [вчера] было", "XXXX-XX-XX", None),
    ("и [третьего дня] было", "XXXX-XX-XX", None),
    ("пела в [этот вечер]", "XXXX-XX-XX", None),
]

# context, kind, referent (None: no named referent in the passage)
MENTIONS = [
    ("[Она] приняла участие", P, S),
    ("когда [они] вспоминали", P, None),
    ("как [она] боялась", P, S),
    ("потому что у [него]", P, NI),
    ("и [ей] няня", P, S),
    ("что и [ее] в снурки", P, S),
    ("[Он] снял сукно", P, DM),
    ("на [свое] место", P, N),
    ("котором [они] сидели", P, None),
    ("Соня, [которая] всегда", P, S),
    ("подсел к [ним]", P, None),
    ("Диммлер, [который] подошел", P, DM),
    ("как и [они]", P, None),
    ("Всем [им], даже", P, None),
    ("пьесу [своей] матери", P, N),
    ("[Она] сказала, что", P, N),
    ("что [ей] не хотелось петь", P, N),
    ("но [она] давно", P, N),
    ("как [она] пела", P, N),
    ("где [он] беседовал", P, "ilya"),
    ("слышал [ее] пенье", P, N),
    ("вместе с [нею]", P, N),
    ("между [ей] и", P, S),
    ("и [ее] другом", P, S),
    ("было [ей] хоть", P, S),
    ("как [ее] кузина", P, S),
    ("[Она] думала и", P, None),
    ("о [своей] молодости", P, None),
]

# trigger context, type, polarity, modality, [(role, argument context), ...]
EVENTS = [
    ("первый [приезд] Сони", "MOVEMENT", "positive", "asserted", [
        ("agent", "первый приезд [Сони]")]),
    ("Соня [рассказала]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "[Соня] рассказала")]),
    ("няня [сказала], что", "COMMUNICATION", "positive", "asserted", [
        ("recipient", "и [ей] няня")]),
    ("мне [сказали], что", "COMMUNICATION", "positive", "asserted", []),
    ("капустою [родилась]", "BIRTH", "positive", "asserted", []),
    ("этого [разговора]", "MEETING", "positive", "asserted", []),
    ("В середине [разговоров]", "MEETING", "positive", "asserted", []),
    ("Диммлер [вошел] в", "MOVEMENT", "positive", "asserted", [
        ("agent", "диванной, [Диммлер] вошел")]),
    ("продолжала [разговор]", "MEETING", "positive", "asserted", [
        ("participant", "философствуем, – сказала [Наташа]")]),
    ("[Разговор] шел", "MEETING", "positive", "asserted", []),
    ("хорошо [училась]", "EDUCATION", "positive", "asserted", [
        ("agent", "Соня, [которая] всегда")]),
    ("мне [присоединиться]", "MEETING", "positive", "desired", []),
    ("тихо [подошедший]", "MEETING", "positive", "asserted", [
        ("participant", "подошедший [Диммлер]")]),
    ("который [подошел] к молодым", "MEETING", "positive", "asserted", [
        ("participant", "Диммлер, [который] подошел")]),
    ("прерывать [разговор]", "MEETING", "positive", "asserted", []),
    ("и [уходить] из", "MOVEMENT", "negative", "desired", [
        ("agent", "Всем [им], даже"),
        ("agent", "немолодому [Диммлеру]")]),
    ("Она [сказала], что ей", "COMMUNICATION", "positive", "asserted", [
        ("agent", "[Она] сказала, что")]),
    ("он [беседовал] с", "MEETING", "positive", "asserted", [
        ("participant", "где [он] беседовал"),
        ("participant", "беседовал с [Митинькой]")]),
    ("отдавая [приказания]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "Граф [Илья Андреич]")]),
    ("предстоящем [браке]", "MARRIAGE", "positive", "desired", [
        ("participant", "браке [Наташи]"),
        ("participant", "с князем [Андреем]")]),
]
