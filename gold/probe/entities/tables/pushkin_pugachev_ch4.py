"""Pushkin, «История Пугачева», chapter 4, the close (the government's measures; the pretender's past).

Annotated by reading before any pipeline run; development probe, tuned on (issue 11, ent7).
Entities only (PER/LOC/ORG/WORK_OF_ART/EVENT) against GUIDELINES.md 2; doubts in 9.16.
A stanitsa is named with its cue word, as `Яицкий городок` in 9.1 (`Зимовейской станице`, CITY);
its new name `Потемкинскую` shares its cluster (2.5). Adjectives (`зимовейских`, `Донское`,
`польской`) are no entities (2.2).
"""
SOURCE = ("pushkin_istoriya_pugacheva.txt", 122337, 126091)

# context, type, fine_type, normal, referent
ENTITIES = [
    ("сношений [Яика] с Доном", "LOC", "LOCATION", "Яик", "yaik"),
    ("Яика с [Доном]", "LOC", "LOCATION", "Дон", "don"),
    ("Атаман [Ефремов]", "PER", None, "Ефремов", "efremov"),
    ("избран [Семен Сулин]", "PER", None, "Семен Сулин", "sulin"),
    ("Послано в [Черкасск] повеление", "LOC", "CITY", "Черкасск", "cherkassk"),
    ("имущество [Пугачева], а семейство", "PER", None, "Пугачев", "pugachev"),
    ("отправить в [Казань], для", "LOC", "CITY", "Казань", "kazan"),
    ("дом [Пугачева], находившийся", "PER", None, "Пугачев", "pugachev"),
    ("в [Зимовейской станице], был", "LOC", "CITY", "Зимовейская станица", "zimoveyskaya"),
    ("переименовала [Зимовейскую станицу] в", "LOC", "CITY", "Зимовейская станица", "zimoveyskaya"),
    ("в [Потемкинскую], покрыв", "LOC", "CITY", "Потемкинская", "zimoveyskaya"),
    ("Жена [Пугачева], сын", "PER", None, "Пугачев", "pugachev"),
    ("отосланы в [Казань], куда", "LOC", "CITY", "Казань", "kazan"),
    ("[Емельян Пугачев], Зимовейской", "PER", None, "Емельян Пугачев", "pugachev"),
    ("Пугачев, [Зимовейской станицы] служилый", "LOC", "CITY", "Зимовейская станица", "zimoveyskaya"),
    ("сын [Ивана Михайлова]", "PER", None, "Иван Михайлов", "mikhaylov"),
    ("казачке [Софье Недюжиной]", "PER", None, "Софья Недюжина", "nedyuzhina"),
    ("взятии [Бендер]", "LOC", "CITY", "Бендеры", "bendery"),
    ("отпущен на [Дон] по", "LOC", "LOCATION", "Дон", "don"),
    ("излечения в [Черкасск]. По", "LOC", "CITY", "Черкасск", "cherkassk"),
    ("купил ее в [Таганроге]", "LOC", "CITY", "Таганрог", "taganrog"),
    ("[Пугачев] отвечал", "PER", None, "Пугачев", "pugachev"),
    ("[Пугачев] уехал", "PER", None, "Пугачев", "pugachev"),
    ("под [Таганрогом]", "LOC", "CITY", "Таганрог", "taganrog"),
    ("за [Кубань].", "LOC", "LOCATION", "Кубань", "kuban"),
    ("отдать [Пугачева] в руки", "PER", None, "Пугачев", "pugachev"),
    ("[Пугачев] был снова", "PER", None, "Пугачев", "pugachev"),
    ("старшине [Макарову]", "PER", None, "Макаров", "makarov"),
    ("в [Нижнюю Чирскую станицу]", "LOC", "CITY", "Нижняя Чирская станица", "chirskaya"),
    ("оттуда в [Черкасск]. С дороги", "LOC", "CITY", "Черкасск", "cherkassk"),
    ("на [Дону] не являлся", "LOC", "LOCATION", "Дон", "don"),
    ("самого [Пугачева], в конце", "PER", None, "Пугачев", "pugachev"),
    ("в [Канцелярию дворцовых дел]", "ORG", None, "Канцелярия дворцовых дел", "chancery"),
    ("слободе [Ветке]", "LOC", "CITY", "Ветка", "vetka"),
    ("с [Добрянского форпоста]", "LOC", "FACILITY", "Добрянский форпост", "dobryanka"),
    ("из [Польши]", "LOC", "COUNTRY", "Польша", "poland"),
    ("на [Яик], питаясь", "LOC", "LOCATION", "Яик", "yaik"),
    ("толковать о [Пугачеве], коего", "PER", None, "Пугачев", "pugachev"),
    ("печатать о [Пугачеве]", "PER", None, "Пугачев", "pugachev"),
]

MENTIONS = []
DATES = []
EVENTS = []
