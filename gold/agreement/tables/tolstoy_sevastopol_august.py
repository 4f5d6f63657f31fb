"""Tolstoy, «Севастополь в августе 1855 года», chapter 1 (second, independent annotation: annotator D).

Annotated by reading, against GUIDELINES.md sections 1–8 (section 9.7 unread), without looking at
gold/heldout/tables, its JSON or brat, and without running the pipeline on the passage. Doubts in
gold/agreement/DOUBTS.md. The passage names no year: no date in force, no inferred time (8.4).
"""
SOURCE = ("tolstoy_sevastopol_1855_08.txt", 68, 6553)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("между [Дуванкой]", "LOC", "CITY", "Дуванка", "duvanka"),
    ("станция к [Севастополю]", "LOC", "CITY", "Севастополь", "sevastopol"),
    ("и [Бахчисараем]", "LOC", "CITY", "Бахчисарай", "bakhchisaray"),
    ("в самом ли [Севастополе]", "LOC", "CITY", "Севастополь", "sevastopol"),
    ("на [Северной]", "LOC", "DISTRICT", "Северная", "severnaya"),
    ("на [Инкермане]", "LOC", "LOCATION", "Инкерман", "inkerman"),
    ("провиант в [Севастополь]", "LOC", "CITY", "Севастополь", "sevastopol"),
    ("-- [Должников]!", "PER", None, "Должников", "dolzhnikov"),
    ("В [Сивастополе]", "LOC", "CITY", "Сивастополь", "sevastopol"),
    ("на [Сиверную]", "LOC", "DISTRICT", "Сиверная", "severnaya"),
    ("поручик [Козельцов]", "PER", None, "Козельцов", "kozeltsov"),
    ("Пошел, [Николаев]", "PER", None, "Николаев", "nikolaev"),
    ("[Николаев] зачмокал", "PER", None, "Николаев", "nikolaev"),
]

# context, value, mod[, extras]
DATES = [
    ("В [конце августа]", "XXXX-08", "END"),
    ("ранен [10 мая]", "XXXX-05-10", None),
    ("уже с [неделю]", "P1W", "APPROX"),
    ("в [середу]", "XXXX-WXX-3", None),
    ("вашбородие! [Нынче], вашбородие", "XXXX-XX-XX", None),
    ("[нынче] так бьет", "XXXX-XX-XX", None),
    ("сейчас, [нынче] же", "XXXX-XX-XX", None),
]

# context, kind, referent (None: no named referent in the passage)
MENTIONS = [
    # the officer, named later: поручик Козельцов
    ("о [нем] в сидячем", P, "kozeltsov"),
    ("[он] был широк", P, "kozeltsov"),
    ("были у [него] очень", P, "kozeltsov"),
    ("перехвата в середине туловища -- у [него]", P, "kozeltsov"),
    ("[он] был скорее худ", P, "kozeltsov"),
    ("Лицо [его]", P, "kozeltsov"),
    ("Глаза у [него]", P, "kozeltsov"),
    ("до сих пор [он] носил", P, "kozeltsov"),
    ("чувствуя [себя]", P, "kozeltsov"),
    ("Инкермане, [он] еще", P, "kozeltsov"),
    ("[ему], казалось, хотелось", P, "kozeltsov"),
    ("набивавшейся [ему]", P, "kozeltsov"),
    ("мимо [него]", P, "kozeltsov"),
    ("поравнявшуюся с [ними]", P, None),
    ("За [ним] в телеге", P, None),
    ("верно, что [он] раненый", P, None),
    ("вид, что [он] только", P, None),
    ("рядом с [ним]", P, None),
    ("которыми [он] держался", P, None),
    ("К [нему]-то", P, "dolzhnikov"),
    ("Должников! -- крикнул [он]", P, "kozeltsov"),
    ("оживились: [он]", P, "dolzhnikov"),
    ("узнал [своего]", P, "dolzhnikov"),
    ("басом крикнул [он]", P, "dolzhnikov"),
    ("Сивастополе [стояли]", Z, None),
    ("скрость палить [стал]", Z, None),
    ("так [бьет]", Z, None),
    ("прибавил [он] протяжным", P, "dolzhnikov"),
    ("видно было, что [он]", P, "dolzhnikov"),
    ("[Он] был не из", P, "kozeltsov"),
    ("не из [тех]", P, None),
    ("тех, [которые] живут", P, None),
    ("[он] делал все", P, "kozeltsov"),
    ("что [ему] хотелось", P, "kozeltsov"),
    ("[Его] натура", P, "kozeltsov"),
    ("[он] был неглуп", P, "kozeltsov"),
    ("которые [набил]", Z, "kozeltsov"),
    ("в [свою] бытность", P, "kozeltsov"),
    ("была [его] натура", P, "kozeltsov"),
    ("У [него] было одно", P, "kozeltsov"),
    ("что [он] не понимал", P, "kozeltsov"),
    ("даже [его] внутренних", P, "kozeltsov"),
    ("[он] сам с собой", P, "kozeltsov"),
    ("сам с [собой]", P, "kozeltsov"),
    ("с [которыми] себя", P, None),
    ("которыми [себя]", P, "kozeltsov"),
    ("себя [сравнивал]", Z, "kozeltsov"),
    ("оставленных в [нем]", P, "kozeltsov"),
    ("прибавил [он] несколько", P, "kozeltsov"),
]

# trigger context, type, polarity, modality, arguments
EVENTS = [
    ("и теперь, чувствуя себя уже с неделю совершенно здоровым, из симферопольского госпиталя [ехал]",
     "MOVEMENT", "positive", "asserted", []),
    ("Все [говорили]", "COMMUNICATION", "positive", "asserted", []),
    ("что [бомбардированье]", "WAR", "positive", "asserted", []),
    ("скорей [приехать]", "MOVEMENT", "positive", "desired", [
        ("agent", "[ему], казалось, хотелось")]),
    ("Навстречу [шел]", "MOVEMENT", "positive", "asserted", []),
    ("[привозивших]", "MOVEMENT", "positive", "asserted", [
        ("destination", "провиант в [Севастополь]")]),
    ("теперь [шедший]", "MOVEMENT", "positive", "asserted", []),
    ("[двигавшихся]", "MOVEMENT", "positive", "asserted", []),
    ("и [обратился]", "COMMUNICATION", "positive", "asserted", [
        ("recipient", "К [нему]-то")]),
    ("[переходить] хотели", "MOVEMENT", "positive", "desired", [
        ("agent", "Сивастополе [стояли]"),
        ("time", "в [середу]")]),
    ("[палить] стал", "WAR", "positive", "asserted", [
        ("participant", "скрость палить [стал]"),
        ("time", "вашбородие! [Нынче], вашбородие")]),
    ("так [бьет]", "WAR", "positive", "asserted", [
        ("participant", "так [бьет]"),
        ("time", "[нынче] так бьет")]),
    ("что [говорил] солдат", "COMMUNICATION", "positive", "asserted", []),
    ("человека, [говорил]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "видно было, что [он]")]),
    ("свою [бытность]", "EMPLOYMENT", "positive", "asserted", [
        ("agent", "в [свою] бытность")]),
    ("звуками [бомбардированья]", "WAR", "positive", "asserted", []),
]
