"""Pushkin, «История Пугачева», chapter 2, its later part: Nizhne-Ozernaya and Kharlov, the fall
of Tatishcheva and the executions, the reports reaching Orenburg (corpus
pushkin_istoriya_pugacheva.txt, characters 61185–64978).

Annotated by reading before any pipeline run; development probe (issue 12, narr10), against
GUIDELINES.md sections 4, 5, 8.6, 8.7 and the decisions of 9.13, 9.14, 9.17, 9.19. Doubtful cases
in GUIDELINES section 9.21. No date names a year, so no date is in force and no time is inferred
(8.4); `на другой день`, `накануне` keep `XXXX-XX-XX` (9.13). Named fortresses without their cue
noun are LOC FACILITY (as `Татищеву` in events2). `Харлова` (the widowed daughter) is a woman of
her own, not the major. Sending a person to a place (`отправил в Татищеву жену`, `отправленные к
Татищевой`) and bringing a person (`привели Харлова`, `приведена была`, `выведены в поле`) are
MOVEMENT (9.21). MENTIONS are the pronouns that are event arguments (this is an events probe).
"""
SOURCE = ("pushkin_istoriya_pugacheva.txt", 61185, 64978)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("Из [Рассыпной] Пугачев", "LOC", "FACILITY", "Рассыпная", "rassypnaya"),
    ("Рассыпной [Пугачев] пошел", "PER", None, "Пугачев", "pugachev"),
    ("на [Нижне-Озерную](9)", "LOC", "FACILITY", "Нижне-Озерная", "nizhneozernaya"),
    ("капитана [Сурина]", "PER", None, "Сурин", "surin"),
    ("помощь [Веловскому]", "PER", None, "Веловский", "velovsky"),
    ("комендантом [Нижне-Озерной], майором", "LOC", "FACILITY", "Нижне-Озерная", "nizhneozernaya"),
    ("майором [Харловым]", "PER", None, "Харлов", "kharlov"),
    ("[Пугачев] его повесил", "PER", None, "Пугачев", "pugachev"),
    ("приближении [Пугачева], Харлов", "PER", None, "Пугачев", "pugachev"),
    ("Пугачева, [Харлов] отправил", "PER", None, "Харлов", "kharlov"),
    ("отправил в [Татищеву] молодую", "LOC", "FACILITY", "Татищева", "tatishcheva"),
    ("коменданта [Елагина], а сам", "PER", None, "Елагин", "elagin"),
    ("ушли к [Пугачеву]", "PER", None, "Пугачев", "pugachev"),
    ("[Харлов] остался", "PER", None, "Харлов", "kharlov"),
    ("испугали [Билова]", "PER", None, "Билов", "bilov"),
    ("Утром [Пугачев] показался перед", "PER", None, "Пугачев", "pugachev"),
    ("[Харлов] бегал", "PER", None, "Харлов", "kharlov"),
    ("сидел [Пугачев]", "PER", None, "Пугачев", "pugachev"),
    ("привели [Харлова]", "PER", None, "Харлов", "kharlov"),
    ("[Пугачев] велел", "PER", None, "Пугачев", "pugachev"),
    ("прапорщиков [Фигнера]", "PER", None, "Фигнер", "figner"),
    ("Фигнера и [Кабалерова]", "PER", None, "Кабалеров", "kabalerov"),
    ("татарина [Бикбая]", "PER", None, "Бикбай", "bikbay"),
    ("Магометанин [Бикбай]", "PER", None, "Бикбай", "bikbay"),
    ("На другой день [Пугачев] выступил", "PER", None, "Пугачев", "pugachev"),
    ("пошел на [Татищеву](11)", "LOC", "FACILITY", "Татищева", "tatishcheva"),
    ("полковник [Елагин]", "PER", None, "Елагин", "elagin"),
    ("отрядом [Билова]", "PER", None, "Билов", "bilov"),
    ("сентября [Пугачев] показался", "PER", None, "Пугачев", "pugachev"),
    ("[Пугачев], пользуясь", "PER", None, "Пугачев", "pugachev"),
    ("Раненый [Елагин]", "PER", None, "Елагин", "elagin"),
    ("сам [Билов] оборонялись", "PER", None, "Билов", "bilov"),
    ("[Билову] отсекли", "PER", None, "Билов", "bilov"),
    ("С [Елагина], человека", "PER", None, "Елагин", "elagin"),
    ("овдовевшая [Харлова]", "PER", None, "Харлова", "kharlova"),
    ("[Пугачев] поражен", "PER", None, "Пугачев", "pugachev"),
    ("майора [Веловского]", "PER", None, "Веловский", "velovsky"),
    ("бежавшая из [Рассыпной]", "LOC", "FACILITY", "Рассыпная", "rassypnaya"),
    ("находилась в [Татищевой]", "LOC", "FACILITY", "Татищева", "tatishcheva"),
    ("успехах [Пугачева]", "PER", None, "Пугачев", "pugachev"),
    ("приходили в [Оренбург]", "LOC", "CITY", "Оренбург", "orenburg"),
    ("Едва [Веловский]", "PER", None, "Веловский", "velovsky"),
    ("взятии [Илецкого городка]", "LOC", "CITY", "Илецкий городок", "iletsky"),
    ("уже [Харлов] доносил", "PER", None, "Харлов", "kharlov"),
    ("взятии [Рассыпной]", "LOC", "FACILITY", "Рассыпная", "rassypnaya"),
    ("тем [Билов], из", "PER", None, "Билов", "bilov"),
    ("Билов, из [Татищевой]", "LOC", "FACILITY", "Татищева", "tatishcheva"),
    ("взятии [Нижне-Озерной]", "LOC", "FACILITY", "Нижне-Озерная", "nizhneozernaya"),
    ("майор [Крузе]", "PER", None, "Крузе", "kruze"),
    ("из [Чернореченской]", "LOC", "FACILITY", "Чернореченская", "chernorechenskaya"),
    ("под [Татищевой]", "LOC", "FACILITY", "Татищева", "tatishcheva"),
    ("отправленные к [Татищевой]", "LOC", "FACILITY", "Татищева", "tatishcheva"),
    ("участи [Билова]", "PER", None, "Билов", "bilov"),
    ("Билова и [Елагина]. ", "PER", None, "Елагин", "elagin"),
    ("[Рейнсдорп], испуганный", "PER", None, "Рейнсдорп", "reinsdorp"),
]

