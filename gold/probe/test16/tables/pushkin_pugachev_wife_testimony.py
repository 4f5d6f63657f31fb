"""Pushkin, «История Пугачева», notes to chapter four, note 14: the testimony of Pugachev's wife,
Sofya Dmitrieva, as presented to the War College, items 1-12 (who he is, his father, his looks,
his faith, the marriage and the children, his service and discharge, his flight in October 1772,
his return in Lent 1773, capture and escape, Mozdok, no letters, his brother and sisters, his
speech) (corpus pushkin_istoriya_pugacheva.txt, characters 136305-139872; the brief's region
126091-143985 holds only the notes to chapter four: notes 1-3 are a few lines, note 4 is mostly
a quoted letter, note 5 a quoted speech, notes 6-13 are one-line references and a quoted letter;
note 14 is the first stretch of narration with persons named several ways, places, dates and
people going, serving, marrying, fleeing and dying. It stops before item 13).

Annotated by reading before any pipeline run; fresh test set of round 16 (annot16b). All layers
(entities, person mentions with clusters, dates, events with arguments), against GUIDELINES.md
sections 2, 3, 4, 5, 8 and the decisions of 9.1, 9.9, 9.13, 9.14, 9.15, 9.16, 9.18, 9.19, 9.20,
9.21, 9.22, 9.24, 9.29, 9.31, 9.36, 9.38, 9.40; doubts in section 9.42.

Particular decisions:
- Names: Pugachev is `жены [Пугачева]` (the wife outside, 9.16), `[Емельян Иванов сын]` (the old
  patronymic with `сын` inside), `[Пугачевым]`, `[Емельян Пугачев]`; `муж ее`, `злодею и
  самозванцу` are descriptions. His wife `[Софьи Дмитриевой]` (twice); his father `[Иван Михайлов
  сын Пугачев]` and his brother `[Дементий Иванов сын Пугачев]` are their own clusters (8.3:
  first names disagree). `[Федором Григорьевым]` and his surname `[Брыкалиным]` (`по прозванию`)
  are one man. `из Прусак` (of Prussian birth) is a noun of nationality (2.2), no name.
  `[Военную коллегию]` ORG. `войска Донского` (the Don host), `вторую армию`, `1-й армии` are
  designations of a host and of armies, not names (as 9.29's `Яицкому войску`): no entity.
  Settlements with their cue word (9.16): `Зимовейской станицы` (the particle of `Зимовейской же
  станицы` inside the span, as 9.20's `свет`), `Верхнюю Чирскую станицу`, `Цымлянской станице`;
  `Черкасский` (Cherkassk) CITY; `Донце` (the river) LOCATION.
- Mentions: the testimony is reported speech: the wife's `ее`, `она`, `ней` and her unwritten
  subjects (`не знает` four times, `упомнит`, `не ведает`, `сама не знала` with the emphatic
  `сама`, `объявила`) are her cluster; the husband's `он`, `его`, `своих`, `себя`, `собою` (`сам
  собою смугловат`) and unwritten subjects are Pugachev's: `прозывается`, `имеет`, `подстригал`
  (after a semicolon, 9.18), `содержал`, `ходил`, `имел` (`на что и имел`, a relative clause,
  9.15), `совокуплял`, `где и был`, `нанял`, `где был`, `бежал`, `находится` (where he is now),
  `что был в Моздоке`, `что делал`, `писал`. The archaic relatives `коих`, `коя`, `кой` are
  `который` (8.2). The hired Cossack (`его звать`, `где теперь находится`), the ataman (`он-де`,
  one token, as 9.7.2's `нему-то`) and the starshina (`о имени его`) are unnamed: null. Groups:
  the couple (`прижили`, `хуторскому их дому`, `в станицу их`), the children (`из коих двое`),
  the Cossacks (`а они, взявши`), the sisters (`из коих первая`), the kin who know him
  (`которые все`): null.
- Dates: `в октябре месяце 772 года` and `773 года` are 1772, 1773 (the thousand unsaid, 8.5;
  `месяце` inside, 9.40); `в великом посту` (of 1773) Lent, `1773-02-11` (Easter of 1773, Julian,
  31 March, minus 48), holiday `Великий пост` (the tables have no `range`). Counted back from the
  testimony, whose date the passage does not give: `назад тому третий год`, `назад тому три
  года`, `ныне другой год` `XXXX`, `назад тому лет с 10` `XXXX` APPROX; `по весне` `XXXX-SP`;
  `одно лето` (the summer at home) `XXXX-SU`; `два года` `P2Y`. Ages (`лет сорок`, `десяти лет`,
  `по седьмому году`), `в давних годах`, `ныне`, `теперь`, `доныне`, `вечером`, `того ж самого
  часа` are no dates. Inferred times: the reported story carries its own date in force (9.1):
  `оставивши` takes October 1772; `объявила`, `взявши`, `повели` (the same hour) and, in item 9,
  `поимки`, `сказывал`, `сборе` (at that capture) take Lent 1773; the ataman's sending on and the
  escape on the way (`отправил`, `довезя`, `бежал`) may lie after Lent: none (8.4, doubt).
- Events: `Помещаем` (the author prints the testimony) PUBLICATION; `показания`, `объявлению`
  (hers) and `представлены в Военную коллегию` COMMUNICATION. `умре` DEATH; `в церковь божию
  ходил` MOVEMENT (habitual; confession and communion have no type); `Женился ... на ней` and `она
  шла` (married him) MARRIAGE; `прижили детей` BIRTH (no argument: the parents have no BIRTH
  role); `померли` DEATH. `послан на службу` EMPLOYMENT (a fixed phrase on its verb, 9.9), `где и
  был два года` EMPLOYMENT (being in an army is service, as 9.1's `находился в русском войске`),
  `отпущен` (discharged) EMPLOYMENT, `нанял вместо себя в службу` EMPLOYMENT (the hired man its
  agent, unnamed; the hirer has no EMPLOYMENT role); at home `был в доме` is residence, no stay.
  The flight `оставивши`, `бежал` (twice), `бегов` (a noun of flight, positive under `не
  присылывал`, 9.38), the return `пришел`, leading and sending a person (`повели`, `отправил`;
  `не довезя` negative) MOVEMENT; `взявши`, `поимки` ARREST; `пустила` (admitting) no type (9.19);
  `был в Моздоке` in his words a stay with a place, MOVEMENT; `сборе` (the stanitsa's assembly)
  MEETING; `ничего не сказывал`, `Писем ... не присылывал` COMMUNICATION negative; `чтоб ...
  писал, об оном не знает` COMMUNICATION positive (asked about, not denied, 9.38). Item 11: `могут
  ... доказать` COMMUNICATION `possible` with the brother's name in apposition as agent (5.3 rule
  5); her `сознатия и уличения` (identifying him) COMMUNICATION `possible`; the brother `находится
  в службе` EMPLOYMENT; being married (`в замужестве`, `замужем`) and living in Azov are states
  and relations (4.1 rule 6), no events; `Описание ... учиненное`, `зовут`, `прозывается`,
  `упоминаемый`, knowing and not knowing are none.
"""
SOURCE = ("pushkin_istoriya_pugacheva.txt", 136305, 139872)

