"""Tolstoy, «Война и мир», volume 3, part 2, chapter XXXV: Kutuzov at Gorki during Borodino, the news of Bagration's wound, the prince of Württemberg, Shcherbinin, Wolzogen's report from Barclay.

Annotated by reading before any pipeline run; development probe (issue 12, coref13).
Persons and pronoun/zero mentions only, against GUIDELINES.md 2, 8.2-8.3; doubts in 9.33.
Named: `Кутузов`, `Багратион` (also `князю Петру Ивановичу`: one man, the wounded prince the
adjutant is sent to), the prince of Württemberg (`принцу Виртембергскому`, the house's name used as
his name: PER `Виртембергскому`, doubt in 9.33; `принца`, `принц` alone are titles, no mentions,
but his pronouns take that cluster), `Дохтуров`, `Мюрат`, `Щербинин`, `Ермолов`, `Наполеон`,
`Уваров`, `Вольцоген`, `Андрей` (`князя Андрея`), `Барклай` (`Барклай де Толли` one span). The
adjutants have no name. `тот самый, который` stands alone for Wolzogen (as 9.24). `в своем
кругу немцы` and the troops' `они бегут`, `остановить их` are groups of persons: null; so is `на
тех, которые стояли` (the persons around Kutuzov: `которые` null; `тех` taken as the elided
`лицах`, no mention; doubt in 9.33). `привезли`, `подали`, `что ему говорили` are indefinite
plurals: no mention. Wolzogen's `себя` with his own `я` is no mention.
"""
SOURCE = ("../war_and_peace/tom3.txt", 505399, 509348)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("выражение лица [Кутузова]", "PER", None, "Кутузов", "kutuzov"),
    ("князь [Багратион] ранен", "PER", None, "Багратион", "bagration"),
    ("[Кутузов] ахнул", "PER", None, "Кутузов", "kutuzov"),
    ("к князю [Петру Ивановичу]", "PER", None, "Петр Иванович", "bagration"),
    ("принцу [Виртембергскому]", "PER", None, "Виртембергский", "wurttemberg"),
    ("[Кутузов] поморщился", "PER", None, "Кутузов", "kutuzov"),
    ("послал [Дохтурову]", "PER", None, "Дохтуров", "dokhturov"),
    ("в плен [Мюрата]", "PER", None, "Мюрат", "murat"),
    ("поздравляли [Кутузова]", "PER", None, "Кутузов", "kutuzov"),
    ("в пленении [Мюрата]", "PER", None, "Мюрат", "murat"),
    ("прискакал [Щербинин]", "PER", None, "Щербинин", "shcherbinin"),
    ("Семеновского, [Кутузов], по", "PER", None, "Кутузов", "kutuzov"),
    ("по лицу [Щербинина]", "PER", None, "Щербинин", "shcherbinin"),
    ("под руку [Щербинина]", "PER", None, "Щербинин", "shcherbinin"),
    ("он [Ермолову]", "PER", None, "Ермолов", "ermolov"),
    ("[Кутузов] был в Горках", "PER", None, "Кутузов", "kutuzov"),
    ("Направленная [Наполеоном]", "PER", None, "Наполеон", "napoleon"),
    ("кавалерия [Уварова]", "PER", None, "Уваров", "uvarov"),
    ("вокруг него, [Кутузов] читал", "PER", None, "Кутузов", "kutuzov"),
    ("[Кутузов] был доволен", "PER", None, "Кутузов", "kutuzov"),
    ("Флигель-адъютант [Вольцоген]", "PER", None, "Вольцоген", "wolzogen"),
    ("мимо князя [Андрея]", "PER", None, "Андрей", "andrey"),
    ("так ненавидел [Багратион]", "PER", None, "Багратион", "bagration"),
    ("обеда подъехал к [Кутузову]", "PER", None, "Кутузов", "kutuzov"),
    ("[Вольцоген] приехал", "PER", None, "Вольцоген", "wolzogen"),
    ("от [Барклая]", "PER", None, "Барклай", "barclay"),
    ("Благоразумный [Барклай де Толли]", "PER", None, "Барклай де Толли", "barclay"),
    ("[Кутузов] с трудом", "PER", None, "Кутузов", "kutuzov"),
    ("взглянул на [Вольцогена]", "PER", None, "Вольцоген", "wolzogen"),
    ("[Вольцоген], небрежно", "PER", None, "Вольцоген", "wolzogen"),
    ("подошел к [Кутузову]", "PER", None, "Кутузов", "kutuzov"),
    ("[Вольцоген] обращался", "PER", None, "Вольцоген", "wolzogen"),
    ("называли [Кутузова]", "PER", None, "Кутузов", "kutuzov"),
    ("подумал [Вольцоген]", "PER", None, "Вольцоген", "wolzogen"),
    ("перед [Кутузовым]", "PER", None, "Кутузов", "kutuzov"),
    ("приказал ему [Барклай]", "PER", None, "Барклай", "barclay"),
    ("[Кутузов], остановившись", "PER", None, "Кутузов", "kutuzov"),
    ("уставился на [Вольцогена]", "PER", None, "Вольцоген", "wolzogen"),
    ("[Вольцоген], заметив", "PER", None, "Вольцоген", "wolzogen"),
]

# context, kind, referent
MENTIONS = [
    ("утра [ему] привезли", P, "kutuzov"),
    ("сказал [он] одному", P, "kutuzov"),
    ("позади [него]", P, "kutuzov"),
    ("что [он] еще не мог", P, "wurttemberg"),
    ("вернулся от [него]", P, "wurttemberg"),
    ("без [которого]", P, "wurttemberg"),
    ("как [он] сказал", P, "kutuzov"),
    ("сказал, [он] не может", P, "kutuzov"),
    ("вернуться к [себе]", P, "kutuzov"),
    ("Кутузова, [он] улыбнулся", P, "kutuzov"),
    ("сказал [он].\xa0— Сражение", P, "kutuzov"),
    ("Однако [он] послал", P, "kutuzov"),
    ("отвел [его] в сторону", P, "shcherbinin"),
    ("сказал [он] Ермолову", P, "kutuzov"),
    ("на тех, [которые] стояли", P, None),
    ("стояли вокруг [него]", P, "kutuzov"),
    ("голова [его] низко", P, "kutuzov"),
    ("и [он] задремывал", P, "kutuzov"),
    ("[Ему] подали", P, "kutuzov"),
    ("[тот] самый, который", P, "wolzogen"),
    ("тот самый, [который], проезжая", P, "wolzogen"),
    ("и [которого] так ненавидел", P, "wolzogen"),
    ("прислал к главнокомандующему [своего]", P, "barclay"),
    ("показать, что [он], как", P, "wolzogen"),
    ("с кем [он] имеет", P, "wolzogen"),
    ("в [своем] кругу", P, None),
    ("как приказал [ему]", P, "wolzogen"),
    ("как [он] сам его", P, "wolzogen"),
    ("нет; [они] бегут", P, None),
    ("остановить [их]", P, None),
    ("докладывал [он]", P, "wolzogen"),
    ("того, что [ему] говорили", P, "kutuzov"),
]

DATES = []
EVENTS = []
