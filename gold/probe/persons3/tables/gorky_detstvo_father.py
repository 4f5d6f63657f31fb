"""Gorky, «Детство», chapter XI: the grandmother tells the boy of his father Maxim and the grandfather.

Annotated by reading before any pipeline run; development probe, tuned on (issue 12, coref8).
Persons and pronoun/zero mentions only, against GUIDELINES.md 2, 8.2–8.3; doubts in 9.18.
The whole passage is the grandmother's speech: her `я` and the boy's `ты` are no mentions. Two
men of one gender alternate (the grandfather, named once as `Василий Васильевич`, otherwise
`дедушко`/`дед`; the father, `Максим`, otherwise `отец твой`), the mother is `Варя`, `Варвара`,
`мать твоя`; the uncles `Яков`, `Михайла`. A kin noun is no mention (8.3); the pronouns and the
unwritten subjects of the speech tag `говорит` take the person the kin noun means. `они` of the
young couple, of the two uncles, of father and grandfather is null (8.2: named separately).
"""
SOURCE = ("gorky_detstvo.txt", 265218, 269366)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("про [Варю] говорить", "PER", None, "Варя", "varvara"),
    ("Про дочь [Варвару]", "PER", None, "Варвара", "varvara"),
    ("про зятя [Максима]", "PER", None, "Максим", "maxim"),
    ("на [Якова] с", "PER", None, "Яков", "yakov"),
    ("с [Михайлой]", "PER", None, "Михайла", "mikhail"),
    ("встал [Максим]-то", "PER", None, "Максим", "maxim"),
    ("[Василий Васильевич]", "PER", None, "Василий Васильевич", "grandfather"),
    ("Нахмурился [Максим]", "PER", None, "Максим", "maxim"),
    ("как [Варя] хочет", "PER", None, "Варя", "varvara"),
    ("больше [Варвары]", "PER", None, "Варвара", "varvara"),
    ("леший ты, [Максим]", "PER", None, "Максим", "maxim"),
    ("[Максимом] сделано", "PER", None, "Максим", "maxim"),
    ("Дядя [Яков]", "PER", None, "Яков", "yakov"),
    ("не воротили, [Максим]", "PER", None, "Максим", "maxim"),
]

# context, kind, referent
MENTIONS = [
    ("к [ним] похаживаю", P, None),
    ("а [он] и знал", P, "grandfather"),
    ("хуже [тому]", P, None),
    ("у [кого] сердце", P, None),
    ("«Как [они] живут?»", P, None),
    ("мол, хорошо [живут]", Z, None),
    ("«Я, [говорит], про", Z, "grandfather"),
    ("что про [них]?", P, None),
    ("Вздыхает [он]", P, "grandfather"),
    ("Ах вы, [говорит], черти", Z, "grandfather"),
    ("Потом [выспрашивает]", Z, "grandfather"),
    ("Дурак, [кто] работать", P, None),
    ("не [эти] ли", P, None),
    ("велики ли [они]", P, None),
    ("Тут [он] — ругать", P, "grandfather"),
    ("«Как ты, [говорит], могла", Z, "grandfather"),
    ("как устал [он]", P, "grandfather"),
    ("как [они] живут, хорошо", P, None),
    ("«Много, [говорит], чести", Z, "grandfather"),
    ("будет [им]", P, None),
    ("сами [придут]", Z, None),
    ("а [он] волосы", P, "grandfather"),
    ("любил [он] волосьями", P, "grandfather"),
    ("али, [говорит], нет", Z, "grandfather"),
    ("[Он] ведь раньше", P, "grandfather"),
    ("как [выдумал]", Z, "grandfather"),
    ("нет [его] умнее", P, "grandfather"),
    ("пришли [они], мать", P, None),
    ("дед [ему] по плечо", P, "maxim"),
    ("плечо, — [встал] и", Z, "maxim"),
    ("усмехается [он]", P, "grandfather"),
    ("«Ах ты, [говорит], орясина", Z, "grandfather"),
    ("Ну, [говорит], будет", Z, "grandfather"),
    ("у [них] зуб", P, None),
    ("не [сладятся]", Z, None),
    ("ногой [его]", P, "maxim"),
    ("нет, [он] всё", P, "maxim"),
    ("у [него] глаза", P, "maxim"),
    ("сведёт [он] их", P, "maxim"),
    ("никого [он] не", P, "maxim"),
    ("я [его] любила", P, "maxim"),
    ("а [он] знал это", P, "maxim"),
    ("[Прижмётся]", Z, "maxim"),
    ("«Ты, [говорит], настоящая", Z, "maxim"),
    ("бросится на [него]", P, "maxim"),
    ("Плясал [он]", P, "maxim"),
    ("Поселились [они]", P, None),
    ("а ты [ему] встречу", P, "maxim"),
    ("радовался [он]", P, "maxim"),
    ("мать — [замаял]", Z, "maxim"),
    ("[Посадил] меня", Z, "maxim"),
    ("плечо [себе]", P, "maxim"),
    ("докладывать [ему]", P, "grandfather"),
    ("«Экой, [говорит], леший", Z, "grandfather"),
    ("не любили [его]", P, "maxim"),
    ("вина [он] не", P, "maxim"),
    ("горько [они]", P, None),
    ("они [ему] отрыгнулись", P, "maxim"),
    ("«Это, [говорит], наверное", Z, "yakov"),
    ("После [он] сам", P, "maxim"),
    ("что [наставил]", Z, "maxim"),
    ("погрозил [ему]", P, "maxim"),
]

DATES = []
EVENTS = []
