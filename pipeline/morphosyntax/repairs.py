"""Small repairs of slovnet's tags and trees that the dictionary or the shape of the tree make sure.

slovnet was trained on news; on biographical and memoir prose it tags some verb forms as nouns or
adjectives, and then hangs them and their words as nouns. Each repair here is one named function,
general Russian, and measured on UD_Russian-Taiga dev (`benchmarks/ud_repairs.py` counts the tokens
each repair touches there and how many became right or wrong against the gold).

Tag repairs (the morphology stage, before lemmas: the lemma then follows the new tag):
- `old_instrumental`: the old long instrumental of a pronoun adjective the dictionary lacks
  (`всею душой`, `сею рукою`, `с которою`; `models/syntax/old_instrumentals.tsv`) becomes DET or
  PRON Case=Ins, not the verb (`всеять`, `сеять`) or guessed noun the dictionary reads;
- `short_participle`: a word every reading of which is a short passive participle (`сослан`,
  `арестованы`), tagged NOUN/PROPN/ADV, becomes VERB VerbForm=Part Variant=Short Voice=Pass;
- `gerund`: a word every reading of which is a gerund (`доложив`, `видя`), tagged no verb, becomes
  VERB VerbForm=Conv;
- `finite`: a word every reading of which is an indicative finite verb (`удавили`, `кланялся`),
  tagged no verb or a verb's other form (Inf, Conv, Part), becomes VERB VerbForm=Fin Mood=Ind with
  the dictionary's tense, aspect, number, gender and person. No tree repair follows it: the
  parser's tree stays, and coreference gives no unwritten subject to a finite verb still hung as
  a noun (`coref/mentions.py`, `hung_as_noun`).
- `infinitive`: a word every reading of which is an infinitive (`проведать`, `молотить`), tagged
  NOUN, ADJ, PROPN or ADV, becomes VERB VerbForm=Inf.

Tree repairs (the syntax stage, on the heads slovnet gave; the parser sees no tags, so a word the
tag repairs made a verb still hangs as a noun):
- `participle_conjunct`: `был арестован и сослан в край`: a short participle after `и` hung as a
  noun becomes the conjunct of the participle before `и`, its `nmod` words its `obl`;
- `gerund_clause`: `Доложив хозяину обо всём, приказчик ушёл`: a gerund hung as a modifier heads
  its phrase up to the comma, and hangs on the clause's finite verb as `advcl`;
- `clause_mark`: `повторяла, что слышала выстрел`: `что` labelled the object of a verb that has
  another object is the clause's `mark`;
- `subordinate_root`: `Сосед, узнав, что мост снесло, остался дома`: the verb of a `что`-clause
  slovnet made the root gives the place to the main verb hung on it as a second root.

`SKIP` names repairs left out (the benchmark measures each by turning it off); empty in use.
"""
from __future__ import annotations

from functools import lru_cache

import numpy
from spacy.attrs import LOWER, MORPH, POS
from spacy.parts_of_speech import IDS
from spacy.tokens import Doc, Span, Token

from letopis import ud
from letopis.morphosyntax.lemma import analyzer, common_readings, old_instrumentals, parses
from letopis.words import model_word, stressed

SKIP: set[str] = set()

NOMINAL_TAGS = frozenset({ud.NOUN, ud.ADJ, ud.PROPN, ud.ADV})
# tags a short participle is retagged from: not ADJ, which UD itself gives the short forms that
# say a state (`уверена`, `призван`, `распространены`: ADJ in UD Taiga's gold)
PARTICIPLE_FROM = frozenset({ud.NOUN, ud.PROPN, ud.ADV})


def readings_of(word: str) -> tuple:
    """pymorphy3's readings of a known word (proper names left out of a lowercase one); none of
    an unknown word, whose readings are guesses."""
    lowered = word.lower()
    if not any(char.isalpha() for char in lowered) or not analyzer().word_is_known(lowered):
        return ()
    readings = parses(lowered)
    return common_readings(readings) if word.islower() else readings


@lru_cache(maxsize=50_000)  # asked of every noun and adjective of a book: its words repeat
def only_reading(word: str, form: str):
    """The first reading of `word` when every reading of it is of the pymorphy3 part of speech
    `form` (`PRTS`, `GRND`); else None."""
    readings = readings_of(word)
    if readings and all(parse.tag.POS == form for parse in readings):
        return readings[0]
    return None