P, Z = "pronoun", "zero"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("показания жены [Пугачева]", "PER", None, "Пугачев", "pugachev"),
    ("Пугачева, [Софьи Дмитриевой]", "PER", None, "Софья Дмитриева", "sofya"),
    ("в [Военную коллегию]", "ORG", None, "Военная коллегия", "war_college"),
    ("жены его [Софьи Дмитриевой]", "PER", None, "Софья Дмитриева", "sofya"),
    ("Донского, [Зимовейской станицы] служилого", "LOC", "CITY", "Зимовейская станица", "zimoveyskaya"),
    ("зовут [Емельян Иванов сын]", "PER", None, "Емельян Иванов сын", "pugachev"),
    ("прозывается [Пугачевым]", "PER", None, "Пугачев", "pugachev"),
    ("той же [Зимовейской станицы] служилый", "LOC", "CITY", "Зимовейская станица", "zimoveyskaya"),
    ("казак, [Иван Михайлов сын Пугачев] же", "PER", None, "Иван Михайлов сын Пугачев", "ivan"),
    ("духовного, [Зимовейской же станицы] священника", "LOC", "CITY", "Зимовейская станица", "zimoveyskaya"),
    ("священника [Федора Тихонова]", "PER", None, "Федор Тихонов", "fedor_tikhonov"),
    ("сын [Трофим] десяти", "PER", None, "Трофим", "trofim"),
    ("вторая [Аграфена]", "PER", None, "Аграфена", "agrafena"),
    ("третья [Христина]", "PER", None, "Христина", "khristina"),
    ("службу в [Бахмуте]", "LOC", "CITY", "Бахмут", "bakhmut"),
    ("на [Донце] казака", "LOC", "LOCATION", "Донец", "donets"),
    ("в [Верхнюю Чирскую станицу]", "LOC", "CITY", "Верхняя Чирская станица", "chirskaya"),
    ("оттуда в [Черкасский]", "LOC", "CITY", "Черкасский", "cherkassky"),
    ("в [Цымлянской станице]", "LOC", "CITY", "Цымлянская станица", "tsymlyanskaya"),
    ("в [Моздоке]", "LOC", "CITY", "Моздок", "mozdok"),
    ("упоминаемый [Емельян Пугачев]", "PER", None, "Емельян Пугачев", "pugachev"),
    ("брат, [Зимовейской же станицы] казак", "LOC", "CITY", "Зимовейская станица", "zimoveyskaya"),
    ("казак [Дементий Иванов сын Пугачев]", "PER", None, "Дементий Иванов сын Пугачев", "dementy"),
    ("первая [Ульяна Иванова]", "PER", None, "Ульяна Иванова", "ulyana"),
    ("казаком [Федором Григорьевым]", "PER", None, "Федор Григорьев", "fedor_grigoryev"),
    ("прозванию [Брыкалиным]", "PER", None, "Брыкалин", "fedor_grigoryev"),
    ("вторая [Федосья Иванова]", "PER", None, "Федосья Иванова", "fedosya"),
    ("Прусак [Симоном Никитиным]", "PER", None, "Симон Никитин", "simon"),
    ("имеет в [Азове]", "LOC", "CITY", "Азов", "azov"),
]

