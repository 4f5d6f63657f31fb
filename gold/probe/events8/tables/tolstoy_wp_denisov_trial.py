"""Tolstoy, «Война и мир», tom 2, part 2, chapters XVI–XVII: Denisov rides to the staff, beats the
commissary Telyanin, the court-martial is set up, Denisov is hit in the leg on a reconnaissance and
leaves for the hospital; after Friedland and the armistice Rostov asks leave to visit him
(corpus ../war_and_peace/tom2.txt, characters 258108–262392).

Annotated by reading before any pipeline run; development probe (issue 12, narr13), against
GUIDELINES.md sections 4, 5, 8.6, 8.7 and the decisions of 9.13, 9.14, 9.17, 9.19, 9.21, 9.22,
9.25, 9.27, 9.29. Doubtful cases in GUIDELINES section 9.32. No date fixes a year (`первого мая`,
`июне месяце`, `другой день` keep `XXXX`), so no time is inferred. `полковой командир`, `лекарь`,
`адъютант`, `комиссионер`, `обер-провиантмейстер`, `государь`, `павлоградцы` are common nouns (no
entity, no argument). Denisov's story is direct speech: its events are annotated (9.17), the
speech verbs tagging it (`рассказывал`, `закричал`, `кричал`, `приговаривал`, `говорю`,
`говорит`) are not (8.6); his `я` is no mention (8.2). The wound (`попала ему в мякоть`, `раной`,
`раны`) is no event (9.29). MENTIONS are the pronouns that are event arguments.
"""
SOURCE = ("../war_and_peace/tom2.txt", 258108, 262392)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("[Денисов] прямо от", "PER", None, "Денисов", "denisov"),
    ("в котором [Ростов] еще никогда", "PER", None, "Ростов", "rostov"),
    ("[Денисов] не мог говорить", "PER", None, "Денисов", "denisov"),
    ("Когда [Ростов] спрашивал", "PER", None, "Ростов", "rostov"),
    ("положением [Денисова], Ростов", "PER", None, "Денисов", "denisov"),
    ("Денисова, [Ростов] предлагал", "PER", None, "Ростов", "rostov"),
    ("руки [Денисова], и тогда", "PER", None, "Денисов", "denisov"),
    ("рассказывал [Денисов].", "PER", None, "Денисов", "denisov"),
    ("закричал [Денисов], ударяя", "PER", None, "Денисов", "denisov"),
    ("[Телянин]!!", "PER", None, "Телянин", "telyanin"),
    ("кричал [Денисов], радостно", "PER", None, "Денисов", "denisov"),
    ("говорил [Ростов]:", "PER", None, "Ростов", "rostov"),
    ("[Денисова] перебинтовали", "PER", None, "Денисов", "denisov"),
    ("землянку [Денисова] и Ростова", "PER", None, "Денисов", "denisov"),
    ("Денисова и [Ростова] и с", "PER", None, "Ростов", "rostov"),
    ("майору [Денисову] от", "PER", None, "Денисов", "denisov"),
    ("майор [Денисов], без", "PER", None, "Денисов", "denisov"),
    ("[Денисов], на новые", "PER", None, "Денисов", "denisov"),
    ("вопросы [Ростова], смеясь", "PER", None, "Ростов", "rostov"),
    ("[Денисов] говорил пренебрежительно", "PER", None, "Денисов", "denisov"),
    ("но [Ростов] знал", "PER", None, "Ростов", "rostov"),
    ("предписано было [Денисову]", "PER", None, "Денисов", "denisov"),
    ("дня [Платов] делал", "PER", None, "Платов", "platov"),
    ("[Денисов], как всегда", "PER", None, "Денисов", "denisov"),
    ("время [Денисов] с такою", "PER", None, "Денисов", "denisov"),
    ("произошло [Фридландское сражение]", "EVENT", None, "Фридландское сражение", "friedland"),
    ("[Ростов], тяжело", "PER", None, "Ростов", "rostov"),
    ("проведать [Денисова]", "PER", None, "Денисов", "denisov"),
]

