"""Pushkin, «История Пугачева», chapter 1: the Yaik Cossacks' complaints from 1762, the commission,
the flight of the Kalmyks, the refusal of service and the riot of 13 January 1771 in the Yaitsky
town (corpus pushkin_istoriya_pugacheva.txt, characters 8372–11853).

Annotated by reading before any pipeline run; development probe (issue 12, narr12), against
GUIDELINES.md sections 4, 5, 8.6, 8.7 and the decisions of 9.13, 9.14, 9.17, 9.19, 9.21, 9.22,
9.25, 9.27. Doubtful cases in GUIDELINES section 9.29. `казаки`, `калмыки`, `Яицкому войску`,
`императрицы`, `правительство` are common nouns or groups (no entity, no argument). The opening
`С самого 1762 года` starts a period of habitual complaints: no time inferred from it; the
second paragraph goes back to the early eighteenth century (a flashback, no date in force); the
riot of `13 января 1771 года` is the story of that day, its asserted events take that date as an
inferred time. Being wounded (`Дурнов изранен`) is no event (9.29). MENTIONS are the pronouns
that are event arguments (this is an events probe).
"""
SOURCE = ("pushkin_istoriya_pugacheva.txt", 8372, 11853)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("генерал-майоры [Потапов] и Черепов", "PER", None, "Потапов", "potapov"),
    ("Потапов и [Черепов] (первый", "PER", None, "Черепов", "cherepov"),
    ("В [Яицком городке] учреждена", "LOC", "CITY", "Яицкий городок", "yaitsk"),
    ("генерал-майоры [Потапов], Черепов", "PER", None, "Потапов", "potapov"),
    ("Потапов, [Черепов], Бримфельд", "PER", None, "Черепов", "cherepov"),
    ("[Бримфельд] и Давыдов", "PER", None, "Бримфельд", "brimfeld"),
    ("Бримфельд и [Давыдов]", "PER", None, "Давыдов", "davydov"),
    ("капитан [Чебышев]", "PER", None, "Чебышев", "chebyshev"),
    ("атаман [Андрей Бородин]", "PER", None, "Андрей Бородин", "borodin"),
    ("выбран [Петр Тамбовцев]", "PER", None, "Петр Тамбовцев", "tambovtsev"),
    ("президента [Военной коллегии]", "ORG", None, "Военная коллегия", "voennaya"),
    ("графа [Чернышева]", "PER", None, "Чернышев", "chernyshev"),
    ("схвачены в [Петербурге]", "LOC", "CITY", "Петербург", "peterburg"),
    ("на службу в [Кизляр]", "LOC", "CITY", "Кизляр", "kizlyar"),
    ("Генерал-майор [Траубенберг], присланный", "PER", None, "Траубенберг", "traubenberg"),
    ("в [Яицкий городок]", "LOC", "CITY", "Яицкий городок", "yaitsk"),
    ("Между [Волгой]", "LOC", "LOCATION", "Волга", "volga"),
    ("и [Яиком], по", "LOC", "LOCATION", "Яик", "yaik"),
    ("границ [Китая]", "LOC", "COUNTRY", "Китай", "china"),
    ("служили [России]", "LOC", "COUNTRY", "Россия", "russia"),
    ("оставить [Россию]", "LOC", "COUNTRY", "Россия", "russia"),
    ("берегу [Яика]", "LOC", "LOCATION", "Яик", "yaik"),
    ("казака [Кирпичникова]", "PER", None, "Кирпичников", "kirpichnikov"),
    ("капитана [Дурнова]", "PER", None, "Дурнов", "durnov"),
    ("в [Яицком городке] по делам", "LOC", "CITY", "Яицкий городок", "yaitsk"),
    ("Генерал-майор [Траубенберг] пошел", "PER", None, "Траубенберг", "traubenberg"),
    ("[Траубенберг] велел", "PER", None, "Траубенберг", "traubenberg"),
    ("[Траубенберг] бежал", "PER", None, "Траубенберг", "traubenberg"),
    ("[Дурнов] изранен", "PER", None, "Дурнов", "durnov"),
    ("[Тамбовцев] повешен", "PER", None, "Тамбовцев", "tambovtsev"),
]

