"""Every figure of the report, computed the same way for the pipeline and for the baseline.

Mentions are aligned one to one (exact spans first, then overlapping ones for the partial
scores). A gold mention marked `outer: false` (nested inside a gold mention of its type, as in
NEREL) is not needed for recall, and a prediction matched to it is not spurious; for the partial
scores such a prediction goes to the outer mention it overlaps when that one is left unmatched.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Iterable

from letopis.labels import EVENT, PER, ROLE_CLASS
from letopis.words import STRESS_MARKS
from letopis.evaluate.documents import Document, Record

Pair = tuple[Record, Record]


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    def figures(self, prefix: str) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {f"{prefix}p": p, f"{prefix}r": r, f"{prefix}f1": f1,
                f"{prefix}tp": self.tp, f"{prefix}fp": self.fp, f"{prefix}fn": self.fn}


@dataclass
class Alignment:
    pairs: list[Pair] = field(default_factory=list)
    missed: list[Record] = field(default_factory=list)
    spurious: list[Record] = field(default_factory=list)

    def counts(self) -> Counts:
        tp = sum(1 for gold, _ in self.pairs if gold.get("outer", True))
        return Counts(tp, len(self.spurious), len(self.missed))


def span(record: Record) -> tuple[int, int]:
    trigger = record.get("trigger")
    return (trigger["start"], trigger["end"]) if trigger else (record["start"], record["end"])


def exact(a: Record, b: Record) -> bool:
    return span(a) == span(b)


def overlap(a: Record, b: Record) -> bool:
    (s1, e1), (s2, e2) = span(a), span(b)
    return s1 < e2 and s2 < e1


def align(gold: list[Record], pred: list[Record], same: Callable[[Record, Record], bool],
          relaxed: bool = False) -> Alignment:
    """One-to-one pairs of compatible mentions: exact spans first, then overlaps if relaxed."""
    result = Alignment()
    free, pending = list(gold), list(pred)
    for test in ([exact, overlap] if relaxed else [exact]):
        waiting = []
        for p in pending:
            match = next((g for g in free if test(g, p) and same(g, p)), None)
            if match is None:
                waiting.append(p)
            else:
                free.remove(match)
                result.pairs.append((match, p))
        pending = waiting
    if relaxed:
        promote_to_outer(result.pairs, free, same)
    result.spurious = pending
    result.missed = [g for g in free if g.get("outer", True)]
    return result


def promote_to_outer(pairs: list[Pair], free: list[Record], same: Callable[[Record, Record], bool]) -> None:
    """A prediction matched to a nested gold mention (`outer: false`, which recall does not need)
    that also overlaps a still unmatched outer mention is that mention's relaxed match: NEREL marks
    an event noun inside its phrase (`забастовки` in `всеобщей забастовки`), and a prediction of the
    head word alone overlaps the outer mention as any other relaxed match does, rather than leaving it
    missed because the exact pass met the inner one first. Pairs and `free` are changed in place."""
    for index, (gold, pred) in enumerate(pairs):
        if gold.get("outer", True):
            continue
        outer = next((g for g in free if g.get("outer", True) and overlap(g, pred) and same(g, pred)), None)
        if outer is not None:
            free.remove(outer)
            free.append(gold)
            pairs[index] = (outer, pred)


def same_type(a: Record, b: Record) -> bool:
    return a.get("type") == b.get("type")


def anything(a: Record, b: Record) -> bool:
    return True


def plain_lemma(lemma: str) -> str:
    """Lemmas compare lowercase, with ё as е and stress marks removed."""
    return unicodedata.normalize("NFC", lemma).lower().replace("ё", "е").translate(STRESS_MARKS)


def b_cubed(pairs: list[Pair]) -> float:
    """B-cubed F1 of the predicted clusters over matched mentions (no cluster: a singleton)."""
    if not pairs:
        return 0.0
    gold = [g.get("cluster") or f"g{n}" for n, (g, _) in enumerate(pairs)]
    pred = [p.get("cluster") or f"p{n}" for n, (_, p) in enumerate(pairs)]
    precision = recall = 0.0
    for i in range(len(pairs)):
        same_gold = {j for j in range(len(pairs)) if gold[j] == gold[i]}
        same_pred = {j for j in range(len(pairs)) if pred[j] == pred[i]}
        both = len(same_gold & same_pred)
        precision += both / len(same_pred)
        recall += both / len(same_gold)
    precision, recall = precision / len(pairs), recall / len(pairs)
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def accuracy(pairs: Iterable[Pair], key: Callable[[Record], Any]) -> tuple[float, int, int]:
    pairs = list(pairs)
    right = sum(1 for g, p in pairs if key(g) == key(p))
    return (right / len(pairs) if pairs else 0.0), right, len(pairs)


@dataclass
class Errors:
    """Missed and spurious items, per layer, for the report's lists."""
    items: list[Record] = field(default_factory=list)

    def add(self, doc: Document, layer: str, kind: str, record: Record, note: str = "") -> None:
        start, end = span(record)
        self.items.append({"doc": doc.name, "layer": layer, "kind": kind, "start": start, "end": end,
                           "text": doc.text[start:end], "type": record.get("type", ""),
                           "note": note, "sentence": sentence(doc, start, end)})

    def alignment(self, doc: Document, layer: str, found: Alignment, what: str = "") -> None:
        for record in found.missed:
            self.add(doc, layer, "missed" + what, record)
        for record in found.spurious:
            self.add(doc, layer, "spurious" + what, record)


