"""Gorky, «Мои университеты»: the Derenkovs' household and the students who gather in their shop
(corpus gorky_moi_universitety.txt, characters 40001–43960).

Annotated for entities only, by reading before any pipeline run (second entities probe, issue 11
item 4 and issue 12; ner12), against GUIDELINES.md section 2 and the decisions of 9.4, 9.16 and
9.31. `Сухорукий Андрей` is `Андрей` (the adjective is a description, 2.2), the shopkeeper
`Деренкова`, `Андрея Деренкова`: one cluster; the family `Деренковых` its own (8.3). Titles of
books in guillemets are WORK_OF_ART; `«самородком»`, `«сыном народа»`, `«праве критики»` are
quoted words, no titles. `Поволжья` LOCATION, `России` COUNTRY, `Казани` CITY.
"""
SOURCE = ("gorky_moi_universitety.txt", 40001, 43960)
LAYERS = ("entities",)  # an entities probe: no mentions, dates or events annotated

# context, type, fine_type, normal, referent
ENTITIES = [
    ("старик [Степан Иванович], беленький", "PER", None, "Степан Иванович", "stepan_ivanovich"),
    ("Сухорукий [Андрей], одетый", "PER", None, "Андрей", "andrey_derenkov"),
    ("помогал торговать [Алексей]", "PER", None, "Алексей", "aleksey"),
    ("Третий брат, [Иван], учился", "PER", None, "Иван", "ivan"),
    ("Больная [Марья] жила", "PER", None, "Марья", "marya"),
    ("Хозяйство [Деренковых] вела", "PER", None, "Деренковы", "derenkovs"),
    ("рыжая [Настя];", "PER", None, "Настя", "nastya"),
    ("в квартире [Деренковых] были", "PER", None, "Деренковы", "derenkovs"),
    ("будущем [России]", "LOC", "COUNTRY", "Россия", "russia"),
    ("в лавочку [Деренкова] со", "PER", None, "Деренков", "andrey_derenkov"),
    ("улиц [Казани] для", "LOC", "CITY", "Казань", "kazan"),
    ("сектантского [Поволжья]", "LOC", "LOCATION", "Поволжье", "povolzhye"),
    ("словами «[Афоризмы и максимы]»", "WORK_OF_ART", None, "Афоризмы и максимы", "aforizmy"),
    ("заняв у [Андрея Деренкова]", "PER", None, "Андрей Деренков", "andrey_derenkov"),
    ("прочитал «[Азбуку социальных наук]»", "WORK_OF_ART", None, "Азбука социальных наук", "azbuka"),
]

MENTIONS = []
DATES = []
EVENTS = []
