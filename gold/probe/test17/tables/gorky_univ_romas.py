"""Gorky, «Мои университеты», the first evening at Romas's in Krasnovidovo and the first Sunday at the
shop: Romas shows his books, tells his life (greaser at Kiev station, a circle, arrest, prison, exile to
the Yakutsk province, Korolenko), the talk till midnight; on Sunday the muzhiks gather at the porch:
Matvei Barinov and his news of the governor, Kukushkin, Migun, Pankov, Suslov, Izot (corpus
gorky_moi_universitety.txt, characters 144376-148298; the brief's range 250000-403626 lies beyond
the file's 223,870 characters: read as bytes it is characters 138436-223870, and this is the first
stretch of ordinary narration there clear of the used ranges: 138436-140925 is mostly dialogue and
too short, 140925-144376 is persons6's).

Annotated by reading before any pipeline run; fresh test set of round 17 (annot17b). All layers
(entities, person mentions with clusters, dates, events with arguments), against GUIDELINES.md
sections 2, 3, 4, 5, 8 and the decisions of 9.4, 9.7.1, 9.13, 9.14, 9.15, 9.17, 9.18, 9.19, 9.21,
9.22, 9.23, 9.24, 9.25, 9.29, 9.36, 9.43; doubts in section 9.49.

Particular decisions:
- Names: Romas is `Ромась`, `Ромасем`, his byname `Хохол` (9.13, 9.15) and Barinov's address
  `Антоныч` (to Romas, who has just spoken): one cluster; the `он` of the first paragraphs is he
  (named later in the passage, 8.3). Kukushkin is `Кукушкину` and Barinov's `Степан!` (shouted at
  him). `Матвей Баринов`, `Баринов` one; the `маленький сухощавый человек` is `Мигун` (his `его`
  in his cluster). `хозяин нашей избы и сосед наш Панков` is one man. The authors of Romas's books
  are PER (`Гартполь Лекки` one span, `Гончарова` normal `Гончаров`); `Фрегат „Паллада“` (the
  inner quotation marks inside), `Левиафан`, `Государем` (normal `Государь`) WORK_OF_ART.
  `станции Киев`: the station bears the city's name, `Киев` LOC CITY (the cue word outside, as
  `город Казань`; doubt: FACILITY). `Якутскую область` STATE_OR_PROVINCE; `Кавказ`, `Туркестан`
  LOCATION. `губернатор`, `царю`, `кухарке`, `мужики`, `цензура`: common nouns.
- Mentions: the narrator is not named here: his `я` is none. Korolenko's unwritten subjects in
  Romas's speech (`иконы писал`, `хорошо пишет`) and Barinov's (`И тотчас рассказал`, `Похвалил`,
  new sentences) are zero mentions; the governor's `Понимает свое дело` is null. The exiled Russians
  (`натыкано их`, `чтоб не скучали`, `к ним`) and the muzhiks (`они уселись`) are null groups.
  `разошлись` (Romas and Korolenko, `мы`), `Сам говорил`, `украл`, `врешь` (the addressee) and the
  indefinite `арестовали`, `сослали`, `выселили`, `добавляют`, `говорят` carry no mention.
- Dates: `года два` (in prison) `P2Y` APPROX (the inverted numeral), `на десять лет` `P10Y`; `Зима
  там` (the Yakut winter, generic) `XXXX-WI`; `В воскресенье` `XXXX-WXX-7`; `на святках` `XXXX`,
  holiday `Святки`. No date fixes a year: no time is inferred. `до полуночи`, `ночью`, `Незабвенный
  день`, `после обедни`, ages (`Сорок шесть годов`, `пятьдесят три`) are no dates.
- Events: `Уйдя в кухню` MOVEMENT; `велел` COMMUNICATION; `рассказал о себе:` (his life told
  indirectly after the colon) COMMUNICATION; `был смазчиком поездов` a state (9.21's `коновалом
  был`); `познакомился` MEETING; `организовал кружок` CREATION; `арестовали`, `сидел в тюрьме`
  ARREST; `сослали` EXILE (its object elided); `пропаду` (a thought) DEATH `possible`;
  `воротился` MOVEMENT; `разошлись` (friends parting) CONFLICT (9.36); `иконы писал` CREATION,
  `пишет в журналах` PUBLICATION; `беседовал` MEETING; `попытки самоубийства` DEATH `desired`;
  the muzhiks gathering (`стали собираться`, `собралось`) and their talk (`беседу`) MEETING, the
  Sunday the time of `собираться` (shared with the first clause, 5.3.4); `явился`, `подошел`,
  `Вышел со двора`, `Пришел` MOVEMENT. Barinov's news: `рассказал` COMMUNICATION, `поехал`
  MOVEMENT, `хлопотать` COMMUNICATION `desired`, `выселили` EXILE `desired`. `лазить` MOVEMENT
  `conditional`; `разговор` (Migun's word for the row) MEETING; `не бить` CONFLICT negative
  `conditional`; `стал ругать` CONFLICT; `Сам говорил` COMMUNICATION. Tags of quotations
  (`ворчал`, `спросил он`, `закричал`, `Похвалил губернатора:`, `заметил`, `сказал`, `ответил`,
  `прибавил`, `вскричал`) and `подал ... книгу`, `сожгла цензура`, `поздоровавшись`, `выдумал`,
  `украл`, `жил там` (a residence), `добавляют` (new exiles sent, figurative) are no events.
"""
SOURCE = ("gorky_moi_universitety.txt", 144376, 148298)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("характера: [Бокль]", "PER", None, "Бокль", "buckle"),
    ("Бокль, [Ляйель]", "PER", None, "Ляйель", "lyell"),
    ("[Гартполь Лекки]", "PER", None, "Гартполь Лекки", "lecky"),
    ("Лекки, [Леббок]", "PER", None, "Леббок", "lubbock"),
    ("Леббок, [Тэйлор]", "PER", None, "Тэйлор", "tylor"),
    ("Тэйлор, [Милль]", "PER", None, "Милль", "mill"),
    ("Милль, [Спенсер]", "PER", None, "Спенсер", "spencer"),
    ("Спенсер, [Дарвин]", "PER", None, "Дарвин", "darwin"),
    ("русских — [Писарев]", "PER", None, "Писарев", "pisarev"),
    ("Писарев, [Добролюбов]", "PER", None, "Добролюбов", "dobrolyubov"),
    ("Добролюбов, [Чернышевский]", "PER", None, "Чернышевский", "chernyshevsky"),
    ("Чернышевский, [Пушкин]", "PER", None, "Пушкин", "pushkin"),
    ("«[Фрегат „Паллада“]»", "WORK_OF_ART", None, "Фрегат „Паллада“", "fregat"),
    ("Паллада“» [Гончарова]", "PER", None, "Гончаров", "goncharov"),
    ("Гончарова, [Некрасов]", "PER", None, "Некрасов", "nekrasov"),
    ("книгу [Гоббса]", "PER", None, "Гоббс", "hobbes"),
    ("Гоббса «[Левиафан]»", "WORK_OF_ART", None, "Левиафан", "leviathan"),
    ("«[Государем]»", "WORK_OF_ART", None, "Государь", "prince"),
    ("Государем» [Макиавелли]", "PER", None, "Макиавелли", "machiavelli"),
    ("станции [Киев]", "LOC", "CITY", "Киев", "kiev"),
    ("в [Якутскую область]", "LOC", "STATE_OR_PROVINCE", "Якутская область", "yakutsk"),
    ("студент [Владимир Короленко]", "PER", None, "Владимир Короленко", "korolenko"),
    ("[Ромась], должно", "PER", None, "Ромась", "romas"),
    ("явился [Матвей Баринов]", "PER", None, "Матвей Баринов", "barinov"),
    ("встречу [Кукушкину]", "PER", None, "Кукушкин", "kukushkin"),
    ("— [Степан]! Твои", "PER", None, "Степан", "kukushkin"),
    ("поехал из [Казани]", "LOC", "CITY", "Казань", "kazan"),
    ("в [Петербург] к царю", "LOC", "CITY", "Петербург", "peterburg"),
    ("выселили на [Кавказ]", "LOC", "LOCATION", "Кавказ", "kavkaz"),
    ("и в [Туркестан]", "LOC", "LOCATION", "Туркестан", "turkestan"),
    ("заметил [Ромась]", "PER", None, "Ромась", "romas"),
    ("людям, [Антоныч]", "PER", None, "Антоныч", "romas"),
    ("сказал [Баринов] с упреком", "PER", None, "Баринов", "barinov"),
    ("татар. [Кавказ] требует", "LOC", "LOCATION", "Кавказ", "kavkaz"),
    ("Почет [Мигуну]", "PER", None, "Мигун", "migun"),
    ("насмешливо сказал [Баринов]", "PER", None, "Баринов", "barinov"),
    ("ответил [Мигун]", "PER", None, "Мигун", "migun"),
    ("пред [Ромасем]", "PER", None, "Ромась", "romas"),
    ("сосед наш [Панков]", "PER", None, "Панков", "pankov"),
    ("смерил [Мигуна]", "PER", None, "Мигун", "migun"),
    ("заметил [Мигун]", "PER", None, "Мигун", "migun"),
    ("[Панков] стал ругать", "PER", None, "Панков", "pankov"),
    ("вскричал [Баринов]", "PER", None, "Баринов", "barinov"),
    ("старик [Суслов]", "PER", None, "Суслов", "suslov"),
    ("рыбак [Изот]", "PER", None, "Изот", "izot"),
    ("[Хохол] сидел", "PER", None, "Хохол", "romas"),
]

