"""Tolstoy, «Война и мир», volume 4, part 1, chapter I, the opening: Petersburg in August 1812, the
two empresses' contrary orders, Anna Pavlovna's soirée on the day of Borodino (the bishop's letter
to be read by prince Vasily), Countess Bezukhova's illness (corpus ../war_and_peace/tom4.txt,
characters 186-3299; the four paragraphs of narration before the French lines of the soirée).

Annotated by reading before any pipeline run; fresh test set of round 15 (annot15b). All layers
(entities, person mentions with clusters, dates, events with arguments), against GUIDELINES.md
sections 2, 3, 4, 5, 8 and the decisions of 9.8, 9.9, 9.13, 9.17, 9.21, 9.25, 9.26, 9.29, 9.32-9.35;
doubts in section 9.37.

Particular decisions:
- Titles outside the span (8.3, 9.33): `Императрица [Мария* Феодоровна]` (the footnote asterisk
  inside the name is inside the span, as `Будоринского(4) форпоста` in 9.1; `normal` drops it),
  `Императрица же [Елизавета Алексеевна]`, `князь [Василий]`, `графини [Безуховой]`. The empress of
  `партий ... Марии Феодоровны` and the empress who orders the institutes away are one person.
  `цесаревича`, `государя`, `государю`, `императрицы`, `Графиня`, `преосвященного`, `итальянца`
  are titles or descriptions: no entities, no mentions; `французов` a noun of nationality.
  `преподобного угодника [Сергия]` is the saint named through his icon (PER, 9.12).
  `Бородинского сражения` is an EVENT entity and its head noun a WAR trigger (9.25, 9.32).
- Dates: `26-го августа` has no year (`XXXX-08-26`) and is no date in force (8.4); `в этот день`
  is that day; `несколько дней тому назад` is counted back from it, the month kept (9.26),
  APPROX as `Через несколько дней` (9.25). `в это время`, `в самый день Бородинского сражения`
  (anchored to an event) are no dates. No time is inferred.
- Events: the party struggle (`борьба`) is CONFLICT, the persons whose parties they are its
  participants; balls and soirées are gatherings (MEETING: `балы` and `все вечера Анны Павловны`
  habitual, asserted, 4.1 rule 7); the court `выходы` are left without a type. The reading of the
  letter (`чтение`, `Прочесть`, `читывал`) has no type; the bishop's letter is one COMMUNICATION on
  `написанного` (4.1 rule 3); sending the icon is a thing sent (9.14). The empresses' orders,
  the question put to Elizaveta Alekseevna and her answer are COMMUNICATION; the institutes
  ordered to Kazan (`отправке`) MOVEMENT `desired` (not told as done); her `последняя выедет` a
  declared intention, `desired`. Missing the gatherings (`пропустила несколько собраний`) and
  receiving nobody (`никого не принимает`) are MEETING negative; the illness and the cure have no
  type; `выходить замуж сразу за двух мужей` MARRIAGE `possible`.
"""
SOURCE = ("../war_and_peace/tom4.txt", 186, 3299)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("В [Петербурге] в это время", "LOC", "CITY", "Петербург", "peterburg"),
    ("борьба партий [Румянцева]", "PER", None, "Румянцев", "rumyantsev"),
    ("французов, [Марии Феодоровны], цесаревича", "PER", None, "Мария Феодоровна", "maria_f"),
    ("Императрица [Мария* Феодоровна], озабоченная", "PER", None, "Мария Феодоровна", "maria_f"),
    ("институтов в [Казань]*", "LOC", "CITY", "Казань", "kazan"),
    ("Императрица же [Елизавета Алексеевна] на", "PER", None, "Елизавета Алексеевна", "elizaveta"),
    ("выедет из [Петербурга]", "LOC", "CITY", "Петербург", "peterburg"),
    ("У [Анны Павловны] 26-го", "PER", None, "Анна Павловна", "anna_pavlovna"),
    ("в самый день [Бородинского сражения]", "EVENT", None, "Бородинское сражение", "borodino"),
    ("угодника [Сергия]", "PER", None, "Сергий", "sergiy"),
    ("сам князь [Василий]", "PER", None, "Василий", "vasily"),
    ("все вечера [Анны Павловны]", "PER", None, "Анна Павловна", "anna_pavlovna"),
    ("но [Анна Павловна] еще не", "PER", None, "Анна Павловна", "anna_pavlovna"),
    ("в этот день в [Петербурге] была", "LOC", "CITY", "Петербург", "peterburg"),
    ("графини [Безуховой]", "PER", None, "Безухова", "bezukhova"),
    ("в присутствии [Анны Павловны]", "PER", None, "Анна Павловна", "anna_pavlovna"),
]

