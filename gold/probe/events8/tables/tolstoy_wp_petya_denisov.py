"""Tolstoy, «Война и мир», tom 4, part 3, chapter VII: Petya joins his regiment, is taken as an
orderly, is sent to Denisov's party on 21 October with the order not to take part in its actions,
decides to stay; the party rides up to the forest hut, the supper (corpus ../war_and_peace/tom4.txt,
characters 275119–278416).

Annotated by reading before any pipeline run; development probe (issue 12, narr13), against
GUIDELINES.md sections 4, 5, 8.6, 8.7 and the decisions of 9.13, 9.14, 9.17, 9.19, 9.21, 9.22,
9.25, 9.27, 9.29. Doubtful cases in GUIDELINES section 9.32. `21-го октября` has no year: no time
is inferred. `Вяземском сражении` is an EVENT entity and its head a WAR trigger (9.25);
`Василий Федорович` is Denisov (his name and patronymic). `генерал`, `эсаул`, `офицеры`, `казак`,
`французы` are common nouns. Petya's spoken lines are annotated (9.17); the verbs tagging them
(`обратился он к Денисову`, `повторил`, `продолжал`) are not (8.6, 9.25); his `я` and Denisov's
`вы` are no mentions (8.2). Supper, cooking, drying clothes, handing a knife are no events.
MENTIONS are the pronouns that are event arguments.
"""
SOURCE = ("../war_and_peace/tom4.txt", 275119, 278416)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("[Петя] при выезде", "PER", None, "Петя", "petya"),
    ("из [Москвы]", "LOC", "CITY", "Москва", "moskva"),
    ("участвовал в [Вяземском сражении]", "EVENT", None, "Вяземское сражение", "vyazma"),
    ("сражении, [Петя] находился", "PER", None, "Петя", "petya"),
    ("отряд [Денисова], Петя", "PER", None, "Денисов", "denisov"),
    ("Денисова, [Петя] так", "PER", None, "Петя", "petya"),
    ("поступок [Пети]", "PER", None, "Петя", "petya"),
    ("Пети в [Вяземском сражении]", "EVENT", None, "Вяземское сражение", "vyazma"),
    ("где [Петя], вместо", "PER", None, "Петя", "petya"),
    ("запретил [Пете]", "PER", None, "Петя", "petya"),
    ("действиях [Денисова]", "PER", None, "Денисов", "denisov"),
    ("этого-то [Петя] покраснел", "PER", None, "Петя", "petya"),
    ("когда [Денисов] спросил", "PER", None, "Денисов", "denisov"),
    ("леса [Петя] считал", "PER", None, "Петя", "petya"),
    ("увидал [Тихона]", "PER", None, "Тихон", "tikhon"),
    ("что [Денисов] герой", "PER", None, "Денисов", "denisov"),
    ("что [Тихон] герой", "PER", None, "Тихон", "tikhon"),
    ("когда [Денисов] с Петей", "PER", None, "Денисов", "denisov"),
    ("Денисов с [Петей]", "PER", None, "Петя", "petya"),
    ("партии [Денисова], устроивавшие", "PER", None, "Денисов", "denisov"),
    ("[Петя] снял", "PER", None, "Петя", "petya"),
    ("баранину, [Петя] находился", "PER", None, "Петя", "petya"),
    ("[Василий Федорович]", "PER", None, "Василий Федорович", "denisov"),
    ("к [Денисову]", "PER", None, "Денисов", "denisov"),
    ("повторил [Денисов]", "PER", None, "Денисов", "denisov"),
    ("продолжал [Петя]", "PER", None, "Петя", "petya"),
    ("[Петя] стиснул", "PER", None, "Петя", "petya"),
]

# context, value, mod
DATES = [
    ("Когда [21-го октября] его", "XXXX-10-21", None),
]

# context, kind, referent
MENTIONS = [
    ("Со времени [своего] производства", P, "petya"),
    ("где [он] участвовал", P, "petya"),
    ("И [он] торопился", P, "petya"),
    ("чтобы послать [его], что", P, "petya"),
    ("Но, отправляя [его]", P, "petya"),
    ("отправляя [его], генерал именно", P, "petya"),
    ("куда [он] был послан", P, "petya"),
    ("можно ли [ему] остаться", P, "petya"),
    ("что [ему] надобно", P, "petya"),
    ("что [ему] было бы стыдно", P, "petya"),
]

