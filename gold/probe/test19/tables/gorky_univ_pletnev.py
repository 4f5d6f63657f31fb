"""Gorky, «Мои университеты», the sentry-box policeman Никифорыч on the student Плетнев: his wife praises
the student and is silenced, he advises the narrator to get to know Плетнев (who prints leaflets on a
hectograph), expounds the «незримая нить» running from the heart of the emperor Александр Третий down to
the last soldier, warns about the students who sit at Деренкова's in the bakery at night; the wife's
father comes in with vodka; the narrator leaves; late in the evening the landlady of the shop questions him
about the talk and wants the baker sent away (corpus gorky_moi_universitety.txt, characters 88255-92296).

Annotated by reading before any pipeline run; fresh test set of round 19 (annot19b). All layers
(entities, person mentions with clusters, dates, events with arguments), against GUIDELINES.md
sections 2, 3, 4, 5, 8 and the decisions of section 9; doubts in section 9.64.

Particular decisions:
- Names: `Плетнев` (five times; `Господин` outside), `Никифорыч` (three times), `Александра Третьего`
  (PER, the title `государь-императора` outside), `Деренковой` PER. The landlady (`хозяйка`, who locks
  the shop the students visit) is read as `Деренкова`: her pronouns take that cluster (8.3; doubt: the
  passage does not say it in one sentence). The wife (`Супруга`, `Женщина`, `баба`), her father
  (`старичок`, `Тесть`), the baker (`Пекарь`, `пекаря`) and the teachers are unnamed: null.
  `английской королевой`, `полячишки`, `жиды`, `будочник`, `паук` no entities.
- Mentions: `его` of the title formulas `его императорского величества`, `его высокопревосходительство`
  is part of a title, no mention (doubt). `когда выучится` a zero (Плетнев). `сегодня он студент` (a
  student in general) a pronoun, null. `от него` of the spider, `она`/`ее` of the thread, `он
  спрашивает` of a look: things.
- Dates: `сегодня`, `завтра` in Никифорыч's speech `XXXX-XX-XX` (3.3: direct speech), though generic
  (doubt). `Поздно вечером`, `по ночам` (a part of the day alone), `Через несколько минут` (minutes within
  the scene, 8.5) no dates.
- Events: `печатает` PUBLICATION (Плетнев); `выучится` EDUCATION; `хвалит` (praise told with `дескать`),
  `подзуживают`, `не успел сказать` (negative), `объяснил`, `позвала`, `сообщила`, `поручено`, `доклад`,
  `не выспрашивает` COMMUNICATION; `шляются` (to the bakery, a place) MOVEMENT, `сидят у Деренковой` (a
  visit to a person) MEETING; `вошел`, `ушел` MOVEMENT; `говорил со мною` (a face-to-face talk) MEETING;
  `Его надо прогнать` EMPLOYMENT `necessary`, `решение прогнать` EMPLOYMENT `desired`. No events: tags of
  quotations (`вставила`, `советует`, `спрашивает`, `воскликнула`, `продолжает`, `спросил`, `сказал`,
  `говоря`, `говорила`), imperatives (`познакомься-ко`, `Убирай`), `видел меня с Плетневым`
  (perception), `знакомы` (a state), `укротив`, `подкуплены` (no type fits; doubt), `простился` (a
  leave-taking, doubt), `ущипнула`, `научился`, `произнесла слово` (the word already quoted).
"""
SOURCE = ("gorky_moi_universitety.txt", 88255, 92296)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("первого курса [Плетнев]", "PER", None, "Плетнев", "pletnev"),
    ("Господин [Плетнев]", "PER", None, "Плетнев", "pletnev"),
    ("И [Никифорыч], укротив", "PER", None, "Никифорыч", "nikiforych"),
    ("познакомься-ко с [Плетневым]", "PER", None, "Плетнев", "pletnev"),
    ("меня с [Плетневым] на улице", "PER", None, "Плетнев", "pletnev"),
    ("что [Плетнев] печатает", "PER", None, "Плетнев", "pletnev"),
    ("государь-императора [Александра Третьего]", "PER", None, "Александр Третий", "alexander3"),
    ("у [Деренковой] по ночам", "PER", None, "Деренкова", "derenkova"),
    ("угрюмо сказал [Никифорыч]", "PER", None, "Никифорыч", "nikiforych"),
    ("родня [Никифорыча]", "PER", None, "Никифорыч", "nikiforych"),
]

