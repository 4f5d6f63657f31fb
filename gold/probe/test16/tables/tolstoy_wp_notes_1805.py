"""«Война и мир», tom 1, the editors' endnotes 86–100 to part 2 of volume one (corpus
../war_and_peace/tom1.txt, characters 800064–803946): Archduke Ferdinand's letter of 26 September /
8 October 1805, Nostitz, Mack's surrender at Ulm and release, Denisov and his prototype Denis
Davydov, a run of glossary notes (hussar dress, card terms, Podnovinskoye in Moscow), colonel
Yurkovsky's battle cry, and Bagration's rearguard actions at Lambach, Amstetten and Melk.

Annotated by reading before any pipeline run; fresh test set of round 16 (annot16a). All layers
(entities, person mentions with clusters, dates, events with arguments), against GUIDELINES.md
sections 2, 3, 4, 5 and 8 and the decision log 9 (9.1, 9.9, 9.13, 9.14, 9.17, 9.19, 9.21, 9.25,
9.32, 9.35, 9.36, 9.37). Doubts and decisions in section 9.41.

The brief's range of tom1 (characters 800000–825013) holds no narration of the novel: it is all
endnotes (the novel's text ends before 744451, inside the audit slice no probe may use). The passage
is the first 3,000–4,000 characters of whole notes in it (note 86 to note 100), the commentators'
historical prose, as 9.35 took the editors' afterword of tom4. Each note opens with its lemma, a
fragment of the novel between `…` and a dash; the note numbers on their own lines are text.

- Names: titles and ranks outside (`эрцгерцога [Фердинанда]`, `графа [Ностица]`, `маршала
  [Мюрата]`, `полковник [Юрковский]`, `императора [Александра]`); initials inside (`К. Макк`,
  `Г. И. Ностиц`, `Д. В. Давыдов`). The lemma's `Мака` (the novel's spelling) and `Макк` are one
  man. `Васька Денисов`, `Денисов` (the character) and `Денис Васильевич Давыдов`, `Давыдов` (his
  prototype) are two clusters. Titles in guillemets are WORK_OF_ART with the names inside them
  (2.4, 9.35): `Описание первой войны императора Александра с Наполеоном в 1805 году` holds PER
  `Александра`, `Наполеоном`; the article's title holds `Война и мир`, the shared closing guillemet
  outside both. `«Материалах для истории современных войн»` is the work titled before with its
  years, one cluster. `Сочинения` in the bibliographic reference is the book's title. `СПб.` and
  the Latin `M` (for `М.`, Moscow, in `ч. 2 M 1860`) are LOC CITY as 9.35's `М.`, `M` in Moscow's
  cluster. `Отечественной войны` EVENT; `«Арзамас»` (a literary society) ORG; `Подновинское` (an
  open ground) LOCATION as `Арское поле`, `Новинский бульвар` FACILITY. The nickname `«Армянин»`
  is a name quoted as a word (9.20's `Татиана`): no entity. Glossary words (`Трензель`, `Ментик`,
  `Семпель`, `Форшпан`, ...) are none.
- Mentions: the lemma fragments' verbs whose subjects the cut left out (`…пропустил мимо себя
  Мака…`, `…перекинул поводья трензеля`) are zero mentions, and `себя` a pronoun mention, all null:
  the passage does not say who (the novel's Kutuzov and Bondarenko are not read into it).
  `вступил на русскую службу` (a new sentence) and `сдался` (after a semicolon, 9.18) are zero
  mentions of Nostitz and Mack. `Кутузова, который` (masculine: not the army) is Kutuzov. `их` in
  the quoted battle cry is the enemy, a group, null.
- Dates: the dual dates are one date each (8.5): `26 сентября/8 октября 1805 г.`, `19(31) октября
  1805 г.`, and `24 октября (5 ноября)`, whose year the sentence before gives (3.3, 8.4): 1805.
  `через несколько дней` after it: `1805-XX-XX` APPROX (9.25, 9.37: what the text makes certain).
  Life spans in brackets (`1752–1828`, `1784–1839`) and the bracketed years of a title (`1806–1807
  гг.`) are year ranges; `1805 году` inside the first title is a date too; bibliographic years
  (`1844`, `1860`) are dates, page numbers none. `начале 1800-х` is the decade `180` START; `1812
  гг.` shares the plural unit with it and is its own date (9.8: a list stays two dates).
- Events: a letter with its sender and date is COMMUNICATION on the noun (the seed's `ответном
  письме ... от июля 1936 года`), the lemma's mention too (4.1 rule 5); `приведено в книге` (cited in
  a book), `встречена Толстым`, `вспоминает`, `писал в статье` (of Denisov), `использовал` tell the
  content or use of texts: none. A war named inside a title (`первой войны ... в 1805 году`,
  `современных войн (1806–1807 гг.)`, `современных войн`) is a WAR mention, as the head of an EVENT
  name is (9.25, 9.32: `Отечественной войны`); `партизанских действий` in a title is left out.
  Mack's surrender (`сдался`) WAR (9.14); `был отпущен` RELEASE; the parole: `обязательством`
  COMMUNICATION (a pledge, 9.19), `не воевать` WAR negative `necessary` (an obligation) with Mack
  as its controller (5.3.2, as 9.1's `к ссылке`), `довести до сведения` COMMUNICATION `necessary`
  (on the verb, 9.29); `высказанное Наполеоном желание` COMMUNICATION; `заключить ... мир` WAR on
  the noun (a peace ends fighting, 9.32's `перемирие`), `desired`. `шедшую на соединение`: MOVEMENT
  and MEETING `desired` (joining forces, 9.13; it never happened). `под командованием`,
  `командовавшего` EMPLOYMENT (8.6). The notes on Lambach: `дела` (the actions, 9.25) WAR with three
  places; `войска Багратиона ... отбросили ... части маршала Мюрата` WAR, the commanders taken as
  participants for their troops (9.37's wide reading), `штыковой атакой` its own WAR mention (no
  argument depends on it); `оказал ... сопротивление ... под Амштетеном, а через несколько дней у
  Мельке` one WAR on the noun with two places and two times (the seed's one meeting in two
  cities); `дав возможность Кутузову отвести армию` MOVEMENT asserted (the withdrawal the
  resistance made possible happened; doubt logged); `из-под удара` (a fixed phrase) none. The
  quoted `Атака — любезное дело` is generic: WAR `possible`; `выкрикивал эти слова` (a battle cry,
  an order to his men, told as a habit) COMMUNICATION, `в минуты атаки` WAR (habitual, asserted);
  `организация партизанских отрядов` CREATION. No inferred time: the dated events carry their
  dates, and the others are not on a dated day (8.4).
"""
SOURCE = ("../war_and_peace/tom1.txt", 800064, 803946)

