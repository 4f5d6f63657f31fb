"""Pushkin, «История Пугачева», chapter 4: Bibikov arrives in Kazan on 25 December and finds it
deserted; the assembly of the nobility on 1 January 1774, his speech, the mounted legion raised,
Larionov elected its head, the other provinces and the magistracy follow; the empress's favour and
her letter, Makarov's reply written by Derzhavin; Bibikov's letter to his wife of 30 December,
quoted; the state of the region: risings, sieges, plunder, troops slow, Kirghiz raids, Turkey
(corpus pushkin_istoriya_pugacheva.txt, characters 117176-121439, 4,263 characters, four whole
paragraphs; the slice ends before the last paragraph's newline). Footnote markers `(5)`-`(12)` are
text as written.

Annotated by reading before any pipeline run; fresh test set of round 18 (annot18a). All layers
(entities, person mentions with clusters, dates, events with arguments), against GUIDELINES.md
sections 2, 3, 4, 5, 8 and the decisions of 9.1, 9.11, 9.13, 9.14, 9.15, 9.16, 9.17, 9.19, 9.21,
9.24, 9.29, 9.31, 9.34, 9.36, 9.42, 9.43, 9.47, 9.49, 9.52; doubts in section 9.55.

Particular decisions:
- Names: ranks, titles and offices outside (`Генерал-майор [Ларионов]`, `графу [Чернышеву]`,
  `губернатор [Брант]`, `архиереем [Вениамином]`, `подпоручиком [Державиным]`, `майоров
  [Гладкова]`). `Императрица`, `губернатора`, `главнокомандующем` (Bibikov), `жене`, `Батюшку` are
  common nouns. `Губернии [Казанская], [Нижегородская] и [Астраханская](10)`: three provinces
  named by their adjectives, the shared plural cue word outside (as 9.31's fortress by its
  adjective), STATE_OR_PROVINCE. `Илецкого городка` keeps its cue word (9.1's `Яицкий городок`).
  `Казанский магистрат` (capital only at the sentence's start, 9.53; as 9.31's `Оренбургское
  начальство`), `казанским`, `симбирское`, `петербургский`, `Закубанские`, `Киргиз-кайсаки`,
  `башкирцев`, `калмыков` are no entities.
- Mentions: Bibikov's `он`, `себя`, `его`, `своим`, `своего`, `своей` and the zero subject of the
  relative clause `в которой ... обратился ... и требовал` (9.15: one mention on `обратился`);
  Brant's `что насилу уже таскается` (a subordinate clause with no subject, 9.24). Null: the
  estate (`сословию, которое`, `от его усердия`), the assembly's `на свой счет`, the empress's
  `именуя себя`, the free relative `кто скоростию перепакостил` and the main clause's `Отдаст`
  (9.24's `У кого ..., так повыехали`), the commanders' `свои места`. Not mentions: the
  magistracy's `свое` (an organisation, 9.7.3), the writer's `себя`, `мною` in the letter, God's
  `Он`, `своею` (9.2), the indefinite `хватились`.
- Dates: `25 декабря` `XXXX-12-25` (no year before it in the passage); `1 января 1774 года`
  `1774-01-01`; `30 декабря` `XXXX-12-30` (doubt: by reading 1773); the letter's `вчера` counted
  from the day of writing the narration gives (9.11, 9.34) `XXXX-12-29`; `Зима` (a season named as
  a noun, 9.30) the winter of 1773/74, `1773-WI` (doubt). Not dates: `день и ночь`, `тогда`,
  `сначала`.
- Inferred times: the events of 1 January 1774 whose clause gives no date (`говоренного`,
  `обратился`, `требовал`, `Речь сия`, `Собрание тут же`) take it; Larionov's election and the
  other provinces' detachments may be later (none, 8.4); the letter is direct speech (none); the
  last paragraph surveys states and risings over the months (none, doubt).
- Events: `прибыл`, `Приезд`, `бежала`, `выехавшие`, `возвращаться`, troops sent, advancing and
  arriving, the Kirghiz crossing, the commanders fleeing, `везти` (troops carried) MOVEMENT;
  `Невозможно было двинуться` MOVEMENT negative `possible` (9.19's `приступу не было`). The sermon
  (`слова, говоренного`, on the verb, 4.1 rule 3), the speech (`речь` under `произнес`, and `Речь
  сия`), the appeal and demand in it (`обратился`, `требовал`), the empress's favour (`изъявила`)
  and her letter (`письме к Бибикову`; its content `вызывалась` none, 9.32), Makarov's `отвечал`,
  Bibikov's `письмах`, the letter's `велел` COMMUNICATION; `30 декабря писал он своей жене:` tags
  the quoted letter (9.14, 9.17): no event. `собрал у себя дворянство` and `Собрание` MEETING (a
  gathering, 9.47). `составить` (resolved) CREATION `desired`, `были составлены` CREATION;
  `поставя ... рекрута` EMPLOYMENT `desired` (recruits, 9.14); `избран в начальники`, `поручены
  начальству` (9.17's `вверено`), `находившимся ... при главнокомандующем` (service, 9.1; doubt),
  `оставляли свои места` (posts abandoned; doubt: MOVEMENT) EMPLOYMENT; `сочиненной` (the speech
  composed) CREATION. Risings, sieges, occupation, plunder, burning, unrest, raiding and incitement
  (`крамолою`, `возмущение`, `осаде`, `заняты`, `разграблены`, `выжжены`, `волновалась`,
  `бунтовали`, `беспокойства`, `грабить`, `шевелились`, `возбуждаемые`) WAR; `захватывать жителей`
  ARREST; `пролитой крови`, `погибели множества людей` DEATH. Not events: `не нашел он ни
  губернатора` (9.36's `не видал`), `Брант был в Козьмодемьянске` (a presence stated as a state,
  9.13; doubt), `молебствия` (9.2), `изобразив`, `изображает`, `именуя`, `описать` (content, 4.1
  rule 6), `гибель` of an estate and a government (ruin), `пресечении оного`, `к утушению заразы`
  (metaphors of the rising, doubt), `вооружить`, `вооружил` (arming), `положило`, `последовало
  сему примеру`, `Пишу день и ночь`, `прошу` (the writer's formula, 9.52), `Отдаст богу ответ`,
  `обнажил от войск`, `отгонять скот`, `злодействовала`, `пламя могло ворваться` (a thing, 8.6).
"""
SOURCE = ("pushkin_istoriya_pugacheva.txt", 117176, 121439)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("[Бибиков] прибыл", "PER", None, "Бибиков", "bibikov"),
    ("прибыл в [Казань]", "LOC", "CITY", "Казань", "kazan"),
    ("[Брант] был", "PER", None, "Брант", "brant"),
    ("в [Козьмодемьянске]", "LOC", "CITY", "Козьмодемьянск", "kozmodemyansk"),
    ("Приезд [Бибикова]", "PER", None, "Бибиков", "bibikov"),
    ("архиереем [Вениамином]", "PER", None, "Вениамин", "veniamin"),
    ("[Бибиков] собрал", "PER", None, "Бибиков", "bibikov"),
    ("Генерал-майор [Ларионов]", "PER", None, "Ларионов", "larionov"),
    ("родственник [Бибикова]", "PER", None, "Бибиков", "bibikov"),
    ("майоров [Гладкова]", "PER", None, "Гладков", "gladkov"),
    ("и [Чемесова]", "PER", None, "Чемесов", "chemesov"),
    ("капитана [Матюнина]", "PER", None, "Матюнин", "matyunin"),
    ("письме к [Бибикову]", "PER", None, "Бибиков", "bibikov"),
    ("предводитель [Макаров]", "PER", None, "Макаров", "makarov"),
    ("подпоручиком [Державиным]", "PER", None, "Державин", "derzhavin"),
    ("[Бибиков], стараясь", "PER", None, "Бибиков", "bibikov"),
    ("графу [Чернышеву]", "PER", None, "Чернышев", "chernyshev"),
    ("Чернышеву, [Фонвизину]", "PER", None, "Фонвизин", "fonvizin"),
    ("в [Польше]", "LOC", "COUNTRY", "Польша", "poland"),
    ("губернатор [Брант]", "PER", None, "Брант", "brant"),
    ("праведную(6) [Евпраксию]", "PER", None, "Евпраксия", "evpraksia"),
    ("От [Илецкого городка]", "LOC", "CITY", "Илецкий городок", "iletsk"),
    ("до [Гурьева]", "LOC", "CITY", "Гурьев", "guryev"),
    ("Губернии [Казанская]", "LOC", "STATE_OR_PROVINCE", "Казанская", "kazan_gub"),
    ("[Нижегородская] и", "LOC", "STATE_OR_PROVINCE", "Нижегородская", "nizhny_gub"),
    ("[Астраханская](10)", "LOC", "STATE_OR_PROVINCE", "Астраханская", "astrakhan_gub"),
    ("в самую [Сибирь]", "LOC", "LOCATION", "Сибирь", "siberia"),
    ("в [Перми]", "LOC", "CITY", "Пермь", "perm"),
    ("[Екатеринбург] был", "LOC", "CITY", "Екатеринбург", "ekaterinburg"),
    ("возбуждаемые [Турцией]", "LOC", "COUNTRY", "Турция", "turkey"),
    ("тогда [Россия]", "LOC", "COUNTRY", "Россия", "russia"),
]

