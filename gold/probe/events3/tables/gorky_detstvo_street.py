"""Gorky, «Детство», chapter VII: the street, the boys and Igosha, blind Grigory Ivanovich
(corpus gorky_detstvo.txt, characters 146321–149940).

Annotated by reading before any pipeline run; development probe, tuned on (issue 12, narr8),
against GUIDELINES.md sections 1–8, 9.13 and 9.14. Doubtful cases in GUIDELINES section 9.17.
The narrator is not named, so his `я` gives no argument (8.2); `бабушка`, `дед`, `мальчишки`
are common nouns (8.3). No date is absolute, so no time is inferred. MENTIONS are the pronouns
that are event arguments (this is an events probe).
"""
SOURCE = ("gorky_detstvo.txt", 146321, 149940)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("блаженным [Игошей Смерть в Кармане]", "PER", None, "Игоша Смерть в Кармане", "igosha"),
    ("— [Игоша Смерть в Кармане]!", "PER", None, "Игоша Смерть в Кармане", "igosha"),
    ("[Игош], куда", "PER", None, "Игош", "igosha"),
    ("мастер [Григорий Иванович]", "PER", None, "Григорий Иванович", "grigory"),
    ("А [Григорий Иванович] молчал", "PER", None, "Григорий Иванович", "grigory"),
    ("— [Григорий] ходит", "PER", None, "Григорий", "grigory"),
    ("нею о [Григории]", "PER", None, "Григорий", "grigory"),
]

# context, value, mod
DATES = [
    ("[лет через десять]", "XXXX", "APPROX"),
]

# context, kind, referent
MENTIONS = [
    ("Ругался [он] всегда", P, "igosha"),
    ("садили [ему] в бока", P, "igosha"),
    ("разговаривала с [ним]", P, "grigory"),
    ("зазвав [его] в кухню", P, "grigory"),
]

# trigger context, type, polarity, modality, [(role, argument context), ...]
EVENTS = [
    ("то [убегал] со двора", "MOVEMENT", "positive", "asserted", []),
    ("[издевались] над", "CONFLICT", "positive", "asserted", [
        ("participant", "блаженным [Игошей Смерть в Кармане]")]),
    ("[лукая] камнями", "CONFLICT", "positive", "asserted", []),
    ("[Ругался] он всегда", "CONFLICT", "positive", "asserted", [
        ("participant", "Ругался [он] всегда")]),
    ("[садили] ему", "CONFLICT", "positive", "asserted", [
        ("participant", "садили [ему] в бока")]),
    ("[высыпав] на голову", "CONFLICT", "positive", "asserted", []),
    ("[бежал] домой", "MOVEMENT", "positive", "asserted", []),
    ("сама [шла] за ворота", "MOVEMENT", "positive", "asserted", []),
    ("долго [разговаривала]", "MEETING", "positive", "asserted", [
        ("participant", "разговаривала с [ним]")]),
    ("[зазвав] его", "MEETING", "positive", "asserted", [
        ("participant", "зазвав [его] в кухню")]),
    ("Бабушка [позвала] меня", "COMMUNICATION", "positive", "asserted", []),
    ("я [убежал] и", "MOVEMENT", "positive", "asserted", []),
    ("[спрятался] в дровах", "MOVEMENT", "positive", "asserted", []),
    ("однажды [говорили] мы", "MEETING", "positive", "asserted", []),
    ("уже [успокоилась] навсегда", "DEATH", "positive", "asserted", []),
]
