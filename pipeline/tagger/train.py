"""Train the learned tagger on NEREL train: one slovnet NER model per layer (navec embeddings,
word shapes read together with slovnet NER's tag of the word, a CNN encoder, a CRF), exported
to slovnet's numpy pack. Needs torch (`pip install
-e '.[train]'`); the pipeline never imports this module.

    python -m letopis.tagger.train ../shared/nerel/train -o models/tagger [--dev ../shared/nerel/dev]

The seed fixes the initial weights and the batch order; `--dev` prints each epoch's span F1 on
NEREL dev (how the epoch count was chosen) and changes nothing that is written.
"""
from __future__ import annotations

import argparse
import gzip
import random
import time
from pathlib import Path

import torch
from natasha.data import NEWS_EMBEDDING
from navec import Navec
from slovnet.const import PAD, SHAPE, TAG, WORD
from slovnet.exec.pack import DumpPack, Meta, vocab_name
from slovnet.model.emb import Embedding, NavecEmbedding
from slovnet.model.tag import NER, NERHead, TagEmbedding, TagEncoder
from slovnet.shape import SHAPES, word_shape
from slovnet.vocab import BIOTagsVocab, Vocab

from letopis.tagger.data import Sentence, nerel_sentences
from letopis.tagger.layers import layer_file, layers, shape_feature, shape_features

SEED = 1
EPOCHS = 3
BATCH = 32
LEARNING_RATE = 0.005
DECAY = 0.8          # of the learning rate, per epoch
SHAPE_DIM = 30
LAYER_DIMS = [256, 128, 64]
KERNEL = 3
NAVEC_KEYS = "emb.word."  # natasha's embedding table: not trained, not saved


class Vocabs:
    def __init__(self, navec: Navec, labels: list[str]) -> None:
        self.words = Vocab(navec.vocab.words)
        self.shapes = Vocab([PAD] + shape_features(SHAPES))  # a word's shape with slovnet's tag
        self.tags = BIOTagsVocab(labels)

    def encode(self, words: list[str], slovnet: list[str]) -> tuple[list[int], list[int]]:
        return ([self.words.encode(w.lower()) for w in words],
                [self.shapes.encode(shape_feature(word_shape(w), t)) for w, t in zip(words, slovnet)])


def build(navec: Navec, vocabs: Vocabs) -> NER:
    shape = Embedding(vocab_size=len(vocabs.shapes), dim=SHAPE_DIM, pad_id=vocabs.shapes.pad_id)
    emb = TagEmbedding(NavecEmbedding(navec), shape)
    encoder = TagEncoder(input_dim=emb.dim, layer_dims=LAYER_DIMS, kernel_size=KERNEL)
    return NER(emb, encoder, NERHead(encoder.dim, len(vocabs.tags)))


def tensors(vocabs: Vocabs, batch: list[Sentence], layer: str):
    size = max(len(s.words) for s in batch)
    word_id = torch.full((len(batch), size), vocabs.words.pad_id, dtype=torch.long)
    shape_id = torch.full((len(batch), size), vocabs.shapes.pad_id, dtype=torch.long)
    tag_id = torch.zeros((len(batch), size), dtype=torch.long)
    for row, sentence in enumerate(batch):
        words, shapes = vocabs.encode(sentence.words, sentence.slovnet)
        n = len(words)
        word_id[row, :n] = torch.tensor(words)
        shape_id[row, :n] = torch.tensor(shapes)
        tag_id[row, :n] = torch.tensor([vocabs.tags.encode(t) for t in sentence.tags[layer]])
    return word_id, shape_id, tag_id, word_id == vocabs.words.pad_id


def batches(sentences: list[Sentence], rng: random.Random) -> list[list[Sentence]]:
    """Sentences of similar length together; the batches in a seeded random order."""
    order = sorted(sentences, key=lambda s: (len(s.words), rng.random()))
    cut = [order[i:i + BATCH] for i in range(0, len(order), BATCH)]
    rng.shuffle(cut)
    return cut


def tag(model: NER, vocabs: Vocabs, sentences: list[tuple[list[str], list[str]]],
        layer: str = "") -> list[list[str]]:
    """The torch model's tags of (words, slovnet's tags) sentences, for dev scores and the
    export test."""
    model.eval()
    found = []
    with torch.no_grad():
        for start in range(0, len(sentences), BATCH):
            chunk = [Sentence(words, {layer: ["O"] * len(words)}, slovnet)
                     for words, slovnet in sentences[start:start + BATCH]]
            word_id, shape_id, _, pad_mask = tensors(vocabs, chunk, layer)
            pred = model(word_id, shape_id, pad_mask)
            for ids in model.head.crf.decode(pred, ~pad_mask):
                found.append([vocabs.tags.decode(int(i)) for i in ids])
    return found


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    found, start, label = set(), None, None
    for i, tag in enumerate(tags + ["O"]):
        prefix, _, kind = tag.partition("-")
        if start is not None and (prefix != "I" or kind != label):
            found.add((start, i, label))
            start = None
        if prefix == "B" or (prefix == "I" and start is None):
            start, label = i, kind
    return found


