"""Tolstoy, War and Peace, vol. 3: Алпатыч and the headman Дрон at Богучарово, and the beginning of
chapter X. Алпатыч sees that Дрон is caught by the mood of the village, tells him the prince (`князь
Андрей Николаич`) has ordered the people sent away, that they must get carts ready by the morning to go
to Moscow; Дрон begs to be released, says the village is drinking; Алпатыч goes to the police officer;
by the evening the carts are not collected, a village meeting at the tavern resolves to drive the horses
into the forest, and Алпатыч has his own horses from Лысые Горы made ready for the princess. Chapter X:
after her father's funeral княжна Марья shuts herself in her room, answers through the door that she will
not go anywhere, lies on the sofa thinking of death (corpus war_and_peace/tom3.txt, characters
300221-304517).

Annotated by reading before any pipeline run; fresh test set of round 19 (annot19b). All layers
(entities, person mentions with clusters, dates, events with arguments), against GUIDELINES.md
sections 2, 3, 4, 5, 8 and the decisions of section 9; doubts in section 9.64.

Particular decisions:
- Names: `Алпатыч`, `Яков Алпатыч` one cluster; `Дрон`, `Дронушка` one cluster; `Андрей Николаич`
  (titles `Его сиятельство князь` outside); `Марья` (`княжна` outside, as the development set's
  `княжны Марьи`); `Москву` LOC CITY, `Лысых Гор` LOC CITY (as the development set). `Христа` (an
  invocation, `ради Христа`), `богу`, `царю`, `князя`, `старому князю`, `княжне`, `исправнику`,
  `богучаровского` no entities; the old prince (`отца`) is unnamed.
- Mentions: `его` of `Его сиятельство` is part of a title, no mention (doubt). `народ`, `люди`,
  `колдуны` are groups without a name: their pronouns null (`с которым`, `им говорю`, `чтоб они`,
  `показывать им`, `они могут`); `Пьют?` and `чтобы собирались` zero subjects (the peasants), null
  (doubt: the subjunctive after `чтобы` as finite). `кто останется, тот` (generic) both pronouns, null.
  `свою собственную кладь` is Алпатыч's (the subject of `велел`). `которым` of a mood, `которой` of a
  room, `ею` of a hand, `которая` of a baseness: things.
- Dates: `двадцать лет` twice `P20Y` (durations, no time argument); `завтра` (of `завтра к утру`) in
  speech `XXXX-XX-XX` (doubt: `к утру` inside); `к вечеру`, `до сих пор` no dates. No date in force: no
  inferred times.
- Events: `управлял` twice EMPLOYMENT (the steward's post); `приказали` and `приказ` (in speech),
  `велел`, `проговорила, что`, `просит, чтобы`, `им говорю` COMMUNICATION; `отправить` (the ordered
  removal of the people, not told as done) MOVEMENT `desired`; `хотел что-то сказать`, `сказать` and
  `спросить` (purpose infinitives) COMMUNICATION `desired`; `не настаивал`, `Ничего не говоря`
  COMMUNICATION negative; `поеду`, `поехал`, `подошла` (to the door, as test18's `пошел к двери`),
  `пришел` MOVEMENT; `не поедет` MOVEMENT negative; `отъезде` MOVEMENT `desired` (planned); `сходка`
  and `разговора Алпатыча с Дроном` MEETING. No events: quotation tags (`сказал`, `отвечал`,
  `повторил`, `спросил`, `перебил`), imperatives and what they order (`скажи, чтобы собирались ...
  идти в Москву`, `не ходи`, `уволь`, `повести`), `ответом`/`ответы` (the replies just quoted),
  `упал в ноги`, `привезли` (a barrel), `похорон` (a funeral: no type; doubt), `заперлась`, `лежала`,
  `молиться`.
"""
SOURCE = ("../war_and_peace/tom3.txt", 300221, 304517)

P, Z = "pronoun", "zero"

