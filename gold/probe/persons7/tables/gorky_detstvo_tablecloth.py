"""Gorky, «Детство», chapter II: the two Sashas, the tablecloth dyed blue, Tsyganok and the grandmother, the Saturday flogging in the kitchen.

Annotated by reading before any pipeline run; development probe (issue 12, coref12).
Persons and pronoun/zero mentions only, against GUIDELINES.md 2, 8.2–8.3; doubts in 9.28.
Named: `Саша Яковов` (also `Саша`, `Сашутка` in Vanka's speech: the informer, one boy), `Саша
Михайлов`, `Цыганок` (the byname used as the name; `Ваня`, `Ванька`: the same young man), uncle
`Яков` and uncle `Михаил` (named in `Саша дяди Якова`, `дети дяди Михаила`), and the narrator,
named by the grandfather's address `Лексей` (his `я` is no mention). The grandmother and the
grandfather are not named here: their mentions are null. `каждому, кто желал`: `кто` is a
generic relative, null (9.12). `христа-ради` is an invocation, no person.
"""
SOURCE = ("gorky_detstvo.txt", 27747, 31741)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("глазами, [Саша Яковов] говорил", "PER", None, "Саша Яковов", "sasha_yakovov"),
    ("увалень [Саша Михайлов]", "PER", None, "Саша Михайлов", "sasha_mikhailov"),
    ("А [Саша] дяди", "PER", None, "Саша", "sasha_yakovov"),
    ("дяди [Якова]", "PER", None, "Яков", "yakov"),
    ("откуда-то [Цыганок]", "PER", None, "Цыганок", "tsyganok"),
    ("уговаривать [Цыганка]", "PER", None, "Цыганок", "tsyganok"),
    ("ты, [Ваня],", "PER", None, "Ваня", "tsyganok"),
    ("[Ванька] озабоченно", "PER", None, "Ванька", "tsyganok"),
    ("глядите, [Сашутка]", "PER", None, "Сашутка", "sasha_yakovov"),
    ("на себя [Цыганок]", "PER", None, "Цыганок", "tsyganok"),
    ("[Саша Яковов], сидя", "PER", None, "Саша Яковов", "sasha_yakovov"),
    ("дяди [Михаила]", "PER", None, "Михаил", "mikhail"),
    ("[Саша] встал", "PER", None, "Саша", "sasha_yakovov"),
    ("а [Ванька], привязав", "PER", None, "Ванька", "tsyganok"),
    ("— [Лексей], — позвал", "PER", None, "Лексей", "leksey"),
    ("[Саша] взвизгнул", "PER", None, "Саша", "sasha_yakovov"),
]

# context, kind, referent
MENTIONS = [
    ("зрачки [его]", P, "sasha_yakovov"),
    ("когда [он] возбуждался", P, "sasha_yakovov"),
    ("[Он] был неприятен", P, "sasha_yakovov"),
    ("на [свою] кроткую", P, "sasha_mikhailov"),
    ("У [него] были", P, "sasha_mikhailov"),
    ("занимало [его]", P, "sasha_mikhailov"),
    ("[он] постоянно", P, "sasha_mikhailov"),
    ("[он] покорно позволял", P, "sasha_mikhailov"),
    ("[кто] желал", P, None),
    ("находил в [нем]", P, "sasha_mikhailov"),
    ("[он] жил одиноко", P, "sasha_mikhailov"),
    ("С [ним] хорошо", P, "sasha_mikhailov"),
    ("прижавшись к [нему]", P, "sasha_mikhailov"),
    ("красильщика, [он] посоветовал", P, "sasha_yakovov"),
    ("сказал [он] очень", P, "sasha_yakovov"),
    ("головой, [сказал] мне", Z, "tsyganok"),
    ("Потом [стала] уговаривать", Z, None),
    ("Я [ему] семишник", P, "sasha_yakovov"),
    ("похожий на [себя]", P, "tsyganok"),
    ("не [своим] голосом", P, "sasha_yakovov"),
    ("Говорил [он] спокойно", P, None),
    ("звук [его] голоса", P, None),
    ("как [он] идет", P, "sasha_yakovov"),
    ("когда [он] покорно лёг", P, "sasha_yakovov"),
    ("привязав [его]", P, "sasha_yakovov"),
    ("над [ним] и", P, "sasha_yakovov"),
    ("ноги [его]", P, "sasha_yakovov"),
    ("рукой, [он] хлопнул", P, None),
]

DATES = []
EVENTS = []
