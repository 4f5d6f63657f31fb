"""Gorky, «Мои университеты»: Romas back from Kazan, the fire of the shed and the house, the
narrator's escape through the window, coming to (corpus gorky_moi_universitety.txt, characters
198064–201853).

Annotated by reading before any pipeline run; development probe (issue 12, narr9), against
GUIDELINES.md sections 4, 5, 8.6, 8.7 and the decisions of 9.13, 9.14, 9.17. Doubtful cases in
GUIDELINES section 9.19. `Хохол` is the byname of Romas used as a name (8.3, 9.13), his cluster;
`Максимыч` (Romas calling the narrator) names the narrator, whose pronouns are of that cluster.
No date is absolute, so no time is inferred. Carrying and throwing things (`выкатил`, `выносят`,
`вышвырнув`) tell of things moved, no event (9.14). MENTIONS are the pronouns that are event
arguments (this is an events probe).
"""
SOURCE = ("gorky_moi_universitety.txt", 198064, 201853)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("августа [Ромась] приплыл", "PER", None, "Ромась", "romas"),
    ("из [Казани] с", "LOC", "CITY", "Казань", "kazan"),
    ("[Хохол] только что", "PER", None, "Хохол", "romas"),
    ("вопль [Аксиньи]", "PER", None, "Аксинья", "aksinya"),
    ("[Аксинья] притащила", "PER", None, "Аксинья", "aksinya"),
    ("воды, [Хохол] выплеснул", "PER", None, "Хохол", "romas"),
    ("бочки, [Максимыч]!", "PER", None, "Максимыч", "narrator"),
    ("[Аксинья] — в лавку", "PER", None, "Аксинья", "aksinya"),
    ("[Хохол] и Аксинья", "PER", None, "Хохол", "romas"),
    ("Хохол и [Аксинья] выносят", "PER", None, "Аксинья", "aksinya"),
    ("прибежал [Хохол]", "PER", None, "Хохол", "romas"),
    ("тулупом [Ромася]", "PER", None, "Ромась", "romas"),
    ("корточках [Ромась]", "PER", None, "Ромась", "romas"),
    ("кричал [Хохол]. Его", "PER", None, "Хохол", "romas"),
    ("сказал [Хохлу]", "PER", None, "Хохол", "romas"),
]

# context, value, mod
DATES = [
    ("В [первых числах августа]", "XXXX-08", "START"),
]

# context, kind, referent
MENTIONS = [
    ("сарай, [я] нашел", P, "narrator"),
    ("[Я] закричал", P, "narrator"),
    ("[Он] бросился в сени", P, "romas"),
    ("спасения — [я] схватил", P, "narrator"),
]

# trigger context, type, polarity, modality, [(role, argument context), ...]
EVENTS = [
    ("Ромась [приплыл]", "MOVEMENT", "positive", "asserted", [
        ("agent", "августа [Ромась] приплыл"), ("origin", "из [Казани] с"),
        ("time", "В [первых числах августа]")]),
    ("хорошо [плыть] ночью", "MOVEMENT", "positive", "possible", []),
    ("Мы [бросились] на двор", "MOVEMENT", "positive", "asserted", []),
    ("[бегут] бабы", "MOVEMENT", "positive", "asserted", []),
    ("Снова [вбежав]", "MOVEMENT", "positive", "asserted", [
        ("agent", "сарай, [я] нашел")]),
    ("Я [закричал]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "[Я] закричал")]),
    ("[прибежал] Хохол", "MOVEMENT", "positive", "asserted", [
        ("agent", "прибежал [Хохол]")]),
    ("Он [бросился] в сени", "MOVEMENT", "positive", "asserted", [
        ("agent", "[Он] бросился в сени")]),
    ("что — [погиб]", "DEATH", "positive", "asserted", []),
    ("путь [спасения]", "MOVEMENT", "positive", "asserted", []),
    ("и [выпрыгнул] в окно", "MOVEMENT", "positive", "asserted", [
        ("agent", "спасения — [я] схватил")]),
]