# trigger context, type, polarity, modality, [(role, argument context), ...]
EVENTS = [
    ("при [выезде] из Москвы", "MOVEMENT", "positive", "asserted", [
        ("origin", "из [Москвы]")]),
    ("[оставив] своих родных", "MOVEMENT", "positive", "asserted", [
        ("agent", "[Петя] при выезде")]),
    ("[присоединился] к своему полку", "MEMBERSHIP", "positive", "asserted", [
        ("agent", "[Петя] при выезде")]),
    ("был [взят] ординарцем", "EMPLOYMENT", "positive", "asserted", [
        ("agent", "[Петя] при выезде")]),
    ("[командовавшему] большим", "EMPLOYMENT", "positive", "asserted", []),
    ("своего [производства]", "EMPLOYMENT", "positive", "asserted", [
        ("agent", "Со времени [своего] производства")]),
    ("с [поступления] в действующую", "EMPLOYMENT", "positive", "asserted", []),
    ("участвовал в Вяземском [сражении], Петя", "WAR", "positive", "asserted", [
        ("participant", "где [он] участвовал")]),
    ("торопился [поспеть]", "MOVEMENT", "positive", "desired", [
        ("agent", "И [он] торопился")]),
    ("желание [послать] кого-нибудь", "MOVEMENT", "positive", "desired", []),
    ("жалостно [просил]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "Денисова, [Петя] так")]),
    ("чтобы [послать] его", "MOVEMENT", "positive", "asserted", [
        ("patient", "чтобы послать [его], что")]),
    ("не мог [отказать]", "COMMUNICATION", "negative", "asserted", []),
    ("Но, [отправляя] его", "MOVEMENT", "positive", "asserted", [
        ("patient", "Но, отправляя [его]")]),
    ("Пети в Вяземском [сражении]", "WAR", "positive", "asserted", []),
    ("чтобы [ехать] дорогой", "MOVEMENT", "negative", "asserted", [
        ("agent", "где [Петя], вместо")]),
    ("был [послан]", "MOVEMENT", "positive", "asserted", [
        ("patient", "куда [он] был послан")]),
    ("[поскакал] в цепь", "MOVEMENT", "positive", "asserted", [
        ("agent", "где [Петя], вместо")]),
    ("[выстрелил] там", "WAR", "positive", "asserted", [
        ("agent", "где [Петя], вместо")]),
    ("— [отправляя] его", "MOVEMENT", "positive", "asserted", [
        ("patient", "отправляя [его], генерал именно")]),
    ("именно [запретил]", "COMMUNICATION", "positive", "asserted", [
        ("recipient", "запретил [Пете]")]),
    ("было [действиях] Денисова", "WAR", "negative", "desired", [
        ("participant", "запретил [Пете]"), ("participant", "действиях [Денисова]")]),
    ("Денисов [спросил]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "когда [Денисов] спросил")]),
    ("ему [остаться]", "MOVEMENT", "positive", "possible", [
        ("agent", "можно ли [ему] остаться")]),
    ("До [выезда] на опушку", "MOVEMENT", "positive", "asserted", []),
    ("сейчас же [вернуться]", "MOVEMENT", "positive", "necessary", [
        ("agent", "что [ему] надобно")]),
    ("непременно [атакуют]", "WAR", "positive", "desired", []),
    ("стыдно [уехать]", "MOVEMENT", "positive", "conditional", [
        ("agent", "что [ему] было бы стыдно")]),
    ("[подъехали] к караулке", "MOVEMENT", "positive", "asserted", [
        ("agent", "когда [Денисов] с Петей"), ("agent", "Денисов с [Петей]")]),
    ("я с вами [останусь]", "MOVEMENT", "positive", "desired", []),
    ("мне [велено]", "COMMUNICATION", "positive", "asserted", []),
    ("чтобы я [командовал]", "EMPLOYMENT", "positive", "desired", []),
]