P, Z = "pronoun", "zero"
S = "\xa0"  # the source writes a no-break space before `г.` and before most dashes

# context, type, fine_type, normal, referent
ENTITIES = [
    ("…из письма эрцгерцога [Фердинанда]…", "PER", None, "Фердинанд", "ferdinand"),
    ("Это письмо эрцгерцога [Фердинанда] от", "PER", None, "Фердинанд", "ferdinand"),
    ("книге [А. И. Михайловского-Данилевского] «", "PER", None, "А. И. Михайловский-Данилевский", "mikhailovsky"),
    ("«[Описание первой войны императора Александра с Наполеоном в 1805 году]»", "WORK_OF_ART", None,
     "Описание первой войны императора Александра с Наполеоном в 1805 году", "opisanie"),
    ("императора [Александра] с Наполеоном в 1805", "PER", None, "Александр", "alexander"),
    ("Александра с [Наполеоном] в 1805 году", "PER", None, "Наполеон", "napoleon"),
    ("[СПб.], 1844", "LOC", "CITY", "СПб.", "spb"),
    ("…от графа [Ностица]…", "PER", None, "Ностиц", "nostitz"),
    ("[Г. И. Ностиц] —", "PER", None, "Г. И. Ностиц", "nostitz"),
    ("мимо себя [Мака]…", "PER", None, "Мак", "mack"),
    ("[К. Макк] (1752", "PER", None, "К. Макк", "mack"),
    ("под [Ульмом]", "LOC", "CITY", "Ульм", "ulm"),
    ("командованием [Кутузова], который", "PER", None, "Кутузов", "kutuzov"),
    ("[Макк] был отпущен", "PER", None, "Макк", "mack"),
    ("против [Наполеона] и довести", "PER", None, "Наполеон", "napoleon"),
    ("высказанное [Наполеоном] желание", "PER", None, "Наполеон", "napoleon"),
    ("с [Австрией] мир", "LOC", "COUNTRY", "Австрия", "austria"),
    ("под именем [Васьки Денисова]…", "PER", None, "Васька Денисов", "denisov"),
    ("Прототипом [Денисова] послужил", "PER", None, "Денисов", "denisov"),
    ("послужил [Толстому]", "PER", None, "Толстой", "tolstoy"),
    ("герой [Отечественной войны]", "EVENT", None, "Отечественная война", "patriotic_war"),
    ("[Денис Васильевич Давыдов] (1784", "PER", None, "Денис Васильевич Давыдов", "davydov"),
    ("темпераментом [Васька Денисов] напоминает", "PER", None, "Васька Денисов", "denisov"),
    ("напоминает [Дениса Давыдова], который", "PER", None, "Денис Давыдов", "davydov"),
    ("обществе «[Арзамас]»", "ORG", None, "Арзамас", "arzamas"),
    ("[Толстой], работая", "PER", None, "Толстой", "tolstoy"),
    ("статьи [Давыдова], посвященные", "PER", None, "Давыдов", "davydov"),
    ("войнам с [Наполеоном] в начале", "PER", None, "Наполеон", "napoleon"),
    (f"(«[Материалы для истории современных войн (1806–1807{S}гг.)]»", "WORK_OF_ART", None,
     f"Материалы для истории современных войн (1806–1807{S}гг.)", "materialy"),
    ("«[Дневник партизанских действий]»", "WORK_OF_ART", None, "Дневник партизанских действий", "dnevnik"),
    ("О [Денисове] как", "PER", None, "Денисов", "denisov"),
    ("[Толстой] писал в статье", "PER", None, "Толстой", "tolstoy"),
    ("статье «[Несколько слов по поводу книги «Война и мир]».", "WORK_OF_ART", None,
     "Несколько слов по поводу книги «Война и мир", "neskolko_slov"),
    ("книги «[Война и мир]».", "WORK_OF_ART", None, "Война и мир", "voina"),
    ("…на [Подновинское]!", "LOC", "LOCATION", "Подновинское", "podnovinskoe"),
    ("в [Москве] пустырь", "LOC", "CITY", "Москва", "moscow"),
    ("возник [Новинский бульвар]", "LOC", "FACILITY", "Новинский бульвар", "novinsky"),
    ("встречена [Толстым]", "PER", None, "Толстой", "tolstoy"),
    ("в «[Материалах для истории современных войн]» Д.", "WORK_OF_ART", None,
     "Материалы для истории современных войн", "materialy"),
    ("войн» [Д. В. Давыдова]", "PER", None, "Д. В. Давыдов", "davydov"),
    ("вспоминает [Давыдов],", "PER", None, "Давыдов", "davydov"),
    ("полковник [Юрковский]", "PER", None, "Юрковский", "yurkovsky"),
    ("см.: [Д. В. Давыдов]. Сочинения", "PER", None, "Д. В. Давыдов", "davydov"),
    ("Давыдов. [Сочинения], изд.", "WORK_OF_ART", None, "Сочинения", "sochineniya"),
    ("ч. 2 [M] 1860", "LOC", "CITY", "M", "moscow"),
    ("при [Ламбахе], Амштетене", "LOC", "CITY", "Ламбах", "lambach"),
    ("Ламбахе, [Амштетене] и", "LOC", "CITY", "Амштетен", "amstetten"),
    ("Амштетене и [Мельке]…", "LOC", "CITY", "Мельк", "melk"),
    ("у [Ламбаха] (под", "LOC", "CITY", "Ламбах", "lambach"),
    ("под [Вельсом]", "LOC", "CITY", "Вельс", "wels"),
    ("войска [Багратиона], командовавшего", "PER", None, "Багратион", "bagration"),
    ("маршала [Мюрата]", "PER", None, "Мюрат", "murat"),
    ("армии [Наполеона]. 24", "PER", None, "Наполеон", "napoleon"),
    ("отряд [Багратиона] оказал", "PER", None, "Багратион", "bagration"),
    ("под [Амштетеном]", "LOC", "CITY", "Амштетен", "amstetten"),
    ("у [Мельке], дав", "LOC", "CITY", "Мельк", "melk"),
    ("возможность [Кутузову] отвести", "PER", None, "Кутузов", "kutuzov"),
]

