"""Pushkin, «История Пугачева», from the notes to chapter I: the end of the note before `6`, a quotation from «Топография
Оренбургская» (the Yaik cossacks move their settlement to the mouth of the Chagan; Shamai's raid on
Khiva: wintering on the Ilek, the two Kalmyk boys taken as guides, the Kalmyks' ambush, Shamai held,
the band lost on the Aral Sea, famine, the Khivans take the rest; Shamai brought back years later),
the note number `6`, and note 6 (a reference to Sukhorukov's article and Levshin's description of the
cossack circle: the alarm, the assembly, the esauls, the ataman's persuasion) (corpus
pushkin_istoriya_pugacheva.txt, characters 25839-29913, 4,074 characters, whole paragraphs; the slice
ends with the last paragraph's newline).

Annotated by reading before any pipeline run; fresh test set of round 19 (annot19a). All layers
(entities, person mentions with clusters, dates, events with arguments), against GUIDELINES.md
sections 2, 3, 4, 5, 8 and the decisions of 9.1, 9.15, 9.19, 9.21, 9.24, 9.45, 9.47, 9.48, 9.51,
9.52, 9.55; doubts in section 9.63.

Particular decisions:
- Names: `Шамай` (by his byname, `по прозванию`), `Шаме` (the same man), `Нечай`, `Нечаем` PER;
  `Сухорукова` and `Левшин` PER with `г-на`, `г.` outside. Rivers and the sea LOC LOCATION (`Чагана`,
  `Яику`, `Сыр-Дарьи` three times, `Аральскому морю` and `Аральском море` with their cue word, a part
  of the name); `[Илека]-реки`: the name alone, the hyphenated cue word outside (doubt; as the Gorky
  passage's hyphenated epithets). `Хиву` LOC CITY. The two works quoted and the article WORK_OF_ART
  (titles without their quotation marks, the abbreviations as written); the journal `Соревнователе
  просвещения` ORG. Not entities: `яицкие`, `яицкий казачий город`, `яицкое войско` and `великое
  войско яицкое` (written small, descriptions, 9.53), `калмыки`, `хивинцы`, `донских`; no date inside
  the article's title (`XVI столетия` is part of a name).
- Mentions: no group is named as a unit, so every plural pronoun, reflexive, relative and zero
  subject of the cossacks, the Kalmyks, the Kalmyk boys, the Khivans and the esauls is null; Shamai's
  `себе` (`прибрав себе`) takes his cluster; the ataman of the circle (`ним`, `него`, `им`, `его`,
  `ему`) is unnamed, null. Zero subjects: `пошли` (its coordinated verbs share it), `усмотрели`, the
  Kalmyks' `скрылись` (in the `что`-clause; `послали`, `приказали` share it), `требовали` after
  `ибо`, `отправились` (the plural after the singular `наказной атаман`), `потрафили`, `ели` in the
  `что`-clause, the Khivans' `взяли` (`чтоб` with the past, as the conditional), the esauls'
  `вопрошают`. Indefinite, no mention: `бьют`, `кричат`, `все`, `другие`, `никто`.
- Dates: `Несколько лет после того` and `спустя несколько лет` `XXXX` APPROX (9.45: an indefinite
  count, years); `несколько дней` (how long they went up the river) a duration `PXD` APPROX (doubt);
  `весною` `XXXX-SP`; `зимнее время` `XXXX-WI` (a season named by its noun phrase; doubt); `1824 года`
  `1824` (the year of the article's edition, 9.51: never the date in force). No year is in force in
  the narration, so no time is inferred.
- Events: moving the settlement (`перешли`), the raid planned (`походом`, `desired`), going up the
  rivers, wintering twice (stays, 8.6; `зимовать` under `принуждены были` `necessary`), setting out,
  hiding (`скрылись`), sending men (`послали`, `посылали`), riding and running after, leading into the
  ambush (`навели`), crossing (`переправлялись`, Nechai and the river its arguments), missing the
  place (`не потрафили`, negative) and coming to the Aral Sea, Shamai brought back (`привезен`)
  MOVEMENT; the boys `ходили` for hunting MOVEMENT (doubt). Seizing the boys and the ataman, holding
  him, the Kalmyks seized before ARREST; freeing them (`высвободить` `desired`) and releasing the
  others (`отпустя`), Shamai handed over to the host (`отдан`, doubt) RELEASE. The demands, the
  refusal, the orders, the report to Shamai, the ataman's answer (reported speech), the petition
  (`прошением`) COMMUNICATION. The Kalmyks' gathering (`собравшись`) MEETING; the Khivans coming to
  the survivors (`приехав к ним`, a visit to persons, 9.1) MEETING; their taking them away
  (`забрали`) MOVEMENT (9.1's fetched). The attack (`ударили`) WAR. Killing one another
  (`умерщвляя`), dying of hunger (`помирали`), perishing (`пропали`) DEATH; `спасли б их ... от
  смерти` DEATH negative `desired`. The article `напечатанную` PUBLICATION (the title its patient, the
  journal its place, `1824 года` its time). Levshin's account tells a custom (`бывало`): its events
  are generic, `possible` (4.1 rule 7, 9.48), the purpose `сходились` `desired`: the decree
  (`указ`), the alarm (`бьют`), the ataman's orders (`приказания`), announcing (`объявив`), exhorting
  (`увещевать`) and persuasion (`убеждения`) COMMUNICATION; the assembling (`сходились`,
  `соберется`, `созвано`) MEETING; the ataman coming out of the hut (`выходит`) MOVEMENT. Not events:
  `пишет г. Левшин` (tags the quotation), `приветствуют ... словами:`, `вопрошают:`, `кричат:`, the
  esauls' steps within the assembly (`идут в средину`, `подходят`, `возвращаются`, 9.43), laying
  down staffs, prayer, bows, `Утвердившись`, `прибрав ... в товарищество`, `употребляли ... за вожей`
  (doubt: EMPLOYMENT), `кочевали`, `употребили ... лукавство`, `рыть`, `роют`, `ели`, `глад
  пришли`, `ропот` (doubt), `объясняя`, `исчисляя`, `не внимал`, `исполнялась`, `к себе взяли` (taken
  in).
"""
SOURCE = ("pushkin_istoriya_pugacheva.txt", 25839, 29913)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("к устью реки [Чагана]", "LOC", "LOCATION", "Чаган", "chagan"),
    ("по прозванию [Шамай]", "PER", None, "Шамай", "shamai"),
    ("как и [Нечай]", "PER", None, "Нечай", "nechai"),
    ("походом на [Хиву]", "LOC", "CITY", "Хива", "khiva"),
    ("вверх по [Яику]", "LOC", "LOCATION", "Яик", "yaik"),
    ("до [Илека]-реки", "LOC", "LOCATION", "Илек", "ilek"),
    ("реки [Сыр-Дарьи], на степи", "LOC", "LOCATION", "Сыр-Дарья", "syrdarya"),
    ("реки [Сыр-Дарьи] кочевали", "LOC", "LOCATION", "Сыр-Дарья", "syrdarya"),
    ("о том [Шаме]", "PER", None, "Шамай", "shamai"),
    ("атаманом [Нечаем]", "PER", None, "Нечай", "nechai"),
    ("горловину [Сыр-Дарьи]", "LOC", "LOCATION", "Сыр-Дарья", "syrdarya"),
    ("к [Аральскому морю]", "LOC", "LOCATION", "Аральское море", "aral"),
    ("том [Аральском море]", "LOC", "LOCATION", "Аральское море", "aral"),
    ("атаман [Шамай] спустя", "PER", None, "Шамай", "shamai"),
    ("(«[Топография Оренбургская]»)", "WORK_OF_ART", None, "Топография Оренбургская", "topografia"),
    ("г-на [Сухорукова]", "PER", None, "Сухоруков", "sukhorukov"),
    ("«[О внутреннем состоянии донских казаков в конце XVI столетия]»", "WORK_OF_ART", None,
     "О внутреннем состоянии донских казаков в конце XVI столетия", "o_sostoyanii"),
    ("«[Соревнователе просвещения]»", "ORG", None, "Соревнователь просвещения", "sorevnovatel"),
    ("г. [Левшин]", "PER", None, "Левшин", "levshin"),
    ("(«[Историч. и статист. обозрение уральских казаков]»)", "WORK_OF_ART", None,
     "Историч. и статист. обозрение уральских казаков", "obozrenie"),
]