# context, value, mod
DATES = [
    ("в Казань [25 декабря]", "XXXX-12-25", None),
    ("[1 января 1774 года]", "1774-01-01", None),
    ("[30 декабря] писал", "XXXX-12-30", None),
    ("прибывать начали [вчера]", "XXXX-12-29", None),
    ("[Зима] усугубила", "1773-WI", None),
]

# context, kind, referent (None: no named referent in the passage)
MENTIONS = [
    ("не нашел [он]", P, "bibikov"),
    ("у [себя] дворянство", P, "bibikov"),
    ("оного, [обратился]", Z, "bibikov"),
    ("сословию, [которое]", P, None),
    ("от [его] усердия", P, None),
    ("на [свой] счет", P, None),
    ("именуя [себя]", P, None),
    ("окружавших [его]", P, "bibikov"),
    ("терзали [его]", P, "bibikov"),
    ("и [своим] родственникам", P, "bibikov"),
    ("[он] живо", P, "bibikov"),
    ("[своего] положения", P, "bibikov"),
    ("писал [он] своей", P, "bibikov"),
    ("[своей] жене", P, "bibikov"),
    ("насилу уже [таскается]", Z, "brant"),
    ("[Отдаст] богу", Z, None),
    ("невинных, [кто]", P, None),
    ("оставляли [свои] места", P, None),
]

