"""Pushkin, «История Пугачева», chapter 6: Michelson's pursuit in the Urals, May–June (corpus
pushkin_istoriya_pugacheva.txt, lines 616–624).

Annotated by reading before any pipeline run, against GUIDELINES.md sections 1–8; development
probe, tuned on (issue 12, narr6). Doubtful cases in GUIDELINES section 9.13. The passage's dates
name days and months but no year, so none is an absolute date and no time is inferred (8.4).
Named fortresses and works are LOC FACILITY with their cue noun (`Чербакульская крепость`, as
`Петропавловская крепость`); a river's cue noun is outside (`реку Ай` → `Ай`).
"""
SOURCE = ("pushkin_istoriya_pugacheva.txt", 189477, 193748)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("23-го [Михельсон] пошел", "PER", None, "Михельсон", "mikh"),
    ("на [Чербакульскую крепость]", "LOC", "FACILITY", "Чербакульская крепость", "cherbakul"),
    ("бунтовали. [Михельсон] привел", "PER", None, "Михельсон", "mikh"),
    ("[Жолобов] и Гагрин действовали", "PER", None, "Жолобов", "zholobov"),
    ("Жолобов и [Гагрин] действовали", "PER", None, "Гагрин", "gagrin"),
    ("нерешительно. [Жолобов], уведомив", "PER", None, "Жолобов", "zholobov"),
    ("уведомив [Михельсона]", "PER", None, "Михельсон", "mikh"),
    ("что [Пугачев] собрал остаток", "PER", None, "Пугачев", "pugachev"),
    ("[Михельсон] жаловался", "PER", None, "Михельсон", "mikh"),
    ("жаловался [Декалонгу]", "PER", None, "Декалонг", "dekalong"),
    ("а [Декалонг], сам", "PER", None, "Декалонг", "dekalong"),
    ("остался в [Челябе]", "LOC", "CITY", "Челяба", "chelyaba"),
    ("к себе [Жолобова] и", "PER", None, "Жолобов", "zholobov"),
    ("Жолобова и [Гагрина].", "PER", None, "Гагрин", "gagrin"),
    ("преследование [Пугачева] предоставлено", "PER", None, "Пугачев", "pugachev"),
    ("одному [Михельсону]", "PER", None, "Михельсон", "mikh"),
    ("к [Златоустовскому заводу]", "LOC", "FACILITY", "Златоустовский завод", "zlatoust"),
    ("27 мая [Михельсон]", "PER", None, "Михельсон", "mikh"),
    ("на [Саткинский завод]", "LOC", "FACILITY", "Саткинский завод", "satka"),
    ("[Салават] с новою", "PER", None, "Салават", "salavat"),
    ("Уже [Симской завод]", "LOC", "FACILITY", "Симской завод", "sim"),
    ("о [Михельсоне]", "PER", None, "Михельсон", "mikh"),
    ("реку [Ай]", "LOC", "LOCATION", "Ай", "ai"),
    ("где [Пугачев], избавясь", "PER", None, "Пугачев", "pugachev"),
    ("погони [Гагрина]", "PER", None, "Гагрин", "gagrin"),
    ("Гагрина и [Жолобова] и", "PER", None, "Жолобов", "zholobov"),
    ("[Михельсон] на Саткинском", "PER", None, "Михельсон", "mikh"),
    ("на [Саткинском заводе]", "LOC", "FACILITY", "Саткинский завод", "satka"),
    ("из-под [Уфы]", "LOC", "CITY", "Уфа", "ufa"),
    ("против [Пугачева] и Салавата", "PER", None, "Пугачев", "pugachev"),
    ("Пугачева и [Салавата] и", "PER", None, "Салават", "salavat"),
    ("берег [Ая]", "LOC", "LOCATION", "Ай", "ai"),
    ("утром, [Михельсон] приказал", "PER", None, "Михельсон", "mikh"),
    ("а [Михельсон] между тем", "PER", None, "Михельсон", "mikh"),
    ("[Михельсон] быстро напал на неприятеля", "PER", None, "Михельсон", "mikh"),
    ("[Пугачев], Белобородов", "PER", None, "Пугачев", "pugachev"),
    ("Пугачев, [Белобородов]", "PER", None, "Белобородов", "beloborodov"),
    ("раненый [Салават]", "PER", None, "Салават", "salavat"),
    ("пусты. [Михельсон] ни", "PER", None, "Михельсон", "mikh"),
    ("капитан [Карташевский]", "PER", None, "Карташевский", "kartashevsky"),
    ("шайкою [Салавата]. К", "PER", None, "Салават", "salavat"),
    ("К утру [Михельсон]", "PER", None, "Михельсон", "mikh"),
    ("бежали. [Михельсон] преследовал", "PER", None, "Михельсон", "mikh"),
    ("Сам [Пугачев] ими", "PER", None, "Пугачев", "pugachev"),
    ("близ [Саткинского завода]", "LOC", "FACILITY", "Саткинский завод", "satka"),
    ("[Михельсон] прискакал", "PER", None, "Михельсон", "mikh"),
    ("послал [Харина]", "PER", None, "Харин", "kharin"),
    ("Тут [Михельсон] узнал", "PER", None, "Михельсон", "mikh"),
    ("что [Пугачев] имел", "PER", None, "Пугачев", "pugachev"),
    ("идти на [Уфу]", "LOC", "CITY", "Уфа", "ufa"),
    ("[Михельсон] быстро напал на него", "PER", None, "Михельсон", "mikh"),
    ("успехах [Михельсон]", "PER", None, "Михельсон", "mikh"),
    ("[Михельсон] пошел в", "PER", None, "Михельсон", "mikh"),
    ("пошел в [Уфу]", "LOC", "CITY", "Уфа", "ufa"),
    ("Пока [Михельсон]", "PER", None, "Михельсон", "mikh"),
    ("[Декалонг] стоял", "PER", None, "Декалонг", "dekalong"),
    ("стоял в [Челябе]", "LOC", "CITY", "Челяба", "chelyaba"),
    ("завидуя [Михельсону]", "PER", None, "Михельсон", "mikh"),
    ("[Фрейман], лично", "PER", None, "Фрейман", "freiman"),
    ("в [Кизильской крепости]", "LOC", "FACILITY", "Кизильская крепость", "kizil"),
    ("на [Тимашева]", "PER", None, "Тимашев", "timashev"),
    ("в [Зелаирскую(4) крепость]", "LOC", "FACILITY", "Зелаирская крепость", "zelair"),
    ("[Станиславский], во все", "PER", None, "Станиславский", "stanislavsky"),
    ("что [Пугачев] близ", "PER", None, "Пугачев", "pugachev"),
    ("близ [Верхо-Яицкой крепости]", "LOC", "FACILITY", "Верхо-Яицкая крепость", "verkhoyaik"),
    ("свою [Орскую крепость]", "LOC", "FACILITY", "Орская крепость", "orsk"),
    ("Полковники [Якубович]", "PER", None, "Якубович", "yakubovich"),
    ("[Обернибесов] и майор", "PER", None, "Обернибесов", "obernibesov"),
    ("майор [Дуве]", "PER", None, "Дуве", "duve"),
    ("около [Уфы]. Вокруг", "LOC", "CITY", "Уфа", "ufa"),
    ("[Бирск]", "LOC", "CITY", "Бирск", "birsk"),
    ("князя [Щербатова]", "PER", None, "Щербатов", "shcherbatov"),
    ("войско [Голицына]", "PER", None, "Голицын", "golitsyn"),
    ("около [Оренбурга]", "LOC", "CITY", "Оренбург", "orenburg"),
    ("и [Яицкого городка]", "LOC", "CITY", "Яицкий городок", "yaitsk"),
]

