"""The NEREL-trained tagger as shipped: slovnet numpy packs in `models/tagger/`, no torch."""
from __future__ import annotations

from pathlib import Path

import pytest

from letopis.entities.tagger import layer_model, predict
from letopis.tagger.layers import layers, tags

ROOT = Path(__file__).resolve().parents[1]
# (words, slovnet NER's tag of each word): the tagger's two inputs; some of slovnet's tags are
# wrong on purpose (`Осенью` as PER, `Грозу` as LOC), as they are now and then in the pipeline.
SENTENCES = [
    ("Весной 1912 года Марина Цветаева уехала из Москвы в Коктебель .".split(),
     "O O O B-PER I-PER O O B-LOC O B-LOC O".split()),
    ("Осенью Николай Васильевич вступил в Общество любителей российской словесности .".split(),
     "B-PER I-PER I-PER O O B-ORG I-ORG I-ORG I-ORG O".split()),
    ("После окончания войны он переехал в Казанскую губернию и поступил на службу в земскую управу .".split(),
     "O O O O O O B-LOC I-LOC O O O O O O O O".split()),
    ("В Малом театре давали « Грозу » Островского , и вся Москва говорила только о премьере .".split(),
     "O B-ORG I-ORG O O B-LOC O B-PER O O O B-LOC O O O O O".split()),
]


def numpy_tags(layer: str, sentences) -> list[list[str]]:
    [tagged] = predict([layer], sentences)
    return tagged


def test_the_shared_fast_path_tags_as_slovnet_itself():
    # `slovnet_exec` runs all layers at once with shared word ids; slovnet's own infer, one
    # layer at a time, must give the same tags.
    for layer in layers():
        infer = layer_model(layer).infer
        slow = list(infer.decoder(infer.process(infer.encoder(SENTENCES))))
        assert numpy_tags(layer, SENTENCES) == slow
    assert predict(list(layers()), SENTENCES) == [numpy_tags(layer, SENTENCES) for layer in layers()]


def spans_of(doc, label: str) -> list[str]:
    return [s.text for s in doc.spans["tagger"] if s.label_ == label]


def test_every_layer_has_a_pack_whose_tags_are_the_table_labels():
    for layer, labels in layers().items():
        vocab = layer_model(layer).infer.decoder.tags_vocab.items
        assert {tag.partition("-")[2] for tag in vocab if "-" in tag} == set(labels)


def test_people_and_places_with_their_finer_types(nlp):
    doc = nlp("Весной 1912 года Марина Цветаева уехала из Москвы в Коктебель.")
    assert spans_of(doc, "PER") == ["Марина Цветаева"]
    places = {s.text: s._.fine_type for s in doc.spans["tagger"] if s.label_ == "LOC"}
    assert places.get("Москвы") == "CITY"


def test_an_organisation_with_a_place_inside_is_tagged_in_both_layers(nlp):
    doc = nlp("Пресс-служба МВД Украины сообщила о задержании.")
    assert any("МВД Украины" in text for text in spans_of(doc, "ORG"))
    assert "Украины" in spans_of(doc, "LOC")


def test_event_mentions_become_trigger_candidates(nlp):
    doc = nlp("После окончания войны он переехал в Казань.")
    assert spans_of(doc, "EVENT")
    heads = {doc.text[start:end] for start, end in (e["trigger"] for e in doc._.events)}
    assert "войны" in heads


def test_the_numpy_pack_tags_as_the_torch_model_it_was_exported_from():
    torch = pytest.importorskip("torch")
    from natasha.data import NEWS_EMBEDDING
    from navec import Navec

    from letopis.tagger.train import Vocabs, build, load_state, tag

    navec = Navec.load(NEWS_EMBEDDING)
    for layer, labels in layers().items():
        state = ROOT / "models" / "tagger" / f"{layer}.pt"
        if not state.exists():
            pytest.skip(f"{state} is not in this checkout")
        vocabs = Vocabs(navec, labels)
        model = load_state(build(navec, vocabs), torch.load(state))
        assert tag(model, vocabs, SENTENCES, layer) == numpy_tags(layer, SENTENCES)
    assert set(tags()) >= {"PERSON", "CITY", "ORGANIZATION", "EVENT"}


def test_the_tagger_reads_slovnet_tags_as_an_input():
    # The same words with and without slovnet's PER are different inputs to the tagger.
    words = "Вчера в редакцию зашёл Аркадий Семёнович Лунц .".split()
    plain = (words, ["O"] * len(words))
    marked = (words, "O O O O B-PER I-PER I-PER O".split())
    infer = layer_model("names").infer
    inputs = [next(infer.model.emb(i.word_id, i.shape_id) for i in infer.encoder([s])) for s in (plain, marked)]
    assert (inputs[0] != inputs[1]).any()
    assert numpy_tags("names", [marked]) == [["O", "O", "O", "O", "B-PERSON", "I-PERSON", "I-PERSON", "O"]]


def test_training_sentences_carry_slovnet_tags_on_the_pipeline_tokens():
    import letopis
    from letopis.tagger.data import doc_sentences_tagged

    text = "Вчера Анна Ахматова приехала в Москву."
    doc = letopis.load(["letopis_ner"])(text)
    person = (text.index("Анна"), text.index(" приехала"), "PERSON")
    city = (text.index("Москву"), text.index("."), "CITY")
    [sentence] = doc_sentences_tagged(doc, [person, city])
    assert sentence.words == ["Вчера", "Анна", "Ахматова", "приехала", "в", "Москву", "."]
    assert sentence.slovnet == ["O", "B-PER", "I-PER", "O", "O", "B-LOC", "O"]
    assert sentence.tags["names"] == ["O", "B-PERSON", "I-PERSON", "O", "O", "B-CITY", "O"]
    assert sentence.tags["events"] == ["O"] * 7


def test_the_layer_named_first_wins_where_the_tagger_and_slovnet_overlap():
    import letopis
    from spacy.tokens import Span

    from letopis.entities.sources import model_spans

    doc = letopis.load([])("Вчера Анна Петровна Лунц и Гуревич уехали в Калугу.")
    doc.ents = [Span(doc, 2, 4, label="PER"), Span(doc, 5, 6, label="PER")]   # slovnet
    doc.spans["tagger"] = [Span(doc, 1, 4, label="PER"), Span(doc, 8, 9, label="LOC")]

    def found(sources):
        return sorted((s.text, s.label_) for s in model_spans(doc, sources))

    assert found({"PER": ("tagger", "slovnet"), "LOC": ("tagger",)}) == [
        ("Анна Петровна Лунц", "PER"), ("Гуревич", "PER"), ("Калугу", "LOC")]
    assert found({"PER": ("slovnet", "tagger")}) == [("Гуревич", "PER"), ("Петровна Лунц", "PER")]