# context, value, mod
DATES = [
    ("Павловны [26-го августа], в самый", "XXXX-08-26", None),
    ("дня в [этот день] в Петербурге", "XXXX-08-26", None),
    ("Графиня [несколько дней тому назад] неожиданно", "XXXX-08-XX", "APPROX"),
]

# context, kind, referent
MENTIONS = [
    ("подведомственных [ей] богоугодных", P, "maria_f"),
    ("какие [ей] угодно", P, "elizaveta"),
    ("свойственным [ей] русским", P, "elizaveta"),
    ("учреждениях [она] не может", P, "elizaveta"),
    ("зависит от [нее]", P, "elizaveta"),
    ("от нее, [она] изволила", P, "elizaveta"),
    ("что [она] последняя", P, "elizaveta"),
    ("славившийся [своим] искусством", P, "vasily"),
    ("([Он] же читывал", P, "vasily"),
    ("лиц, [которых] надо", P, None),
    ("за [их] поездки", P, None),
    ("всех [тех], кого", P, None),
    ("тех, [кого] нужно", P, None),
    ("которых [она] была украшением", P, "bezukhova"),
    ("что [она] никого", P, "bezukhova"),
    ("лечивших [ее]", P, "bezukhova"),
    ("[она] вверилась", P, "bezukhova"),
    ("лечившему [ее]", P, "bezukhova"),
]

# trigger context, type, polarity, modality, [(role, argument context), ...]
EVENTS = [
    ("шла сложная [борьба] партий", "CONFLICT", "positive", "asserted", [
        ("participant", "борьба партий [Румянцева]"),
        ("participant", "французов, [Марии Феодоровны], цесаревича"),
        ("place", "В [Петербурге] в это время")]),
    ("выходы, [балы], тот же", "MEETING", "positive", "asserted", []),
    ("[Рассказывалось] шепотом", "COMMUNICATION", "positive", "asserted", []),
    ("сделала [распоряжение] об", "COMMUNICATION", "positive", "asserted", [
        ("agent", "Императрица [Мария* Феодоровна], озабоченная")]),
    ("об [отправке] всех", "MOVEMENT", "positive", "desired", [
        ("destination", "институтов в [Казань]*")]),
    ("на [вопрос] о том", "COMMUNICATION", "positive", "asserted", []),
    ("угодно сделать [распоряжения]", "COMMUNICATION", "positive", "desired", [
        ("agent", "какие [ей] угодно")]),
    ("изволила [ответить]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "Императрица же [Елизавета Алексеевна] на")]),
    ("делать [распоряжений]", "COMMUNICATION", "negative", "possible", [
        ("agent", "учреждениях [она] не может")]),
    ("изволила [сказать]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "от нее, [она] изволила")]),
    ("последняя [выедет]", "MOVEMENT", "positive", "desired", [
        ("agent", "что [она] последняя"), ("origin", "выедет из [Петербурга]")]),
    ("был [вечер], цветком", "MEETING", "positive", "asserted", [
        ("participant", "У [Анны Павловны] 26-го"), ("time", "Павловны [26-го августа], в самый")]),
    ("Бородинского [сражения]", "WAR", "positive", "asserted", []),
    ("преосвященного, [написанного]", "COMMUNICATION", "positive", "asserted", []),
    ("как и все [вечера]", "MEETING", "positive", "asserted", [
        ("participant", "все вечера [Анны Павловны]")]),
    ("На этом [вечере]", "MEETING", "positive", "necessary", []),
    ("их [поездки]", "MOVEMENT", "positive", "asserted", [
        ("agent", "за [их] поездки")]),
    ("много [собралось] народа", "MEETING", "positive", "asserted", []),
    ("общие [разговоры]", "MEETING", "positive", "asserted", [
        ("participant", "но [Анна Павловна] еще не")]),
    ("несколько [собраний]", "MEETING", "negative", "asserted", []),
    ("никого не [принимает]", "MEETING", "negative", "asserted", [
        ("participant", "что [она] никого")]),
    ("неудобства [выходить] замуж", "MARRIAGE", "positive", "possible", []),
]
