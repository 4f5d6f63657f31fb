"""Pushkin, «История Пугачева», chapter 4: Khlopusha takes Ilyinskaya, Pugachev and Khlopusha at Verkhne-Ozernaya, Major Zaev retakes Ilyinskaya and falls, the prisoners.

Annotated by reading before any pipeline run; development probe (issue 12, coref11).
Persons and pronoun/zero mentions only, against GUIDELINES.md 2, 8.2–8.3; doubts in 9.24.
Plain chronicle narration: `Хлопуша`, `Пугачев`, `Заев` carried by `он`, `его`, `ему`; the
captive officers named in pairs; `Петр III` is the pretender's assumed name, in the cluster of
the real person it names (8.3). Rebels, soldiers, the three companies, the inhabitants, the
Cossacks have no names: their mentions are null; so is `Они` of two men named separately (8.2).
Korf's wife has no name: her `ее` is null. `ее`/`ней` of a fortress are no persons.
"""
SOURCE = ("pushkin_istoriya_pugacheva.txt", 107850, 111552)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("[Хлопуша] взял", "PER", None, "Хлопуша", "khlopusha"),
    ("поручика [Лопатина]", "PER", None, "Лопатин", "lopatin"),
    ("подполковник [Демарин]", "PER", None, "Демарин", "demarin"),
    ("Узнав о том, [Пугачев]", "PER", None, "Пугачев", "pugachev"),
    ("на помощь [Хлопуше]", "PER", None, "Хлопуша", "khlopusha"),
    ("Вечером [Пугачев]", "PER", None, "Пугачев", "pugachev"),
    ("генерал-майором [Станиславским]", "PER", None, "Станиславский", "stanislavsky"),
    ("Майор [Заев]", "PER", None, "Заев", "zaev"),
    ("оставленная [Хлопушею]", "PER", None, "Хлопуша", "khlopusha"),
    ("[Заев] наскоро", "PER", None, "Заев", "zaev"),
    ("в сумерки [Пугачев]", "PER", None, "Пугачев", "pugachev"),
    ("самого [Пугачева]", "PER", None, "Пугачев", "pugachev"),
    ("но [Заев] не согласился", "PER", None, "Заев", "zaev"),
    ("29-го [Пугачев]", "PER", None, "Пугачев", "pugachev"),
    ("[Заев] поспешил", "PER", None, "Заев", "zaev"),
    ("[Заев], почти все", "PER", None, "Заев", "zaev"),
    ("[Пугачев], в красном", "PER", None, "Пугачев", "pugachev"),
    ("в сопровождении [Хлопуши]", "PER", None, "Хлопуша", "khlopusha"),
    ("ваш государь [Петр III]", "PER", None, "Петр III", "peter3"),
    ("капитана [Камешкова]", "PER", None, "Камешков", "kameshkov"),
    ("прапорщика [Воронова]", "PER", None, "Воронов", "voronov"),
    ("императрица [Екатерина Алексеевна]", "PER", None, "Екатерина Алексеевна", "catherine"),
    ("цесаревич [Павел Петрович]", "PER", None, "Павел Петрович", "paul"),
    ("капитана [Башарина]", "PER", None, "Башарин", "basharin"),
    ("[Пугачев], не сказав", "PER", None, "Пугачев", "pugachev"),
    ("От Ильинской [Пугачев]", "PER", None, "Пугачев", "pugachev"),
    ("бригадира [Корфа]", "PER", None, "Корф", "korf"),
]

# context, kind, referent
MENTIONS = [
    ("но [пощадил]", Z, "khlopusha"),
    ("[Он] пошел на Верхне", P, "khlopusha"),
    ("отразил [его] нападение", P, "khlopusha"),
    ("соединясь с [ним]", P, "khlopusha"),
    ("Тут узнал [он]", P, "pugachev"),
    ("[Он] пошел пресечь", P, "pugachev"),
    ("пресечь [им] дорогу", P, None),
    ("не была [им] выжжена", P, "khlopusha"),
    ("Между [ими]", P, None),
    ("бывшие в [его] отряде", P, "zaev"),
    ("также [учредил]", Z, "zaev"),
    ("По [них] выстрелили", P, None),
    ("[Их] отогнали", P, None),
    ("опасаясь от [них]", P, None),
    ("сказал [он] им", P, "zaev"),
    ("сказал он [им]", P, None),
    ("[Он] кинулся", P, "pugachev"),
    ("При [его] появлении", P, "pugachev"),
    ("[Он] сказал им", P, "pugachev"),
    ("Он сказал [им]", P, None),
    ("Потом [велел] оборотить", Z, "pugachev"),
    ("[Ему] представили", P, "pugachev"),
    ("[Они] тут же", P, None),
    ("не сказав уже [ему]", P, "basharin"),
    ("вешать и [его]", P, "basharin"),
    ("стали за [него]", P, "basharin"),
    ("Коли [он] был", P, "basharin"),
    ("то я [его] прощаю", P, "basharin"),
    ("И [велел] его", Z, "pugachev"),
    ("И велел [его]", P, "basharin"),
    ("зачем [они] тотчас", P, None),
    ("[они] отвечали", P, None),
    ("что [боялись]", Z, None),
    ("[Ему] непременно", P, "pugachev"),
    ("[Он] грозился", P, "pugachev"),
    ("грозился [ее]", P, None),
    ("на [ее] мужа", P, None),
    ("мужа, [который]", P, "korf"),
    ("обмануть [его]", P, "pugachev"),
]

DATES = []
EVENTS = []
