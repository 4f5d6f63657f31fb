"""Pushkin, «История Пугачева», chapter 3, the opening: the government's measures (Kar, Nashchokin, Freyman), Orenburg, Reinsdorp's announcement, Khlopusha sent to Pugachev.

Annotated by reading before any pipeline run; development probe (issue 12, coref12).
Persons and pronoun/zero mentions only, against GUIDELINES.md 2, 8.2–8.3; doubts in 9.28.
Named: `фон-Брант`, `Чичерин`, `Кречетников`, `Рейнсдорп`, `Кар`, `Нащокин`, `Фрейман`,
`Пугачев` (`Емельян Пугачев` in the announcement: one man), `Билов`, and `Хлопуша`, named by
`известный под именем Хлопуши` (the name joins the convict). The empress, the governor in
`заколоть губернатора` (Reinsdorp, not named in that clause: no mention), the sergeant and the
commanders have no name or no mention of their own: the sergeant's `он`, `имел` and the
commanders' `они`, `себя`, `свое` are null; the companies and squadrons (`над ними`) and the
provinces' chiefs (`с их стороны`) are groups of persons (9.20): null. `шайку Пугачевскую` is an
adjective from a name (2.2). `присоединили` is an indefinite plural, no mention.
"""
SOURCE = ("pushkin_istoriya_pugacheva.txt", 76561, 80452)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("казанский – [фон-Брант]", "PER", None, "фон-Брант", "von_brant"),
    ("сибирский – [Чичерин]", "PER", None, "Чичерин", "chicherin"),
    ("астраханский – [Кречетников]", "PER", None, "Кречетников", "krechetnikov"),
    ("вслед за [Рейнсдорпом]", "PER", None, "Рейнсдорп", "reinsdorp"),
    ("генерал-майору [Кару]", "PER", None, "Кар", "kar"),
    ("генерал-майору [Нащокину]", "PER", None, "Нащокин", "nashchokin"),
    ("генерал-майора [Фреймана]", "PER", None, "Фрейман", "freyman"),
    ("время [Пугачеву] усилиться", "PER", None, "Пугачев", "pugachev"),
    ("самим [Рейнсдорпом]", "PER", None, "Рейнсдорп", "reinsdorp"),
    ("появление [Пугачева] было", "PER", None, "Пугачев", "pugachev"),
    ("выступление [Билова]", "PER", None, "Билов", "bilov"),
    ("подосланный [Пугачевым]", "PER", None, "Пугачев", "pugachev"),
    ("[Рейнсдорп] обнародовал", "PER", None, "Рейнсдорп", "reinsdorp"),
    ("объявление о [Пугачеве]", "PER", None, "Пугачев", "pugachev"),
    ("казак [Емельян Пугачев]", "PER", None, "Емельян Пугачев", "pugachev"),
    ("[Рейнсдорп] поверил", "PER", None, "Рейнсдорп", "reinsdorp"),
    ("предпринимаемые [Рейнсдорпом]", "PER", None, "Рейнсдорп", "reinsdorp"),
    ("под именем [Хлопуши]", "PER", None, "Хлопуша", "khlopusha"),
    ("[Рейнсдорп] вздумал", "PER", None, "Рейнсдорп", "reinsdorp"),
    ("[Хлопуша] явился", "PER", None, "Хлопуша", "khlopusha"),
    ("прямо к [Пугачеву]", "PER", None, "Пугачев", "pugachev"),
    ("безграмотный [Пугачев]", "PER", None, "Пугачев", "pugachev"),
    ("[Хлопуша] сделался", "PER", None, "Хлопуша", "khlopusha"),
    ("[Пугачев] наименовал", "PER", None, "Пугачев", "pugachev"),
    ("[Хлопуша] оправдал", "PER", None, "Хлопуша", "khlopusha"),
    ("оттоле [Пугачеву]", "PER", None, "Пугачев", "pugachev"),
]

# context, kind, referent
MENTIONS = [
    ("над [ними]", P, None),
    ("[Он] находился", P, "kar"),
    ("[Ему] велено", P, "kar"),
    ("сдать [свою]", P, "kar"),
    ("К [нему] присоединили", P, "kar"),
    ("с [их] стороны", P, None),
    ("знавшего [свое]", P, None),
    ("начала, [они] дали", P, None),
    ("лишили [себя]", P, None),
    ("допросе [он] показал", P, None),
    ("что [имел] намерение", Z, None),
    ("в коем [объяснял]", Z, "reinsdorp"),
    ("объяснял [его]", P, "pugachev"),
    ("якобы [он]", P, "pugachev"),
    ("но что [он]", P, "pugachev"),
    ("укоряя [его]", P, "reinsdorp"),
    ("обращались [ему]", P, "reinsdorp"),
    ("разбойничал [он]", P, "khlopusha"),
    ("ссылаем [был]", Z, "khlopusha"),
    ("чрез [него]", P, "khlopusha"),
    ("исполнить [его]", P, "reinsdorp"),
    ("[Он] был освобожден", P, "khlopusha"),
    ("вручил [ему]", P, "pugachev"),
    ("подарил [ему]", P, "khlopusha"),
    ("долго [наводил]", Z, "khlopusha"),
    ("[своими] разбоями", P, "khlopusha"),
    ("сделался [ему]", P, "pugachev"),
    ("наименовал [его]", P, "khlopusha"),
    ("поручил [ему]", P, "khlopusha"),
    ("оправдал [его]", P, "pugachev"),
    ("[Он] пошел", P, "khlopusha"),
    ("умножа [свою]", P, "khlopusha"),
    ("товарищами [его]", P, "khlopusha"),
]

DATES = []
EVENTS = []