def sentence(doc: Document, start: int, end: int) -> str:
    """The sentence around a span: by the gold tokens' sentence numbers, else by punctuation."""
    number = next((t["sent"] for t in doc.tokens if t["start"] <= start < t["end"]), None)
    if number is not None:
        tokens = [t for t in doc.tokens if t["sent"] == number]
        return doc.text[tokens[0]["start"]:tokens[-1]["end"]]
    text = doc.text
    left = max(text.rfind(mark, 0, start) for mark in (". ", "! ", "? ", "\n")) + 1
    right = [i for i in (text.find(mark, end) for mark in (". ", "! ", "? ", "\n")) if i >= 0]
    return text[left:min(right) + 1 if right else len(text)].strip()


class Scorer:
    """Accumulates counts over documents; `figures()` gives the flat metric table."""

    def __init__(self, with_tokens: bool = True, event_types: frozenset[str] | None = None,
                 inferred_scored: bool = True):
        """`event_types`: the predicted event types the gold's notion of an event covers; events
        of those types are also scored on their own (`events.covered_*`). `inferred_scored`:
        whether the gold annotates inferred times (the date in force, `inferred: true`); when it
        does not (NEREL, the seed), predicted inferred times are left out of every argument
        figure and only counted (`events.inferred_left_out_n`): see `inferred_policy`."""
        self.with_tokens = with_tokens
        self.event_types = event_types
        self.inferred_scored = inferred_scored
        self.left_out = 0
        self.events_scored = False  # whether any gold document annotates events
        self.counts: dict[str, Counts] = {}
        self.accuracy: dict[str, list[int]] = {}
        self.cluster_pairs: list[list[Pair]] = []
        self.persons = ClusterScores()
        self.errors = Errors()

    def count(self, key: str, counts: Counts) -> None:
        self.counts.setdefault(key, Counts()).add(counts)

    def right(self, key: str, right: int, total: int) -> None:
        pair = self.accuracy.setdefault(key, [0, 0])
        pair[0] += right
        pair[1] += total

    def document(self, gold: Document, pred: Document) -> None:
        if self.with_tokens and gold.has_tokens:
            self.tokens(gold, pred)
        if gold.annotates("entities"):
            self.entities(gold, pred)
        if gold.annotates("dates"):
            self.dates(gold, pred)
        if gold.annotates("events"):
            self.events(gold, pred)
        if gold.mentions and gold.annotates("mentions"):
            self.mentions(gold, pred)

    def mentions(self, gold: Document, pred: Document) -> None:
        """Pronoun and zero-subject mentions: found (span), linked (cluster right), and the person
        clusters of names and mentions together (B-cubed, MUC)."""
        found = align(gold.mentions, pred.mentions, anything)
        self.count("mentions.", found.counts())
        people = People(gold, pred)
        at = {span(p): p for p in pred.mentions}
        for g in gold.mentions:
            if g.get("cluster") is None:
                continue
            right = people.right(g["cluster"], at.get(span(g), {}).get("cluster"))
            self.right("mentions.link_acc", right, 1)
            self.right(f"mentions.{g.get('kind')}_link_acc", right, 1)
            if not right:
                self.errors.add(gold, "mentions", "wrong link", g, f"{g.get('kind')} of {people.gold_name(g['cluster'])}")
        self.persons.add(gold, pred)
        self.errors.alignment(gold, "mentions", found)

    def tokens(self, gold: Document, pred: Document) -> None:
        found = align(gold.tokens, pred.tokens, anything)
        self.count("tokens.", found.counts())
        _, right, total = accuracy(found.pairs, lambda t: plain_lemma(t["lemma"]))
        self.right("lemma.acc", right, total)
        _, right, total = accuracy(found.pairs, lambda t: t["pos"])
        self.right("upos.acc", right, total)

    def entities(self, gold: Document, pred: Document) -> None:
        strict = align(gold.entities, pred.entities, same_type)
        self.count("entities.", strict.counts())
        self.count("entities.partial_", align(gold.entities, pred.entities, same_type, relaxed=True).counts())
        for type in sorted({e["type"] for e in gold.entities + pred.entities}):
            def of_type(records: list[Record]) -> list[Record]:
                return [r for r in records if r["type"] == type]
            self.count(f"entities.{type}.", align(of_type(gold.entities), of_type(pred.entities), same_type).counts())
            self.count(f"entities.{type}.partial_",
                       align(of_type(gold.entities), of_type(pred.entities), same_type, relaxed=True).counts())
        with_normal = [(g, p) for g, p in strict.pairs if g.get("normal")]
        _, right, total = accuracy(with_normal, lambda e: e.get("normal"))
        self.right("normal.acc", right, total)
        for g, p in with_normal:
            if g.get("normal") != p.get("normal"):
                self.errors.add(gold, "entities", "wrong normal", p, f"{p.get('normal')} ≠ {g['normal']}")
        if any(g.get("cluster") for g in gold.entities):
            self.cluster_pairs.append([(g, p) for g, p in strict.pairs if g["type"] == PER])
        self.errors.alignment(gold, "entities", strict)

    def dates(self, gold: Document, pred: Document) -> None:
        strict = align(gold.dates, pred.dates, anything)
        self.count("dates.", strict.counts())
        self.count("dates.partial_", align(gold.dates, pred.dates, anything, relaxed=True).counts())
        if any("value" in g for g in gold.dates):
            for key in ("value", "mod"):
                _, right, total = accuracy(strict.pairs, lambda d: d.get(key))
                self.right(f"dates.{key}_acc", right, total)
            for g, p in strict.pairs:
                if (g.get("value"), g.get("mod")) != (p.get("value"), p.get("mod")):
                    self.errors.add(gold, "dates", "wrong value", p,
                                    f"{p.get('value')} {p.get('mod') or ''} ≠ {g.get('value')} {g.get('mod') or ''}")
        self.errors.alignment(gold, "dates", strict)

    def events(self, gold: Document, pred: Document) -> None:
        self.events_scored = True
        if not self.inferred_scored:
            self.left_out += sum(1 for e in pred.events for a in e.get("args", []) if a.get("inferred"))
            pred = replace(pred, events=[dict(e, args=[a for a in e.get("args", []) if not a.get("inferred")])
                                         for e in pred.events])
        self.event_layer("events.", gold, pred, pred.events, self.errors)
        if any(g["type"] != EVENT for g in gold.events):  # NEREL's triggers are untyped
            self.count("events.typed_", align(gold.events, pred.events, same_type).counts())
        if self.event_types is not None:
            covered = [e for e in pred.events if e["type"] in self.event_types]
            self.event_layer("events.covered_", gold, pred, covered, None)

    def event_layer(self, prefix: str, gold: Document, pred_doc: Document, pred: list[Record],
                    errors: Errors | None) -> None:
        strict = align(gold.events, pred, anything)
        relaxed = align(gold.events, pred, anything, relaxed=True)
        self.count(prefix + "trigger_", strict.counts())
        self.count(prefix + "trigger_partial_", relaxed.counts())
        self.count(prefix + "arg_", arguments(gold, pred_doc, strict, exact, errors))
        self.count(prefix + "arg_partial_", arguments(gold, pred_doc, relaxed, overlap, None))
        if self.inferred_scored:
            self.count(prefix + "inferred_time_", inferred_times(strict))
        if errors:
            errors.alignment(gold, "events", strict, " trigger")

    def figures(self) -> dict[str, float]:
        table: dict[str, float] = {}
        for key, counts in sorted(self.counts.items()):
            if key.endswith("inferred_time_") and not (counts.tp or counts.fp or counts.fn):
                continue  # no inferred time on either side: nothing to report
            table.update(counts.figures(key))
        for key, (right, total) in sorted(self.accuracy.items()):
            if total:
                table[key] = right / total
                table[f"{key}_n"] = total
        pairs = [pair for doc in self.cluster_pairs for pair in doc]
        if pairs:
            table["clusters.b3_f1"] = sum(b_cubed(doc) * len(doc) for doc in self.cluster_pairs) / len(pairs)
        table.update(self.persons.figures())
        if not self.inferred_scored and self.events_scored:
            table["events.inferred_left_out_n"] = self.left_out
        return table


