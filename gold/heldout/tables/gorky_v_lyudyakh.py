"""Gorky, «В людях», chapter I, the opening: the boy in the shoe shop (held-out test set).

Annotated by reading, against GUIDELINES.md sections 1-6 and 8, before any pipeline ran on this
passage; doubts in section 9.7.1 ("gorky_v_lyudyakh"). The held-out set is never looked at for
errors: only its figures are reported (outputs/heldout/report.md).

The text writes a no-break space (U+00A0) after every dash; contexts that cross a dash write it
as "\\xa0".
"""

SOURCE = ("gorky_v_lyudyakh.txt", 351255, 355333)

# context, type, fine_type, normal, referent
ENTITIES = [
    ("мой брат, [Саша Яковов]", "PER", None, "Саша Яковов", "sasha"),
    ("[Саша] носил рыженький", "PER", None, "Саша", "sasha"),
    ("просил [Сашу] помочь", "PER", None, "Саша", "sasha"),
    ("меня,\xa0— [Саша] важно", "PER", None, "Саша", "sasha"),
    ("А [Саша], выкатив", "PER", None, "Саша", "sasha"),
    ("[Каширин], не вытаращивай", "PER", None, "Каширин", "sasha"),
    ("отвечал [Саша], наклоняя", "PER", None, "Саша", "sasha"),
    ("губы, [Саша], багрово", "PER", None, "Саша", "sasha"),
    ("воздухе, [Саша] пугливо", "PER", None, "Саша", "sasha"),
    ("звал туда [Сашу];", "PER", None, "Саша", "sasha"),
]

# context, kind, referent (None: the person is named nowhere in the passage)
MENTIONS = [
    # the master of the shop (хозяин), named nowhere
    ("у [него] бурое", "pronoun", None),
    ("[Он] кажется мне", "pronoun", None),
    ("строго говорит [он].", "pronoun", None),
    ("внушает [он], почти", "pronoun", None),
    ("ко мне [его] сухой", "pronoun", None),
    ("рассказываю, [он] качает", "pronoun", None),
    ("[он] испуганно упирается", "pronoun", None),
    ("[Он] сказал это спокойно", "pronoun", None),
    ("больше невзлюбил [его].", "pronoun", None),
    ("на лицо [свое] сладостную", "pronoun", None),
    ("покрывая [его] щеки", "pronoun", None),
    # the narrator, spoken of in the third person by Sasha, named nowhere
    ("чтоб [он] меня слушался", "pronoun", None),
    # Sasha
    ("Слушай [его], он", "pronoun", "sasha"),
    ("его, [он] тебя старше", "pronoun", "sasha"),
    ("дня [начал] усердно", "zero", "sasha"),
    ("пользоваться [своим] старшинством", "pronoun", "sasha"),
    ("советовал [ему] хозяин", "pronoun", "sasha"),
    # the shop assistant (приказчик), named nowhere
    ("Руки у [него] трепещут", "pronoun", None),
    ("трепещут, [он] дотрагивается", "pronoun", None),
    ("точно [боится] сломать", "zero", None),
    ("как [он] липнет", "pronoun", None),
    ("женщины, [он] сложил", "pronoun", None),
    ("А [он] надул щеки", "pronoun", None),
]

# context, value, mod -- the passage dates nothing (9.7)
DATES = []

# trigger context, type, polarity, modality, [(role, argument context[, antecedents | "inferred"])]
EVENTS = [
    ("в людях, [служу]", "EMPLOYMENT", "positive", "asserted", []),
    ("Ты [служишь] в", "EMPLOYMENT", "positive", "asserted", []),
    ("Я [рассказываю], он", "COMMUNICATION", "positive", "asserted", []),
    ("тебя [устрою] в тюрьму", "ARREST", "positive", "conditional", []),
    ("Я [объясняю]", "COMMUNICATION", "positive", "asserted", []),
    ("в магазине [торговал]", "EMPLOYMENT", "positive", "asserted", [
        ("agent", "мой брат, [Саша Яковов]")]),
    ("дед [привел] меня", "MOVEMENT", "positive", "asserted", []),
    ("и [просил] Сашу", "COMMUNICATION", "positive", "asserted", [
        ("recipient", "просил [Сашу] помочь")]),
    ("Когда [входила] покупательница", "MOVEMENT", "positive", "asserted", []),
    ("хозяин [уходил] из", "MOVEMENT", "positive", "asserted", []),
    ("и [звал] туда", "COMMUNICATION", "positive", "asserted", [
        ("recipient", "звал туда [Сашу];")]),
]