A, D, M = "alpatych", "dron", "marya"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("[Алпатыч] внимательно", "PER", None, "Алпатыч", A),
    ("посмотрел на [Дрона] и", "PER", None, "Дрон", D),
    ("Как [Дрон] был", "PER", None, "Дрон", D),
    ("так и [Алпатыч] недаром", "PER", None, "Алпатыч", A),
    ("Взглянув на [Дрона]", "PER", None, "Дрон", D),
    ("ответы [Дрона] не были", "PER", None, "Дрон", D),
    ("мысли [Дрона], но", "PER", None, "Дрон", D),
    ("ненавидимый миром [Дрон]", "PER", None, "Дрон", D),
    ("и потому [Алпатыч], нахмурившись", "PER", None, "Алпатыч", A),
    ("придвинулся к [Дрону]", "PER", None, "Дрон", D),
    ("Ты, [Дронушка], слушай", "PER", None, "Дронушка", D),
    ("князь [Андрей Николаич]", "PER", None, "Андрей Николаич", "andrey"),
    ("отвечал [Дрон], не поднимая", "PER", None, "Дрон", D),
    ("[Алпатыч] не удовлетворился", "PER", None, "Алпатыч", A),
    ("Эй, [Дрон], худо", "PER", None, "Дрон", D),
    ("сказал [Алпатыч], покачав", "PER", None, "Алпатыч", A),
    ("сказал [Дрон] печально", "PER", None, "Дрон", D),
    ("Эй, [Дрон], оставь", "PER", None, "Дрон", D),
    ("повторил [Алпатыч], вынимая", "PER", None, "Алпатыч", A),
    ("на пол под ноги [Дрона]", "PER", None, "Дрон", D),
    ("в пол под ноги [Дрона]", "PER", None, "Дрон", D),
    ("[Дрон] смутился", "PER", None, "Дрон", D),
    ("взглянул на [Алпатыча]", "PER", None, "Алпатыч", A),
    ("идти в [Москву]", "LOC", "CITY", "Москва", "moskva"),
    ("[Дрон] вдруг упал", "PER", None, "Дрон", D),
    ("[Яков Алпатыч], уволь", "PER", None, "Яков Алпатыч", A),
    ("сказал [Алпатыч] строго", "PER", None, "Алпатыч", A),
    ("[Дрон] встал", "PER", None, "Дрон", D),
    ("но [Алпатыч] перебил", "PER", None, "Алпатыч", A),
    ("сказал [Дрон].", "PER", None, "Дрон", D),
    ("сказал [Алпатыч].", "PER", None, "Алпатыч", A),
    ("взбуровился, [Яков Алпатыч]:", "PER", None, "Яков Алпатыч", A),
    ("отвечал [Дрон].", "PER", None, "Дрон", D),
    ("Больше [Яков Алпатыч] не настаивал", "PER", None, "Яков Алпатыч", A),
    ("от [Дрона] покорного", "PER", None, "Дрон", D),
    ("«слушаю-с», [Яков Алпатыч]", "PER", None, "Яков Алпатыч", A),
    ("княжне, [Алпатыч] велел", "PER", None, "Алпатыч", A),
    ("из [Лысых Гор]", "LOC", "CITY", "Лысые Горы", "lysye_gory"),
    ("отца княжна [Марья] заперлась", "PER", None, "Марья", M),
    ("что [Алпатыч] пришел", "PER", None, "Алпатыч", A),
    ("разговора [Алпатыча] с", "PER", None, "Алпатыч", A),
    ("с [Дроном].)", "PER", None, "Дрон", D),
    ("Княжна [Марья] приподнялась", "PER", None, "Марья", M),
    ("лежала княжна [Марья]", "PER", None, "Марья", M),
]

# context, value, mod
DATES = [
    ("управлял [двадцать лет]", "P20Y", None),
    ("что он [двадцать лет] умел", "P20Y", None),
    ("подводы [завтра] к утру", "XXXX-XX-XX", None),
]

