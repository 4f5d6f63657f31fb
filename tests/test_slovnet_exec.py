"""`letopis.morphosyntax.slovnet_exec` gives what slovnet's own inference gives: the same tags, heads
and relations, and (but for the first layer's split product, `FirstLayer`, equal within float32
tolerance) the same bits."""
from __future__ import annotations

import numpy
import pytest

from letopis.entities.tagger import layer_model
from letopis.morphosyntax import slovnet_exec
from letopis.morphosyntax.slovnet_models import morph_model, ner_model, syntax_model
from letopis.tagger.layers import layers

TEXT = ("Весной 1912 года Марина Цветаева уехала из Москвы в Коктебель . "
        "Осенью Николай Васильевич вступил в Общество любителей российской словесности , "
        "а князь Андрей , по-французски : « Mon cher » , — 42 раза ! В 1805-м году Кутузов "
        "стоял под Браунау ; СИЗО-6 , ООН , т.е. X , ё-моё , Шёнграбен … № 3 ?")


def sentences() -> list[list[str]]:
    """Sentences of 1 to 70 words, some repeated, one with slovnet's padding word in it; more
    than one batch, sorted by length as the pipeline sends them."""
    words = TEXT.split()
    found = [words[i % 11:i % 11 + n] or words[:1] for i, n in enumerate(range(1, 71))] * 2
    found.append(["<pad>", "Москва", "<pad>", "и"])
    return sorted(found, key=len)


def slovnet_process(api, items):
    infer = api.infer
    return list(infer.process(infer.encoder(items)))


def test_morphology_equals_slovnet():
    items = sentences()
    ours = list(slovnet_exec.tag_ids(morph_model(), items))
    theirs = slovnet_process(morph_model(), items)
    assert len(ours) == len(theirs) == len(items)
    assert all(numpy.array_equal(a, b) for a, b in zip(ours, theirs))


def test_syntax_equals_slovnet():
    items = sentences()
    ours = list(slovnet_exec.syntax(syntax_model(), items))
    theirs = slovnet_process(syntax_model(), items)
    assert len(ours) == len(theirs) == len(items)
    for (head, rel), (their_head, their_rel) in zip(ours, theirs):
        assert numpy.array_equal(head, their_head) and numpy.array_equal(rel, their_rel)


def slovnet_tags(api, items):
    infer = api.infer
    return list(infer.decoder(infer.process(infer.encoder(items))))


def test_ner_and_tagger_layers_equal_slovnet_together_and_alone():
    items = sentences()
    ner = slovnet_tags(ner_model(), items)
    assert slovnet_exec.ner_tags([ner_model()], items) == [ner]
    # the tagger's layers read each word with slovnet's tag of it (a tag a word; slovnet gives
    # none to its padding word), and share its ids
    tagged = [(words, tags + ["O"] * (len(words) - len(tags))) for words, tags in zip(items, ner)]
    apis = [layer_model(layer) for layer in layers()]
    theirs = [slovnet_tags(api, tagged) for api in apis]
    assert slovnet_exec.ner_tags(apis, tagged) == theirs
    assert slovnet_exec.ner_tags(apis[:1], tagged) == theirs[:1]


def test_windows_are_slovnets_padded_im2col():
    x = numpy.arange(2 * 5 * 4, dtype="float32").reshape(2, 5, 4)
    for kernel, padding in ((3, 1), (1, 0), (5, 2), (3, 0)):
        padded = numpy.pad(x.swapaxes(2, 1), ((0, 0), (0, 0), (padding, padding)))
        count = padded.shape[2] - kernel + 1
        expected = numpy.stack([padded[:, :, w:w + kernel] for w in range(count)], axis=1)
        assert numpy.array_equal(slovnet_exec.windows(x, kernel, padding), expected.reshape(2 * count, 4 * kernel))


def test_other_architectures_take_slovnets_own_path():
    class Other:
        emb = encoder = None
    assert not slovnet_exec.fast_path(type("Infer", (), {"model": Other()})())
    assert slovnet_exec.fast_path(morph_model().infer)


@pytest.mark.parametrize("word", ["Москва", "москва", "<pad>", "X", "1812", "…"])
def test_word_ids_are_slovnets(word):
    encoder = ner_model().infer.encoder
    assert slovnet_exec.encoder(ner_model().infer).ids(word) == tuple(l[0] for l in encoder.item([word]))


