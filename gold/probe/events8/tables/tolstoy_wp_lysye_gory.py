"""Tolstoy, «Война и мир», tom 3, part 2, chapter VIII: the old prince arms the militia, writes to
the commander-in-chief, quarrels with his daughter, who refuses to leave; he is struck down in the
garden, carried in, and taken to Bogucharovo (corpus ../war_and_peace/tom3.txt, characters
276979–280054).

Annotated by reading before any pipeline run; development probe (issue 12, narr13), against
GUIDELINES.md sections 4, 5, 8.6, 8.7 and the decisions of 9.13, 9.14, 9.17, 9.19, 9.21, 9.22,
9.25, 9.27, 9.29. Doubtful cases in GUIDELINES section 9.32. The old prince is never named in the
passage (`старый князь`, `князь`, `отец`, `старичок` are common nouns): his pronouns are no
arguments, his events have no agent. `Княжна Марья` is PER `Марья` (the title outside the span,
8.3); `главнокомандующий`, `доктор`, `ополченцы`, `дворовые` are common nouns. No date fixes a year:
no time is inferred. The old prince staying in his own house (`оставаться в Лысых Горах`,
`остается`, `оставаясь`) and the princess staying at home (`оставалась дома`) are residence, no
stay (8.6); the stroke (`удар`) is an illness, no event; running up to her father in the scene
(`подбежала к нему`) is a step within the scene (9.21). MENTIONS are the pronouns that are event
arguments.
"""
SOURCE = ("../war_and_peace/tom3.txt", 276979, 280054)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("возвращения [Алпатыча]", "PER", None, "Алпатыч", "alpatych"),
    ("из [Смоленска]", "LOC", "CITY", "Смоленск", "smolensk"),
    ("оставаться в [Лысых Горах] до", "LOC", "CITY", "Лысые Горы", "lysye_gory"),
    ("защиты [Лысых Гор]", "LOC", "CITY", "Лысые Горы", "lysye_gory"),
    ("остается в [Лысых Горах]", "LOC", "CITY", "Лысые Горы", "lysye_gory"),
    ("оставаясь сам в [Лысых Горах]", "LOC", "CITY", "Лысые Горы", "lysye_gory"),
    ("княжны и [Десаля]", "PER", None, "Десаль", "desalles"),
    ("князем в [Богучарово] и", "LOC", "CITY", "Богучарово", "bogucharovo"),
    ("оттуда в [Москву]", "LOC", "CITY", "Москва", "moskva"),
    ("Княжна [Марья], испуганная", "PER", None, "Марья", "marya"),
    ("опасений княжны [Марьи]", "PER", None, "Марья", "marya"),
    ("обрадовало княжну [Марью]", "PER", None, "Марья", "marya"),
    ("отъезда [Николушки]", "PER", None, "Николушка", "nikolushka"),
    ("Княжна [Марья] видела", "PER", None, "Марья", "marya"),
    ("Княжна [Марья] сидела", "PER", None, "Марья", "marya"),
    ("Княжна [Марья] выбежала", "PER", None, "Марья", "marya"),
    ("Княжна [Марья] подбежала", "PER", None, "Марья", "marya"),
    ("В [Лысых Горах] оставаться", "LOC", "CITY", "Лысые Горы", "lysye_gory"),
    ("повезли в [Богучарово]", "LOC", "CITY", "Богучарово", "bogucharovo"),
    ("приехали в [Богучарово]", "LOC", "CITY", "Богучарово", "bogucharovo"),
    ("[Десаль] с маленьким", "PER", None, "Десаль", "desalles"),
    ("уехали в [Москву]", "LOC", "CITY", "Москва", "moskva"),
]

# context, value, mod
DATES = [
    ("На [другой день] после отъезда", "XXXX-XX-XX", None),
    ("в [ту же ночь]", "XXXX-XX-XX", None),
    ("и на [другой день] после удара", "XXXX-XX-XX", None),
]

# context, kind, referent
MENTIONS = [
    ("[Она] отказалась", P, "marya"),
    ("Он напомнил [ей] все", P, "marya"),
    ("обвинить [ее]", P, "marya"),
    ("он сказал [ей], что она", P, "marya"),
    ("что [она] поссорила", P, "marya"),
    ("выгнал [ее] из", P, "marya"),
    ("сказав [ей], что", P, "marya"),
    ("ежели [она] не уедет", P, "marya"),
    ("предупреждает [ее]", P, "marya"),
    ("чтобы [она] не смела", P, "marya"),
    ("увезти [ее]", P, "marya"),
    ("приказал [ей] показываться", P, "marya"),
    ("что [она] оставалась", P, "marya"),
    ("Когда [они] приехали", P, None),
]