def inferred_policy(gold: Iterable[Document], chosen: str = "auto") -> bool:
    """Whether inferred times count in the argument figures: with `auto`, when the gold set
    annotates them, that is when any of its documents has an inferred argument (the memoir set,
    GUIDELINES 8.4: a document without a date in force has none to annotate); a gold that never
    annotates them (NEREL, the seed) would count every right inferred time as spurious, so they
    are left out there and counted on their own. `count` scores them whatever the gold (the
    figures before this policy); `leave-out` never does."""
    if chosen != "auto":
        return chosen == "count"
    return any(a.get("inferred") for doc in gold for e in doc.events for a in e.get("args", []))


def arguments(gold: Document, pred: Document, triggers: Alignment,
              same_span: Callable[[Record, Record], bool], errors: Errors | None) -> Counts:
    """Arguments of matched triggers agree in role class and span; a pronoun, on either side,
    may stand for any mention of its antecedent's cluster (`coref`); a gold pronoun or
    zero-subject mention (memoir gold) is matched by any predicted argument whose person cluster
    is right for its cluster (`People.right`), whatever its span."""
    counts = Counts()
    alternatives, named = coreferent_spans(gold), coreferent_spans(pred)
    people = People(gold, pred)

    def same(a: Record, arg: Record) -> bool:
        cluster = people.gold_cluster(a)
        if cluster is not None and people.is_mention(a):  # a pronoun or zero subject: its cluster decides
            return people.right(cluster, people.pred_cluster(arg))
        return (same_span(a, arg) or span(arg) in alternatives.get(id(a), ())
                or any(same_span(a, {"start": s, "end": e}) for s, e in named.get(id(arg), ())))

    for g, p in triggers.pairs:
        free = list(g.get("args", []))
        for arg in p.get("args", []):
            match = next((a for a in free if ROLE_CLASS.get(a["role"]) == ROLE_CLASS.get(arg["role"])
                          and same(a, arg)), None)
            if match is None:
                counts.fp += 1
                if errors:
                    errors.add(gold, "arguments", "spurious", arg, f"{arg['role']} of «{p['trigger']['text']}»")
            else:
                free.remove(match)
                counts.tp += 1
        counts.fn += len(free)
        if errors:
            for arg in free:
                errors.add(gold, "arguments", "missed", arg, f"{arg['role']} of «{g['trigger']['text']}»")
    counts.fn += sum(len(g.get("args", [])) for g in triggers.missed)
    counts.fp += sum(len(p.get("args", [])) for p in triggers.spurious)
    return counts


