"""Gorky, «Мои университеты», the Krasnovidovo summer: Romas's visitors, Izot's death (corpus
gorky_moi_universitety.txt, lines 1274–1289).

Annotated by reading before any pipeline run, against GUIDELINES.md sections 1–8; development
probe, tuned on (issue 12, narr6). Doubtful cases in GUIDELINES section 9.13. `Хохол` is the
byname of Romas used as a name (8.3), his cluster. The dates fix no year, so no time is inferred
(8.4: the date in force is an absolute date).
"""
SOURCE = ("gorky_moi_universitety.txt", 187528, 191500)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("К [Хохлу] приезжали", "PER", None, "Хохол", "romas"),
    ("Туда [Аксинья] подавала", "PER", None, "Аксинья", "aksinya"),
    ("преданной [Ромасю]", "PER", None, "Ромась", "romas"),
    ("По ночам [Изот] и", "PER", None, "Изот", "izot"),
    ("Изот и [Панков] отвозили", "PER", None, "Панков", "pankov"),
    ("пристань в [Лобышки]", "LOC", "CITY", "Лобышки", "lobyshki"),
    ("из города [Мария Деренкова]", "PER", None, "Мария Деренкова", "maria"),
    ("пропал [Изот]", "PER", None, "Изот", "izot"),
    ("тем, что [Изот], вероятно", "PER", None, "Изот", "izot"),
    ("[Ромась] был в", "PER", None, "Ромась", "romas"),
    ("был в [Казани]", "LOC", "CITY", "Казань", "kazan"),
    ("пришел [Кукушкин]", "PER", None, "Кукушкин", "kukushkin"),
    ("Когда [Хохол] воротится", "PER", None, "Хохол", "romas"),
    ("с [Мигуном]", "PER", None, "Мигун", "migun"),
    ("убит [Изотушка]", "PER", None, "Изотушка", "izot"),
    ("увидали [Изота]", "PER", None, "Изот", "izot"),
    ("тело [Изота] с", "PER", None, "Изот", "izot"),
    ("колебало [Изота]", "PER", None, "Изот", "izot"),
    ("лавочник [Кузьмин]", "PER", None, "Кузьмин", "kuzmin"),
    ("меня и [Кукушкина]", "PER", None, "Кукушкин", "kukushkin"),
]

# context, value, mod
DATES = [
    ("В [средине июля]", "XXXX-07", "MID"),
    ("и [дня через два] подтвердилось", "XXXX-XX-XX", "APPROX"),
    ("На [другой день вечером]", "XXXX-XX-XX", None),
]

# context, kind, referent
MENTIONS = [
    ("[он] уходил с ними", P, "romas"),
    ("Заговорили, что [он] утонул", P, "izot"),
    ("[Вскочил] и ушел", Z, "kukushkin"),
]

# trigger context, type, polarity, modality, [(role, argument context), ...]
EVENTS = [
    ("К Хохлу [приезжали]", "MEETING", "positive", "asserted", [
        ("participant", "К [Хохлу] приезжали")]),
    ("он [уходил] с ними", "MOVEMENT", "positive", "asserted", [
        ("agent", "[он] уходил с ними")]),
    ("Панков [отвозили]", "MOVEMENT", "positive", "asserted", [
        ("agent", "По ночам [Изот] и"), ("agent", "Изот и [Панков] отвозили"),
        ("destination", "пристань в [Лобышки]")]),
    ("[Приезжала] из города", "MOVEMENT", "positive", "asserted", [
        ("agent", "из города [Мария Деренкова]")]),
    ("[Заговорили], что", "COMMUNICATION", "positive", "asserted", []),
    ("он [утонул]", "DEATH", "positive", "asserted", [
        ("patient", "Заговорили, что [он] утонул")]),
    ("лавку [пришел] Кукушкин", "MOVEMENT", "positive", "asserted", [
        ("agent", "пришел [Кукушкин]")]),
    ("Хохол [воротится]", "MOVEMENT", "positive", "asserted", [
        ("agent", "Когда [Хохол] воротится")]),
    ("[Ездил] я с Мигуном", "MOVEMENT", "positive", "asserted", [
        ("agent", "с [Мигуном]")]),
    ("[убит] Изотушка", "DEATH", "positive", "asserted", [
        ("patient", "убит [Изотушка]")]),
    ("Вскочил и [ушел]", "MOVEMENT", "positive", "asserted", [
        ("agent", "[Вскочил] и ушел")]),
    ("Рыбака [ударили]", "CONFLICT", "positive", "asserted", []),
    ("еще не [воротились]", "MOVEMENT", "negative", "asserted", []),
]
