"""slovnet morphology: UPOS and Universal Dependencies features on every token."""
from __future__ import annotations

from functools import lru_cache

from slovnet.conll import parse_conll_tag
from spacy.language import Language
from spacy.tokens import Doc

from letopis.morphosyntax.batching import BatchComponent, model_chunks, run_sorted
from letopis.morphosyntax.slovnet_exec import tag_ids
from letopis.morphosyntax.slovnet_models import morph_model

SPACE = "SPACE"


def format_feats(feats: dict[str, str]) -> str:
    return "|".join(f"{key}={feats[key]}" for key in sorted(feats))


class MorphTagger(BatchComponent):
    def __init__(self) -> None:
        self.model = morph_model()
        self.tag = lru_cache(maxsize=None)(self._tag)  # slovnet's tags are a fixed list

    def _tag(self, tag_id: int) -> tuple[str, str | None]:
        """(UPOS, features) of one of slovnet's tags, as `MorphMarkup` parses it."""
        pos, feats = parse_conll_tag(self.model.infer.decoder.tags_vocab.decode(tag_id))
        return pos, format_feats(feats) or None

    def predict(self, words: list[list[str]]):
        return tag_ids(self.model, words)

    def process(self, docs: list[Doc]) -> None:
        chunks = model_chunks(docs)
        tag = self.tag
        for tokens, ids in zip(chunks, run_sorted(self.predict, chunks)):
            for token, tag_id in zip(tokens, ids.tolist()):
                pos, feats = tag(tag_id)
                token.pos_ = pos
                token.tag_ = pos
                token.set_morph(feats)
        for doc in docs:
            for token in doc:
                if token.is_space:
                    token.pos_ = SPACE
                    token.tag_ = SPACE


@Language.factory("letopis_morph", assigns=["token.pos", "token.morph"])
def create_morph(nlp: Language, name: str) -> MorphTagger:
    return MorphTagger()
