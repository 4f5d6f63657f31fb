"""Tolstoy, «Севастополь в мае», the close of chapter 5 and chapter 6: Kalugin rides to the bastion, Galtsin walks the street; Nikita, the old sailor's wife and her girl on the porch; the junker's guests.

Annotated by reading before any pipeline run; development probe (issue 12, coref11).
Persons and pronoun/zero mentions only, against GUIDELINES.md 2, 8.2–8.3; doubts in 9.24.
Named: `Калугин`, `Гальцин`, `Никита`, `Аринка`, the junker `Жвадческий` (spelt `Жвадчевский`
at the end: one man, one cluster), `Угрович`, `Непшитшетский`. The old woman, her daughter and
Nikita's master (the staff captain, not named here) have no name: their mentions are null.
Nikita's `своего`, `собой` have his own `я` as subject: no mentions (9.12). `Господи, Мати
Пресвятыя Богородицы` is an invocation, no person (as God, 9.12).
"""
SOURCE = ("tolstoy_sevastopol_1855_05.txt", 32368, 36080)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("минут [Калугин]", "PER", None, "Калугин", "kalugin"),
    ("князь [Гальцин]", "PER", None, "Гальцин", "galtsin"),
    ("знакомый нам [Никита]", "PER", None, "Никита", "nikita"),
    ("тетиньке [Аринке]", "PER", None, "Аринка", "arinka"),
    ("сказал [Никита] нараспев", "PER", None, "Никита", "nikita"),
    ("заключил [Никита]", "PER", None, "Никита", "nikita"),
    ("юнкер [Жвадческий]", "PER", None, "Жвадческий", "zhvadchesky"),
    ("подпоручика [Угровича]", "PER", None, "Угрович", "ugrovich"),
    ("поручика [Непшитшетского]", "PER", None, "Непшитшетский", "nepshitshetsky"),
    ("словами [Никиты]", "PER", None, "Никита", "nikita"),
    ("поручик [Непшитшетский]", "PER", None, "Непшитшетский", "nepshitshetsky"),
    ("юнкер [Жвадчевский]", "PER", None, "Жвадчевский", "zhvadchesky"),
]

# context, kind, referent
MENTIONS = [
    ("с [которой] он", P, None),
    ("с которой [он]", P, "nikita"),
    ("дочь [ее]", P, None),
    ("в [себя] и вздыхая", P, None),
    ("[Он] меня бьеть", P, None),
    ("я [его] ужасно", P, None),
    ("убьют [его]", P, None),
    ("с [евтими]", P, None),
    ("к [себе] на кутеж", P, "zhvadchesky"),
    ("[того] самого", P, "nepshitshetsky"),
    ("[которому] надо", P, "nepshitshetsky"),
    ("и [который] был", P, "nepshitshetsky"),
    ("У [кого] были", P, None),
    ("так [повыехали]", Z, None),
    ("Крест [ей]", P, None),
    ("юнкер, [который]", P, "zhvadchesky"),
    ("трепля [ее]", P, None),
    ("прибавил [он]", P, "nepshitshetsky"),
]

DATES = []
EVENTS = []