# trigger context, type, polarity, modality, [(role, argument context), ...]
EVENTS = [
    ("После [возвращения] Алпатыча", "MOVEMENT", "positive", "asserted", [
        ("agent", "возвращения [Алпатыча]"), ("origin", "из [Смоленска]")]),
    ("Он [велел] собрать", "COMMUNICATION", "positive", "asserted", []),
    ("велел [собрать] из деревень", "EMPLOYMENT", "positive", "asserted", []),
    ("[написал] главнокомандующему", "COMMUNICATION", "positive", "asserted", []),
    ("крайности, [защищаться]", "WAR", "positive", "desired", []),
    ("для [защиты] Лысых Гор", "WAR", "positive", "desired", [
        ("place", "защиты [Лысых Гор]")]),
    ("будет [взят] в плен", "ARREST", "positive", "possible", []),
    ("или [убит] один", "DEATH", "positive", "possible", []),
    ("[объявил] домашним", "COMMUNICATION", "positive", "asserted", []),
    ("князь [распорядился]", "COMMUNICATION", "positive", "asserted", []),
    ("об [отправке] княжны", "MOVEMENT", "positive", "asserted", [
        ("patient", "княжны и [Десаля]"), ("destination", "князем в [Богучарово] и"),
        ("destination", "оттуда в [Москву]")]),
    ("решиться [оставить] его", "MOVEMENT", "negative", "desired", [
        ("agent", "Княжна [Марья], испуганная")]),
    ("отказалась [ехать]", "MOVEMENT", "negative", "asserted", [
        ("agent", "[Она] отказалась")]),
    ("Он [напомнил] ей", "COMMUNICATION", "positive", "asserted", [
        ("recipient", "Он напомнил [ей] все")]),
    ("Стараясь [обвинить]", "COMMUNICATION", "positive", "desired", [
        ("patient", "обвинить [ее]")]),
    ("он [сказал] ей, что она", "COMMUNICATION", "positive", "asserted", [
        ("recipient", "он сказал [ей], что она")]),
    ("она [поссорила]", "CONFLICT", "positive", "asserted", [
        ("agent", "что [она] поссорила")]),
    ("[выгнал] ее", "MOVEMENT", "positive", "asserted", [
        ("patient", "выгнал [ее] из")]),
    ("[сказав] ей, что", "COMMUNICATION", "positive", "asserted", [
        ("recipient", "сказав [ей], что")]),
    ("она не [уедет]", "MOVEMENT", "negative", "conditional", [
        ("agent", "ежели [она] не уедет")]),
    ("Он [сказал], что знать", "COMMUNICATION", "positive", "asserted", []),
    ("[предупреждает] ее", "COMMUNICATION", "positive", "asserted", [
        ("recipient", "предупреждает [ее]")]),
    ("не смела [попадаться]", "MEETING", "negative", "desired", [
        ("agent", "чтобы [она] не смела")]),
    ("не [велел] насильно", "COMMUNICATION", "negative", "asserted", []),
    ("насильно [увезти]", "MOVEMENT", "negative", "desired", [
        ("patient", "увезти [ее]")]),
    ("не [приказал] ей", "COMMUNICATION", "positive", "asserted", [
        ("recipient", "приказал [ей] показываться")]),
    ("ей [показываться] на глаза", "MEETING", "negative", "desired", [
        ("agent", "приказал [ей] показываться")]),
    ("и не [уехала]", "MOVEMENT", "negative", "asserted", [
        ("agent", "что [она] оставалась")]),
    ("после [отъезда] Николушки", "MOVEMENT", "positive", "asserted", [
        ("agent", "отъезда [Николушки]")]),
    ("собрался [ехать] к главнокомандующему", "MEETING", "positive", "desired", [
        ("time", "На [другой день] после отъезда")]),
    ("орденах, [вышел] из дома", "MOVEMENT", "positive", "asserted", [
        ("time", "На [другой день] после отъезда")]),
    ("и [пошел] в сад", "MOVEMENT", "positive", "asserted", [
        ("time", "На [другой день] после отъезда")]),
    ("аллеи [выбежало]", "MOVEMENT", "positive", "asserted", []),
    ("Марья [выбежала]", "MOVEMENT", "positive", "asserted", [
        ("agent", "Княжна [Марья] выбежала")]),
    ("[подвигалась] большая", "MOVEMENT", "positive", "asserted", []),
    ("руки [волокли]", "MOVEMENT", "positive", "asserted", []),
    ("[отнесли] в кабинет", "MOVEMENT", "positive", "asserted", []),
    ("[Привезенный] доктор", "MOVEMENT", "positive", "asserted", []),
    ("и [объявил], что у князя", "COMMUNICATION", "positive", "asserted", [
        ("time", "в [ту же ночь]")]),
    ("[повезли] в Богучарово", "MOVEMENT", "positive", "asserted", [
        ("destination", "повезли в [Богучарово]"), ("time", "и на [другой день] после удара")]),
    ("Доктор [поехал]", "MOVEMENT", "positive", "asserted", []),
    ("они [приехали]", "MOVEMENT", "positive", "asserted", [
        ("agent", "Когда [они] приехали"), ("destination", "приехали в [Богучарово]")]),
    ("уже [уехали] в Москву", "MOVEMENT", "positive", "asserted", [
        ("agent", "[Десаль] с маленьким"), ("destination", "уехали в [Москву]")]),
]
