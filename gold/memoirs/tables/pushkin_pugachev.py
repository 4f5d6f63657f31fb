"""Pushkin, «История Пугачева», chapter 2: the escape from Kazan and Kozhevnikov's testimony.

Annotated by reading, against GUIDELINES.md sections 1–8; doubtful cases in section 9.
"""
SOURCE = ("pushkin_istoriya_pugacheva.txt", 50565, 55631)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("преступника. [Пугачев] содержался", "PER", None, "Пугачев", "pugachev"),
    ("У [Замочной Решетки]", "LOC", "FACILITY", "Замочная Решетка", "zamochnaya"),
    ("тройка. [Пугачев], подошед", "PER", None, "Пугачев", "pugachev"),
    ("в [Казани] получено", "LOC", "CITY", "Казань", "kazan"),
    ("в [Петербурге] решение", "LOC", "CITY", "Петербург", "petersburg"),
    ("коему [Пугачев] приговорен", "PER", None, "Пугачев", "pugachev"),
    ("в [Пелым]", "LOC", "CITY", "Пелым", "pelym"),
    ("(3).\n[Пугачев] явился", "PER", None, "Пугачев", "pugachev"),
    ("казака [Данилы Шелудякова]", "PER", None, "Данила Шелудяков", "sheludyakov"),
    ("в [Турцию]", "LOC", "COUNTRY", "Турция", "turkey"),
    ("царствование [Анны Ивановны]", "PER", None, "Анна Ивановна", "anna"),
    ("Ивановны [Игнатий Некрасов]", "PER", None, "Игнатий Некрасов", "nekrasov"),
    ("последней [Турецкой войны]", "EVENT", None, "Турецкая война", "turkish_war_1828"),
    ("императору [Николаю]", "PER", None, "Николай", "nicholas"),
    ("переплывшему [Дунай]", "LOC", "LOCATION", "Дунай", "danube"),
    ("остаток [Сечи]", "ORG", None, "Сечь", "sich"),
    ("пал на [Пугачева]", "PER", None, "Пугачев", "pugachev"),
    ("[Военная коллегия]", "ORG", None, "Военная коллегия", "war_college"),
    ("подполковник [Симонов]", "PER", None, "Симонов", "simonov"),
    ("около [Яицкого городка]", "LOC", "CITY", "Яицкий городок", "yaitsk"),
    ("поимки [Пугачева]", "PER", None, "Пугачев", "pugachev"),
    ("успеха: [Пугачев] и", "PER", None, "Пугачев", "pugachev"),
    ("Схватили [Михайла Кожевникова]", "PER", None, "Михайло Кожевников", "kozhevnikov"),
    ("нему [Иван Зарубин]", "PER", None, "Иван Зарубин", "zarubin"),
    ("убеждал [Кожевникова]", "PER", None, "Кожевников", "kozhevnikov"),
    ("хуторе. [Кожевников] согласился", "PER", None, "Кожевников", "kozhevnikov"),
    ("согласился. [Зарубин] уехал", "PER", None, "Зарубин", "zarubin"),
    ("с [Тимофеем Мясниковым]", "PER", None, "Тимофей Мясников", "myasnikov"),
    ("винтовкою. [Зарубин] и", "PER", None, "Зарубин", "zarubin"),
    ("винтовкою. Зарубин и [Мясников] поехали", "PER", None, "Мясников", "myasnikov"),
    ("оставшись у [Кожевникова]", "PER", None, "Кожевников", "kozhevnikov"),
    ("император [Петр III]", "PER", None, "Петр III", "peter3"),
    ("в [Киев]", "LOC", "CITY", "Киев", "kiev"),
    ("в [Цареграде]", "LOC", "CITY", "Цареград", "tsargrad"),
    ("последней [турецкой войны]", "EVENT", None, "турецкая война", "turkish_war_1768"),
    ("на [Дону]", "LOC", "LOCATION", "Дон", "don"),
    ("в [Царицыне]", "LOC", "CITY", "Царицын", "tsaritsyn"),
    ("на [Иргизе]", "LOC", "LOCATION", "Иргиз", "irgiz"),
    ("в [Яицком городке]", "LOC", "CITY", "Яицкий городок", "yaitsk"),
    ("в [Казань];", "LOC", "CITY", "Казань", "kazan"),
    ("к [Яицкому городку]", "LOC", "CITY", "Яицкий городок", "yaitsk"),
    ("на [Сызранскую дорогу]", "LOC", "FACILITY", "Сызранская дорога", "syzran_road"),
    ("с [Таловинского умета]", "LOC", "FACILITY", "Таловинский умет", "talovinsky"),
    ("взят [Зарубиным] и", "PER", None, "Зарубин", "zarubin"),
    ("и [Мясниковым] и привезен", "PER", None, "Мясников", "myasnikov"),
    ("привезен к [Кожевникову]", "PER", None, "Кожевников", "kozhevnikov"),
    ("на [Яицкий городок],", "LOC", "CITY", "Яицкий городок", "yaitsk"),
    ("в [Русь]", "LOC", "LOCATION", "Русь", "rus"),
    ("желаю. [Пугачев] на", "PER", None, "Пугачев", "pugachev"),
    ("хуторе [Кожевникова] находился", "PER", None, "Кожевников", "kozhevnikov"),
    ("дня; [Зарубин] и", "PER", None, "Зарубин", "zarubin"),
    ("дня; Зарубин и [Мясников] приехали", "PER", None, "Мясников", "myasnikov"),
    ("на [Усихину Россашь]", "LOC", "LOCATION", "Усихина Россашь", "usikha"),
    ("плавни. [Кожевников], Коновалов", "PER", None, "Кожевников", "kozhevnikov"),
    ("Кожевников, [Коновалов] и", "PER", None, "Коновалов", "konovalov"),
    ("и [Кочуров] проводили", "PER", None, "Кочуров", "kochurov"),
    ("стражу [Кожевникова] и казаков", "PER", None, "Кожевников", "kozhevnikov"),
    ("сентября [Пугачев] с", "PER", None, "Пугачев", "pugachev"),
    ("с [Будоринского(4) форпоста]", "LOC", "FACILITY", "Будоринский форпост", "budorinsky"),
    ("под [Яицкий городок] с", "LOC", "CITY", "Яицкий городок", "yaitsk"),
    ("рекой [Чаганом]", "LOC", "LOCATION", "Чаган", "chagan"),
]

