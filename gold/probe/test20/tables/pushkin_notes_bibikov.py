"""Pushkin, «История Пугачева», the notes: the note number `11` and notes 11-21 (Bibikov's letter of
26 March on the losses; Rychkov's claim that Shigaev had Pugachev and Khlopusha bound; the coin Pugachev
never struck; Reinsdorp's French letter to Prince Golitsyn of 24 March 1774; the Seitov settlement;
Chika and Ulyanov bound by a factory clerk; the source of the Yaik fortress details; Derzhavin's lines
on Bibikov's death, the widow's request, Derzhavin's praise of Bibikov) (corpus
pushkin_istoriya_pugacheva.txt, characters 176361-181376, 5,015 characters, whole paragraphs; the
slice ends with the last paragraph's newline).

Annotated by reading before any pipeline run; fresh test set of round 20 (annot20a). All layers
(entities, person mentions with clusters, dates, events with arguments), against GUIDELINES.md
sections 2, 3, 4, 5, 8 and the decisions of 9.1, 9.13, 9.21, 9.36, 9.41, 9.52, 9.60, 9.63; doubts in
section 9.71.

Particular decisions:
- Named: Bibikov in all his forms (`Бибиков`, `Бибикова`, `А. И. Бибикова`, `Александр Ильич
  Бибиков`) one cluster; `Голицын` and `кн. Голицыну` (the title outside) one; `Пугачев`,
  `Пугачева` and the French `Pougatschef` one; `Екатериной` and `Екатерины Великой` one (the
  empress; `Императрица` of note 20 is a common noun, 8.3); `Петра III`, `Елисаветы`, `Разина`,
  `Кошелев` (the footnote mark `[34]` outside), `Рычков`, `Шигаев`, `Хлопушу`, `Рейнсдорпа`,
  `Сеита-Хаялина` (the whole hyphenated name), `Чика`, `Ульяновым`, `Михельсон`, `П. П. Свиньина`,
  `Симонова`, `Державин`. Places: `Оренбурга` and the French `Orenbourg` one referent (CITY);
  `Слобода Сеитовская`, `Сеитовской слободе`, `Каргалинская` and the French `Kargalé` one (the
  settlement, CITY, the cue noun inside as in a factory's name); `Orsk`, `Берды`, `Табинск` CITY;
  `Богоявленском медиплавиленном заводе` FACILITY; `Яицкой крепости` FACILITY nested in the article's
  title `Оборона Яицкой крепости от партии мятежников` (WORK_OF_ART, 2.4); `Отечественных записках`
  ORG (a periodical). Not entities: `Redivivus et ultor` (an inscription), `сей Истории` (the book by
  a common noun), `Votre Altesse`, `Baschkirs`, `казанского`, `татарина`, the languages.
- The French letter of note 14 is read as 9.36 reads untranslated French: names annotated as
  written, no events, mentions or dates (`depuis six mois`) read in it.
- Mentions: Bibikov's pronouns, reflexives and the zeros `любил` (one zero for the series `любил ...
  писал; знал ... выучил; умел ... был ...; но знал`, 8.2) and `увенчал`; Derzhavin's `его`, `своей`,
  `своего`; Koshelev's zero `чтоб не умер`; null: Pugachev and Shigaev together (`бегства их`), Chika
  and Ulyanov (`своем`, `их`), the widow (`она`, `себя`, `ее`), the compatriots (`они`).
- Dates: `26 марта` (no year in force before it: `XXXX-03-26`; doubt, the letter is of 1774) and `24
  марта 1774`. Not dates: `несколько времени`, `в царствование императрицы Елисаветы` (9.1),
  `ночью`, `незадолго пред смертию`, `до конца своей жизни`, `тогда`. The dates date letters and
  no narration follows them: no inferred time.
- Events: letters with their sender and date (`в письме`, `Письмо`) and reports of writing (`Голицын
  и пишет, что`, `Рычков пишет, что`, `как уверяют`) COMMUNICATION; the ordered binding (`велел
  связать`) ARREST `desired` (not told as done; doubt: the whole claim is reported and disbelieved);
  `убито` DEATH; `пирушка` WAR (the battle named ironically; doubt); `боюсь, чтоб не умер` DEATH
  `possible` (the `не` of fear is no negation); the flight `бегства` MOVEMENT; `явившегося` MOVEMENT,
  `просьбой` COMMUNICATION; `разбитии` WAR; `остановились ночевать` MOVEMENT (a stay); `связал` ARREST;
  `представил в Табинск` MOVEMENT (a person brought, 9.21: the one brought the patient); `совет`
  COMMUNICATION (9.60); `напечатанной` PUBLICATION; Bibikov's death (`смерть`, `умер`, `смертию`,
  `кончиною`) DEATH; his service (`службу`, `службе`, `употребляем`) EMPLOYMENT; the empress's
  order and the question it ordered, told as answered (`велела спросить`), and the widow's
  `просила` COMMUNICATION; `служившего` EMPLOYMENT; `издать` PUBLICATION `desired`; Derzhavin's
  lines `написал` CREATION (doubt: it introduces the quotation); `поручениях` COMMUNICATION (9.60);
  `царствование` EMPLOYMENT (9.52); `выучил` English EDUCATION (doubt). Not events: `потеряли` (the
  same losses as `убито`), `ранено`, `ранен`, `Показание` (the claim as a text; doubt), `действовали
  заодно`, striking a coin, `вымышлять`, `угостил`, `напоив`, `подарил`, the citation (`взяты мною`,
  `следовал я журналу`), `сохранены`, `оде`, `вырезана`, `обороняя`, `защите престола`,
  `пресекшуюся` (the same death as `кончиною`), `писал` (a skill), `выбирать людей`.
"""
SOURCE = ("pushkin_istoriya_pugacheva.txt", 176361, 181376)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("[Бибиков] в письме", "PER", None, "Бибиков", "bibikov"),
    ("мой [Кошелев]", "PER", None, "Кошелев", "koshelev"),
    ("хотя [Голицын]", "PER", None, "Голицын", "golitsyn"),
    ("[Рычков] пишет", "PER", None, "Рычков", "rychkov"),
    ("что [Шигаев] велел", "PER", None, "Шигаев", "shigaev"),
    ("связать [Пугачева]", "PER", None, "Пугачев", "pugachev"),
    ("[Хлопушу]", "PER", None, "Хлопуша", "khlopusha"),
    ("что [Пугачев] и Шигаев", "PER", None, "Пугачев", "pugachev"),
    ("Пугачев и [Шигаев] действовали", "PER", None, "Шигаев", "shigaev"),
    ("из-под [Оренбурга]", "LOC", "CITY", "Оренбург", "orenburg"),
    ("[Пугачев], вопреки", "PER", None, "Пугачев", "pugachev"),
    ("государя [Петра III]", "PER", None, "Петр III", "petr3"),
    ("d'[Orenbourg]", "LOC", "CITY", "Orenbourg", "orenburg"),
    ("de [Kargalé]", "LOC", "CITY", "Kargalé", "seitovskaya"),
    ("d'[Orsk]", "LOC", "CITY", "Orsk", "orsk"),
    ("captiver [Pougatschef]", "PER", None, "Pougatschef", "pugachev"),
    ("Письмо [Рейнсдорпа]", "PER", None, "Рейнсдорп", "reinsdorp"),
    ("кн. [Голицыну]", "PER", None, "Голицын", "golitsyn"),
    ("[Слобода Сеитовская]", "LOC", "CITY", "Слобода Сеитовская", "seitovskaya"),
    ("и [Каргалинская]", "LOC", "CITY", "Каргалинская", "seitovskaya"),
    ("от [Берды]", "LOC", "CITY", "Берда", "berda"),
    ("а от [Оренбурга]", "LOC", "CITY", "Оренбург", "orenburg"),
    ("[Сеита-Хаялина]", "PER", None, "Сеит-Хаялин", "seit"),
    ("В [Сеитовской слободе]", "LOC", "CITY", "Слобода Сеитовская", "seitovskaya"),
    ("[Чика] с", "PER", None, "Чика", "chika"),
    ("с [Ульяновым]", "PER", None, "Ульянов", "ulyanov"),
    ("в [Богоявленском медиплавиленном заводе]", "LOC", "FACILITY", "Богоявленский медиплавиленный завод",
     "bogoyavlensky"),
    ("в [Табинск]", "LOC", "CITY", "Табинск", "tabinsk"),
    ("[Михельсон] подарил", "PER", None, "Михельсон", "mikhelson"),
    ("[Разина].", "PER", None, "Разин", "razin"),
    ("(«[Оборона Яицкой крепости от партии мятежников]»)", "WORK_OF_ART", None,
     "Оборона Яицкой крепости от партии мятежников", "oborona"),
    ("Оборона [Яицкой крепости]", "LOC", "FACILITY", "Яицкая крепость", "yaitskaya"),
    ("«[Отечественных записках]»", "ORG", None, "Отечественные записки", "otechestvennye"),
    ("[П. П. Свиньина]", "PER", None, "П. П. Свиньин", "svinyin"),
    ("журналу [Симонова]", "PER", None, "Симонов", "simonov"),
    ("сохранены [Державиным]", "PER", None, "Державин", "derzhavin"),
    ("на смерть [Бибикова]", "PER", None, "Бибиков", "bibikov"),
    ("[Екатериной] чтим", "PER", None, "Екатерина", "ekaterina"),
    ("Здесь [Бибикова] прах", "PER", None, "Бибиков", "bibikov"),
    ("супруга [Бибикова]", "PER", None, "Бибиков", "bibikov"),
    ("[Державин], до конца", "PER", None, "Державин", "derzhavin"),
    ("[А. И. Бибикова]", "PER", None, "А. И. Бибиков", "bibikov"),
    ("[Александр Ильич Бибиков]", "PER", None, "Александр Ильич Бибиков", "bibikov"),
    ("императрицы [Елисаветы]", "PER", None, "Елисавета", "elisaveta"),
    ("от [Екатерины Великой]", "PER", None, "Екатерина Великая", "ekaterina"),
]