# context, value, mod
DATES = [
    ("На [другой день] он проснулся", "XXXX-XX-XX", None),
    ("и [первого мая] предписано", "XXXX-05-01", None),
    ("[Накануне этого дня] Платов", "XXXX-XX-XX", None),
    ("В [июне месяце] произошло", "XXXX-06", None),
]

# context, kind, referent
MENTIONS = [
    ("Вечером [он] возвратился", P, "denisov"),
    ("спрашивал [его], что", P, "denisov"),
    ("предлагал [ему] раздеться", P, "denisov"),
    ("тогда только [он] был в состоянии", P, "denisov"),
    ("Я бы убил [его], кабы", P, "telyanin"),
    ("осмелятся задрать [его]", P, "denisov"),
    ("[он] им ответит", P, "denisov"),
    ("но теперь [он] воспользовался", P, "denisov"),
    ("со времени [его] отъезда", P, "denisov"),
]

# trigger context, type, polarity, modality, [(role, argument context), ...]
EVENTS = [
    ("командира [поохал] в штаб", "MOVEMENT", "positive", "asserted", [
        ("agent", "[Денисов] прямо от")]),
    ("исполнить его [совет]", "COMMUNICATION", "positive", "asserted", []),
    ("Вечером он [возвратился]", "MOVEMENT", "positive", "asserted", [
        ("agent", "Вечером [он] возвратился")]),
    ("Ростов [спрашивал] его", "COMMUNICATION", "positive", "asserted", [
        ("agent", "Когда [Ростов] спрашивал"), ("recipient", "спрашивал [его], что")]),
    ("Ростов [предлагал] ему", "COMMUNICATION", "positive", "asserted", [
        ("agent", "Денисова, [Ростов] предлагал"), ("recipient", "предлагал [ему] раздеться")]),
    ("и [послал] за лекарем", "COMMUNICATION", "positive", "asserted", [
        ("agent", "Денисова, [Ростов] предлагал")]),
    ("за разбой [судить]", "TRIAL", "positive", "possible", []),
    ("пускай [судят]", "TRIAL", "positive", "possible", []),
    ("подлецов [бить]", "CONFLICT", "positive", "desired", []),
    ("государю [скажу]", "COMMUNICATION", "positive", "desired", []),
    ("[Пришедший] полковой", "MOVEMENT", "positive", "asserted", []),
    ("лекарь [сказал], что", "COMMUNICATION", "positive", "asserted", []),
    ("в состоянии [рассказать]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "тогда только [он] был в состоянии")]),
    ("[Приезжаю],", "MOVEMENT", "positive", "asserted", []),
    ("верст [приехал]", "MOVEMENT", "positive", "asserted", []),
    ("[выходит] этот обер-вор", "MOVEMENT", "positive", "asserted", []),
    ("[Прихожу] к комиссионеру", "MEETING", "positive", "asserted", []),
    ("[Вхожу]", "MOVEMENT", "positive", "asserted", []),
    ("начал [катать]", "CONFLICT", "positive", "asserted", []),
    ("Я бы [убил] его", "DEATH", "positive", "conditional", [
        ("patient", "Я бы убил [его], кабы")]),
    ("лицом [пришел] в общую", "MOVEMENT", "positive", "asserted", []),
    ("форменную [бумагу]", "COMMUNICATION", "positive", "asserted", [
        ("recipient", "майору [Денисову] от")]),
    ("вчерашнем [происшествии]", "CONFLICT", "positive", "asserted", []),
    ("Адъютант [сообщил]", "COMMUNICATION", "positive", "asserted", []),
    ("что [назначена] военно-судная", "TRIAL", "positive", "asserted", []),
    ("кончиться [разжалованьем]", "EMPLOYMENT", "positive", "possible", []),
    ("после [отбития] транспорта", "CONFLICT", "positive", "asserted", []),
    ("всякого [вызова]", "COMMUNICATION", "negative", "asserted", []),
    ("[явился] к обер-провиантмейстеру", "MEETING", "positive", "asserted", [
        ("agent", "майор [Денисов], без")]),
    ("[назвал] его вором", "COMMUNICATION", "positive", "asserted", [
        ("agent", "майор [Денисов], без")]),
    ("[угрожал] побоями", "CONFLICT", "positive", "asserted", [
        ("agent", "майор [Денисов], без")]),
    ("был [выведен] вон", "MOVEMENT", "positive", "asserted", [
        ("patient", "майор [Денисов], без")]),
    ("[бросился] в канцелярию", "MOVEMENT", "positive", "asserted", [
        ("agent", "майор [Денисов], без")]),
    ("[избил] двух", "CONFLICT", "positive", "asserted", [
        ("agent", "майор [Денисов], без")]),
    ("новые [вопросы] Ростова", "COMMUNICATION", "positive", "asserted", [
        ("agent", "вопросы [Ростова], смеясь")]),
    ("смеясь [сказал], что", "COMMUNICATION", "positive", "asserted", [
        ("agent", "[Денисов], на новые")]),
    ("никаких [судов]", "TRIAL", "positive", "possible", []),
    ("осмелятся [задрать]", "CONFLICT", "positive", "conditional", [
        ("patient", "осмелятся задрать [его]")]),
    ("он им [ответит]", "CONFLICT", "positive", "conditional", [
        ("agent", "[он] им ответит")]),
    ("Денисов [говорил] пренебрежительно", "COMMUNICATION", "positive", "asserted", [
        ("agent", "[Денисов] говорил пренебрежительно")]),
    ("боялся [суда]", "TRIAL", "positive", "possible", []),
    ("[бумаги-запросы]", "COMMUNICATION", "positive", "asserted", []),
    ("[требования] к суду", "COMMUNICATION", "positive", "asserted", []),
    ("требования к [суду]", "TRIAL", "positive", "asserted", []),
    ("[предписано] было", "COMMUNICATION", "positive", "asserted", [
        ("recipient", "предписано было [Денисову]"), ("time", "и [первого мая] предписано")]),
    ("[сдать] старшему", "EMPLOYMENT", "positive", "desired", [
        ("agent", "предписано было [Денисову]")]),
    ("эскадрон и [явиться] в штаб", "MOVEMENT", "positive", "desired", [
        ("agent", "предписано было [Денисову]")]),
    ("для [объяснений]", "COMMUNICATION", "positive", "desired", []),
    ("делу о [буйстве]", "CONFLICT", "positive", "asserted", []),
    ("делал [рекогносцировку]", "WAR", "positive", "asserted", [
        ("participant", "дня [Платов] делал"), ("time", "[Накануне этого дня] Платов")]),
    ("[выехал] вперед цепи", "MOVEMENT", "positive", "asserted", [
        ("agent", "[Денисов], как всегда")]),
    ("пуль, [пущенных]", "WAR", "positive", "asserted", []),
    ("не [уехал] бы от полка", "MOVEMENT", "negative", "conditional", [
        ("agent", "время [Денисов] с такою")]),
    ("от [явки] в дивизию", "MOVEMENT", "negative", "asserted", [
        ("agent", "но теперь [он] воспользовался")]),
    ("и [уехал] в госпиталь", "MOVEMENT", "positive", "asserted", [
        ("agent", "но теперь [он] воспользовался")]),
    ("Фридландское [сражение]", "WAR", "positive", "asserted", [
        ("time", "В [июне месяце] произошло")]),
    ("объявлено было [перемирие]", "WAR", "positive", "asserted", []),
    ("воспользовался [перемирием]", "WAR", "positive", "asserted", []),
    ("его [отъезда]", "MOVEMENT", "positive", "asserted", [
        ("agent", "со времени [его] отъезда")]),
    ("никаких [известий]", "COMMUNICATION", "negative", "asserted", []),
    ("[отпросился] в госпиталь", "COMMUNICATION", "positive", "asserted", [
        ("agent", "[Ростов], тяжело")]),
    ("госпиталь [проведать]", "MEETING", "positive", "desired", [
        ("participant", "[Ростов], тяжело"), ("participant", "проведать [Денисова]")]),
]