# context, value, mod[, extras]
DATES = [
    ("случилось [19 июня 1773 года]", "1773-06-19", None),
    ("[Три дня после]", "1773-06-22", None),
    ("В [начале сентября]", "1773-09", "START"),
    ("в [ту же ночь]", "1773-09-XX", None),
    ("около [года];", "P1Y", "APPROX"),
    ("в [прошлом году]", "1772", None),
    ("находился [три дня]", "P3D", None),
    ("[18 сентября]", "1773-09-18", None),
]

# context, kind, referent (None: no named referent in the passage)
MENTIONS = [
    ("сообщники [его] не", P, "pugachev"),
    ("Однажды [он] под", P, "pugachev"),
    ("солдат, [его] сопровождавших", P, "pugachev"),
    ("вместе с [ним] ускакал", P, "pugachev"),
    ("у [которого] жил", P, "sheludyakov"),
    ("жил [он] прежде", P, "pugachev"),
    ("увлечь за [собою] множество", P, "nekrasov"),
    ("Потомки [их] доныне", P, None),
    ("чуждой [им] родине", P, None),
    ("прежнего [своего] отечества", P, None),
    ("войны [они] дрались", P, None),
    ("Часть [их] явилась", P, None),
    ("Сечи, [они] принесли", P, None),
    ("за [своих] отцов", P, None),
    ("законного [своего] государя", P, None),
    ("к [своим] богатым", P, None),
    ("[Они], вместо", P, None),
    ("показалось [им] надежною", P, None),
    ("Выбор [их] пал", P, None),
    ("[Им] нетрудно", P, None),
    ("было [его] уговорить", P, "pugachev"),
    ("[Они] немедленно", P, None),
    ("собирать [себе] сообщников", P, None),
    ("мог [он] укрываться", P, "pugachev"),
    ("Пугачев и [его] главные", P, "pugachev"),
    ("умножая [свою] шайку", P, None),
    ("от [него] следующие", P, "kozhevnikov"),
    ("находился [он] на своем", P, "kozhevnikov"),
    ("на [своем] хуторе, как", P, "kozhevnikov"),
    ("приехал к [нему] Иван", P, "kozhevnikov"),
    ("в [их] краю", P, None),
    ("[Он] убеждал", P, "zarubin"),
    ("скрыть [ее] на", P, "pugachev"),
    ("ее на [своем] хуторе.", P, "kozhevnikov"),
    ("борода [его] начинала", P, "pugachev"),
    ("[Он] был в верблюжьем", P, "pugachev"),
    ("объявил [ему], что", P, "kozhevnikov"),
    ("что [он] император", P, "pugachev"),
    ("смерти [его] были", P, "peter3"),
    ("что [он], при помощи", P, "pugachev"),
    ("где [скрывался] около", Z, "pugachev"),
    ("потом [был] в Цареграде", Z, "pugachev"),
    ("явился [он] на Дону", P, "pugachev"),
    ("году находился [он] на", P, "pugachev"),
    ("где [был] снова", Z, "pugachev"),
    ("освободил [его] снова", P, "pugachev"),
    ("подъезжал [он] к", P, "pugachev"),
    ("по коей [скитался]", Z, "pugachev"),
    ("умета [взят]", Z, "pugachev"),
    ("объяснять [свои] предположения", P, "pugachev"),
    ("[Он] намерен был", P, "pugachev"),
    ("обнаружить [себя]", P, "pugachev"),
    ("хотел [он] явиться", P, "pugachev"),
    ("о [нем] известия", P, "pugachev"),
    ("думал [он] броситься", P, "pugachev"),
    ("всю за [собою]", P, "pugachev"),
    ("по [его] словам", P, "pugachev"),
    ("присмотрена [им]", P, "pugachev"),
    ("говорил [он]", P, "pugachev"),
    ("за [ним] и увезли", P, "pugachev"),
    ("увезли [его] на", P, "pugachev"),
    ("намерен [он] был скрываться", P, "pugachev"),
    ("проводили [его]", P, "pugachev"),
    ("в [его] показании", P, "kozhevnikov"),
]