# context, kind, referent (None: no named referent in the passage)
MENTIONS = [
    ("[Он] в высшей степени", P, A),
    ("с [которым] имел", P, None),
    ("с которым [имел] дело", Z, A),
    ("и потому [он] был", P, A),
    ("Дрона, [он] тотчас", P, A),
    ("с тем [он] знал", P, A),
    ("колебание [он] заметил", P, A),
    ("в [его] взгляде", P, D),
    ("сказал [он].", P, A),
    ("А [кто] останется", P, None),
    ("[тот] царю", P, None),
    ("сказал [он], вглядываясь", P, A),
    ("чтобы [собирались]", Z, None),
    ("повторил [он], зная", P, A),
    ("что [его] мастерство", P, A),
    ("и то, что [он] двадцать", P, A),
    ("приобрели [ему]", P, A),
    ("перебил [его]", P, D),
    ("Я и то [им] говорю", P, None),
    ("[Пьют]?", Z, None),
    ("коротко спросил [он]", P, A),
    ("и чтоб [они] это", P, None),
    ("[Он] долго управлял", P, A),
    ("показывать [им]", P, None),
    ("что [они] могут", P, None),
    ("хотя [он] не только", P, A),
    ("[свою] собственную кладь", P, A),
    ("в [своей] комнате", P, M),
    ("впускала к [себе]", P, M),
    ("на котором [она] лежала", P, M),
    ("проговорила, что [она] никуда", P, M),
    ("чтобы [ее] оставили", P, M),
    ("[Она] лежала на диване", P, M),
    ("мысли [ее] были", P, M),
    ("одном: [она] думала", P, M),
    ("той [своей] душевной", P, M),
    ("которой [она] не знала", P, M),
    ("болезни [ее] отца", P, M),
    ("[Она] хотела", P, M),
    ("котором [она] находилась", P, M),
    ("[Она] долго лежала", P, M),
]

# trigger context, type, polarity, modality, [(role, argument context), ...]
EVENTS = [
    ("недаром [управлял]", "EMPLOYMENT", "positive", "asserted", [
        ("agent", "так и [Алпатыч] недаром")]),
    ("сами мне [приказали]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "князь [Андрей Николаич]")]),
    ("народ [отправить]", "MOVEMENT", "positive", "desired", []),
    ("на то [приказ]", "COMMUNICATION", "positive", "asserted", []),
    ("хотел что-то [сказать]", "COMMUNICATION", "positive", "desired", [
        ("agent", "[Дрон] встал")]),
    ("Я и то им [говорю]", "COMMUNICATION", "positive", "asserted", [
        ("recipient", "Я и то [им] говорю")]),
    ("к исправнику [поеду]", "MOVEMENT", "positive", "asserted", []),
    ("не [настаивал]", "COMMUNICATION", "negative", "asserted", [
        ("agent", "Больше [Яков Алпатыч] не настаивал")]),
    ("долго [управлял] народом", "EMPLOYMENT", "positive", "asserted", [
        ("agent", "[Он] долго управлял")]),
    ("опять [сходка]", "MEETING", "positive", "asserted", []),
    ("Ничего не [говоря]", "COMMUNICATION", "negative", "asserted", [
        ("agent", "княжне, [Алпатыч] велел")]),
    ("Алпатыч [велел]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "княжне, [Алпатыч] велел")]),
    ("сам [поехал]", "MOVEMENT", "positive", "asserted", [
        ("agent", "княжне, [Алпатыч] велел")]),
    ("[подошла] девушка", "MOVEMENT", "positive", "asserted", []),
    ("девушка [сказать]", "COMMUNICATION", "positive", "desired", []),
    ("Алпатыч [пришел]", "MOVEMENT", "positive", "asserted", [
        ("agent", "что [Алпатыч] пришел")]),
    ("пришел [спросить]", "COMMUNICATION", "positive", "desired", [
        ("agent", "что [Алпатыч] пришел")]),
    ("об [отъезде]", "MOVEMENT", "positive", "desired", []),
    ("до [разговора]", "MEETING", "positive", "asserted", [
        ("participant", "разговора [Алпатыча] с"), ("participant", "с [Дроном].)")]),
    ("[проговорила], что", "COMMUNICATION", "positive", "asserted", [
        ("agent", "Княжна [Марья] приподнялась")]),
    ("никогда не [поедет]", "MOVEMENT", "negative", "asserted", [
        ("agent", "проговорила, что [она] никуда")]),
    ("и [просит]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "Княжна [Марья] приподнялась")]),
]