# context, value, mod[, extras]
DATES = [
    (f"от [26 сентября/8 октября 1805{S}г.] приведено", "1805-09-26", None, {"alt_value": "1805-10-08"}),
    ("Наполеоном в [1805 году]»", "1805", None),
    ("СПб., [1844], с.", "1844", None),
    (f"генерал, в [1805{S}г],", "1805", None),
    (f"В [1807{S}г], вступил", "1807", None),
    ("Макк ([1752–1828])", "1752/1828", None),
    (f"; [20 октября 1805{S}г.] с 30", "1805-10-20", None),
    ("Давыдов ([1784–1839])", "1784/1839", None),
    ("в [начале 1800-х] и", "180", "START"),
    (f"и в [1812{S}гг.] («", "1812", None),
    (f"войн ([1806–1807{S}гг.])", "1806/1807", None),
    ("ч. 2 M [1860], с.", "1860", None),
    (f"— [19(31) октября 1805{S}г.] у Ламбаха", "1805-10-19", None, {"alt_value": "1805-10-31"}),
    ("[24 октября (5 ноября)] отряд", "1805-10-24", None, {"alt_value": "1805-11-05"}),
    ("а [через несколько дней] у Мельке", "1805-XX-XX", "APPROX"),
]

# context, kind, referent
MENTIONS = [
    (f"В 1807{S}г, [вступил]", Z, "nostitz"),
    ("…[пропустил] мимо", Z, None),
    ("мимо [себя] Мака", P, None),
    ("армией [сдался]", Z, "mack"),
    ("Кутузова, [который] оказался", P, "kutuzov"),
    ("Не только [своей] деятельностью", P, "denisov"),
    ("Давыдова, [который] в бытность", P, "davydov"),
    ("бытность [свою]", P, "davydov"),
    ("…[перекинул] поводья", Z, None),
    ("рубай [их] в песи", P, None),
]

