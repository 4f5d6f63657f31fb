"""The `letopis_coref` stage: `doc._.mentions`, the persons behind pronouns and unwritten subjects.

The Doc is read once, in text order. Names, common nouns of persons and the narrator enter the
history as they come; a pronoun or an unwritten subject is resolved against the history
(`resolve.py`) and then enters it standing for what it was resolved to, so `Он уехал в Казань.
Через неделю вернулся.` gives `вернулся` the person `он` stands for. `свой`/`себя` take the
subject of their clause, `который` the noun its clause modifies.

Each mention is stored as a plain tuple `(start, end, kind, named, members, verbs)` in character
offsets: `kind` `pronoun` or `zero` (the span is then the finite verb: `был` of `был арестован`;
one mention for coordinated verbs, on the first, `verbs` listing them all); `named`, the (start, end) of the
name the mention stands for (its cluster is that name's, read at export time, after the
clusters of a book's pieces are linked); `members`, the names of a group a plural mention
stands for (`Иван и Анна ... они`). A mention that stands for the narrator or a thing is not
kept, nor an unwritten subject that stands for no name; a pronoun resolved to nothing or to
a person without a name (`отец`) is kept with neither.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache

from spacy.attrs import DEP as DEP_ID, IDX, IS_PUNCT, IS_SPACE, POS as POS_ID
from spacy.language import Language
from spacy.parts_of_speech import IDS
from spacy.tokens import Doc, Span, Token

from letopis.coref import resolve
from letopis.coref.dialogue import address_role, addressed_link, coordinated
from letopis.coref.speech import dialogue, speech_spans
from letopis.words import lemma
from letopis.coref.mentions import (CONJUNCT, DEMONSTRATIVE, GENDERS, PERSONAL, PLUR, POSSESSIVE, PRONOUN, REFLEXIVE, RELATIVE, SUBJECTS, Mention, Referent,
                                    SING, ZERO, correlative, group_referent, noun_read_as_verb, role_bearer, name_referent, narrator, noun_referent, pronoun,
                                    feature, finite_of, own_subject, disagrees, person_verbs, reported_tag, sharing, subject_verb, tag_subject,
                                    written_subject, zero_subject)
from letopis.entities.normalize import person_gender
from letopis.morphosyntax.lemma import parses
from letopis.morphosyntax.animacy import animate, dictionary_animacy
from letopis.morphosyntax.clauses import object_control
from letopis.morphosyntax.sentences import opens_sentence, sentence_start
from letopis.dates.narrative import chapter_starts
from letopis.lexicons import groups, kinship, naming_words
from letopis.export.records import doc_text
from letopis.structure.element import DIVISIONS
from letopis.structure.outline import find_structure
from letopis.extensions import DATES, ENTITIES
from letopis.labels import PER
from letopis.resources import load_table
from letopis.text.paragraphs import paragraph_spans
from letopis.ud import ADJ, ADP, ADV, ANIMACY, AUX, CCONJ, DET, GENDER, NOUN, NUMBER, PRON, PROPN, VERB, VERBFORM

if not Doc.has_extension("mentions"):
    # list of (start, end, kind, named: (start, end) | None, members: ((start, end), ...),
    #          verbs: ((start, end), ...) the predicates an unwritten subject is the subject of)
    Doc.set_extension("mentions", default=None)

QUOTED_SENTENCE = 0.25  # how far a sentence of reported speech moves the clock of the narration
WORDS = {NOUN, PROPN, PRON, DET, VERB, ADJ}  # a referent, a mention, or a predicate (`был болен`)
WORD_IDS = {IDS[pos] for pos in WORDS}
ADV_ID = IDS[ADV]  # an adverb that is a noun misread (`noun_read_as_verb`)
COMITATIVE = ("с", "со")
CORE = {"obj", "iobj"}  # the core arguments besides the subject
# how many sentences a common noun apposed to a name (`дядя Пётр`) goes on standing for it; counted
# from its last use (each use renews it), so it is the gap between two uses: a memoir's `дядя` comes
# back after a page of narration, about twenty sentences
TITLE_SPAN = 20.0
OWNERS = {"nmod", "nmod:poss", "det", "appos", "flat", "flat:name", "acl", "acl:relcl"}  # `его брат`, `брат Ивана`
# a relative clause set off by commas describes the titled person, it does not pick out another
# (`сказал юнкер, который стоял у двери`: the junker named before); `titled`
DESCRIBING = {"acl:relcl"}
NAMED_LATER = 6.0  # how many sentences after a described person's last mention a name may name them
MISSED_EVIDENCE = 2  # how many times a name must be recognised for a missed repetition of it to count (`missed_names`)


@lru_cache(maxsize=None)
def post_nouns() -> dict[str, bool]:
    """Nouns of a post or office → whether the noun has an everyday sense besides (`место`),
    from `models/coref/posts.tsv`."""
    return {row[0]: len(row) > 1 and row[1] == "yes" for row in load_table("coref/posts.tsv")}


def someone_meant(token: Token, mention: Mention) -> bool:
    """The mention is someone, not something: the object of `уговорить`, `просить`; the
    subject, written or not, of a verb of perception, thought, speech or feeling (`услышал
    пальбу`); the dative addressee of a verb of speech (`сказал ему`)."""
    if token.dep_ in CORE and lemma(token.head) in object_control():
        return True
    verb = mention.head if mention.kind == ZERO else token.head if token.dep_ in SUBJECTS | {"iobj"} else None
    if verb is None or verb.i == token.i and mention.kind != ZERO:
        return False
    kind = person_verbs().get(lemma(verb))
    if token.dep_ == "iobj" and mention.kind != ZERO:
        return kind == "speech" and feature(token, "Case") == "Dat"
    return kind is not None


@lru_cache(maxsize=None)
def replying_verbs() -> frozenset[str]:
    """Verbs of replying, from `models/coref/replies.tsv`."""
    return frozenset(row[0] for row in load_table("coref/replies.tsv"))


@lru_cache(maxsize=None)
def introducing_verbs() -> frozenset[str]:
    """Verbs that bring a new person on stage, from `models/coref/introducing.tsv`."""
    return frozenset(row[0] for row in load_table("coref/introducing.tsv"))
GENDER_OF = {"masc": "Masc", "femn": "Fem"}


def persons_by_root(doc: Doc) -> dict[int, Span]:
    """The longest PER mention on each root token."""
    found: dict[int, Span] = {}
    for span in doc.spans.get(ENTITIES, doc.ents):
        if span.label_ == PER and (span.root.i not in found or len(span) > len(found[span.root.i])):
            found[span.root.i] = span
    return found


def conjuncts(root: Token, persons: dict[int, Span]) -> list[Span]:
    """`Иван и Анна`: the names coordinated with a name, in order (itself first); a common noun
    coordinated with it counts by the name apposed to it (`Пётр и его брат Семён`), and so do the
    names of nouns coordinated with the noun the name is apposed to (`министр Олег Смирнов и посол
    Андрей Лебедев`)."""
    found = [persons[root.i]]
    bearer = role_bearer(root)  # `министр Олег Смирнов и посол Андрей Лебедев`: the nouns are coordinated
    for child in list(root.children) + (list(bearer.children) if bearer.i != root.i else []):
        if child.dep_ != CONJUNCT:
            continue
        if child.i in persons:
            found.append(persons[child.i])
        elif child.pos_ == NOUN:
            name = next((c for c in child.children if c.i in persons and c.dep_ in ("appos", "flat:name", "flat")
                         and c.i > child.i), None)
            if name is not None:
                found.append(persons[name.i])
    return found


def modified_noun(token: Token) -> Token | None:
    node = token
    while node.head.i != node.i:
        if node.dep_ == "acl:relcl":
            return node.head
        node = node.head
    return None


ADDRESS_BEFORE = {",", "—", "–", "--", "!", "?", "…", "«", '"'}  # what may open an address in speech
ADDRESS_AFTER = {",", "—", "–", "--", "!", "?", "…", ".", "»", '"'}  # and close it
SALUTATION_WORDS = 4  # `Глубокоуважаемый и дорогой мой`: the words of a letter's salutation besides the name
THIRD_POSSESSIVES = {"его", "ее", "её", "их", "свой"}
FIRST_POSSESSIVES = {"мой", "наш"}  # `моя мать`, `наш дед`: the narrator's own
# how many paragraphs before the apposition or address that names a kinship word (`бабушка Анна
# Петровна`, `— Варвара, ...`) a chain of the bare word may begin and still take the name
# (`chain_name`): the paragraph of the name and the one before it, where a memoir brings a relative
# in and names them in the next breath; a chain further back, or in another chapter, stays unnamed.
KIN_BEFORE = 1
# a naming construction hung on a noun (`named_one`): `по фамилии Сомов`, `под именем Сокола`
# (`известный под именем`: known by that name), and the modifiers that carry it to the noun they
# describe (`работник, прозванный Косым`, `разбойник, известный под именем Сокола`)
NAME_CASES = {"по", "под"}
# the neuter nominative: a person only through a neuter noun of one (`дитя ... оно`), so one resolved
# to no person is a thing, not someone unnamed (`keep`)
NEUTER_NOMINATIVE = "оно"
NAMED_BY_MODIFIER = {"acl", "amod"}
RELATIVES = {"который"}
# `Сомов, тот самый, который ...`: the person named just before (`same_one`); the tagger gives
# `самому`, `самого` the lemma `сам` as often as `самый`
SAME, SELF = "тот", {"самый", "сам"}
SETTING_OFF = {",", "—", "–", "--"}


def relative_agrees(relative: Token, noun: Token) -> bool:
    """`который` agrees with the noun it stands for in number and, in the singular, in gender:
    feminine or not (the oblique forms `которого`, `котором` are masculine and neuter alike)."""
    number = feature(relative, NUMBER)
    if number is None or feature(noun, NUMBER) is None:
        return True
    if number != feature(noun, NUMBER):
        return False
    if number != SING or feature(relative, GENDER) is None or feature(noun, GENDER) is None:
        return True
    return (feature(relative, GENDER) == "Fem") == (feature(noun, GENDER) == "Fem")


RELATIVE_REACH = 6  # words back from `который` within which the noun it stands for is sought


def agreeing_before(relative: Token) -> Token | None:
    """`крыльцо хозяйки, на котором`, `окно комнаты, в которой`: when the parser hung the relative
    clause on a noun `который` does not agree with, the nearest noun before the clause, within
    a few words and its own sentence, that it agrees with. (Used only to say the relative
    stands for a thing: taken as the relative's person it was right in too few places of
    unannotated text, `история, слышанная от тетки, ..., которую`.)"""
    doc = relative.doc
    start = max(sentence_start(relative), relative.i - RELATIVE_REACH)
    at = relative.i - 1
    while at > start and doc[at].pos_ == ADP:
        at -= 1  # `, на котором`
    if at <= start or doc[at].text != ",":
        return None
    for i in range(at - 1, start - 1, -1):
        word = doc[i]
        if word.is_punct:
            return None  # the phrase before the clause's comma only (`человек, которым`: not a noun before `;`)
        if word.pos_ in (NOUN, PROPN) and relative_agrees(relative, word):
            return word
    return None


def owned(noun: Token) -> bool:
    """`его мать`, `мать Ивана`, `свою мать`: a noun of a person that says whose it is (the
    narrator's `моя мать` is no one else's)."""
    return any(c.dep_ in ("nmod", "nmod:poss") and c.pos_ in (NOUN, PROPN, PRON)
               or c.dep_ == "det" and (c.lower_ in THIRD_POSSESSIVES or lemma(c) in THIRD_POSSESSIVES)
               for c in noun.children)


NONFINITE = ("Inf", "Conv")  # an infinitive or a gerund takes the subject of the verb it hangs on


def object_controller(infinitive: Token) -> Token | None:
    """`уговорила брата продать ...`: the object of an object-control verb is the subject of its
    infinitive. An infinitive coordinated with another has that one's controller (`смогла убедить
    мужа и купить себе телефон`: `купить` hangs on `смогла` as `убедить` does, the husband is
    no one's controller here)."""
    if infinitive.morph.get(VERBFORM) != ["Inf"]:
        return None
    while infinitive.dep_ == CONJUNCT and infinitive.head.i != infinitive.i \
            and infinitive.head.morph.get(VERBFORM) == ["Inf"]:
        infinitive = infinitive.head
    head = infinitive.head
    if lemma(head) not in object_control():
        return None
    return next((c for c in head.children if c.dep_ in ("obj", "iobj") and c.pos_ in (NOUN, PROPN, PRON)), None)


def participle_of(verb: Token) -> Token | None:
    """`Сомов, потерявший свою саблю`: a participle qualifying a noun (`acl`) has that noun for
    its subject, so a reflexive in the participle's phrase is the noun's person (the grammar of
    the participial phrase, «причастный оборот»); also a gerund the parser hung on the noun as a
    participle (`Сомов, негодуя на свои убытки`: the noun is the subject it shares)."""
    if verb.dep_ != "acl" or verb.head.i == verb.i or verb.head.pos_ not in (NOUN, PROPN, PRON):
        return None
    form = verb.morph.get(VERBFORM)
    if form == ["Part"] or (form == ["Conv"] and verb.head.dep_ in SUBJECTS):
        return verb.head
    return None


def accusative(noun: Token) -> bool:
    """A noun the tagger reads in the accusative is no subject, whatever the parser hung it as
    (`велев раздать солдатам приказ, ... выехал`: `приказ` is what is handed out, the subject is
    the one of `выехал`'s chain)."""
    return noun.pos_ in (NOUN, PROPN) and feature(noun, "Case") == "Acc" and not nominative_name(noun)


def nominative_name(noun: Token) -> bool:
    """A person's name the tagger read as an inanimate accusative in the form of its nominative
    (`Ростов`, also a town's name: the inanimate accusative of the masculine is the nominative's
    form) is a nominative: a man's name in the accusative takes the genitive's ending (`видел
    Ростова`, which stays an accusative). `Ростов недавно отпраздновал свое производство`:
    `Ростов` is the subject, and `свое` is his."""
    return noun.ent_type_ == PER and feature(noun, ANIMACY) == "Inan" and feature(noun, GENDER) != "Fem" \
        and noun.lower_.replace("ё", "е") == lemma(noun).lower().replace("ё", "е")


def clause_subject(token: Token) -> Token | None:
    """The subject of the verb above the token (or of the verb it is coordinated with); above
    an infinitive or a gerund without a subject, that of the verb it hangs on (`Закончив свою
    работу, она ушла`, `Он решил продать свой дом`)."""
    node = token
    while node.head.i != node.i:
        node = node.head
        if node.pos_ == "VERB":
            for verb in (node, node.head if node.dep_ == CONJUNCT else node):
                found = [c for c in verb.children if c.dep_ in SUBJECTS and not accusative(c)]
                if found:
                    # of two subjects the parser hung on one verb, the one agreeing with it (`Гроза
                    # стихла, он стал разглядывать себя`: `он`, not `Гроза`)
                    return next((c for c in found if not disagrees(c, verb)), found[0])
            if node.morph.get(VERBFORM) and node.morph.get(VERBFORM)[0] in NONFINITE and node.head.i != node.i:
                controller = object_controller(node)
                if controller is not None:
                    return controller
                continue
            if participle_of(node) is not None:
                return participle_of(node)  # `офицер, потерявший свою саблю`: the noun it qualifies
            if impersonal(node) and experiencer(node) is not None:
                return experiencer(node)  # `ей не хотелось хвалить себя`
            return node  # an unwritten subject: the verb stands for it
        found = next((c for c in node.children if c.dep_ in SUBJECTS), None)
        if impersonal_predicate(node) and experiencer(node) is not None and (
                found is None or found.i == token.i or not (found.pos_ in (PRON, PROPN) or animate(found))):
            return experiencer(node)  # `ему было трудно заставить себя`, `ей было жаль себя`
        if found is not None and node.pos_ in (ADJ, NOUN):
            return found  # a nominal predicate: `она готова была защищать себя`
    return None


