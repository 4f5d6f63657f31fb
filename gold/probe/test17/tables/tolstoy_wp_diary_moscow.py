"""Tolstoy, «Война и мир», volume 2, part 3, chapter VIII, its close: Pierre leaves for Moscow to see
Iosif Alekseevich (Bazdeev), and the first entry of Pierre's diary, «Москва, 17 ноября.»: the visit to
his benefactor, the masonic signs, the three aims of the order, the benefactor's judgement of his
speech in the Petersburg lodge, his advice, the notebook (corpus ../war_and_peace/tom2.txt, characters
349301-352904: the paragraph where the diary begins and the whole first entry; the second entry,
«Петербург, 23-го ноября.», would carry the passage past 4,000 characters).

Annotated by reading before any pipeline run; fresh test set of round 17 (annot17b). All layers
(entities, person mentions with clusters, dates, events with arguments), against GUIDELINES.md
sections 2, 3, 4, 5, 8 and the decisions of 9.4, 9.9, 9.11, 9.14, 9.17, 9.21, 9.23, 9.25, 9.26,
9.34, 9.36, 9.40, 9.43, 9.46; doubts in section 9.49.

Particular decisions:
- The diary is Pierre's first person: his `я`, `меня`, `мне`, `мой`, `мы` and the reflexives whose
  subject is he (`души своей`, `для себя лично`, `за самим собою`, `свои поступки`) are no mentions
  (8.2); his unwritten subject of `приехал` is none either. Iosif Alekseevich is `благодетель`
  (a common noun, no entity, no argument) and `Иосиф Алексеевич`: his pronouns take that cluster.
  Generic persons (`истинного масона ... самого себя`, `человек может познавать себя`, the aims'
  `исправлении себя`) give null mentions (9.23); the brothers (`обращать их`) a null group.
- Names: `рыцарей Востока и Иерусалима` (a masonic degree, no name of our types) holds two place
  names, annotated inside it (2.4): `Востока` LOCATION, `Иерусалима` CITY. `нашей Петербургской
  ложе` (capitalised, the lodge's name) is ORG with its head noun, as a named club (9.46);
  `прусских`, `шотландских ложах`, `петербургскими братьями` are adjectives; `Иллюминатство` an
  ideology.
- Dates: the heading `Москва, 17 ноября.` is a diary entry's heading (the narration says so: `Вот
  что писал Пьер в дневнике своем`; a quoted diary is read as an entry, 9.34), no year: `XXXX-11-17`.
  `третий год` (how long he has been ill) a duration, `P3Y`. `поздним вечером`, `С утра и до поздней
  ночи` (a habit) are no dates.
- Inferred times: the heading without its year dates its entry (9.40, 9.11, across `Потом`); the
  visit is told as today's (`Сейчас только приехал от благодетеля`), so its asserted events take
  `17 ноября` inferred; the speech and the break in Petersburg (`предлагал`, `речь`, `разрыве`) lie
  before it, and the events of the intro paragraph before the heading: no time.
- Events: the visit and conversation (`приехал`, `принял` MEETING, `разговора` MEETING), the masonic
  sign and its answer (`знак` on the noun under `сделал`, `ответил`) COMMUNICATION; questions,
  telling, exposition, explanation, advice told indirectly (`спросил`, `рассказал`, `сообщил`,
  `изложил`, `спросив`, `осудил`, `объяснил`, `указал`, `советовал` twice) COMMUNICATION; `сказал
  мне:` and `сказал он мне` tag the quotation, `как я сказал вам` refers back to speech (9.7.1): no
  events. `передав те основания` elaborates `рассказал` (9.3): none. `согласился ... в глубине души`
  is inward: none. `любви к смерти` (twice, in the benefactor's speech) and `любит смерть` are DEATH
  `possible` (generic, as `готовности к смерти`, 9.17, 9.21). `занимая в ложе ... должности` (advised)
  EMPLOYMENT `desired`. `дурном приеме` (how the lodge received his proposals), `общения с ...
  братьями`, `дал мне тетрадь`, `пишу`, `работает над наукой` (9.43), `слова ропота` (never heard):
  no events. In the intro: `Не отвечая` COMMUNICATION negative, `уехал` MOVEMENT, `повидаться`
  MEETING `desired`; `писал Пьер в дневнике` tags the quoted diary (8.6, 9.14): none.
"""
SOURCE = ("../war_and_peace/tom2.txt", 349301, 352904)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("ни теще, [Пьер] раз", "PER", None, "Пьер", "pierre"),
    ("уехал в [Москву]", "LOC", "CITY", "Москва", "moskva"),
    ("повидаться с [Иосифом Алексеевичем]", "PER", None, "Иосиф Алексеевич", "iosif"),
    ("писал [Пьер] в", "PER", None, "Пьер", "pierre"),
    ("«[Москва], 17 ноября", "LOC", "CITY", "Москва", "moskva"),
    ("[Иосиф Алексеевич] живет", "PER", None, "Иосиф Алексеевич", "iosif"),
    ("рыцарей [Востока] и", "LOC", "LOCATION", "Восток", "vostok"),
    ("и [Иерусалима], он", "LOC", "CITY", "Иерусалим", "ierusalim"),
    ("нашей [Петербургской ложе]", "ORG", None, "Петербургская ложа", "peterburg_lodge"),
    ("[Иосиф Алексеевич], изрядно", "PER", None, "Иосиф Алексеевич", "iosif"),
    ("основании [Иосиф Алексеевич] осудил", "PER", None, "Иосиф Алексеевич", "iosif"),
    ("что [Иосиф Алексеевич], несмотря", "PER", None, "Иосиф Алексеевич", "iosif"),
]