def sole_form(word: str) -> str | None:
    """The pymorphy3 part of speech of every reading of `word` when they all share one, else
    None: `only_reading(word, form)` is a reading just when `form` is this."""
    readings = readings_of(word)
    form = readings[0].tag.POS if readings else None
    return form if form is not None and all(parse.tag.POS == form for parse in readings) else None


def plain_capital(token: Token) -> bool:
    """Whether a capitalised word is capitalised only for opening its sentence: its first word,
    not tagged PROPN or animate (a person: `Серена Уильямс`, `Серена до встречи считалась ...`;
    the dictionary knows `серена` only as a participle of `серить`), and not followed by another
    capitalised word (a name's second part)."""
    if token.pos_ == ud.PROPN or token.morph.get(ud.ANIMACY) == ["Anim"]:
        return False
    return opens_sentence(token)


def opens_sentence(token: Token) -> bool:
    """Whether a capitalised word is its sentence's first, with no capitalised word after it (a
    name's second part): `Поработав в совете, он ...`, not the surname of `Иван Синев`."""
    if not token.is_sent_start:
        return False
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is None or not following.text[:1].isupper()


def short_participle(token: Token, word: str) -> dict[str, str] | None:
    """The UD features of a short passive participle the tagger took for a noun or an adverb
    (`в 1907 году был арестован и сослан в край`: `сослан` NOUN): every dictionary reading of
    the word is PRTS (a lowercase word's proper-name readings, the first name Сослан, left out).
    None when the tag is a verb's already or the word has another reading (`убит` is also the
    adjective `убитый`). A capitalised word only when `plain_capital`."""
    if token.pos_ not in PARTICIPLE_FROM:
        return None
    if not word.islower() and not plain_capital(token):
        return None
    parse = only_reading(word, "PRTS")
    if parse is None:
        return None
    feats = ud.ud_feats(parse.tag)
    feats.update({ud.VERBFORM: "Part", ud.VARIANT: "Short", ud.VOICE: "Pass", ud.TENSE: "Past"})
    return feats


def gerund(token: Token, word: str) -> dict[str, str] | None:
    """The UD features of a gerund the tagger took for another part of speech (`Доложив хозяину
    обо всём, приказчик ушёл`: `Доложив` ADJ): every dictionary reading of the word is GRND; not one tagged
    a verb already (slovnet's participle `acl` of a noun, `Сидоров, негодуя на свои убытки`, is
    what coreference reads the noun's reflexive by); a capitalised word only when it
    `opens_sentence` (`Синев` is a surname and the gerund of `синеть`). Voice is `Mid`
    for a reflexive gerund (`вернувшись`), `Act` otherwise, as UD writes them."""
    if token.pos_ in (ud.VERB, ud.AUX):
        return None  # a verb's tag stays (a gerund tagged a participle, `acl` of a noun, is one for coreference)
    if not word.islower() and not opens_sentence(token):
        return None  # a surname that is a gerund's form too (`Синев`, `синеть`)
    parse = only_reading(word, "GRND")
    if parse is None:
        return None
    feats = ud.ud_feats(parse.tag)
    feats[ud.VERBFORM] = "Conv"
    feats[ud.VOICE] = "Mid" if word.lower().endswith(("сь", "ся")) else "Act"
    return feats


# tags a finite verb is retagged from: a content word's, or a verb's other forms; not AUX (`был`
# is one in UD), nor a closed class's (a determiner, a pronoun, a particle: `бывало`)
FINITE_FROM = frozenset({ud.NOUN, ud.ADJ, ud.PROPN, ud.ADV, ud.VERB, ud.X, ud.INTJ})


def finite(token: Token, word: str) -> dict[str, str] | None:
    """The UD features of a finite verb the tagger took for another part of speech or another
    verb form (`Старик взмахнул рукой`: `взмахнул` ADJ; `пощадил` VerbForm=Inf): every
    dictionary reading of the word is an indicative finite verb (pymorphy3 `VERB` with `indc`:
    past, present or future; an imperative reading, `вели`, or any other, `пила`, `села`, leaves it
    alone). Not a word tagged AUX or a finite verb already; a capitalised word only when it
    `opens_sentence` (a name has its own reading). Mood, Tense, Aspect, Number, Gender, Person
    from the first reading; Voice `Mid` for a reflexive verb (`кланялся`), `Act` otherwise."""
    if token.pos_ not in FINITE_FROM:
        return None
    if token.pos_ == ud.VERB and token.morph.get(ud.VERBFORM) in (["Fin"], []):
        return None
    if not word.islower() and not opens_sentence(token):
        return None
    parse = only_reading(word, "VERB")
    if parse is None or not all("indc" in reading.tag.grammemes for reading in readings_of(word)):
        return None
    feats = ud.ud_feats(parse.tag)
    feats[ud.VERBFORM] = "Fin"
    feats[ud.VOICE] = "Mid" if word.lower().endswith(("сь", "ся")) else "Act"
    return feats


