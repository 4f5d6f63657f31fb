"""Tolstoy, «Война и мир», tom 3, part 1, chapter II (the whole chapter up to the soldiers' French
cries and the sentence after them): Napoleon leaves Dresden on 29 May, writes to Alexander, travels
to the army through Posen, Thorn, Danzig and Königsberg, reaches it on 10 June, rides to the
Niemen, orders the advance, and watches his troops cross the Niemen on the 12th (corpus
../war_and_peace/tom3.txt, characters 10193–13868).

Annotated by reading before any pipeline run; fresh test set of round 15 (annot15a). All layers
(entities, person mentions with clusters, dates, events with arguments), against GUIDELINES.md
sections 2, 3, 4, 5 and 8 and the decision log 9 (9.1, 9.9, 9.10, 9.13, 9.17, 9.20, 9.21, 9.25,
9.26, 9.30, 9.32, 9.35). Doubts and decisions in section 9.36.

- Names: `Наполеон` (also `император Наполеон`, the title outside), `Марию-Луизу`/`Мария-Луиза`,
  `Александру` (the Russian emperor), `Александр Македонский`. The French cries (one paragraph, no
  translation in the passage) hold names, annotated as written, the article outside as 9.35 does
  (`Moscou` twice, one cluster, CITY; `l'Asie` → `Asie`, `aux Indes` → `Indes`, `du Cachemire` →
  `Cachemire`, LOCATION; `Beauch&#233;`, `G&#233;rard` PER, the source's HTML entities kept in span
  and `normal`); `l'Empereur`, `Le petit caporal` (an epithet), `Cosaques`, `Dieu` are none.
  `императрицу австрийскую`, `его историк`, `другая супруга` are unnamed (no entities);
  `Скифскому` is an adjective (2.2). Footnote asterisks (`Дрездена*`) stay outside the spans.
  `Вильковисском лесу`, `Вильковисского леса` keep the cue noun `лес` (LOCATION, as `Сызранскую
  дорогу` in 9.1); `Неман` (river) LOCATION.
- Mentions: the crowned guests (`которые того заслуживали`, `которыми он был`) and the troops
  (`они кидали`, `их доселе`, the unwritten subject of `когда находили`) are groups of persons with
  no name: null (9.15, 9.20). `императора` in `о присутствии императора` is Napoleon, so `искали его`
  is his. French pronouns (`il`, `lui-même`, `te`, `je`) are no mentions (8.2 lists Russian forms).
  `будет` of `что всегда будет любить` is a zero mention (an analytic future, 8.2).
- Dates: no year is written, so no date is in force and no time is inferred (8.4); the days counted
  keep the month and day the text makes certain (9.26, 9.30): `На другой день` after `10-го июня` →
  `XXXX-06-11`, the next `на другой день` → `XXXX-06-12`, `12-го числа рано утром` (the part of
  the day inside, 9.30) and `в этот день` the same day. `три недели` is a duration (`P3W`).
- Events: `пробыл три недели` (where: Dresden) is a bounded stay, MOVEMENT (9.9); `ночевал в
  Вильковисском лесу` MOVEMENT with `place` (9.10). `оставил ее огорченною разлукой` is his
  departure, MOVEMENT (the one left has no role, as `оставить его` in 9.32); `разлукой` (parting) is
  no second event (9.25). `побранил` (scolding) CONFLICT (9.21). `писал письмо императору
  Александру` COMMUNICATION on the verb (4.1 rule 3); `называя`, `уверяя` tell the letter's content
  (9.32: no event); `не желает войны` WAR negative `desired`. `встречали его` (crowds greeting him
  in each town, a reception) MEETING. `несли его` (the relays carried him) MOVEMENT with Napoleon
  the `patient` (9.21). `приказал наступление`: COMMUNICATION and WAR `наступление` (the offensive,
  carried out: asserted, 8.6); `похода` (the campaign) WAR (9.25). The troops pouring out of the
  forest and across the bridges (`выплывающие`, `разливающихся`, `вытекали` twice, `переходили`,
  `стали переходить Неман`, the river its `place` as 9.1's `переплывшему Дунай`) are MOVEMENT.
  `по тракту на Позен, Торн, Данциг и Кенигсберг` gives four `destination` arguments of `ехал`.
  The French cries are untranslated in the passage: no events or mentions are read in them;
  `говорили голоса` tags them (8.6).
"""
SOURCE = ("../war_and_peace/tom3.txt", 10193, 13868)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("29-го мая [Наполеон] выехал", "PER", None, "Наполеон", "napoleon"),
    ("выехал из [Дрездена]*", "LOC", "CITY", "Дрезден", "dresden"),
    ("[Наполеон] перед отъездом", "PER", None, "Наполеон", "napoleon"),
    ("императрицу [Марию-Луизу]", "PER", None, "Мария-Луиза", "marie_louise"),
    ("эта [Мария-Луиза]", "PER", None, "Мария-Луиза", "marie_louise"),
    ("что в [Париже] оставалась", "LOC", "CITY", "Париж", "paris"),
    ("император [Наполеон] сам", "PER", None, "Наполеон", "napoleon"),
    ("императору [Александру]", "PER", None, "Александр", "alexander"),
    ("на [Позен], Торн", "LOC", "CITY", "Позен", "posen"),
    ("Позен, [Торн], Данциг", "LOC", "CITY", "Торн", "thorn"),
    ("Торн, [Данциг] и", "LOC", "CITY", "Данциг", "danzig"),
    ("Данциг и [Кенигсберг]", "LOC", "CITY", "Кенигсберг", "koenigsberg"),
    ("ночевал в [Вильковисском лесу]", "LOC", "LOCATION", "Вильковисский лес", "vilkovishki_forest"),
    ("На другой день [Наполеон], обогнав", "PER", None, "Наполеон", "napoleon"),
    ("подъехал к [Неману]", "LOC", "LOCATION", "Неман", "neman"),
    ("была [Moscou] la ville", "LOC", "CITY", "Moscou", "moscou"),
    ("ходил [Александр Македонский]", "PER", None, "Александр Македонский", "alexander_great"),
    ("— [Наполеон], неожиданно", "PER", None, "Наполеон", "napoleon"),
    ("переходить [Неман].", "LOC", "LOCATION", "Неман", "neman"),
    ("левом берегу [Немана]", "LOC", "LOCATION", "Неман", "neman"),
    ("из [Вильковисского леса]", "LOC", "LOCATION", "Вильковисский лес", "vilkovishki_forest"),
    ("наведенным на [Немане]", "LOC", "LOCATION", "Неман", "neman"),
    ("Steppes de l'[Asie]", "LOC", "LOCATION", "Asie", "asie"),
    ("Au revoir, [Beauch&#233;];", "PER", None, "Beauch&#233;", "beauche"),
    ("palais de [Moscou]", "LOC", "CITY", "Moscou", "moscou"),
    ("gouverneur aux [Indes]", "LOC", "LOCATION", "Indes", "indes"),
    ("Indes, [G&#233;rard],", "PER", None, "G&#233;rard", "gerard"),
    ("ministre du [Cachemire]", "LOC", "LOCATION", "Cachemire", "cachemire"),
]

