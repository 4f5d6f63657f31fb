"""Tolstoy, «Война и мир», volume 3, part 3, the close of chapter XXV and the opening of chapter
XXVI: Rastopchin meets Kutuzov at the Yauza bridge; Murat's troops enter Moscow and stop on the
Arbat before the Kremlin (corpus ../war_and_peace/tom3.txt, characters 718604–722496).

Annotated for entities only, by reading before any pipeline run (third entities probe, issue 11
item 4 and issue 12; ner13), against GUIDELINES.md section 2 and the decisions of 9.16, 9.31 and
9.35. Titles outside (`граф Растопчин` → `Растопчин`); `неаполитанский король`, `Главнокомандующий`
descriptions; `виртембергских`, `польскому`, `русские` adjectives. Streets and buildings are LOC
FACILITY (`Арбата`, `Вздвиженки`, the church `Николы Явленного`, `Кремля`); the bridge keeps its cue
word (`Яузского моста`, as `Графской пристани`, 9.16). The French quotation `La pl&#232;be, le
tra&#238;tre… le bien publique` holds no name; `«le Kremlin»` is `Kremlin` (the French article
outside, like a preposition), one cluster with `Кремля`, `Кремль`.
"""
SOURCE = ("../war_and_peace/tom3.txt", 718604, 722496)
LAYERS = ("entities",)  # an entities probe: no mentions, dates or events annotated

# context, type, fine_type, normal, referent
ENTITIES = [
    ("воспоминание, [Растопчин] чувствовал", "PER", None, "Растопчин", "rastopchin"),
    ("У [Яузского моста] все", "LOC", "FACILITY", "Яузский мост", "yauza_bridge"),
    ("жарко. [Кутузов], нахмуренный", "PER", None, "Кутузов", "kutuzov"),
    ("подошел к [Кутузову] и", "PER", None, "Кутузов", "kutuzov"),
    ("Это был граф [Растопчин].", "PER", None, "Растопчин", "rastopchin"),
    ("говорил [Кутузову], что", "PER", None, "Кутузов", "kutuzov"),
    ("потому что [Москвы] и", "LOC", "CITY", "Москва", "moscow"),
    ("не сдадите [Москвы], не", "LOC", "CITY", "Москва", "moscow"),
    ("[Кутузов] глядел", "PER", None, "Кутузов", "kutuzov"),
    ("глядел на [Растопчина] и", "PER", None, "Растопчин", "rastopchin"),
    ("[Растопчин], смутившись", "PER", None, "Растопчин", "rastopchin"),
    ("[Кутузов] слегка", "PER", None, "Кутузов", "kutuzov"),
    ("лица [Растопчина], тихо", "PER", None, "Растопчин", "rastopchin"),
    ("не отдам [Москвы], не", "LOC", "CITY", "Москва", "moscow"),
    ("Думал ли [Кутузов] совершенно", "PER", None, "Кутузов", "kutuzov"),
    ("но граф [Растопчин] ничего", "PER", None, "Растопчин", "rastopchin"),
    ("отошел от [Кутузова].", "PER", None, "Кутузов", "kutuzov"),
    ("Главнокомандующий [Москвы], гордый", "LOC", "CITY", "Москва", "moscow"),
    ("гордый граф [Растопчин], взяв", "PER", None, "Растопчин", "rastopchin"),
    ("войска [Мюрата] вступали", "PER", None, "Мюрат", "murat"),
    ("вступали в [Москву]. Впереди", "LOC", "CITY", "Москва", "moscow"),
    ("середины [Арбата], близ", "LOC", "FACILITY", "Арбат", "arbat"),
    ("близ [Николы Явленного], Мюрат", "LOC", "FACILITY", "Никола Явленный", "nikola"),
    ("Явленного, [Мюрат] остановился", "PER", None, "Мюрат", "murat"),
    ("«le [Kremlin]»", "LOC", "FACILITY", "Kremlin", "kremlin"),
    ("Вокруг [Мюрата] собралась", "PER", None, "Мюрат", "murat"),
    ("остававшихся в [Москве] жителей", "LOC", "CITY", "Москва", "moscow"),
    ("далеко ли до [Кремля]?", "LOC", "FACILITY", "Кремль", "kremlin"),
    ("[Мюрат] подвинулся", "PER", None, "Мюрат", "murat"),
    ("подъехал к [Мюрату] и", "PER", None, "Мюрат", "murat"),
    ("сказал [Мюрат] и", "PER", None, "Мюрат", "murat"),
    ("шедшей за [Мюратом], и", "PER", None, "Мюрат", "murat"),
    ("поехала по [Арбату].", "LOC", "FACILITY", "Арбат", "arbat"),
    ("конца [Вздвиженки], артиллерия", "LOC", "FACILITY", "Вздвиженка", "vzdvizhenka"),
    ("смотрели в [Кремль] в", "LOC", "FACILITY", "Кремль", "kremlin"),
]

MENTIONS = []
DATES = []
EVENTS = []
