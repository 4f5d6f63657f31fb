"""Tolstoy, «Севастополь в августе 1855 года», chapter 1: Kozeltsov on the road (held-out test set).

Annotated by reading, against GUIDELINES.md sections 1-6 and 8, before any pipeline ran on this
passage; doubts in section 9.7.2 ("tolstoy_sevastopol_august"). The held-out set is never looked
at for errors: only its figures are reported (outputs/heldout/report.md).

The officer and his orderly are described before they are named (`поручик Козельцов`,
`Николаев`); the soldier is named by the officer's call (`Должников!`): their earlier pronouns
take these clusters (8.3, named anywhere in the document).
"""

SOURCE = ("tolstoy_sevastopol_1855_08.txt", 68, 6553)

# context, type, fine_type, normal, referent
ENTITIES = [
    ("между [Дуванкой]", "LOC", "CITY", "Дуванкой", "duvankoy"),
    ("станция к [Севастополю]", "LOC", "CITY", "Севастополь", "sevastopol"),
    ("и [Бахчисараем]", "LOC", "CITY", "Бахчисарай", "bakhchisaray"),
    ("в самом ли [Севастополе]", "LOC", "CITY", "Севастополь", "sevastopol"),
    ("на [Северной] или", "LOC", "DISTRICT", "Северная", "severnaya"),
    ("на [Инкермане]", "LOC", "LOCATION", "Инкерман", "inkerman"),
    ("провиант в [Севастополь]", "LOC", "CITY", "Севастополь", "sevastopol"),
    ("-- [Должников]! --", "PER", None, "Должников", "dolzhnikov"),
    ("В [Сивастополе] стояли", "LOC", "CITY", "Сивастополь", "sevastopol"),
    ("на [Сиверную]", "LOC", "DISTRICT", "Сиверная", "severnaya"),
    ("поручик [Козельцов]", "PER", None, "Козельцов", "kozeltsov"),
    ("Пошел, [Николаев], трогай", "PER", None, "Николаев", "nikolaev"),
    ("задергались, [Николаев] зачмокал", "PER", None, "Николаев", "nikolaev"),
]

# context, kind, referent (None: the person or group is named nowhere in the passage)
MENTIONS = [
    # the officer, Kozeltsov
    ("заключить о [нем]", "pronoun", "kozeltsov"),
    ("до спины; [он] был", "pronoun", "kozeltsov"),
    ("были у [него] очень", "pronoun", "kozeltsov"),
    ("туловища -- у [него] не", "pronoun", "kozeltsov"),
    ("напротив -- [он] был", "pronoun", "kozeltsov"),
    ("Лицо [его] было", "pronoun", "kozeltsov"),
    ("Глаза у [него] были", "pronoun", "kozeltsov"),
    ("до сих пор [он] носил", "pronoun", "kozeltsov"),
    ("чувствуя [себя] уже", "pronoun", "kozeltsov"),
    ("Инкермане, [он] еще", "pronoun", "kozeltsov"),
    ("денщика: [ему], казалось", "pronoun", "kozeltsov"),
    ("набивавшейся [ему] в глаза", "pronoun", "kozeltsov"),
    ("мимо [него].", "pronoun", "kozeltsov"),
    ("Должников! -- крикнул [он]", "pronoun", "kozeltsov"),
    ("недюжинный. [Он] был", "pronoun", "kozeltsov"),
    ("другие: [он] делал", "pronoun", "kozeltsov"),
    ("что [ему] хотелось,", "pronoun", "kozeltsov"),
    ("[Его] натура была", "pronoun", "kozeltsov"),
    ("богата; [он] был", "pronoun", "kozeltsov"),
    ("руку в [свою] бытность", "pronoun", "kozeltsov"),
    ("которые [набил] руку", "zero", "kozeltsov"),
    ("замечательна была [его] натура", "pronoun", "kozeltsov"),
    ("У [него] было одно", "pronoun", "kozeltsov"),
    ("кружках, что [он] не", "pronoun", "kozeltsov"),
    ("даже [его] внутренних", "pronoun", "kozeltsov"),
    ("побуждений: [он] сам", "pronoun", "kozeltsov"),
    ("сам с [собой] любил", "pronoun", "kozeltsov"),
    ("которыми [себя] сравнивал", "pronoun", "kozeltsov"),
    ("себя [сравнивал]", "zero", "kozeltsov"),
    ("оставленных в [нем]", "pronoun", "kozeltsov"),
    ("прибавил [он] несколько", "pronoun", "kozeltsov"),
    # the officer and his orderly together
    ("поравнявшуюся с [ними]", "pronoun", None),
    # the soldiers on the cart, named nowhere
    ("За [ним] в телеге", "pronoun", None),
    ("верно, что [он] раненый", "pronoun", None),
    ("вид, что [он] только", "pronoun", None),
    ("рядом с [ним], лежал", "pronoun", None),
    ("которыми [он] держался", "pronoun", None),
    # the third soldier, Dolzhnikov
    ("К [нему-то] и обратился", "pronoun", "dolzhnikov"),
    ("оживились: [он], видимо", "pronoun", "dolzhnikov"),
    ("узнал [своего] офицера", "pronoun", "dolzhnikov"),
    ("басом крикнул [он].", "pronoun", "dolzhnikov"),
    ("прибавил [он] протяжным", "pronoun", "dolzhnikov"),
    ("по выражению [его] лица", "pronoun", "dolzhnikov"),
    ("лица и позы видно было, что [он]", "pronoun", "dolzhnikov"),
    # the regiment (its men), the enemy, people in general: no name
    ("к полку, [который] стоял", "pronoun", None),
    ("В Сивастополе [стояли]", "zero", None),
    ("скрость палить [стал]", "zero", None),
    ("не из [тех], которые", "pronoun", None),
    ("не из тех, [которые]", "pronoun", None),
    ("людьми, с [которыми]", "pronoun", None),
]

