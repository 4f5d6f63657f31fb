"""Tolstoy, «Война и мир», volume 2, part 4, chapters I-II: the countess's letter, Nikolai Rostov takes leave from his regiment, the road home, Sonya, Petya and Natasha at Otradnoe.

Annotated by reading before any pipeline run; development probe (issue 12, coref13).
Persons and pronoun/zero mentions only, against GUIDELINES.md 2, 8.2-8.3; doubts in 9.33.
Named: `Николай` (also `Ростов`: one man; the passage opens with his `он` before the name),
`Митинька`, `Лаврушка`, `Денисов`, `Голуховский` (`графу Голуховскому`: the title outside),
`Пшаздецкая`, `Боржозовская`, `Басов`, `Дожойвейка`, `Соня`, `Петя`, `Наташа`, `Андрей`
(`князем Андреем`), `Борис`. The count and the countess (`графа`, `графиня`, `Она писала`, `все его
обманывают`) have no name in the passage: null. `серого Марса` is a horse, `Анну` the order of
St Anne: no persons. `которых польский граф торговал` are horses: no mention. The uhlans'
`своей панне` and the parents' `они`, `в них` are groups of persons: null. `Ростова положили в
сани и проводили` is taken as an indefinite plural, no mention (doubt in 9.33). A subordinate
clause's unwritten subject (`что подает в отпуск`, `что продаст`) is a zero mention (9.24); so
is `дал` after a semicolon (9.18). Natasha's `подурнела?` is her own first person: no mention.
"""
SOURCE = ("../war_and_peace/tom2.txt", 480068, 484241)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("ежели [Николай] не приедет", "PER", None, "Николай", "nikolai"),
    ("вверился [Митиньке]", "PER", None, "Митинька", "mitinka"),
    ("подействовало на [Николая]", "PER", None, "Николай", "nikolai"),
    ("объявил [Лаврушке]", "PER", None, "Лаврушка", "lavrushka"),
    ("(лакей [Денисова]", "PER", None, "Денисов", "denisov"),
    ("остался у [Ростова])", "PER", None, "Ростов", "nikolai"),
    ("графу [Голуховскому]", "PER", None, "Голуховский", "golukhovsky"),
    ("и которых [Ростов] на пари", "PER", None, "Ростов", "nikolai"),
    ("панне [Пшаздецкой]", "PER", None, "Пшаздецкая", "pshazdetskaya"),
    ("панне [Боржозовской]", "PER", None, "Боржозовская", "borzhozovskaya"),
    ("дали обед [Ростову]", "PER", None, "Ростов", "nikolai"),
    ("песенников; [Ростов] плясал", "PER", None, "Ростов", "nikolai"),
    ("майором [Басовым]", "PER", None, "Басов", "basov"),
    ("уронили [Ростова]", "PER", None, "Ростов", "nikolai"),
    ("Потом [Ростова] положили", "PER", None, "Ростов", "nikolai"),
    ("все мысли [Ростова]", "PER", None, "Ростов", "nikolai"),
    ("вахмистра [Дожойвейку]", "PER", None, "Дожойвейка", "dozhoyveyka"),
    ("[Николай] стал вживаться", "PER", None, "Николай", "nikolai"),
    ("как скоро узнал [Николай]", "PER", None, "Николай", "nikolai"),
    ("[Соне] был уже", "PER", None, "Соня", "sonya"),
    ("как приехал [Николай]", "PER", None, "Николай", "nikolai"),
    ("[Петя] и Наташа больше", "PER", None, "Петя", "petya"),
    ("Петя и [Наташа] больше", "PER", None, "Наташа", "natasha"),
    ("удивили [Николая]", "PER", None, "Николай", "nikolai"),
    ("[Петя] был уже большой", "PER", None, "Петя", "petya"),
    ("На [Наташу] Николай", "PER", None, "Наташа", "natasha"),
    ("На Наташу [Николай] долго", "PER", None, "Николай", "nikolai"),
    ("радостно говорила [Наташа]", "PER", None, "Наташа", "natasha"),
    ("[Наташа] рассказала", "PER", None, "Наташа", "natasha"),
    ("с князем [Андреем]", "PER", None, "Андрей", "andrey"),
    ("спрашивала [Наташа]", "PER", None, "Наташа", "natasha"),
    ("отвечал [Николай]", "PER", None, "Николай", "nikolai"),
    ("отвечала [Наташа]", "PER", None, "Наташа", "natasha"),
    ("влюблена в [Бориса]", "PER", None, "Борис", "boris"),
    ("в [Денисова], но", "PER", None, "Денисов", "denisov"),
]

# context, kind, referent
MENTIONS = [
    ("того же года [он] получил", P, "nikolai"),
    ("убедило [его] ехать", P, "nikolai"),
    ("[Она] писала, что", P, None),
    ("так все [его] обманывают", P, None),
    ("У [него] был тот", P, "nikolai"),
    ("показывал [ему]", P, "nikolai"),
    ("ехать, [он] не знал", P, "nikolai"),
    ("после обеда, [он] велел", P, "nikolai"),
    ("что [подает] в отпуск", Z, "nikolai"),
    ("странно было [ему] думать", P, "nikolai"),
    ("думать, что [он] уедет", P, "nikolai"),
    ("(чтó [ему] особенно", P, "nikolai"),
    ("произведен ли [он] будет", P, "nikolai"),
    ("что [он] так и уедет", P, "nikolai"),
    ("торговал у [него]", P, "nikolai"),
    ("что [продаст] за две", Z, "nikolai"),
    ("что без [него] будет", P, "nikolai"),
    ("бал [своей] панне", P, None),
    ("[он] знал, что надо", P, "nikolai"),
    ("качали [его], и кричали", P, "nikolai"),
    ("половину, [он] уже начал", P, "nikolai"),
    ("саврасых, [своего] вахмистра", P, "nikolai"),
    ("спрашивать [себя]", P, "nikolai"),
    ("как [он] найдет", P, "nikolai"),
    ("ближе [он] подъезжал", P, "nikolai"),
    ("расстояний), [он] думал", P, "nikolai"),
    ("о [своем] доме", P, "nikolai"),
    ("станции, [дал] ямщику", Z, "nikolai"),
    ("вживаться в [свой]", P, "nikolai"),
    ("те же, [они] только", P, None),
    ("Новое в [них]", P, None),
    ("[Она] уже остановилась", P, "sonya"),
    ("в [ней] было", P, "sonya"),
    ("[Она] вся дышала", P, "sonya"),
    ("действовала на [него]", P, "nikolai"),
    ("у [которого] уже ломался", P, "petya"),
    ("глядя на [нее]", P, "natasha"),
    ("говорил [он].", P, "nikolai"),
    ("сказал [он] ей", P, "nikolai"),
    ("сказал он [ей] шопотом", P, "natasha"),
    ("рассказала [ему]", P, "nikolai"),
    ("рассказала ему [свой]", P, "natasha"),
    ("Андреем, [его] приезд", P, "andrey"),
    ("показала [его] последнее", P, "andrey"),
    ("[Он] отличный человек", P, "andrey"),
    ("лучше [его] не бывает", P, "andrey"),
]

DATES = []
EVENTS = []