# context, value, mod
DATES = [
    ("[Несколько лет после того]", "XXXX", "APPROX"),
    ("вверх [несколько дней]", "PXD", "APPROX"),
    ("а [весною] далее", "XXXX-SP", None),
    ("наступило [зимнее время]", "XXXX-WI", None),
    ("[спустя несколько лет]", "XXXX", "APPROX"),
    ("[1824 года]", "1824", None),
]

# context, kind, referent (None: no named referent in the passage)
MENTIONS = [
    ("селением [своим] перешли", P, None),
    ("один из [них], по прозванию", P, None),
    ("прибрав [себе] в товарищество", P, "shamai"),
    ("согласясь, [пошли]", Z, None),
    ("степи [усмотрели]", Z, None),
    ("ребят, [которые] ходили", P, None),
    ("употребляли [они] их", P, None),
    ("употребляли они [их] на", P, None),
    ("оных [своих] ребят", P, None),
    ("ребят у [них], казаков, к", P, None),
    ("к [себе] требовали", P, None),
    ("но [они] им в том", P, None),
    ("они [им] в том", P, None),
    ("противу [их] такое", P, None),
    ("многолюдно, [скрылись]", Z, None),
    ("вперед [себя] послали", P, None),
    ("якобы [они] роют", P, None),
    ("увидевши [их]", P, None),
    ("Шаме, [своему] атаману", P, None),
    ("поскакали за [ними]", P, None),
    ("так [их] навели", P, None),
    ("на калмык, [которые] все", P, None),
    ("вдруг на [них], казаков", P, None),
    ("у [себя] одного", P, None),
    ("захваченных [ими]", P, None),
    ("отпустя, [требовали]", Z, None),
    ("оных [своих] калмычат", P, None),
    ("калмычат к [себе] обратно", P, None),
    ("что у [них] атаманов", P, None),
    ("без вожей [им] пробыть", P, None),
    ("путь [свой] отправились", P, None),
    ("путь свой [отправились]", Z, None),
    ("не [потрафили]", Z, None),
    ("где у [них] провианта", P, None),
    ("принуждены [они] были", P, None),
    ("умерщвляя [ели]", Z, None),
    ("чтоб [их] к себе взяли", P, None),
    ("их к [себе] взяли", P, None),
    ("к себе [взяли]", Z, None),
    ("спасли б [их] тем", P, None),
    ("приехав к [ним]", P, None),
    ("всех [их] к себе", P, None),
    ("их к [себе] и забрали", P, None),
    ("ожидает [их] войсковой", P, None),
    ("за [ним] с жезлами", P, None),
    ("есаулы, [которые] тотчас", P, None),
    ("окружающим [их] казакам", P, None),
    ("берут [они] жезлы", P, None),
    ("от [него] приказания", P, None),
    ("собрание, [вопрошают]", Z, None),
    ("были [им] довольны", P, None),
    ("убеждения [его]", P, None),
    ("не внимал [ему]", P, None),
]