SVYATKI = {"holiday": "Святки"}

# context, value, mod
DATES = [
    ("арестовали, [года два] он", "P2Y", "APPROX"),
    ("область на [десять лет]", "P10Y", None),
    ("[Зима] там, чёрт", "XXXX-WI", None),
    ("В [воскресенье] мы", "XXXX-WXX-7", None),
    ("на [святках] тебе", "XXXX", None, SVYATKI),
]

# context, kind, referent (None: no named referent in the passage)
MENTIONS = [
    ("кухню, [он] велел", P, "romas"),
    ("показывать мне [свои]", P, "romas"),
    ("[Он] гладил их", P, "romas"),
    ("[Он] подал мне", P, "romas"),
    ("чаем [он] кратко", P, "romas"),
    ("рассказал о [себе]", P, "romas"),
    ("кузнеца, [он] был", P, "romas"),
    ("[его] арестовали", P, "romas"),
    ("года два [он] сидел", P, "romas"),
    ("натыкано [их]", P, None),
    ("не [скучали]", Z, None),
    ("новых к [ним]", P, None),
    ("Короленко, — [он] теперь", P, "korolenko"),
    ("Я с [ним] хорошо", P, "korolenko"),
    ("иконы [писал]", Z, "korolenko"),
    ("хорошо [пишет]", Z, "korolenko"),
    ("беседовал [он], видимо", P, "romas"),
    ("рядом с [собою]", P, "romas"),
    ("дверь в [свою] жизнь", P, "romas"),
    ("спросил [он], поздоровавшись", P, "barinov"),
    ("тотчас [рассказал], что", Z, "barinov"),
    ("[Похвалил] губернатора", Z, "barinov"),
    ("[Понимает] свое", Z, None),
    ("Понимает [свое] дело", P, None),
    ("лицо [его] искажала", P, "migun"),
    ("[Он] смерил", P, "pankov"),
    ("ругать [его]", P, "migun"),
    ("а [он] прибавил", P, "migun"),
    ("мужиков; [они] уселись", P, None),
    ("стороны [его].", P, "romas"),
]