INFINITIVE_FROM = frozenset({ud.NOUN, ud.ADJ, ud.PROPN, ud.ADV})


def infinitive(token: Token, word: str) -> dict[str, str] | None:
    """The UD features of an infinitive the tagger took for a noun or another part of speech
    (`поехал проведать сестру`: `проведать` NOUN): every dictionary reading of the word is an
    infinitive (pymorphy3 `INFN`). A capitalised word only when it `opens_sentence`. Aspect from the
    first reading; Voice `Mid` for a reflexive verb, `Act` otherwise."""
    if token.pos_ not in INFINITIVE_FROM:
        return None
    if not word.islower() and not opens_sentence(token):
        return None
    parse = only_reading(word, "INFN")
    if parse is None:
        return None
    feats = ud.ud_feats(parse.tag)
    feats[ud.VERBFORM] = "Inf"
    feats[ud.VOICE] = "Mid" if word.lower().endswith(("сь", "ся")) else "Act"
    return feats


FEMININE_INSTRUMENTAL = ("ой", "ою", "ей", "ею", "ью")
UPOS = "UPOS"  # the key of a repair's features that gives a tag other than VERB


def before_instrumental(token: Token) -> bool:
    """Whether the next word but `же` is in the instrumental: tagged so, or with a feminine
    instrumental ending (`тою же прежнею жизнью`, `всею тяжестью`)."""
    doc, k = token.doc, token.i + 1
    if k < len(doc) and model_word(doc[k]).lower() == "же":
        k += 1
    if k >= len(doc) or not doc[k].is_alpha:
        return False
    return doc[k].morph.get(ud.CASE) == ["Ins"] or model_word(doc[k]).lower().endswith(FEMININE_INSTRUMENTAL)


def old_instrumental(token: Token, word: str) -> dict[str, str] | None:
    """The features, with the tag under `UPOS`, of the old long instrumental of a pronoun adjective
    (`models/syntax/old_instrumentals.tsv`: `всею душой`, `сею рукою`, `с которою`), which the
    dictionary lacks: a listed word it does not know at all (`которою`, slovnet's ADV or NOUN), or
    one it reads as another word (`всею`, `сею`: verbs; `тою`: a noun) `before_instrumental`.
    Not one tagged DET or PRON already. `Весной я сею рожь` stays a verb."""
    if token.pos_ in (ud.DET, ud.PRON):
        return None
    lowered = word.lower()
    found = old_instrumentals().get(lowered)
    if found is None:
        return None
    if analyzer().word_is_known(lowered) and not before_instrumental(token):
        return None
    return {UPOS: found[1], ud.CASE: "Ins", ud.GENDER: "Fem", ud.NUMBER: "Sing"}


TAG_REPAIRS = (old_instrumental, short_participle, gerund, finite, infinitive)
# The words a repair of `TAG_REPAIRS` can change at all: one `old_instrumentals` lists, or one
# every reading of which is a short participle, a gerund, a verb or an infinitive (`only_reading`'s forms).
# A new repair that reads other words must widen `repairable`.
SOLE_FORMS = frozenset({"PRTS", "GRND", "VERB", "INFN"})


@lru_cache(maxsize=50_000)
def repairable(word: str) -> bool:
    """Whether any tag repair can change a word written so (most words: none can, and
    `repair_tags` passes them without asking each repair about the token)."""
    return word.lower() in old_instrumentals() or sole_form(word) in SOLE_FORMS


def repair_tags(tokens: list[Token], words: list[str]) -> None:
    """Apply the tag repairs to a sentence's tokens (`words`: what the dictionary reads of each)."""
    for token, word in zip(tokens, words):
        if not repairable(word) or token.is_space or token.pos_ in (ud.PUNCT, ud.NUM, ud.SYM):
            continue
        for repair in TAG_REPAIRS:
            if repair.__name__ in SKIP:
                continue
            feats = repair(token, word)
            if feats is not None:
                token.pos_ = feats.pop(UPOS, ud.VERB)
                token.set_morph("|".join(f"{key}={feats[key]}" for key in sorted(feats)))
                break