def test_crf_decode_equals_slovnet_on_random_emissions():
    crf = ner_model().infer.model.head.crf
    rng = numpy.random.default_rng(5)
    tags = crf.transitions.array.shape[0]
    for batch, length in ((1, 1), (3, 7), (64, 30)):
        emissions = rng.normal(size=(batch, length, tags)).astype("float32")
        mask = numpy.ones((batch, length), dtype=bool)
        for row in range(batch):
            mask[row, rng.integers(0, length + 1):] = False  # some rows all padding
        ours, theirs = slovnet_exec.crf_decode(crf, emissions, mask), crf.decode(emissions, mask)
        assert len(ours) == len(theirs) and all(numpy.array_equal(a, b) for a, b in zip(ours, theirs))


def test_crf_paths_equal_slovnet_with_ties_and_uneven_rows():
    """Whole numbers make equal scores common: the batch-wide backtrace must pick slovnet's tag at
    every tie, on rows of every length (one of padding only) in one batch."""
    crf = layer_model(next(iter(layers()))).infer.model.head.crf
    rng = numpy.random.default_rng(11)
    tags = crf.transitions.array.shape[0]
    for batch, length in ((1, 1), (2, 2), (5, 40), (64, 13)):
        emissions = rng.integers(-2, 3, size=(batch, length, tags)).astype("float32")
        mask = numpy.ones((batch, length), dtype=bool)
        for row, kept in enumerate(rng.integers(0, length + 1, size=batch)):
            mask[row, kept:] = False
        theirs = crf.decode(emissions, mask)
        ours = slovnet_exec.crf_paths(crf, emissions, mask)
        assert [list(map(int, path)) for path in theirs] == ours
        assert all(a.dtype == b.dtype and numpy.array_equal(a, b)
                   for a, b in zip(slovnet_exec.crf_decode(crf, emissions, mask), theirs))


def test_batches_are_cut_where_padding_would_grow():
    lengths = [1] * 40 + [5] * 40 + [30] * 10 + [80] * 2  # sorted, as the stages send them
    cut = list(slovnet_exec.even_chunks(lengths, 64, length=lambda n: n))
    assert [n for chunk in cut for n in chunk] == lengths  # every sentence, in order
    assert [(len(chunk), max(chunk)) for chunk in cut] == [(40, 1), (40, 5), (10, 30), (2, 80)]
    padded = sum(max(chunk) * len(chunk) for chunk in cut)
    assert padded == 40 + 200 + 300 + 160 < 64 * 5 + 28 * 80  # slovnet's two batches of 64 and 28
    assert [len(chunk) for chunk in slovnet_exec.even_chunks([["слово"] * 3] * 150, 64)] == [64, 64, 22]
    assert [len(chunk) for chunk in slovnet_exec.even_chunks([[1], [1, 2], [1, 2, 3], [0] * 40], 64)] == [4]  # fewer than SMALLEST


def test_the_pad_vectors_are_zeros_so_padding_changes_no_sentence():
    """The premise of cutting batches anywhere: slovnet pads with vectors of zeros."""
    for api in (morph_model(), syntax_model(), ner_model(), *(layer_model(name) for name in layers())):
        encoder, model = api.infer.encoder, api.infer.model
        pad = numpy.array([[encoder.words_vocab.pad_id]])
        assert not slovnet_exec.navec_vectors(model.emb.word, pad).any()
        assert not model.emb.shape.weight.array[encoder.shapes_vocab.pad_id].any()
    short = "Вчера мы гуляли у реки .".split()
    long = ("Осенью того года отец , вернувшись из дальней поездки по северным губерниям , "
            "долго рассказывал нам о деревнях , где жили его старые товарищи .").split()
    alone = slovnet_exec.ner_tags([ner_model()], [short])[0][0]
    padded = slovnet_exec.ner_tags([ner_model()], [short] * 9 + [long])[0]
    assert all(tags == alone for tags in padded[:9])
    parsed_alone = [a.tolist() for a in next(slovnet_exec.syntax(syntax_model(), [short]))]
    parsed_padded = [a.tolist() for a in next(slovnet_exec.syntax(syntax_model(), [short] * 9 + [long]))]
    assert parsed_alone == parsed_padded


# The CNN's first layer split by input (`FirstLayer`, the seventeenth round): navec's terms kept per
# word id, the shape's per shape id, summed per position instead of one product per window.

OWN = ["Утром мы с братом пошли на реку ловить раков .",
       "Дед сердито молчал , а бабушка рассказывала соседке про пожар в Нижнем .",
       "Осенью 1897 года Пётр Иванович переехал в Казань и поступил на службу в управу .",
       "Да .",
       "— Не ходи туда , — сказала мать , — там собаки злые !"]


def own_sentences() -> list[list[str]]:
    return sorted([line.split() for line in OWN] + sentences()[::7], key=len)


def all_models():
    tagger = [layer_model(layer) for layer in layers()]
    return [morph_model(), syntax_model(), ner_model(), *tagger]


def batches_of(api, items):
    return list(slovnet_exec.batches(api.infer, items, api.batch_size))


