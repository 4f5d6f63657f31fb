"""Tolstoy, «Война и мир», volume 2, the card game at Dolokhov's: Dolokhov keeps the bank before
twenty men; Nikolai Rostov, who has not seen him since Sonya refused Dolokhov's proposal, is drawn into the
game, loses card after card, and stakes 800 roubles on the seven of hearts, remembering the 2000 roubles
his father gave him on the Sunday before and the word he gave not to ask for more before the spring
(corpus war_and_peace/tom2.txt, characters 98858-103736).

Annotated by reading before any pipeline run; fresh test set of round 18 (annot18b). All layers
(entities, person mentions with clusters, dates, events with arguments), against GUIDELINES.md
sections 2, 3, 4, 5, 8 and the decisions of 9.17, 9.21, 9.25, 9.29, 9.32, 9.33, 9.36, 9.38, 9.46,
9.47, 9.52, 9.53; doubts in section 9.56.

Particular decisions:
- Names: Rostov is `Николай`, `Ростов`, `Ростова`, `Ростову` (one cluster); `Долохов`, `Долохова`,
  `Долоховым` one; `Сони`, `Соней` (twice) one; `Наташей` (twice), `Денисовым`, `Петей`; `граф Илья
  Андреич` → `Илья Андреич` (the title outside, 8.3), Rostov's father (`отцом` is a common noun); `Илюшка`
  (the leader of the gypsy choir) is another man: the first names differ (8.3). `в Поварском доме` (the
  house on Povarskaya) is a place's adjective before its noun, no LOC (9.46); `клубе` a common noun.
- Mentions: `они свидятся` (Nikolai and Dolokhov) null, its argument's coref the two names; `он надеется`,
  `ему можно поверить` (one of the players) null; `дурак, кто` (a relative `кто` after a person noun,
  generic) null (doubt: 8.2 names `тот, кто`). No zero subjects: every unwritten subject of the passage is
  the speaker or the addressee (`видались`, `приехал`, `домечу`, `Поверю`, `бью`), or shared by
  coordination (`оставил ... и поставил`, `выпил ..., улыбнулся ..., стал смотреть`).
- Dates: `Воскресенье на прошлой неделе` one span `XXXX-WXX-7` (no date in force; the week phrase inside);
  `до мая` `XXXX-05`, `до весны` `XXXX-SP`, mod BEFORE. `в эту минуту`, `в те времена`, `давно`, `раз`,
  money (`5 рублей`, `800`) are no dates. No date fixes a year: no time is inferred.
- Events: the game itself (`метал банк`, `играть`, `поставил`, `проиграл`, `убил, т. е. выиграл`,
  `Игра продолжалась`) has no type (9.22's everyday occupations; doubt: a gathering of twenty men round
  a bank, 9.47). `предложения` (Dolokhov's proposal to Sonya) COMMUNICATION, no argument (`Сони` is the
  genitive of `отказа`); `отказа Сони` COMMUNICATION, agent `Сони`; `не видался с ним`, `Давно не
  видались` MEETING negative; `как они свидятся` MEETING `possible` (an expected meeting, 9.1);
  `приехал`, `явится Илюшка`, `заезжал` (a call that found no one: MOVEMENT, not MEETING), `уезжаю домой`
  (in a thought under a condition: `conditional`) MOVEMENT; `не отвечал ему` COMMUNICATION negative;
  `разговор, который он имел ... с Долоховым` MEETING (support verb `имел`), `мы говорили с тобой` MEETING,
  `разговоры с Соней` (habitual, 4.1 rule 7) MEETING; `обеда в клубе` MEETING (9.47); reported speech
  (`Один из игроков сказал, что`, `сказал ему, что`, `Николай сказал, что`) and `просил` COMMUNICATION;
  `дает честное слово` COMMUNICATION on the noun `слово` (a promise, support verb `дает`); `изменения
  данному слову` (breaking it) has no type, and its `слову` is the word as a thing, no second promise
  (doubt: 4.1 rule 5). `Светлый ... взгляд ... встретил Ростова` (a look as the subject) no MEETING (8.6);
  `дал ... 2000 рублей`, `ужинать с Денисовым, Наташей и Соней`, `шуточки`, `дуэты`, `пикет` (home
  pastimes), `прошу класть` (9.52), `спасибо`, tags of quotations (`сказал`, `прибавил`, `отвечал`,
  `повторил`, `подумал`) no events.
"""
SOURCE = ("../war_and_peace/tom2.txt", 98858, 103736)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("сидел [Долохов]", "PER", None, "Долохов", "dolokhov"),
    ("и [Долохов] метал", "PER", None, "Долохов", "dolokhov"),
    ("отказа [Сони]", "PER", None, "Соня", "sonya"),
    ("[Николай] еще не", "PER", None, "Николай", "rostov"),
    ("взгляд [Долохова]", "PER", None, "Долохов", "dolokhov"),
    ("встретил [Ростова]", "PER", None, "Ростов", "rostov"),
    ("явится [Илюшка]", "PER", None, "Илюшка", "ilyushka"),
    ("сказал [Ростов], краснея", "PER", None, "Ростов", "rostov"),
    ("[Долохов] не отвечал", "PER", None, "Долохов", "dolokhov"),
    ("[Ростов] вспомнил", "PER", None, "Ростов", "rostov"),
    ("раз с [Долоховым]", "PER", None, "Долохов", "dolokhov"),
    ("сказал тогда [Долохов]", "PER", None, "Долохов", "dolokhov"),
    ("сказал теперь [Долохов]", "PER", None, "Долохов", "dolokhov"),
    ("мысль [Ростова]", "PER", None, "Ростов", "rostov"),
    ("его [Ростов] увидал", "PER", None, "Ростов", "rostov"),
    ("жизнью, [Долохов] чувствовал", "PER", None, "Долохов", "dolokhov"),
    ("[Ростову] стало", "PER", None, "Ростов", "rostov"),
    ("слова [Долохова]. Но", "PER", None, "Долохов", "dolokhov"),
    ("сделать, [Долохов], глядя", "PER", None, "Долохов", "dolokhov"),
    ("лицо [Ростову]", "PER", None, "Ростов", "rostov"),
    ("подумал [Ростов]", "PER", None, "Ростов", "rostov"),
    ("деньги, [Долохов] приготовился", "PER", None, "Долохов", "dolokhov"),
    ("[Ростов] сел", "PER", None, "Ростов", "rostov"),
    ("[Долохов] взглядывал", "PER", None, "Долохов", "dolokhov"),
    ("[Долохов]. И странно", "PER", None, "Долохов", "dolokhov"),
    ("странно, [Николай]", "PER", None, "Николай", "rostov"),
    ("нет,\u00a0– сказал [Ростов]", "PER", None, "Ростов", "rostov"),
    ("[Ростов] поставил 5", "PER", None, "Ростов", "rostov"),
    ("[Долохов] убил", "PER", None, "Долохов", "dolokhov"),
    ("сряду у [Ростова]", "PER", None, "Ростов", "rostov"),
    ("отвечал [Долохов]", "PER", None, "Долохов", "dolokhov"),
    ("прибавил он [Ростову]", "PER", None, "Ростов", "rostov"),
    ("карты [Ростова] бились", "PER", None, "Ростов", "rostov"),
    ("Оставь,\u00a0– сказал [Долохов]", "PER", None, "Долохов", "dolokhov"),
    ("смотрел на [Ростова]", "PER", None, "Ростов", "rostov"),
    ("[Ростов] повиновался", "PER", None, "Ростов", "rostov"),
    ("слова [Долохова], и", "PER", None, "Долохов", "dolokhov"),
    ("руки [Долохова], державшего", "PER", None, "Долохов", "dolokhov"),
    ("для [Ростова]", "PER", None, "Ростов", "rostov"),
    ("граф [Илья Андреич]", "PER", None, "Илья Андреич", "ilya"),
    ("[Николай] сказал, что", "PER", None, "Николай", "rostov"),
    ("руки [Долохова] и думал", "PER", None, "Долохов", "dolokhov"),
    ("с [Денисовым]", "PER", None, "Денисов", "denisov"),
    ("Денисовым, [Наташей]", "PER", None, "Наташа", "natasha"),
    ("Наташей и [Соней]", "PER", None, "Соня", "sonya"),
    ("с [Петей]", "PER", None, "Петя", "petya"),
    ("разговоры с [Соней]", "PER", None, "Соня", "sonya"),
    ("дуэты с [Наташей]", "PER", None, "Наташа", "natasha"),
    ("рук [Долохова]", "PER", None, "Долохов", "dolokhov"),
]