# context, value, mod
DATES = [
    ("[29-го мая] Наполеон", "XXXX-05-29", None),
    ("пробыл [три недели]", "P3W", None),
    ("[10-го июня] он догнал", "XXXX-06-10", None),
    ("[На другой день] Наполеон", "XXXX-06-11", None),
    ("и на [другой день] войска", "XXXX-06-12", None),
    ("[12-го числа рано утром]", "XXXX-06-12", None),
    ("раскинутой в [этот день]", "XXXX-06-12", None),
]

# context, kind, referent
MENTIONS = [
    ("где [он] пробыл", P, "napoleon"),
    ("императора, [которые] того", P, None),
    ("принцев, [которыми] он", P, None),
    ("которыми [он] был не", P, "napoleon"),
    ("одарил [своими]", P, "napoleon"),
    ("как говорит [его] историк", P, "napoleon"),
    ("оставил [ее] огорченною", P, "marie_louise"),
    ("которую [она] —", P, "marie_louise"),
    ("считавшаяся [его] супругой", P, "napoleon"),
    ("называя [его] Monsieur", P, "alexander"),
    ("уверяя, что [он] не желает", P, "napoleon"),
    ("всегда [будет] любить", Z, "napoleon"),
    ("и уважать [его],", P, "alexander"),
    ("— [он] ехал к армии", P, "napoleon"),
    ("[Он] ехал в дорожной", P, "napoleon"),
    ("встречали [его].", P, "napoleon"),
    ("несли [его] туда же", P, "napoleon"),
    ("10-го июня [он] догнал", P, "napoleon"),
    ("для [него] квартире", P, "napoleon"),
    ("войска [его] стали", P, "napoleon"),
    ("утром [он] вышел", P, "napoleon"),
    ("потоки [своих] войск", P, "napoleon"),
    ("искали [его] глазами", P, "napoleon"),
    ("когда [находили] на горе", Z, None),
    ("[они] кидали вверх", P, None),
    ("скрывавшего [их] доселе", P, None),
]

