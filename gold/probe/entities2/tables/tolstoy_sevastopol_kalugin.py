"""Tolstoy, «Севастополь в мае», the close of chapter 4 and chapter 5: the staff-captain in the
lodgement; Galtsin, Neferdov, Pest and Praskukhin at tea with Kalugin (corpus
tolstoy_sevastopol_1855_05.txt, characters 23113–26893).

Annotated for entities only, by reading before any pipeline run (second entities probe, issue 11
item 4 and issue 12; ner12), against GUIDELINES.md section 2 and the decisions of 9.3, 9.16 and
9.31. Ranks and titles are outside (`Князь Гальцин` → `Гальцин`, `юнкер барон Пест` → `Пест`,
9.3); `Ваську Менделя` is one span. `Богу` is no entity (9.2); `князю` alone is a description.
The garbled French `P[etersbour]g` (editorial brackets inside a Latin-script word) is left out:
the table format cannot bracket a span that holds brackets, so it is a known gap (9.31); its
bracketed translation `в Петербурге` is annotated, and `в Петербурге` later in the chapter.
"""
SOURCE = ("tolstoy_sevastopol_1855_05.txt", 23113, 26893)
LAYERS = ("entities",)  # an entities probe: no mentions, dates or events annotated

# context, type, fine_type, normal, referent
ENTITIES = [
    ("Князь [Гальцин], подполковник", "PER", None, "Гальцин", "galtsin"),
    ("подполковник [Нефердов]", "PER", None, "Нефердов", "neferdov"),
    ("барон [Пест]", "PER", None, "Пест", "pest"),
    ("и [Праскухин], которого", "PER", None, "Праскухин", "praskukhin"),
    ("чай к [Калугину]", "PER", None, "Калугин", "kalugin"),
    ("про [Ваську Менделя]", "PER", None, "Васька Мендель", "mendel"),
    ("говорил [Калугин], сняв", "PER", None, "Калугин", "kalugin"),
    ("говорили в [Петербурге]", "LOC", "CITY", "Петербург", "petersburg"),
    ("смеясь, князь [Гальцин], вскакивая", "PER", None, "Гальцин", "galtsin"),
    ("подле [Калугина]", "PER", None, "Калугин", "kalugin"),
    ("не только князь [Гальцин]", "PER", None, "Гальцин", "galtsin"),
    ("особенно [Калугин] и", "PER", None, "Калугин", "kalugin"),
    ("Калугин и князь [Гальцин], очень", "PER", None, "Гальцин", "galtsin"),
    ("Что [Маслоцкий]?", "PER", None, "Маслоцкий", "maslotsky"),
    ("Потом князь [Гальцин] сел", "PER", None, "Гальцин", "galtsin"),
    ("[Праскухин], хотя", "PER", None, "Праскухин", "praskukhin"),
    ("князю, -- сказал [Калугин].", "PER", None, "Калугин", "kalugin"),
    ("сказал [Гальцин], взяв", "PER", None, "Гальцин", "galtsin"),
    ("иметь в [Петербурге]", "LOC", "CITY", "Петербург", "petersburg"),
    ("сказал [Калугин], -- которые", "PER", None, "Калугин", "kalugin"),
    ("сказал [Гальцин], -- чтобы", "PER", None, "Гальцин", "galtsin"),
    ("сказал [Праскухин].", "PER", None, "Праскухин", "praskukhin"),
]

MENTIONS = []
DATES = []
EVENTS = []
