"""Tolstoy, «Севастополь в мае», chapter 10: Mikhailov's company leaves the lodgments with Praskukhin, they meet Kalugin, Kalugin waits in the blindage.

Annotated by reading before any pipeline run; development probe (issue 12, coref10).
Persons and pronoun/zero mentions only, against GUIDELINES.md 2, 8.2–8.3; doubts in 9.22.
Several men of one gender in one scene: `Михайлов` (the captain of the company, `эта скотина`
and `этот капитан` in the others' thoughts), `Праскухин`, `Калугин`, the junker `Пест`. The
major, the officer of the blindage and the general have no name here: their pronouns are null.
The enemy (`неприятель`), the soldiers, the company and the officers with the general are groups
of persons (9.15): their pronouns are null.
"""
SOURCE = ("tolstoy_sevastopol_1855_05.txt", 51396, 54837)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("которой командовал [Михайлов]", "PER", None, "Михайлов", "mikhailov"),
    ("думал [Праскухин]", "PER", None, "Праскухин", "praskukhin"),
    ("шагая подле [Михайлова]", "PER", None, "Михайлов", "mikhailov"),
    ("с своей стороны, [Михайлов]", "PER", None, "Михайлов", "mikhailov"),
    ("столкнулись с [Калугиным]", "PER", None, "Калугин", "kalugin"),
    ("встретив [Михайлова]", "PER", None, "Михайлов", "mikhailov"),
    ("действительно, [Михайлов] подробно", "PER", None, "Михайлов", "mikhailov"),
    ("позабавил [Калугина]", "PER", None, "Калугин", "kalugin"),
    ("подшучивая, [Калугин]", "PER", None, "Калугин", "kalugin"),
    ("толкая [Праскухина]", "PER", None, "Праскухин", "praskukhin"),
    ("которое сделал [Калугин]", "PER", None, "Калугин", "kalugin"),
    ("-- подумал [Калугин]", "PER", None, "Калугин", "kalugin"),
    ("барон [Пест]", "PER", None, "Пест", "pest"),
    ("но [Праскухина] не было", "PER", None, "Праскухин", "praskukhin"),
    ("деле, [Калугин] вместе", "PER", None, "Калугин", "kalugin"),
    ("вместе с [Пестом]", "PER", None, "Пест", "pest"),
]

# context, kind, referent
MENTIONS = [
    ("сказал [ему] майор", P, "mikhailov"),
    ("батальона, [который] оставался", P, None),
    ("и с [которым] они", P, None),
    ("с которым [они] вместе", P, None),
    ("только что [он] успел", P, "mikhailov"),
    ("стали отвечать [ему]", P, None),
    ("звук [их] шагов", P, None),
    ("В роте, [которой] командовал", P, None),
    ("как [они] тихо идут", P, None),
    ("про [него] рассказывал", P, "mikhailov"),
    ("И зачем [он] идет", P, "praskukhin"),
    ("[он] всегда приносит", P, "praskukhin"),
    ("шагов, [они] столкнулись", P, None),
    ("с Калугиным, [который]", P, "kalugin"),
    ("Михайлова, [он] подумал", P, "kalugin"),
    ("чем [ему] самому", P, "kalugin"),
    ("не было [ему] приказано", P, "kalugin"),
    ("[он] может расспросить", P, "kalugin"),
    ("у офицера, [который] был там", P, "mikhailov"),
    ("Калугина, [который], казалось", P, "kalugin"),
    ("далеко, [приседал]", Z, "mikhailov"),
    ("немного с [ними]", P, None),
    ("[он] повернул", P, "kalugin"),
    ("чтобы [он] был", P, "mikhailov"),
    ("-- подумал [он], входя", P, "kalugin"),
    ("спросил офицер, [который]", P, None),
    ("я [их] лучше", P, None),
    ("-- сказал [он].", P, "kalugin"),
    ("с офицерами, [которые]", P, None),
    ("были при [нем]", P, None),
    ("в числе [их]", P, None),
]

DATES = []
EVENTS = []