# trigger context, type, polarity, modality, [(role, argument context), ...]
EVENTS = [
    ("Наполеон [выехал] из Дрездена", "MOVEMENT", "positive", "asserted", [
        ("agent", "29-го мая [Наполеон] выехал"), ("origin", "выехал из [Дрездена]*"),
        ("time", "[29-го мая] Наполеон")]),
    ("он [пробыл] три", "MOVEMENT", "positive", "asserted", [
        ("agent", "где [он] пробыл")]),
    ("перед [отъездом]", "MOVEMENT", "positive", "asserted", []),
    ("[побранил] королей", "CONFLICT", "positive", "asserted", [
        ("participant", "[Наполеон] перед отъездом")]),
    ("[оставил] ее", "MOVEMENT", "positive", "asserted", [
        ("agent", "[Наполеон] перед отъездом")]),
    ("сам [писал] письмо", "COMMUNICATION", "positive", "asserted", [
        ("agent", "император [Наполеон] сам"), ("recipient", "императору [Александру]")]),
    ("не желает [войны]", "WAR", "negative", "desired", [
        ("participant", "уверяя, что [он] не желает")]),
    ("он [ехал] к армии", "MOVEMENT", "positive", "asserted", [
        ("agent", "— [он] ехал к армии")]),
    ("новые [приказания]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "— [он] ехал к армии")]),
    ("торопить [движение]", "MOVEMENT", "positive", "asserted", []),
    ("Он [ехал] в дорожной", "MOVEMENT", "positive", "asserted", [
        ("agent", "[Он] ехал в дорожной"), ("destination", "на [Позен], Торн"),
        ("destination", "Позен, [Торн], Данциг"), ("destination", "Торн, [Данциг] и"),
        ("destination", "Данциг и [Кенигсберг]")]),
    ("восторгом [встречали]", "MEETING", "positive", "asserted", [
        ("participant", "встречали [его].")]),
    ("Армия [подвигалась]", "MOVEMENT", "positive", "asserted", []),
    ("шестерни [несли]", "MOVEMENT", "positive", "asserted", [
        ("patient", "несли [его] туда же")]),
    ("он [догнал] армию", "MOVEMENT", "positive", "asserted", [
        ("agent", "10-го июня [он] догнал"), ("time", "[10-го июня] он догнал")]),
    ("[ночевал] в Вильковисском", "MOVEMENT", "positive", "asserted", [
        ("agent", "10-го июня [он] догнал"), ("place", "ночевал в [Вильковисском лесу]"),
        ("time", "[10-го июня] он догнал")]),
    ("[обогнав] армию", "MOVEMENT", "positive", "asserted", [
        ("agent", "На другой день [Наполеон], обогнав")]),
    ("коляске [подъехал]", "MOVEMENT", "positive", "asserted", [
        ("agent", "На другой день [Наполеон], обогнав"), ("destination", "подъехал к [Неману]"),
        ("time", "[На другой день] Наполеон")]),
    ("местность [переправы]", "MOVEMENT", "positive", "asserted", []),
    ("[выехал] на берег", "MOVEMENT", "positive", "asserted", [
        ("agent", "На другой день [Наполеон], обогнав"), ("time", "[На другой день] Наполеон")]),
    ("куда [ходил]", "MOVEMENT", "positive", "asserted", [
        ("agent", "ходил [Александр Македонский]")]),
    ("[приказал] наступление", "COMMUNICATION", "positive", "asserted", [
        ("agent", "— [Наполеон], неожиданно")]),
    ("приказал [наступление]", "WAR", "positive", "asserted", []),
    ("стали [переходить] Неман", "MOVEMENT", "positive", "asserted", [
        ("place", "переходить [Неман]."), ("time", "и на [другой день] войска")]),
    ("он [вышел] из палатки", "MOVEMENT", "positive", "asserted", [
        ("agent", "утром [он] вышел"), ("time", "[12-го числа рано утром]")]),
    ("на [выплывающие]", "MOVEMENT", "positive", "asserted", [
        ("origin", "из [Вильковисского леса]")]),
    ("[разливающихся]", "MOVEMENT", "positive", "asserted", []),
    ("истощаясь, [вытекали]", "MOVEMENT", "positive", "asserted", [
        ("agent", "[они] кидали вверх")]),
    ("всё [вытекали]", "MOVEMENT", "positive", "asserted", [
        ("agent", "[они] кидали вверх")]),
    ("мостам [переходили]", "MOVEMENT", "positive", "asserted", [
        ("agent", "[они] кидали вверх")]),
    ("ожидаемого [похода]", "WAR", "positive", "asserted", []),
]