LENT = {"holiday": "Великий пост"}

# context, value, mod[, extras]
DATES = [
    ("грудях, [назад тому третий год], были", "XXXX", None),
    ("[назад тому лет с 10]", "XXXX", "APPROX"),
    ("муж ее, [назад тому три года], послан", "XXXX", None),
    ("был [два года]", "P2Y", None),
    ("оттуда, [ныне другой год], за", "XXXX", None),
    ("по [весне] отпущен", "XXXX-SP", None),
    ("в доме [одно лето]", "XXXX-SU", None),
    ("В [октябре месяце 772 года]", "1772-10", None),
    ("8. [773 года], в", "1773", None),
    ("в [великом посту]", "1773-02-11", None, LENT),
]

# context, kind, referent (None: no named referent in the passage)
MENTIONS = [
    ("какого [он] есть", P, "pugachev"),
    ("жены [его] Софьи", P, "pugachev"),
    ("Мужа [ее], войска", P, "sofya"),
    ("[прозывается] Пугачевым", Z, "pugachev"),
    ("Отец [его] родной", P, "pugachev"),
    ("[который] в давних", P, "ivan"),
    ("мужу [ее] ныне", P, "sofya"),
    ("который [он] выбил", P, "pugachev"),
    ("мнит [она]", P, "sofya"),
    ("лице [имеет]", Z, "pugachev"),
    ("сам [собою]", P, "pugachev"),
    ("по-казацки [подстригал]", Z, "pugachev"),
    ("Веру [содержал]", Z, "pugachev"),
    ("божию [ходил]", Z, "pugachev"),
    ("на что и [имел]", Z, "pugachev"),
    ("муж [ее] на ней", P, "sofya"),
    ("на [ней], и она", P, "sofya"),
    ("и [она] шла", P, "sofya"),
    ("с [которым] и прижили", P, "pugachev"),
    ("и [прижили]", Z, None),
    ("из [коих] двое", P, None),
    ("Оный же муж [ее]", P, "sofya"),
    ("где и [был] два", Z, "pugachev"),
    ("и [нанял] вместо", Z, "pugachev"),
    ("вместо [себя]", P, "pugachev"),
    ("как [его] звать", P, None),
    ("где теперь [находится], не знает", Z, None),
    ("находится, не [знает];", Z, "sofya"),
    ("772 года [он], оставивши", P, "pugachev"),
    ("оставивши [ее]", P, "sofya"),
    ("и где [был], и", Z, "pugachev"),
    ("от [него] происходили", P, "pugachev"),
    ("как [он] ничего", P, "pugachev"),
    ("сама не [знала]", Z, "sofya"),
    ("тот муж [ее] тайным", P, "sofya"),
    ("хуторскому [их] дому", P, None),
    ("окошко, [которого]", P, "pugachev"),
    ("которого [она] и пустила", P, "sofya"),
    ("часа [объявила]", Z, "sofya"),
    ("а [они], взявши", P, None),
    ("взявши [его]", P, "pugachev"),
    ("а [он-де] отправил", P, None),
    ("о имени [его]", P, None),
    ("не [упомнит]", Z, "sofya"),
    ("станице [бежал]", Z, "pugachev"),
    ("где теперь [находится], не ведает", Z, "pugachev"),
    ("не [ведает]", Z, "sofya"),
    ("мужа [ее] поимки", P, "sofya"),
    ("сказывал [он] атаману", P, "pugachev"),
    ("что [был] в Моздоке", Z, "pugachev"),
    ("что [делал]", Z, "pugachev"),
    ("потому ж не [знает]", Z, "sofya"),
    ("Писем [он] к ней", P, "pugachev"),
    ("к [ней] как", P, "sofya"),
    ("бегов [своих]", P, "pugachev"),
    ("в станицу [их]", P, None),
    ("другому [писал]", Z, "pugachev"),
    ("об оном не [знает]", Z, "sofya"),
    ("[он] же вовсе", P, "pugachev"),
    ("муж [ее] точно", P, "sofya"),
    ("сверх [ее] самоличного", P, "sofya"),
    ("родной [его] брат", P, "pugachev"),
    ("([который] ныне", P, "dementy"),
    ("из [коих] первая", P, None),
    ("[коя] ныне", P, "ulyana"),
    ("[которая] также", P, "fedosya"),
    ("прозвания не [знает]", Z, "sofya"),
    ("[кой] ныне", P, "simon"),
    ("[которые] все", P, None),
    ("мужа [ее] также", P, "sofya"),
    ("муж [ее] имел", P, "sofya"),
]

