"""Gorky, «Мои университеты», the baker Иван Козьмич Лутонин at the bakery: his dream of buried treasure
(dug up at night, a woman crying thieves, flight), his dull dreams told with zest; the town stirred by the
suicide of a merchant's daughter married by force, the students at her funeral dispersed by the police;
Лутонин's second dream and his notice of the girls selling in the shop and the students coming; the
short-legged girl who comes to the bakery window every morning and calls «Ваня», the baker's boasting;
the narrator carrying loaves to Деренков's shop and buns to the students of the theological academy,
with books hidden under them (corpus gorky_moi_universitety.txt, characters 72303-76648).

Annotated by reading before any pipeline run; fresh test set of round 20 (annot20b). All layers
(entities, person mentions with clusters, dates, events with arguments), against GUIDELINES.md
sections 2, 3, 4, 5, 8 and the decisions of section 9; doubts in section 9.72.

Particular decisions:
- Names: `Иван Козьмич Лутонин`, `Лутонин` (twice) and `Ваня` (the girl's call to the baker he then wakes)
  one cluster; the baker (`пекаря`, `пекарь`) is Лутонин, so his pronouns take that cluster (doubt: the
  passage never says `пекарь Лутонин` in one sentence). `Пешков` (the narrator, addressed), `Никифорычу`,
  `Деренкова` (`лавочку Деренкова`, the shop owner, as the development set's `в лавочку Деренкова`),
  `Толстом` and `Льва Толстого` one cluster, `Гусев`. `духовную академию` (small letters, no proper name)
  and `академии` no entity; group nouns (`студенты`, `полиция`, `толпа`) none.
- Mentions: `он тебя в зятья прочит` is the shop owner (`хозяину` of the question) and takes the cluster of
  `Деренкова`, named later (8.3; doubt). The girl at the window, the dead merchant's daughter, the owner's
  sister and the students are unnamed: their pronouns null. `она` of the earth, `ней` of the bath house,
  `него` of a kerchief, `их` of fingers, sheets and buns, `ее` of a bun: things, no mentions. No zero
  subjects: the dream verbs are first person (the speaker), `избили` indefinite, `Пришла?`, `Спала?` second
  person.
- Dates: none. `ночью`, `в пять, шесть часов утра` (a part of the day alone, clock times), `Почти
  ежедневно`, `Иногда` no dates (8.5).
- Events: `пошел ночью рыть`, `убежал`, `Бежать некуда` (negative), `Приходят`, `шляются` (as test19's
  bakery), `является` (the girl comes to the window), `уходит`, `несу ... в лавочку` (the narrator goes to
  the shop with the loaves), `возвратясь`, `бегу в духовную академию` MOVEMENT, `поспеть` (purpose) MOVEMENT
  `desired`; `избили` CONFLICT `conditional` (`а то бы`), `драли` (braids pulled, a punishment, 8.6) and
  `разгоняла` (the police dispersing students) CONFLICT; `застрелилась` DEATH, `приехав` MOVEMENT, `выданная
  замуж` MARRIAGE (9.9); `шла` (the crowd behind the coffin) MOVEMENT; `речи` (under `говорили`) and
  `рассказывал` (dreams told, 9.21) COMMUNICATION; `споры` (debates heard, 4.2) MEETING. No events:
  quotation tags (`говорит`, `сообщает мне:`, `спрашивает`, `зовет:`, `хвастается предо мною:`),
  imperatives, `не любит говорить` (a disposition), `кричат`, `шепчутся` (talk of no told content),
  `торгуют`, `бывает`, `являюсь ... управляющим` (states), `прочит` (doubt: a marriage planned), `из-под
  венца` (a fixed phrase of time), `сунуть`, `прячут`.
"""
SOURCE = ("gorky_moi_universitety.txt", 72303, 76648)

P, Z = "pronoun", "zero"

L = "lutonin"

