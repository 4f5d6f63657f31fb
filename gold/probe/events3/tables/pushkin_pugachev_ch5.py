"""Pushkin, «История Пугачева», the opening of chapter 5: Bibikov's dispositions, Samara
retaken, Zainsk, Derzhavin on the Irgiz (corpus pushkin_istoriya_pugacheva.txt, characters
143985–147679).

Annotated by reading before any pipeline run; development probe, tuned on (issue 12, narr8),
against GUIDELINES.md sections 1–8, 9.10, 9.13 and 9.14. Doubtful cases in GUIDELINES section
9.17. The chapter's synopsis is structure (9.10): nothing in it is annotated. No date names a
year, so no date is in force and no time is inferred (8.4); `29 декабря`, `накануне`, `в
феврале` keep `X` for the year. Two Bibikovs: the general-in-chief (`Бибиков устремил`) and
the colonel (`Полковник Бибиков`), two clusters (8.3). Sending a detachment or an officer
(`посланные`, `послан`, `отрядить`, `отряженный`, `высланную`, `устремил`) has no type (9.13).
MENTIONS are the pronouns that are event arguments (this is an events probe).
"""
SOURCE = ("pushkin_istoriya_pugacheva.txt", 143985, 147679)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("посланные противу [Пугачева]", "PER", None, "Пугачев", "pugachev"),
    ("[Бибиков] устремил", "PER", None, "Бибиков", "bibikov"),
    ("их к [Оренбургу]", "LOC", "CITY", "Оренбург", "orenburg"),
    ("князь [Голицын]", "PER", None, "Голицын", "golitsyn"),
    ("заградить [Московскую дорогу]", "LOC", "LOCATION", "Московская дорога", "moscow_road"),
    ("от [Казани] до Оренбурга", "LOC", "CITY", "Казань", "kazan"),
    ("до [Оренбурга]. Генерал", "LOC", "CITY", "Оренбург", "orenburg"),
    ("Генерал-майору [Мансурову]", "PER", None, "Мансуров", "mansurov"),
    ("прикрытия [Самарской линии]", "LOC", "LOCATION", "Самарская линия", "samara_line"),
    ("майор [Муфель] и", "PER", None, "Муфель", "mufel"),
    ("подполковник [Гринев]. Генерал", "PER", None, "Гринев", "grinev"),
    ("Генерал-майор [Ларионов]", "PER", None, "Ларионов", "larionov"),
    ("к [Уфе]", "LOC", "CITY", "Уфа", "ufa"),
    ("к [Екатеринбургу]", "LOC", "CITY", "Екатеринбург", "ekaterinburg"),
    ("[Декалонг] охранял", "PER", None, "Декалонг", "dekalong"),
    ("охранял [Сибирь]", "LOC", "STATE_OR_PROVINCE", "Сибирь", "siberia"),
    ("майора [Гагрина]", "PER", None, "Гагрин", "gagrin"),
    ("защиты [Кунгура]", "LOC", "CITY", "Кунгур", "kungur"),
    ("В [Малыковку]", "LOC", "CITY", "Малыковка", "malykovka"),
    ("поручик [Державин] для", "PER", None, "Державин", "derzhavin"),
    ("прикрытия [Волги]", "LOC", "LOCATION", "Волга", "volga"),
    ("стороны [Пензы]", "LOC", "CITY", "Пенза", "penza"),
    ("и [Саратова]", "LOC", "CITY", "Саратов", "saratov"),
    ("[Бибиков] сначала", "PER", None, "Бибиков", "bibikov"),
    ("(во [Владимирском])", "ORG", None, "Владимирский полк", "vladimir_regiment"),
    ("приверженцы [Пугачева]", "PER", None, "Пугачев", "pugachev"),
    ("Впоследствии [Бибиков]", "PER", None, "Бибиков", "bibikov"),
    ("(в [Петербурге])", "LOC", "CITY", "Петербург", "petersburg"),
    ("Майор [Муфель] с одною", "PER", None, "Муфель", "mufel"),
    ("приближился к [Самаре]", "LOC", "CITY", "Самара", "samara"),
    ("от [Самары]", "LOC", "CITY", "Самара", "samara"),
    ("за [Муфелем]", "PER", None, "Муфель", "mufel"),
    ("вступили в [Самару]", "LOC", "CITY", "Самара", "samara"),
    ("подполковник [Гринев] и генерал", "PER", None, "Гринев", "grinev"),
    ("генерал-майор [Мансуров]. Последний", "PER", None, "Мансуров", "mansurov"),
    ("к [Ставрополю]", "LOC", "CITY", "Ставрополь", "stavropol"),
    ("возвратился в [Самару]", "LOC", "CITY", "Самара", "samara"),
    ("Полковник [Бибиков]", "PER", None, "Бибиков", "bibikov_colonel"),
    ("отряженный из [Казани]", "LOC", "CITY", "Казань", "kazan"),
    ("генерал-майора [Фреймана]", "PER", None, "Фрейман", "freiman"),
    ("в [Бугульме]", "LOC", "CITY", "Бугульма", "bugulma"),
    ("на [Заинск]", "LOC", "CITY", "Заинск", "zainsk"),
    ("капитан [Мертвецов]", "PER", None, "Мертвецов", "mertvetsov"),
    ("города [Бибиков] услышал", "PER", None, "Бибиков", "bibikov_colonel"),
    ("К [Бибикову] являлось", "PER", None, "Бибиков", "bibikov_colonel"),
    ("[Державин], начальствуя", "PER", None, "Державин", "derzhavin"),
    ("берегах [Иргиза]", "LOC", "LOCATION", "Иргиз", "irgiz"),
    ("между [Яиком]", "LOC", "LOCATION", "Яик", "yaik"),
    ("и [Волгою]", "LOC", "LOCATION", "Волга", "volga"),
    ("служить у [Пугачева]", "PER", None, "Пугачев", "pugachev"),
    ("Но [Державин] строго", "PER", None, "Державин", "derzhavin"),
]

