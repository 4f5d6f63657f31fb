"""«Война и мир», the epilogue, part 2, chapter I (corpus ../war_and_peace/tom4.txt, characters
606864–610499): what history would answer if it kept the ancients' view, and the «new history»'s
answer told as a mock chronicle from Louis XIV to Napoleon's death on St Helena — the Revolution,
Napoleon's wars and coronation, Alexander, Tilsit, 1812, the allies in Paris, Elba, Louis XVIII,
Talleyrand at Vienna, the Hundred Days, St Helena, the Reaction.

Annotated by reading before any pipeline run; fresh test set of round 16 (annot16a). All layers
(entities, person mentions with clusters, dates, events with arguments), against GUIDELINES.md
sections 2, 3, 4, 5 and 8 and the decision log 9 (9.4, 9.9, 9.13, 9.14, 9.17, 9.19, 9.21, 9.22,
9.29, 9.30, 9.36). Doubts and decisions in section 9.41.

The brief's range of tom4 (characters 600000–800000) begins with the last 2,466 characters of the
epilogue's part 1 (Nikolenka's dream and thoughts, too short for a passage); then comes part 2, the
essay on history. Its first narration is the paragraph `В 1789 году ...` and the chronicle in
guillemets; both do not fit in 4,000 characters of whole paragraphs, so the passage is the
chronicle with the three short paragraphs that introduce it.

- Names: `Людовик XIV` and `Людовик XVIII` one span each with the numeral, two persons; the
  heirs' `Людовика` is Louis XIV. `император Александр` → `Александр` (title outside), one
  person throughout. `остров Эльбу`, `остров Елены` → `Эльбу`, `Елены` (LOCATION; the cue word
  outside, as `город Казань`). `Европе`, `Европу` LOCATION; France, Italy, Austria, Prussia,
  Russia COUNTRY. `старой гвардией` (lower case) is no name. `божество`, `история`, `наука`,
  `изгнанник`, `нарушителя` are no persons or names; `изгнанник` and `нарушителя ее спокойствия`
  are Napoleon described, so `любимой им`, `свои` take his cluster (8.3).
- Mentions: groups without a name are null (9.15): the heirs (`у них`), the twenty men (`которые`),
  the Africans (`их`), the diplomats and monarchs (`они`, `своим`), the sovereigns (`свои`
  народы). `они стали убивать` (Alexander and Napoleon named separately) is null, its agent coref
  both names (5.4). `велел` after `что, приехав во Францию,` (a subordinate clause with no subject
  of its own, 9.24) and `И там много убил.` are zero mentions of Napoleon; `Наполеона победили и
  повезли` is an indefinite plural, no mention. `всем`, `все` are no mentions (8.2); God's `своему`,
  `своих` none.
- Dates: `конце 18-го столетия` → `17` END (a century fixes no year: no date in force). `в
  7-м году`, `в 11-м`: the chronicle runs forward from the end of the eighteenth century, so the
  text makes the century certain (8.5's `в 36-м году`): `1807`, `1811` (doubt logged). `пять лет
  тому назад` (no date in force: `XXXX`) and `год` of `год после этого` (a count from an event,
  9.30's `другой день после крестин`: `XXXX`) date only `считали` (a mental verb): no argument.
  `в это время`, `в это же время`, `до тех пор`, `этого времени` are no dates. No time is
  inferred (the chronicle's events are not told inside a year in force).
- Events: ruling and reigning are EMPLOYMENT (`управлял Францией`, `управляли`, `царствовать стал`,
  `Сделавшись императором`; doubt: 9.1 left a pretender's `царствовать` unannotated), the country
  its `place` (9.17's service `у Пугачева`); abdication (`отречься`, `отрекся от престола`)
  EMPLOYMENT, `заставили` giving `necessary` (9.29's compulsion); `не лишая его сана` EMPLOYMENT
  negative. Killings (`резать`, `топить`, `убили`, `убивал`, `убил`, `убивать`) DEATH; `поехал
  убивать`, `пошел убивать`, `пошли ... воевать`: MOVEMENT and the purpose `desired` (9.4's
  `еду учиться`). `побеждал`, `победили`, `воевал`, `завоевал Москву`, `пошло против Наполеона`
  (9.37's charges) WAR; submission (`повиноваться` ordered and told as done, `повиновались`,
  `покорились`) WAR, as 9.17 and 9.19 read submission. `для ополчения против нарушителя` WAR
  `desired`; `это ополчение` (the levy as the subject that marches) is no second event.
  `поссорился` CONFLICT, `чуть было не поссорились` CONFLICT negative, `смеялись` over a person and
  `обижать свои народы` CONFLICT (9.14, 9.29). `подружился`, `сделались ... врагами` (relations),
  `соединил Европу` (no type fits), `проливая слезы`, `передал ... потомству`, `разлученный`,
  `считали` are no events. `собралось десятка два людей` MEETING (9.17), `стали говорить о том,
  что` COMMUNICATION, `писали книжки` CREATION, `советов Штейна` COMMUNICATION, `разговаривали в
  Вене` and `этим разговором` MEETING (the named `Талейран` in brackets stands for the talkers,
  5.3 rule 5). `привел ... в Россию`, `повезли на остров Елены` MOVEMENT (9.21, the one brought
  its patient); `вступили в Париж`, `приехал во Францию`, `убежал из Москвы` MOVEMENT; `сослали ...
  на остров Эльбу` EXILE; `поехал в изгнание` one EXILE on its verb (9.9's fixed phrase), Napoleon
  its patient; `признав его разбойником` (a declaration) COMMUNICATION, Napoleon its patient;
  `велел` and `готовы были ... велеть` COMMUNICATION (the second `desired`, the killing it would
  order `desired`); `умирал ... медленной смертью` DEATH (no argument: its subject is a
  description). The opening's hypothetical words of history (`она бы сказала: ... дало Наполеону
  власть`) hold no event.
"""
SOURCE = ("../war_and_peace/tom4.txt", 606864, 610499)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("дало [Наполеону] власть", "PER", None, "Наполеон", "napoleon"),
    ("значение [Наполеона];", "PER", None, "Наполеон", "napoleon"),
    ("«[Людовик XIV] был", "PER", None, "Людовик XIV", "louis14"),
    ("управлял [Францией].", "LOC", "COUNTRY", "Франция", "france"),
    ("Наследники [Людовика]", "PER", None, "Людовик", "louis14"),
    ("управляли [Францией].", "LOC", "COUNTRY", "Франция", "france"),
    ("в [Париже] собралось", "LOC", "CITY", "Париж", "paris"),
    ("во всей [Франции] люди", "LOC", "COUNTRY", "Франция", "france"),
    ("во [Франции] был", "LOC", "COUNTRY", "Франция", "france"),
    ("человек — [Наполеон].", "PER", None, "Наполеон", "napoleon"),
    ("приехав во [Францию], велел", "LOC", "COUNTRY", "Франция", "france"),
    ("в [Италии], Австрии", "LOC", "COUNTRY", "Италия", "italy"),
    ("Италии, [Австрии] и", "LOC", "COUNTRY", "Австрия", "austria"),
    ("и [Пруссии].", "LOC", "COUNTRY", "Пруссия", "prussia"),
    ("В [России] же", "LOC", "COUNTRY", "Россия", "russia"),
    ("император [Александр], который решился", "PER", None, "Александр", "alexander"),
    ("и [Европе] и", "LOC", "LOCATION", "Европа", "europe"),
    ("воевал с [Наполеоном]", "PER", None, "Наполеон", "napoleon"),
    ("И [Наполеон] привел", "PER", None, "Наполеон", "napoleon"),
    ("человек в [Россию]", "LOC", "COUNTRY", "Россия", "russia"),
    ("завоевал [Москву]", "LOC", "CITY", "Москва", "moscow"),
    ("из [Москвы]", "LOC", "CITY", "Москва", "moscow"),
    ("тогда император [Александр]", "PER", None, "Александр", "alexander"),
    ("советов [Штейна]", "PER", None, "Штейн", "stein"),
    ("соединил [Европу]", "LOC", "LOCATION", "Европа", "europe"),
    ("союзники [Наполеона] сделались", "PER", None, "Наполеон", "napoleon"),
    ("силы [Наполеона]", "PER", None, "Наполеон", "napoleon"),
    ("победили [Наполеона], вступили", "PER", None, "Наполеон", "napoleon"),
    ("в [Париж], заставили", "LOC", "CITY", "Париж", "paris"),
    ("заставили [Наполеона] отречься", "PER", None, "Наполеон", "napoleon"),
    ("остров [Эльбу]", "LOC", "LOCATION", "Эльба", "elba"),
    ("стал [Людовик XVIII]", "PER", None, "Людовик XVIII", "louis18"),
    ("[Наполеон] же,", "PER", None, "Наполеон", "napoleon"),
    ("особенности [Талейран]", "PER", None, "Талейран", "talleyrand"),
    ("границы [Франции])", "LOC", "COUNTRY", "Франция", "france"),
    ("в [Вене]", "LOC", "CITY", "Вена", "vienna"),
    ("время [Наполеон] с батальоном", "PER", None, "Наполеон", "napoleon"),
    ("приехал во [Францию], и", "LOC", "COUNTRY", "Франция", "france"),
    ("гениального [Наполеона]", "PER", None, "Наполеон", "napoleon"),
    ("остров [Елены]", "LOC", "LOCATION", "Елена", "st_helena"),
    ("им [Францией]", "LOC", "COUNTRY", "Франция", "france"),
    ("в [Европе] произошла", "LOC", "LOCATION", "Европа", "europe"),
]