# context, type, fine_type, normal, referent
ENTITIES = [
    ("но [Иван Козьмич Лутонин] не", "PER", None, "Иван Козьмич Лутонин", L),
    ("говорит [Лутонин] и", "PER", None, "Лутонин", L),
    ("спрашивает [Лутонин]. ", "PER", None, "Лутонин", L),
    ("— [Ваня]!", "PER", None, "Ваня", L),
    ("— [Пешков], вынимай", "PER", None, "Пешков", "peshkov"),
    ("[Никифорычу] — крестная", "PER", None, "Никифорыч", "nikiforych"),
    ("в лавочку [Деренкова]", "PER", None, "Деренков", "derenkov"),
    ("споры о [Толстом]", "PER", None, "Толстой", "tolstoy"),
    ("академии, [Гусев], ", "PER", None, "Гусев", "gusev"),
    ("враг [Льва Толстого]", "PER", None, "Лев Толстой", "tolstoy"),
]

# context, value, mod
DATES = [
]

# context, kind, referent (None: no named referent in the passage)
MENTIONS = [
    ("Сны [его] — ", P, L),
    ("почему [он] сны", P, L),
    ("сны [свои] рассказывал", P, L),
    ("вокруг [его], ", P, L),
    ("За гробом [ее]", P, None),
    ("разгоняла [их]", P, None),
    ("Косы [ей] драли", P, None),
    ("пределами [его] внимания", P, L),
    ("[он] скоро почувствовал", P, L),
    ("и подруга [ее]", P, None),
    ("может, [он] тебя", P, "derenkov"),
    ("размеров, [она] похожа", P, None),
    ("перед окном, [она], позевывая", P, None),
    ("голове у [нее] пестрый", P, None),
    ("колечками [ее] красные", P, None),
    ("[Она] лениво", P, None),
    ("пекаря, [он] спрашивает", P, L),
    ("спрашивает [ее]:", P, None),
    ("девицы, [она] подчиняется", P, None),
    ("а [она], перебрасывая", P, None),
    ("Любуясь [ею]", P, None),
    ("когда [она] уходит", P, None),
    ("уходит, [он] хвастается", P, L),
    ("Слушая [его] восторги", P, L),
    ("слушаю [их] споры", P, None),
]

# trigger context, type, polarity, modality, [(role, argument context), ...]
EVENTS = [
    ("Проснулся и [пошел] ночью", "MOVEMENT", "positive", "asserted", []),
    ("Конечно — [убежал]", "MOVEMENT", "positive", "asserted", []),
    ("а то бы — [избили]", "CONFLICT", "positive", "conditional", []),
    ("свои [рассказывал] с", "COMMUNICATION", "positive", "asserted", [
        ("agent", "почему [он] сны")]),
    ("взволнован: [застрелилась]", "DEATH", "positive", "asserted", []),
    ("[приехав] из-под", "MOVEMENT", "positive", "asserted", []),
    ("насильно [выданная] замуж", "MARRIAGE", "positive", "asserted", []),
    ("гробом ее [шла] толпа", "MOVEMENT", "positive", "asserted", []),
    ("говорили [речи]", "COMMUNICATION", "positive", "asserted", []),
    ("полиция [разгоняла] их", "CONFLICT", "positive", "asserted", [
        ("patient", "разгоняла [их]")]),
    ("Косы ей [драли]", "CONFLICT", "positive", "asserted", [
        ("patient", "Косы [ей] драли")]),
    ("[Бежать] некуда", "MOVEMENT", "negative", "asserted", []),
    ("[Приходят] студенты", "MOVEMENT", "positive", "asserted", []),
    ("студенты [шляются]", "MOVEMENT", "positive", "asserted", []),
    ("пекарни, [является] коротконогая", "MOVEMENT", "positive", "asserted", []),
    ("она [уходит]", "MOVEMENT", "positive", "asserted", [
        ("agent", "когда [она] уходит")]),
    ("поспешно [несу] их", "MOVEMENT", "positive", "asserted", []),
    ("а [возвратясь] назад", "MOVEMENT", "positive", "asserted", []),
    ("и [бегу] в духовную", "MOVEMENT", "positive", "asserted", []),
    ("чтоб [поспеть] к", "MOVEMENT", "positive", "desired", []),
    ("их [споры] о", "MEETING", "positive", "asserted", [
        ("participant", "слушаю [их] споры")]),
]