# context, value, mod
DATES = [
    ("Москва, [17 ноября].", "XXXX-11-17", None),
    ("страдает [третий год] мучительною", "P3Y", None),
]

# context, kind, referent (None: no named referent in the passage)
MENTIONS = [
    ("в дневнике [своем]", P, "pierre"),
    ("от [него] стона", P, "iosif"),
    ("в которые [он] кушает", P, "iosif"),
    ("пищу, [он] работает", P, "iosif"),
    ("[Он] принял меня", P, "iosif"),
    ("на которой [он] лежал", P, "iosif"),
    ("сделал [ему] знак", P, "iosif"),
    ("Иерусалима, [он] ответил", P, "iosif"),
    ("рассказал [ему] всё", P, "iosif"),
    ("изложил мне [свой] взгляд", P, "iosif"),
    ("[Он] удивил меня", P, "iosif"),
    ("исправлении [себя] для", P, None),
    ("согласился с [ним]", P, "iosif"),
    ("делах, [он] сказал мне", P, "iosif"),
    ("самого [себя]. Но", P, None),
    ("сказал [он] мне, только", P, "iosif"),
    ("познавать [себя]", P, None),
    ("несмотря на [свои]", P, "iosif"),
    ("к которой [он]", P, "iosif"),
    ("высоту [своего]", P, "iosif"),
    ("чувствует еще [себя]", P, "iosif"),
    ("[Он] советовал мне", P, "iosif"),
    ("обращать [их]", P, None),
    ("лично [советовал] мне", Z, "iosif"),
]

DAY = "Москва, [17 ноября]."

# trigger context, type, polarity, modality, [(role, argument context[, "inferred"]), ...]
EVENTS = [
    ("Не [отвечая] ничего", "COMMUNICATION", "negative", "asserted", [
        ("agent", "ни теще, [Пьер] раз")]),
    ("и [уехал] в Москву", "MOVEMENT", "positive", "asserted", [
        ("agent", "ни теще, [Пьер] раз"), ("destination", "уехал в [Москву]")]),
    ("чтобы [повидаться]", "MEETING", "positive", "desired", [
        ("participant", "ни теще, [Пьер] раз"),
        ("participant", "повидаться с [Иосифом Алексеевичем]")]),
    ("Сейчас только [приехал]", "MOVEMENT", "positive", "asserted", [
        ("time", DAY, "inferred")]),
    ("Он [принял] меня", "MEETING", "positive", "asserted", [
        ("participant", "[Он] принял меня"), ("time", DAY, "inferred")]),
    ("ему [знак] рыцарей", "COMMUNICATION", "positive", "asserted", [
        ("recipient", "сделал [ему] знак"), ("time", DAY, "inferred")]),
    ("он [ответил] мне", "COMMUNICATION", "positive", "asserted", [
        ("agent", "Иерусалима, [он] ответил"), ("time", DAY, "inferred")]),
    ("улыбкой [спросил]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "Иерусалима, [он] ответил"), ("time", DAY, "inferred")]),
    ("Я [рассказал] ему", "COMMUNICATION", "positive", "asserted", [
        ("recipient", "рассказал [ему] всё"), ("time", DAY, "inferred")]),
    ("я [предлагал] в", "COMMUNICATION", "positive", "asserted", [
        ("place", "нашей [Петербургской ложе]")]),
    ("и [сообщил] о", "COMMUNICATION", "positive", "asserted", [
        ("time", DAY, "inferred")]),
    ("о [разрыве]", "CONFLICT", "positive", "asserted", []),
    ("[изложил] мне", "COMMUNICATION", "positive", "asserted", [
        ("agent", "[Иосиф Алексеевич], изрядно"), ("time", DAY, "inferred")]),
    ("меня, [спросив]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "[Он] удивил меня"), ("time", DAY, "inferred")]),
    ("Алексеевич [осудил]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "основании [Иосиф Алексеевич] осудил"), ("time", DAY, "inferred")]),
    ("мою [речь]", "COMMUNICATION", "positive", "asserted", []),
    ("случаю [разговора]", "MEETING", "positive", "asserted", [
        ("time", DAY, "inferred")]),
    ("добродетели – любви к [смерти]", "DEATH", "positive", "possible", []),
    ("врожденной любви к [смерти]", "DEATH", "positive", "possible", []),
    ("любит [смерть]", "DEATH", "positive", "possible", []),
    ("[объяснил] мне вполне", "COMMUNICATION", "positive", "asserted", [
        ("time", DAY, "inferred")]),
    ("и [указал] на то", "COMMUNICATION", "positive", "asserted", [
        ("time", DAY, "inferred")]),
    ("Он [советовал] мне не", "COMMUNICATION", "positive", "asserted", [
        ("agent", "[Он] советовал мне"), ("time", DAY, "inferred")]),
    ("[занимая] в ложе", "EMPLOYMENT", "positive", "desired", []),
    ("лично [советовал] мне", "COMMUNICATION", "positive", "asserted", [
        ("agent", "лично [советовал] мне"), ("time", DAY, "inferred")]),
]
