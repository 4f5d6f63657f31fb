"""Tolstoy, «Севастополь в мае», chapter 13: Mikhailov under the bomb, wounded, led off,
turning back to his company and meeting the ensign (corpus tolstoy_sevastopol_1855_05.txt, characters 65291–68812).

Annotated by reading before any pipeline run; development probe (issue 12, narr9), against
GUIDELINES.md sections 4, 5, 8.6, 8.7 and the decisions of 9.13, 9.14, 9.17. Doubtful cases in
GUIDELINES section 9.19. No date. Mikhailov's thoughts and the lines spoken are part of the text
(9.17): events told in them are annotated; verbs tagging them are not (8.6). `штабс-капитан`,
`барабанщик`, `ротного` are common nouns, no arguments. MENTIONS are the pronouns that are event
arguments (this is an events probe).
"""
SOURCE = ("tolstoy_sevastopol_1855_05.txt", 65291, 68812)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("[Михайлов], увидав", "PER", None, "Михайлов", "mikhailov"),
    ("как и [Праскухин]", "PER", None, "Праскухин", "praskukhin"),
    ("в городе [Т.]", "LOC", "CITY", "Т.", "t_town"),
    ("другом [Наташей]", "PER", None, "Наташа", "natasha"),
    ("барабанщика [Игнатьева]", "PER", None, "Игнатьев", "ignatiev"),
    ("увидал [Игнатьева]", "PER", None, "Игнатьев", "ignatiev"),
    ("робкий [Игнатьев]", "PER", None, "Игнатьев", "ignatiev"),
    ("совету [Игнатьева]", "PER", None, "Игнатьев", "ignatiev"),
    ("[Михайлов] остановился", "PER", None, "Михайлов", "mikhailov"),
    ("ординарец [Праскухин]", "PER", None, "Праскухин", "praskukhin"),
]

# context, value, mod
DATES = []

# context, kind, referent
MENTIONS = [
    ("зачем [я] пошел", P, "mikhailov"),
    ("было [мне] оставаться", P, "mikhailov"),
    ("то [он] будет жив", P, "mikhailov"),
    ("умирая, [я] так", P, "mikhailov"),
    ("зачем [я] иду", P, "mikhailov"),
    ("[я] не пойду", P, "mikhailov"),
    ("шел со [мной]", P, "mikhailov"),
]

# trigger context, type, polarity, modality, [(role, argument context), ...]
EVENTS = [
    ("я [пошел] в военную", "EMPLOYMENT", "positive", "asserted", [
        ("agent", "зачем [я] пошел")]),
    ("еще [перешел] в пехоту", "EMPLOYMENT", "positive", "asserted", [
        ("agent", "зачем [я] пошел")]),
    ("чтобы [участвовать] в кампании", "WAR", "positive", "desired", [
        ("participant", "зачем [я] пошел")]),
    ("мне [оставаться] в уланском", "EMPLOYMENT", "positive", "possible", [
        ("agent", "было [мне] оставаться"), ("place", "в городе [Т.]")]),
    ("то будет [убит]", "DEATH", "positive", "conditional", [
        ("patient", "то [он] будет жив")]),
    ("Все кончено! -- [убит]", "DEATH", "positive", "asserted", []),
    ("Это душа [отходит]", "DEATH", "positive", "asserted", []),
    ("что, [умирая]", "DEATH", "positive", "asserted", [
        ("patient", "умирая, [я] так")]),
    ("ротного [убило]", "DEATH", "positive", "asserted", []),
    ("желание [уйти] скорей", "MOVEMENT", "positive", "desired", []),
    ("[повел] к перевязочному", "MOVEMENT", "positive", "asserted", []),
    ("зачем я [иду]", "MOVEMENT", "positive", "asserted", [
        ("agent", "зачем [я] иду")]),
    ("долг [оставаться] с ротой", "MOVEMENT", "positive", "necessary", []),
    ("не [уходить] вперед", "MOVEMENT", "negative", "necessary", []),
    ("рота скоро [выйдет]", "MOVEMENT", "positive", "asserted", []),
    ("с раной [остаться] в деле", "MOVEMENT", "positive", "possible", []),
    ("я не [пойду] на перевязочный", "MOVEMENT", "negative", "asserted", [
        ("agent", "[я] не пойду")]),
    ("а [останусь] с ротой", "MOVEMENT", "positive", "asserted", [
        ("agent", "[я] не пойду")]),
    ("какая [жарня] идет", "WAR", "positive", "asserted", []),
    ("руке [пришел] перевязываться", "MOVEMENT", "positive", "asserted", []),
    ("бакенбардами -- [сказал] ему", "COMMUNICATION", "positive", "asserted", []),
    ("никак не [умрет]", "DEATH", "negative", "asserted", []),
    ("еще [скажут] что-нибудь", "COMMUNICATION", "positive", "possible", []),
    ("[пошел] назад к роте", "MOVEMENT", "positive", "asserted", []),
    ("который [шел] со мной", "MOVEMENT", "positive", "asserted", [
        ("agent", "ординарец [Праскухин]"), ("agent", "шел со [мной]")]),
    ("они [встретились]", "MEETING", "positive", "asserted", []),
]