Heads = dict[int, tuple[int, str]]


def in_sentence(heads: Heads, sent: Span) -> list[tuple[int, tuple[int, str]]]:
    """The (dependent, (head, relation)) pairs of one sentence, in word order: a repair looks
    only inside the sentence it repairs (a scan of the whole Doc's heads per sentence made the
    repairs quadratic in a book's length)."""
    return [(k, heads[k]) for k in range(sent.start, sent.end) if k in heads]
COORDINATORS = frozenset({"и", "или", "а", "но", "да"})
# relations a verb takes only as a noun: a short participle so hung was read as one
NOMINAL_RELS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "nmod", "appos", "amod", "obl",
                          "conj", "flat", "flat:name", "dep"})
CLAUSE_RELS = frozenset({"root", "conj", "advcl", "ccomp", "xcomp", "parataxis", "csubj", "acl",
                         "acl:relcl"})


def is_short_participle(token: Token) -> bool:
    return token.pos_ == ud.VERB and token.morph.get(ud.VARIANT) == ["Short"] and \
        token.morph.get(ud.VERBFORM) == ["Part"]


def in_subtree(heads: Heads, node: int, top: int) -> bool:
    """Whether `node` hangs, through any number of heads, on `top`."""
    seen = set()
    while node not in seen:
        if node == top:
            return True
        seen.add(node)
        found = heads.get(node)
        if found is None or found[0] == node:
            return False
        node = found[0]
    return False


def tagged(doc: Doc, pos: str) -> list[int]:
    """The indices of the words tagged `pos`, in order, from the Doc's array: the repairs below
    look at no other word first, and a Token for every word of a book costs."""
    return numpy.flatnonzero(doc.to_array(POS) == IDS[pos]).tolist()


def participle_conjunct(doc: Doc, heads: Heads) -> None:
    """`был арестован и сослан в Вологодскую губернию`: slovnet, having read `сослан` as a noun, hangs it
    on `арестован` as a subject and `край` on it as `nmod`. A short participle P right after `и`
    (`или`, `а`, `но`, `да`) hung by a noun's relation, with a short participle Q before the
    conjunction in the same sentence with no finite verb or comma between, becomes Q's `conj`; the
    conjunction P's `cc`, P's `nmod` words its `obl`, and words after P hung on Q by `obl` (no
    other verb between) P's."""
    for i in tagged(doc, ud.VERB):  # a short participle is tagged VERB; no tag changes in the loop
        token = doc[i]
        if i < 2 or not is_short_participle(token) or i not in heads:
            continue
        head, rel = heads[i]
        if rel not in NOMINAL_RELS or (rel == "conj" and is_short_participle(doc[head])):
            continue
        cc = doc[i - 1]
        if model_word(cc).lower() not in COORDINATORS:
            continue
        before = None
        for j in range(i - 2, cc.sent.start - 1, -1):
            if doc[j].pos_ in (ud.VERB, ud.AUX) and not is_short_participle(doc[j]) or doc[j].text in ",;:":
                break
            if is_short_participle(doc[j]):
                before = j
                break
        if before is None or in_subtree(heads, before, i):
            continue
        heads[i] = (before, "conj")
        heads[i - 1] = (i, "cc")
        for k, (h, r) in in_sentence(heads, cc.sent):
            if h == i and r == "nmod":
                heads[k] = (i, "obl")
            elif h == before and r == "obl" and k > i and not any(
                    doc[m].pos_ in (ud.VERB, ud.AUX) for m in range(i + 1, k)):
                heads[k] = (i, "obl")


CASE_RELS = {"Dat": "iobj", "Acc": "obj", "Nom": "obj"}  # a gerund has no subject: a nominative is an accusative misread


MAIN_RELS = frozenset({"root", "conj", "parataxis"})


def main_verb(doc: Doc, heads: Heads, k: int) -> bool:
    """Whether the word at `k` is a finite verb of a main clause: hung as the root, a conjunct or
    a clause set beside (a second root slovnet gave hangs on the first keeping `root`); not the
    verb or copula of a clause a conjunction or a relative word opens (`..., что нужно было`)."""
    return doc[k].pos_ == ud.VERB and doc[k].morph.get(ud.VERBFORM) == ["Fin"] and \
        heads.get(k, (None, ""))[1] in MAIN_RELS