# context, value, mod
DATES = [
    ("В [конце августа]", "XXXX-08", "END"),
    ("ранен [10 мая]", "XXXX-05-10", None),
    ("уже с [неделю]", "P1W", "APPROX"),
    ("в [середу]", "XXXX-WXX-3", None),
]

# trigger context, type, polarity, modality, [(role, argument context[, antecedents | "inferred"])]
EVENTS = [
    ("пыли, [ехала] офицерская", "MOVEMENT", "positive", "asserted", [
        ("time", "В [конце августа]"), ("place", "между [Дуванкой]"), ("place", "и [Бахчисараем]")]),
    ("Офицер был [ранен]", "WAR", "positive", "asserted", [
        ("time", "ранен [10 мая]")]),
    ("госпиталя [ехал] к полку", "MOVEMENT", "positive", "asserted", []),
    ("что [бомбардированье] идет", "WAR", "positive", "asserted", []),
    ("Все [говорили]", "COMMUNICATION", "positive", "asserted", []),
    ("скорей [приехать]", "MOVEMENT", "positive", "desired", [
        ("agent", "денщика: [ему], казалось")]),
    ("Навстречу [шел]", "MOVEMENT", "positive", "asserted", []),
    ("[привозивших] провиант", "MOVEMENT", "positive", "asserted", [
        ("destination", "провиант в [Севастополь]")]),
    ("теперь [шедший] оттуда", "MOVEMENT", "positive", "asserted", []),
    ("[двигавшихся] мимо", "MOVEMENT", "positive", "asserted", []),
    ("Когда ты [ранен]", "WAR", "positive", "asserted", []),
    ("[переходить] хотели", "MOVEMENT", "positive", "desired", [
        ("agent", "В Сивастополе [стояли]"), ("time", "в [середу]")]),
    ("скрость [палить]", "WAR", "positive", "asserted", [
        ("participant", "скрость палить [стал]")]),
    ("так [бьет]", "WAR", "positive", "asserted", [
        ("participant", "скрость палить [стал]")]),
    ("что [говорил] солдат", "COMMUNICATION", "positive", "asserted", []),
    ("[говорил] вещи", "COMMUNICATION", "positive", "asserted", [
        ("agent", "лица и позы видно было, что [он]")]),
    ("свою [бытность]", "EMPLOYMENT", "positive", "asserted", [
        ("agent", "руку в [свою] бытность")]),
    ("звуками [бомбардированья]", "WAR", "positive", "asserted", []),
    ("повозочка [покатилась]", "MOVEMENT", "positive", "asserted", []),
]