# context, value, mod
DATES = [
    ("В [Воскресенье на прошлой неделе]", "XXXX-WXX-7", None),
    ("до [мая]", "XXXX-05", "BEFORE"),
    ("до [весны]", "XXXX-SP", "BEFORE"),
]

# context, kind, referent (None: no named referent in the passage)
MENTIONS = [
    ("видался с [ним]", P, "dolokhov"),
    ("как [они] свидятся", P, None),
    ("как будто [он] давно", P, "dolokhov"),
    ("ждал [его]", P, "rostov"),
    ("сказал [он],\u00a0– спасибо", P, "dolokhov"),
    ("отвечал [ему]", P, "rostov"),
    ("поставить,\u00a0– сказал [он]", P, "dolokhov"),
    ("который [он] имел", P, "rostov"),
    ("улыбки [его]", P, "dolokhov"),
    ("в [нем] то", P, "dolokhov"),
    ("было у [него] во время", P, "dolokhov"),
    ("неловко; [он] искал", P, "rostov"),
    ("уме [своем]", P, "rostov"),
    ("чем [он] успел", P, "rostov"),
    ("сказал [ему]:", P, "rostov"),
    ("дурак, [кто]", P, None),
    ("прибавил [он], и", P, "dolokhov"),
    ("подле [него]", P, "dolokhov"),
    ("взглядывал на [него]", P, "rostov"),
    ("сказал [он], прометав", P, "dolokhov"),
    ("что, [он] надеется", P, None),
    ("надеется, [ему] можно", P, None),
    ("прибавил [он] Ростову", P, "dolokhov"),
    ("на [него] было написано", P, "rostov"),
    ("[Он] надписал", P, "rostov"),
    ("как [ему] подавали", P, "rostov"),
    ("шампанское, [он] раздумал", P, "rostov"),
    ("хотя [он], казалось", P, "dolokhov"),
    ("повторил [он]", P, "dolokhov"),
    ("которую [он] поднял", P, "rostov"),
    ("[Он] хорошо", P, "rostov"),
    ("[Он] поставил семерку", P, "rostov"),
    ("дал [своему] сыну", P, "ilya"),
    ("и [он], никогда", P, "ilya"),
    ("сказал [ему], что деньги", P, "rostov"),
    ("потому [он] просил", P, "ilya"),
    ("что [ему] и это", P, "rostov"),
    ("что [он] дает", P, "rostov"),
    ("[Он] с замиранием", P, "rostov"),
    ("жизнь [его],\u00a0–", P, "rostov"),
    ("представилась [ему]", P, "rostov"),
    ("[Он] не мог", P, "rostov"),
    ("лишить [его]", P, "rostov"),
    ("повергнуть [его]", P, "rostov"),
    ("но [он] всё-таки", P, "rostov"),
]