# context, value, mod
DATES = [
    ("— [сегодня] он студент", "XXXX-XX-XX", None),
    ("а [завтра] — товарищ", "XXXX-XX-XX", None),
]

# context, kind, referent (None: no named referent in the passage)
MENTIONS = [
    ("Супруга [его], вздохнув", P, "nikiforych"),
    ("господином [он] будет", P, "pletnev"),
    ("когда [выучится]", Z, "pletnev"),
    ("Так как [он] видел", P, "nikiforych"),
    ("В [его] словах", P, "nikiforych"),
    ("досада, [он] порывисто", P, "nikiforych"),
    ("а [он], надуваясь", P, "nikiforych"),
    ("супруги [его] мешают", P, "nikiforych"),
    ("изменился [его] голос", P, "nikiforych"),
    ("спрашивает [он] меня и смотрит", P, "nikiforych"),
    ("прищурив глаза, [он] продолжает", P, "nikiforych"),
    ("будто бы [они] — за народ", P, None),
    ("шёпотом [он] спрашивает", P, "nikiforych"),
    ("сегодня [он] студент", P, None),
    ("только [они] торопятся", P, None),
    ("подзуживают [их]", P, None),
    ("Но [он] не успел", P, "nikiforych"),
    ("весело спросил [он]", P, None),
    ("чем [они], объяснил", P, None),
    ("меня к [себе]", P, "derenkova"),
    ("что [ей] поручено", P, "derenkova"),
    ("воскликнула [она]", P, "derenkova"),
    ("Ведь [его] любовница", P, None),
    ("[Его] надо прогнать", P, None),
    ("глядя на [нее]", P, "derenkova"),
    ("[Она] как-то слишком", P, "derenkova"),
    ("понравилось [ее] решение", P, "derenkova"),
    ("говорила [она]", P, "derenkova"),
    ("взгляд [ее] глаз", P, "derenkova"),
    ("Вот [она] остановилась", P, "derenkova"),
]

# trigger context, type, polarity, modality, [(role, argument context), ...]
EVENTS = [
    ("когда [выучится]", "EDUCATION", "positive", "asserted", [
        ("agent", "когда [выучится]")]),
    ("Плетнев [печатает]", "PUBLICATION", "positive", "asserted", [
        ("agent", "что [Плетнев] печатает")]),
    ("[хвалит] тебя", "COMMUNICATION", "positive", "asserted", []),
    ("студенты [шляются]", "MOVEMENT", "positive", "asserted", []),
    ("[сидят] у Деренковой", "MEETING", "positive", "asserted", [
        ("participant", "у [Деренковой] по ночам")]),
    ("[подзуживают] их", "COMMUNICATION", "positive", "asserted", [
        ("recipient", "подзуживают [их]")]),
    ("не успел [сказать]", "COMMUNICATION", "negative", "asserted", [
        ("agent", "Но [он] не успел")]),
    ("[вошел] красноносый", "MOVEMENT", "positive", "asserted", []),
    ("простился и [ушел]", "MOVEMENT", "positive", "asserted", []),
    ("[объяснил] мне", "COMMUNICATION", "positive", "asserted", []),
    ("хозяйка [позвала]", "COMMUNICATION", "positive", "asserted", []),
    ("деловито [сообщила]", "COMMUNICATION", "positive", "asserted", []),
    ("ей [поручено]", "COMMUNICATION", "positive", "asserted", [
        ("recipient", "что [ей] поручено")]),
    ("о чем [говорил] со мною", "MEETING", "positive", "asserted", []),
    ("подробный [доклад]", "COMMUNICATION", "positive", "asserted", [
        ("recipient", "воскликнула [она]")]),
    ("не [выспрашивает]", "COMMUNICATION", "negative", "asserted", []),
    ("надо [прогнать]", "EMPLOYMENT", "positive", "necessary", [
        ("patient", "[Его] надо прогнать")]),
    ("решение [прогнать]", "EMPLOYMENT", "positive", "desired", [
        ("agent", "понравилось [ее] решение")]),
]
