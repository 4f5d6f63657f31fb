"""The slovnet models that natasha ships, loaded once per process.

natasha's packages hold the weights and the navec embeddings, so nothing is
downloaded. `batch_size` is large because slovnet is fastest on many
sentences at once.

Loading is slovnet's own (`Morph.load` and the like), with two savings at start-up: the
250,000-word vocabulary that the packs (and the tagger's layers) each carry is built once and
shared where the packs' copies are byte-identical, and navec's tables for word similarity,
which inference never reads, are computed only if something asks for them.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache

from natasha.data import NEWS_EMBEDDING, NEWS_MORPH, NEWS_NER, NEWS_SYNTAX
from navec import Navec
from navec.meta import Meta
from navec.navec import META, PQ_, VOCAB
from navec.pq import PQ
from navec.tar import Tar
from navec.vocab import Vocab as NavecVocab
from slovnet import NER, Morph, Syntax
from slovnet.const import REL, SHAPE, TAG, WORD
from slovnet.exec.encoders import SyntaxEncoder, TagEncoder
from slovnet.exec.infer import MorphInfer, NERInfer, SyntaxDecoder, SyntaxInfer, TagDecoder
from slovnet.exec.model import Morph as MorphModel, NER as NERModel, Syntax as SyntaxModel
from slovnet.exec.pack import Pack, decompress, vocab_name
from slovnet.vocab import Vocab

BATCH_SIZE = 64


class LazyPQ(PQ):
    """navec's product quantisation without `precompute` at load: its norms and centroid
    products serve similarity queries only, and are computed when first read."""

    def precompute(self) -> None:
        pass

    def __getattr__(self, name: str):
        if name in ("qdims", "norm", "ab"):
            PQ.precompute(self)
            return getattr(self, name)
        raise AttributeError(name)


class LazyNavec(Navec):
    """`Navec.load` whose word list (only lookups by word read it; the models take ids from
    their own vocabularies) is read when first asked for."""

    def __getattr__(self, name: str):
        if name == "vocab":
            with Tar(self.path) as tar:
                self.vocab = NavecVocab.from_file(tar.load(VOCAB))
            return self.vocab
        raise AttributeError(name)


def load_navec(path: str) -> Navec:
    with Tar(path) as tar:
        meta = Meta.from_file(tar.load(META))
        Meta.check_protocol(meta.protocol)
        pq = LazyPQ.from_file(tar.load(PQ_))
    navec = LazyNavec.__new__(LazyNavec)
    navec.meta, navec.pq, navec.path = meta, pq, path
    return navec


_VOCABS: dict[str, Vocab] = {}


def pack_vocab(pack: Pack, id: str) -> Vocab:
    """`pack.load_vocab(id)`, one Vocab for byte-identical copies (navec's words in every pack)."""
    content = decompress(pack.read(vocab_name(id)))
    key = hashlib.sha256(content).hexdigest()
    if key not in _VOCABS:
        _VOCABS[key] = Vocab(content.decode("utf8").splitlines())  # as slovnet's `bytes_vocab`
    return _VOCABS[key]


def load_pack(path: str, model_type):
    with Pack(path) as pack:
        pack.load_meta().check_protocol()
        model = pack.load_model(model_type)
        arrays = dict(pack.load_arrays(model.weights))
        vocabs = {id: pack_vocab(pack, id) for id in (WORD, SHAPE, TAG, REL) if pack_has(pack, vocab_name(id))}
    return model.inject_arrays(arrays), vocabs


def pack_has(pack: Pack, name: str) -> bool:
    try:
        pack.tar.getmember(name)
    except KeyError:
        return False
    return True


@lru_cache(maxsize=None)
def embedding() -> Navec:
    return load_navec(NEWS_EMBEDDING)


@lru_cache(maxsize=None)
def morph_model() -> Morph:
    model, vocabs = load_pack(NEWS_MORPH, MorphModel)
    infer = MorphInfer(model, TagEncoder(vocabs[WORD], vocabs[SHAPE], BATCH_SIZE), TagDecoder(vocabs[TAG]))
    return Morph(infer, BATCH_SIZE).navec(embedding())


@lru_cache(maxsize=None)
def syntax_model() -> Syntax:
    model, vocabs = load_pack(NEWS_SYNTAX, SyntaxModel)
    infer = SyntaxInfer(model, SyntaxEncoder(vocabs[WORD], vocabs[SHAPE], BATCH_SIZE), SyntaxDecoder(vocabs[REL]))
    return Syntax(infer, BATCH_SIZE).navec(embedding())


@lru_cache(maxsize=None)
def ner_model() -> NER:
    model, vocabs = load_pack(NEWS_NER, NERModel)
    infer = NERInfer(model, TagEncoder(vocabs[WORD], vocabs[SHAPE], BATCH_SIZE), TagDecoder(vocabs[TAG]))
    return NER(infer, BATCH_SIZE).navec(embedding())
