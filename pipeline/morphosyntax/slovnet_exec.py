"""slovnet's numpy inference, the same arithmetic with less work around it.

slovnet's taggers and parser (natasha's morphology, syntax and NER, and the NEREL-trained
tagger's layers) read a sentence the same way: navec's word vectors and a word-shape vector,
then a CNN. This module runs that front part for them with results bit for bit equal to
slovnet's own `Infer.process` (the test compares them), but

- a word's ids (navec word id, shape id) are computed once and cached, not once per model;
- navec's product-quantised vectors are gathered with one flat `take`;
- the convolution's windows are copied by three block copies instead of numpy's element-wise
  reshape of a strided view (the same values in the same layout reach the same `matmul`);
- several taggers over the same sentences (`ner_tags`) share the word ids and navec vectors;
- batches are cut where padding would grow (`even_chunks`), not every 64 sentences;
- the CNN's element-wise steps write into the product's own array (`out=`), not new ones;
- the CRF's maximum is read with `max`, not gathered at the `argmax`, and its backtrace is
  taken for the whole batch a position at a time; its tags are read from the vocabulary's list;
- the CNN's first layer (two thirds of its arithmetic) is split by input (`FirstLayer`): navec's
  terms of the product are computed once per word id and kept in a bounded table, the shape's
  once per shape id, and each position sums its window's terms.

Every other matrix product gets the same operands in the same memory layout as in slovnet, and
every other step is element-wise, so nothing else is rounded differently. The first layer's sums
are other sums than slovnet's single product (the low bits of its float32 results differ, some
10⁻⁶ of the largest); `SPLIT = False` runs slovnet's product. A model of another architecture
than slovnet's WordShape + CNN (`fast_path` says) goes through slovnet's own code.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator, Sequence

import numpy as np
from slovnet.exec import model as slovnet_model
from slovnet.exec.infer import TagDecoder
from slovnet.exec.mask import split_masked
from slovnet.shape import word_shape
from slovnet.vocab import Vocab

WORD_CACHE = 100_000  # distinct words whose ids are kept (a bounded LRU cache)
SPLIT = True  # the CNN's first layer split by input (`FirstLayer`); False: slovnet's own product


class Encoder:
    """Word and shape ids of sentences, as slovnet's `WordShapeEncoder` gives them."""

    def __init__(self, words: Vocab, shapes: Vocab) -> None:
        self.words, self.shapes = words, shapes
        self.ids = lru_cache(maxsize=WORD_CACHE)(self._ids)

    def _ids(self, word: str) -> tuple[int, int]:
        return self.words.encode(word.lower()), self.shapes.encode(word_shape(word))

    def keys(self, item) -> Sequence:
        """What one sentence's ids are computed from: its words (subclasses: more per word)."""
        return item

    def length(self, item) -> int:
        """The number of words of one sentence."""
        return len(item)

    def __call__(self, sentences: Sequence) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(word_id, shape_id, pad_mask), padded to the longest sentence like slovnet's `pad_sequence`."""
        rows = [self.keys(item) for item in sentences]
        size = max(len(keys) for keys in rows)
        word_id = np.full((len(sentences), size), self.words.pad_id)
        shape_id = np.full((len(sentences), size), self.shapes.pad_id)
        ids = self.ids
        for row, keys in enumerate(rows):
            if keys:
                pairs = [ids(key) for key in keys]
                word_id[row, :len(keys)] = [pair[0] for pair in pairs]
                shape_id[row, :len(keys)] = [pair[1] for pair in pairs]
        return word_id, shape_id, word_id == self.words.pad_id


_ENCODERS: dict[tuple, Encoder] = {}
_BY_VOCABS: dict[tuple, tuple] = {}  # (id(words), id(shapes), kind) → (words, shapes, Encoder)


def encoder(infer) -> Encoder:
    """One `Encoder` (and so one cache) for all models whose vocabularies are equal."""
    words, shapes = infer.encoder.words_vocab, infer.encoder.shapes_vocab
    kind = getattr(infer.encoder, "FAST", Encoder)  # a slovnet encoder of other inputs names its own
    known = _BY_VOCABS.get((id(words), id(shapes), kind))
    if known is None:
        key = (kind, hash(tuple(words.items)), tuple(words.items[:3]), tuple(shapes.items))
        found = _ENCODERS.get(key)
        if found is None or found.words.items != words.items:
            found = _ENCODERS[key] = kind(words, shapes)
        known = _BY_VOCABS[id(words), id(shapes), kind] = (words, shapes, found)  # kept: the ids stay theirs
    return known[2]


