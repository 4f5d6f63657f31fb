"""Gorky, «В людях», chapter I, the opening (second, independent annotation: annotator D).

Annotated by reading, against GUIDELINES.md sections 1–8 (section 9.7 unread), without looking at
gold/heldout/tables, its JSON or brat, and without running the pipeline on the passage. Doubts in
gold/agreement/DOUBTS.md.
"""
SOURCE = ("gorky_v_lyudyakh.txt", 351255, 355333)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("мой брат, [Саша Яковов]", "PER", None, "Саша Яковов", "sasha"),
    ("[Саша] носил", "PER", None, "Саша", "sasha"),
    ("просил [Сашу] помочь", "PER", None, "Саша", "sasha"),
    ("— [Саша] важно", "PER", None, "Саша", "sasha"),
    ("А [Саша], выкатив", "PER", None, "Саша", "sasha"),
    ("[Каширин], не вытаращивай", "PER", None, "Каширин", "sasha"),
    ("отвечал [Саша]", "PER", None, "Саша", "sasha"),
    ("губы, [Саша], багрово", "PER", None, "Саша", "sasha"),
    ("воздухе, [Саша] пугливо", "PER", None, "Саша", "sasha"),
    ("звал туда [Сашу]", "PER", None, "Саша", "sasha"),
]

# context, value, mod[, extras]
DATES = [
]

# context, kind, referent (None: no named referent in the passage)
MENTIONS = [
    # the master (хозяин): never named
    ("у [него] бурое", P, None),
    ("[Он] кажется мне", P, None),
    ("строго говорит [он]", P, None),
    ("внушает [он]", P, None),
    ("ко мне [его] сухой", P, None),
    ("рассказываю, [он] качает", P, None),
    ("лапы, [он] испуганно", P, None),
    ("[Он] сказал это", P, None),
    ("невзлюбил [его]", P, None),
    ("на лицо [свое]", P, None),
    ("покрывая [его] щеки", P, None),
    # the narrator in Sasha's speech: never named
    ("чтоб [он] меня", P, None),
    # Sasha
    ("Слушай [его]", P, "sasha"),
    ("его, [он] тебя", P, "sasha"),
    ("дня [начал] усердно", Z, "sasha"),
    ("пользоваться [своим]", P, "sasha"),
    ("советовал [ему]", P, "sasha"),
    # the shop assistant (приказчик): never named
    ("Руки у [него]", P, None),
    ("трепещут, [он] дотрагивается", P, None),
    ("точно [боится]", Z, None),
    ("как [он] липнет", P, None),
    ("женщины, [он] сложил", P, None),
    ("А [он] надул", P, None),
]

# trigger context, type, polarity, modality, arguments
EVENTS = [
    ("Я — в людях, [служу]", "EMPLOYMENT", "positive", "asserted", []),
    ("Ты [служишь]", "EMPLOYMENT", "positive", "asserted", []),
    ("Я [рассказываю]", "COMMUNICATION", "positive", "asserted", []),
    ("Я [объясняю]", "COMMUNICATION", "positive", "asserted", []),
    ("я тебя [устрою]", "ARREST", "positive", "conditional", []),
    ("в магазине [торговал]", "EMPLOYMENT", "positive", "asserted", [
        ("agent", "мой брат, [Саша Яковов]")]),
    ("дед [привел]", "MOVEMENT", "positive", "asserted", []),
    ("и [просил] Сашу", "COMMUNICATION", "positive", "asserted", [
        ("recipient", "просил [Сашу] помочь")]),
    ("кровью, [скрывался]", "MOVEMENT", "positive", "asserted", [
        ("agent", "губы, [Саша], багрово")]),
    ("Когда [входила]", "MOVEMENT", "positive", "asserted", []),
    ("хозяин [уходил]", "MOVEMENT", "positive", "asserted", []),
    ("и [звал] туда", "COMMUNICATION", "positive", "asserted", [
        ("recipient", "звал туда [Сашу]")]),
]
