"""Gorky, «Детство», chapter III: the death of Tsyganok (Ivan).

Annotated by reading, against GUIDELINES.md sections 1–8; doubtful cases in section 9.
"""
SOURCE = ("gorky_detstvo.txt", 63500, 68438)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("купил дядя [Яков]", "PER", None, "Яков", "yakov"),
    ("крылья; [Григорий] и", "PER", None, "Григорий", "grigory"),
    ("плечо [Цыганка]", "PER", None, "Цыганок", "ivan"),
    ("спросил [Григорий]", "PER", None, "Григорий", "grigory"),
    ("Дядя [Михаил] сердито", "PER", None, "Михаил", "mikhail"),
    ("А дядя [Яков] сказал", "PER", None, "Яков", "yakov"),
    ("Стыдись, [Ванька]", "PER", None, "Ванька", "ivan"),
    ("Но [Григорий], распахивая", "PER", None, "Григорий", "grigory"),
    ("посоветовал [Ивану]", "PER", None, "Иван", "ivan"),
    ("крикнул дядя [Михаил]", "PER", None, "Михаил", "mikhail"),
    ("[Григорий Иванович], ведя", "PER", None, "Григорий Иванович", "grigory"),
    ("Отец твой, [Максим Савватеевич]", "PER", None, "Максим Савватеевич", "maxim"),
    ("костлявый [Григорий]", "PER", None, "Григорий", "grigory"),
    ("лежал [Цыганок], вверх", "PER", None, "Цыганок", "ivan"),
    ("Ноги [Ивана]", "PER", None, "Иван", "ivan"),
    ("[Цыганок] не двигался", "PER", None, "Цыганок", "ivan"),
    ("Нянька [Евгенья]", "PER", None, "Евгенья", "evgenya"),
    ("руку [Ивана] тонкую", "PER", None, "Иван", "ivan"),
    ("свечу; [Иван] не держал", "PER", None, "Иван", "ivan"),
    ("рассказывал дядя [Яков]", "PER", None, "Яков", "yakov"),
    ("глухо сказал [Григорий]", "PER", None, "Григорий", "grigory"),
    ("пену, [Цыганок] мычал", "PER", None, "Цыганок", "ivan"),
    ("— [Михайло] в церковь", "PER", None, "Михайло", "mikhail"),
    ("шептал дядя [Яков]", "PER", None, "Яков", "yakov"),
]

# context, value, mod[, extras]
DATES = [
    ("за [осень] сильно", "XXXX-FA", None),
    ("в [субботу]", "XXXX-WXX-6", None),
    ("в [начале зимы]", "XXXX-WI", "START"),
    ("Может, [сегодня]", "XXXX-XX-XX", None),
    ("[тридцать семь лет]", "P37Y", None),
]

# context, kind, referent (None: no named referent in the passage)
MENTIONS = [
    ("Вскоре [он] погиб", P, "ivan"),
    ("могилою [своей] жены", P, "yakov"),
    ("на [своих] плечах", P, "yakov"),
    ("смерти [её]", P, None),
    ("Цыганка; [он] пошатнулся", P, "ivan"),
    ("Все, [кто] был", P, None),
    ("ласково глядит [он]", P, None),
    ("до плеч, [он], понюхивая", P, "grigory"),
    ("Мы с [ним] раньше", P, None),
    ("[Он] умный, дедушка", P, None),
    ("Вот [он] хозяином", P, None),
    ("поставил [себя]", P, None),
    ("козырь был, [он] всё понимал", P, "maxim"),
    ("не любил [его]", P, "maxim"),
    ("надавили [ему] переносье", P, "grigory"),
    ("вдруг сказал [он]", P, "grigory"),
    ("бросился за [ним]", P, "grigory"),
    ("падали [ему] одна", P, "ivan"),
    ("Лоб [его] странно", P, "ivan"),
    ("Споткнулся [он]", P, "ivan"),
    ("[Он] весь был серый", P, "yakov"),
    ("глаза у [него] выцвели", P, "yakov"),
    ("— [Упал], а", Z, "ivan"),
    ("а [его] и придавило", P, "ivan"),
    ("Вы [его] и задавили", P, "ivan"),
    ("навалил [его]", P, "ivan"),
]

# trigger context, type, polarity, modality, arguments
EVENTS = [
    ("он [погиб]", "DEATH", "positive", "asserted", [
        ("patient", "Вскоре [он] погиб")]),
    ("[отнести] крест", "MOVEMENT", "positive", "desired", [
        ("agent", "купил дядя [Яков]")]),
    ("годовщину [смерти] её", "DEATH", "positive", "asserted", [
        ("patient", "смерти [её]")]),
    ("дома [вышли] на двор", "MOVEMENT", "positive", "asserted", []),
    ("раньше [уехали]", "MOVEMENT", "positive", "asserted", []),
    ("крест [унесли]", "MOVEMENT", "positive", "asserted", []),
    ("[ведя] меня", "MOVEMENT", "positive", "asserted", [
        ("agent", "[Григорий Иванович], ведя")]),
    ("не [посечёт]", "CONFLICT", "negative", "possible", [
        ("time", "Может, [сегодня]")]),
    ("дело [начали]", "CREATION", "positive", "asserted", []),
    ("[придумали]", "CREATION", "positive", "asserted", []),
    ("хозяином [поставил]", "EMPLOYMENT", "positive", "asserted", [
        ("agent", "Вот [он] хозяином")]),
    ("прыжками [побежал]", "MOVEMENT", "positive", "asserted", [
        ("agent", "вдруг сказал [он]")]),
    ("тоже [бросился]", "MOVEMENT", "positive", "asserted", []),
    ("и [придавило]", "DEATH", "positive", "asserted", [
        ("patient", "а [его] и придавило")]),
    ("и [задавили]", "DEATH", "positive", "asserted", [
        ("patient", "Вы [его] и задавили")]),
    ("церковь [погнал]", "MOVEMENT", "positive", "asserted", [
        ("agent", "— [Михайло] в церковь")]),
]