def fast_path(infer) -> bool:
    """Whether the model is slovnet's WordShape + CNN architecture, which this module runs."""
    model = infer.model
    return (type(model.emb) is slovnet_model.WordShapeEmbedding
            and type(model.emb.word) is slovnet_model.NavecEmbedding
            and type(model.emb.shape) is slovnet_model.Embedding
            and type(model.encoder) is slovnet_model.CNNEncoder
            and all(type(layer.conv) is slovnet_model.Conv1d and type(layer.relu) is slovnet_model.ReLU
                    and type(layer.norm) is slovnet_model.BatchNorm1d for layer in model.encoder.layers))


_FLAT: dict[int, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}


def flat_codes(codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """navec's codes (sub-vector × centroid × values) as one table, and each sub-vector's offset."""
    if id(codes) not in _FLAT:
        qdim, centroids, chunk = codes.shape
        _FLAT[id(codes)] = (codes, codes.reshape(qdim * centroids, chunk), np.arange(qdim) * centroids)
    return _FLAT[id(codes)][1:]


def navec_vectors(emb: slovnet_model.NavecEmbedding, word_id: np.ndarray) -> np.ndarray:
    """`NavecEmbedding(word_id)`: codes[q, indexes[word, q]] for every sub-vector q."""
    flat, offsets = flat_codes(emb.codes.array)
    indexes = emb.indexes.array[word_id.reshape(-1)].astype(np.intp) + offsets
    return flat.take(indexes, axis=0).reshape(*word_id.shape, emb.dim)


def windows(x: np.ndarray, kernel: int, padding: int) -> np.ndarray:
    """`Conv1d`'s im2col on x (batch × length × channels): row b·W + w holds x's positions
    w − padding … w − padding + kernel − 1 (zeros outside), channel-major, as slovnet lays it."""
    batch, length, channels = x.shape
    count = length + 2 * padding - kernel + 1
    out = np.empty((batch, count, channels, kernel), dtype=x.dtype)
    for k in range(kernel):
        first, last = max(0, padding - k), min(count, length + padding - k)  # w with x inside
        out[:, :first, :, k] = 0
        out[:, last:, :, k] = 0
        if last > first:
            out[:, first:last, :, k] = x[:, first + k - padding:last + k - padding, :]
    return out.reshape(batch * count, channels * kernel)


# Distinct words whose share of the first layer's product is kept, per model (a bounded LRU
# table): a row is 3 × 256 float32 numbers, 3 KB, so six models keep at most 72 MB.
FIRST_LAYER_CACHE = 4096


class FirstLayer:
    """The CNN's first layer, its product split by input: navec's part and the shape's part.

    The first convolution multiplies each window of three positions' inputs (navec's 300 numbers
    and the shape's 30, each) by its weights; that product is the sum, over the kernel's positions
    k, of navec's vector at position w − padding + k times its weights for k, plus the same for the
    shape's vector. Each of those terms depends on one word only: navec's on the word's id, the
    shape's on its shape id. So navec's terms are computed once per word id (all kernel positions
    in one row, `navec_rows`) and kept in a bounded LRU table, the shape's once per model for every
    shape id, and a position's output is the sum of the gathered rows. The sums are other sums than
    the unsplit product's (other float32 roundings in the low bits), but each word's row is the
    same whatever batch computes it (an OpenBLAS row of a product has the same bits whatever the
    number of rows from two up, checked by the tests; a single row goes through another routine,
    so a lone word is multiplied beside a zero row), so the output does not depend on the order
    of the texts, on the cache's state or on `-j N`."""

    def __init__(self, model, capacity: int = FIRST_LAYER_CACHE) -> None:
        conv = model.encoder.layers[0].conv
        weight = conv.weight.array  # filters × channels × kernel
        self.filters, channels, self.kernel = weight.shape
        self.padding = conv.padding
        self.emb = model.emb.word
        dim = self.emb.dim
        by_input = weight.transpose(1, 2, 0).reshape(channels, self.kernel * self.filters)  # channel × (k, filter)
        self.navec_weight = np.ascontiguousarray(by_input[:dim])
        shapes = model.emb.shape.weight.array
        shape_rows = self.pair_product(shapes, np.ascontiguousarray(by_input[dim:]))  # shape id × (k, filter)
        shape_rows = np.concatenate((shape_rows, np.zeros((1, shape_rows.shape[1]), dtype=np.float32)))
        self.shape_rows = np.ascontiguousarray(  # kernel position × shape id (a last one of zeros) × filter
            shape_rows.reshape(len(shape_rows), self.kernel, self.filters).transpose(1, 0, 2))
        self.bias = conv.bias.array
        self.capacity = capacity
        self.table = np.empty((0, 0, 0), dtype=np.float32)  # kernel position × slot × filter, made when first needed
        self.slot_of = np.full(len(self.emb.indexes.array), -1, dtype=np.intp)  # word id → slot, or −1
        self.word_of = np.full(capacity, -1, dtype=np.intp)  # slot → word id, or −1
        self.used = np.zeros(capacity, dtype=np.int64)  # slot → the last batch that read it
        self.clock = 0

    @staticmethod
    def pair_product(x: np.ndarray, weight: np.ndarray) -> np.ndarray:
        """x @ weight, with at least two rows (OpenBLAS multiplies one row by another routine)."""
        if len(x) == 1:
            return np.matmul(np.concatenate((x, np.zeros_like(x))), weight)[:1]
        return np.matmul(x, weight)

    def navec_rows(self, word_ids: np.ndarray) -> np.ndarray:
        """navec's terms of the given word ids: kernel position × word × filter."""
        product = self.pair_product(navec_vectors(self.emb, word_ids), self.navec_weight)
        return product.reshape(len(word_ids), self.kernel, self.filters).transpose(1, 0, 2)

    def word_rows(self, unique: np.ndarray) -> np.ndarray:
        """navec's terms of the distinct word ids `unique` (kernel position × word × filter) and a
        last row of zeros, from the table or computed (and kept, the least recently used evicted)."""
        if not self.table.size:
            self.table = np.empty((self.kernel, self.capacity, self.filters), dtype=np.float32)
        self.clock += 1
        rows = np.zeros((self.kernel, len(unique) + 1, self.filters), dtype=np.float32)
        slots = self.slot_of[unique]
        known = slots >= 0
        self.used[slots[known]] = self.clock
        rows[:, :len(unique)][:, known] = self.table[:, slots[known]]
        missing = np.flatnonzero(~known)
        if len(missing):
            fresh = self.navec_rows(unique[missing])
            rows[:, missing] = fresh
            free = np.flatnonzero(self.word_of < 0)[:len(missing)]
            if len(free) < len(missing):  # evict the least recently used, none of this batch's
                old = np.flatnonzero((self.used < self.clock) & (self.word_of >= 0))
                old = old[np.argsort(self.used[old], kind="stable")][:len(missing) - len(free)]
                self.slot_of[self.word_of[old]] = -1
                free = np.concatenate((free, old))
            words = unique[missing[:len(free)]]
            self.slot_of[words] = free
            self.word_of[free] = words
            self.used[free] = self.clock
            self.table[:, free] = fresh[:, :len(free)]
        return rows

    def __call__(self, word_id: np.ndarray, shape_id: np.ndarray, pad_mask: np.ndarray) -> np.ndarray:
        """The first layer's product plus its bias, batch × length × filters (as `cnn`'s)."""
        batch, length = word_id.shape
        unique, inverse = np.unique(word_id, return_inverse=True)
        rows = self.word_rows(unique)
        zero_word, zero_shape = len(unique), self.shape_rows.shape[1] - 1
        padding, count = self.padding, length + 2 * self.padding - self.kernel + 1
        words = np.full((batch, length + 2 * padding), zero_word, dtype=np.intp)
        shapes = np.full((batch, length + 2 * padding), zero_shape, dtype=np.intp)
        # every position as slovnet reads it, its pad words too (the pad word's navec vector and
        # the pad shape's vector are zeros, so are their terms; a word spelt "<pad>" is a pad
        # word with its own shape); zeros around, the convolution's own padding
        words[:, padding:padding + length] = inverse.reshape(batch, length)
        shapes[:, padding:padding + length] = shape_id
        output = None
        for table, ids in ((rows, words), (self.shape_rows, shapes)):
            for k in range(self.kernel):
                term = table[k][ids[:, k:k + count]]
                if output is None:
                    output = term
                else:
                    output += term
        output += self.bias
        return output


_FIRST: dict[int, tuple] = {}


def first_layer(model) -> FirstLayer:
    """The model's `FirstLayer` (one per model, kept with the model it was made from)."""
    known = _FIRST.get(id(model))
    if known is None or known[0] is not model:
        known = _FIRST[id(model)] = (model, FirstLayer(model))
    return known[1]


def cnn(encoder: slovnet_model.CNNEncoder, x: np.ndarray, pad_mask: np.ndarray,
        first: np.ndarray | None = None) -> np.ndarray:
    """`CNNEncoder(x, pad_mask)` on x (batch × length × channels), the result in the same layout.

    The element-wise steps after the product (bias, ReLU, batch norm) are slovnet's, in its order,
    but each written into the product's own array (`out=`) rather than into a new one: the same
    float32 operation on the same operands, without five fresh arrays of the batch's size a layer."""
    for number, layer in enumerate(encoder.layers):
        conv, norm = layer.conv, layer.norm
        filters, channels, kernel = conv.weight.shape
        if number == 0 and first is not None:  # the first layer's product and bias, given
            output = first
        else:
            weight = conv.weight.array.reshape(filters, channels * kernel)
            batch = x.shape[0]
            output = np.matmul(windows(x, kernel, conv.padding), weight.T)
            output += conv.bias.array
            output = output.reshape(batch, -1, filters)
        output.clip(0, out=output)
        output -= norm.mean.array
        output /= norm.std.array
        output *= norm.weight.array
        output += norm.bias.array
        output[pad_mask] = 0
        x = output
    return x


def features(model, word_id: np.ndarray, shape_id: np.ndarray, pad_mask: np.ndarray,
             words: np.ndarray | None = None) -> np.ndarray:
    """The CNN's output for a batch; `words`, navec's vectors of word_id, when already gathered.
    With `SPLIT` (the default) the first layer is `FirstLayer`'s and navec's vectors are not read."""
    if SPLIT:
        return cnn(model.encoder, None, pad_mask, first_layer(model)(word_id, shape_id, pad_mask))
    if words is None:
        words = navec_vectors(model.emb.word, word_id)
    x = np.concatenate((words, model.emb.shape(shape_id)), axis=-1)
    return cnn(model.encoder, x, pad_mask)


def crf_paths(crf: slovnet_model.CRF, emissions: np.ndarray, mask: np.ndarray) -> list[list[int]]:
    """`CRF.decode`'s tag ids, as lists: the same Viterbi pass, and its backtrace taken for the
    whole batch at once, a step per position, rather than a row and a step at a time."""
    batch_size, seq_len, tags_num = emissions.shape
    emissions = emissions.swapaxes(1, 0)
    mask = mask.swapaxes(1, 0)
    history = []
    score = emissions[0]
    transitions = crf.transitions.array
    for index in range(1, seq_len):
        score_ = score.reshape(batch_size, tags_num, 1)
        emissions_ = emissions[index].reshape(batch_size, 1, tags_num)
        score_ = score_ + transitions + emissions_
        indexes = score_.argmax(-2)
        score_ = score_.max(-2)  # the value at `indexes`: slovnet's `score_[batch, indexes, tags]`
        mask_ = mask[index].reshape(batch_size, 1)
        score = np.where(mask_, score_, score)
        history.append(indexes)
    sizes = mask.sum(0) - 1
    bests = score.argmax(-1)
    # slovnet: row b's last tag is bests[b], at position sizes[b]; the one at position s < sizes[b]
    # is history[s][b][the tag at s + 1]
    paths = np.empty((batch_size, seq_len), dtype=bests.dtype)
    rows = np.arange(batch_size)
    best = bests
    for step in range(seq_len - 2, -1, -1):
        paths[:, step + 1] = best
        best = np.where(step < sizes, history[step][rows, best], best)
    paths[:, 0] = best
    found = [path[:size + 1] for path, size in zip(paths.tolist(), sizes.tolist())]
    for row in np.flatnonzero(sizes < 0).tolist():  # a row of padding only: slovnet's `history[:-1]`
        best = int(bests[row])
        tags = [best]
        for indexes in reversed(history[:-1]):
            best = int(indexes[row][best])
            tags.append(best)
        found[row] = tags[::-1]
    return found


def crf_decode(crf: slovnet_model.CRF, emissions: np.ndarray, mask: np.ndarray) -> list[np.ndarray]:
    """`CRF.decode`: the tag ids of every row, one array a row."""
    return [np.array(path, dtype=np.intp) for path in crf_paths(crf, emissions, mask)]


def tag_strings(infer, paths: list[list[int]]) -> list[list[str]]:
    """`infer.decoder` on the paths: slovnet's `TagDecoder` is a look-up in its vocabulary's items."""
    if type(infer.decoder) is not TagDecoder:
        return list(infer.decoder(paths))
    items = infer.decoder.tags_vocab.items
    return [[items[tag] for tag in path] for path in paths]


def slovnet_process(api, sentences: Sequence) -> Iterator:
    """slovnet's own inference, for a model this module does not run (`fast_path`)."""
    infer = api.infer
    return infer.process(infer.encoder(sentences))


# A batch is cut before a sentence that would make more than SLACK of its padded positions
# padding (once it holds SMALLEST sentences), as well as at the model's batch size: slovnet's
# fixed batches of 64 sorted sentences were 28 % padding on War and Peace, most of it in the
# last batch, where a few long sentences pad sixty shorter ones.
SLACK = 0.1
SMALLEST = 8


def even_chunks(sentences: Sequence, batch_size: int, length=len) -> Iterator[list]:
    """The sentences in order, in batches of at most `batch_size`, each cut where padding to its
    longest sentence (`length`) would grow beyond SLACK of its positions.

    What a batch holds changes no sentence's result: the pad word's navec vector and the pad
    shape's vector are zeros, as the convolution's own padding is, and every layer sets the padded
    positions to zero again, so a sentence's rows of every product are the same whatever pads it;
    the CRF reads each sentence under its mask, and the parser's heads fill the masked scores
    with the batch's lowest, below every real one. That the products give a row the same bits
    whatever the number of rows is OpenBLAS's doing, not a promise: the tests compare every
    model with slovnet's own fixed batches, and `benchmarks/identical.py` every output."""
    chunk: list = []
    longest = total = 0
    for item in sentences:
        size = length(item)
        if chunk:
            count, top = len(chunk) + 1, max(longest, size)
            if len(chunk) >= batch_size or (len(chunk) >= SMALLEST
                                            and count * top - (total + size) > SLACK * count * top):
                yield chunk
                chunk, longest, total = [], 0, 0
        chunk.append(item)
        longest, total = max(longest, size), total + size
    if chunk:
        yield chunk


def batches(infer, sentences: Sequence[Sequence[str]], batch_size: int) -> Iterator[tuple]:
    encode = encoder(infer)
    for chunk in even_chunks(sentences, batch_size, encode.length):
        yield encode(chunk)


def tag_ids(api, sentences: Sequence[Sequence[str]]) -> Iterator[np.ndarray]:
    """slovnet `Morph`: the tag id of every word, one array a sentence."""
    if not fast_path(api.infer):
        yield from slovnet_process(api, sentences)
        return
    model = api.infer.model
    for word_id, shape_id, pad_mask in batches(api.infer, sentences, api.batch_size):
        pred = model.head.decode(model.head(features(model, word_id, shape_id, pad_mask)))
        yield from split_masked(pred, ~pad_mask)


def ner_tags(apis: Sequence, sentences: Sequence) -> list[list[list[str]]]:
    """slovnet `NER` taggers over the same sentences (as their encoders take them: words, or
    the tagger's (words, slovnet's tags)): per tagger, the BIO tags of every sentence. Taggers with equal vocabularies and navec share the words' ids and vectors."""
    results: list[list[list[str]]] = [[] for _ in apis]
    fast = [i for i, api in enumerate(apis) if fast_path(api.infer)]
    for i, api in enumerate(apis):
        if i not in fast:
            results[i] = list(api.infer.decoder(slovnet_process(api, sentences)))
    groups: dict[tuple, list[int]] = {}
    for i in fast:
        infer = apis[i].infer
        groups.setdefault((id(encoder(infer)), id(infer.model.emb.word.codes.array),
                           id(infer.model.emb.word.indexes.array), apis[i].batch_size), []).append(i)
    for members in groups.values():
        first = apis[members[0]]
        for word_id, shape_id, pad_mask in batches(first.infer, sentences, first.batch_size):
            words = None if SPLIT else navec_vectors(first.infer.model.emb.word, word_id)
            for i in members:
                infer = apis[i].infer
                pred = infer.model.head(features(infer.model, word_id, shape_id, pad_mask, words))
                results[i].extend(tag_strings(infer, crf_paths(infer.model.head.crf, pred, ~pad_mask)))
    return results


def syntax(api, sentences: Sequence[Sequence[str]]) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """slovnet `Syntax`: (head ids, relation ids) of every sentence, as `SyntaxInfer.process`."""
    if not fast_path(api.infer):
        yield from slovnet_process(api, sentences)
        return
    model = api.infer.model
    for word_id, shape_id, pad_mask in batches(api.infer, sentences, api.batch_size):
        x = features(model, word_id, shape_id, pad_mask)
        mask = ~pad_mask
        head_pred = model.head(x)
        target = model.head.decode(head_pred, mask)
        rel_pred = model.rel(x, target)
        head_id = split_masked(target, mask)
        rel_id = split_masked(model.rel.decode(rel_pred, mask), mask)
        yield from zip(head_id, rel_id)