# context, value, mod
DATES = [
    ("[23-го] Михельсон", "XXXX-XX-23", None),
    ("[27 мая]", "XXXX-05-27", None),
    ("[Через два дня]", "XXXX-XX-XX", None),
    ("Но [30-го], утром", "XXXX-XX-30", None),
    ("и [2 июня]", "XXXX-06-02", None),
    ("в [течение шести дней]", "P6D", None),
    ("и [5 июня]", "XXXX-06-05", None),
]

# context, kind, referent
MENTIONS = [
    ("[Он] пошел к Златоустовскому", P, "mikh"),
    ("но [они] бежали", P, None),
    ("о [его] приближении", P, "mikh"),
    ("был [им] разграблен", P, "salavat"),
    ("Михельсоне, [он] перешел", P, "salavat"),
    ("с [ним] успел", P, "salavat"),
    ("пошел [он] против", P, "mikh"),
    ("[Он] пошел наудачу", P, "mikh"),
    ("Сам [он] шел", P, "mikh"),
    ("на помощь; [он] послал", P, "mikh"),
    ("[Он] поспешил", P, "mikh"),
    ("встретил [его] снова", P, "pugachev"),
    ("напал на [него]", P, "pugachev"),
    ("необходимость прекратить на время [свое]", P, "mikh"),
    ("а [они] переходили", P, None),
]

