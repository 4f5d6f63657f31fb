"""Pushkin, «История Пугачева», chapter 5: Michelson's march on Ufa, the fight at Chesnokovka, the Ilek fortresses abandoned, Mansurov, the siege of the Yaik fortress.

Annotated by reading before any pipeline run; development probe (issue 12, coref9).
Persons and pronoun/zero mentions only, against GUIDELINES.md 2, 8.2–8.3; doubts in 9.20.
Plain chronicle narration: one commander (`Михельсон`) carried across many sentences by `он`,
`его`, `свой`; his major `Харин`; the rebels' leaders named in pairs and lists. Rebels, crowds,
the cavalry, the ski troops, the fugitives, the wives and mothers have no names: their mentions
are null; so are `они`/`них` of two men named separately (8.2). `Их` of the fortresses, `ними`
of the bodies of the dead are no persons; the indefinite `открыли огонь` is no mention.
"""
SOURCE = ("pushkin_istoriya_pugacheva.txt", 160820, 165021)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("[Михельсон], с своей", "PER", None, "Михельсон", "michelson"),
    ("было [Чикою]", "PER", None, "Чика", "chika"),
    ("[Михельсон], оставя", "PER", None, "Михельсон", "michelson"),
    ("где стоял [Чика]", "PER", None, "Чика", "chika"),
    ("Майор [Харин]", "PER", None, "Харин", "kharin"),
    ("и [Михельсон] двинулся", "PER", None, "Михельсон", "michelson"),
    ("тыл [Михельсона],", "PER", None, "Михельсон", "michelson"),
    ("Наконец [Михельсон]", "PER", None, "Михельсон", "michelson"),
    ("[Харин], рубя", "PER", None, "Харин", "kharin"),
    ("где [Харин] встретил", "PER", None, "Харин", "kharin"),
    ("в тыл [Михельсону]", "PER", None, "Михельсон", "michelson"),
    ("[Михельсон] повесил", "PER", None, "Михельсон", "michelson"),
    ("[Михельсон], нигде", "PER", None, "Михельсон", "michelson"),
    ("прискакали [Ульянов]", "PER", None, "Ульянов", "ulyanov"),
    ("Ульянов и [Чика]", "PER", None, "Чика", "chika"),
    ("того [Михельсон] учредил", "PER", None, "Михельсон", "michelson"),
    ("успехов [Пугачева]", "PER", None, "Пугачев", "pugachev"),
    ("[Чулошников] и", "PER", None, "Чулошников", "chuloshnikov"),
    ("и [Кизилбашин]", "PER", None, "Кизилбашин", "kizilbashin"),
    ("гусарами [Хорвата]", "PER", None, "Хорват", "khorvat"),
    ("мой [Степушка]", "PER", None, "Степушка", "stepushka"),
    ("[Мансуров] 6 и 7", "PER", None, "Мансуров", "mansurov"),
    ("[Овчинников], Перфильев", "PER", None, "Овчинников", "ovchinnikov"),
    ("[Перфильев] и Дегтерев", "PER", None, "Перфильев", "perfiliev"),
    ("и [Дегтерев]", "PER", None, "Дегтерев", "degterev"),
    ("[Бедряга] и", "PER", None, "Бедряга", "bedryaga"),
    ("и [Бородин]", "PER", None, "Бородин", "borodin"),
    ("[Мансуров] немедленно", "PER", None, "Мансуров", "mansurov"),
    ("Отсутствие [Пугачева]", "PER", None, "Пугачев", "pugachev"),
]

# context, kind, referent
MENTIONS = [
    ("Михельсон, с [своей] стороны", P, "michelson"),
    ("над [своим] отрядом", P, "michelson"),
    ("[он] тотчас", P, "michelson"),
    ("Противу [него]", P, "michelson"),
    ("пушками, [которые]", P, None),
    ("ожидали [его]", P, "michelson"),
    ("оставя [их]", P, None),
    ("у [себя] в тылу", P, "michelson"),
    ("Тут [он] был", P, "michelson"),
    ("разбил [их]", P, None),
    ("Обоз [его]", P, "michelson"),
    ("[Они] прикрывали", P, None),
    ("встретил [он] мятежников", P, "michelson"),
    ("Часть [их]", P, None),
    ("окружить [его]", P, "michelson"),
    ("прямо [ему]", P, "michelson"),
    ("идущую к [ним]", P, None),
    ("все [свои] силы", P, "michelson"),
    ("велел [своей]", P, "michelson"),
    ("рубя [их]", P, None),
    ("вместе с [ними]", P, None),
    ("шедшая к [ним]", P, None),
    ("встретил [ее]", P, None),
    ("от [него] обоз", P, "michelson"),
    ("[Они] разбежались", P, None),
    ("Там [они] были", P, None),
    ("победителю, [который]", P, "michelson"),
    ("отослал [их]", P, None),
    ("до [них] достигла", P, None),
    ("[Они] наскоро", P, None),
    ("перевязывали [свои]", P, None),
    ("узнать между ними [своих]", P, None),
    ("на [него] напали", P, "mansurov"),
    ("Бородин [их]", P, None),
    ("продолжали [свои]", P, None),
    ("[Они] намерены", P, None),
    ("с [своей] стороны, принуждены", P, None),
    ("аршин; [перегораживали]", Z, None),
]

DATES = []
EVENTS = []
