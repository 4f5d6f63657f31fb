"""slovnet morphology: UPOS and Universal Dependencies features on every token."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from letopis.morphosyntax.batching import BatchComponent, model_chunks, run_sorted
from letopis.morphosyntax.slovnet_models import morph_model

SPACE = "SPACE"


def format_feats(feats: dict[str, str]) -> str:
    return "|".join(f"{key}={feats[key]}" for key in sorted(feats))


class MorphTagger(BatchComponent):
    def __init__(self) -> None:
        self.model = morph_model()

    def process(self, docs: list[Doc]) -> None:
        chunks = model_chunks(docs)
        for tokens, markup in zip(chunks, run_sorted(self.model.map, chunks)):
            for token, tagged in zip(tokens, markup.tokens):
                token.pos_ = tagged.pos
                token.tag_ = tagged.pos
                token.set_morph(format_feats(tagged.feats) or None)
        for doc in docs:
            for token in doc:
                if token.is_space:
                    token.pos_ = SPACE
                    token.tag_ = SPACE


@Language.factory("letopis_morph", assigns=["token.pos", "token.morph"])
def create_morph(nlp: Language, name: str) -> MorphTagger:
    return MorphTagger()
