"""Tolstoy, «Севастополь в мае», chapter 15: Kalugin, Galtsin and a colonel on the boulevard; Mikhailov wounded.

Annotated by reading before any pipeline run; development probe, tuned on (issue 12, coref7).
Persons and pronoun/zero mentions only, against GUIDELINES.md 2, 8.2–8.3; doubts in 9.15.
The colonel and the French officer have no name: their pronouns are null; so are the groups
(the three strollers, the adjutants, "всякий из них").
"""
SOURCE = ("tolstoy_sevastopol_1855_05.txt", 72283, 76541)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("[Калугин], князь Гальцин и какой-то", "PER", None, "Калугин", "kalugin"),
    ("князь [Гальцин] и какой-то", "PER", None, "Гальцин", "galtsin"),
    ("Напротив, [Калугин] и полковник", "PER", None, "Калугин", "kalugin"),
    ("прапорщика [Петрушова]", "PER", None, "Петрушов", "petrushov"),
    ("подпоручика [Антонова]", "PER", None, "Антонов", "antonov"),
    ("отвечал [Калугин], -- я больше", "PER", None, "Калугин", "kalugin"),
    ("верно, [Калугин] знает", "PER", None, "Калугин", "kalugin"),
    ("полковнику князь [Гальцин]", "PER", None, "Гальцин", "galtsin"),
    ("мне нынче [В]...", "PER", None, "В", "v"),
    ("фигура [Михайлова]", "PER", None, "Михайлов", "mikhailov"),
    ("перед [Калугиным]", "PER", None, "Калугин", "kalugin"),
    ("сказал [Калугин] в то время", "PER", None, "Калугин", "kalugin"),
    ("сказал [Калугин] с улыбкой", "PER", None, "Калугин", "kalugin"),
    ("отвечал [Михайлов], краснея", "PER", None, "Михайлов", "mikhailov"),
    ("спросил князь [Гальцин] опять", "PER", None, "Гальцин", "galtsin"),
    ("отвечал [Михайлов], которому", "PER", None, "Михайлов", "mikhailov"),
    ("сказал [Гальцин], учтиво", "PER", None, "Гальцин", "galtsin"),
    ("памятника [Казарского]", "PER", None, "Казарский", "kazarsky"),
    ("Барон [Пест] тоже", "PER", None, "Пест", "pest"),
]

# context, kind, referent
MENTIONS = [
    ("звук голосов [их] имели", P, None),
    ("никто из [них] не потерял", P, None),
    ("которое [они] только считали", P, None),
    ("несмотря на то, что [они] были прекрасные", P, None),
    ("для [своего] честолюбия", P, None),
    ("всякий из [них] маленький", P, None),
    ("[Он] очень сконфузился", P, "mikhailov"),
    ("увидав [их]:", P, None),
    ("[ему] вспомнилось", P, "mikhailov"),
    ("как [он] вчера приседал", P, "mikhailov"),
    ("как бы [они] не подумали", P, None),
    ("что [он] притворяется", P, "mikhailov"),
    ("не смотрели на [него]", P, "mikhailov"),
    ("то [он] бы сбежал", P, "mikhailov"),
    ("состоянии я [его] встретил", P, "mikhailov"),
    ("как [они] сходились", P, None),
    ("опять с [своим] высокомерным", P, "galtsin"),
    ("Михайлов, [которому] хотелось", P, "mikhailov"),
    ("что [он] знает и поговорить", P, "mikhailov"),
    ("обращаясь к [нему] по-русски", P, "mikhailov"),
    ("отошли от [него]", P, "mikhailov"),
    ("почувствовал [себя] чрезвычайно", P, "mikhailov"),
    ("[Он] рассказывал", P, "pest"),
    ("что [был] на перемирии", Z, "pest"),
    ("офицер сказал [ему]:", P, "pest"),
    ("как [он] отвечал", P, "pest"),
    ("он отвечал [ему]:", P, None),
    ("как хорошо [он] сказал", P, "pest"),
]

DATES = []
EVENTS = []