def f1(gold: list[list[str]], pred: list[list[str]]) -> float:
    right = wanted = got = 0
    for g, p in zip(gold, pred):
        a, b = spans(g), spans(p)
        right, wanted, got = right + len(a & b), wanted + len(a), got + len(b)
    return 2 * right / (wanted + got) if wanted + got else 0.0


def train_layer(navec: Navec, layer: str, labels: list[str], train: list[Sentence],
                dev: list[Sentence], seed: int, epochs: int) -> tuple[NER, Vocabs]:
    torch.manual_seed(seed)
    rng = random.Random(seed)
    vocabs = Vocabs(navec, labels)
    model = build(navec, vocabs)
    optimizer = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=LEARNING_RATE)
    schedule = torch.optim.lr_scheduler.ExponentialLR(optimizer, DECAY)
    for epoch in range(1, epochs + 1):
        model.train()
        started, total = time.time(), 0.0
        for batch in batches(train, rng):
            word_id, shape_id, tag_id, pad_mask = tensors(vocabs, batch, layer)
            optimizer.zero_grad()
            loss = model.head.crf(model(word_id, shape_id, pad_mask), tag_id, ~pad_mask)
            loss.backward()
            optimizer.step()
            total += loss.item()
        schedule.step()
        score = f"dev F1 {f1([s.tags[layer] for s in dev], tag(model, vocabs, [(s.words, s.slovnet) for s in dev], layer)):.3f}" \
            if dev else ""
        print(f"{layer} epoch {epoch}: loss {total:.1f} {score} ({time.time() - started:.0f} s)", flush=True)
    model.eval()
    return model, vocabs


def export(model: NER, vocabs: Vocabs, path: Path, name: str) -> None:
    """slovnet's numpy pack without the navec table (the pipeline injects natasha's)."""
    executable = model.to_exec().strip_navec()
    arrays, executable = executable.separate_arrays()
    with DumpPack(str(path)) as pack:
        pack.dump_meta(Meta(name))
        pack.dump_model(executable)
        pack.dump_arrays(arrays)
        for vocab, kind in ((vocabs.words, WORD), (vocabs.shapes, SHAPE), (vocabs.tags, TAG)):
            pack.write(vocab_bytes(vocab.items), vocab_name(kind))


def vocab_bytes(items: list[str]) -> bytes:
    """slovnet's `vocab_bytes` with the gzip header's time set to zero, so that `make train`
    writes the same bytes on every run (slovnet's stamps the time of the export)."""
    return gzip.compress("\n".join(items).encode("utf8"), mtime=0)


def trained_state(model: NER) -> dict:
    """The torch weights without natasha's navec table, for the export test (`load_state`)."""
    return {key: value for key, value in model.state_dict().items() if not key.startswith(NAVEC_KEYS)}


def load_state(model: NER, state: dict) -> NER:
    model.load_state_dict(state, strict=False)
    return model.eval()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m letopis.tagger.train", description=__doc__.split("\n\n")[0])
    parser.add_argument("nerel", type=Path, help="NEREL train folder (NAME.txt + NAME.ann)")
    parser.add_argument("-o", "--output", type=Path, required=True, help="folder for LAYER.tar and LAYER.pt")
    parser.add_argument("--dev", type=Path, help="NEREL dev, to print each epoch's F1")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--layers", nargs="*", help="only these layers")
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args(argv)
    torch.set_num_threads(args.threads)
    navec = Navec.load(NEWS_EMBEDDING)
    train = list(nerel_sentences(args.nerel))
    dev = list(nerel_sentences(args.dev)) if args.dev else []
    args.output.mkdir(parents=True, exist_ok=True)
    for layer, labels in layers().items():
        if args.layers and layer not in args.layers:
            continue
        model, vocabs = train_layer(navec, layer, labels, train, dev, args.seed, args.epochs)
        export(model, vocabs, args.output / Path(layer_file(layer)).name, f"letopis_nerel_{layer}")
        torch.save(trained_state(model), args.output / f"{layer}.pt")


if __name__ == "__main__":
    main()