def finite_verb(token: Token) -> bool:
    return token.pos_ == ud.VERB and token.morph.get(ud.VERBFORM) == ["Fin"]


def stop(token: Token) -> bool:
    """Whether a token ends a gerund's phrase: any punctuation but a hyphen inside a word."""
    return token.is_punct and token.text != "-"


def gerund_clause(doc: Doc, heads: Heads) -> None:
    """`Доложив хозяину обо всём, приказчик ушёл`: slovnet hangs a gerund it did not read as a verb
    on a noun (`Доложив` amod of `хозяину`, which it makes the root). A gerund G (one the
    dictionary reads as one) hung by any relation but a clause's, or as `acl` of a word that is no
    verb, becomes the `advcl` of a finite verb V:
    - the finite verb it hangs on, if it does (`решили, что отдохнув ..., поедут`: `поедут`);
    - the finite verb whose subject, object or oblique it hangs on as `acl` (`Иван, сидя у окна,
      читал`, `упустил случай, понадеявшись ...`: a gerund qualifies the action, never the noun);
    - else a finite verb of a main clause (`main_verb`) across a comma: the last before the comma
      that opens G's phrase (`упустил случай, понадеявшись на брата, который ... обещал`:
      not the relative clause's), or the first after the comma that ends it.
    None when a finite verb stands between G's commas (`которая начиная с весны строит`). The
    words of G's phrase that hung outside it (but a `mark`, `cc` or `punct`) hang on G (a noun in
    the dative as `iobj`, in the accusative or nominative as `obj`, with a preposition or in
    another case as `obl`; others keep their relation); V takes the place of a root that was in
    the phrase; a word after the phrase hung on G goes to V; a word of the phrase hung as a subject
    (`все`) is G's `obj`: a gerund has no subject of its own."""
    for i in tagged(doc, ud.VERB):  # no tag changes in the loop
        token = doc[i]
        if token.pos_ != ud.VERB or token.morph.get(ud.VERBFORM) != ["Conv"] or i not in heads:
            continue
        if not any(parse.tag.POS == "GRND" for parse in readings_of(model_word(token))):
            continue  # a participle or an adjective the tagger took for a gerund
        head, rel = heads[i]
        subject_of = heads.get(head, (None, ""))
        on_subject = rel.startswith("acl") and doc[head].pos_ in (ud.NOUN, ud.PROPN, ud.PRON) and \
            subject_of[1] in ("nsubj", "obj", "iobj", "obl") and finite_verb(doc[subject_of[0]])
        if rel in CLAUSE_RELS and not on_subject and not (
                rel.startswith("acl") and doc[head].pos_ not in (ud.VERB, ud.NOUN, ud.PROPN, ud.PRON)):
            continue
        sent = token.sent
        start = i
        while start > sent.start and not stop(doc[start - 1]):
            start -= 1
        end = i
        while end + 1 < sent.end and not stop(doc[end + 1]):
            end += 1
        finite = lambda k: main_verb(doc, heads, k)
        if any(finite_verb(doc[k]) for k in range(start, end + 1)):
            continue  # a finite verb in the same stretch (`которая начиная с весны строит`): not a phrase of its own
        verb = None
        if on_subject:
            verb = subject_of[0]  # `Иван, сидя у окна, читал`: the gerund is the verb's, not its subject's
        elif not start <= head <= end and finite_verb(doc[head]):
            verb = head  # hung on a finite verb already, by a noun's relation: only the relation is wrong
        if verb is None and start > sent.start and doc[start - 1].text == ",":
            verb = next((k for k in range(start - 2, sent.start - 1, -1) if finite(k)), None)
        if verb is None and end + 1 < sent.end and doc[end + 1].text == ",":
            verb = next((k for k in range(end + 2, sent.end) if finite(k)), None)
        if verb is None or start <= verb <= end:
            continue
        old_root = next((k for k in range(sent.start, sent.end) if heads.get(k, (None, ""))[0] == k), None)
        for k in range(start, end + 1):
            if k == i or k not in heads:
                continue
            h, r = heads[k]
            if start <= h <= end and h != k or r in ("mark", "cc", "punct"):
                continue
            if r == "root" or doc[k].pos_ in (ud.NOUN, ud.PROPN, ud.PRON):
                case = (doc[k].morph.get(ud.CASE) or [""])[0]
                has_case = any(heads.get(m, (None, ""))[0] == k and heads[m][1] == "case" for m in range(start, end + 1))
                r = "obl" if has_case else CASE_RELS.get(case, "obl")
            heads[k] = (i, r)
        if old_root is not None and start <= old_root <= end:
            heads[verb] = (verb, "root")
            for k, (h, r) in in_sentence(heads, sent):
                if k != verb and r == "root" and sent.start <= k < sent.end:
                    heads[k] = (verb, "parataxis")
        heads[i] = (verb, "advcl")
        for k in range(start, end + 1):  # a gerund has no subject: a nominative in its phrase is its object
            if heads.get(k, (None, ""))[0] in range(start, end + 1) and heads[k][1] in ("nsubj", "nsubj:pass"):
                heads[k] = (i, "obj")
        for k, (h, r) in in_sentence(heads, sent):  # a word after the phrase hung on G goes to V
            if k > end and k != verb and sent.start <= k < sent.end and h == i:
                heads[k] = (verb, r)