# trigger context, type, polarity, modality, [(role, argument context), ...]
EVENTS = [
    ("[Уйдя] в кухню", "MOVEMENT", "positive", "asserted", [
        ("agent", "кухню, [он] велел")]),
    ("он [велел] кухарке", "COMMUNICATION", "positive", "asserted", [
        ("agent", "кухню, [он] велел")]),
    ("кратко [рассказал] о себе", "COMMUNICATION", "positive", "asserted", [
        ("agent", "чаем [он] кратко")]),
    ("[познакомился] там", "MEETING", "positive", "asserted", [
        ("participant", "кузнеца, [он] был")]),
    ("[организовал] кружок", "CREATION", "positive", "asserted", [
        ("agent", "кузнеца, [он] был")]),
    ("его [арестовали]", "ARREST", "positive", "asserted", [
        ("patient", "[его] арестовали")]),
    ("он [сидел] в тюрьме", "ARREST", "positive", "asserted", [
        ("patient", "года два [он] сидел")]),
    ("[сослали] в Якутскую", "EXILE", "positive", "asserted", [
        ("destination", "в [Якутскую область]")]),
    ("думал — [пропаду]", "DEATH", "positive", "possible", []),
    ("тоже [воротился]", "MOVEMENT", "positive", "asserted", [
        ("agent", "Короленко, — [он] теперь")]),
    ("потом — [разошлись]", "CONFLICT", "positive", "asserted", []),
    ("иконы [писал]", "CREATION", "positive", "asserted", [
        ("agent", "иконы [писал]")]),
    ("хорошо [пишет]", "PUBLICATION", "positive", "asserted", [
        ("agent", "хорошо [пишет]")]),
    ("[беседовал] он", "MEETING", "positive", "asserted", [
        ("participant", "беседовал [он], видимо")]),
    ("попытки [самоубийства]", "DEATH", "positive", "desired", []),
    ("стали [собираться] мужики", "MEETING", "positive", "asserted", [
        ("time", "В [воскресенье] мы")]),
    ("Первым [явился]", "MOVEMENT", "positive", "asserted", [
        ("agent", "явился [Матвей Баринов]")]),
    ("тотчас [рассказал], что", "COMMUNICATION", "positive", "asserted", [
        ("agent", "тотчас [рассказал], что")]),
    ("губернатор [поехал]", "MOVEMENT", "positive", "asserted", [
        ("origin", "поехал из [Казани]"), ("destination", "в [Петербург] к царю")]),
    ("царю [хлопотать]", "COMMUNICATION", "positive", "desired", []),
    ("татар [выселили]", "EXILE", "positive", "desired", [
        ("destination", "выселили на [Кавказ]"), ("destination", "и в [Туркестан]")]),
    ("Осторожно [подошел]", "MOVEMENT", "positive", "asserted", []),
    ("[Вышел] со двора", "MOVEMENT", "positive", "asserted", [
        ("agent", "сосед наш [Панков]")]),
    ("ко мне [лазить]", "MOVEMENT", "positive", "conditional", []),
    ("обыкновенный [разговор]", "MEETING", "positive", "asserted", []),
    ("не [бить]", "CONFLICT", "negative", "conditional", []),
    ("стал [ругать]", "CONFLICT", "positive", "asserted", [
        ("participant", "[Панков] стал ругать"), ("participant", "ругать [его]")]),
    ("Сам [говорил]", "COMMUNICATION", "positive", "asserted", []),
    ("[Пришел] солидный", "MOVEMENT", "positive", "asserted", [
        ("agent", "старик [Суслов]"), ("agent", "рыбак [Изот]")]),
    ("так [собралось]", "MEETING", "positive", "asserted", []),
    ("слушая [беседу]", "MEETING", "positive", "asserted", []),
]