# context, value, mod
DATES = [
    ("[Ночью на 26 сентября]", "XXXX-09-26", None),
    ("(10). На [другой день]", "XXXX-XX-XX", None),
    ("[Утром 27 сентября]", "XXXX-09-27", None),
    ("[накануне] овдовевшая", "XXXX-XX-XX", None),
    ("Наконец ([28 сентября])", "XXXX-09-28", None),
]

# context, kind, referent
MENTIONS = [
    ("встретил [он] капитана", P, "pugachev"),
    ("Пугачев [его] повесил", P, "surin"),
    ("вздумал [он]", P, "kharlov"),
    ("заставили [его] отступить", P, "bilov"),
    ("[Он] схватил фитиль", P, "kharlov"),
    ("Полумертвый, [он] думал", P, "kharlov"),
    ("велел [его] казнить", P, "kharlov"),
    ("казаки [ему] передались", P, "pugachev"),
]

# trigger context, type, polarity, modality, [(role, argument context), ...]
EVENTS = [
    ("Пугачев [пошел] на Нижне", "MOVEMENT", "positive", "asserted", [
        ("agent", "Рассыпной [Пугачев] пошел"), ("origin", "Из [Рассыпной] Пугачев"),
        ("destination", "на [Нижне-Озерную](9)")]),
    ("дороге [встретил] он", "WAR", "positive", "asserted", [
        ("participant", "встретил [он] капитана"),
        ("participant", "капитана [Сурина]")]),
    ("Пугачев его [повесил]", "DEATH", "positive", "asserted", [
        ("agent", "[Пугачев] его повесил"), ("patient", "Пугачев [его] повесил")]),
    ("рота [пристала] к мятежникам", "MEMBERSHIP", "positive", "asserted", []),
    ("о [приближении] Пугачева", "MOVEMENT", "positive", "asserted", [
        ("agent", "приближении [Пугачева], Харлов")]),
    ("Харлов [отправил]", "MOVEMENT", "positive", "asserted", [
        ("agent", "Пугачева, [Харлов] отправил"), ("destination", "отправил в [Татищеву] молодую")]),
    ("приготовился к [обороне]", "WAR", "positive", "desired", [
        ("participant", "Пугачева, [Харлов] отправил")]),
    ("Казаки его [изменили]", "MEMBERSHIP", "positive", "asserted", []),
    ("и [ушли] к Пугачеву", "MOVEMENT", "positive", "asserted", []),
    ("вздумал он, для их ободрения, [палить]", "WAR", "positive", "asserted", [
        ("participant", "вздумал [он]"), ("time", "[Ночью на 26 сентября]")]),
    ("заставили его [отступить]", "MOVEMENT", "positive", "asserted", [
        ("agent", "заставили [его] отступить"), ("time", "[Ночью на 26 сентября]")]),
    ("Пугачев [показался] перед", "MOVEMENT", "positive", "asserted", [
        ("agent", "Утром [Пугачев] показался перед")]),
    ("из пушки [убьют]", "DEATH", "positive", "possible", []),
    ("и [приказывал] стрелять", "COMMUNICATION", "positive", "asserted", [
        ("agent", "[Харлов] бегал")]),
    ("приказывал [стрелять]", "WAR", "positive", "desired", []),
    ("фитиль, [выпалил]", "WAR", "positive", "asserted", [
        ("participant", "[Он] схватил фитиль")]),
    ("бунтовщики [заняли] крепость", "WAR", "positive", "asserted", []),
    ("[бросились] на единственного", "WAR", "positive", "asserted", []),
    ("и [повел] их к избе", "MOVEMENT", "positive", "asserted", [
        ("agent", "Полумертвый, [он] думал")]),
    ("принимая [присягу]", "MEMBERSHIP", "positive", "asserted", [
        ("participant", "сидел [Пугачев]")]),
    ("К нему [привели]", "MOVEMENT", "positive", "asserted", [
        ("patient", "привели [Харлова]")]),
    ("Пугачев [велел]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "[Пугачев] велел")]),
    ("велел его [казнить]", "DEATH", "positive", "asserted", [
        ("patient", "велел [его] казнить"), ("patient", "прапорщиков [Фигнера]"),
        ("patient", "Фигнера и [Кабалерова]"), ("patient", "татарина [Бикбая]")]),
    ("стал [просить] за", "COMMUNICATION", "positive", "asserted", []),
    ("предводители [мятежа]", "WAR", "positive", "asserted", []),
    ("Пугачев [выступил]", "MOVEMENT", "positive", "asserted", [
        ("agent", "На другой день [Пугачев] выступил"), ("time", "(10). На [другой день]")]),
    ("выступил и [пошел] на Татищеву", "MOVEMENT", "positive", "asserted", [
        ("agent", "На другой день [Пугачев] выступил"), ("destination", "пошел на [Татищеву](11)"),
        ("time", "(10). На [другой день]")]),
    ("[начальствовал]", "EMPLOYMENT", "positive", "asserted", [
        ("agent", "полковник [Елагин]")]),
    ("сентября Пугачев [показался]", "MOVEMENT", "positive", "asserted", [
        ("agent", "сентября [Пугачев] показался"), ("time", "[Утром 27 сентября]")]),
    ("Мятежники [подъехали]", "MOVEMENT", "positive", "asserted", []),
    ("[уговаривая] гарнизон", "COMMUNICATION", "positive", "asserted", []),
    ("и [сдаться] добровольно", "WAR", "positive", "desired", []),
    ("Им [отвечали] выстрелами", "WAR", "positive", "asserted", []),
    ("Они [отступили]", "MOVEMENT", "positive", "asserted", []),
    ("Бесполезная [пальба]", "WAR", "positive", "asserted", []),
    ("[подожженные] осаждающими", "WAR", "positive", "asserted", []),
    ("смятением, [напал]", "WAR", "positive", "asserted", [
        ("participant", "[Пугачев], пользуясь")]),
    ("ему [передались]", "MEMBERSHIP", "positive", "asserted", [
        ("participant", "казаки [ему] передались")]),
    ("[оборонялись] отчаянно", "WAR", "positive", "asserted", [
        ("participant", "Раненый [Елагин]"), ("participant", "сам [Билов] оборонялись")]),
    ("мятежники [ворвались]", "WAR", "positive", "asserted", []),
    ("были [захвачены]", "ARREST", "positive", "asserted", []),
    ("Билову [отсекли]", "DEATH", "positive", "asserted", [
        ("patient", "[Билову] отсекли")]),
    ("[содрали] кожу", "DEATH", "positive", "asserted", [
        ("patient", "С [Елагина], человека")]),
    ("Жену его [изрубили]", "DEATH", "positive", "asserted", []),
    ("Харлова, [приведена] была", "MOVEMENT", "positive", "asserted", [
        ("patient", "овдовевшая [Харлова]")]),
    ("распоряжавшему [казнию]", "DEATH", "positive", "asserted", []),
    ("[бежавшая] из", "MOVEMENT", "positive", "asserted", [
        ("origin", "бежавшая из [Рассыпной]")]),
    ("ее [удавили]", "DEATH", "positive", "asserted", []),
    ("были [повешены]", "DEATH", "positive", "asserted", []),
    ("[выведены] в поле", "MOVEMENT", "positive", "asserted", []),
    ("[расстреляны] картечью", "DEATH", "positive", "asserted", []),
    ("[присоединены] к мятежникам", "MEMBERSHIP", "positive", "asserted", []),
    ("[Известия] об успехах", "COMMUNICATION", "positive", "asserted", []),
    ("успел [донести]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "Едва [Веловский]")]),
    ("о [взятии] Илецкого", "WAR", "positive", "asserted", [
        ("place", "взятии [Илецкого городка]")]),
    ("Харлов [доносил]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "уже [Харлов] доносил")]),
    ("о [взятии] Рассыпной", "WAR", "positive", "asserted", [
        ("place", "взятии [Рассыпной]")]),
    ("[извещал]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "тем [Билов], из"), ("origin", "Билов, из [Татищевой]")]),
    ("о [взятии] Нижне", "WAR", "positive", "asserted", [
        ("place", "взятии [Нижне-Озерной]")]),
    ("о [пальбе]", "WAR", "positive", "asserted", [
        ("place", "под [Татищевой]")]),
    ("[отправленные] к", "MOVEMENT", "positive", "asserted", [
        ("destination", "отправленные к [Татищевой]")]),
    ("[возвратились] с дороги", "MOVEMENT", "positive", "asserted", [
        ("time", "Наконец ([28 сентября])")]),
    ("с [известием] об участи", "COMMUNICATION", "positive", "asserted", []),
    ("собрал [совет]", "MEETING", "positive", "asserted", [
        ("participant", "[Рейнсдорп], испуганный")]),
]
