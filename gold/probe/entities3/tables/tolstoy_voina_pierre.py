"""Tolstoy, «Война и мир», volume 2, part 5, chapter XIX (the opening): Pierre back in Moscow,
Anatole on the Tverskoy boulevard, Marya Dmitrievna tells Pierre of Natasha's refusal
(corpus ../war_and_peace/tom2.txt, characters 728825–732394).

Annotated for entities only, by reading before any pipeline run (third entities probe, issue 11
item 4 and issue 12; ner13), against GUIDELINES.md section 2 and the decisions of 9.16, 9.31 and
9.35. Titles outside (`князь Андрей` → `Андрей`); `Ахросимовой` is Marya Dmitrievna's surname, one
cluster with `Марьи Дмитриевны`; the family `Ростовых` (normal `Ростовы`) its own cluster (8.3),
`Наташе Ростовой` the daughter's. `Андрея Болконского`, `Андрей`, `Болконского` one cluster;
`Анатоль`, `Анатоль Курагин` one. `Тверском бульваре` keeps its cue word (a street, FACILITY).
"""
SOURCE = ("../war_and_peace/tom2.txt", 728825, 732394)
LAYERS = ("entities",)  # an entities probe: no mentions, dates or events annotated

# context, type, fine_type, normal, referent
ENTITIES = [
    ("жены в [Москву] Пьер", "LOC", "CITY", "Москва", "moscow"),
    ("в Москву [Пьер] сбирался", "PER", None, "Пьер", "pierre"),
    ("приезда [Ростовых] в", "PER", None, "Ростовы", "rostovs"),
    ("Ростовых в [Москву], впечатление", "LOC", "CITY", "Москва", "moscow"),
    ("на него [Наташа], заставило", "PER", None, "Наташа", "natasha"),
    ("поехал в [Тверь] ко", "LOC", "CITY", "Тверь", "tver"),
    ("вдове [Иосифа Алексеевича], которая", "PER", None, "Иосиф Алексеевич", "iosif"),
    ("Когда [Пьер] вернулся", "PER", None, "Пьер", "pierre"),
    ("вернулся в [Москву], ему", "LOC", "CITY", "Москва", "moscow"),
    ("от [Марьи Дмитриевны], которая", "PER", None, "Марья Дмитриевна", "marya"),
    ("касающемуся [Андрея Болконского] и", "PER", None, "Андрей Болконский", "andrey"),
    ("невесты. [Пьер] избегал", "PER", None, "Пьер", "pierre"),
    ("избегал [Наташи]. Ему", "PER", None, "Наташа", "natasha"),
    ("ехать к [Марье Дмитриевне]. ", "PER", None, "Марья Дмитриевна", "marya"),
    ("приехал князь [Андрей] и", "PER", None, "Андрей", "andrey"),
    ("думал [Пьер] дорогой", "PER", None, "Пьер", "pierre"),
    ("дорогой к [Ахросимовой].", "PER", None, "Ахросимова", "marya"),
    ("На [Тверском бульваре] кто-то", "LOC", "FACILITY", "Тверской бульвар", "tverskoy"),
    ("– [Пьер]! Давно", "PER", None, "Пьер", "pierre"),
    ("голос. [Пьер] поднял", "PER", None, "Пьер", "pierre"),
    ("промелькнул [Анатоль] с", "PER", None, "Анатоль", "anatole"),
    ("товарищем [Макариным].", "PER", None, "Макарин", "makarin"),
    ("[Анатоль] сидел прямо", "PER", None, "Анатоль", "anatole"),
    ("подумал [Пьер], «ничего", "PER", None, "Пьер", "pierre"),
    ("завистью подумал [Пьер].", "PER", None, "Пьер", "pierre"),
    ("В передней [Ахросимовой] лакей", "PER", None, "Ахросимова", "marya"),
    ("снимая с [Пьера] его", "PER", None, "Пьер", "pierre"),
    ("что [Марья Дмитриевна] просят", "PER", None, "Марья Дмитриевна", "marya"),
    ("залу, [Пьер] увидал", "PER", None, "Пьер", "pierre"),
    ("увидал [Наташу], сидевшую", "PER", None, "Наташа", "natasha"),
    ("спросил [Пьер], входя", "PER", None, "Пьер", "pierre"),
    ("входя к [Марье Дмитриевне].", "PER", None, "Марья Дмитриевна", "marya"),
    ("отвечала [Марья Дмитриевна]:", "PER", None, "Марья Дмитриевна", "marya"),
    ("взяв с [Пьера] честное", "PER", None, "Пьер", "pierre"),
    ("узнает, [Марья Дмитриевна] сообщила", "PER", None, "Марья Дмитриевна", "marya"),
    ("ему, что [Наташа] отказала", "PER", None, "Наташа", "natasha"),
    ("был [Анатоль Курагин], с", "PER", None, "Анатоль Курагин", "anatole"),
    ("жена [Пьера], и", "PER", None, "Пьер", "pierre"),
    ("которым [Наташа] хотела", "PER", None, "Наташа", "natasha"),
    ("[Пьер] приподняв", "PER", None, "Пьер", "pierre"),
    ("говорила ему [Марья Дмитриевна], не", "PER", None, "Марья Дмитриевна", "marya"),
    ("Невесте князя [Андрея], так", "PER", None, "Андрей", "andrey"),
    ("милой [Наташе Ростовой], променять", "PER", None, "Наташа Ростова", "natasha"),
    ("променять [Болконского] на", "PER", None, "Болконский", "andrey"),
    ("дурака [Анатоля], уже", "PER", None, "Анатоль", "anatole"),
    ("([Пьер] знал", "PER", None, "Пьер", "pierre"),
    ("этого [Пьер] не мог", "PER", None, "Пьер", "pierre"),
    ("впечатление [Наташи], которую", "PER", None, "Наташа", "natasha"),
    ("жалко было князя [Андрея], жалко", "PER", None, "Андрей", "andrey"),
    ("об этой [Наташе], с", "PER", None, "Наташа", "natasha"),
    ("что душа [Наташи] была", "PER", None, "Наташа", "natasha"),
]

MENTIONS = []
DATES = []
EVENTS = []
