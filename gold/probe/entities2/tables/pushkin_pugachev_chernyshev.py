"""Pushkin, «История Пугачева», chapter 3: Chernyshev led into the rebels' camp by Padurov, Korf's
arrival, Reinsdorp's sally of 14 November, Kar leaves the army (corpus
pushkin_istoriya_pugacheva.txt, characters 95770–99367).

Annotated for entities only, by reading before any pipeline run (second entities probe, issue 11
item 4 and issue 12; ner12), against GUIDELINES.md section 2 and the decisions of 9.1, 9.16 and
9.31. Fortresses named by their adjective alone (`Переволоцкой`, `Чернореченскую`) are LOC
FACILITY, as `Татищеву`, `Рассыпной` in the earlier probes; `Ново-Московскую дорогу` keeps its
cue word (a road, as `Сызранскую дорогу` in 9.1); `урочище Маяке` is `Маяке` (the cue word
stands beside the name in apposition, as `рекой Чаганом`), `Сакмаре` (a river) LOCATION.
Ranks before a name are outside (`Капитан`, `бригадир`, `майор`); `Императрица` unnamed is no
entity; adjectives (`илецких`, `сакмарским`, `Пугачевского`, `Оренбургское`) are no entities.
"""
SOURCE = ("pushkin_istoriya_pugacheva.txt", 95770, 99367)
LAYERS = ("entities",)  # an entities probe: no mentions, dates or events annotated

# context, type, fine_type, normal, referent
ENTITIES = [
    ("ноября [Чернышев] выступил", "PER", None, "Чернышев", "chernyshev"),
    ("выступил из [Переволоцкой] и", "LOC", "FACILITY", "Переволоцкая", "perevolotskaya"),
    ("прибыл в [Чернореченскую]", "LOC", "FACILITY", "Чернореченская", "chernorechenskaya"),
    ("разбитии [Кара] и", "PER", None, "Кар", "kar"),
    ("показания [Чернышев] не", "PER", None, "Чернышев", "chernyshev"),
    ("из [Симбирска], где", "LOC", "CITY", "Симбирск", "simbirsk"),
    ("ли к [Переволоцкой] или", "LOC", "FACILITY", "Переволоцкая", "perevolotskaya"),
    ("спешить к [Оренбургу], куда", "LOC", "CITY", "Оренбург", "orenburg"),
    ("депутат(19) [Падуров]", "PER", None, "Падуров", "padurov"),
    ("уверил [Чернышева] в", "PER", None, "Чернышев", "chernyshev"),
    ("идти к [Оренбургу], вызываясь", "LOC", "CITY", "Оренбург", "orenburg"),
    ("[Чернышев] ему поверил", "PER", None, "Чернышев", "chernyshev"),
    ("выступил из [Чернореченской]", "LOC", "FACILITY", "Чернореченская", "chernorechenskaya"),
    ("[Падуров] вел его", "PER", None, "Падуров", "padurov"),
    ("караулы [Пугачева] далеки", "PER", None, "Пугачев", "pugachev"),
    ("вступить в [Оренбург]. Утром", "LOC", "CITY", "Оренбург", "orenburg"),
    ("Утром [Чернышев] пришел", "PER", None, "Чернышев", "chernyshev"),
    ("пришел к [Сакмаре] и", "LOC", "LOCATION", "Сакмара", "sakmara"),
    ("урочище [Маяке]", "LOC", "LOCATION", "Маяк", "mayak"),
    ("верстах от [Оренбурга]", "LOC", "CITY", "Оренбург", "orenburg"),
    ("Капитан [Ружевский]", "PER", None, "Ружевский", "ruzhevsky"),
    ("отправился в [Оренбург] и", "LOC", "CITY", "Оренбург", "orenburg"),
    ("о прибытии [Чернышева].\xa0–", "PER", None, "Чернышев", "chernyshev"),
    ("время в [Оренбурге] услышали", "LOC", "CITY", "Оренбург", "orenburg"),
    ("спустя [Рейнсдорп] получил", "PER", None, "Рейнсдорп", "reinsdorp"),
    ("весь отряд [Чернышева] взят", "PER", None, "Чернышев", "chernyshev"),
    ("в лагерь [Пугачева].\n", "PER", None, "Пугачев", "pugachev"),
    ("[Чернышев] был обманут", "PER", None, "Чернышев", "chernyshev"),
    ("обманут [Падуровым]", "PER", None, "Падуров", "padurov"),
    ("прямо к [Пугачеву]", "PER", None, "Пугачев", "pugachev"),
    ("[Пугачев] повесил", "PER", None, "Пугачев", "pugachev"),
    ("повесил [Чернышева]", "PER", None, "Чернышев", "chernyshev"),
    ("бригадир [Корф]", "PER", None, "Корф", "korf"),
    ("вступал в [Оренбург] с", "LOC", "CITY", "Оренбург", "orenburg"),
    ("[Пугачев] напал", "PER", None, "Пугачев", "pugachev"),
    ("ноября [Рейнсдорп], не", "PER", None, "Рейнсдорп", "reinsdorp"),
    ("несчастного [Чернышева], вздумал", "PER", None, "Чернышев", "chernyshev"),
    ("[Валленштерн] принужден", "PER", None, "Валленштерн", "wallenstern"),
    ("майор [Варнстед]", "PER", None, "Варнстед", "warnstedt"),
    ("отряженный [Каром]", "PER", None, "Кар", "kar"),
    ("на [Ново-Московскую дорогу]", "LOC", "FACILITY", "Ново-Московская дорога", "novomoskovskaya"),
    ("отрядом [Пугачева] и", "PER", None, "Пугачев", "pugachev"),
    ("взятии [Чернышева], Кар", "PER", None, "Чернышев", "chernyshev"),
    ("Чернышева, [Кар] совершенно", "PER", None, "Кар", "kar"),
    ("[Военной коллегии]", "ORG", None, "Военная коллегия", "war_college"),
    ("противу [Пугачева] и", "PER", None, "Пугачев", "pugachev"),
    ("попечение [Фрейману]", "PER", None, "Фрейман", "freiman"),
    ("уехал в [Москву]", "LOC", "CITY", "Москва", "moscow"),
    ("царствования [Александра]", "PER", None, "Александр", "alexander"),
]

MENTIONS = []
DATES = []
EVENTS = []