THE_DAY = "[1 января 1774 года]"

# trigger context, type, polarity, modality, [(role, argument context[, "inferred"]), ...]
EVENTS = [
    ("Бибиков [прибыл]", "MOVEMENT", "positive", "asserted", [
        ("agent", "[Бибиков] прибыл"), ("destination", "прибыл в [Казань]"),
        ("time", "в Казань [25 декабря]")]),
    ("купцов [бежала]", "MOVEMENT", "positive", "asserted", []),
    ("[Приезд] Бибикова", "MOVEMENT", "positive", "asserted", [
        ("agent", "Приезд [Бибикова]")]),
    ("[выехавшие] жители", "MOVEMENT", "positive", "asserted", []),
    ("стали [возвращаться]", "MOVEMENT", "positive", "asserted", []),
    ("слова, [говоренного]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "архиереем [Вениамином]"), ("time", THE_DAY, "inferred")]),
    ("Бибиков [собрал]", "MEETING", "positive", "asserted", [
        ("participant", "[Бибиков] собрал"), ("time", THE_DAY)]),
    ("сильную [речь]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "[Бибиков] собрал"), ("time", THE_DAY)]),
    ("оного, [обратился]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "оного, [обратился]"), ("time", THE_DAY, "inferred")]),
    ("на гибель [крамолою]", "WAR", "positive", "asserted", []),
    ("и [требовал] содействия", "COMMUNICATION", "positive", "asserted", [
        ("agent", "оного, [обратился]"), ("time", THE_DAY, "inferred")]),
    ("[Речь] сия", "COMMUNICATION", "positive", "asserted", [
        ("time", THE_DAY, "inferred")]),
    ("[Собрание] тут же", "MEETING", "positive", "asserted", [
        ("time", THE_DAY, "inferred")]),
    ("счет [составить]", "CREATION", "positive", "desired", []),
    ("[поставя] с двухсот", "EMPLOYMENT", "positive", "desired", []),
    ("был [избран]", "EMPLOYMENT", "positive", "asserted", [
        ("agent", "Генерал-майор [Ларионов]")]),
    ("были [составлены]", "CREATION", "positive", "asserted", []),
    ("и [поручены] начальству", "EMPLOYMENT", "positive", "asserted", [
        ("agent", "майоров [Гладкова]"), ("agent", "и [Чемесова]"),
        ("agent", "капитана [Матюнина]")]),
    ("Императрица [изъявила]", "COMMUNICATION", "positive", "asserted", []),
    ("особом [письме]", "COMMUNICATION", "positive", "asserted", [
        ("recipient", "письме к [Бибикову]")]),
    ("Макаров [отвечал]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "предводитель [Макаров]")]),
    ("речью, [сочиненной]", "CREATION", "positive", "asserted", [
        ("agent", "подпоручиком [Державиным]")]),
    ("[находившимся] тогда", "EMPLOYMENT", "positive", "asserted", [
        ("agent", "подпоручиком [Державиным]")]),
    ("В [письмах] к графу", "COMMUNICATION", "positive", "asserted", [
        ("recipient", "графу [Чернышеву]"), ("recipient", "Чернышеву, [Фонвизину]")]),
    ("[прибывать] начали", "MOVEMENT", "positive", "asserted", [
        ("time", "прибывать начали [вчера]")]),
    ("я [велел] везти", "COMMUNICATION", "positive", "asserted", []),
    ("велел [везти]", "MOVEMENT", "positive", "asserted", []),
    ("гусар, что я велел везти на почте, [прибыли]", "MOVEMENT", "positive", "asserted", []),
    ("в [пролитой] крови", "DEATH", "positive", "asserted", []),
    ("и [погибели] множества", "DEATH", "positive", "asserted", []),
    ("Общее [возмущение]", "WAR", "positive", "asserted", []),
    ("Начальники [оставляли]", "EMPLOYMENT", "positive", "asserted", []),
    ("места и [бежали]", "MOVEMENT", "positive", "asserted", []),
    ("было [двинуться]", "MOVEMENT", "negative", "possible", []),
    ("города в [осаде]", "WAR", "positive", "asserted", []),
    ("другие [заняты]", "WAR", "positive", "asserted", []),
    ("заводы [разграблены]", "WAR", "positive", "asserted", []),
    ("и [выжжены]", "WAR", "positive", "asserted", []),
    ("везде [волновалась]", "WAR", "positive", "asserted", []),
    ("Войска, [посланные]", "MOVEMENT", "positive", "asserted", []),
    ("[подвигались] медленно", "MOVEMENT", "positive", "asserted", []),
    ("казаки [бунтовали]", "WAR", "positive", "asserted", [
        ("place", "От [Илецкого городка]"), ("place", "до [Гурьева]")]),
    ("начинались [беспокойства]", "WAR", "positive", "asserted", [
        ("place", "в [Перми]")]),
    ("начали [переходить]", "MOVEMENT", "positive", "asserted", []),
    ("[грабить] хутора", "WAR", "positive", "asserted", []),
    ("[захватывать] жителей", "ARREST", "positive", "asserted", []),
    ("народы [шевелились]", "WAR", "positive", "asserted", []),
    ("[возбуждаемые] Турцией", "WAR", "positive", "asserted", [
        ("participant", "возбуждаемые [Турцией]")]),
]