# context, value, mod
DATES = [
    ("В [конце 18-го столетия] в Париже", "17", "END"),
    ("в [7-м году] он", "1807", None),
    ("в [11-м] опять", "1811", None),
    ("что [пять лет тому назад] и", "XXXX", None),
    ("и [год] после этого", "XXXX", None),
]

# context, kind, referent
MENTIONS = [
    ("руководило [его] волей", P, "napoleon"),
    ("верующего в [него],", P, "napoleon"),
    ("у [него] были", P, "louis14"),
    ("и [он] дурно управлял", P, "louis14"),
    ("у [них] были", P, None),
    ("людей, [которые] стали", P, None),
    ("[Он] везде всех", P, "napoleon"),
    ("потому что [он] был", P, "napoleon"),
    ("И [он] поехал", P, "napoleon"),
    ("хорошо [их] убивал", P, None),
    ("[велел] всем себе", Z, "napoleon"),
    ("всем [себе] повиноваться", P, "napoleon"),
    ("повиновались [ему]", P, "napoleon"),
    ("императором, [он] опять", P, "napoleon"),
    ("там много [убил]", Z, "napoleon"),
    ("Александр, [который] решился", P, "alexander"),
    ("году [он] вдруг", P, "alexander"),
    ("подружился с [ним]", P, "napoleon"),
    ("опять [они] стали", P, None),
    ("потом [он] вдруг", P, "napoleon"),
    ("вдруг [его] врагами", P, "napoleon"),
    ("сослали [его]", P, "napoleon"),
    ("лишая [его] сана", P, "napoleon"),
    ("оказывая [ему]", P, "napoleon"),
    ("все [его] считали", P, "napoleon"),
    ("над [которым]", P, "louis18"),
    ("[они] уже готовы", P, None),
    ("[своим] войскам", P, None),
    ("ненавидевшие [его]", P, "napoleon"),
    ("все [ему] покорились", P, "napoleon"),
    ("признав [его]", P, "napoleon"),
    ("любимой [им] Францией", P, "napoleon"),
    ("передал [свои]", P, "napoleon"),
    ("обижать [свои]", P, None),
]