def features_both(model, word_id, shape_id, pad_mask):
    split = slovnet_exec.features(model, word_id, shape_id, pad_mask)
    saved, slovnet_exec.SPLIT = slovnet_exec.SPLIT, False
    try:
        whole = slovnet_exec.features(model, word_id, shape_id, pad_mask)
    finally:
        slovnet_exec.SPLIT = saved
    return split, whole


def test_split_first_layer_equals_the_whole_product_within_float_tolerance():
    assert slovnet_exec.SPLIT
    items = own_sentences()
    for api in all_models():
        if type(slovnet_exec.encoder(api.infer)) is not slovnet_exec.Encoder:  # the tagger's layers read (words, tags)
            rows = [(words, ["O"] * len(words)) for words in items]
        else:
            rows = items
        for word_id, shape_id, pad_mask in batches_of(api, rows):
            split, whole = features_both(api.infer.model, word_id, shape_id, pad_mask)
            assert split.shape == whole.shape
            assert numpy.allclose(split, whole, rtol=1e-4, atol=1e-4 * numpy.abs(whole).max())
            assert not split[pad_mask].any()


def with_split(flag, run):
    saved, slovnet_exec.SPLIT = slovnet_exec.SPLIT, flag
    try:
        return run()
    finally:
        slovnet_exec.SPLIT = saved


def test_split_first_layer_gives_the_same_tags_trees_and_names():
    items = own_sentences()
    for run in (lambda: [a.tolist() for a in slovnet_exec.tag_ids(morph_model(), items)],
                lambda: [(h.tolist(), r.tolist()) for h, r in slovnet_exec.syntax(syntax_model(), items)],
                lambda: slovnet_exec.ner_tags([ner_model()], items)):
        assert with_split(True, run) == with_split(False, run)
    morph = dict(zip(map(tuple, items), with_split(True, lambda: list(slovnet_exec.tag_ids(morph_model(), items)))))
    assert len(morph[tuple(OWN[0].split())]) == 10


def test_a_words_row_is_the_same_whatever_batch_computes_it():
    """The product's row of a word has the same bits alone (beside a zero row), among two or many
    words, wherever it stands: so the cache's state and the batches change no output."""
    model = morph_model().infer.model
    layer = slovnet_exec.FirstLayer(model)
    ids = numpy.unique(numpy.random.default_rng(17).integers(0, len(model.emb.word.indexes.array), 300))
    together = layer.navec_rows(ids)
    for size in (1, 2, 3, 16, 17, 64, 65):
        for start in (0, 5, 100):
            part = ids[start:start + size]
            assert numpy.array_equal(layer.navec_rows(part), together[:, start:start + size])


def test_a_sentence_is_the_same_alone_and_among_others_with_a_warm_or_cold_table():
    api = morph_model()
    items = own_sentences()
    target = OWN[2].split()
    slovnet_exec._FIRST.clear()
    alone = with_split(True, lambda: list(slovnet_exec.tag_ids(api, [target])))[0]
    batch = next(b for b in batches_of(api, [target]))
    cold = slovnet_exec.features(api.infer.model, *batch)
    list(slovnet_exec.tag_ids(api, items))  # the table now holds these words
    warm = slovnet_exec.features(api.infer.model, *batch)
    assert numpy.array_equal(cold, warm)
    among = dict(zip(map(tuple, items), slovnet_exec.tag_ids(api, items)))[tuple(target)]
    assert numpy.array_equal(alone, among)


def test_the_first_layers_table_is_bounded_and_evicts_the_least_recently_used():
    api = morph_model()
    model = api.infer.model
    small = slovnet_exec.FirstLayer(model, capacity=8)
    large = slovnet_exec.FirstLayer(model, capacity=4096)
    for word_id, shape_id, pad_mask in batches_of(api, own_sentences()):
        assert numpy.array_equal(small(word_id, shape_id, pad_mask), large(word_id, shape_id, pad_mask))
        assert small.table.shape[1] == 8 and (small.word_of >= 0).sum() <= 8
        assert (small.slot_of >= 0).sum() == (small.word_of >= 0).sum()
        kept = small.word_of[small.word_of >= 0]
        assert numpy.array_equal(small.slot_of[kept], numpy.flatnonzero(small.word_of >= 0))
    # two words met again stay; a table of two keeps the most recent batch's words
    tiny = slovnet_exec.FirstLayer(model, capacity=2)
    ids = [numpy.array([[5, 6]]), numpy.array([[7, 8]]), numpy.array([[7, 9]])]
    for word_id in ids:
        tiny(word_id, numpy.zeros_like(word_id), numpy.zeros(word_id.shape, dtype=bool))
    assert sorted(tiny.word_of.tolist()) == [7, 9]
