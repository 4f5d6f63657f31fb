"""Gorky, «Мои университеты»: Derenkov's shop and its secret library, the narrator's first visit,
Derenkov's old father, his sick sister Marya, her brother Alexei, Andrei Derenkov and the red-haired
girl who takes Marya away (corpus gorky_moi_universitety.txt, characters 36207–40000).

Annotated by reading before any pipeline run; development probe (issue 12, narr12), against
GUIDELINES.md sections 4, 5, 8.6, 8.7 and the decisions of 9.13, 9.14, 9.17, 9.19, 9.21, 9.22,
9.25, 9.27. Doubtful cases in GUIDELINES section 9.29. The narrator is not named in the passage:
his pronouns are mentions with no referent (cluster null). `Деренков` (the shop owner) and
`Андрей Деренков` are one man, `Отец Андрея` names him too. The old man, the boy before he is
named and the red-haired girl act unnamed. The boy `подросток` is named `Алексей` after he acts,
so `он исчез` is his. Speech verbs tagging a quoted line are no events (8.6). MENTIONS are the
pronouns that are event arguments (this is an events probe).
"""
SOURCE = ("gorky_moi_universitety.txt", 36207, 40000)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("Лавка [Деренкова] помещалась", "PER", None, "Деренков", "derenkov"),
    ("«[Исторические письма]»", "WORK_OF_ART", None, "Исторические письма", "letters"),
    ("письма» [Лаврова]", "PER", None, "Лавров", "lavrov"),
    ("«[Что делать?]»", "WORK_OF_ART", None, "Что делать?", "chto"),
    ("делать?» [Чернышевского]", "PER", None, "Чернышевский", "chernyshevsky"),
    ("статьи [Писарева]", "PER", None, "Писарев", "pisarev"),
    ("«[Царь-Голод]»", "WORK_OF_ART", None, "Царь-Голод", "tsar"),
    ("«[Хитрая механика]»", "WORK_OF_ART", None, "Хитрая механика", "mekhanika"),
    ("в лавку, [Деренков], занятый", "PER", None, "Деренков", "derenkov"),
    ("портрет [Серафима Саровского]", "PER", None, "Серафим Саровский", "serafim"),
    ("О [Деренкове] мне", "PER", None, "Деренков", "derenkov"),
    ("Отец [Андрея].", "PER", None, "Андрей", "derenkov"),
    ("портреты [Герцена]", "PER", None, "Герцен", "herzen"),
    ("Герцена, [Дарвина]", "PER", None, "Дарвин", "darwin"),
    ("Дарвина, [Гарибальди]", "PER", None, "Гарибальди", "garibaldi"),
    ("вылезла, [Марья]?", "PER", None, "Марья", "marya"),
    ("брат, [Алексей], —", "PER", None, "Алексей", "alexey"),
    ("Пришел [Андрей Деренков]", "PER", None, "Андрей Деренков", "derenkov"),
    ("Довольно, [Марья]!", "PER", None, "Марья", "marya"),
]

# context, value, mod
DATES = []

# context, kind, referent
MENTIONS = [
    ("Когда [я], впервые", P, None),
    ("[я] вошел туда", P, None),
    ("Деренкове [мне] говорили", P, None),
    ("[Он] ушел в кухню", P, None),
    ("[она] рассказала", P, "marya"),
    ("рассказала [мне], что", P, None),
    ("— [Мне] много говорили", P, "marya"),
    ("вот [я] и захотела", P, "marya"),
    ("девушкой [я] не мог", P, None),
    ("[он] исчез в кухне", P, "alexey"),
    ("— [Ты] зачем", P, "marya"),
    ("А [я] — учусь", P, "marya"),
    ("работу [я] ищу", P, None),
    ("увела [ее], сказав", P, "marya"),
]

# trigger context, type, polarity, modality, [(role, argument context), ...]
EVENTS = [
    ("впервые, [пришел] в лавку", "MOVEMENT", "positive", "asserted", [
        ("agent", "Когда [я], впервые")]),
    ("я [вошел] туда", "MOVEMENT", "positive", "asserted", [
        ("agent", "[я] вошел туда")]),
    ("мне [говорили] как", "COMMUNICATION", "positive", "asserted", [
        ("recipient", "Деренкове [мне] говорили")]),
    ("Он [ушел] в кухню", "MOVEMENT", "positive", "asserted", [
        ("agent", "[Он] ушел в кухню")]),
    ("она [рассказала] мне", "COMMUNICATION", "positive", "asserted", [
        ("agent", "[она] рассказала"), ("recipient", "рассказала [мне], что")]),
    ("много [говорили] о вас", "COMMUNICATION", "positive", "asserted", [
        ("recipient", "— [Мне] много говорили")]),
    ("захотела [посмотреть]", "MEETING", "positive", "desired", [
        ("participant", "вот [я] и захотела")]),
    ("не умел — [говорить]", "MEETING", "negative", "asserted", [
        ("participant", "девушкой [я] не мог")]),
    ("лавки [выскочил]", "MOVEMENT", "positive", "asserted", []),
    ("он [исчез] в кухне", "MOVEMENT", "positive", "asserted", [
        ("agent", "[он] исчез в кухне")]),
    ("зачем [вылезла]", "MOVEMENT", "positive", "asserted", [
        ("agent", "— [Ты] зачем")]),
    ("я — [учусь]", "EDUCATION", "positive", "asserted", [
        ("agent", "А [я] — учусь")]),
    ("[Пришел] Андрей", "MOVEMENT", "positive", "asserted", [
        ("agent", "Пришел [Андрей Деренков]")]),
    ("стал [спрашивать]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "Пришел [Андрей Деренков]")]),
    ("я [ищу]", "EMPLOYMENT", "positive", "desired", [
        ("agent", "работу [я] ищу")]),
    ("Потом [явилась]", "MOVEMENT", "positive", "asserted", []),
    ("[увела] ее", "MOVEMENT", "positive", "asserted", [
        ("patient", "увела [ее], сказав")]),
]
