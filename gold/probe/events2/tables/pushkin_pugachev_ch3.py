"""Pushkin, «История Пугачева», chapter 3: Kar's march on Orenburg and his retreat, November
(corpus pushkin_istoriya_pugacheva.txt, characters 91345–95371).

Annotated by reading before any pipeline run; development probe, tuned on (issue 12, narr7),
against GUIDELINES.md sections 1–8 and 9.13. Doubtful cases in GUIDELINES section 9.14. The only
absolute date (`в 1771 году`) dates the plague of an earlier year, so no date is in force for the
narration and no time is inferred (8.4); `7 ноября` and `начале ноября` fix no year. Sending a
detachment (`послал`, `отрядить`, `отряжен`, `посланных`, `отправленные`) has no type (9.13).
MENTIONS are the pronouns that are event arguments (this is an events probe).
"""
SOURCE = ("pushkin_istoriya_pugacheva.txt", 91345, 95371)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("[Кар] между тем прибыл", "PER", None, "Кар", "kar"),
    ("границу [Оренбургской губернии]", "LOC", "STATE_OR_PROVINCE", "Оренбургская губерния", "orenburg_gub"),
    ("около [Кичуевского фельдшанца]", "LOC", "FACILITY", "Кичуевский фельдшанец", "kichuev_f"),
    ("по реке [Черемшану]", "LOC", "LOCATION", "Черемшан", "cheremshan"),
    ("от [Кичуева] до", "LOC", "CITY", "Кичуев", "kichuev"),
    ("до [Ставрополя]", "LOC", "CITY", "Ставрополь", "stavropol"),
    ("На [Волге]", "LOC", "LOCATION", "Волга", "volga"),
    ("[Брант] писал", "PER", None, "Брант", "brant"),
    ("писал в [Москву]", "LOC", "CITY", "Москва", "moscow"),
    ("князю [Волконскому], требуя", "PER", None, "Волконский", "volkonsky"),
    ("а [Томский полк]", "ORG", None, "Томский полк", "tomsky"),
    ("находившийся в [Москве]", "LOC", "CITY", "Москва", "moscow"),
    ("Князь [Волконский] мог", "PER", None, "Волконский", "volkonsky"),
    ("подводах в [Казань]", "LOC", "CITY", "Казань", "kazan"),
    ("[Кар] предписал", "PER", None, "Кар", "kar"),
    ("полковнику [Чернышеву], идущему", "PER", None, "Чернышев", "chernyshev"),
    ("по [Самарской линии]", "LOC", "LOCATION", "Самарская линия", "samara_line"),
    ("к [Оренбургу], занять", "LOC", "CITY", "Оренбург", "orenburg"),
    ("скорее [Татищеву]", "LOC", "FACILITY", "Татищева", "tatishcheva"),
    ("генерал-майора [Фреймана]", "PER", None, "Фрейман", "freiman"),
    ("в [Калуге] для", "LOC", "CITY", "Калуга", "kaluga"),
    ("подкрепление [Чернышеву].", "PER", None, "Чернышев", "chernyshev"),
    ("[Кар] не сумневался", "PER", None, "Кар", "kar"),
    ("графу [З. Г. Чернышеву]", "PER", None, "З. Г. Чернышев", "chernyshev_count"),
    ("преследовании [Пугачева]", "PER", None, "Пугачев", "pugachev"),
    ("из [Симбирска], ни", "LOC", "CITY", "Симбирск", "simbirsk"),
    ("из [Уфы] вооруженных", "LOC", "CITY", "Уфа", "ufa"),
    ("верстах от [Оренбурга]", "LOC", "CITY", "Оренбург", "orenburg"),
    ("отряженный от [Пугачева]", "PER", None, "Пугачев", "pugachev"),
    ("разбойник [Хлопуша]", "PER", None, "Хлопуша", "khlopusha"),
    ("на [Овзяно-Петровском(17) заводе]", "LOC", "FACILITY", "Овзяно-Петровский завод", "ovzyano"),
    ("под [Оренбург].", "LOC", "CITY", "Оренбург", "orenburg"),
    ("[Кар] поспешил", "PER", None, "Кар", "kar"),
    ("секунд-майора [Шишкина]", "PER", None, "Шишкин", "shishkin"),
    ("деревню [Юзееву](18)", "LOC", "CITY", "Юзеева", "yuzeeva"),
    ("с генералом [Фрейманом]", "PER", None, "Фрейман", "freiman"),
    ("премиер-майором [Ф. Варнстедом]", "PER", None, "Ф. Варнстед", "varnsted"),
    ("из [Калуги], выступил", "LOC", "CITY", "Калуга", "kaluga"),
    ("из [Сарманаевой]", "LOC", "CITY", "Сарманаева", "sarmanaeva"),
    ("[Шишкин] был встречен", "PER", None, "Шишкин", "shishkin"),
    ("под самой [Юзеевой]", "LOC", "CITY", "Юзеева", "yuzeeva"),
    ("[Шишкин], однако", "PER", None, "Шишкин", "shishkin"),
    ("куда [Кар] и Фрейман", "PER", None, "Кар", "kar"),
    ("Кар и [Фрейман] и прибыли", "PER", None, "Фрейман", "freiman"),
    ("время [Кар] услышал", "PER", None, "Кар", "kar"),
    ("от [Казани]", "LOC", "CITY", "Казань", "kazan"),
    ("[Пугачев] сам ими", "PER", None, "Пугачев", "pugachev"),
    ("[Хлопуша] успел", "PER", None, "Хлопуша", "khlopusha"),
    ("Конница [Кара]", "PER", None, "Кар", "kar"),
    ("отступающего [Кара]", "PER", None, "Кар", "kar"),
    ("из [Уфы], не", "LOC", "CITY", "Уфа", "ufa"),
    ("князя [Уракова]", "PER", None, "Ураков", "urakov"),
    ("поручике [Карташове]", "PER", None, "Карташов", "kartashov"),
    ("услышанных [Каром]", "PER", None, "Кар", "kar"),
    ("деревни [Юзеевой].", "LOC", "CITY", "Юзеева", "yuzeeva"),
]

