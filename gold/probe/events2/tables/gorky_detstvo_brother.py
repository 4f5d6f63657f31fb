"""Gorky, «Детство», the end of chapter XII into XIII: the school examination, the stepfather's
dismissal, the narrator as nurse of his brother (corpus gorky_detstvo.txt, characters
335400–339329).

Annotated by reading before any pipeline run; development probe, tuned on (issue 12, narr7),
against GUIDELINES.md sections 1–8 and 9.13. Doubtful cases in GUIDELINES section 9.14. The
narrator is not named in the passage, so his `я` gives no argument (8.2); `дед`, `мать`,
`бабушка`, `вотчим` are common nouns (8.3), so most events here have no named argument. No
date is absolute, so no time is inferred. MENTIONS are the pronouns that are event arguments
(this is an events probe).
"""
SOURCE = ("gorky_detstvo.txt", 335400, 339329)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("басни [Крылова]", "PER", None, "Крылов", "krylov"),
    ("«[Фата-Моргана]»", "WORK_OF_ART", None, "Фата-Моргана", "fata"),
    ("братом [Николаем]", "PER", None, "Николай", "nikolai"),
    ("Держать [Николая]", "PER", None, "Николай", "nikolai"),
    ("из [Оки]", "LOC", "LOCATION", "Ока", "oka"),
    ("[Коля] долго", "PER", None, "Коля", "nikolai"),
]

# context, value, mod
DATES = [
    ("[несколько дней]", "PXD", None),
    ("[весна] была", "XXXX-SP", None),
    ("по [воскресеньям]", "XXXX-WXX-7", None),
]

# context, kind, referent
MENTIONS = [
    ("[он] снова куда-то", P, None),
]

# trigger context, type, polarity, modality, [(role, argument context), ...]
EVENTS = [
    ("ученики [высмеивали]", "CONFLICT", "positive", "asserted", []),
    ("после [ссоры]", "CONFLICT", "positive", "asserted", []),
    ("[заявили] учителю", "COMMUNICATION", "positive", "asserted", []),
    ("этой [жалобой]", "COMMUNICATION", "positive", "asserted", []),
    ("мне [ходить] в школу", "EDUCATION", "positive", "asserted", []),
    ("[Жалоба] была", "COMMUNICATION", "positive", "asserted", []),
    ("никогда не [приходил]", "MOVEMENT", "negative", "asserted", []),
    ("я [сдал] экзамен", "EDUCATION", "positive", "asserted", []),
    ("растрогался и [заявил]", "COMMUNICATION", "positive", "asserted", []),
    ("[Разделавшись] со школой", "EDUCATION", "positive", "asserted", []),
    ("с утра [уходили]", "MOVEMENT", "positive", "asserted", [
        ("time", "по [воскресеньям]")]),
    ("[возвращались] в слободу", "MOVEMENT", "positive", "asserted", [
        ("time", "по [воскресеньям]")]),
    ("вотчиму [отказали]", "EMPLOYMENT", "positive", "asserted", []),
    ("куда-то [исчез]", "MOVEMENT", "positive", "asserted", [
        ("agent", "[он] снова куда-то")]),
    ("[переселилась] к деду", "MOVEMENT", "positive", "asserted", [
        ("agent", "братом [Николаем]")]),
    ("бабушка [ушла]", "MOVEMENT", "positive", "asserted", []),
    ("[Умереть] — не", "DEATH", "positive", "possible", []),
    ("хочется [убежать]", "MOVEMENT", "positive", "desired", []),
]