def coreferent_spans(doc: Document) -> dict[int, set[tuple[int, int]]]:
    """For each pronoun argument, the spans of every mention of its antecedents' clusters."""
    by_id = {e["id"]: e for e in doc.entities}
    by_cluster: dict[str, set[tuple[int, int]]] = {}
    for e in doc.entities:
        if e.get("cluster"):
            by_cluster.setdefault(e["cluster"], set()).add(span(e))
    found = {}
    for event in doc.events:
        for arg in event.get("args", []):
            spans = set()
            for ref in (arg.get("coref") or "").split():
                if ref in by_id:
                    antecedent = by_id[ref]
                    spans |= by_cluster.get(antecedent.get("cluster"), {span(antecedent)})
            if spans:
                found[id(arg)] = spans
    return found


def inferred_times(triggers: Alignment) -> Counts:
    """Time arguments the clause does not give (`inferred`): a gold one is found when the matched
    predicted event has a time argument at its span; a predicted inferred time is spurious when
    the gold event has no time argument there."""
    counts = Counts()
    for g, p in triggers.pairs:
        gold_times = {span(a) for a in g.get("args", []) if a["role"] == "time"}
        pred_times = {span(a) for a in p.get("args", []) if a["role"] == "time"}
        for a in g.get("args", []):
            if a.get("inferred"):
                if span(a) in pred_times:
                    counts.tp += 1
                else:
                    counts.fn += 1
        counts.fp += sum(1 for a in p.get("args", []) if a.get("inferred") and span(a) not in gold_times)
    counts.fn += sum(1 for g in triggers.missed for a in g.get("args", []) if a.get("inferred"))
    counts.fp += sum(1 for p in triggers.spurious for a in p.get("args", []) if a.get("inferred"))
    return counts