# trigger context, type, polarity, modality, [(role, argument context), ...]
EVENTS = [
    ("Михельсон [пошел] на Чербакульскую", "MOVEMENT", "positive", "asserted", [
        ("agent", "23-го [Михельсон] пошел"), ("destination", "на [Чербакульскую крепость]"),
        ("time", "[23-го] Михельсон")]),
    ("[бунтовали]", "WAR", "positive", "asserted", []),
    ("[присоединив] к своему", "MEMBERSHIP", "positive", "asserted", [
        ("agent", "бунтовали. [Михельсон] привел")]),
    ("Жолобов, [уведомив]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "нерешительно. [Жолобов], уведомив"), ("recipient", "уведомив [Михельсона]")]),
    ("отказался [идти] против его", "MOVEMENT", "negative", "asserted", [
        ("agent", "нерешительно. [Жолобов], уведомив")]),
    ("Михельсон [жаловался]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "[Михельсон] жаловался"), ("recipient", "жаловался [Декалонгу]")]),
    ("обещаясь [выступить]", "MOVEMENT", "positive", "desired", [
        ("agent", "а [Декалонг], сам")]),
    ("для [истребления]", "WAR", "positive", "desired", []),
    ("[остался] в Челябе", "MOVEMENT", "positive", "asserted", [
        ("agent", "а [Декалонг], сам"), ("place", "остался в [Челябе]")]),
    ("еще [отозвал]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "а [Декалонг], сам"), ("recipient", "к себе [Жолобова] и"),
        ("recipient", "Жолобова и [Гагрина].")]),
    ("[преследование] Пугачева", "WAR", "positive", "asserted", [
        ("participant", "преследование [Пугачева] предоставлено")]),
    ("Он [пошел] к Златоустовскому", "MOVEMENT", "positive", "asserted", [
        ("agent", "[Он] пошел к Златоустовскому"), ("destination", "к [Златоустовскому заводу]")]),
    ("они [бежали], узнав", "MOVEMENT", "positive", "asserted", [
        ("agent", "но [они] бежали")]),
    ("его [приближении]", "MOVEMENT", "positive", "asserted", [
        ("agent", "о [его] приближении")]),
    ("Михельсон [прибыл] на Саткинский", "MOVEMENT", "positive", "asserted", [
        ("agent", "27 мая [Михельсон]"), ("destination", "на [Саткинский завод]"),
        ("time", "[27 мая]")]),
    ("им [разграблен]", "WAR", "positive", "asserted", [
        ("participant", "был [им] разграблен"), ("place", "Уже [Симской завод]")]),
    ("разграблен и [сожжен]. Услыша", "WAR", "positive", "asserted", [
        ("participant", "был [им] разграблен"), ("place", "Уже [Симской завод]")]),
    ("он [перешел] реку", "MOVEMENT", "positive", "asserted", [
        ("agent", "Михельсоне, [он] перешел")]),
    ("[остановился] в горах", "MOVEMENT", "positive", "asserted", [
        ("agent", "Михельсоне, [он] перешел")]),
    ("от [погони] Гагрина", "WAR", "positive", "asserted", [
        ("participant", "погони [Гагрина]"), ("participant", "Гагрина и [Жолобова] и")]),
    ("успел [соединиться]", "MEETING", "positive", "asserted", [
        ("participant", "где [Пугачев], избавясь"), ("participant", "с [ним] успел")]),
    ("по [выступлению]", "MOVEMENT", "positive", "asserted", [
        ("origin", "из-под [Уфы]")]),
    ("[пошел] он против", "MOVEMENT", "positive", "asserted", [
        ("agent", "пошел [он] против"), ("time", "[Через два дня]")]),
    ("и [прибыл] на берег", "MOVEMENT", "positive", "asserted", [
        ("agent", "пошел [он] против"), ("destination", "берег [Ая]"), ("time", "[Через два дня]")]),
    ("Михельсон [приказал]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "утром, [Михельсон] приказал"), ("time", "Но [30-го], утром")]),
    ("казакам [переправиться]", "MOVEMENT", "positive", "asserted", []),
    ("[бросились] было", "WAR", "positive", "asserted", []),
    ("были [рассеяны]", "WAR", "positive", "asserted", []),
    ("между тем [переправился]", "MOVEMENT", "positive", "asserted", [
        ("agent", "а [Михельсон] между тем")]),
    ("быстро [напал] на неприятеля", "WAR", "positive", "asserted", [
        ("participant", "[Михельсон] быстро напал на неприятеля")]),
    ("[смял]", "WAR", "positive", "asserted", [
        ("participant", "[Михельсон] быстро напал на неприятеля")]),
    ("смял и [преследовал]", "WAR", "positive", "asserted", [
        ("participant", "[Михельсон] быстро напал на неприятеля")]),
    ("[убив] до четырехсот", "DEATH", "positive", "asserted", [
        ("agent", "[Михельсон] быстро напал на неприятеля")]),
    ("[взяв] множество в плен", "ARREST", "positive", "asserted", [
        ("agent", "[Михельсон] быстро напал на неприятеля")]),
    ("успели [спастись]", "MOVEMENT", "positive", "asserted", [
        ("agent", "[Пугачев], Белобородов"), ("agent", "Пугачев, [Белобородов]"),
        ("agent", "раненый [Салават]")]),
    ("Он [пошел] наудачу", "MOVEMENT", "positive", "asserted", [
        ("agent", "[Он] пошел наудачу")]),
    ("был [окружен]", "WAR", "positive", "asserted", [
        ("participant", "капитан [Карташевский]"), ("participant", "шайкою [Салавата]. К"),
        ("time", "и [2 июня]")]),
    ("[подоспел]", "MOVEMENT", "positive", "asserted", [
        ("agent", "К утру [Михельсон]")]),
    ("рассыпались и [бежали]. Михельсон", "MOVEMENT", "positive", "asserted", []),
    ("Михельсон [преследовал] их", "WAR", "positive", "asserted", [
        ("participant", "бежали. [Михельсон] преследовал")]),
    ("он [шел] немного", "MOVEMENT", "positive", "asserted", [
        ("agent", "Сам [он] шел")]),
    ("[окружила] его обоз", "WAR", "positive", "asserted", []),
    ("и [напала] на пехоту", "WAR", "positive", "asserted", []),
    ("[предводительствовал]", "EMPLOYMENT", "positive", "asserted", [
        ("agent", "Сам [Пугачев] ими")]),
    ("[прискакал]", "MOVEMENT", "positive", "asserted", [
        ("agent", "[Михельсон] прискакал")]),
    ("пехотою [остался]", "MOVEMENT", "positive", "asserted", [
        ("agent", "на помощь; [он] послал")]),
    ("были [разбиты]", "WAR", "positive", "asserted", []),
    ("снова [бежали]. Тут", "MOVEMENT", "positive", "asserted", []),
    ("намерение [идти]", "MOVEMENT", "positive", "desired", [
        ("agent", "что [Пугачев] имел"), ("destination", "идти на [Уфу]")]),
    ("5 июня [встретил]", "WAR", "positive", "asserted", [
        ("participant", "[Он] поспешил"), ("participant", "встретил [его] снова"),
        ("time", "и [5 июня]")]),
    ("[Сражение]", "WAR", "positive", "asserted", []),
    ("быстро [напал] на него", "WAR", "positive", "asserted", [
        ("participant", "[Михельсон] быстро напал на него"), ("participant", "напал на [него]")]),
    ("снова [разбил]", "WAR", "positive", "asserted", [
        ("participant", "[Михельсон] быстро напал на него"), ("participant", "напал на [него]")]),
    ("и [прогнал]", "WAR", "positive", "asserted", [
        ("participant", "[Михельсон] быстро напал на него"), ("participant", "напал на [него]")]),
    ("свое [преследование]", "WAR", "positive", "asserted", [
        ("participant", "необходимость прекратить на время [свое]")]),
    ("Михельсон [пошел] в Уфу", "MOVEMENT", "positive", "asserted", [
        ("agent", "[Михельсон] пошел в"), ("destination", "пошел в [Уфу]")]),
    ("везде [поражал]", "WAR", "positive", "asserted", [
        ("participant", "Пока [Михельсон]")]),
    ("[ушедшего]", "MOVEMENT", "positive", "asserted", [
        ("agent", "на [Тимашева]"), ("destination", "в [Зелаирскую(4) крепость]")]),
    ("[отказался] от службы", "EMPLOYMENT", "positive", "asserted", [
        ("agent", "[Станиславский], во все")]),
    ("[скрылся]", "MOVEMENT", "positive", "asserted", [
        ("agent", "[Станиславский], во все"), ("destination", "свою [Орскую крепость]")]),
    ("[бунтующие]", "WAR", "positive", "asserted", []),
    ("[сожжен] был", "WAR", "positive", "asserted", [
        ("place", "[Бирск]")]),
    ("они [переходили]", "MOVEMENT", "positive", "asserted", [
        ("agent", "а [они] переходили", ["Полковники [Якубович]", "[Обернибесов] и майор",
                                        "майор [Дуве]"])]),
    ("По [распоряжению]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "князя [Щербатова]")]),
]