# context, value, mod
DATES = [
    ("в [1771 году]", "1771", None),
    ("В [начале ноября]", "XXXX-11", "START"),
    ("и [7 ноября] послал", "XXXX-11-07", None),
    ("целых [восемь часов]", "PT8H", None),
]

# context, kind, referent
MENTIONS = [
    ("приезда [его] успел", P, "kar"),
    ("[им] велено", P, None),
    ("от [него] войска", P, "volkonsky"),
    ("отколь [они] появились", P, None),
    ("[он] стал подаваться", P, "kar"),
    ("пресечь [ему] дорогу", P, "khlopusha"),
    ("[Он] занял деревню", P, "shishkin"),
    ("[они] его приняли", P, None),
    ("[Их] разогнали", P, None),
    ("[Он] испугался", P, "kar"),
    ("с [ним] соединиться", P, "pugachev"),
    ("[они] были вне", P, None),
    ("[Он] целых", P, "kar"),
    ("верить [его] донесению", P, "kar"),
    ("[Они] сдались", P, None),
]

# trigger context, type, polarity, modality, [(role, argument context), ...]
EVENTS = [
    ("Кар между тем [прибыл]", "MOVEMENT", "positive", "asserted", [
        ("agent", "[Кар] между тем прибыл"), ("destination", "границу [Оренбургской губернии]")]),
    ("до [приезда] его", "MOVEMENT", "positive", "asserted", [
        ("agent", "приезда [его] успел")]),
    ("для [поимки] разбойников", "ARREST", "positive", "desired", []),
    ("им [велено]", "COMMUNICATION", "positive", "asserted", [
        ("recipient", "[им] велено")]),
    ("за [движениями] бунтовщиков", "MOVEMENT", "positive", "possible", []),
    ("Брант [писал]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "[Брант] писал"), ("recipient", "князю [Волконскому], требуя")]),
    ("[требуя] от него", "COMMUNICATION", "positive", "asserted", [
        ("agent", "[Брант] писал"), ("recipient", "от [него] войска")]),
    ("для [приема] рекрут", "EMPLOYMENT", "positive", "asserted", []),
    ("Кар [предписал]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "[Кар] предписал"), ("recipient", "полковнику [Чернышеву], идущему")]),
    ("[идущему] по Самарской", "MOVEMENT", "positive", "asserted", [
        ("agent", "полковнику [Чернышеву], идущему"), ("destination", "к [Оренбургу], занять")]),
    ("[занять] как можно", "WAR", "positive", "desired", [
        ("participant", "полковнику [Чернышеву], идущему"), ("place", "скорее [Татищеву]")]),
    ("по [прибытии] генерал-майора", "MOVEMENT", "positive", "desired", [
        ("agent", "генерал-майора [Фреймана]")]),
    ("о [приближении] команд", "MOVEMENT", "positive", "possible", []),
    ("обратились бы в [бег]", "MOVEMENT", "positive", "possible", []),
    ("они [появились]", "MOVEMENT", "positive", "asserted", [
        ("agent", "отколь [они] появились")]),
    ("в [преследовании] Пугачева", "WAR", "positive", "desired", [
        ("participant", "преследовании [Пугачева]")]),
    ("стал [подаваться] вперед", "MOVEMENT", "positive", "asserted", [
        ("agent", "[он] стал подаваться"), ("time", "В [начале ноября]")]),
    ("[возмутив] приписных", "WAR", "positive", "asserted", [
        ("participant", "разбойник [Хлопуша]")]),
    ("[возвращается] под Оренбург", "MOVEMENT", "positive", "asserted", [
        ("agent", "разбойник [Хлопуша]"), ("destination", "под [Оренбург].")]),
    ("[пресечь] ему", "WAR", "positive", "desired", [
        ("participant", "[Кар] поспешил"), ("participant", "пресечь [ему] дорогу")]),
    ("[выступил] из Сарманаевой", "MOVEMENT", "positive", "asserted", [
        ("agent", "[Кар] поспешил"), ("agent", "с генералом [Фрейманом]"),
        ("agent", "премиер-майором [Ф. Варнстедом]"), ("origin", "из [Сарманаевой]")]),
    ("[подоспевшими] из Калуги", "MOVEMENT", "positive", "asserted", [
        ("agent", "с генералом [Фрейманом]"), ("agent", "премиер-майором [Ф. Варнстедом]"),
        ("origin", "из [Калуги], выступил")]),
    ("был [встречен] под", "WAR", "positive", "asserted", [
        ("participant", "[Шишкин] был встречен"), ("place", "под самой [Юзеевой]")]),
    ("тотчас [передались]", "MEMBERSHIP", "positive", "asserted", []),
    ("[рассеял] сию", "WAR", "positive", "asserted", [
        ("participant", "[Шишкин], однако")]),
    ("Он [занял] деревню", "WAR", "positive", "asserted", [
        ("participant", "[Он] занял деревню")]),
    ("Фрейман и [прибыли]", "MOVEMENT", "positive", "asserted", [
        ("agent", "куда [Кар] и Фрейман"), ("agent", "Кар и [Фрейман] и прибыли")]),
    ("чтобы [напасть] на", "WAR", "positive", "desired", []),
    ("Мятежникам [передали]", "COMMUNICATION", "positive", "asserted", []),
    ("но [отъехали] с бранью", "MOVEMENT", "positive", "asserted", [
        ("agent", "[они] его приняли")]),
    ("с бранью, [говоря]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "[они] его приняли")]),
    ("начали [стрелять]", "WAR", "positive", "asserted", [
        ("participant", "[они] его приняли")]),
    ("Их [разогнали]", "WAR", "positive", "asserted", [
        ("participant", "[Их] разогнали")]),
    ("начал [отступать]", "MOVEMENT", "positive", "asserted", [
        ("agent", "[Он] испугался")]),
    ("[наскакали]", "WAR", "positive", "asserted", []),
    ("[открыли] огонь", "WAR", "positive", "asserted", []),
    ("сам ими [предводительствовал]", "EMPLOYMENT", "positive", "asserted", [
        ("agent", "[Пугачев] сам ими")]),
    ("успел с ним [соединиться]", "MEETING", "positive", "asserted", [
        ("participant", "[Хлопуша] успел"), ("participant", "с [ним] соединиться")]),
    ("[Рассыпавшись] по полям", "MOVEMENT", "positive", "asserted", [
        ("agent", "[они] были вне")]),
    ("при [наступлении] пехоты", "MOVEMENT", "positive", "asserted", []),
    ("пехоты [отдалялись]", "MOVEMENT", "positive", "asserted", []),
    ("верст [сопровождали]", "WAR", "positive", "asserted", [
        ("participant", "отступающего [Кара]")]),
    ("[отступающего] Кара", "MOVEMENT", "positive", "asserted", [
        ("agent", "отступающего [Кара]")]),
    ("[отстреливался]", "WAR", "positive", "asserted", [
        ("participant", "[Он] целых")]),
    ("[убитыми]", "DEATH", "positive", "asserted", []),
    ("ранеными и [бежавшими]", "MOVEMENT", "positive", "asserted", []),
    ("его [донесению]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "верить [его] донесению")]),
    ("не [бывали]", "MOVEMENT", "negative", "asserted", []),
    ("Уракова [бежали]", "MOVEMENT", "positive", "asserted", []),
    ("готовы были [сдаться]", "WAR", "positive", "possible", []),
    ("[ехали] с такой", "MOVEMENT", "positive", "asserted", []),
    ("Они [сдались]", "WAR", "positive", "asserted", [
        ("participant", "[Они] сдались")]),
]
