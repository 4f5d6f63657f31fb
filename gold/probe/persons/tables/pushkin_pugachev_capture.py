"""Pushkin, «История Пугачева», chapter 8 (after the evaluated chapter 2): Pugachev handed over.

Annotated by reading before any pipeline run; development probe, tuned on (issue 12, coref6).
Persons and pronoun/zero mentions only, against GUIDELINES.md 2, 8.2–8.3; doubts in 9.12.
The Cossacks who hand Pugachev over are a group with no name of its own: their pronouns and zero
subjects are mentions with cluster null (8.2).
"""
SOURCE = ("pushkin_istoriya_pugacheva.txt", 234580, 238241)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("[Пугачев] скитался", "PER", None, "Пугачев", "pugachev"),
    ("[Меллин] и Муфель", "PER", None, "Меллин", "mellin"),
    ("Меллин и [Муфель]", "PER", None, "Муфель", "mufel"),
    ("князь [Голицын]", "PER", None, "Голицын", "golitsyn"),
    ("и [Мансуров] преграждали", "PER", None, "Мансуров", "mansurov"),
    ("[Дундуков] с своими", "PER", None, "Дундуков", "dundukov"),
    ("[Пугачев] не имел средств", "PER", None, "Пугачев", "pugachev"),
    ("[Пугачев] хотел идти", "PER", None, "Пугачев", "pugachev"),
    ("ставке [Пугачева]", "PER", None, "Пугачев", "pugachev"),
    ("[Пугачев] сидел один", "PER", None, "Пугачев", "pugachev"),
    ("[Пугачев] начал опять", "PER", None, "Пугачев", "pugachev"),
    ("сказал [Пугачев],\u00a0–", "PER", None, "Пугачев", "pugachev"),
    ("[Пугачев] успел", "PER", None, "Пугачев", "pugachev"),
    ("сказал [Пугачев] и", "PER", None, "Пугачев", "pugachev"),
    ("казака [Творогова]", "PER", None, "Творогов", "tvorogov"),
    ("[Творогов] хотел", "PER", None, "Творогов", "tvorogov"),
    ("[Пугачев] не дался", "PER", None, "Пугачев", "pugachev"),
    ("[Пугачев] им угрожал", "PER", None, "Пугачев", "pugachev"),
    ("Казак [Харчев]", "PER", None, "Харчев", "kharchev"),
    ("сержант [Бардовский]", "PER", None, "Бардовский", "bardovsky"),
    ("приняли [Пугачева]", "PER", None, "Пугачев", "pugachev"),
    ("поручику [Маврину]", "PER", None, "Маврин", "mavrin"),
    ("[Маврин] допросил", "PER", None, "Маврин", "mavrin"),
    ("[Пугачев] с первого", "PER", None, "Пугачев", "pugachev"),
    ("[Маврин] вывел", "PER", None, "Маврин", "mavrin"),
    ("вывел [Пугачева]", "PER", None, "Пугачев", "pugachev"),
    ("[Пугачев] громко", "PER", None, "Пугачев", "pugachev"),
    ("[Суворов] между тем", "PER", None, "Суворов", "suvorov"),
    ("что [Пугачев] был связан", "PER", None, "Пугачев", "pugachev"),
    ("[Суворов] поспешил", "PER", None, "Суворов", "suvorov"),
    ("[Суворов] на них", "PER", None, "Суворов", "suvorov"),
    ("адъютанта [Максимовича]", "PER", None, "Максимович", "maksimovich"),
    ("[Симонов] сдал", "PER", None, "Симонов", "simonov"),
    ("сдал ему [Пугачева]", "PER", None, "Пугачев", "pugachev"),
    ("[Суворов] с любопытством", "PER", None, "Суворов", "suvorov"),
    ("граф [Панин]", "PER", None, "Панин", "panin"),
]

# context, kind, referent
MENTIONS = [
    ("окружали [его];", P, "pugachev"),
    ("отрезывали [ему] дорогу", P, "pugachev"),
    ("шел [ему] навстречу", P, "pugachev"),
    ("преграждали [его] от", P, "pugachev"),
    ("с [своими] калмыками", P, "dundukov"),
    ("сетей, [его] стесняющих", P, "pugachev"),
    ("[Его] сообщники", P, "pugachev"),
    ("выдать [его] правительству", P, "pugachev"),
    ("что [хотят] взять", Z, None),
    ("повезли [его] на Узени", P, "pugachev"),
    ("14 сентября [они] прибыли", P, None),
    ("Оружие [его] висело", P, "pugachev"),
    ("казаков, [он] поднял", P, "pugachev"),
    ("чего [им] надобно", P, None),
    ("[Они] стали говорить", P, None),
    ("о [своем] отчаянном", P, None),
    ("загородить [его] от", P, "pugachev"),
    ("опять [их] уговаривать", P, None),
    ("что [они] долго ездили", P, None),
    ("ездили за [ним]", P, "pugachev"),
    ("уже [ему] пора", P, "pugachev"),
    ("ехать за [ними]", P, None),
    ("изменить [своему] государю", P, None),
    ("вдруг на [него] кинулись", P, "pugachev"),
    ("от [них] отбиться", P, None),
    ("[Они] отступили", P, None),
    ("подозвав [своего] любимца", P, "pugachev"),
    ("протянул [ему] свои", P, "tvorogov"),
    ("протянул ему [свои] руки", P, "pugachev"),
    ("хотел [ему] окрутить", P, "pugachev"),
    ("говорил [он] гневно", P, "pugachev"),
    ("посадили [его] верхом", P, "pugachev"),
    ("Пугачев [им] угрожал", P, None),
    ("нашел [он] способ", P, "pugachev"),
    ("уже [его] не слушал", P, "pugachev"),
    ("высланы были к [ним]", P, None),
    ("посадили [его] в колодку", P, "pugachev"),
    ("открылся [ему]", P, "mavrin"),
    ("сказал [он],\u00a0–", P, "pugachev"),
    ("показал [его] народу", P, "pugachev"),
    ("Все узнали [его]", P, "pugachev"),
    ("стал [их] уличать", P, None),
    ("связан [его] сообщниками", P, "pugachev"),
    ("что [они] повезли", P, None),
    ("повезли [его] к Яицкому", P, "pugachev"),
    ("сбился [он] с дороги", P, "suvorov"),
    ("Суворов на [них]", P, None),
    ("несколько человек и между ими [своего]", P, "suvorov"),
    ("прибыл [он] в Яицкий", P, "suvorov"),
    ("сдал [ему] Пугачева", P, "suvorov"),
    ("о [его] военных", P, "pugachev"),
    ("повез [его] в Симбирск", P, "pugachev"),
]

DATES = []
EVENTS = []
