"""slovnet morphology: UPOS and Universal Dependencies features on every token."""
from __future__ import annotations

from functools import lru_cache

import numpy
from slovnet.conll import parse_conll_tag
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.parts_of_speech import IDS
from spacy.tokens import Doc, MorphAnalysis, Token
from spacy.vocab import Vocab

from letopis.morphosyntax.batching import BatchComponent, model_chunks, run_sorted
from letopis.morphosyntax.lemma import PROPER, analyzer, parses
from letopis.morphosyntax.repairs import repair_tags
from letopis.morphosyntax.slovnet_exec import tag_ids
from letopis.morphosyntax.slovnet_models import morph_model
from letopis.words import model_word

SPACE = "SPACE"
# pymorphy3's parts of speech of a verb form: finite, infinitive, short participle (not the gerund:
# slovnet knows no old gerund, `услыша`, and reads it in lowercase as a noun)
VERB_FORMS = frozenset({"VERB", "INFN", "PRTS"})


@lru_cache(maxsize=20_000)
def verb_only(word: str) -> bool:
    """The dictionary's likeliest reading of a lowercase word is a verb form and none of its
    readings is a proper name (`учился`, `окончила`, `жил`; not `пил`, also a first name)."""
    readings = parses(word)
    return (bool(readings) and analyzer().word_is_known(word) and readings[0].tag.POS in VERB_FORMS
            and not any(PROPER & parse.tag.grammemes for parse in readings))


def shown_words(tokens: list[Token]) -> list[str]:
    """The words the morphology tagger sees of a sentence: each token's `model_word`, but the
    sentence's first word in lowercase when it is capitalised only for opening the sentence and
    the dictionary reads it as a verb. slovnet takes a capital as a cue for a name and tags a
    sentence that opens on its verb, as narration and reference books write them (`Учился в
    гимназии.`, `Окончила курсы.`), PROPN or ADJ; the Doc keeps the text as written."""
    words = [model_word(token) for token in tokens]
    if not tokens or not tokens[0].is_sent_start:
        return words
    for n, word in enumerate(words):
        if any(char.isalpha() for char in word):
            if len(word) > 1 and word.istitle() and verb_only(word.lower()):
                words[n] = word.lower()
            break
    return words


def format_feats(feats: dict[str, str]) -> str:
    return "|".join(f"{key}={feats[key]}" for key in sorted(feats))


class MorphTagger(BatchComponent):
    def __init__(self) -> None:
        self.model = morph_model()
        self.vocab: Vocab | None = None
        self.tags: dict[int, tuple[int, int, MorphAnalysis | None]] = {}  # slovnet's tags are a fixed list

    def tag(self, tag_id: int, vocab: Vocab) -> tuple[int, int, MorphAnalysis | None]:
        """(UPOS id, tag hash, features) of one of slovnet's tags, as `MorphMarkup` parses it
        and `token.pos_`, `token.tag_` and `token.set_morph` would store it."""
        if vocab is not self.vocab:
            self.vocab, self.tags = vocab, {}
        found = self.tags.get(tag_id)
        if found is None:
            pos, feats = parse_conll_tag(self.model.infer.decoder.tags_vocab.decode(tag_id))
            if pos not in IDS:
                raise ValueError(f"slovnet gave an unknown part of speech: {pos}")
            text = format_feats(feats)
            found = self.tags[tag_id] = (IDS[pos], vocab.strings.add(pos), MorphAnalysis(vocab, text) if text else None)
        return found

    def predict(self, words: list[list[str]]):
        return tag_ids(self.model, words)

    def process(self, docs: list[Doc]) -> None:
        chunks = model_chunks(docs)
        predicted = run_sorted(self.predict, chunks, shown_words)
        for tokens, ids in zip(chunks, predicted):
            vocab = tokens[0].doc.vocab
            for token, tag_id in zip(tokens, ids.tolist()):
                token.pos, token.tag, feats = self.tag(tag_id, vocab)
                token.set_morph(feats)
            repair_tags(tokens, [model_word(token) for token in tokens])
        for doc in docs:
            if not len(doc):
                continue
            space, tag = IDS[SPACE], doc.vocab.strings.add(SPACE)
            for i in numpy.flatnonzero(doc.to_array(IS_SPACE)).tolist():
                doc[i].pos, doc[i].tag = space, tag


@Language.factory("letopis_morph", assigns=["token.pos", "token.morph"])
def create_morph(nlp: Language, name: str) -> MorphTagger:
    return MorphTagger()