def clause_mark(doc: Doc, heads: Heads) -> None:
    """`Она повторяла, что слышала выстрел`: slovnet labels `что` the object of `слышала`, which has
    its object `выстрел`. `что` after a comma, labelled `obj` of a verb after it that has another
    `obj`, is the conjunction opening that verb's clause: its `mark`, tagged SCONJ. Not a stressed
    `что́`: the writer marked the pronoun (`Я знаю, что́ вы думаете`, the spelling rules' own use
    of the mark; Tolstoy's `то, что́ он читал`)."""
    that = doc.vocab.strings["что"]  # the hash `token.lower` has for `что`
    for i in numpy.flatnonzero(doc.to_array(LOWER) == that).tolist():
        token = doc[i]
        if model_word(token).lower() != "что" or stressed(token) or i == 0 or doc[i - 1].text != "," or i not in heads:
            continue
        head, rel = heads[i]
        if rel != "obj" or head <= i or doc[head].pos_ != ud.VERB:
            continue
        if any(h == head and r == "obj" and k != i for k, (h, r) in in_sentence(heads, token.sent)):
            heads[i] = (head, "mark")
            token.pos_ = ud.SCONJ
            token.set_morph({})


SUBORDINATORS = frozenset({"что", "чтобы", "будто", "когда", "если", "хотя", "пока", "ибо"})


def subordinate_root(doc: Doc, heads: Heads) -> None:
    """`Сосед, узнав, что мост снесло, остался дома`: slovnet now and then gives such a sentence
    two roots, and `repair_tree` keeps the first, so the verb of a clause a subordinating
    conjunction opens (`снесло`) became the root and the main verb (`остался`) hangs on it as a
    second `root`. When the root has a `mark` among those conjunctions and a finite verb after it
    hangs on it as `root`, that verb becomes the root; the subordinate verb hangs, as `ccomp`, on
    the nearest verb before its conjunction (`узнав`: what was learned), or on the new root as
    `advcl` when there is none."""
    for root, (head, rel) in list(heads.items()):
        if head != root or rel != "root" or doc[root].pos_ != ud.VERB:
            continue
        sent = doc[root].sent
        words = in_sentence(heads, sent)
        marks = [k for k, (h, r) in words if h == root and r == "mark" and k < root
                 and model_word(doc[k]).lower() in SUBORDINATORS and not stressed(doc[k])]  # `что́`: a pronoun
        second = [k for k, (h, r) in words if h == root and r == "root" and k != root and k > root
                  and finite_verb(doc[k])]
        if not marks or not second:
            continue
        main = second[0]
        before = next((k for k in range(marks[0] - 1, sent.start - 1, -1) if doc[k].pos_ == ud.VERB), None)
        heads[main] = (main, "root")
        heads[root] = (before, "ccomp") if before is not None else (main, "advcl")
        for k, (h, r) in in_sentence(heads, sent):
            if h == root and k > main and r in ("punct", "root", "parataxis"):
                heads[k] = (main, "parataxis" if r == "root" else r)
            elif h == root and k < marks[0] and r != "punct":
                heads[k] = (main, r)  # words before the conjunction belong to the main clause