# The escape of 19 June: `Это случилось 19 июня 1773 года` dates the events `это` stands for.
ESCAPE_DATE = ("time", "случилось [19 июня 1773 года]")
EARLY_SEPTEMBER = ("time", "В [начале сентября]", "inferred")
THAT_NIGHT = ("time", "в [ту же ночь]", "inferred")

# trigger context, type, polarity, modality, arguments
EVENTS = [
    ("на [присланного] преступника", "MOVEMENT", "positive", "asserted", []),
    ("Пугачев [содержался]", "ARREST", "positive", "asserted", [
        ("patient", "преступника. [Пугачев] содержался")]),
    ("стражею двух гарнизонных солдат [ходил]", "MOVEMENT", "positive", "asserted", [
        ("agent", "Однажды [он] под")]),
    ("[подошед]", "MOVEMENT", "positive", "asserted", [
        ("agent", "тройка. [Пугачев], подошед"), ESCAPE_DATE]),
    ("вдруг [оттолкнул]", "CONFLICT", "positive", "asserted", [
        ("participant", "тройка. [Пугачев], подошед"), ESCAPE_DATE]),
    ("[ускакал]", "MOVEMENT", "positive", "asserted", [
        ("agent", "вместе с [ним] ускакал"), ESCAPE_DATE]),
    ("Казани [получено]", "COMMUNICATION", "positive", "asserted", [
        ("place", "в [Казани] получено"), ("time", "[Три дня после]")]),
    ("Петербурге [решение] суда", "TRIAL", "positive", "asserted", []),
    ("Пугачев [приговорен]", "TRIAL", "positive", "asserted", [
        ("patient", "коему [Пугачев] приговорен")]),
    ("к [ссылке] в Пелым", "EXILE", "positive", "desired", [
        ("patient", "коему [Пугачев] приговорен"), ("destination", "в [Пелым]")]),
    ("Пугачев [явился] на хуторах", "MOVEMENT", "positive", "asserted", [
        ("agent", "(3).\n[Пугачев] явился")]),
    ("которого [жил] он", "EMPLOYMENT", "positive", "asserted", [
        ("agent", "жил [он] прежде")]),
    ("тогда [совещания]", "MEETING", "positive", "asserted", []),
    ("о [побеге] в Турцию", "MOVEMENT", "positive", "desired", [
        ("destination", "в [Турцию]")]),
    ("и [увлечь] за собою множество", "MOVEMENT", "positive", "asserted", [
        ("agent", "Ивановны [Игнатий Некрасов]")]),
    ("последней Турецкой [войны]", "WAR", "positive", "asserted", []),
    ("они [дрались]", "WAR", "positive", "asserted", [
        ("participant", "войны [они] дрались")]),
    ("их [явилась] к", "MEETING", "positive", "asserted", [
        ("participant", "императору [Николаю]")]),
    ("[переплывшему]", "MOVEMENT", "positive", "asserted", [
        ("agent", "императору [Николаю]"), ("place", "переплывшему [Дунай]")]),
    ("[повинную]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "Сечи, [они] принесли")]),
    ("и [возвратились]", "MOVEMENT", "positive", "asserted", [
        ("agent", "Сечи, [они] принесли")]),
    ("вместо [побега]", "MOVEMENT", "negative", "asserted", []),
    ("новому [мятежу]", "WAR", "positive", "desired", [
        ("participant", "[Они], вместо")]),
    ("[уговорить]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "[Им] нетрудно"), ("recipient", "было [его] уговорить")]),
    ("[дала] знать", "COMMUNICATION", "positive", "asserted", [
        ("agent", "[Военная коллегия]")]),
    ("о [побеге] казанского", "MOVEMENT", "positive", "asserted", []),
    ("[укрываться]", "MOVEMENT", "positive", "possible", [
        ("agent", "мог [он] укрываться")]),
    ("были [посланы]", "MOVEMENT", "positive", "asserted", []),
    ("для [поимки]", "ARREST", "negative", "desired", [
        ("patient", "поимки [Пугачева]")]),
    ("[спасались]", "MOVEMENT", "positive", "asserted", [
        ("agent", "успеха: [Пугачев] и")]),
    ("[переходя]", "MOVEMENT", "positive", "asserted", [
        ("agent", "успеха: [Пугачев] и")]),
    ("казаки [взяты]", "ARREST", "positive", "asserted", []),
    ("[Схватили]", "ARREST", "positive", "asserted", [
        ("patient", "Схватили [Михайла Кожевникова]")]),
    ("[привели] в", "MOVEMENT", "positive", "asserted", [
        ("patient", "Схватили [Михайла Кожевникова]")]),
    ("[пыткою]", "CONFLICT", "positive", "asserted", []),
    ("важные [показания]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "от [него] следующие")]),
    ("как [приехал] к нему", "MEETING", "positive", "asserted", [
        ("participant", "нему [Иван Зарубин]"), ("participant", "приехал к [нему] Иван"),
        ("time", "В [начале сентября]")]),
    ("Зарубин и [объявил] за тайну", "COMMUNICATION", "positive", "asserted", [
        ("agent", "нему [Иван Зарубин]"), ("time", "В [начале сентября]")]),
    ("Он [убеждал]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "[Он] убеждал"), ("recipient", "убеждал [Кожевникова]"), EARLY_SEPTEMBER]),
    ("Кожевников [согласился]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "хуторе. [Кожевников] согласился"), EARLY_SEPTEMBER]),
    ("Зарубин [уехал]", "MOVEMENT", "positive", "asserted", [
        ("agent", "согласился. [Зарубин] уехал"), EARLY_SEPTEMBER]),
    ("светом [возвратился]", "MOVEMENT", "positive", "asserted", [
        ("agent", "согласился. [Зарубин] уехал"), ("agent", "с [Тимофеем Мясниковым]"),
        ("time", "в [ту же ночь]")]),
    ("Мясников [поехали]", "MOVEMENT", "positive", "asserted", [
        ("agent", "винтовкою. [Зарубин] и"), ("agent", "винтовкою. Зарубин и [Мясников] поехали"), THAT_NIGHT]),
    ("для [повестки]", "COMMUNICATION", "positive", "desired", []),
    ("[оставшись]", "MOVEMENT", "positive", "asserted", [THAT_NIGHT]),
    ("Кожевникова, [объявил] ему", "COMMUNICATION", "positive", "asserted", [
        ("recipient", "объявил [ему], что"), THAT_NIGHT]),
    ("о [смерти] его", "DEATH", "negative", "asserted", [
        ("patient", "смерти [его] были")]),
    ("[ушел] в Киев", "MOVEMENT", "positive", "asserted", [
        ("agent", "что [он], при помощи"), ("destination", "в [Киев]")]),
    ("где [скрывался] около", "MOVEMENT", "positive", "asserted", [
        ("agent", "где [скрывался] около")]),
    ("потом [был] в Цареграде", "MOVEMENT", "positive", "asserted", [
        ("agent", "потом [был] в Цареграде"), ("place", "в [Цареграде]")]),
    ("тайно [находился]", "EMPLOYMENT", "positive", "asserted", [
        ("agent", "потом [был] в Цареграде")]),
    ("последней турецкой [войны]", "WAR", "positive", "asserted", []),
    ("оттуда [явился]", "MOVEMENT", "positive", "asserted", [
        ("agent", "явился [он] на Дону"), ("destination", "на [Дону]")]),
    ("[схвачен]", "ARREST", "positive", "asserted", [
        ("patient", "явился [он] на Дону"), ("place", "в [Царицыне]")]),
    ("[освобожден]", "RELEASE", "positive", "asserted", [
        ("patient", "явился [он] на Дону")]),
    ("году [находился] он", "MOVEMENT", "positive", "asserted", [
        ("agent", "году находился [он] на"), ("place", "на [Иргизе]"), ("place", "в [Яицком городке]"),
        ("time", "в [прошлом году]")]),
    ("[пойман]", "ARREST", "positive", "asserted", [
        ("patient", "где [был] снова"), ("time", "в [прошлом году]", "inferred")]),
    ("[отвезен]", "MOVEMENT", "positive", "asserted", [
        ("patient", "где [был] снова"), ("destination", "в [Казань];"), ("time", "в [прошлом году]", "inferred")]),
    ("[освободил]", "RELEASE", "positive", "asserted", [
        ("patient", "освободил [его] снова")]),
    ("[подъезжал]", "MOVEMENT", "positive", "asserted", [
        ("agent", "подъезжал [он] к"), ("destination", "к [Яицкому городку]")]),
    ("[воротился]", "MOVEMENT", "positive", "asserted", [
        ("agent", "подъезжал [он] к"), ("destination", "на [Сызранскую дорогу]")]),
    ("по коей [скитался]", "MOVEMENT", "positive", "asserted", [
        ("agent", "по коей [скитался]")]),
    ("умета [взят]", "MOVEMENT", "positive", "asserted", [
        ("patient", "умета [взят]"), ("agent", "взят [Зарубиным] и"), ("agent", "и [Мясниковым] и привезен"),
        ("origin", "с [Таловинского умета]")]),
    ("[привезен]", "MOVEMENT", "positive", "asserted", [
        ("patient", "умета [взят]"), ("agent", "взят [Зарубиным] и"), ("agent", "и [Мясниковым] и привезен")]),
    ("[Высказав]", "COMMUNICATION", "positive", "asserted", [THAT_NIGHT]),
    ("стал [объяснять]", "COMMUNICATION", "positive", "asserted", [THAT_NIGHT]),
    ("[обнаружить] себя", "COMMUNICATION", "positive", "desired", [
        ("agent", "[Он] намерен был")]),
    ("по [выступлении]", "MOVEMENT", "positive", "possible", []),
    ("[супротивления]", "CONFLICT", "negative", "desired", []),
    ("[кровопролития]", "DEATH", "negative", "desired", []),
    ("он [явиться]", "MOVEMENT", "positive", "desired", [
        ("agent", "хотел [он] явиться")]),
    ("[связать]", "ARREST", "positive", "desired", [
        ("agent", "хотел [он] явиться")]),
    ("[идти] прямо", "MOVEMENT", "positive", "desired", [
        ("agent", "хотел [он] явиться"), ("destination", "на [Яицкий городок],")]),
    ("[овладеть]", "WAR", "positive", "desired", [
        ("participant", "хотел [он] явиться")]),
    ("нем [известия]", "COMMUNICATION", "negative", "desired", []),
    ("[броситься]", "MOVEMENT", "positive", "conditional", [
        ("agent", "думал [он] броситься"), ("destination", "в [Русь]")]),
    ("[поставить]", "EMPLOYMENT", "positive", "conditional", [
        ("agent", "думал [он] броситься")]),
    ("[возвести]", "EMPLOYMENT", "positive", "conditional", [
        ("agent", "думал [он] броситься")]),
    ("Кожевникова [находился]", "MOVEMENT", "positive", "asserted", [
        ("agent", "желаю. [Пугачев] на")]),
    ("Мясников [приехали]", "MOVEMENT", "positive", "asserted", [
        ("agent", "дня; [Зарубин] и"), ("agent", "дня; Зарубин и [Мясников] приехали")]),
    ("[увезли]", "MOVEMENT", "positive", "asserted", [
        ("agent", "дня; [Зарубин] и"), ("agent", "дня; Зарубин и [Мясников] приехали"),
        ("patient", "увезли [его] на"), ("destination", "на [Усихину Россашь]")]),
    ("был [скрываться]", "MOVEMENT", "positive", "desired", [
        ("agent", "намерен [он] был скрываться")]),
    ("[проводили]", "MOVEMENT", "positive", "asserted", [
        ("agent", "плавни. [Кожевников], Коновалов"), ("agent", "Кожевников, [Коновалов] и"),
        ("agent", "и [Кочуров] проводили"), ("patient", "проводили [его]")]),
    ("[Взятие] под", "ARREST", "positive", "asserted", [
        ("patient", "стражу [Кожевникова] и казаков")]),
    ("его [показании]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "в [его] показании")]),
    ("[пришел] под", "MOVEMENT", "positive", "asserted", [
        ("agent", "сентября [Пугачев] с"), ("origin", "с [Будоринского(4) форпоста]"),
        ("destination", "под [Яицкий городок] с"), ("time", "[18 сентября]")]),
    ("и [остановился]", "MOVEMENT", "positive", "asserted", [
        ("agent", "сентября [Пугачев] с"), ("place", "рекой [Чаганом]"), ("time", "[18 сентября]")]),
]