# context, value, mod
DATES = [
    ("(писал он в [феврале])", "XXXX-02", None),
    ("командою [29 декабря]", "XXXX-12-29", None),
    ("занятой [накануне]", "XXXX-12-28", None),
]

# context, kind, referent
MENTIONS = [
    ("[они] под прикрытием", P, None),
    ("[Они] побежали", P, None),
    ("но [они] разбежались", P, None),
    ("[он] приехал", P, "derzhavin"),
    ("объявили [ему]", P, "derzhavin"),
    ("к [нему] приступать", P, "derzhavin"),
    ("Приказ [его]", P, "derzhavin"),
]

# trigger context, type, polarity, modality, [(role, argument context), ...]
EVENTS = [
    ("стали [приближаться]", "MOVEMENT", "positive", "asserted", []),
    ("должен был [заградить]", "WAR", "positive", "desired", [
        ("participant", "князь [Голицын]"), ("place", "заградить [Московскую дорогу]")]),
    ("[вверено] было", "EMPLOYMENT", "positive", "asserted", [
        ("agent", "Генерал-майору [Мансурову]")]),
    ("для [прикрытия] Самарской", "WAR", "positive", "desired", [
        ("place", "прикрытия [Самарской линии]")]),
    ("отрядами [следовал]", "MOVEMENT", "positive", "asserted", [
        ("agent", "майор [Муфель] и"), ("agent", "подполковник [Гринев]. Генерал")]),
    ("для [защиты] Кунгура", "WAR", "positive", "desired", [
        ("place", "защиты [Кунгура]")]),
    ("для [прикрытия] Волги", "WAR", "positive", "desired", [
        ("participant", "поручик [Державин] для"), ("place", "прикрытия [Волги]")]),
    ("полк [проходил]", "MOVEMENT", "positive", "asserted", []),
    ("[велено] было", "COMMUNICATION", "positive", "asserted", []),
    ("и [захвачены]", "ARREST", "positive", "asserted", []),
    ("войски [подвигаются]", "MOVEMENT", "positive", "asserted", []),
    ("всех [писем]", "COMMUNICATION", "positive", "asserted", []),
    ("[приближился] к Самаре", "MOVEMENT", "positive", "asserted", [
        ("agent", "Майор [Муфель] с одною"), ("destination", "приближился к [Самаре]"),
        ("time", "командою [29 декабря]")]),
    ("[занятой] накануне", "WAR", "positive", "asserted", [
        ("place", "приближился к [Самаре]"), ("time", "занятой [накануне]")]),
    ("[встреченный] ими", "WAR", "positive", "asserted", [
        ("participant", "Майор [Муфель] с одною")]),
    ("[разбил] и гнал", "WAR", "positive", "asserted", [
        ("participant", "Майор [Муфель] с одною"), ("time", "командою [29 декабря]")]),
    ("разбил и [гнал]", "WAR", "positive", "asserted", [
        ("participant", "Майор [Муфель] с одною"), ("time", "командою [29 декабря]")]),
    ("думали [супротивляться]", "WAR", "positive", "desired", [
        ("participant", "[они] под прикрытием")]),
    ("драгуны [ударили] в палаши", "WAR", "positive", "asserted", []),
    ("[въехали] в город", "MOVEMENT", "positive", "asserted", []),
    ("[рубя] и попирая", "WAR", "positive", "asserted", []),
    ("попирая [бегущих]", "MOVEMENT", "positive", "asserted", []),
    ("[показались] ставропольские", "MOVEMENT", "positive", "asserted", []),
    ("[идущие] на помощь", "MOVEMENT", "positive", "asserted", []),
    ("Они [побежали]", "MOVEMENT", "positive", "asserted", [
        ("agent", "[Они] побежали")]),
    ("был [очищен]", "WAR", "positive", "asserted", []),
    ("Муфелем [вступили] в Самару", "MOVEMENT", "positive", "asserted", [
        ("agent", "подполковник [Гринев] и генерал"),
        ("agent", "генерал-майор [Мансуров]. Последний"), ("destination", "вступили в [Самару]")]),
    ("для [усмирения] калмыков", "WAR", "positive", "desired", []),
    ("они [разбежались]", "MOVEMENT", "positive", "asserted", [
        ("agent", "но [они] разбежались")]),
    ("[возвратился] в Самару", "MOVEMENT", "positive", "asserted", [
        ("destination", "возвратился в [Самару]")]),
    ("[пошел] на Заинск", "MOVEMENT", "positive", "asserted", [
        ("agent", "Полковник [Бибиков]"), ("destination", "на [Заинск]")]),
    ("[принял] с честью", "MEETING", "positive", "asserted", [
        ("participant", "капитан [Мертвецов]")]),
    ("[сдав] им начальство", "WAR", "positive", "asserted", [
        ("participant", "капитан [Мертвецов]")]),
    ("были [сломаны]", "WAR", "positive", "asserted", []),
    ("батареи [взяты]", "WAR", "positive", "asserted", []),
    ("предместия [заняты]", "WAR", "positive", "asserted", []),
    ("все [бежало]", "MOVEMENT", "positive", "asserted", []),
    ("[бунтовавших] деревень", "WAR", "positive", "asserted", []),
    ("деревень [пришли] в повиновение", "WAR", "positive", "asserted", []),
    ("Бибикову [являлось]", "MEETING", "positive", "asserted", [
        ("participant", "К [Бибикову] являлось")]),
    ("всех [распускали]", "RELEASE", "positive", "asserted", []),
    ("[начальствуя] тремя", "EMPLOYMENT", "positive", "asserted", [
        ("agent", "[Державин], начальствуя")]),
    ("[привел] в повиновение", "WAR", "positive", "asserted", [
        ("participant", "[Державин], начальствуя")]),
    ("народу [собралось]", "MEETING", "positive", "asserted", []),
    ("идти [служить]", "EMPLOYMENT", "positive", "desired", [
        ("place", "служить у [Пугачева]")]),
    ("он [приехал]", "MOVEMENT", "positive", "asserted", [
        ("agent", "[он] приехал")]),
    ("[потребовал] от народа", "COMMUNICATION", "positive", "asserted", [
        ("agent", "[он] приехал")]),
    ("[объявили] ему", "COMMUNICATION", "positive", "asserted", [
        ("recipient", "объявили [ему]")]),
    ("к нему [приступать]", "CONFLICT", "positive", "asserted", [
        ("participant", "к [нему] приступать")]),
    ("и [велел] своим", "COMMUNICATION", "positive", "asserted", [
        ("agent", "Но [Державин] строго")]),
    ("[вешать] обоих", "DEATH", "positive", "asserted", []),
    ("[Приказ] его", "COMMUNICATION", "positive", "asserted", [
        ("agent", "Приказ [его]")]),
    ("сборище [разбежалось]", "MOVEMENT", "positive", "asserted", []),
]