# context, value, mod
DATES = [
    ("С самого [1762 года]", "1762", None),
    ("первый в [1766 году]", "1766", None),
    ("второй в [1767])", "1767", None),
    ("Наконец, в [1771 году]", "1771", None),
    ("в [начале осьмнадцатого столетия]", "17", "START"),
    ("[13 января 1771 года]", "1771-01-13", None),
]

# context, kind, referent
MENTIONS = [
    ("ни [его] повеления", P, "traubenberg"),
]

DAY = ("time", "[13 января 1771 года]", "inferred")

# trigger context, type, polarity, modality, [(role, argument context), ...]
EVENTS = [
    ("начали [жаловаться]", "COMMUNICATION", "positive", "asserted", [
        ("time", "С самого [1762 года]")]),
    ("различные [притеснения]", "CONFLICT", "positive", "asserted", []),
    ("[учрежденной] в войске", "CREATION", "positive", "asserted", []),
    ("Чиновники, [посылаемые]", "MOVEMENT", "positive", "asserted", []),
    ("рассмотрения их [жалоб]", "COMMUNICATION", "positive", "asserted", []),
    ("неоднократно [возмущались]", "WAR", "positive", "asserted", []),
    ("[прибегнуть] к силе", "WAR", "positive", "necessary", [
        ("participant", "генерал-майоры [Потапов] и Черепов"),
        ("participant", "Потапов и [Черепов] (первый"),
        ("time", "первый в [1766 году]"), ("time", "второй в [1767])")]),
    ("ужасу [казней]", "DEATH", "positive", "necessary", [
        ("agent", "генерал-майоры [Потапов] и Черепов"),
        ("agent", "Потапов и [Черепов] (первый")]),
    ("[учреждена] была", "CREATION", "positive", "asserted", [
        ("place", "В [Яицком городке] учреждена")]),
    ("был [отставлен]", "EMPLOYMENT", "positive", "asserted", [
        ("agent", "атаман [Андрей Бородин]")]),
    ("[выбран] Петр", "EMPLOYMENT", "positive", "asserted", [
        ("agent", "выбран [Петр Тамбовцев]")]),
    ("канцелярии [осуждены]", "TRIAL", "positive", "asserted", []),
    ("исполнения [приговора]", "TRIAL", "positive", "asserted", []),
    ("покушались [довести]", "COMMUNICATION", "positive", "desired", []),
    ("тайно [посланные]", "MOVEMENT", "positive", "asserted", []),
    ("по [повелению]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "графа [Чернышева]")]),
    ("[схвачены] в", "ARREST", "positive", "asserted", [
        ("place", "схвачены в [Петербурге]")]),
    ("[заключены] в оковы", "ARREST", "positive", "asserted", []),
    ("[наказаны] как", "CONFLICT", "positive", "asserted", []),
    ("Между тем [велено]", "COMMUNICATION", "positive", "asserted", []),
    ("[нарядить] несколько", "EMPLOYMENT", "positive", "desired", [
        ("place", "на службу в [Кизляр]")]),
    ("новыми [притеснениями]", "CONFLICT", "positive", "desired", []),
    ("[мстить] народу", "CONFLICT", "positive", "desired", []),
    ("его [супротивления]", "CONFLICT", "positive", "asserted", []),
    ("намерение [составить]", "CREATION", "positive", "desired", []),
    ("уже [повелено]", "COMMUNICATION", "positive", "asserted", []),
    ("[присланный] для", "MOVEMENT", "positive", "asserted", [
        ("patient", "Генерал-майор [Траубенберг], присланный"),
        ("destination", "в [Яицкий городок]")]),
    ("Казаки [волновались]", "WAR", "positive", "asserted", []),
    ("[мятеж] обнаружился", "WAR", "positive", "asserted", [
        ("time", "Наконец, в [1771 году]")]),
    ("[ушедшие] от", "MOVEMENT", "positive", "asserted", [
        ("time", "в [начале осьмнадцатого столетия]")]),
    ("верно [служили]", "EMPLOYMENT", "positive", "asserted", []),
    ("[охраняя] южные", "WAR", "positive", "asserted", []),
    ("их [угнетать]", "CONFLICT", "positive", "asserted", []),
    ("[Жалобы] сего", "COMMUNICATION", "negative", "asserted", []),
    ("решились [оставить]", "MOVEMENT", "positive", "desired", [
        ("origin", "оставить [Россию]")]),
    ("тайно [снестись]", "COMMUNICATION", "positive", "desired", []),
    ("[прикочевать] к", "MOVEMENT", "positive", "asserted", []),
    ("они [перешли] на", "MOVEMENT", "positive", "asserted", []),
    ("[потянулись] по", "MOVEMENT", "positive", "asserted", []),
    ("неожиданный [побег]", "MOVEMENT", "positive", "asserted", []),
    ("войску [велено]", "COMMUNICATION", "positive", "asserted", []),
    ("[выступить] в погоню", "MOVEMENT", "positive", "desired", []),
    ("в [погоню]", "WAR", "positive", "desired", []),
    ("явно [отказались]", "EMPLOYMENT", "positive", "asserted", []),
    ("прекращения [мятежа]", "WAR", "positive", "asserted", []),
    ("но [наказания]", "CONFLICT", "positive", "asserted", []),
    ("не могли [смирить]", "WAR", "negative", "asserted", []),
    ("они [собрались] на", "MEETING", "positive", "asserted", [
        ("time", "[13 января 1771 года]")]),
    ("иконы и [пошли]", "MOVEMENT", "positive", "asserted", [
        ("time", "[13 января 1771 года]")]),
    ("под [предводительством]", "EMPLOYMENT", "positive", "asserted", [
        ("agent", "казака [Кирпичникова]"), DAY]),
    ("Они [требовали]", "COMMUNICATION", "positive", "asserted", [DAY]),
    ("Траубенберг [пошел] им", "MOVEMENT", "positive", "asserted", [
        ("agent", "Генерал-майор [Траубенберг] пошел"), DAY]),
    ("[приказывая] разойтиться", "COMMUNICATION", "positive", "asserted", [
        ("agent", "Генерал-майор [Траубенберг] пошел"), DAY]),
    ("[разойтиться]", "MOVEMENT", "positive", "desired", []),
    ("его [повеления]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "ни [его] повеления"), DAY]),
    ("[увещания] войскового", "COMMUNICATION", "positive", "asserted", [DAY]),
    ("Траубенберг [велел]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "[Траубенберг] велел"), DAY]),
    ("велел [стрелять]", "WAR", "positive", "desired", []),
    ("казаки [бросились] на", "WAR", "positive", "asserted", [DAY]),
    ("Произошло [сражение]", "WAR", "positive", "asserted", [DAY]),
    ("мятежники [одолели]", "WAR", "positive", "asserted", [DAY]),
    ("Траубенберг [бежал]", "MOVEMENT", "positive", "asserted", [
        ("agent", "[Траубенберг] бежал"), DAY]),
    ("был [убит]", "DEATH", "positive", "asserted", [
        ("patient", "[Траубенберг] бежал"), DAY]),
    ("Тамбовцев [повешен]", "DEATH", "positive", "asserted", [
        ("patient", "[Тамбовцев] повешен"), DAY]),
    ("[посажены] под стражу", "ARREST", "positive", "asserted", [DAY]),
    ("[учреждено] новое", "CREATION", "positive", "asserted", []),
]