# trigger context, type, polarity, modality, [(role, argument context), ...]
EVENTS = [
    ("После [предложения]", "COMMUNICATION", "positive", "asserted", []),
    ("и [отказа] Сони", "COMMUNICATION", "positive", "asserted", [
        ("agent", "отказа [Сони]")]),
    ("не [видался] с ним", "MEETING", "negative", "asserted", [
        ("participant", "[Николай] еще не"), ("participant", "видался с [ним]")]),
    ("они [свидятся]", "MEETING", "positive", "possible", [
        ("participant", "как [они] свидятся", ["и [Долохов] метал", "[Николай] еще не"])]),
    ("Давно не [видались]", "MEETING", "negative", "asserted", []),
    ("что [приехал]", "MOVEMENT", "positive", "asserted", []),
    ("[явится] Илюшка", "MOVEMENT", "positive", "asserted", [
        ("agent", "явится [Илюшка]")]),
    ("к тебе [заезжал]", "MOVEMENT", "positive", "asserted", []),
    ("не [отвечал] ему", "COMMUNICATION", "negative", "asserted", [
        ("agent", "[Долохов] не отвечал"), ("recipient", "отвечал [ему]")]),
    ("странный [разговор]", "MEETING", "positive", "asserted", [
        ("participant", "который [он] имел"), ("participant", "раз с [Долоховым]")]),
    ("время [обеда]", "MEETING", "positive", "asserted", []),
    ("мы [говорили] с тобой", "MEETING", "positive", "asserted", []),
    ("игроков [сказал]", "COMMUNICATION", "positive", "asserted", []),
    ("[сказал] ему, что деньги", "COMMUNICATION", "positive", "asserted", [
        ("agent", "и [он], никогда"), ("recipient", "сказал [ему], что деньги"),
        ("time", "В [Воскресенье на прошлой неделе]")]),
    ("он [просил] сына", "COMMUNICATION", "positive", "asserted", [
        ("agent", "потому [он] просил")]),
    ("Николай [сказал], что", "COMMUNICATION", "positive", "asserted", [
        ("agent", "[Николай] сказал, что")]),
    ("честное [слово]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "что [он] дает")]),
    ("[уезжаю] домой", "MOVEMENT", "positive", "conditional", []),
    ("[разговоры] с Соней", "MEETING", "positive", "asserted", [
        ("participant", "разговоры с [Соней]")]),
]
