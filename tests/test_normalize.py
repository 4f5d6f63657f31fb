"""Normal forms in the nominative, and one cluster per referent."""
from __future__ import annotations


def normals(nlp, text: str) -> list[tuple[str, str, str]]:
    doc = nlp(text)
    return [(span.text, span._.normal, span._.cluster) for span in doc.spans["entities"]]


def test_names_go_to_the_nominative_keeping_gender(nlp):
    found = normals(nlp, "Мы встретили Анну Ахматову у Максима Горького.")
    assert [(text, normal) for text, normal, _ in found] == [
        ("Анну Ахматову", "Анна Ахматова"), ("Максима Горького", "Максим Горький")]


def test_apposition_decides_the_gender_of_a_name(nlp):
    found = normals(nlp, "Нужно упомянуть его современницу Симону Вейль.")
    assert found[0][1] == "Симона Вейль"
    found = normals(nlp, "Мы навестили его подругу Александру Коллонтай.")
    assert found[0][1] == "Александра Коллонтай"


def test_multiword_names_inflect_head_and_adjectives_only(nlp):
    found = {text: normal for text, normal, _ in normals(
        nlp, "Он учился в Казанском университете. Во время Первой мировой войны он жил в Европе.")}
    assert found["Казанском университете"] == "Казанский университет"
    assert found["Первой мировой войны"] == "Первая мировая война"


def test_capitals_and_e_stay_as_written(nlp):
    found = {text: normal for text, normal, _ in normals(nlp, "Он вступил в Четвертый интернационал и попал в ГУЛАГ.")}
    assert found["Четвертый интернационал"] == "Четвертый интернационал"


def test_surname_and_first_name_join_the_full_name(nlp):
    found = normals(nlp, "Анну Ахматову знали все. Ахматовой восхищались. Анной гордились.")
    assert [cluster for *_, cluster in found] == ["C1", "C1", "C1"]


def test_different_people_get_different_clusters(nlp):
    found = normals(nlp, "Чехов встретил Толстого в Москве. Толстой уехал в Ясную Поляну.")
    clusters = {text: cluster for text, _, cluster in found}
    assert clusters["Чехов"] != clusters["Толстого"] == clusters["Толстой"]
    assert len(set(clusters.values())) == 4