# trigger context, type, polarity, modality, [(role, argument context), ...]
EVENTS = [
    ("…из [письма] эрцгерцога", "COMMUNICATION", "positive", "asserted", [
        ("agent", "…из письма эрцгерцога [Фердинанда]…")]),
    ("Это [письмо] эрцгерцога", "COMMUNICATION", "positive", "asserted", [
        ("agent", "Это письмо эрцгерцога [Фердинанда] от"),
        ("time", f"от [26 сентября/8 октября 1805{S}г.] приведено")]),
    ("первой [войны] императора", "WAR", "positive", "asserted", [
        ("participant", "императора [Александра] с Наполеоном в 1805"),
        ("participant", "Александра с [Наполеоном] в 1805 году"), ("time", "Наполеоном в [1805 году]»")]),
    ("[вступил] на русскую", "EMPLOYMENT", "positive", "asserted", [
        ("agent", f"В 1807{S}г, [вступил]"), ("time", f"В [1807{S}г], вступил")]),
    ("армией [сдался] под", "WAR", "positive", "asserted", [
        ("participant", "армией [сдался]"), ("place", "под [Ульмом]"),
        ("time", f"; [20 октября 1805{S}г.] с 30")]),
    ("[шедшую] на соединение", "MOVEMENT", "positive", "asserted", []),
    ("на [соединение] с", "MEETING", "positive", "desired", []),
    ("под [командованием] Кутузова", "EMPLOYMENT", "positive", "asserted", [
        ("agent", "командованием [Кутузова], который")]),
    ("был [отпущен]", "RELEASE", "positive", "asserted", [
        ("patient", "[Макк] был отпущен")]),
    ("с [обязательством]", "COMMUNICATION", "positive", "asserted", []),
    ("не [воевать] против", "WAR", "negative", "necessary", [
        ("participant", "[Макк] был отпущен"), ("participant", "против [Наполеона] и довести")]),
    ("[довести] до сведения", "COMMUNICATION", "positive", "necessary", [
        ("agent", "[Макк] был отпущен")]),
    ("[высказанное] Наполеоном", "COMMUNICATION", "positive", "asserted", [
        ("agent", "высказанное [Наполеоном] желание")]),
    ("с Австрией [мир]", "WAR", "positive", "desired", [
        ("participant", "высказанное [Наполеоном] желание"), ("participant", "с [Австрией] мир")]),
    ("Отечественной [войны]", "WAR", "positive", "asserted", []),
    ("([организация] партизанских", "CREATION", "positive", "asserted", []),
    ("посвященные [войнам]", "WAR", "positive", "asserted", [
        ("participant", "войнам с [Наполеоном] в начале"), ("time", "в [начале 1800-х] и"),
        ("time", f"и в [1812{S}гг.] («")]),
    ("истории современных [войн] (1806", "WAR", "positive", "asserted", [
        ("time", f"войн ([1806–1807{S}гг.])")]),
    ("[Атака] — любезное", "WAR", "positive", "possible", []),
    ("современных [войн]» Д.", "WAR", "positive", "asserted", []),
    ("обычно [выкрикивал]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "полковник [Юрковский]")]),
    ("минуты [атаки] на", "WAR", "positive", "asserted", []),
    ("…[дела] при", "WAR", "positive", "asserted", [
        ("place", "при [Ламбахе], Амштетене"), ("place", "Ламбахе, [Амштетене] и"),
        ("place", "Амштетене и [Мельке]…")]),
    ("[командовавшего] русским", "EMPLOYMENT", "positive", "asserted", [
        ("agent", "войска [Багратиона], командовавшего")]),
    ("штыковой [атакой]", "WAR", "positive", "asserted", []),
    ("атакой [отбросили]", "WAR", "positive", "asserted", [
        ("participant", "войска [Багратиона], командовавшего"), ("participant", "маршала [Мюрата]"),
        ("place", "у [Ламбаха] (под"), ("time", f"— [19(31) октября 1805{S}г.] у Ламбаха")]),
    ("ожесточенное [сопротивление]", "WAR", "positive", "asserted", [
        ("participant", "отряд [Багратиона] оказал"), ("place", "под [Амштетеном]"),
        ("place", "у [Мельке], дав"), ("time", "[24 октября (5 ноября)] отряд"),
        ("time", "а [через несколько дней] у Мельке")]),
    ("Кутузову [отвести] армию", "MOVEMENT", "positive", "asserted", [
        ("agent", "возможность [Кутузову] отвести")]),
]