def impersonal(verb: Token) -> bool:
    """A verb of an impersonal clause: a past neuter (`хотелось`, `пришлось`) or a present third
    person singular in `-ся` (`хочется`), with no subject; the present only when the dictionary
    knows the verb as impersonal or it governs an infinitive (`ему приходится заставлять себя`):
    an unwritten subject of a personal verb is common in the present of a narration (`Пишет
    матери, жалуется ей на свою судьбу`: his, not hers)."""
    if feature(verb, "Gender") == "Neut" and feature(verb, "Number") == "Sing":
        return True
    if not (feature(verb, "Tense") == "Pres" and feature(verb, "Person") == "3" and feature(verb, "Number") == "Sing"
            and verb.text.lower().endswith(("ся", "сь"))):
        return False
    return any({"Impe", "Impx"} & set(r.tag.grammemes) for r in parses(verb.text.lower())) \
        or any(c.dep_ in ("xcomp", "csubj") and feature(c, VERBFORM) == "Inf" for c in verb.children)


def impersonal_predicate(node: Token) -> bool:
    """A predicative word of an impersonal state: an adverb (`жаль`, `трудно`) or a short neuter
    singular adjective (`нужно`); not a short adjective agreeing with a subject (`был благодарен
    ему за своё спасение`: the subject's)."""
    if node.pos_ == ADV:
        return True
    return node.pos_ == ADJ and feature(node, "Gender") == "Neut" and feature(node, "Number") == "Sing"


def experiencer(predicate: Token) -> Token | None:
    """The dative with no preposition of an impersonal predicate, a person (`ему нужно`, `ей
    жаль`, `Петру хотелось`): the one its reflexive stands for (Russian binds `себя` to the
    dative subject of a state)."""
    for child in predicate.children:
        if child.dep_ in ("iobj", "obl", "nsubj") and feature(child, "Case") == "Dat" \
                and not any(c.dep_ == "case" for c in child.children) \
                and (child.pos_ in (PRON, PROPN) or (child.pos_ == NOUN and animate(child))):
            return child
    return None


def speech_tokens(doc: Doc, spans: list[tuple[int, int]]) -> set[int]:
    """The tokens inside reported speech (`speech.py`)."""
    found: set[int] = set()
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is not None:
            found.update(range(span.start, span.end))
    return found


IDENTIFYING = ("это", "то")  # `Это был Иван Орлов`, `То была Анна`


def identifies(name: Token) -> bool:
    """A sentence that says who someone just described is: the name a predicate nominal with a
    copula whose subject is a demonstrative `это`/`то` (`Это был Иван Орлов, наш сосед.`)."""
    head = name if name.dep_ in ("root", "ccomp", "conj", "parataxis") else None
    if head is None:
        return False
    copula = next((c for c in head.children if c.dep_ == "cop"), None)
    if copula is None or copula.i == 0:
        return False
    before = name.doc[copula.i - 1]  # the subject `это`, however tagged (`То` may read as a conjunction)
    return before.lower_ in IDENTIFYING and before.head.i == head.i



@lru_cache(maxsize=None)
def stranger_words() -> frozenset[str]:
    """`models/coref/strangers.tsv`: the words that make a noun of a person someone unknown."""
    return frozenset(row[0] for row in load_table("coref/strangers.tsv"))

def adjective(word: str) -> bool:
    return any(parse.tag.POS == "ADJF" for parse in parses(word))