# what a noun keeps of its dependents when a finite verb hung on it takes its place
NOUN_DEPENDENTS = frozenset({"amod", "det", "nmod", "case", "nummod", "nummod:gov", "flat", "flat:name",
                             "flat:foreign", "appos", "acl", "acl:relcl", "fixed", "compound"})
VERB_OF_CASE = {"Nom": "nsubj", "Acc": "obj", "Dat": "iobj"}


def agrees(verb: Token, noun: Token) -> bool:
    """Whether a noun in the nominative can be the subject of a finite verb: number, and gender
    in the past singular."""
    number, gender = verb.morph.get(ud.NUMBER), verb.morph.get(ud.GENDER)
    if number and noun.morph.get(ud.NUMBER) and number != noun.morph.get(ud.NUMBER):
        return False
    return not (gender and noun.morph.get(ud.GENDER) and gender != noun.morph.get(ud.GENDER))


def finite_on_noun(doc: Doc, heads: Heads) -> None:
    """`Старый солдат отбрил адъютанта`, `вскрикнул князь`: a finite verb (one the dictionary reads
    as a finite verb; `finite` may have retagged it from an adjective) still hangs as an adjective
    (`amod`, `acl`) on the noun next to it, which slovnet made the root or a clause's head. The
    verb takes the noun's place; the noun hangs on it as its subject (nominative, agreeing),
    object (accusative), `iobj` (dative) or `obl`, keeping its own nominal words (`NOUN_DEPENDENTS`); its other words (punctuation,
    adverbs, obliques, clauses, a subject) go to the verb. A noun that was the conjunct of a
    verb's subject or object makes the verb that verb's conjunct."""
    for i in tagged(doc, ud.VERB):
        if not finite_verb(doc[i]) or i not in heads:
            continue
        n, rel = heads[i]
        if rel not in ("amod", "acl") or not any(parse.tag.POS == "VERB" for parse in readings_of(model_word(doc[i]))):
            continue
        if abs(n - i) != 1 or doc[n].pos_ not in (ud.NOUN, ud.PROPN) or n not in heads:
            continue
        head, noun_rel = heads[n]
        if noun_rel not in CLAUSE_RELS or noun_rel.startswith("acl"):
            continue
        noun = doc[n]
        case = (noun.morph.get(ud.CASE) or [""])[0]
        as_rel = VERB_OF_CASE.get(case, "obl")
        if as_rel == "nsubj" and not agrees(doc[i], noun):
            as_rel = "obj"
        if noun_rel == "conj" and doc[head].pos_ in (ud.NOUN, ud.PROPN, ud.PRON) and head in heads \
                and heads[head][1] in ("nsubj", "obj") and doc[heads[head][0]].pos_ == ud.VERB:
            head = heads[head][0]  # `сидел сторож и вязал сеть`: the conjunct of the verb, not of its subject
        heads[i] = (i, "root") if head == n else (head, noun_rel)
        heads[n] = (i, as_rel)
        for k, (h, r) in in_sentence(heads, noun.sent):
            if h == n and k != i and r not in NOUN_DEPENDENTS:
                heads[k] = (i, r)


TREE_REPAIRS = (participle_conjunct, gerund_clause, clause_mark, subordinate_root, finite_on_noun)


def well_formed(doc: Doc, heads: Heads, before: Heads) -> bool:
    """Whether each sentence the repairs changed still has one root and no cycle."""
    for sent in {doc[k].sent for k in heads if heads[k] != before.get(k)}:
        roots = [k for k in range(sent.start, sent.end) if heads.get(k, (None, ""))[0] == k]
        if len(roots) != 1 or any(not in_subtree(heads, k, roots[0]) for k in range(sent.start, sent.end)
                                  if k in heads):
            return False
    return True


def repair_tree(doc: Doc, heads: Heads) -> None:
    """Apply the tree repairs to a Doc's heads (`{dependent: (head, relation)}`); a repair that
    would leave a sentence without a single rooted tree is undone (tags included)."""
    for repair in TREE_REPAIRS:
        if repair.__name__ in SKIP:
            continue
        before = dict(heads)
        tags = doc.to_array([POS, MORPH])  # (pos, morph hash) of every token, to undo a repair
        repair(doc, heads)
        if not well_formed(doc, heads, before):
            heads.clear()
            heads.update(before)
            for i, (pos, morph) in enumerate(tags.tolist()):
                if doc[i].pos != pos:
                    doc[i].pos = pos
                    doc[i].set_morph(morph)