ALEXANDER, NAPOLEON = "император [Александр], который решился", "воевал с [Наполеоном]"

# trigger context, type, polarity, modality, [(role, argument context), ...]
EVENTS = [
    ("дурно [управлял] Францией", "EMPLOYMENT", "positive", "asserted", [
        ("agent", "и [он] дурно управлял"), ("place", "управлял [Францией].")]),
    ("дурно [управляли]", "EMPLOYMENT", "positive", "asserted", [
        ("place", "управляли [Францией].")]),
    ("люди [писали]", "CREATION", "positive", "asserted", []),
    ("Париже [собралось]", "MEETING", "positive", "asserted", [
        ("place", "в [Париже] собралось"), ("time", "В [конце 18-го столетия] в Париже")]),
    ("стали [говорить]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "людей, [которые] стали")]),
    ("стали [резать]", "DEATH", "positive", "asserted", [
        ("place", "во всей [Франции] люди")]),
    ("и [топить]", "DEATH", "positive", "asserted", [
        ("place", "во всей [Франции] люди")]),
    ("эти [убили] короля", "DEATH", "positive", "asserted", []),
    ("всех [побеждал]", "WAR", "positive", "asserted", [
        ("participant", "[Он] везде всех")]),
    ("то есть [убивал]", "DEATH", "positive", "asserted", [
        ("agent", "[Он] везде всех")]),
    ("он [поехал] убивать", "MOVEMENT", "positive", "asserted", [
        ("agent", "И [он] поехал")]),
    ("поехал [убивать] для", "DEATH", "positive", "desired", [
        ("agent", "И [он] поехал")]),
    ("их [убивал] и", "DEATH", "positive", "asserted", [
        ("agent", "И [он] поехал"), ("patient", "хорошо [их] убивал")]),
    ("[приехав] во Францию", "MOVEMENT", "positive", "asserted", [
        ("agent", "[велел] всем себе"), ("destination", "приехав во [Францию], велел")]),
    ("Францию, [велел] всем", "COMMUNICATION", "positive", "asserted", [
        ("agent", "[велел] всем себе")]),
    ("себе [повиноваться]", "WAR", "positive", "asserted", [
        ("participant", "всем [себе] повиноваться")]),
    ("все [повиновались]", "WAR", "positive", "asserted", [
        ("participant", "повиновались [ему]")]),
    ("[Сделавшись] императором", "EMPLOYMENT", "positive", "asserted", [
        ("agent", "императором, [он] опять")]),
    ("он опять [пошел] убивать", "MOVEMENT", "positive", "asserted", [
        ("agent", "императором, [он] опять")]),
    ("пошел [убивать] народ", "DEATH", "positive", "desired", [
        ("agent", "императором, [он] опять"), ("place", "в [Италии], Австрии"),
        ("place", "Италии, [Австрии] и"), ("place", "и [Пруссии].")]),
    ("много [убил].", "DEATH", "positive", "asserted", [
        ("agent", "там много [убил]")]),
    ("[воевал] с Наполеоном", "WAR", "positive", "asserted", [
        ("participant", "Александр, [который] решился"), ("participant", "воевал с [Наполеоном]")]),
    ("опять [поссорился]", "CONFLICT", "positive", "asserted", [
        ("participant", "году [он] вдруг"), ("time", "в [11-м] опять")]),
    ("они стали [убивать]", "DEATH", "positive", "asserted", [
        ("agent", "опять [они] стали", [ALEXANDER, NAPOLEON])]),
    ("Наполеон [привел]", "MOVEMENT", "positive", "asserted", [
        ("agent", "И [Наполеон] привел"), ("destination", "человек в [Россию]")]),
    ("[завоевал] Москву", "WAR", "positive", "asserted", [
        ("participant", "И [Наполеон] привел"), ("place", "завоевал [Москву]")]),
    ("вдруг [убежал]", "MOVEMENT", "positive", "asserted", [
        ("agent", "потом [он] вдруг"), ("origin", "из [Москвы]")]),
    ("помощью [советов]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "советов [Штейна]")]),
    ("для [ополчения]", "WAR", "positive", "desired", []),
    ("ополчение [пошло]", "WAR", "positive", "asserted", [
        ("participant", "силы [Наполеона]")]),
    ("Союзники [победили]", "WAR", "positive", "asserted", [
        ("participant", "победили [Наполеона], вступили")]),
    ("[вступили] в Париж", "MOVEMENT", "positive", "asserted", [
        ("destination", "в [Париж], заставили")]),
    ("Наполеона [отречься]", "EMPLOYMENT", "positive", "necessary", [
        ("agent", "заставили [Наполеона] отречься")]),
    ("[сослали] его", "EXILE", "positive", "asserted", [
        ("patient", "сослали [его]"), ("destination", "остров [Эльбу]")]),
    ("не [лишая]", "EMPLOYMENT", "negative", "asserted", [
        ("agent", "лишая [его] сана")]),
    ("А [царствовать] стал", "EMPLOYMENT", "positive", "asserted", [
        ("agent", "стал [Людовик XVIII]")]),
    ("только [смеялись]", "CONFLICT", "positive", "asserted", [
        ("participant", "над [которым]")]),
    ("[отрекся] от престола", "EMPLOYMENT", "positive", "asserted", [
        ("agent", "[Наполеон] же,")]),
    ("и [поехал] в изгнание", "EXILE", "positive", "asserted", [
        ("patient", "[Наполеон] же,")]),
    ("[разговаривали] в Вене", "MEETING", "positive", "asserted", [
        ("participant", "особенности [Талейран]"), ("place", "в [Вене]")]),
    ("этим [разговором]", "MEETING", "positive", "asserted", []),
    ("не [поссорились]", "CONFLICT", "negative", "asserted", []),
    ("опять [велеть]", "COMMUNICATION", "positive", "desired", [
        ("agent", "[они] уже готовы")]),
    ("войскам [убивать] друг друга", "DEATH", "positive", "desired", []),
    ("батальоном [приехал]", "MOVEMENT", "positive", "asserted", [
        ("agent", "время [Наполеон] с батальоном"), ("destination", "приехал во [Францию], и")]),
    ("ему [покорились]", "WAR", "positive", "asserted", [
        ("participant", "все [ему] покорились")]),
    ("и [пошли] опять", "MOVEMENT", "positive", "asserted", []),
    ("опять [воевать]", "WAR", "positive", "desired", []),
    ("Наполеона [победили] и", "WAR", "positive", "asserted", [
        ("participant", "гениального [Наполеона]")]),
    ("и [повезли]", "MOVEMENT", "positive", "asserted", [
        ("patient", "гениального [Наполеона]"), ("destination", "остров [Елены]")]),
    ("[признав]", "COMMUNICATION", "positive", "asserted", [
        ("patient", "признав [его]")]),
    ("[умирал]", "DEATH", "positive", "asserted", []),
    ("[обижать]", "CONFLICT", "positive", "asserted", []),
]