# trigger context, type, polarity, modality, [(role, argument context[, "inferred"]), ...]
EVENTS = [
    ("[Помещаем] здесь", "PUBLICATION", "positive", "asserted", []),
    ("здесь [показания]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "Пугачева, [Софьи Дмитриевой]")]),
    ("были [представлены]", "COMMUNICATION", "positive", "asserted", [
        ("recipient", "в [Военную коллегию]")]),
    ("по [объявлению]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "жены его [Софьи Дмитриевой]")]),
    ("годах [умре]", "DEATH", "positive", "asserted", [
        ("patient", "[который] в давних")]),
    ("божию [ходил]", "MOVEMENT", "positive", "asserted", [
        ("agent", "божию [ходил]")]),
    ("[Женился] тот", "MARRIAGE", "positive", "asserted", [
        ("participant", "на [ней], и она"),
        ("time", "[назад тому лет с 10]")]),
    ("она [шла]", "MARRIAGE", "positive", "asserted", [
        ("participant", "и [она] шла"),
        ("time", "[назад тому лет с 10]")]),
    ("и [прижили]", "BIRTH", "positive", "asserted", []),
    ("двое [померли]", "DEATH", "positive", "asserted", []),
    ("три года, [послан]", "EMPLOYMENT", "positive", "asserted", [
        ("time", "муж ее, [назад тому три года], послан")]),
    ("где и [был] два", "EMPLOYMENT", "positive", "asserted", [
        ("agent", "где и [был] два")]),
    ("весне [отпущен]", "EMPLOYMENT", "positive", "asserted", [
        ("time", "оттуда, [ныне другой год], за"),
        ("time", "по [весне] отпущен")]),
    ("и [нанял] вместо", "EMPLOYMENT", "positive", "asserted", [
        ("place", "службу в [Бахмуте]")]),
    ("он, [оставивши]", "MOVEMENT", "positive", "asserted", [
        ("agent", "772 года [он], оставивши"),
        ("time", "В [октябре месяце 772 года]", "inferred")]),
    ("куда [бежал]", "MOVEMENT", "positive", "asserted", [
        ("agent", "772 года [он], оставивши"),
        ("time", "В [октябре месяце 772 года]")]),
    ("ничего не [сказывал]", "COMMUNICATION", "negative", "asserted", [
        ("agent", "как [он] ничего")]),
    ("образом [пришел]", "MOVEMENT", "positive", "asserted", [
        ("time", "8. [773 года], в"),
        ("time", "в [великом посту]")]),
    ("часа [объявила]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "часа [объявила]"),
        ("time", "в [великом посту]", "inferred")]),
    ("[взявши] его", "ARREST", "positive", "asserted", [
        ("agent", "а [они], взявши"),
        ("patient", "взявши [его]"),
        ("time", "в [великом посту]", "inferred")]),
    ("[повели] к", "MOVEMENT", "positive", "asserted", [
        ("agent", "а [они], взявши"),
        ("time", "в [великом посту]", "inferred")]),
    ("он-де [отправил]", "MOVEMENT", "positive", "asserted", [
        ("agent", "а [он-де] отправил"),
        ("destination", "в [Верхнюю Чирскую станицу]")]),
    ("не [довезя]", "MOVEMENT", "negative", "asserted", []),
    ("станице [бежал]", "MOVEMENT", "positive", "asserted", [
        ("agent", "станице [бежал]"),
        ("place", "в [Цымлянской станице]")]),
    ("ее [поимки]", "ARREST", "positive", "asserted", [
        ("time", "в [великом посту]", "inferred")]),
    ("[сказывал] он атаману", "COMMUNICATION", "positive", "asserted", [
        ("agent", "сказывал [он] атаману"),
        ("time", "в [великом посту]", "inferred")]),
    ("на [сборе]", "MEETING", "positive", "asserted", [
        ("time", "в [великом посту]", "inferred")]),
    ("что [был] в Моздоке", "MOVEMENT", "positive", "asserted", [
        ("agent", "что [был] в Моздоке"),
        ("place", "в [Моздоке]")]),
    ("с [службы]", "EMPLOYMENT", "positive", "asserted", []),
    ("из [бегов]", "MOVEMENT", "positive", "asserted", [
        ("agent", "бегов [своих]")]),
    ("не [присылывал]", "COMMUNICATION", "negative", "asserted", [
        ("agent", "Писем [он] к ней"),
        ("recipient", "к [ней] как")]),
    ("другому [писал]", "COMMUNICATION", "positive", "asserted", [
        ("agent", "другому [писал]")]),
    ("с детьми [сознатия]", "COMMUNICATION", "positive", "possible", [
        ("agent", "сверх [ее] самоличного")]),
    ("и [уличения]", "COMMUNICATION", "positive", "possible", [
        ("agent", "сверх [ее] самоличного")]),
    ("справедливость [доказать]", "COMMUNICATION", "positive", "possible", [
        ("agent", "казак [Дементий Иванов сын Пугачев]")]),
    ("в [службе]", "EMPLOYMENT", "positive", "asserted", [
        ("agent", "([который] ныне")]),
]