# trigger context, type, polarity, modality, [(role, argument context[, "inferred"]), ...]
EVENTS = [
    ("селением своим [перешли]", "MOVEMENT", "positive", "asserted", [
        ("destination", "к устью реки [Чагана]"), ("time", "[Несколько лет после того]")]),
    ("опыт учинить [походом]", "MOVEMENT", "positive", "desired", [
        ("agent", "по прозванию [Шамай]"), ("destination", "походом на [Хиву]")]),
    ("согласясь, [пошли]", "MOVEMENT", "positive", "asserted", [
        ("agent", "согласясь, [пошли]"), ("place", "вверх по [Яику]"), ("destination", "до [Илека]-реки")]),
    ("дней [отошед]", "MOVEMENT", "positive", "asserted", [
        ("agent", "согласясь, [пошли]")]),
    ("[зазимовали]", "MOVEMENT", "positive", "asserted", [
        ("agent", "согласясь, [пошли]")]),
    ("весною далее [отправились]", "MOVEMENT", "positive", "asserted", [
        ("agent", "согласясь, [пошли]"), ("time", "а [весною] далее")]),
    ("которые [ходили] для", "MOVEMENT", "positive", "asserted", [
        ("agent", "ребят, [которые] ходили")]),
    ("[Захватя] сих", "ARREST", "positive", "asserted", [
        ("agent", "употребляли [они] их")]),
    ("к себе [требовали]", "COMMUNICATION", "positive", "asserted", [
        ("recipient", "ребят у [них], казаков, к")]),
    ("в том [отказали]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "но [они] им в том"), ("recipient", "они [им] в том")]),
    ("что, [собравшись] многолюдно", "MEETING", "positive", "asserted", [
        ("participant", "многолюдно, [скрылись]")]),
    ("многолюдно, [скрылись]", "MOVEMENT", "positive", "asserted", [
        ("agent", "многолюдно, [скрылись]")]),
    ("себя [послали]", "MOVEMENT", "positive", "asserted", [
        ("agent", "многолюдно, [скрылись]")]),
    ("и [приказали], усмотря", "COMMUNICATION", "positive", "asserted", [
        ("agent", "многолюдно, [скрылись]")]),
    ("и [сказали] о том", "COMMUNICATION", "positive", "asserted", [
        ("recipient", "о том [Шаме]")]),
    ("[поскакали] за ними", "MOVEMENT", "positive", "asserted", []),
    ("силу [побежали]", "MOVEMENT", "positive", "asserted", []),
    ("так их [навели]", "MOVEMENT", "positive", "asserted", []),
    ("казаков, [ударили]", "WAR", "positive", "asserted", [
        ("participant", "на калмык, [которые] все"), ("participant", "вдруг на [них], казаков")]),
    ("казаками [захватя]", "ARREST", "positive", "asserted", [
        ("agent", "на калмык, [которые] все")]),
    ("[удержали] у себя", "ARREST", "positive", "asserted", [
        ("agent", "на калмык, [которые] все")]),
    ("прежде [захваченных]", "ARREST", "positive", "asserted", [
        ("agent", "захваченных [ими]")]),
    ("калмык [высвободить]", "RELEASE", "positive", "desired", [
        ("agent", "на калмык, [которые] все")]),
    ("прочих [отпустя]", "RELEASE", "positive", "asserted", [
        ("agent", "отпустя, [требовали]")]),
    ("отпустя, [требовали]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "отпустя, [требовали]")]),
    ("атаман [ответствовал]", "COMMUNICATION", "positive", "asserted", []),
    ("путь свой [отправились]", "MOVEMENT", "positive", "asserted", [
        ("agent", "путь свой [отправились]")]),
    ("[переправлялись]", "MOVEMENT", "positive", "asserted", [
        ("agent", "атаманом [Нечаем]"), ("place", "горловину [Сыр-Дарьи]")]),
    ("не [потрафили]", "MOVEMENT", "negative", "asserted", [
        ("agent", "не [потрафили]")]),
    ("выше, [угодили]", "MOVEMENT", "positive", "asserted", [
        ("agent", "не [потрафили]"), ("destination", "к [Аральскому морю]")]),
    ("море [зимовать]", "MOVEMENT", "positive", "necessary", [
        ("agent", "принуждены [они] были"), ("place", "том [Аральском море]"),
        ("time", "наступило [зимнее время]")]),
    ("друг друга [умерщвляя]", "DEATH", "positive", "asserted", [
        ("agent", "умерщвляя [ели]")]),
    ("с голоду [помирали]", "DEATH", "positive", "asserted", []),
    ("ж [посылали] к хивинцам", "MOVEMENT", "positive", "asserted", []),
    ("с [прошением]", "COMMUNICATION", "positive", "asserted", []),
    ("тем от [смерти]", "DEATH", "negative", "desired", [
        ("patient", "спасли б [их] тем")]),
    ("[приехав] к ним", "MEETING", "positive", "asserted", [
        ("participant", "приехав к [ним]")]),
    ("себе и [забрали]", "MOVEMENT", "positive", "asserted", []),
    ("там [пропали]", "DEATH", "positive", "asserted", []),
    ("калмыками [привезен]", "MOVEMENT", "positive", "asserted", [
        ("agent", "атаман [Шамай] спустя"), ("time", "[спустя несколько лет]")]),
    ("и [отдан] в яицкое", "RELEASE", "positive", "asserted", [
        ("patient", "атаман [Шамай] спустя")]),
    ("[напечатанную]", "PUBLICATION", "positive", "asserted", [
        ("patient", "«[О внутреннем состоянии донских казаков в конце XVI столетия]»"),
        ("place", "«[Соревнователе просвещения]»"), ("time", "[1824 года]")]),
    ("какой-нибудь [указ]", "COMMUNICATION", "positive", "possible", []),
    ("церкви [бьют] сполох", "COMMUNICATION", "positive", "possible", []),
    ("казаки [сходились]", "MEETING", "positive", "desired", []),
    ("Когда [соберется]", "MEETING", "positive", "possible", []),
    ("атаман [выходит]", "MOVEMENT", "positive", "possible", []),
    ("от него [приказания]", "COMMUNICATION", "positive", "possible", [
        ("agent", "от [него] приказания")]),
    ("[объявив] дело", "COMMUNICATION", "positive", "possible", [
        ("agent", "собрание, [вопрошают]")]),
    ("[созвано] собрание", "MEETING", "positive", "possible", []),
    ("начинал [увещевать]", "COMMUNICATION", "positive", "possible", []),
    ("[убеждения] его", "COMMUNICATION", "positive", "possible", [
        ("agent", "убеждения [его]")]),
]
