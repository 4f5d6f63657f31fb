"""Gorky, «Мои университеты»: the Tolstoyan Klopsky at the two landowner sisters', the tipsy docent, Klopsky driven out.

Annotated by reading before any pipeline run; development probe (issue 12, coref10).
Persons and pronoun/zero mentions only, against GUIDELINES.md 2, 8.2–8.3; doubts in 9.22.
One named man, `Клопский` (`толстовец`, `человек этот`, `проповедник любви`); the narrator is
not named here: his `я` is no mention, but `его`, `он`, `ему` said of him by others in direct
speech are third-person mentions, null (8.2). The docent, the two sisters and the generic
persons of the preaching have no name: their pronouns are null.
"""
SOURCE = ("gorky_moi_universitety.txt", 117357, 121054)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("толстовца — [Клопский]", "PER", None, "Клопский", "klopsky"),
    ("еще раз увидал [Клопского]", "PER", None, "Клопский", "klopsky"),
    ("[Клопский] резко", "PER", None, "Клопский", "klopsky"),
]

# context, kind, referent
MENTIONS = [
    ("узнал, где [он] живет", P, "klopsky"),
    ("явился к [нему]", P, "klopsky"),
    ("Жил [он] в доме", P, "klopsky"),
    ("с [ними] он и сидел", P, None),
    ("с ними [он] и сидел", P, "klopsky"),
    ("сухой, — [он] очень", P, "klopsky"),
    ("[Он] черпал", P, "klopsky"),
    ("Прислуживая [ему]", P, "klopsky"),
    ("Обе [они] были", P, None),
    ("[Он] говорил со мною", P, "klopsky"),
    ("развивать в [своей] душе", P, None),
    ("Те же, [которые] говорят", P, None),
    ("глядя вслед [им]", P, None),
    ("И, выслушав меня, [начал]", Z, "klopsky"),
    ("тем ближе [он]", P, None),
    ("в [его] знакомстве", P, "klopsky"),
    ("что [ему] скучно", P, "klopsky"),
    ("со мной; [он] посмотрел", P, "klopsky"),
    ("за шею [себе]", P, "klopsky"),
    ("Вздрогнув, [взмахнул]", Z, "klopsky"),
    ("Снова [закрыл] глаза", Z, "klopsky"),
    ("нижняя губа [его]", P, "klopsky"),
    ("чувством к [нему]", P, "klopsky"),
    ("в [его] искренности", P, "klopsky"),
    ("[Он], должно быть", P, "klopsky"),
    ("лицо у [него]", P, "klopsky"),
    ("что [он] пьян", P, "klopsky"),
    ("[ввел] в комнату", Z, "klopsky"),
    ("спроси [его]", P, None),
    ("чего [он] хочет", P, None),
    ("нужна [ему] любовь", P, None),
    ("[Тот] посмотрел", P, None),
    ("Я [ему] должен", P, None),
    ("[Покачнулся]", Z, None),
    ("взяв у [него] ключ", P, None),
    ("И [швырнул] булки", Z, "klopsky"),
    ("[Он] не узнал", P, "klopsky"),
    ("памяти [его] слова", P, "klopsky"),
    ("отвращение к [нему]", P, "klopsky"),
    ("что [он] признался", P, "klopsky"),
    ("у [которых] жил", P, None),
    ("у которых [жил]", Z, "klopsky"),
    ("между [собою]", P, None),
    ("; [они] велели", P, None),
    ("из [их] дома", P, None),
    ("[Он] исчез", P, "klopsky"),
]

DATES = []
EVENTS = []
