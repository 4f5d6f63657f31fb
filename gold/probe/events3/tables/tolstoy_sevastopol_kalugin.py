"""Tolstoy, «Севастополь в мае», chapter 9: Kalugin on his way to the bastion (corpus
tolstoy_sevastopol_1855_05.txt, characters 42517–46151).

Annotated by reading before any pipeline run; development probe, tuned on (issue 12, narr8),
against GUIDELINES.md sections 1–8, 9.13 and 9.14. Doubtful cases in GUIDELINES section 9.17.
No date is written, so no time is inferred. `ординарец`, `адъютант`, `солдат` are common nouns
(8.3); the orderly is named (`Зобкин`) in the dialogue, so the relative `который` that refers
to him is in his cluster. MENTIONS are the pronouns that are event arguments (this is an
events probe).
"""
SOURCE = ("tolstoy_sevastopol_1855_05.txt", 42517, 46151)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("бастиону [Калугин] встретил", "PER", None, "Калугин", "kalugin"),
    ("-- [Зобкин]! Зобкин!", "PER", None, "Зобкин", "zobkin"),
    ("Зобкин! [Зобкин]! Постойте", "PER", None, "Зобкин", "zobkin"),
    ("подумал [Калугин], испытывая", "PER", None, "Калугин", "kalugin"),
    ("Но [Калугин] был не", "PER", None, "Калугин", "kalugin"),
    ("штабс-капитан [Михайлов]", "PER", None, "Михайлов", "mikhailov"),
    ("кажется [Наполеона]", "PER", None, "Наполеон", "napoleon"),
    ("подскакал к [Наполеону]", "PER", None, "Наполеон", "napoleon"),
    ("сказал ему [Наполеон]", "PER", None, "Наполеон", "napoleon"),
]

# context, value, mod
DATES = []

# context, kind, referent
MENTIONS = [
    ("[он] не только не", P, "kalugin"),
    ("Под горой [ему] попался", P, "kalugin"),
    ("ординарец, [который], марш-марш", P, "zobkin"),
    ("адъютанта, кажется Наполеона, [который]", P, None),
    ("и [он] вообразил", P, "kalugin"),
    ("И [он] вместе с ними", P, "kalugin"),
    ("вместе с [ними] пошел", P, None),
    ("в гору, [он] повернул", P, "kalugin"),
    ("Когда [он] сошелся", P, "kalugin"),
    ("[он], который всегда", P, "kalugin"),
    ("он, [который] всегда", P, "kalugin"),
    ("подумал [он], спотыкнувшись", P, "kalugin"),
]

# trigger context, type, polarity, modality, [(role, argument context), ...]
EVENTS = [
    ("останавливался [расспрашивать]", "COMMUNICATION", "negative", "asserted", [
        ("agent", "[он] не только не")]),
    ("ему [попался] ординарец", "MEETING", "positive", "asserted", [
        ("participant", "Под горой [ему] попался"),
        ("participant", "ординарец, [который], марш-марш")]),
    ("[скакал] с бастиона", "MOVEMENT", "positive", "asserted", [
        ("agent", "ординарец, [который], марш-марш")]),
    ("ординарец [поскакал] дальше", "MOVEMENT", "positive", "asserted", []),
    ("[канонада] завязалась", "WAR", "positive", "asserted", []),
    ("[передав] приказания", "COMMUNICATION", "positive", "asserted", [
        ("agent", "адъютанта, кажется Наполеона, [который]")]),
    ("[подскакал] к Наполеону", "MEETING", "positive", "asserted", [
        ("participant", "адъютанта, кажется Наполеона, [который]"),
        ("participant", "подскакал к [Наполеону]")]),
    ("я [убит]", "DEATH", "positive", "asserted", []),
    ("[умер] на месте", "DEATH", "positive", "asserted", []),
    ("молодцом [приехал]", "MOVEMENT", "positive", "asserted", [
        ("agent", "и [он] вообразил")]),
    ("с ними [пошел] по траншее в гору", "MOVEMENT", "positive", "asserted", [
        ("agent", "И [он] вместе с ними"), ("agent", "вместе с [ними] пошел")]),
    ("[Поднявшись] в гору", "MOVEMENT", "positive", "asserted", [
        ("agent", "в гору, [он] повернул")]),
    ("всегда [хвастался]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "он, [который] всегда")]),
    ("непременно [убьют]", "DEATH", "positive", "possible", []),
    ("он [сошелся] с", "MEETING", "positive", "asserted", [
        ("participant", "Когда [он] сошелся")]),
]