# context, value, mod
DATES = [
    ("письме от [26 марта]", "XXXX-03-26", None),
    ("от [24 марта 1774]", "1774-03-24", None),
]

# context, kind, referent (None: no named referent in the passage)
MENTIONS = [
    ("чтоб не [умер]", Z, "koshelev"),
    ("бегства [их]", P, None),
    ("По [своем] разбитии", P, None),
    ("угостил [их]", P, None),
    ("в оде [его]", P, "derzhavin"),
    ("на [его] гробе", P, "bibikov"),
    ("[Он] был искусный", P, "bibikov"),
    ("души [его]", P, "bibikov"),
    ("[Он] умер", P, "bibikov"),
    ("чего [она]", P, None),
    ("для [себя]", P, None),
    ("родственников [ее]", P, None),
    ("под [его] начальством", P, "bibikov"),
    ("конца [своей] жизни", P, "derzhavin"),
    ("первого [своего]", P, "derzhavin"),
    ("написал о [нем]", P, "bibikov"),
    ("жизнь [свою]", P, "bibikov"),
    ("[они] не престанут", P, None),
    ("благословлять [его]", P, "bibikov"),
    ("необыкновенные [его]", P, "bibikov"),
    ("так, что [он]", P, "bibikov"),
    ("на [него] должностей", P, "bibikov"),
    ("искусство [свое]", P, "bibikov"),
    ("[Он] был хороший", P, "bibikov"),
    ("доброе [его]", P, "bibikov"),
    ("друзьям [своим]", P, "bibikov"),
    ("собственных [своих]", P, "bibikov"),
    ("доставлял [ему]", P, "bibikov"),
    ("которой [он]", P, "bibikov"),
    ("[любил] словесность", Z, "bibikov"),
    ("важною [своею]", P, "bibikov"),
    ("подчиненных [своих]", P, "bibikov"),
    ("в [нем] веселия", P, "bibikov"),
    ("чиновник [его]", P, "bibikov"),
    ("кончиною [своею]", P, "bibikov"),
    ("[увенчал]", Z, "bibikov"),
]