class People:
    """Person clusters of a gold and a predicted document, for the rule shared by mentions and
    arguments: a predicted cluster is right for a gold cluster when it holds a named (PER entity)
    mention whose span is a gold name of that cluster."""

    def __init__(self, gold: Document, pred: Document):
        self.gold, self.pred = gold, pred
        self.gold_names: dict[str, set[tuple[int, int]]] = {}
        for e in gold.entities:
            if e.get("type") == PER and e.get("cluster"):
                self.gold_names.setdefault(e["cluster"], set()).add(span(e))
        self.pred_names: dict[str, set[tuple[int, int]]] = {}
        for e in pred.entities:
            if e.get("type") == PER and e.get("cluster"):
                self.pred_names.setdefault(e["cluster"], set()).add(span(e))
        self.gold_ids = {r["id"]: r for r in gold.entities + gold.mentions if "id" in r}
        self.pred_ids = {r["id"]: r for r in pred.entities + pred.mentions if "id" in r}
        self.gold_mention_ids = {m["id"] for m in gold.mentions if "id" in m}

    def right(self, gold_cluster: str | None, pred_cluster: str | None) -> bool:
        if gold_cluster is None or pred_cluster is None:
            return False
        return bool(self.pred_names.get(pred_cluster, set()) & self.gold_names.get(gold_cluster, set()))

    def gold_name(self, cluster: str) -> str:
        names = sorted(self.gold_names.get(cluster, ()))
        return self.gold.text[names[0][0]:names[0][1]] if names else cluster

    def is_mention(self, arg: Record) -> bool:
        return arg.get("ref") in self.gold_mention_ids

    @staticmethod
    def cluster_of(arg: Record, ids: dict[str, Record]) -> str | None:
        """An argument's person cluster: its own `cluster`, else its mention's, else its antecedent's."""
        if arg.get("cluster"):
            return arg["cluster"]
        if arg.get("ref") in ids and ids[arg["ref"]].get("cluster"):
            record = ids[arg["ref"]]
            return record["cluster"] if record.get("type", PER) == PER else None
        for ref in (arg.get("coref") or "").split():
            if ref in ids and ids[ref].get("cluster"):
                return ids[ref]["cluster"]
        return None

    def gold_cluster(self, arg: Record) -> str | None:
        return self.cluster_of(arg, self.gold_ids)

    def pred_cluster(self, arg: Record) -> str | None:
        return self.cluster_of(arg, self.pred_ids)


