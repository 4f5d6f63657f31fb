"""The NEREL-trained tagger (`letopis.tagger`) on the pipeline's own tokens.

One slovnet numpy model per layer (`models/tagger/LAYER.tar`, natasha's navec embeddings
injected), run like slovnet's NER on the sentences of many Docs at once. Its spans, nested
across layers, go to `doc.spans["tagger"]` with the pipeline's type as label and NEREL's finer
type in `fine_type`; `rules.py` takes from them the types `models/entities/sources.tsv` gives
the tagger, and `consistency.py` asks them whether a sentence-initial word is part of a name.
"""
from __future__ import annotations

from functools import lru_cache

from slovnet import NER
from slovnet.const import SHAPE, TAG
from slovnet.exec.encoders import TagEncoder
from slovnet.shape import word_shape
from slovnet.exec.infer import NERInfer, TagDecoder
from slovnet.exec.model import NER as NERModel
from slovnet.exec.pack import Pack
from spacy.language import Language
from spacy.tokens import Doc, Span

from letopis.entities.ner import bio_spans
from letopis.extensions import TAGGER
from letopis.morphosyntax.batching import BatchComponent, model_chunks
from letopis.morphosyntax.slovnet_exec import Encoder, ner_tags
from letopis.morphosyntax.slovnet_models import BATCH_SIZE, embedding, ner_model
from letopis.resources import model_path
from letopis.tagger.layers import layer_file, layers, shape_feature, slovnet_tag, tags
from letopis.words import model_word


class FastFeatureEncoder(Encoder):
    """`FeatureEncoder` for `slovnet_exec`: a word's ids are cached per (word, slovnet's tag)."""

    def keys(self, item):
        return list(zip(*item))

    def length(self, item) -> int:
        return len(item[0])

    def _ids(self, key: tuple[str, str]) -> tuple[int, int]:
        word, tag = key
        return self.words.encode(word.lower()), self.shapes.encode(shape_feature(word_shape(word), tag))


class FeatureEncoder(TagEncoder):
    """slovnet's word and shape encoder, but an item is a sentence's (words, slovnet's tags) and
    the shape id is of the word's shape together with slovnet's tag (`layers.shape_feature`)."""

    FAST = FastFeatureEncoder

    def item(self, item):
        words, slovnet = item
        return ([self.words_vocab.encode(word.lower()) for word in words],
                [self.shapes_vocab.encode(shape_feature(word_shape(word), tag))
                 for word, tag in zip(words, slovnet)])


@lru_cache(maxsize=None)
def layer_model(layer: str) -> NER:
    """The layer's pack, as `slovnet.NER.load` reads it, but sharing the word vocabulary of
    natasha's NER (both are navec's 250,000 words): three more copies would cost start-up time
    and some 100 MB a process."""
    with Pack(str(model_path(layer_file(layer)))) as pack:
        pack.load_meta().check_protocol()
        model = pack.load_model(NERModel)
        arrays = dict(pack.load_arrays(model.weights))
        shapes, tags_vocab = pack.load_vocab(SHAPE), pack.load_vocab(TAG)
    words = ner_model().infer.encoder.words_vocab
    encoder = FeatureEncoder(words, shapes, BATCH_SIZE)
    infer = NERInfer(model.inject_arrays(arrays), encoder, TagDecoder(tags_vocab))
    return NER(infer, BATCH_SIZE).navec(embedding())


def predict(layers: list[str], sentences: list[tuple[list[str], list[str]]]) -> list[list[list[str]]]:
    """Every layer's tags of (words, slovnet's tags) sentences; the layers share the words' ids
    and navec vectors."""
    return ner_tags([layer_model(layer) for layer in layers], sentences)


def typed(doc: Doc, start: int, end: int, label: str) -> Span | None:
    """The span as an entity of the pipeline's type, without punctuation at its edges."""
    while start < end and doc[start].is_punct:
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    if start == end:
        return None
    tag = tags()[label]
    span = Span(doc, start, end, label=tag.type)
    span._.fine_type = tag.fine_type
    return span


class Tagger(BatchComponent):
    def __init__(self) -> None:
        self.layers = list(layers())
        for layer in self.layers:
            layer_model(layer)

    def process(self, docs: list[Doc]) -> None:
        chunks = model_chunks(docs)
        order = sorted(range(len(chunks)), key=lambda i: len(chunks[i]))  # shortest first: less padding
        sentences = [([model_word(t) for t in chunks[i]], [slovnet_tag(t) for t in chunks[i]]) for i in order]
        found: dict[int, list[Span]] = {id(doc): [] for doc in docs}
        tagged = predict(self.layers, sentences) if sentences else [[] for _ in self.layers]
        for layer, by_layer in zip(self.layers, tagged):
            for i, tags_ in zip(order, by_layer):
                tokens = chunks[i]
                doc = tokens[0].doc
                spans = (typed(doc, start, end, label) for start, end, label in bio_spans(tokens, tags_))
                found[id(doc)] += [span for span in spans if span is not None]
        for doc in docs:
            doc.spans[TAGGER] = sorted(found[id(doc)], key=lambda s: (s.start, -s.end))


@Language.factory("letopis_tagger")
def create(nlp: Language, name: str) -> Tagger:
    return Tagger()
