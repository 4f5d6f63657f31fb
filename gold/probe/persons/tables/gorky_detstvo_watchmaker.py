"""Gorky, «Детство», chapter XI (after the evaluated chapters): the watchmaker's proposal.

Annotated by reading before any pipeline run; development probe, tuned on (issue 12, coref6).
Persons and pronoun/zero mentions only, against GUIDELINES.md 2, 8.2–8.3; doubts in 9.12.
The grandfather and the watchmaker are named nowhere in the passage: their pronouns are null.
"""
SOURCE = ("gorky_detstvo.txt", 238134, 242973)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("— [Варя] — пришёл!", "PER", None, "Варя", "varvara"),
    ("Одевайся, [Варвара], иди!", "PER", None, "Варвара", "varvara"),
    ("мастер и [Лексею]", "PER", None, "Лексей", "narrator"),
    ("— [Варвара], одевайся!", "PER", None, "Варвара", "varvara"),
    ("— [Варвара], дьявол", "PER", None, "Варвара", "varvara"),
    ("— [Варька], дура", "PER", None, "Варька", "varvara"),
    ("дура старая, [Акулина]", "PER", None, "Акулина", "akulina"),
    ("Садись-ка, [Варя]", "PER", None, "Варя", "varvara"),
]

# context, kind, referent
MENTIONS = [
    ("помогая [ей] разнизывать", P, "varvara"),
    ("Варя — [пришёл]!", Z, None),
    ("глядя на [него], мать", P, None),
    ("Человек [он] спокойный", P, None),
    ("в [своём] деле", P, None),
    ("бока [свои]", P, None),
    ("локти у [него] вздрагивали", P, None),
    ("руки [его] хотели", P, None),
    ("и [он] боролся", P, None),
    ("[Он] шагнул к", P, None),
    ("шагнул к [ней]", P, "varvara"),
    ("лицо у [неё] побелело", P, "varvara"),
    ("сузились, [она] быстро", P, "varvara"),
    ("с [себя] кофту", P, "varvara"),
    ("[Он] оскалил", P, None),
    ("грозя [ей] кулаком", P, "varvara"),
    ("отстранила [его] рукою", P, None),
    ("[Она] отворила", P, "varvara"),
    ("схватил [её] за подол", P, "varvara"),
    ("жалобно [заныл]", Z, None),
    ("махая на [неё] руками", P, "varvara"),
    ("курицу, [она] загоняла", P, "akulina"),
    ("загоняла [её] в дверь", P, "varvara"),
    ("Втолкнув [её] в комнату", P, "varvara"),
    ("комнату, [заперла] дверь", Z, "akulina"),
    ("поднимая [его], другой", P, None),
    ("[Посадила] его", Z, "akulina"),
    ("Посадила [его] на диван", P, None),
    ("диван, [он] шлёпнулся", P, None),
    ("пойду к [нему]", P, None),
    ("Говорила [она] тихо", P, "akulina"),
    ("прогудел [её] голос", P, "varvara"),
    ("в спину [ему]", P, None),
    ("[Он] запнулся", P, None),
    ("[Она] вырвала", P, "akulina"),
    ("И [ушла] в комнату", Z, "akulina"),
    ("как [они], рядом", P, None),
    ("хлопая [себя] руками", P, "akulina"),
    ("[Вытащила] из печи", Z, "akulina"),
    ("И — [заплакала]", Z, "akulina"),
    ("матерью; [она] швырнула", P, "akulina"),
    ("обняла [её], уговаривая", P, "akulina"),
]

DATES = []
EVENTS = []