class Walk:
    """One pass over a Doc: the history of referents and the mentions found."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.persons = persons_by_root(doc)
        self.root_of = {i: root for root, span in self.persons.items() for i in range(span.start, span.end)}
        self.times = {i for date in doc.spans.get(DATES, []) for i in range(date.start, date.end)}
        self.history: list[Referent] = []
        self.at: dict[int, Referent] = {}  # token (or verb of a zero) → its referent
        self.mentions: list[tuple] = []
        self.described: list[tuple] = []  # (record, chain origin, token, sentence, gender) of unnamed persons
        self.names_seen: list[tuple[int, Referent]] = []  # (token, referent) of each name, in text order
        # every token's part of speech, relation (ids), offset and punctuation or whitespace, from
        # the Doc's arrays: the passes over all tokens below make no Token where they need none
        rows = doc.to_array([POS_ID, DEP_ID, IDX, IS_PUNCT, IS_SPACE]).tolist() if len(doc) else []
        self.pos = [row[0] for row in rows]
        self.dep = [row[1] for row in rows]
        self.idx = [row[2] for row in rows]
        self.blank = [bool(row[3] or row[4]) for row in rows]  # punctuation or whitespace
        self.space = [bool(row[4]) for row in rows]
        self.subject_ids = {doc.vocab.strings[dep] for dep in SUBJECTS}
        text = doc_text(doc)
        paragraphs = list(paragraph_spans(text))
        starts = self.para_starts = [start for start, _ in paragraphs]
        # paragraph → the paragraph with words just before it, and after it: a blank line between
        # paragraphs (`— Где ты был?\n\n— Дома.`) is a paragraph of its own, which no line answers
        written = [n for n, (start, end) in enumerate(paragraphs) if not text[start:end].isspace()]
        self.para_before = dict(zip(written[1:], written))
        self.para_after = dict(zip(written, written[1:]))
        self.para_of = lambda char: bisect_right(starts, char) - 1
        self.speech = speech_tokens(doc, speech_spans(text))
        self.linear = self.subjects_by_order(doc)
        self.subject_of = {verb: subject for subject, verb in sorted(self.linear.items(), reverse=True)}
        self.lines = {self.para_of(start) for start, _ in dialogue(text)}  # paragraphs that are dialogue lines
        self.speakers = self.speakers_by_paragraph(doc)
        self.line_speech: dict[int, set[int]] = {}  # dialogue line → its tokens of speech
        for i in sorted(self.speech):
            key = self.para_of(self.idx[i])
            if key in self.lines:
                self.line_speech.setdefault(key, set()).add(i)
        # dialogue line with speech → the first subject pronoun of its author's words (one pass)
        self.tag_pronouns: dict[int, Token] = {}
        for i, (pos, dep) in enumerate(zip(self.pos, self.dep)):
            if pos == IDS[PRON] and dep in self.subject_ids and i not in self.speech:
                key = self.para_of(self.idx[i])
                if key in self.line_speech:
                    self.tag_pronouns.setdefault(key, doc[i])
        # noun lemma → (the name last apposed to it, the sentence it was last used in)
        self.titles: dict[str, tuple[Referent, float]] = {}
        # (dialogue line, sentence, paragraph, first of paragraph) → the person its tag's pronoun is
        self.tag_speakers: dict[tuple, str | None] = {}
        # dialogue line → the referent of who speaks it, and the sentence that introduced it (`дед
        # сказал:`), for `addressed`; kinship word → {cluster: name} of the names it was apposed to
        self.voices: dict[int, Referent] = {}
        self.introducers: dict[int, Span] = {}
        # kinship word → (cluster, name span) of each name it was apposed to or addressed by, in text order
        self.kin_names: dict[str, list[tuple[str, tuple[int, int]]]] = {}
        # chain origin → the name a naming construction (`called`) or an address (`addressed`) gives it
        self.addressed_as: dict[int, tuple[int, int]] = {}
        # origins of chains begun by a kinship or person noun that is someone unknown (`stranger`)
        self.strangers: set[int] = set()
        self.spoken_to: dict[str, tuple[int, float]] = {}  # kinship word → (token, sentence) of its last use as an address
        self.relatives: dict[int, Referent] = {}  # a bound `который` → its person, for a reflexive of its clause (`bind`)
        self._chapters: list[int] | None = None
        self.missed = self.missed_names(doc)
        self.apposed = self.names_by_order(doc)
        self.apposed_to: dict[int, int] = {}  # name root → the first noun it is apposed to
        for noun, root in self.apposed.items():
            self.apposed_to.setdefault(root, noun)

    def missed_names(self, doc: Doc) -> dict[int, Span]:
        """`они столкнулись с Калугиным ... позабавил Калугина`: a capitalised word inside a
        sentence that the recogniser left out of every name, a proper noun with the lemma of a
        person's one-word name or surname recognised elsewhere in the document at least
        `MISSED_EVIDENCE` times (one person by that lemma) → that person's name span. The word is that person (a name is written so the
        reader knows it), so it enters the history standing for the name."""
        by_lemma: dict[str, dict[str, Span]] = {}
        times: dict[str, int] = {}
        for span in self.persons.values():
            if span._.cluster and span[-1].pos_ == PROPN:
                by_lemma.setdefault(lemma(span[-1]), {}).setdefault(span._.cluster, span)
                times[lemma(span[-1])] = times.get(lemma(span[-1]), 0) + 1
        # a name recognised once may be a place or a thing misread (`Осы`, the town): twice at least
        by_lemma = {word: names for word, names in by_lemma.items() if times[word] >= MISSED_EVIDENCE}
        if not by_lemma:
            return {}
        covered = {i for span in (*doc.spans.get(ENTITIES, doc.ents), *doc.spans.get(DATES, []))
                   for i in range(span.start, span.end)}
        found: dict[int, Span] = {}
        proper = IDS[PROPN]
        for i in [i for i, pos in enumerate(self.pos) if pos == proper]:  # a Token only for a name's word
            token = doc[i]
            if token.pos_ != PROPN or token.i in covered or not token.text[:1].isupper() or opens_sentence(token):
                continue
            names = by_lemma.get(lemma(token))
            if names is not None and len(names) == 1:
                found[token.i] = next(iter(names.values()))
        return found

    def run(self) -> list[tuple]:
        para, first_of_para = -1, False
        late: list[tuple[Mention, int, int]] = []
        sents = list(self.doc.sents)
        quoted = [self.quoted(sent) for sent in sents]
        spoken: dict[int, bool] = {}  # paragraph → wholly speech
        for sent, inside in zip(sents, quoted):
            key = self.para_of(sent.start_char)
            spoken[key] = spoken.get(key, True) and inside
        # the clock and the paragraphs of the narration: a sentence wholly inside someone's
        # speech or thought moves the clock less, and a paragraph of speech alone does not start
        # a paragraph of the narration, so the narration's `он` after a long quotation still sees
        # who the narration spoke of before it
        number, narration, last = -1.0, -1, None
        for sent, inside in zip(sents, quoted):
            number += QUOTED_SENTENCE if inside else 1.0
            key = self.para_of(sent.start_char)
            if key != last and not (spoken[key] and narration >= 0):
                narration += 1
            last = key
            first_of_para, para = narration != para, narration
            for i in range(sent.start, sent.end):
                if i in self.persons or (i not in self.root_of and (self.pos[i] in WORD_IDS or (
                        self.pos[i] == ADV_ID and noun_read_as_verb(self.doc[i])))):  # as `read` asks
                    self.read(self.doc[i], number, para, first_of_para, late)
            self.introduced_speech(sent)
            self.forget(number)
        for mention, number, para in late:
            self.bind(mention, number, para)
        self.called()
        self.addressed()
        self.name_described()
        self.mentions.sort(key=lambda m: (m[0], m[1]))
        return self.mentions

    def introduced_speech(self, sent: Span) -> None:
        """`Иван Орлов, помолчав, сказал:` or `он тихо спросил:` and a dialogue line after
        it with no words of the author's: the subject of the verb before the colon (a name, or
        a pronoun or unwritten subject as resolved) is the line's speaker, who says `я`, not
        `он`, in it."""
        last = next((i for i in range(sent.end - 1, sent.start - 1, -1) if not self.space[i]), None)
        if last is None or self.doc[last].text != ":":
            return  # the cheap test first: most sentences end otherwise
        words = [t for t in sent if not t.is_space]
        if words[-1].i in self.speech or sent.end >= len(self.doc):
            return
        line = self.para_of(self.doc[sent.end].idx)
        if line not in self.lines or line in self.speakers or line == self.para_of(words[-1].idx):
            return
        verb = next((t for t in reversed(words) if t.pos_ in (VERB, AUX) and finite_of(t) is not None), None)
        if verb is None:
            return
        subjects = [self.at.get(self.root_of.get(c.i, c.i)) for c in verb.children if c.dep_ in SUBJECTS]
        # the subject the walk read for the verb (`дядя Пётр сказал`: the name under the noun),
        # else its unwritten subject, else the nearest subject before it in the sentence (the
        # parser may hang the subject on a gerund: `он, усадив меня, говорил:`)
        found = next((r for r in subjects if r is not None), None) or self.at.get(verb.i) or next(
            (r for r in reversed(self.history) if r.subject and sent.start <= r.token < verb.i), None)
        if found is not None and found.number == SING:
            self.voices.setdefault(line, found)
            self.introducers.setdefault(line, sent)
        if found is not None and found.cluster and found.number == SING:
            self.speakers[line] = found.cluster

    def with_others(self, bearer: Token) -> bool:
        """A subject coordinated with a noun or pronoun of someone else (`Иван и соседский
        парень`), or the subject of a plural verb (the parser may make both words subjects of
        the verb): the subject is the group, not the name alone."""
        if bearer.dep_ not in SUBJECTS:
            return False
        if feature(bearer.head, "Number") == "Plur" and feature(bearer.head, VERBFORM) == "Fin":
            return True
        return any(c.dep_ == CONJUNCT and c.i not in self.root_of and (c.pos_ == PRON or (c.pos_ == NOUN and animate(c)))
                   for c in bearer.children)

    def quoted(self, sent: Span) -> bool:
        words = [i for i in range(sent.start, sent.end) if not self.blank[i]]
        return bool(words) and all(i in self.speech for i in words)

    def forget(self, sent: float) -> None:
        if len(self.history) > 64:
            self.history = [r for r in self.history if sent - r.sent <= max(resolve.LOOK_BACK, resolve.FAR_LOOK_BACK)]

    def speakers_by_paragraph(self, doc: Doc) -> dict[int, str]:
        """paragraph → the person cluster of who speaks in it: a name that is the subject in the
        author's words of a dialogue line (`— Да, — сказал дядя Иван`); a dialogue line with no
        author's words goes on with the speaker of the line just before it."""
        found: dict[int, str] = {}
        dialogue_lines = self.lines
        for root, span in self.persons.items():
            if root in self.speech:
                continue
            bearer = role_bearer(span.root)
            if bearer.dep_ in SUBJECTS and span._.cluster:
                key = self.para_of(span.start_char)
                if key in dialogue_lines:
                    found.setdefault(key, span._.cluster)
        # the paragraphs with a word outside speech (`para_of` of each, walked in text order)
        tagged, para, starts = set(), -1, self.para_starts
        for i in range(len(doc)):
            while para + 1 < len(starts) and starts[para + 1] <= self.idx[i]:
                para += 1
            if not self.blank[i] and i not in self.speech:
                tagged.add(para)
        for key in sorted(dialogue_lines):
            if key not in found and key not in tagged and self.para_before.get(key) in found:
                found[key] = found[self.para_before[key]]
        return found

    def subjects_by_order(self, doc: Doc) -> dict[int, int]:
        """subject token → verb, for the subjects the parser left unattached (`written_subject`)."""
        found: dict[int, int] = {}
        predicates = (IDS[VERB], IDS[AUX])
        for i, pos in enumerate(self.pos):
            if pos not in predicates:
                continue
            token = doc[i]
            if own_subject(token, self.times):
                continue
            finite = finite_of(token)
            subject = written_subject(finite) if finite is not None else None
            if subject is not None and subject.pos_ != VERB and subject.pos_ != AUX:
                found.setdefault(subject.i, token.i)
        return found

    def names_by_order(self, doc: Doc) -> dict[int, int]:
        """An animate common noun and the name set off after it (`Сосед наш, Пётр Ильич, служил`;
        the parser may miss the apposition): noun token → the name's root."""
        starts = {span.start: root for root, span in self.persons.items()}
        found: dict[int, int] = {}
        for i, pos in enumerate(self.pos):
            if pos != IDS[NOUN] or i in self.root_of:
                continue
            token = doc[i]
            if feature(token, ANIMACY) != "Anim":
                continue
            at = token.i + 1
            # `Сосед наш, Пётр Ильич`; `Отец Васи, Иван Васильевич,`: a possessive word, or one
            # genitive noun or name of whose the person is, may stand between the noun and the comma
            owner = 0
            while at < len(doc) and at - token.i <= 2 + owner and (doc[at].pos_ == DET or doc[at].text == ","
                                                                  or self.genitive_owner(doc[at], token, owner)):
                owner += self.genitive_owner(doc[at], token, owner)
                at += 1
            if at in starts and doc[at - 1].text == "," and not (owner and self.case_apart(doc[starts[at]], token)):
                found[token.i] = starts[at]
        return found

    @staticmethod
    def case_apart(name: Token, noun: Token) -> bool:
        """After a genitive owner the name set off is the noun's only in the noun's case: `Сын
        соседа, Петра Ильича,` names the neighbour (the genitive), `Сын соседа, Пётр,` the son."""
        case = feature(name, "Case")
        return case is not None and case != feature(noun, "Case")

    def genitive_owner(self, word: Token, noun: Token, seen: int) -> bool:
        """`Отец Васи`, `жена доктора`: the one genitive noun or name the noun hangs on, just after it."""
        return (not seen and word.i == noun.i + 1 and word.pos_ in (NOUN, PROPN) and word.head.i == noun.i
                and word.dep_ == "nmod" and feature(word, "Case") == "Gen")

    def remember(self, referent: Referent, index: int) -> None:
        if index in self.linear and not referent.subject and not referent.grouped:
            referent = referent._replace(subject=True, verb=self.linear[index])
        referent = address_role(self, referent._replace(speech=index in self.speech,
                                     origin=index if referent.origin is None else referent.origin), index)
        self.history.append(referent)
        self.at[index] = referent

    def read(self, token: Token, sent: int, para: int, first: bool, late: list) -> None:
        if token.i in self.persons:
            span = self.persons[token.i]
            if self.salutation(span):
                return  # `Дорогой Павел Андреевич!`: the letter's addressee, `Вы` of what follows
            gender = GENDER_OF.get(person_gender(span) or "")
            referent = name_referent(span, gender, sent, para)._replace(cluster=span._.cluster)
            noun = self.apposed_to.get(token.i)
            if noun is not None and not referent.subject:
                bearer = self.doc[noun]
                subject = bearer.dep_ in SUBJECTS or noun in self.linear
                referent = referent._replace(subject=subject, verb=subject_verb(bearer) or self.linear.get(noun))
            group = conjuncts(token, self.persons) if token.dep_ != CONJUNCT else [span]
            if len(group) > 1 or (token.dep_ == CONJUNCT and token.head.i in self.root_of):
                referent = referent._replace(member=True)
            if len(group) > 1 or self.with_others(role_bearer(span.root)):
                # `Иван и Пётр поехали`, `Пётр и соседский парень починили`: the group is the subject
                referent = referent._replace(subject=False, grouped=referent.subject)
            self.remember(referent, token.i)
            self.names_seen.append((token.i, self.at[token.i]))
            for word, (bearer, _) in list(self.titles.items()):
                if span._.cluster and bearer.cluster == span._.cluster:
                    self.titles[word] = (bearer, sent)  # the name again: its title is still in use
            title = self.title_of(span, noun)
            # the name's own gender (the tagger's, of its first word; `person_gender` may read
            # the title's): `президент Анна Орлова` keeps no title, a later `президент` may be anyone
            own = feature(span.root, "Gender") if span.root.pos_ == PROPN else None
            known = own or gender
            if title is not None and (known is None or feature(title, "Gender") in (known, None)):
                self.titles[lemma(title)] = (self.at[token.i], sent)
                if lemma(title) in kinship() and not owned(title) and not self.stranger(title) and span._.cluster:
                    self.kin_names.setdefault(lemma(title), []).append((span._.cluster, (span.start_char, span.end_char)))
            if len(group) > 1:
                self.history.append(group_referent(group[0], group, sent, para)._replace(speech=token.i in self.speech))
            partner = self.companion(token)
            if partner is not None:
                members = (partner.named, (span.start_char, span.end_char))
                self.history.append(partner._replace(token=token.i, number=PLUR, gender=None, named=None,
                                                     members=members, speech=token.i in self.speech))
            return
        if token.i in self.missed:
            span = self.missed[token.i]
            gender = GENDER_OF.get(person_gender(span) or "")
            self.remember(Referent(token.i, sent, para, gender, SING, token.dep_ in SUBJECTS, subject_verb(token),
                                   named=(span.start_char, span.end_char), cluster=span._.cluster), token.i)
            return
        if token.i in self.root_of or (token.pos_ not in WORDS and not noun_read_as_verb(token)):
            return
        if token.i in self.speech and token.pos_ in (NOUN, PROPN) and lemma(token) in kinship() \
                and self.stranger(token):
            self.spoken_to[lemma(token)] = (token.i, sent)  # `— Дядя, дай копеечку!` (`designated`)
        found = narrator(token, sent, para) or (
            noun_referent(token, sent, para) if (token.pos_ in (NOUN, PROPN) or noun_read_as_verb(token))
            and not self.named(token) and pronoun(token) is None else None)
        if found is not None:
            self.remember(self.designated(found, token, sent), token.i)
            return
        same = self.same_one(token)
        if same is not None:
            # `тот самый` is the person named before it; a relative clause on it binds to him too
            self.at[token.i] = self.at[token.i + 1] = same
            self.keep(Mention(token, PRONOUN, DEMONSTRATIVE, same.gender, SING), same, sent)
            return
        mention = pronoun(token) or zero_subject(token, self.times)
        if mention is None:
            return
        if mention.kind == ZERO and token.i in self.speech and feature(mention.token, "Tense") != "Past" \
                and not reported_tag(mention.token):
            return  # `"не сгорит"`, `"успеем!"`: in speech a present or future is often a thing or anyone
            # (not `«Я, говорит, ...»`: the one whose words they are)
        if mention.use in (REFLEXIVE, RELATIVE):
            late.append((mention, sent, para))
            return
        # the object of `уговорить`, `просить` is someone: no thing is meant
        someone = someone_meant(token, mention)
        speech = token.i in self.speech
        line = self.para_of(token.idx)
        speaker = (self.speakers.get(line) or self.tag_speaker(line, sent, para, first)) if speech else None
        objects = self.objects(token)
        if speech:
            history = self.not_addressed(line, speaker, sent, para, first)
        else:
            history = self.outside_line(line)
            if line in self.line_speech and self.replier(token, mention):
                # `— Не знаю, — ответил он.`: who replies is not who spoke the line before
                history = self.not_addressed(line, None, sent, para, first, history)
        # `тот, кто ...`: the one the relative clause describes, no one before
        chosen = None if correlative(token) else resolve.antecedent(mention, history, sent, para, first, objects,
                                                                   speech, speaker, person=someone)
        if chosen is None and mention.kind == PRONOUN and mention.use == PERSONAL:
            chosen = self.cataphora(mention, sent, para)
        if chosen is None and mention.kind == PRONOUN and mention.use in (PERSONAL, POSSESSIVE):
            chosen = resolve.antecedent(mention, history, sent, para, first, objects, speech, speaker,
                                        far=True, person=someone)
        if chosen is None and mention.kind == ZERO:
            chosen = resolve.far_subject(mention, history, sent, para, first, objects, speech, speaker)
        if speech:
            chosen = addressed_link(self, chosen, line, token.i)  # (`dialogue.py`: not the one spoken to)
        if chosen is None and mention.kind == ZERO:
            return  # no one before it: an indefinite `его арестовали`, or a narrator not named
        self.keep(mention, chosen, sent)
        unknown = Referent(token.i, sent, para, mention.gender, mention.number or SING, False, None)
        referent = self.standing_for(mention, chosen or unknown, sent, para)
        self.remember(referent, token.i)
        if mention.head is not None:
            self.at[mention.head.i] = referent

    def same_one(self, token: Token) -> Referent | None:
        """`доктор Сомов, тот самый, который лечил бабушку`: `тот самый` set off by a comma or a
        dash right after a person's name or noun, of its gender, is that person again (an apposition
        identifying someone the reader has met), not the correlative of a relative clause (`тот,
        кто`, `correlative`), which stands for whoever the clause describes; after a thing (`альбом,
        тот самый, который`) it is the thing, and no one is kept (`keep`)."""
        doc, i = self.doc, token.i
        if lemma(token) != SAME or i < 2 or i + 1 >= len(doc) or lemma(doc[i + 1]) not in SELF \
                or doc[i - 1].text not in SETTING_OFF:
            return None
        found = self.at.get(self.root_of.get(doc[i - 2].i, doc[i - 2].i))
        if found is None or found.number != SING or found.members:
            return None
        own = feature(token, "Gender")
        return found if found.gender is None or own is None or own == found.gender else None

    def cataphora(self, mention: Mention, sent: float, para: int) -> Referent | None:
        """`Когда он вошёл, Иван Сомов снял шапку`: the subject pronoun of a subordinate clause
        set before its main clause, with no one before it in sight, is the name that is the main
        clause's subject, when that name agrees with it (a pronoun pointing forward inside one
        sentence). Only when nothing earlier was found: `Пётр сидел у окна. Когда он вошёл, Иван
        снял шапку` keeps `он` for Пётр."""
        token = mention.token
        verb = token.head
        if token.dep_ not in SUBJECTS or verb.i == token.i or verb.dep_ != "advcl" or verb.head.i <= verb.i:
            return None
        if not any(c.dep_ == "mark" and c.i < token.i for c in verb.children):
            return None  # a subordinating conjunction opens the clause: `когда`, `хотя`, `если`
        main = verb.head
        subject = next((c for c in main.children if c.dep_ in SUBJECTS and c.i > verb.i), None)
        if subject is None or subject.i not in self.persons:
            return None
        span = self.persons[subject.i]
        gender = GENDER_OF.get(person_gender(span) or "")
        if mention.number == PLUR or (mention.gender is not None and gender is not None and mention.gender != gender):
            return None
        return name_referent(span, gender, sent, para)._replace(cluster=span._.cluster)

    def outside_line(self, line: int) -> list[Referent]:
        """The history without the persons spoken of in the speech of the dialogue line `line`:
        the author's words of a line (`— Где Иван? — спросил он.`) name its speaker, and the
        speaker is not the one their own words speak of (`он` is not Иван)."""
        inside = self.line_speech.get(line)
        return self.history if not inside else [r for r in self.history if r.token not in inside]

    def not_addressed(self, line: int, speaker: str | None, sent: float, para: int, first: bool,
                      history: list[Referent] | None = None) -> list[Referent]:
        """The history without the addressee of a dialogue line: the speaker of the line just
        before it, when that is someone else (`— Где Иван? — спросил Пётр. — Ушёл к соседу.`:
        the reply's `он` or unwritten subject is not Пётр, whom the reply would call `ты`)."""
        history = self.history if history is None else history
        previous = self.para_before.get(line)
        if line not in self.lines or previous not in self.lines:
            return history
        before = self.speakers.get(previous) or self.tag_speaker(previous, sent, para, first)
        if before is None or before == speaker:
            return history
        return [r for r in history if r.cluster != before]

    @staticmethod
    def replier(token: Token, mention: Mention) -> bool:
        """The mention is the subject, written or not, of a verb of replying (`replies.tsv`:
        `ответил он`, `— Нет, — возразила.`)."""
        verb = token if mention.kind == ZERO else (token.head if token.dep_ in SUBJECTS else None)
        return verb is not None and lemma(verb) in replying_verbs()

    def tag_speaker(self, line: int, sent: float, para: int, first: bool) -> str | None:
        """The person cluster of a dialogue line's speaker named by a pronoun in its author's
        words (`— Он мне нужен, — сказал он.`): the subject pronoun there, resolved as the
        narration stands when the line begins (the persons of the line's own speech left out);
        the line's `он` is then someone else than the speaker. The answer depends on where the
        walk stands, so it is kept by line and position."""
        key = (line, sent, para, first)
        if key in self.tag_speakers:
            return self.tag_speakers[key]
        found = None
        if line in self.lines:
            tag = self.tag_pronouns.get(line)
            mention = pronoun(tag) if tag is not None else None
            if mention is not None and mention.use == PERSONAL and mention.number == SING:
                chosen = resolve.antecedent(mention, self.outside_line(line), sent, para, first)
                found = chosen.cluster if chosen is not None and chosen.person else None
        self.tag_speakers[key] = found
        return found

    def companion(self, token: Token) -> Referent | None:
        """`Мария познакомилась с Петром`, `он познакомился с Верой`, `с художником Ладо`: the
        subject, standing for a name, of the verb a `с` + name (or the noun the name is apposed
        to) hangs on; with the name they make a group."""
        token = role_bearer(token)
        head = token.head
        if token.dep_ != "obl" or not any(c.dep_ == "case" and c.lower_ in COMITATIVE for c in token.children):
            return None
        subject = next((c for c in head.children if c.dep_ in SUBJECTS), None)
        found = self.at.get(subject.i) if subject is not None else None
        return found if found is not None and found.named and found.number == SING else None

    def objects(self, token: Token) -> set:
        """Who the verb's other dependents already are: its unwritten subject is someone else
        (`их арестовали`: not they themselves)."""
        if token.pos_ != "VERB":
            return self.coarguments(token)
        found = (self.at.get(c.i) for c in token.children if c.dep_ not in SUBJECTS)
        return {(r.named, r.members) for r in found if r is not None and (r.named or r.members)}

    def coarguments(self, token: Token) -> set:
        """The persons named as the objects of a personal pronoun's verb, before it or after (`Он
        уговаривал Петра`: `он` is not Пётр): a pronoun is never its co-argument (the subject is
        barred in `resolve.py`)."""
        if token.pos_ != PRON or token.dep_ not in SUBJECTS | CORE or token.head.i == token.i:
            return set()
        return {("cluster", self.persons[c.i]._.cluster) for c in token.head.children
                if c.i != token.i and c.dep_ in CORE and c.i in self.persons
                and self.persons[c.i]._.cluster}

    def noun_before(self, mention: Mention) -> Token | None:
        """`купца Ивана Орлова, у которого`: the noun or name just before the comma that opens
        the relative clause, when the parser attached the clause elsewhere; it must agree."""
        doc, at = self.doc, mention.token.i - 1
        if at >= 0 and doc[at].pos_ == "ADP":
            at -= 1
        if at < 1 or doc[at].text != ",":
            return None
        word = doc[at - 1]
        word = doc[self.root_of[word.i]] if word.i in self.root_of else word
        if word.pos_ not in (NOUN, PROPN):
            return None
        if feature(word, "Number") != mention.number and mention.number is not None:
            return None
        gender = mention.gender
        if mention.number == SING and gender in GENDERS and feature(word, "Gender") not in (gender, None):
            return None
        return word

    def title_of(self, span: Span, noun: int | None) -> Token | None:
        """The common noun of a person a name is apposed to (`дядя Пётр`, `брат отца Семён
        Орлов`, `Сосед наш, Пётр Ильич,`) or that is apposed to the name after it (`Анна Петровна,
        наша хозяйка,`), else None."""
        owner = self.name_owner(span)
        if owner is not None:
            return owner  # `узнал фамилию учителя — Сомов`: the teacher is Сомов, not the `фамилия`
        bearer = role_bearer(span.root)
        if bearer.i != span.root.i and bearer.pos_ == NOUN:
            return bearer
        if noun is not None:
            return self.doc[noun]
        # `Анна Петровна, наша хозяйка, ...`: a noun of a person set off after the name
        return next((c for c in span.root.children if c.dep_ == "appos" and c.pos_ == NOUN and c.i >= span.end
                     and feature(c, ANIMACY) == "Anim" and feature(c, "Number") != "Plur"), None)

    def name_owner(self, span: Span) -> Token | None:
        """`узнал фамилию учителя — Сомов`, `фамилия соседа была Орлов`: the common noun of a
        person (in the genitive, after it) that owns the noun of a name (`naming.tsv`) the name is
        given by; the noun then stands for the name as a title does (`titled`)."""
        root, nouns = span.root, naming_words()[1]
        head = root.head
        if head.i != root.i and lemma(head) in nouns and root.dep_ in ("appos", "flat", "flat:name", "nmod", "parataxis"):
            noun = head
        else:
            noun = next((c for c in root.children if c.dep_ in SUBJECTS and lemma(c) in nouns), None)
        if noun is None:
            return None
        return next((c for c in noun.children if c.dep_ == "nmod" and c.pos_ == NOUN and c.i == noun.i + 1
                     and feature(c, "Case") == "Gen" and feature(c, "Number") != PLUR), None)

    def designated(self, found: Referent, token: Token, sent: float) -> Referent:
        """The referent a common noun of a person brings in: someone unknown when the noun is used
        as one (`stranger`: `— Дядя, дай копеечку!`, `какой-то дядя`), the chain of such a stranger
        when the noun repeats it in sight (`Дядя молча отвернулся` right after the address is the
        man addressed, not the uncle named `дядя Пётр` before), else the name the noun was apposed
        to (`titled`), else the chain of its earlier use (`repeated`)."""
        again = self.repeated(found, token)
        if not found.person or found.narrator:
            return again
        address = self.spoken_to.get(lemma(token))
        if self.stranger(token) or (address is not None and address[0] < token.i
                                    and sent - address[1] <= resolve.LOOK_BACK):
            self.strangers.add(token.i if again.origin is None else again.origin)
            return again
        if again.origin is not None and again.origin in self.strangers:
            return again
        return self.titled(found, token, sent) or again

    def stranger(self, noun: Token) -> bool:
        """A kinship word (or any noun of a person) used for someone the text has not made its
        own: a noun with an indefinite word or an adjective of "other, unknown"
        (`models/coref/strangers.tsv`: `какой-то дядя`, `чужая бабушка`; not `старая бабушка`,
        `покойная мать`), unless a first-person possessive makes it the narrator's own; or an
        address in speech, set off like a name (`— Дядя, дай копеечку!`: a kinship word is also
        how one speaks to strangers), when the chapter names no one by that word. Such a noun
        begins no chain that a kinship name names (`chain_name`) and takes no title (`titled`)."""
        children = list(noun.children)
        if any(c.dep_ == "det" and lemma(c) in FIRST_POSSESSIVES for c in children):
            return False
        if any(c.dep_ in ("amod", "det") and lemma(c) in stranger_words() for c in children):
            return True
        if not (noun.i in self.speech and self.vocative(self.doc[noun.i:noun.i + 1])):
            return False
        # an address: to a stranger only when the chapter names no one by this word (`— Бабушка,
        # что ты купила?` to the grandmother named `бабушка Анна Петровна` is to her)
        chapter = self.chapter(noun.idx)
        return not any(self.chapter(name[0]) == chapter for _, name in self.kin_names.get(lemma(noun), ()))

    def chapter(self, char: int) -> int:
        """The number of the chapter or part (`structure`'s divisions, as `dates.narrative` reads
        them, found in the piece's own text when no stage gave them) that a character offset is in."""
        if self._chapters is None:
            text = doc_text(self.doc)
            found = set(chapter_starts(self.doc))
            found.update(e.start for e in find_structure(text).elements if e.type in DIVISIONS)
            self._chapters = sorted(found)
        return bisect_right(self._chapters, char)

    def titled(self, found: Referent, token: Token, sent: float) -> Referent | None:
        """`Летом приехал дядя Пётр ... Дядя рассказывал`: a common noun of a person that a name
        was last apposed to, repeated alone (no owner or other dependent that could make it
        someone else: `его брат`, `брат Ивана`; no adjective either: `бывший президент`,
        `северокорейский лидер`) within `TITLE_SPAN` sentences of its last use and in the same
        chapter, stands for that name; not when it names the post rather than its holder (`role_use`). The name was kept
        only if the noun agrees with it in gender (`президент Анна Орлова` is not kept: a
        later `президент` may be anyone)."""
        if not found.person or found.narrator or found.number != SING:
            return None
        known = self.titles.get(lemma(token))
        if known is None or sent - known[1] > TITLE_SPAN:
            return None
        if any((child.dep_ in OWNERS and child.dep_ not in DESCRIBING) or child.dep_ in ("amod", CONJUNCT)
               for child in token.children) or token.dep_ == CONJUNCT or self.role_use(token):
            return None
        name = known[0]
        if self.chapter(self.doc[name.token].idx) != self.chapter(token.idx):
            return None  # a new chapter: the word may be someone else's there
        self.titles[lemma(token)] = (name, sent)
        return found._replace(named=name.named, cluster=name.cluster, gender=name.gender or found.gender,
                              origin=None)

    def role_use(self, token: Token) -> bool:
        """The noun names a post, not who holds it: the genitive of a noun of a post (`на посту
        президента`, `в должности директора`; `models/coref/posts.tsv`). A word with an everyday
        sense besides (`место`, `кресло`) names the post only when the person's noun is no
        kinship word: `на месте отца` is the father's own place. A predicate noun (`был
        президентом`) is no referent at all (`noun_referent`), so it needs no check here."""
        head = token.head
        if token.dep_ != "nmod" or head.i == token.i or lemma(head) not in post_nouns():
            return False
        return not (post_nouns()[lemma(head)] and lemma(token) in kinship())

    def repeated(self, found: Referent, token: Token) -> Referent:
        """`приезжий ... Приезжий`: a common noun of a person repeated in sight continues the
        chain of its first use (the same unnamed person), so its pronouns add up."""
        if not found.person or found.narrator:
            return found
        word = lemma(token)
        for earlier in reversed(self.history):
            if earlier.person and not earlier.named and not earlier.members and earlier.origin is not None \
                    and earlier.number == found.number and found.sent - earlier.sent <= resolve.LOOK_BACK \
                    and lemma(self.doc[earlier.origin]) == word:
                return found._replace(origin=earlier.origin)
        return found

    def name_of(self, token: Token) -> Token:
        """The name apposed to a common noun (`доктор Белов`, `купца Ильи Сомова`), else the word."""
        if token.i in self.persons or token.i in self.root_of:
            return token
        if token.i in self.apposed:
            return self.doc[self.apposed[token.i]]
        for child in token.children:
            if child.i in self.persons and (child.dep_ in ("appos", "flat:name", "flat") or (
                    child.dep_ == "nmod" and feature(child, "Case") == feature(token, "Case") and animate(token))):
                return child  # `купца Ильи Сомова`; not `последователи Бакунина`, nor a thing's owner
                # in the same case (`комнаты Петра Орлова, в которой`: the room)
        return token

    def named(self, token: Token) -> bool:
        """A common noun with a name in apposition (`брат Иван`): the name is the referent."""
        return token.i in self.apposed or any(c.i in self.persons and c.dep_ in ("appos", "flat:name", "flat") for c in token.children)

    def standing_for(self, mention: Mention, chosen: Referent, sent: int, para: int) -> Referent:
        token = mention.token
        subject = mention.kind == ZERO or token.dep_ in SUBJECTS
        verb = mention.head.i if mention.kind == ZERO else subject_verb(token)
        gender = chosen.gender or (mention.gender if mention.gender in GENDERS else None)
        return chosen._replace(token=token.i, sent=sent, para=para, subject=subject, verb=verb, gender=gender,
                               grouped=False, member=False)

    def keep(self, mention: Mention, chosen: Referent | None, sent: float = 0.0) -> None:
        if chosen is not None and (chosen.narrator or not chosen.person):
            return
        if chosen is None and mention.token.lower_ == NEUTER_NOMINATIVE:
            return  # `Пришло письмо. Оно было написано карандашом`: an `оно` of no one is a thing
        token = mention.token
        named = chosen.named if chosen else None
        members = chosen.members if chosen else ()
        verbs = tuple((v.idx, v.idx + len(v)) for v in sharing(mention.head, self.times)) if mention.head is not None else ()
        record = (token.idx, token.idx + len(token), mention.kind, named, members, verbs)
        if chosen is not None and not (named or members) and chosen.origin is not None and chosen.number == SING \
                and self.common_noun(self.doc[chosen.origin]):
            # a person a common noun brought in (`приезжий ... он`): named later, perhaps
            self.described.append((record, chosen.origin, token.i, sent, chosen.gender or mention.gender))
        if mention.kind == ZERO and not (named or members):
            return  # an unwritten subject is kept only when it names someone
        self.mentions.append(record)

    def common_noun(self, token: Token) -> bool:
        """A noun of a person, or a capitalised one opening its sentence that the tagger took for
        a name (`Приезжий`); not a proper noun inside a sentence: a name the recogniser
        missed (`видел Петра`) is someone of their own, whom no later name renames."""
        if token.pos_ == NOUN:
            return True
        return token.pos_ == PROPN and opens_sentence(token)

    def name_described(self) -> None:
        """A person described first and named later (`Приезжий ... Он ... Он ... . Иван Орлов
        прожил у нас три дня`): the chain of a common noun of a person and its pronouns takes the
        name that next becomes the subject, when that name agrees with it, follows the chain's
        last mention within `NAMED_LATER` sentences (the first such subject decides), is not
        brought in by a verb of appearance
        (`вошёл Иван Орлов`: someone new) and was not mentioned while the chain ran (a person
        beside the described one is someone else); when the first agreeing subject name after
        the chain is such a person of the scene, the narration has turned to them and the chain
        stays unnamed (`Вошёл майор. Он сел рядом с Кольцовым. Кольцов закурил. Павел Зуев ...`:
        not the major), unless a sentence after the turn identifies the described one
        (`... Сомов молчал. Это был Иван Орлов`). A chain begun by a kinship word (`дедушка`)
        is not named: the word is how the text names that person."""
        chains: dict[int, list[tuple]] = {}
        for item in self.described:
            chains.setdefault(item[1], []).append(item)
        named_as: dict[tuple, tuple[int, int]] = {}
        seen_at = [i for i, _ in self.names_seen]  # in text order
        for origin, items in chains.items():
            name = self.chain_name(origin)
            if name is not None:
                for record, *_ in items:
                    named_as[record[:3]] = name
                continue
            if lemma(self.doc[origin]) in kinship():
                continue  # `дедушка ... он ... он`: a kinship word is the person's standing designation
            last_token = max(i for _, _, i, _, _ in items)
            last_sent = max(s for _, _, _, s, _ in items)
            gender = next((g for *_, g in items if g in GENDERS), None)
            lo = bisect_left(seen_at, origin)
            after = bisect_right(seen_at, last_token)
            present = {r.cluster for _, r in self.names_seen[lo:after]}
            if self.newcomer(self.doc[origin]):
                # `Иван сидел у окна. Вошёл высокий худой человек.`: someone the text describes
                # as new is not a person it has just named (`resolve.LOOK_BACK` sentences before)
                start = self.at[origin].sent if origin in self.at else last_sent
                present |= {r.cluster for _, r in self.names_seen[:lo] if start - r.sent <= resolve.LOOK_BACK}
            # the dialogue lines whose speech holds a mention of the chain: their speaker says
            # `я`, and is not the one the chain is about
            spoken = {self.para_of(self.doc[i].idx) for _, _, i, _, _ in items if i in self.speech}
            turned = False  # the narration has turned to someone of the scene: only a sentence that identifies names now
            for at, referent in self.names_seen[after:]:
                if at not in self.speech and self.para_of(self.doc[at].idx) in spoken:
                    continue
                if referent.sent - last_sent > NAMED_LATER:
                    break
                if referent.gender is not None and gender is not None and referent.gender != gender:
                    continue
                if referent.number != SING:
                    continue
                if referent.cluster in present:
                    if referent.subject and at not in self.speech:
                        turned = True  # not named by a subject after this (`Это был Иван Орлов` still names)
                    continue
                if identifies(self.doc[at]):
                    for record, *_ in items:
                        named_as[record[:3]] = referent.named
                    break  # `Это был Иван Орлов`: the sentence says who the described one is
                if turned:
                    if referent.subject:
                        break  # the next subject name after the turn is someone else
                    continue
                if len(items) < 2 or not referent.subject or referent.verb is None:
                    continue  # (a chain of one mention is named only by a sentence that identifies)
                if self.set_apart(at, origin):
                    break  # `Вошёл офицер. ... Иван кивнул офицеру`: the name is someone else
                if lemma(self.doc[referent.verb]) not in introducing_verbs():
                    for record, *_ in items:
                        named_as[record[:3]] = referent.named
                break  # the first agreeing subject name after the chain decides
        if not named_as:
            return
        kept = {m[:3] for m in self.mentions}
        for record, *_ in self.described:
            if record[:3] in named_as and record[:3] not in kept:
                self.mentions.append(record)  # an unwritten subject, now of a named person
        self.mentions = [m[:3] + (named_as[m[:3]],) + m[4:] if m[:3] in named_as and not m[3] and not m[4] else m
                         for m in self.mentions]

    def newcomer(self, noun: Token) -> bool:
        """A noun of a person that brings someone in by a description of its own: an adjective
        (`высокий худой старик`), a noun in the genitive (`хозяин постоялого двора`) or a common
        noun set beside it (`хозяин, отставной солдат`): the way Russian, which has no article,
        introduces someone new (a bare `офицер`, `генерал` is as often someone already in the
        scene). Not a possessive or a name (`его брат`, `брат Иван`): those say whose or who."""
        return any((c.dep_ == "amod" and c.pos_ == ADJ and c.i < noun.i)
                   or (c.dep_ in ("nmod", "appos") and c.pos_ == NOUN and c.i not in self.root_of
                       and c.i > noun.i and (c.dep_ == "appos" or feature(c, "Case") == "Gen"))
                   for c in noun.children)

    def set_apart(self, name: int, origin: int) -> bool:
        """The sentence of a name uses the noun that began a described person's chain again, for
        someone beside the name (`Вошёл офицер. Он поклонился. Иван встал и кивнул офицеру`): the
        name and the described person are two, so the name does not name the chain. A noun
        apposed to a name (`офицер Иван`) or inside one is the name's own word."""
        word = lemma(self.doc[origin])
        return any(t.i != origin and t.i not in self.root_of and t.i not in self.apposed and lemma(t) == word
                   for t in self.doc[name].sent)

    def chain_name(self, origin: int) -> tuple[int, int] | None:
        """The name of the person a chain begun by a common noun stands for, when the text gives
        it otherwise than by a name after the chain (`name_described`): the name the chain's person
        was addressed by (`addressed`); for a kinship word no one owns (`дедушка`, `мать`, not
        `его мать`), the one name that word was apposed to (`бабушка Анна`) or addressed by in the
        same chapter, since in a memoir the word is that person's standing designation there
        (GUIDELINES 8.3), when the chain begins after that apposition or address, or at most
        `KIN_BEFORE` paragraphs before it. A chain begun by the word said to or of a stranger
        (`stranger`: `— Дядя, дай копеечку!`, `какой-то дядя`) takes no such name. Two names for
        one word in the chapter (`дядя Пётр`, `дядя Семён`) name none of its chains."""
        if origin in self.addressed_as:
            return self.addressed_as[origin]
        token = self.doc[origin]
        word = lemma(token)
        if not self.common_noun(token) or word not in kinship() or owned(token) \
                or feature(token, "Number") == PLUR or origin in self.strangers or self.stranger(token):
            return None
        chapter, para = self.chapter(token.idx), self.para_of(token.idx)
        names = [(cluster, name) for cluster, name in self.kin_names.get(word, ())
                 if self.chapter(name[0]) == chapter]  # the chapter's own
        if len({cluster for cluster, _ in names}) != 1:
            return None  # none, or two for one word (`дядя Пётр`, `дядя Семён`)
        name = names[0][1]
        if name[0] > token.idx and self.para_of(name[0]) - para > KIN_BEFORE:
            return None  # a chain long before the name: the word may have been anyone's then
        return name

    def addressed(self) -> None:
        """`дед сказал: — Одевайся, Варвара!`, then `мать спросила: — Куда?`: a name set off in a
        dialogue line's speech as an address (`vocative`) names the line's addressee. The
        addressee is the person in the dative of the words that introduce or tag the line
        (`крикнула матери:`, `— ..., Анна, — сказал он ей`), else the speaker of the line it
        answers (the dialogue line just before), else the speaker of the line that answers it (the
        next line, with at most one paragraph of narration between); someone else than the line's
        speaker, of the name's gender. When the addressee is a person so far
        described by a common noun only, that noun's chain takes the name (`chain_name`)."""
        self.quote_addressed()
        if not self.lines:
            return
        tokens_of: dict[int, list[int]] = {}
        for i in range(len(self.doc)):
            tokens_of.setdefault(self.para_of(self.idx[i]), []).append(i)
        for root, span in sorted(self.persons.items()):
            line = self.para_of(span.start_char)
            if line not in self.lines or not span._.cluster or not self.vocative(span):
                continue
            speaker = self.voice(line, tokens_of)
            for person in (self.dative(line, tokens_of), self.asker(line, tokens_of), self.answer(line, tokens_of)):
                if person is not None and speaker is not None and resolve.identity(person) == resolve.identity(speaker):
                    continue
                learned = self.learn_address(person, span)
                if learned is None:
                    continue
                if not learned:
                    break  # a named person is addressed: nothing to learn
                noun = self.doc[person.origin]
                if lemma(noun) in kinship() and not owned(noun) and person.origin not in self.strangers:
                    self.kin_names.setdefault(lemma(noun), []).append((span._.cluster, (span.start_char, span.end_char)))
                break

    def quote_addressed(self) -> None:
        """`урядник спросил его строго: «Ты ли здешний мельник, Степан Лыков?»`: a
        name set off as an address (`vocative`) in a quotation inside the narration (no dialogue
        line: those `addressed` reads) names the one the words are said to: the object or the
        dative, with no preposition, of a verb of speech (`models/coref/person_verbs.tsv`) in the
        author's words that introduce the quotation, in its sentence before it, else in the
        author's words after it in the sentence that ends it (`«Ступай, Иван Сомов», — сказал
        барин солдату`). When that one is
        a person so far described by a common noun only (`главного злодея ... где он родился ...
        спрашивал его`), that noun's chain takes the name (`chain_name`); a named person or the
        narrator learns nothing, nor a person of the other gender than the name's."""
        for root, span in sorted(self.persons.items()):
            if not span._.cluster or self.para_of(span.start_char) in self.lines or not self.vocative(span):
                continue
            start = span.start
            while start > 0 and start - 1 in self.speech:
                start -= 1
            if start == 0:
                continue
            end = span.end
            while end < len(self.doc) and end in self.speech:
                end += 1
            colon = start - 1
            while colon > 0 and self.space[colon]:
                colon -= 1
            # the author's words before it: its own sentence's, or the sentence a colon ends
            # (`спрашивал его: «...»`, when the quotation was made a sentence of its own)
            opening = self.doc[colon] if self.doc[colon].text == ":" else self.doc[start]
            before = range(opening.sent.start, start)
            after = range(end, self.doc[end].sent.end) if end < len(self.doc) else range(0)
            person = self.said_to(before) or self.said_to(after)  # `«...», — сказал он старику`
            self.learn_address(person, span)

    def learn_address(self, person: Referent | None, span: Span) -> bool | None:
        """The name `span`, set off as an address, said to `person` (`addressed` in a dialogue
        line, `quote_addressed` in a quotation): None when `person` cannot be the one so called
        (no one, no single person, the narrator, the other gender than the name's); False when
        a named person is addressed (nothing to learn); True when `person` is so far described by
        a common noun only and that noun's chain learns the name (`addressed_as`, `chain_name`)."""
        if person is None or not person.person or person.narrator or person.number != SING:
            return None
        gender = GENDER_OF.get(person_gender(span) or "")
        if gender is not None and person.gender is not None and person.gender != gender:
            return None
        if person.named or person.cluster or person.origin is None or person.origin in self.root_of \
                or not self.common_noun(self.doc[person.origin]):
            return False
        self.addressed_as.setdefault(person.origin, (span.start_char, span.end_char))
        return True

    def said_to(self, tokens: range) -> Referent | None:
        """The person a verb of speech among `tokens` (outside speech) is said to: its object or
        its dative with no preposition (`спрашивал его`, `сказал старику`), as the walk read it."""
        for i in tokens:
            token = self.doc[i]
            if i in self.speech or token.dep_ not in ("obj", "iobj", "obl") or token.head.pos_ != VERB \
                    or person_verbs().get(lemma(token.head)) != "speech" or token.head.i not in tokens:
                continue
            cases = ("Acc", "Dat", "Gen") if token.pos_ == PRON else ("Acc", "Dat")  # (`его` read as a genitive)
            if any(c.dep_ == "case" for c in token.children) or feature(token, "Case") not in cases:
                continue
            found = self.at.get(self.root_of.get(i, i))
            if found is not None:
                return found
        return None

    def called(self) -> None:
        """`Хозяина звали Пётр Ильич`, `Звали его Семён`, `фамилия его была Сомов`, `чиновник по
        фамилии Сомов`: a name that a verb of naming or a noun of a name (`models/coref/naming.tsv`)
        gives to a person described before by a common noun or a pronoun names that person's whole
        chain, its mentions before the name included (`chain_name`)."""
        for root, span in sorted(self.persons.items()):
            target = self.named_one(span)
            if target is None:
                continue
            person = self.at.get(self.root_of.get(target.i, target.i))
            if person is None or not person.person or person.narrator or person.number != SING \
                    or person.named or person.cluster or person.origin is None:
                continue
            if self.doc[person.origin].pos_ not in (NOUN, PRON, PROPN) or person.origin in self.root_of:
                continue
            self.addressed_as.setdefault(person.origin, (span.start_char, span.end_char))

    def named_one(self, span: Span) -> Token | None:
        """The word for the person a name is given to by a naming construction, else None: the
        object of a verb of naming (`Хозяина звали Пётр Ильич`), the owner of a noun of a name
        (`фамилия его была Сомов`), or the noun a `по фамилии` hangs on (`чиновник по фамилии
        Сомов`)."""
        root = span.root
        verbs, nouns = naming_words()
        head = root.head
        if head.i != root.i and head.pos_ in (VERB, AUX) and lemma(head) in verbs:
            if feature(head, VERBFORM) == "Part":
                # `работник, прозванный Косым`: the participle's noun is the one named
                return head.head if head.dep_ in NAMED_BY_MODIFIER and head.head.pos_ in (NOUN, PRON) else None
            found = next((c for c in head.children if c.dep_ == "obj" and c.i not in self.root_of
                          and c.pos_ in (NOUN, PRON, PROPN)), None)
            if found is not None and lemma(found) in RELATIVES:
                return modified_noun(found)  # `мужик, которого звали Фомой`: the relative's noun
            return found
        noun = head if head.i != root.i and lemma(head) in nouns and root.dep_ in ("appos", "flat", "flat:name", "nmod") \
            else next((c for c in root.children if c.dep_ in SUBJECTS and lemma(c) in nouns), None)
        if noun is None:
            return None
        owner = next((c for c in noun.children if c.dep_ in ("nmod", "det", "nmod:poss") and c.pos_ in (PRON, DET)
                      and c.i not in self.root_of), None)
        if owner is not None:
            return owner
        if not any(c.dep_ == "case" and c.lower_ in NAME_CASES for c in noun.children) or noun.head.i == noun.i:
            return None
        bearer = noun.head
        if bearer.pos_ in (ADJ, VERB) and bearer.dep_ in NAMED_BY_MODIFIER and bearer.head.i != bearer.i:
            bearer = bearer.head  # `разбойник, известный под именем Сокола`: the noun the adjective describes
        return bearer if bearer.pos_ in (NOUN, PRON) else None

    def salutation(self, span: Span) -> bool:
        """A name that is a letter's salutation: a paragraph of its own, outside speech, holding
        only the name and its adjectives or possessive (`Дорогой Павел Андреевич!`, `Милая моя
        Аня,`) and ending with `!` or `,`, where a letter opens (the text's first line, the line
        after its dateline, or after a line ending in `:`; a narrator's `Бедный Иван Петрович!`
        inside a story is none). The addressee is `Вы`, `ты` of the letter: no
        antecedent of the narration's `он` or unwritten subject."""
        if span.start in self.speech:
            return False
        text = doc_text(self.doc)
        para = self.para_of(span.start_char)
        start = self.para_starts[para]
        end = self.para_starts[para + 1] if para + 1 < len(self.para_starts) else len(text)
        line = text[start:end].strip()
        if not line.endswith(("!", ",")):
            return False
        # where a letter opens: the text's first line, or after its dateline or a line ending in `:`
        before = [text[a:b].strip() for a, b in zip(self.para_starts[:para], self.para_starts[1:para + 1])]
        before = [line for line in before if line]
        dates = self.doc.spans.get(DATES, [])
        if before and not (before[-1].endswith(":") or (len(before) == 1 and any(d.start_char < start for d in dates))):
            return False
        words = self.doc.char_span(start, start + len(text[start:end].rstrip()), alignment_mode="expand")
        others = [t for t in words if not t.is_punct and not t.is_space and not (span.start <= t.i < span.end)]
        return len(others) <= SALUTATION_WORDS and all(
            t.pos_ in (ADJ, DET, CCONJ) or (t.pos_ == PROPN and not t.ent_type_ and adjective(t.lower_))
            for t in others)  # (the first word, capitalised, may be taken for a name: `Глубокоуважаемый`)

    def vocative(self, span: Span) -> bool:
        """A name set off in speech as an address: inside the speech, between its start, a comma,
        a dash or an exclamation and a comma, a dash or the end of a sentence (`— Варвара,
        одевайся!`, `— Иди, Пётр!`, `— Ну, Анна, ...`); nominative, and not one of coordinated
        names (`— Иван, Пётр и Анна пришли`)."""
        doc = self.doc
        if not all(i in self.speech for i in range(span.start, span.end)):
            return False
        if feature(span.root, "Case") not in ("Nom", None):
            return False
        persons = self.root_of
        if span.root.dep_ == CONJUNCT and span.root.head.i in persons or any(
                c.dep_ == CONJUNCT and c.i in persons for c in span.root.children):
            if coordinated(span.root):
                return False
        before = span.start - 1
        while before >= 0 and self.space[before]:
            before -= 1
        after = span.end
        while after < len(doc) and self.space[after]:
            after += 1
        opens = before < 0 or before not in self.speech or doc[before].text in ADDRESS_BEFORE
        closes = after >= len(doc) or after not in self.speech or doc[after].text in ADDRESS_AFTER
        return opens and closes

    def voice(self, line: int, tokens_of: dict[int, list[int]]) -> Referent | None:
        """Who speaks a dialogue line: the subject of its author's words (`— Да, — сказала
        мать`), as read by the walk, else the subject of the words that introduced it."""
        for i in tokens_of.get(line, ()):
            if i in self.speech or self.blank[i]:
                continue
            token = self.doc[i]
            if token.dep_ in SUBJECTS and token.head.pos_ in (VERB, AUX):
                found = self.at.get(self.root_of.get(i, i))
                if found is not None:
                    return found
            if token.pos_ == VERB and finite_of(token) is not None and i in self.at:
                return self.at[i]  # an unwritten subject: `— Да, — ответила.`
        return self.voices.get(line)

    def dative(self, line: int, tokens_of: dict[int, list[int]]) -> Referent | None:
        """The person in the dative, with no preposition, of the author's words of a line or of
        the sentence that introduced it (`бабушка крикнула матери:`)."""
        introducer = self.introducers.get(line)
        candidates = [i for i in tokens_of.get(line, ()) if i not in self.speech]
        if introducer is not None:
            candidates = list(range(introducer.start, introducer.end)) + candidates
        for i in candidates:
            token = self.doc[i]
            if feature(token, "Case") == "Dat" and token.dep_ in ("iobj", "obl") and token.head.pos_ == VERB \
                    and not any(c.dep_ == "case" for c in token.children):
                found = self.at.get(self.root_of.get(i, i))
                if found is not None and found.person:
                    return found
        return None

    def asker(self, line: int, tokens_of: dict[int, list[int]]) -> Referent | None:
        """The speaker of the line a line answers: the paragraph just before, when it is a dialogue
        line (`— Куда ты? — спросила мать.` / `— В город, Ольга, — ответил отец.`)."""
        previous = self.para_before.get(line)
        return self.voice(previous, tokens_of) if previous in self.lines else None

    def answer(self, line: int, tokens_of: dict[int, list[int]]) -> Referent | None:
        """The speaker of the line that answers a line: the next paragraph, when it is a
        dialogue line, or the one after a paragraph of narration that introduces it."""
        after = self.para_after.get(line)
        for following in (after, self.para_after.get(after)):
            if following in self.lines:
                return self.voice(following, tokens_of)
        return None

    def bind(self, mention: Mention, sent: int, para: int) -> None:
        """`свой`, `себя`: the subject of the clause; `который`: the noun the clause modifies."""
        if mention.use == RELATIVE:
            target = modified_noun(mention.token) or self.noun_before(mention)
            if target is not None and lemma(mention.token) in RELATIVES and not relative_agrees(mention.token, target):
                before = agreeing_before(mention.token)
                if before is not None and before.pos_ == NOUN and dictionary_animacy(before.text.lower()) is False \
                        and lemma(before) not in groups():
                    return  # `крыльцо хозяйки, на котором`: the porch, a thing, whatever noun the parser chose
                    # (not a collective of people, `войска, которые`: a group, GUIDELINES 8.2)
        else:
            target = clause_subject(mention.token)
        if target is not None:
            target = self.name_of(target)
        chosen = self.at.get(self.root_of.get(target.i, target.i)) if target is not None else None
        if chosen is None and target is not None:
            chosen = self.relatives.get(target.i)  # `Орлова, который служил в своём полку` (coref17a)
        verb = target
        while verb is not None and verb.dep_ == CONJUNCT and verb.head.i != verb.i and verb.i not in self.subject_of:
            verb = verb.head  # `уехал в Сибирь и привёз с собою`: coordinated verbs share the subject
        if chosen is None and verb is not None and target is not None and verb.i != target.i and verb.i in self.at:
            # `Потом вернулся домой, поел и сел за свой стол`: the unwritten subject of the first of
            # the coordinated verbs, which they share (one zero mention, on the first verb)
            chosen = self.at[verb.i]
        if chosen is None and verb is not None and verb.pos_ in (VERB, AUX) and verb.i in self.subject_of:
            # the verb's subject is written but the parser hung it elsewhere (`в молодости деда
            # Пётр Сомов уехал в Сибирь и привёз с собою`: `Пётр Сомов` apposed to `деда`): word
            # order found it (`subjects_by_order`)
            subject = self.subject_of[verb.i]
            chosen = self.at.get(self.root_of.get(subject, subject))
        if chosen is None and mention.use == REFLEXIVE and target is not None and target.pos_ in (VERB, AUX) \
                and target.morph.get(VERBFORM) == ["Fin"]:
            # `— Пора, — прошептал про себя Пётр`: the author's words of a line name their subject
            # after the verb and what stands between (`tag_subject`), here the reflexive itself
            written = tag_subject(target)
            if written is not None:
                written = self.name_of(written)
                chosen = self.at.get(self.root_of.get(written.i, written.i))
        if chosen is None and target is not None and mention.use == RELATIVE and target.pos_ == NOUN \
                and target.morph.get(ANIMACY) == ["Inan"]:
            return  # `рубли, которые`: a thing
        if chosen is None and mention.use == RELATIVE and lemma(mention.token) == "кто":
            self.keep(mention, None, sent)  # `всякий, кто ...`: someone, named by no one
            return
        if chosen is None:
            return  # `книга, которую`, `письмо нашло своего адресата`: no person known
        if mention.number == PLUR and chosen.number != PLUR and mention.use == RELATIVE:
            chosen = None
        if chosen is not None and mention.use == RELATIVE:
            self.relatives[mention.token.i] = chosen
        self.keep(mention, chosen, sent)


class Coreference:
    def __call__(self, doc: Doc) -> Doc:
        doc._.mentions = Walk(doc).run()
        return doc


@Language.factory("letopis_coref")
def create(nlp: Language, name: str) -> Coreference:
    return Coreference()
