"""Nineteenth round (coref19a): a person the narration keeps calling by the same kinship word or rank
(`капитан`, `хозяин`, `атаман`: `models/coref/kinship.tsv`, `models/events/stations.tsv`), said
again alone after a stretch of other narration, is still that person (`Walk.standing`): the chains
of the word's uses are one, so a name the text gives one of them (`Звали капитана ...`) names the
pronouns of all. A use with an adjective, an owner or a dependent of its own may be someone else and
begins a chain of its own. Sentences of our own, memoir, diary and chronicle, with cases where the
rule must not fire; each mention's expected name is written beside the text."""
from __future__ import annotations

import pytest

from mentioned import mentions

# ten sentences of other narration: more than the sight of a repeated noun (`resolve.LOOK_BACK`),
# less than the span a standing designation keeps (`stage.TITLE_SPAN`)
GAP = ("За стеной плакал ребёнок. Соседи ругались до утра. Дождь стучал по крыше. Во дворе лаяла "
       "собака. Ветер хлопал ставнями. На улице гремели телеги. Фонарь у ворот погас. ")


def pronouns(nlp, text: str) -> list[tuple[str, str | None]]:
    return [(written, name) for written, kind, name in mentions(nlp, text) if kind == "pronoun"]


@pytest.mark.parametrize("text, expected", [
    # a memoir: the captain comes home, a stretch of the night, the captain again; then his name
    ("Капитан вернулся домой за полночь. Он снял мокрую шинель. Он сел к столу у окна. " + GAP
     + "Капитан зажёг свечу. Он достал чистый лист бумаги. Звали капитана Андрей Зуев.",
     [("Он", "Андрей Зуев"), ("Он", "Андрей Зуев"), ("Он", "Андрей Зуев")]),
    # a diary: the landlord leaves in the morning and comes back at night; named at the end
    ("12 марта. Хозяин уехал в город с утра. Он обещал вернуться к обеду. Я весь день разбирал книги. "
     "Погода была скверная. Печь дымила. Почтальон принёс газеты. Обед остыл. К вечеру пошёл снег. "
     "Хозяин вернулся только ночью. Он был весел и много говорил. Хозяина звали Пётр Лыков.",
     [("Он", "Пётр Лыков"), ("Он", "Пётр Лыков")]),
    # a chronicle: the ataman gives orders, the siege goes on, the ataman again, then named
    ("Атаман приказал запереть ворота. Он велел раздать солдатам порох. Мятежники подошли к "
     "крепости ночью. Они жгли костры у реки. Пушки молчали до утра. Из степи подходили новые отряды. "
     "Обоз с хлебом не пришёл. Колодец во дворе пересох. Атаман собрал есаулов. Он говорил "
     "недолго. Атамана звали Илья Сомов.",
     [("Он", "Илья Сомов"), ("Они", None), ("Он", "Илья Сомов")]),
])
def test_a_rank_said_again_is_one_person_whom_a_name_names_whole(nlp, text, expected):
    assert pronouns(nlp, text) == expected


def test_a_rank_with_an_adjective_is_someone_else(nlp):
    # the rule must not fire: `другой староста` is a second headman; the name is his, not the first one's
    text = ("Староста пришёл к нам утром. Он принёс письмо. Мы сели читать его у окна. Письмо было "
            "длинное. Дождь шёл весь день. Дороги размыло. Лошади вязли в грязи. Вечером пришёл другой "
            "староста, из соседнего села. Он просил хлеба. Звали его Фома Кузьмин.")
    found = pronouns(nlp, text)
    assert found[0] == ("Он", None)  # the first headman stays unnamed (GUIDELINES 8.2: null)
    assert found[-2:] == [("Он", "Фома Кузьмин"), ("его", "Фома Кузьмин")]


def test_an_owned_kinship_word_is_not_the_bare_one(nlp):
    # the rule must not fire: `Отец его` is someone's father, the later bare `Отец` the family's own
    text = ("Отец его служил в полку. Он редко бывал дома. Мы жили в деревне. Летом там было хорошо. "
            "Зимой мы уезжали в город. В городе была гимназия. Учились мы плохо. Отец приехал к нам на "
            "Рождество. Он привёз подарки. Звали отца Николай Сергеевич.")
    assert pronouns(nlp, text)[1:] == [("Он", None), ("Он", "Николай Сергеевич")]


def test_a_rank_said_again_after_a_chapter_begins_is_someone_new(nlp):
    # the rule must not fire: a new chapter may bring another captain
    text = ("I\n\nКапитан вернулся домой за полночь. Он снял мокрую шинель. " + GAP
            + "\n\nII\n\nКапитан зажёг свечу. Он достал чистый лист бумаги. Звали капитана Андрей Зуев.")
    assert pronouns(nlp, text) == [("Он", None), ("Он", "Андрей Зуев")]
