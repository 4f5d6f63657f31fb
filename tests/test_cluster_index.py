"""`ClusterIndex` finds a mention's person among the few that can agree with it, and gives the
same clusters as comparing every mention with every person seen so far (the rule's definition)."""
from __future__ import annotations

import random

from letopis.coref.names import ClusterIndex, Name, Person
from letopis.labels import LOC, PER


class EveryPerson(ClusterIndex):
    """The definition: each mention compared with every person of the text so far."""

    def __init__(self) -> None:
        super().__init__()
        self.everyone: dict[str, Person] = {}

    def candidates(self, name):
        return list(self.everyone.values())

    def index(self, person: Person) -> None:
        self.everyone[person.id] = person


# Names of our own: first names (a diminutive among them), patronymics, surnames, initials, and
# namesakes that share one part and differ in another.
FIRST = ["Николай", "Коля", "Наталья", "Андрей", "Анна", "Аркадий", "Пётр", "Павел", "Н.", "А.", "П."]
PATRONYMIC = ["Николаевич", "Андреевна", "Петрович", "Павловна", "Н.", "А.", "П."]
SURNAME = ["Ростовцев", "Ростовцева", "Болконин", "Безухин", "Астахов", "Николаев", "Андреев"]


def random_name(rng: random.Random) -> str:
    shape = rng.choice(["first", "surname", "first surname", "first patronymic", "first patronymic surname",
                        "initials surname", "surname first"])
    first, patronymic, surname = rng.choice(FIRST), rng.choice(PATRONYMIC), rng.choice(SURNAME)
    if shape == "initials surname":
        return f"{first[0]}. {patronymic[0]}. {surname}"
    return shape.replace("first", first).replace("patronymic", patronymic).replace("surname", surname)


def test_the_index_gives_the_clusters_of_the_definition():
    rng = random.Random(11)
    for _ in range(300):
        fast, slow = ClusterIndex(), EveryPerson()
        for _ in range(rng.randint(1, 60)):
            if rng.random() < 0.1:
                label, normal = LOC, rng.choice(["Тверь", "Калуга"])
            else:
                label, normal = PER, random_name(rng)
            assert fast.assign(label, normal) == slow.assign(label, normal), normal


def test_namesakes_initials_and_a_diminutive():
    index = ClusterIndex()
    first = index.assign(PER, "Николай Петрович Ростовцев")
    assert index.assign(PER, "Ростовцев") == first
    assert index.assign(PER, "Н. П. Ростовцев") == first
    assert index.assign(PER, "Коля") == first          # `Коля` counts as `Николай`
    other = index.assign(PER, "Андрей Ростовцев")      # a namesake: another first name
    assert other != first
    assert index.assign(PER, "Ростовцев") == other     # a bare surname joins the one named last
    assert index.assign(PER, "Ростовцева") not in (first, other)
    assert index.assign(PER, "Н. Ростовцев") == first  # the initial agrees only with Николай


def test_a_name_is_compared_with_persons_of_its_words_only():
    index = ClusterIndex()
    for normal in ("Аркадий Астахов", "Павел Андреев", "Пётр Безухин", "А. Болконин"):
        index.assign(PER, normal)
    found = {" ".join(p for p in person.name.parts if p) for person in index.candidates(Name.read("Аркадий"))}
    assert found == {"аркадий астахов", "а. болконин"}  # its first name, or the initial of it
    found = {" ".join(p for p in person.name.parts if p) for person in index.candidates(Name.read("А. Безухин"))}
    assert found == {"аркадий астахов", "а. болконин", "петр безухин"}
