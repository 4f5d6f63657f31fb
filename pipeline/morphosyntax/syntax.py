"""slovnet dependency parsing: heads and relations, repaired into one tree per sentence.

slovnet picks every head by argmax, which now and then yields a cycle or a
second root; spaCy needs a tree, so such tokens are attached to the root.

slovnet scores every pair of words, with nothing that keeps a head near its dependent, so in a
long period of memoir prose (a chronicle strings a dozen `что ...;` clauses into one sentence)
it hangs words on verbs a hundred words away. A sentence longer than `LONG` words is
therefore parsed clause by clause, cut after each `;`, and the root of every later clause hangs
on the first clause's root as `parataxis`, as UD attaches clauses a semicolon joins.
"""
from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc, Token

from letopis.morphosyntax import repairs
from letopis.morphosyntax.batching import BatchComponent, model_chunks, run_sorted
from letopis.morphosyntax.slovnet_exec import syntax
from letopis.morphosyntax.slovnet_models import syntax_model

ROOT = "root"
LONG = 40  # words: a longer sentence is parsed clause by clause
CLAUSE_END = ";"
CLAUSE_LINK = "parataxis"


def repair_tree(heads: list[int]) -> list[int]:
    """Heads (0-based, -1 for root) made into a single rooted tree."""
    roots = [i for i, head in enumerate(heads) if head < 0 or head >= len(heads) or head == i]
    root = roots[0] if roots else 0
    heads = [root if (i != root and i in roots) else head for i, head in enumerate(heads)]
    heads[root] = -1
    for start in range(len(heads)):
        seen = set()
        node = start
        while node != -1 and node not in seen:
            seen.add(node)
            node = heads[node]
        if node != -1:  # walked into a cycle: cut it at the node we came back to
            heads[node] = root
    return heads


class SyntaxParser(BatchComponent):
    def __init__(self) -> None:
        self.model = syntax_model()
        self.rels = self.model.infer.decoder.rels_vocab

    def predict(self, words: list[list[str]]):
        for sentence, (head_ids, rel_ids) in zip(words, syntax(self.model, words)):
            size = min(len(sentence), len(head_ids))  # as slovnet's `SyntaxMarkup` pairs them
            yield (head_ids[:size] - 1).tolist(), [self.rels.decode(rel) for rel in rel_ids[:size].tolist()]

    def process(self, docs: list[Doc]) -> None:
        chunks = [clause for chunk in model_chunks(docs) for clause in clauses(chunk)]
        heads: dict[int, dict[int, tuple[int, str]]] = {}
        first_roots: dict[tuple[int, int], int] = {}  # (doc, sentence start) → its first clause's root
        predicted = run_sorted(self.predict, chunks)
        for tokens, (parsed, rels) in zip(chunks, predicted):
            doc_heads = heads.setdefault(id(tokens[0].doc), {})
            for token, head, rel in zip(tokens, repair_tree(parsed), rels):
                target = token.i if head < 0 else tokens[head].i
                doc_heads[token.i] = (target, ROOT if head < 0 else rel)
                if head < 0:
                    first = first_roots.setdefault((id(token.doc), token.sent.start), token.i)
                    if first != token.i:
                        doc_heads[token.i] = (first, CLAUSE_LINK)
        for doc in docs:
            found = heads.get(id(doc), {})
            repairs.repair_tree(doc, found)
            nearer_conjunct(doc, found)
            set_tree(doc, found)


CORE = ("obj", "iobj")


def nearer_conjunct(doc: Doc, heads: dict[int, tuple[int, str]]) -> None:
    """An object written after the second of two conjoined verbs is that verb's, not the first's
    (`Он сел и рассказал брату новость`: slovnet now and then hangs `брату` or `новость` on `сел`
    across `рассказал`). A direct or indirect object of a verb H that comes after a verb V
    conjoined to H (`conj`, between them) with no other verb between V and it, and of a relation V
    has no dependent of yet, is moved to V. An object before V, or one V already has, stays."""
    dependents: dict[int, list[tuple[int, str]]] = {}
    for i, (head, rel) in heads.items():
        dependents.setdefault(head, []).append((i, rel))
    for i, (head, rel) in sorted(heads.items()):
        if rel not in CORE or head >= i or doc[head].pos_ != "VERB":
            continue
        conjuncts = [j for j, kind in dependents.get(head, ()) if kind == "conj" and head < j < i
                     and doc[j].pos_ == "VERB"]
        if not conjuncts:
            continue
        verb = max(conjuncts)
        if any(doc[k].pos_ in ("VERB", "AUX") for k in range(verb + 1, i)):
            continue
        if any(kind == rel for _, kind in dependents.get(verb, ())):
            continue
        heads[i] = (verb, rel)
        dependents[head].remove((i, rel))
        dependents.setdefault(verb, []).append((i, rel))


def clauses(tokens: list[Token]) -> list[list[Token]]:
    """A long sentence's words cut after each `;` (`LONG`); a short one whole."""
    if len(tokens) <= LONG:
        return [tokens]
    found, start = [], 0
    for n, token in enumerate(tokens[:-1]):
        if token.text == CLAUSE_END:
            found.append(tokens[start:n + 1])
            start = n + 1
    found.append(tokens[start:])
    return found


def set_tree(doc: Doc, heads: dict[int, tuple[int, str]]) -> None:
    """Write heads into the Doc; whitespace tokens hang on a neighbouring word."""
    if not len(doc):
        return
    length = len(doc)
    offsets, deps = [0] * length, [0] * length
    labels: dict[str, int] = {}  # relation → its hash in the string store
    add = doc.vocab.strings.add
    for i in range(length):
        found = heads.get(i)
        if found is not None:
            head, rel = found
        else:
            head = i - 1 if i > 0 else min(i + 1, length - 1)
            rel = "dep" if head != i else ROOT
        offsets[i] = head - i
        deps[i] = labels[rel] if rel in labels else labels.setdefault(rel, add(rel))
    array = numpy.empty((length, 2), dtype="uint64")
    array[:, 0] = numpy.array(offsets, dtype="int64").astype("uint64")  # spaCy stores the offset unsigned
    array[:, 1] = numpy.array(deps, dtype="uint64")
    doc.from_array([HEAD, DEP], array)


@Language.factory("letopis_syntax", assigns=["token.dep", "token.head"])
def create_syntax(nlp: Language, name: str) -> SyntaxParser:
    return SyntaxParser()