PUG_SHIG = ["что [Пугачев] и Шигаев", "Пугачев и [Шигаев] действовали"]
CHIKA_ULYANOV = ["[Чика] с", "с [Ульяновым]"]

# trigger context, type, polarity, modality, [(role, argument context[, "inferred"]), ...]
EVENTS = [
    ("в [письме] от", "COMMUNICATION", "positive", "asserted", [
        ("agent", "[Бибиков] в письме"), ("time", "письме от [26 марта]")]),
    ("рядовых [убито]", "DEATH", "positive", "asserted", []),
    ("[пирушка]", "WAR", "positive", "asserted", []),
    ("чтоб не [умер]", "DEATH", "positive", "possible", [
        ("patient", "чтоб не [умер]")]),
    ("Голицын и [пишет]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "хотя [Голицын]")]),
    ("Рычков [пишет]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "[Рычков] пишет")]),
    ("Шигаев [велел]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "что [Шигаев] велел")]),
    ("велел [связать]", "ARREST", "positive", "desired", [
        ("patient", "связать [Пугачева]"), ("patient", "[Хлопушу]")]),
    ("после [бегства]", "MOVEMENT", "positive", "asserted", [
        ("agent", "бегства [их]", PUG_SHIG), ("origin", "из-под [Оренбурга]")]),
    ("как [уверяют]", "COMMUNICATION", "positive", "asserted", []),
    ("[Письмо] Рейнсдорпа", "COMMUNICATION", "positive", "asserted", [
        ("agent", "Письмо [Рейнсдорпа]"), ("recipient", "кн. [Голицыну]"), ("time", "от [24 марта 1774]")]),
    ("первого [явившегося]", "MOVEMENT", "positive", "asserted", [
        ("agent", "[Сеита-Хаялина]")]),
    ("с [просьбой]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "[Сеита-Хаялина]")]),
    ("своем [разбитии]", "WAR", "positive", "asserted", [
        ("participant", "По [своем] разбитии", CHIKA_ULYANOV)]),
    ("[остановились] ночевать", "MOVEMENT", "positive", "asserted", [
        ("agent", "[Чика] с"), ("agent", "с [Ульяновым]"),
        ("place", "в [Богоявленском медиплавиленном заводе]")]),
    ("ночью [связал]", "ARREST", "positive", "asserted", [
        ("patient", "угостил [их]", CHIKA_ULYANOV)]),
    ("[представил] в Табинск", "MOVEMENT", "positive", "asserted", [
        ("patient", "угостил [их]", CHIKA_ULYANOV), ("destination", "в [Табинск]")]),
    ("подавшей [совет]", "COMMUNICATION", "positive", "asserted", []),
    ("[напечатанной]", "PUBLICATION", "positive", "asserted", [
        ("patient", "(«[Оборона Яицкой крепости от партии мятежников]»)"),
        ("place", "«[Отечественных записках]»")]),
    ("на [смерть] Бибикова", "DEATH", "positive", "asserted", [
        ("patient", "на смерть [Бибикова]")]),
    ("чтим за [службу]", "EMPLOYMENT", "positive", "asserted", []),
    ("Он [умер]", "DEATH", "positive", "asserted", [
        ("patient", "[Он] умер")]),
    ("Императрица [велела]", "COMMUNICATION", "positive", "asserted", []),
    ("[спросить] у вдовы", "COMMUNICATION", "positive", "asserted", []),
    ("Бибикова [просила]", "COMMUNICATION", "positive", "asserted", []),
    ("[служившего]", "EMPLOYMENT", "positive", "asserted", []),
    ("намерен был [издать]", "PUBLICATION", "positive", "desired", []),
    ("жизни и [службе] отца", "EMPLOYMENT", "positive", "asserted", []),
    ("[написал] о нем", "CREATION", "positive", "asserted", [
        ("agent", "[Державин], до конца")]),
    ("на [службу] отечеству", "EMPLOYMENT", "positive", "asserted", [
        ("agent", "[Александр Ильич Бибиков]")]),
    ("о [службе] и переменах", "EMPLOYMENT", "positive", "asserted", []),
    ("был [употребляем]", "EMPLOYMENT", "positive", "asserted", [
        ("agent", "так, что [он]")]),
    ("[царствование]", "EMPLOYMENT", "positive", "asserted", [
        ("agent", "императрицы [Елисаветы]")]),
    ("[поручениях]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "от [Екатерины Великой]")]),
    ("пред [смертию]", "DEATH", "positive", "asserted", []),
    ("[выучил]", "EDUCATION", "positive", "asserted", [
        ("agent", "[любил] словесность")]),
    ("[кончиною]", "DEATH", "positive", "asserted", [
        ("patient", "кончиною [своею]")]),
]