def person_mentions(doc: Document) -> dict[tuple[int, int], str | None]:
    """Span → person cluster of every PER name and every pronoun or zero mention."""
    found = {span(e): e.get("cluster") for e in doc.entities if e.get("type") == PER}
    found.update({span(m): m.get("cluster") for m in doc.mentions})
    return found


def cluster_alignment(gold: Document, pred: Document) -> dict[tuple[int, int], tuple[str, str]]:
    """The person mentions scored, span → (gold cluster, predicted cluster), in text order: those
    in a named gold cluster or a predicted cluster; a mention missing on one side is a singleton
    there (`gold-SPAN`, `pred-SPAN`). Gold mentions whose referent is unnamed (cluster null, as a
    group's `они`) are left out, with whatever is predicted at them. The figures of
    `ClusterScores` and the lists of `benchmarks/person_clusters.py` read this one alignment."""
    g, p = person_mentions(gold), person_mentions(pred)
    unnamed = {s for s, c in g.items() if c is None}
    spans = sorted(s for s in set(g) | set(p) if s not in unnamed and (g.get(s) or p.get(s)))
    return {s: (g.get(s) or f"gold-{s}", p.get(s) or f"pred-{s}") for s in spans}


class ClusterScores:
    """B-cubed and MUC over all person mentions (names, pronouns, zero subjects), micro-averaged
    over documents. The mentions scored are those in a named gold cluster or a predicted
    cluster; a mention missing on one side is a singleton there. Gold mentions whose referent is
    unnamed (cluster null, as a group's `они`) are left out, with whatever is predicted at them."""

    def __init__(self):
        self.b3 = [0.0, 0.0, 0]   # precision sum, recall sum, mentions
        self.muc = [0, 0, 0, 0]   # recall numerator, denominator, precision numerator, denominator

    def add(self, gold: Document, pred: Document) -> None:
        key = cluster_alignment(gold, pred)
        if not key:
            return
        spans = list(key)
        gold_sets: dict[str, set] = {}
        pred_sets: dict[str, set] = {}
        for s, (gc, pc) in key.items():
            gold_sets.setdefault(gc, set()).add(s)
            pred_sets.setdefault(pc, set()).add(s)
        for s, (gc, pc) in key.items():
            both = len(gold_sets[gc] & pred_sets[pc])
            self.b3[0] += both / len(pred_sets[pc])
            self.b3[1] += both / len(gold_sets[gc])
        self.b3[2] += len(spans)
        for sets, other, at in ((gold_sets, pred_sets, 0), (pred_sets, gold_sets, 2)):
            owner = {s: c for c, members in other.items() for s in members}
            for members in sets.values():
                self.muc[at] += len(members) - len({owner[s] for s in members})
                self.muc[at + 1] += len(members) - 1

    def figures(self) -> dict[str, float]:
        if not self.b3[2]:
            return {}
        table = {}
        p, r = self.b3[0] / self.b3[2], self.b3[1] / self.b3[2]
        table.update({"persons.b3_p": p, "persons.b3_r": r,
                      "persons.b3_f1": 2 * p * r / (p + r) if p + r else 0.0, "persons.mentions_n": self.b3[2]})
        r = self.muc[0] / self.muc[1] if self.muc[1] else 0.0
        p = self.muc[2] / self.muc[3] if self.muc[3] else 0.0
        table.update({"persons.muc_p": p, "persons.muc_r": r, "persons.muc_f1": 2 * p * r / (p + r) if p + r else 0.0})
        return table
