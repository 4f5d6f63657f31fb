"""Tolstoy, «Севастополь в декабре месяце»: in the tavern two infantry officers, one telling the other of
the Alma; what is said of the fourth bastion and by whom; the weather turns; the reader walks up the
ruined street towards the bastion, meets soldiers, women, the stretcher-bearers and the wounded
(corpus tolstoy_sevastopol_1854_12.txt, characters 15706-18977: three whole paragraphs, the first
narration after the tavern passage 11501-15705 of the third persons probe; the brief's range
28000-55455 lies beyond the file's 30,917 characters and was read as byte offsets, characters
15615-30917, as 9.15 did).

Annotated by reading before any pipeline run; fresh test set of round 17 (annot17a). All layers
(entities, person mentions with clusters, dates, events with arguments), against GUIDELINES.md
sections 2, 3, 4, 5, 8 and the decisions of 9.9, 9.10, 9.14, 9.17, 9.18, 9.21, 9.22, 9.23, 9.25,
9.26, 9.29, 9.40, 9.42, 9.43, 9.46; doubts in section 9.48.

Particular decisions:
- Nobody is named: the officers (`один, молодой`, `другому`, `Первый`), the midshipman, the
  soldiers, the bearers and the wounded are common nouns. The only entity is `России`.
  `альминское дело` (the Alma battle) is a place's adjective before its noun, no EVENT name (as
  9.46's `Итальянского похода`), but `дело` is a WAR trigger (9.25, 9.43). `четвертый бастион`
  (lower case, numbered) is taken as a designation, not a name (as 9.42's numbered armies); doubt
  logged in 9.48. `крымского`, `"бордо"` are no entities.
- Mentions: the young officer's `его`, `ему`, `он` (twice) are null; the generic `он`, `нем` of
  `кто-нибудь`, `кто` (9.23) and the wounded man's `он` (twice) are null; `тех` (twice, standing
  alone for persons), `которые` (four times) and the relative `кто` after `каждого` are mentions,
  null (9.18, 9.23, 9.28). `кто-нибудь`, `кем-нибудь`, `каждого`, `Первый`, `один` are no mentions.
  `себя` of the reader (`вы`) is none. Every third-person finite verb has its subject written or is
  an indefinite plural (`говорят`, `встречают`, `рассказывали`): no zero mention.
- Dates: `В полчаса, которые вы провели` is a count of time, a duration `PT30M` (9.26, 9.40); no
  other date. No year: no inferred time.
- Events: the telling of the Alma (`рассказывает`, `его рассказе`, `этих рассказов` heard all over
  Russia, a habit, asserted), `вам ... рассказывали` (content told) COMMUNICATION; what anyone says
  of having been at the bastion (`говорит, что`), the defenders' `скажут вам, сухо или грязно там`,
  having been there (`был`, `не были`, a visit to a place as an episode, 9.1, 9.22) and going there
  (`кто пойдет на него`) are told of people in general: `possible` (4.1 rule 7, as 9.21's `любят
  рассказать`); the quoted `Я иду` inside `когда кто говорит` likewise. `хотите ... идти` MOVEMENT
  `desired`; `хотят подшутить` CONFLICT `desired` (mocking, 9.14); `Тебя бы поставить на четвертый
  бастион` EMPLOYMENT `desired` (posting a man to serve there, as 9.29's `нарядить на службу`).
  Tags of quoted lines (`кто говорит:`, `говорят:`, `спрашивают:`, `отвечают:`, `спросите:`) are
  none; `он говорит это` restates the telling (no second event, 9.7.1); `говоря про четвертый
  бастион` restates `скажут` (one event). The reader's half hour in the tavern (`провели в
  трактире`, a bounded stay, 9.9) and his walk (`Пройдя` a barricade, `выходите из дверей`,
  `поднимаетесь вверх по ... улице`) are MOVEMENT; `Проходя дальше`, `опустясь под ... изволок`,
  `спотыкаетесь`, `обгоняете` are steps of a walk begun (9.17), `встречаете ... команды солдат`,
  `встречают носилки`, `встретите ... солдат с носилками` pass people on the road (no MEETING,
  9.17), `солдаты идут скоро` have no goal. The bearers' answer after a colon without quotation
  marks (`скажут: в ногу или в руку`, 9.4) is COMMUNICATION `conditional` (under `ежели вы
  спросите`), `он уже умер` DEATH `conditional`; being wounded (`ранен`) is none (9.29), nor
  `промолчат`, `выпил`, `живут на нем` (a residence, 9.9), `могила` (a figure), `повествования`.
"""
SOURCE = ("tolstoy_sevastopol_1854_12.txt", 15706, 18977)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("углах [России]", "LOC", "COUNTRY", "Россия", "russia"),
]

# context, value, mod
DATES = [
    ("В [полчаса], которые", "PT30M", None),
]

# context, kind, referent (None: no named referent in the passage)
MENTIONS = [
    ("в [его] рассказе", P, None),
    ("что [ему] верят", P, None),
    ("которую [он] играл", P, None),
    ("заметно, что [он] сильно", P, None),
    ("говорит, что [он] был", P, None),
    ("бастионе, [он] говорит", P, None),
    ("заметны в [нем] маленькое", P, None),
    ("бастион: [тех], которые", P, None),
    ("тех, [которые] никогда", P, None),
    ("и [которые] убеждены", P, None),
    ("каждого, [кто] пойдет", P, None),
    ("и [тех], которые живут", P, None),
    ("тех, [которые] живут", P, None),
    ("и [которые], говоря", P, None),
    ("ежели [он] ранен", P, None),
    ("и [он] уже умер", P, None),
]

# trigger context, type, polarity, modality, [(role, argument context), ...]
EVENTS = [
    ("[рассказывает] другому", "COMMUNICATION", "positive", "asserted", []),
    ("альминское [дело]", "WAR", "positive", "asserted", []),
    ("в его [рассказе]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "в [его] рассказе")]),
    ("до этих [рассказов]", "COMMUNICATION", "positive", "asserted", []),
    ("скорее [идти] на бастионы", "MOVEMENT", "positive", "desired", []),
    ("различно [рассказывали]", "COMMUNICATION", "positive", "asserted", []),
    ("кто-нибудь [говорит], что", "COMMUNICATION", "positive", "possible", []),
    ("что он [был] на четвертом", "MOVEMENT", "positive", "possible", [
        ("agent", "говорит, что [он] был")]),
    ("Я [иду] на четвертый", "MOVEMENT", "positive", "possible", []),
    ("хотят [подшутить]", "CONFLICT", "positive", "desired", []),
    ("бы [поставить] на", "EMPLOYMENT", "positive", "desired", []),
    ("на нем не [были]", "MOVEMENT", "negative", "possible", [
        ("agent", "тех, [которые] никогда")]),
    ("кто [пойдет] на него", "MOVEMENT", "positive", "possible", [
        ("agent", "каждого, [кто] пойдет")]),
    ("[скажут] вам, сухо", "COMMUNICATION", "positive", "possible", [
        ("agent", "и [которые], говоря")]),
    ("которые вы [провели] в трактире", "MOVEMENT", "positive", "asserted", []),
    ("[Пройдя] еще одну", "MOVEMENT", "positive", "asserted", []),
    ("вы [выходите] из дверей", "MOVEMENT", "positive", "asserted", []),
    ("и [поднимаетесь] вверх", "MOVEMENT", "positive", "asserted", []),
    ("[скажут]: в ногу", "COMMUNICATION", "positive", "conditional", []),
    ("он уже [умер]", "DEATH", "positive", "conditional", [
        ("patient", "и [он] уже умер")]),
]
