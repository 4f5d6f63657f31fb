"""Tolstoy, «Севастополь в мае», chapter 4: staff-captain Mikhailov at his quarters with Nikita.

Annotated by reading before any pipeline run; development probe, tuned on (issue 12, coref6).
Persons and pronoun/zero mentions only, against GUIDELINES.md 2, 8.2–8.3; doubts in 9.12.
"""
SOURCE = ("tolstoy_sevastopol_1855_05.txt", 18511, 22436)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("увидал своего [Никиту]", "PER", None, "Никита", "nikita"),
    ("этот проклятый [Непшитшетский]", "PER", None, "Непшитшетский", "nepshitshetsky"),
    ("поручик [Непшитшетский] болен", "PER", None, "Непшитшетский", "nepshitshetsky"),
    ("образок [Митрофания]", "PER", None, "Митрофаний", "mitrofan"),
    ("при [Никите]", "PER", None, "Никита", "nikita"),
    ("сердито сказал [Михайлов]", "PER", None, "Михайлов", "mikhailov"),
    ("проворчал [Никита]", "PER", None, "Никита", "nikita"),
    ("грубостью [Никиты]", "PER", None, "Никита", "nikita"),
    ("[Михайлов] вспомнил", "PER", None, "Михайлов", "mikhailov"),
    ("из терпенья, [Никита]", "PER", None, "Никита", "nikita"),
    ("сказал [Никита], расчувствовавшийся", "PER", None, "Никита", "nikita"),
    ("Прощай, [Никита]!", "PER", None, "Никита", "nikita"),
    ("то [Никита] вдруг", "PER", None, "Никита", "nikita"),
]

# context, kind, referent
MENTIONS = [
    ("порог [своей], квартиры", P, "mikhailov"),
    ("пошли [ему] в голову", P, "mikhailov"),
    ("голову. [Он] увидал", P, "mikhailov"),
    ("увидал [свою] маленькую", P, "mikhailov"),
    ("бумагой, [свою] старую кровать", P, "mikhailov"),
    ("юнкера, [который] жил", P, None),
    ("жил с [ним];", P, "mikhailov"),
    ("увидал [своего] Никиту", P, "mikhailov"),
    ("Никиту, [который] с взбудораженными", P, "nikita"),
    ("увидал [свою] старую шинель", P, "mikhailov"),
    ("для [него] на бастион", P, "mikhailov"),
    ("ужас, [он] вдруг вспомнил", P, "mikhailov"),
    ("что [ему] нынче", P, "mikhailov"),
    ("убьют [того], кто", P, None),
    ("того, [кто] напрашивается", P, None),
    ("из-за [него] убьют", P, "nepshitshetsky"),
    ("приходило [ему] каждый раз", P, "mikhailov"),
    ("всякий, [кто] идет", P, None),
    ("сильно, [он] сел к столу", P, "mikhailov"),
    ("отцу, с [которым] последнее", P, None),
    ("последнее время [был] не совсем", Z, "mikhailov"),
    ("письмо, [он] встал", P, "mikhailov"),
    ("которые [знал] (потому", Z, "mikhailov"),
    ("потому что [ему] совестно", P, "mikhailov"),
    ("перед [своим] человеком", P, "mikhailov"),
    ("хотелось [ему] поцеловать", P, "mikhailov"),
    ("который [он] имел", P, "mikhailov"),
    ("так как [он] стыдился", P, "mikhailov"),
    ("то [выпустил] образа", Z, "mikhailov"),
    ("чтобы [мог] их достать", Z, "mikhailov"),
    ("подал [ему] новый", P, "mikhailov"),
    ("Никиты, [которого] он любил", P, "nikita"),
    ("которого [он] любил", P, "mikhailov"),
    ("и с [которым] жил", P, "nikita"),
    ("куда [он] идет", P, "mikhailov"),
    ("и [ему] стыдно", P, "mikhailov"),
    ("сказал [он] кротким", P, "mikhailov"),
    ("прибавил [он], краснея", P, "mikhailov"),
    ("которое [он] выпил", P, "nikita"),
    ("на [свои] деньги", P, "nikita"),
    ("руки [своего] барина", P, "nikita"),
    ("говорил [он].", P, "nikita"),
]

DATES = []
EVENTS = []
