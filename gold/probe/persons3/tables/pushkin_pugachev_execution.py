"""Pushkin, «История Пугачева», the close of chapter 8: Pugachev taken to Moscow, tried, executed.

Annotated by reading before any pipeline run; development probe, tuned on (issue 12, coref8).
Persons and pronoun/zero mentions only, against GUIDELINES.md 2, 8.2–8.3; doubts in 9.18.
One man named three ways (`Пугачев`, `Емелька Пугачев`, and through his pronouns across a long
run of sentences with no name), his companion `Перфильев`, and a list of the condemned. The
soldiers, children, executioners and the priest have no name: their mentions are null; so is
`им`/`их` of Pugachev and Perfiliev together (8.2: named separately).
"""
SOURCE = ("pushkin_istoriya_pugacheva.txt", 240257, 243895)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("Наконец [Пугачева] отправили", "PER", None, "Пугачев", "pugachev"),
    ("капитан [Галахов]", "PER", None, "Галахов", "galakhov"),
    ("капитан [Повало-Швейковский]", "PER", None, "Повало-Швейковский", "povalo"),
    ("вы видели [Пугачева]", "PER", None, "Пугачев", "pugachev"),
    ("[Пугачев] и Перфильев приговорены", "PER", None, "Пугачев", "pugachev"),
    ("Пугачев и [Перфильев] приговорены", "PER", None, "Перфильев", "perfiliev"),
    ("[Чика] –", "PER", None, "Чика", "chika"),
    ("[Шигаев], Падуров", "PER", None, "Шигаев", "shigaev"),
    ("Шигаев, [Падуров] и", "PER", None, "Падуров", "padurov"),
    ("Падуров и [Торнов]", "PER", None, "Торнов", "tornov"),
    ("Казнь [Пугачева]", "PER", None, "Пугачев", "pugachev"),
    ("сидел [Пугачев]", "PER", None, "Пугачев", "pugachev"),
    ("[Пугачев], пока", "PER", None, "Пугачев", "pugachev"),
    ("[Пугачев] и любимец", "PER", None, "Пугачев", "pugachev"),
    ("любимец его [Перфильев]", "PER", None, "Перфильев", "perfiliev"),
    ("казак, [Емелька Пугачев]?", "PER", None, "Емелька Пугачев", "pugachev"),
    ("станицы, [Емелька Пугачев]", "PER", None, "Емелька Пугачев", "pugachev"),
    ("сподвижник его [Перфильев]", "PER", None, "Перфильев", "perfiliev"),
    ("Тогда [Пугачев] сделал", "PER", None, "Пугачев", "pugachev"),
]

# context, kind, referent
MENTIONS = [
    ("участь [его]", P, "pugachev"),
    ("[Его] везли", P, "pugachev"),
    ("сопровождали [его]", P, "pugachev"),
    ("[Он] был в оковах", P, "pugachev"),
    ("кормили [его]", P, "pugachev"),
    ("из [своих] рук", P, None),
    ("детям, [которые]", P, None),
    ("около [его] кибитки", P, "pugachev"),
    ("о [его] смелых", P, "pugachev"),
    ("дорогу [он] был", P, "pugachev"),
    ("встречен [он] был", P, "pugachev"),
    ("ожидавшим [его]", P, "pugachev"),
    ("[Он] был посажен", P, "pugachev"),
    ("от [его] огненного", P, "pugachev"),
    ("судом [он] оказал", P, "pugachev"),
    ("приготовить [его]", P, "pugachev"),
    ("Пугачева и [его] сообщников", P, "pugachev"),
    ("насупротив [его]", P, "pugachev"),
    ("пока [его] везли", P, "pugachev"),
    ("любимец [его] Перфильев", P, "pugachev"),
    ("где [он] родился", P, "pugachev"),
    ("спрашивал [его]", P, "pugachev"),
    ("[Он] столь же", P, "pugachev"),
    ("манифеста, [он], глядя", P, "pugachev"),
    ("сподвижник [его] Перфильев", P, "pugachev"),
    ("сказал [им]", P, None),
    ("благословил [их]", P, None),
    ("за [ним]", P, None),
    ("народом; [кланялся]", Z, "pugachev"),
    ("раздевать [его]", P, "pugachev"),
    ("[сорвали]", Z, None),
    ("Тогда [он] сплеснул", P, "pugachev"),
]

DATES = []
EVENTS = []
