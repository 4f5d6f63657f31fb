"""What a Doc offers coreference: referents that can be antecedents, and mentions to resolve.

A `Referent` is anything a later `он` or an unwritten subject may stand for: a named person, a
coordination of named persons (a group), a person named by a common noun (`отец`), the
narrator (`я`, `мы`), or a thing in subject position (`дом`), which stops a pronoun from being
taken for a person. Pronouns and unwritten subjects, once resolved, become referents too, so
a chain of `он` carries its person from sentence to sentence.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Collection, NamedTuple

from spacy.tokens import Span, Token

from letopis import ud
from letopis.labels import PRONOUN, ZERO
from letopis.coref.narration import existential
from letopis.resources import load_table
from letopis.lexicons import person_verbs  # noqa: F401 (re-exported for the coreference stage)
from letopis.morphosyntax import clauses
from letopis.morphosyntax.animacy import animal, animate, dictionary_animacy  # noqa: F401 (one rule, `animacy.py`)
from letopis.morphosyntax.lemma import parses
from letopis.morphosyntax.memo import doc_table
from letopis.morphosyntax.sentences import opens_sentence, sentence_end, sentence_start
from letopis.words import features, lemma

SUBJECTS = {"nsubj", "nsubj:pass"}
CONJUNCT = "conj"  # the dependency of a conjunct (`stage.py`, `dialogue.py`)
CLAUSAL_SUBJECTS = {"csubj", "csubj:pass", "expl"}
AUXILIARIES = {"aux", "aux:pass", "cop"}
SING, PLUR = "Sing", "Plur"
GENDERS = ("Masc", "Fem")
PERSONAL, POSSESSIVE, REFLEXIVE, RELATIVE = "personal", "possessive", "reflexive", "relative"
DEMONSTRATIVE = "demonstrative"
CharSpan = tuple[int, int]


class Referent(NamedTuple):
    token: int            # its head token (the verb, for an unwritten subject)
    sent: float           # sentence number in the Doc (the clock of the narration, `stage.py`)
    para: int             # paragraph number in the Doc
    gender: str | None    # Masc, Fem or unknown
    number: str           # Sing or Plur
    subject: bool         # the subject of its clause
    verb: int | None      # the verb it is the subject of
    named: CharSpan | None = None  # the name it is or stands for
    members: tuple[CharSpan, ...] = ()  # the names of a group
    person: bool = True
    narrator: bool = False
    speech: bool = False  # inside reported speech or thought (`speech.py`)
    origin: int | None = None  # the token that first brought this referent in (a chain's start)
    cluster: str | None = None  # the name's person cluster in the Doc (`span._.cluster`)
    grouped: bool = False  # one of a group that is the subject of `verb` (`Иван и сосед вытащили`)
    member: bool = False  # a name coordinated with another name (`Иван и Пётр`), wherever the group stands


class Mention(NamedTuple):
    """A pronoun or an unwritten subject to resolve: `token` is its span (the pronoun, or the
    finite verb: `был` of `был арестован`), `head` the predicate whose subject it is."""
    token: Token
    kind: str              # PRONOUN or ZERO
    use: str               # PERSONAL, POSSESSIVE, REFLEXIVE, RELATIVE, DEMONSTRATIVE (ZERO: PERSONAL)
    gender: str | None
    number: str | None
    head: Token | None = None


@lru_cache(maxsize=None)
def pronoun_table() -> dict[str, tuple[str, str | None, str | None]]:
    """lemma → (use, gender, number) from `models/coref/pronouns.tsv`."""
    return {row[0]: (row[1], None if row[2] == "-" else row[2], None if row[3] == "-" else row[3])
            for row in load_table("coref/pronouns.tsv")}


@lru_cache(maxsize=None)
def narrator_table() -> dict[str, str]:
    return {row[0]: row[1] for row in load_table("coref/narrator.tsv")}


def feature(token: Token, name: str) -> str | None:
    values = features(token, name)
    return values[0] if values else None


def subject_verb(token: Token) -> int | None:
    return token.head.i if token.dep_ in SUBJECTS and token.head.i != token.i else None


# A subject stands in the nominative (a genitive of negation or quantity too: `не было денег`);
# a noun the tagger reads in the instrumental, locative or dative and the parser hangs as a
# subject is a misparse (`пред сим` 'before this', `в оковах`): no subject, so no thing the
# parser made a subject outranks the person the narration is about. (The accusative is the
# object's case: `accusative` in `stage.py`.)
OBLIQUE_CASES = frozenset({"Ins", "Loc", "Dat"})


def nominal_subject(token: Token) -> bool:
    """The token is a subject the way the grammar allows: hung as one, in no oblique case."""
    return token.dep_ in SUBJECTS and feature(token, ud.CASE) not in OBLIQUE_CASES


def own_subject(verb: Token, times: Collection[int] = ()) -> bool:
    """A written subject; a date the parser took for one (`Каждое лето приезжал`, token indices
    in `times`) is none, nor a relative `который` of another number than the verb (`черновики,
    которые писала`: the parser's subject is the object, the writer is unwritten), nor a word
    the dictionary knows only as a verb, tagged a finite one (`Помолчал и вышел`). Worked out
    once per verb and `times` (`morphosyntax/memo.py`)."""
    table = doc_table(verb.doc, "own_subject")
    if table.get(TIMES) is not times:  # other dates: the answers so far do not hold
        table.clear()
        table[TIMES] = times
    found = table.get(verb.i)
    if found is None:
        found = table[verb.i] = any(
            child.dep_ in SUBJECTS | CLAUSAL_SUBJECTS and child.i not in times
            and not misread_relative(child, verb) and not verb_read_as_name(child)
            and not (child.pos_ == ud.VERB and feature(child, ud.VERBFORM) == "Fin" and only_a_verb(child.lower_))
            and not pronoun_disagrees(child, verb)
            for child in verb.children)
    return found


def disagrees(subject: Token, verb: Token) -> bool:
    """A past tense agrees with its subject in gender and number (`она стала`, `он сел`); a
    nominative the parser hung on a past tense of another gender, both singular, is the subject
    of some other verb (`Гроза стихла, он стал ...`: `Гроза` is not the subject of `стал`).
    Not a masculine noun with a feminine verb, which is how a woman of a profession is spoken
    of (`врач пришла`); not a name (the tagger's gender of a name is often a guess)."""
    if feature(verb, ud.TENSE) != "Past" or feature(verb, ud.NUMBER) != SING \
            or feature(subject, ud.NUMBER) != SING or subject.pos_ not in (ud.NOUN, ud.PRON):
        return False
    own, verbs = feature(subject, ud.GENDER), feature(verb, ud.GENDER)
    if own is None or verbs is None or own == verbs:
        return False
    return not (subject.pos_ == ud.NOUN and own == "Masc" and verbs == "Fem")


def pronoun_disagrees(subject: Token, verb: Token) -> bool:
    """`Ответила не сразу: он ещё спал`: the third-person `он` the parser made the subject of a
    finite past tense of another gender is not its subject; the verb's subject is unwritten. `он`
    only (the lemma `он`; `она`, `оно` have lemmas of their own): the precision audit covered `он`
    and no other. (Not a short participle or adjective, `была немыслима`: its subject is often a
    noun far before it, and the pronoun the parser gave it belongs to a clause in between.)"""
    return feature(verb, ud.VERBFORM) == "Fin" and subject.pos_ == ud.PRON and feature(subject, ud.PERSON) == "3" and lemma(subject) == "он" \
        and feature(subject, ud.CASE) == "Nom" and disagrees(subject, verb)


TIMES = "times"  # the key of `own_subject`'s table that holds the dates its answers are for
NOTHING = object()  # a table's mark of an answer that is None


@lru_cache(maxsize=65536)
def only_a_verb(word: str) -> bool:
    """pymorphy3 knows the word, and only as a verb: a finite form, indicative or imperative
    (`помолчал`, `вернулась`, `помолчи`), or a gerund (`помолчав`, `вздохнув`)."""
    readings = parses(word)
    return bool(readings) and readings[0].is_known and all(r.tag.POS in ("VERB", "GRND") for r in readings)


@lru_cache(maxsize=65536)
def only_a_determiner(word: str) -> bool:
    """pymorphy3 knows the word, and only as a pronominal adjective (`твоему`, `этакой`)."""
    readings = parses(word)
    return bool(readings) and readings[0].is_known and all(
        r.tag.POS == "ADJF" and "Apro" in r.tag.grammemes for r in readings)


FUNCTION_WORDS = frozenset({"PREP", "CONJ", "PRCL", "INTJ"})


@lru_cache(maxsize=65536)
def only_a_function_word(word: str) -> bool:
    """pymorphy3 knows the word, and only as a preposition, conjunction, particle or
    interjection (`пред`, `сквозь`, `ибо`): no noun in any reading."""
    readings = parses(word)
    return bool(readings) and readings[0].is_known and all(r.tag.POS in FUNCTION_WORDS for r in readings)


def no_noun(token: Token) -> bool:
    """A word the tagger took for a noun that the dictionary knows only as a pronominal
    adjective (`отцу-то твоему`: `твоему` tagged a noun, the dative object): no noun, so no
    person or thing; nor a capitalised word opening a sentence, tagged a noun or a name, that the
    dictionary knows only as a function word (`Пред ним стояли солдаты`, an old preposition
    taken for a name: it took the pronoun after it). (A word known only as a verb,
    `усмехается` tagged a noun, is left as the tagger has it: so dropped, it cost right links
    on the memoir development set, coref8b.)"""
    if token.pos_ == ud.NOUN and only_a_determiner(token.text.lower()):
        return True
    return token.pos_ in (ud.NOUN, ud.PROPN) and opens_sentence(token) and only_a_function_word(token.text.lower())


DICTIONARY_GENDERS = {"masc": "Masc", "femn": "Fem", "neut": "Neut"}


@lru_cache(maxsize=65536)
def dictionary_gender(word: str) -> str | None:
    """The gender of a noun in the nominative singular when the dictionary knows the word and
    all its such noun readings have one gender (`сводня`: feminine), else None (`сирота`, of
    common gender, `ms-f`)."""
    readings = [r for r in parses(word) if r.is_known and r.tag.POS == "NOUN" and {"nomn", "sing"} <= r.tag.grammemes]
    found = {g for r in readings for g in DICTIONARY_GENDERS if g in r.tag.grammemes}
    if not readings or len(found) != 1 or any("ms-f" in r.tag.grammemes for r in readings):
        return None
    return DICTIONARY_GENDERS[found.pop()]


def verb_read_as_name(token: Token) -> bool:
    """A capitalised finite verb or gerund opening a sentence that the tagger took for a name or
    a noun (`Помолчал и вышел.`: `Помолчал` tagged a proper noun, the subject of `вышел`;
    `Помолчав, он сказал`): no subject."""
    return (token.pos_ in (ud.PROPN, ud.NOUN) and token.text[:1].isupper() and opens_sentence(token)
            and only_a_verb(token.text.lower()))


@lru_cache(maxsize=65536)
def only_a_noun(word: str) -> bool:
    """pymorphy3 knows the word, and only as a noun (`штабс-капитан`, `унтер-офицер`)."""
    readings = parses(word)
    return bool(readings) and readings[0].is_known and all(r.tag.POS == "NOUN" for r in readings)


def noun_read_as_verb(token: Token) -> bool:
    """A hyphenated noun the tagger took for a verb (`Едва штабс-капитан вошёл`: `штабс-капитан`
    tagged a past tense): the dictionary knows it only as a noun, so it is a noun of a person,
    not a predicate with an unwritten subject."""
    if token.pos_ == ud.ADV and token.dep_ in SUBJECTS:
        # `Но лавочник, ...` tagged an adverb yet parsed the subject: a noun the dictionary
        # knows only as a noun is one
        return only_a_noun(token.text.lower())
    return token.pos_ in (ud.VERB, ud.AUX) and "-" in token.text and only_a_noun(token.text.lower())


def misread_relative(child: Token, verb: Token) -> bool:
    """A `который` the parser made the subject of a predicate whose finite word has another
    number (`письма, которые получила`): no verb agrees with a subject of another number; or
    one after the predicate (`письмо, которое обещал написать тёте, и посылку, которую ...`: a
    relative opens its own clause, so one after the verb is a later clause's)."""
    if lemma(child) != "который":
        return False
    if child.i > verb.i:
        return True  # a relative opens its clause: one after the verb belongs to a later clause
    finite = finite_of(verb) if verb.pos_ in (ud.VERB, ud.AUX, ud.ADJ, ud.NOUN) else None
    own, verbs = feature(child, ud.NUMBER), feature(finite, ud.NUMBER) if finite is not None else None
    return own is not None and verbs is not None and own != verbs


def finite_aux(token: Token) -> Token | None:
    """`был` of `был арестован`, `был болен`; `будет` of `будет писать`."""
    return next((child for child in token.children if child.dep_ in AUXILIARIES
                 and feature(child, ud.VERBFORM) == "Fin"), None)


def aux_before(participle: Token) -> Token | None:
    """`был вскоре арестован`: a finite `быть` just before a short participle (adverbs between) that
    the parser did not attach to it, agreeing in number."""
    at, start = participle.i - 1, sentence_start(participle)
    while at >= start and participle.doc[at].pos_ in (ud.ADV, ud.PART):
        at -= 1
    if at < start:
        return None
    word = participle.doc[at]
    if word.pos_ == ud.AUX and lemma(word) == "быть" and feature(word, ud.VERBFORM) == "Fin" \
            and feature(word, ud.NUMBER) == feature(participle, ud.NUMBER):
        return word
    return None


def finite_of(token: Token) -> Token | None:
    """The finite word of a predicate: the verb itself, or the auxiliary or copula of a short
    participle (`был арестован`, or the participle alone), an analytic future (`будет писать`)
    or a nominal predicate (`был болен`, `была учительницей`). Worked out once per word
    (`morphosyntax/memo.py`)."""
    table = doc_table(token.doc, "finite_of")
    found = table.get(token.i, NOTHING)
    if found is NOTHING:
        found = table[token.i] = predicate_finite(token)
    return found


def predicate_finite(token: Token) -> Token | None:
    """`finite_of`, worked out."""
    form = feature(token, ud.VERBFORM)
    if token.pos_ == ud.VERB and form == "Fin":
        return token if feature(token, ud.MOOD) != "Imp" else None
    if token.pos_ == ud.VERB and form == "Part" and feature(token, ud.VARIANT) == "Short":
        return finite_aux(token) or aux_before(token) or token
    if token.pos_ == ud.VERB and form == "Inf" or token.pos_ in (ud.ADJ, ud.NOUN):
        return finite_aux(token)
    return None


def coordinated(predicate: Token) -> bool:
    """A predicate coordinated with an earlier one shares its subject, written or not."""
    head = predicate.head
    if any(child.dep_ in SUBJECTS and misread_past(child) is not None for child in predicate.children):
        return True  # `Помолчал и вышел`: the misread `Помолчал` taken for the subject holds the mention
    return predicate.dep_ == "conj" and head.i != predicate.i and (
        finite_of(head) is not None or misread_past(head) is not None) and not after_semicolon(predicate)


def after_semicolon(predicate: Token) -> bool:
    """`Иван взял город; но пощадил жителей`: a clause after a semicolon is a clause of its own,
    so its verb does not share the subject of the verb before it (GUIDELINES 9.18: a zero
    mention of its own, which the resolver gives the same person)."""
    head = predicate.head
    if head.i >= predicate.i:
        return False
    between = predicate.doc[head.i + 1:predicate.i]
    marks = [t.i for t in between if t.text == ";"]
    # (`любил порядок; идя по двору, он откидывал щепки и упрекал`: a subject written after the
    # semicolon is the later verb's, whatever the parser hung it on)
    return bool(marks) and not any(t.dep_ in SUBJECTS for t in predicate.doc[marks[-1] + 1:predicate.i])


def sharing(predicate: Token, times: Collection[int] = ()) -> list[Token]:
    """The predicate and those coordinated with it that share its unwritten subject (and the
    verb a misread past was hung on as its subject: `Помолчал и вышел`)."""
    found = [predicate] + [child for child in predicate.children if child.dep_ == "conj"
                           and finite_of(child) is not None and not own_subject(child, times)
                           and not after_semicolon(child)]
    head = predicate.head
    if predicate.dep_ in SUBJECTS and head.i != predicate.i and finite_of(head) is not None \
            and misread_past(predicate) is not None:
        found.append(head)
    return found


@lru_cache(maxsize=None)
def parenthetical_table() -> dict[str, str | None]:
    """lemma → the word that makes it a parenthesis (`может быть`), from
    `models/coref/parenthetical.tsv`."""
    return {row[0]: None if row[1] == "-" else row[1] for row in load_table("coref/parenthetical.tsv")}


def parenthetical(finite: Token) -> bool:
    """`может быть,`, `может,`, `мне кажется,`: a verb set off as a parenthesis."""
    table = parenthetical_table()
    if lemma(finite) not in table or finite.i + 1 >= len(finite.doc):
        return False
    after = finite.doc[finite.i + 1]
    return after.text == "," or (table[lemma(finite)] is not None and after.lower_ == table[lemma(finite)])


BOUNDARIES = {";", ":", "—", "–", "--", "(", ")"}


@lru_cache(maxsize=None)
def comparison_words() -> frozenset[str]:
    """Words that open a comparison, from `models/coref/comparison.tsv`."""
    return frozenset(row[0] for row in load_table("coref/comparison.tsv"))


def compared(token: Token) -> bool:
    """`точно опытный плотник`: a nominal after a comparison word (adjectives between)."""
    at, start = token.i - 1, sentence_start(token)
    while at >= start and token.doc[at].pos_ in (ud.ADJ, ud.DET):
        at -= 1
    return at >= start and token.doc[at].lower_ in comparison_words()
SUBORDINATE = {"mark"}


def written_before(finite: Token) -> Token | None:
    """A subject the parser did not attach: the nearest nominative noun, name or pronoun to the
    left in the same clause that agrees with the verb (`а гость, пообедав с
    нами, сказал`), or an earlier agreeing finite verb the verb is coordinated with (`уехал и к
    ночи возвратился`): the verb shares its subject. The search stops at a clause boundary
    (`;`, `:`, a dash, a subordinating word, a relative adverb: `в городе, где был арестован`) and
    at a relative pronoun."""
    number, gender = feature(finite, ud.NUMBER), feature(finite, ud.GENDER)
    past = feature(finite, ud.TENSE) == "Past"
    start = sentence_start(finite)
    saw_and = False
    for i in range(finite.i - 1, start - 1, -1):
        token = finite.doc[i]
        if lemma(token) == "который":  # `Иван, который ... обвинил`: the relative is the subject
            # when it agrees; `деньги, которые занял`: the clause's subject is unwritten
            agreeing = feature(token, ud.NUMBER) in (number, None)
            return token if feature(token, ud.CASE) == "Nom" and agreeing else None
        if token.text in BOUNDARIES or token.dep_ in SUBORDINATE or lemma(token) in clauses.clause_openers(clauses.RELATIVE):
            return None
        if token.pos_ == ud.CCONJ:
            saw_and = True
        if token.pos_ in (ud.NOUN, ud.PROPN, ud.PRON) and feature(token, ud.CASE) == "Nom":
            if feature(token, ud.NUMBER) != number or compared(token) or verb_read_as_name(token):
                continue
            if past and number == SING and gender and feature(token, ud.GENDER) not in (gender, None):
                return None
            return token
        if token.pos_ in (ud.VERB, ud.AUX) and feature(token, ud.VERBFORM) == "Fin" and token.i != finite.i:
            # `уехал и возвратился`; and without `и`, two past tenses of one gender and number
            # side by side (`он вздрогнул, обернулся`): the verb shares the subject
            asyndetic = past and feature(token, ud.TENSE) == "Past" and only_commas(token, finite)
            if (saw_and or asyndetic) and feature(token, ud.NUMBER) == number and (
                    not past or number != SING or feature(token, ud.GENDER) in (gender, None)):
                return token
            return None
    return None


def only_commas(first: Token, second: Token) -> bool:
    """Between two words a comma and nothing else but adverbs and negations (`вздрогнул,
    обернулся`, `не видел его, не слышал`: the object of the first, or any word of its own
    clause, may stand before the comma: `не мог уснуть, потом встал`)."""
    between = first.doc[first.i + 1:second.i]
    commas = [t for t in between if t.text == ","]
    return len(commas) == 1 and all(t.text == "," or t.pos_ in (ud.ADV, ud.PART) or
                                    (t.i < commas[0].i and (t.pos_ == ud.PRON or within(t, first)))
                                    for t in between)


def within(token: Token, verb: Token) -> bool:
    """The token belongs to the verb's own clause: the verb's dependent, or theirs, with no finite
    verb between (`не мог проснуться, потом умылся`: `проснуться` is `мог`'s)."""
    node = token
    while node.head.i != node.i:
        if node.head.i == verb.i:
            return True
        node = node.head
        if feature(node, ud.VERBFORM) == "Fin":
            return False
    return False


def speech_verb(verb: Token) -> bool:
    return person_verbs().get(lemma(verb)) == "speech"


OPENERS = {",", "«", '"', "„", "—", "–", "--"}  # what may set a reporting verb off before it


def reported_tag(verb: Token) -> bool:
    """`«Я, говорит, тебе не слуга»`: a verb of speech set off by commas inside the
    words it reports, the way a retold conversation marks whose words they are (in Russian
    skaz and memoir prose, `говорит`, `спрашивает` in the present however long ago it was). Its
    unwritten subject is the one whose words these are, someone, not a thing: a present tense
    in speech is kept for it (`stage.py`)."""
    doc = verb.doc
    if not speech_verb(verb) or verb.i == 0 or verb.i + 1 >= len(doc):
        return False
    before, after = doc[verb.i - 1], doc[verb.i + 1]
    if before.text not in OPENERS or after.text != "," or feature(verb, ud.PERSON) in ("1", "2") \
            or feature(verb, ud.NUMBER) == "Plur":
        return False  # (`он, говорят, уехал`: a plural is 'people say', no one)
    # `Пётр, говорит, уехал`: a name or noun in the nominative just before may be the reported
    # clause's subject or the tag's own; left to the parser, as before
    word = doc[verb.i - 2] if verb.i >= 2 and before.text == "," else None
    return word is None or not (word.pos_ in (ud.NOUN, ud.PROPN) and feature(word, ud.CASE) == "Nom")


def written_after(finite: Token) -> Token | None:
    """A subject after its verb the parser did not attach (`жил он тогда в Твери`, `пришёл к
    нему Иван`, `утром пришёл к нам Пётр и рассказал`): the nearest nominative noun, name or
    pronoun to the right in the same clause that agrees with the verb. The search stops at
    punctuation, a conjunction, another verb, `который`, and at a noun in another case without
    a preposition (`родился 5 мая в деревне Ивановка`: past the object or the date, a nominative
    is no subject), but not at the dative addressee of a verb of speech (`сказал брату Иван`). The one scan for coreference and events (`events/extractor.py`,
    `subject_after`, which keeps only persons)."""
    number, gender = feature(finite, ud.NUMBER), feature(finite, ud.GENDER)
    past = feature(finite, ud.TENSE) == "Past"
    for token in finite.doc[finite.i + 1:sentence_end(finite)]:
        if token.is_punct or token.pos_ in (ud.CCONJ, ud.SCONJ, ud.VERB, ud.AUX) or lemma(token) == "который":
            return None
        case = feature(token, ud.CASE)
        if case == "Dat" and token.pos_ in (ud.NOUN, ud.PROPN) and speech_verb(finite) and animate(token):
            continue  # `сказал брату Иван`: the addressee of a verb of speech may come first
        if token.pos_ in (ud.NOUN, ud.PROPN) and case not in (None, "Nom") \
                and not any(child.dep_ == "case" for child in token.children):
            return None
        if token.pos_ in (ud.NOUN, ud.PROPN, ud.PRON) and case == "Nom":
            if feature(token, ud.NUMBER) != number or compared(token):
                continue
            if past and number == SING and gender and feature(token, ud.GENDER) not in (gender, None):
                continue
            return token
    return None


DASHES = frozenset({"—", "–", "--"})  # a dash that opens or closes a line of dialogue
TAG_STOPS = DASHES | {"«", "»", '"', "„", "“", "”", ":", ";", "(", ")"}


def tag_subject(finite: Token) -> Token | None:
    """The subject of the author's words of a dialogue line written after them and after an
    insertion (`— Пора, — сказал, вставая, Пётр`, `— Где он? — спросил, в свою очередь,
    Пётр`, `— Верно, — подтвердил шёпотом мельник`): after the dash that closes a line the author's
    words put the verb first, and what stands between it and its subject, set off by commas or
    not, is the manner of saying, a gerund and its objects. The nearest nominative noun, name or
    pronoun agreeing with the verb, before the sentence ends, another finite verb, a
    conjunction, a relative word, a dash or a quote; not a noun under a preposition."""
    doc = finite.doc
    if finite.i == 0 or doc[finite.i - 1].text not in DASHES:
        return None
    number, gender = feature(finite, ud.NUMBER), feature(finite, ud.GENDER)
    past = feature(finite, ud.TENSE) == "Past"
    for token in doc[finite.i + 1:sentence_end(finite)]:
        if token.text in TAG_STOPS or token.text in (".", "!", "?", "…") \
                or token.pos_ in (ud.CCONJ, ud.SCONJ) or lemma(token) in ("который", "кто", "что") \
                or (token.pos_ in (ud.VERB, ud.AUX) and feature(token, ud.VERBFORM) == "Fin"):
            return None
        # a nominative noun, name or pronoun not under a preposition, or an adjective standing for
        # a person at the end of the words (`— возразил ему третий.`)
        standing = token.pos_ in (ud.ADJ, ud.DET) and feature(token, ud.CASE) == "Nom" and substantive(token)
        nominal = token.pos_ in (ud.NOUN, ud.PROPN, ud.PRON) and feature(token, ud.CASE) == "Nom" \
            and not any(child.dep_ == "case" for child in token.children) and not compared(token)
        if not (standing or nominal):
            continue
        if feature(token, ud.NUMBER) != number:
            continue
        if past and number == SING and gender and feature(token, ud.GENDER) not in (gender, None):
            continue
        return token
    return None


def substantive(word: Token) -> bool:
    """An adjective or pronominal adjective used as a noun at the end of the author's words (`—
    возразил ему третий.`, `— добавил младший.`): a word before it and punctuation after it, no
    comma before it (`— ответил, довольный.` says how he answered)."""
    doc = word.doc
    return 0 < word.i < len(doc) - 1 and doc[word.i + 1].is_punct and not doc[word.i - 1].is_punct


def repeated_verb(finite: Token) -> Token | None:
    """`она открыла окно, которое заклеил отец, открыла и дверь`: the same verb in the same
    form earlier in the sentence, with a written subject, no `;` or `:` between; the repetition
    shares its subject."""
    for token in reversed(finite.doc[sentence_start(finite):finite.i]):
        if token.text in (";", ":"):
            return None
        if token.pos_ == finite.pos_ and lemma(token) == lemma(finite) and token.morph == finite.morph \
                and any(child.dep_ in SUBJECTS for child in token.children):
            return token
    return None


def written_subject(finite: Token) -> Token | None:
    """The subject the parser did not attach, before the verb, after it, or that of the same verb
    repeated; worked out once per verb (`morphosyntax/memo.py`)."""
    table = doc_table(finite.doc, "written_subject")
    found = table.get(finite.i, NOTHING)
    if found is NOTHING:
        found = table[finite.i] = written_before(finite) or written_after(finite) or repeated_verb(finite)
    return found


PYMORPHY_GENDERS = {"masc": "Masc", "femn": "Fem"}


@lru_cache(maxsize=65536)
def dictionary_past(word: str) -> tuple[str | None, str] | None:
    """(gender, number) when pymorphy3 reads the word only as a past indicative (`вернулся`,
    `лёг`, `вернулись`), else None."""
    readings = parses(word)
    if not readings or not readings[0].is_known or not all(
            r.tag.POS == "VERB" and "past" in r.tag and "indc" in r.tag for r in readings):
        return None
    tag = readings[0].tag
    number = PLUR if "plur" in tag else SING
    return (PYMORPHY_GENDERS.get(tag.gender) if number == SING else None), number


def misread_past(token: Token) -> Mention | None:
    """A past tense the tagger misread, with no written subject: a capitalised verb opening a
    sentence taken for a name or a noun (`Вернулся поздно.`, `Учился хорошо`), or a past taken
    for an imperative at the head of its sentence (`Лёг спать.`); the dictionary reads the word
    only as a past indicative and gives its gender and number."""
    misread = verb_read_as_name(token) or (
        token.pos_ == ud.VERB and feature(token, ud.MOOD) == "Imp" and opens_sentence(token))
    found = dictionary_past(token.text.lower()) if misread else None
    if found is None or any(child.dep_ in SUBJECTS and not verb_read_as_name(child) for child in token.children):
        return None
    gender, number = found
    if number == SING and gender not in GENDERS:
        return None
    return Mention(token, ZERO, PERSONAL, gender, number, token)


def finite_in_dictionary(finite: Token) -> bool:
    """The word can be a finite verb: the dictionary has a finite reading of it (a short passive
    participle is a predicate too: `взят`), or does not know the word at all (an old or rare
    form). A word the tagger made a finite verb that the dictionary knows only as something else
    (`ежели`, a conjunction; `улыбнувшись`, a gerund; `жар`, a noun) has no unwritten subject."""
    readings = parses(finite.text.lower())
    if not readings or not any(r.is_known for r in readings):
        return True
    return any(r.tag.POS in ("VERB", "PRTS") for r in readings if r.is_known)  # `взят`: a short participle too


# relations the parser gives a noun: a finite verb hung by one was read as a noun
# (not a subject's: `Помолчал и вышел`, the first verb hung as the second's subject, is the chain's first)
NOUN_RELATIONS = frozenset({"nmod", "amod", "appos", "obj", "iobj", "obl", "flat", "flat:name", "nummod", "det"})


def hung_as_noun(finite: Token) -> bool:
    """A finite verb the parser hung as a noun (it sees no tags: a verb the tagger took for a noun
    or a participle and `repairs.finite` retagged, `в которую мир воспоминаний промелькнул`,
    `промелькнул` nmod): by a noun's relation (not a subject's), or as the conjunct or clause of a
    noun or pronoun.
    Its subject is then hung elsewhere or not at all: the tree gives no ground for an unwritten one."""
    if finite.dep_ in NOUN_RELATIONS:
        return True
    return finite.dep_ in ("conj", "acl") and finite.head.i != finite.i and \
        finite.head.pos_ in (ud.NOUN, ud.PROPN, ud.PRON, ud.NUM)  # `одного из солдат`: a numeral as a noun


def only_impersonal(finite: Token) -> bool:
    """A verb the dictionary knows only as impersonal (`хочется`, `думается`, `верится`, `спится`:
    `ему хочется поговорить`): it has no subject, written or unwritten."""
    readings = [r for r in parses(finite.text.lower()) if r.tag.POS == "VERB"]
    return bool(readings) and all("Impe" in r.tag.grammemes for r in readings)


def zero_subject(predicate: Token, times: Collection[int] = ()) -> Mention | None:
    """The unwritten subject of a predicate (one for a chain of coordinated ones, on the first:
    `Вернулся домой и лёг`), on its finite word: past tense gives gender and number, present and
    future the person (the third only)."""
    finite = finite_of(predicate)
    if finite is None:
        return misread_past(predicate)
    if own_subject(predicate, times) or coordinated(predicate):
        return None
    if finite.pos_ not in (ud.VERB, ud.AUX) or parenthetical(finite) \
            or (written_subject(finite) is not None and not reported_tag(finite)):
        return None  # (a word before `«Я, говорит, ...»` is the reported words', not its subject)
    if tag_subject(finite) is not None:
        return None  # `— Пора, — сказал, вставая, Пётр`: the subject is written, after an insertion
    if not finite_in_dictionary(finite) or hung_as_noun(finite) or only_impersonal(finite):
        return None
    number = feature(finite, ud.NUMBER)
    if feature(finite, ud.TENSE) == "Past":
        gender = feature(finite, ud.GENDER)
        if number == SING and gender not in GENDERS:
            return None  # `стало`, `случилось`, `было холодно`: impersonal
        return Mention(finite, ZERO, PERSONAL, gender if number == SING else None, number, predicate)
    if feature(finite, ud.PERSON) != "3" or number is None:
        return None
    return Mention(finite, ZERO, PERSONAL, None, number, predicate)


@lru_cache(maxsize=None)
def correlatives() -> frozenset[str]:
    """Words a relative `кто` refers back to, from `models/coref/correlatives.tsv`."""
    return frozenset(row[0] for row in load_table("coref/correlatives.tsv"))


def correlative(token: Token) -> bool:
    """`тот, кто ...`, `всякий, кто ...`: the word has a relative clause of its own (its person is
    the one the clause describes, no one named before)."""
    return lemma(token) in correlatives() and any(c.dep_ == "acl:relcl" for c in token.children)


def relative_who(token: Token) -> bool:
    """A relative `кто` whose clause modifies a correlative word (`того, кто напрашивается`), not
    an interrogative (`Кто пришёл?`, `спросил, кто пришёл`)."""
    node = token
    while node.head.i != node.i and node.dep_ != "acl:relcl":
        if node is not token and node.pos_ in (ud.VERB, ud.AUX) and node.dep_ != "acl:relcl":
            return False
        node = node.head
    return node.dep_ == "acl:relcl" and node.head.i != node.i and correlative(node.head)


def modifier(token: Token) -> bool:
    """A demonstrative inside a fixed phrase (`с тех пор как`, `до тех пор`) or written just before
    a noun it agrees with in case and number (`тех пор`, `той стороны`, however the parser hung it):
    it modifies the noun and stands for no one by itself."""
    if token.dep_ == "fixed":
        return True
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return after is not None and after.pos_ == ud.NOUN and feature(after, ud.CASE) is not None \
        and feature(after, ud.CASE) == feature(token, ud.CASE) and feature(after, ud.NUMBER) == feature(token, ud.NUMBER)


def demonstrative_predicate(token: Token) -> bool:
    """A demonstrative that is the predicate of its clause says who someone is like, it names no one
    (`Отец и мать были те же` 'the same', `Совсем не та` 'not the same girl', `он уже не тот`):
    the head of its sentence, or with a copula of its own. Not with a relative clause of its own
    (`Это был тот, кто ...`: a correlative, a person)."""
    if any(c.dep_ == "acl:relcl" for c in token.children):
        return False
    return token.head.i == token.i or any(c.dep_ == "cop" for c in token.children)


def pronoun(token: Token) -> Mention | None:
    found = pronoun_table().get(lemma(token))
    if found is None:
        return None
    if found[0] == RELATIVE and lemma(token) == "кто" and not relative_who(token):
        return None
    use, gender, number = found
    if token.pos_ not in (ud.PRON, ud.DET) and not (use == REFLEXIVE and token.pos_ == ud.NOUN):
        return None  # `за собою` tagged a noun is still `себя`
    if use == PERSONAL and token.pos_ == ud.DET:
        use = POSSESSIVE
    if use == DEMONSTRATIVE and (token.dep_ == "det" or feature(token, ud.GENDER) == "Neut"):
        return None  # `тот человек`, `то`: no one by itself
    if use == DEMONSTRATIVE and (modifier(token) or demonstrative_predicate(token)):
        return None  # `с тех пор как`; `Отец был уже не тот`, `Они были те же`
    own = feature(token, ud.GENDER)
    if own == "Neut" and feature(token, ud.CASE) not in (None, "Nom"):
        own = gender = None  # `о нём`, `ему`, `его`: the forms of `он` and `оно` are one, either may be meant
    return Mention(token, PRONOUN, use, own or gender, feature(token, ud.NUMBER) or number)


def narrator(token: Token, sent: int, para: int) -> Referent | None:
    number = narrator_table().get(lemma(token)) if token.pos_ == ud.PRON else None
    if number is None:
        return None
    return Referent(token.i, sent, para, None, number, token.dep_ in SUBJECTS, subject_verb(token), narrator=True)


APPOSED = ("appos", "flat", "flat:name")


def role_bearer(root: Token) -> Token:
    """The word whose role in the clause a name has: the name itself, or the common noun it is
    apposed to (`доктор Белов приехал`: `доктор` is the subject, and so is `Белов`)."""
    head = root.head
    if root.dep_ in APPOSED and head.i != root.i and head.pos_ == "NOUN" and head.i < root.i:
        return head
    return root


def name_referent(span: Span, gender: str | None, sent: int, para: int) -> Referent:
    root = role_bearer(span.root)
    if existential(root):  # `был молодой лекарь — Сомов`: the subject (`narration.py`)
        return Referent(span.root.i, sent, para, gender, SING, True, root.i, named=(span.start_char, span.end_char))
    return Referent(span.root.i, sent, para, gender, SING, root.dep_ in SUBJECTS, subject_verb(root),
                    named=(span.start_char, span.end_char))


def group_referent(first: Span, spans: list[Span], sent: int, para: int) -> Referent:
    root = role_bearer(first.root)  # the group's role is its first member's, or that member's noun's
    return Referent(spans[-1].root.i, sent, para, None, PLUR, root.dep_ in SUBJECTS, subject_verb(root),
                    members=tuple((s.start_char, s.end_char) for s in spans))


def predicate(token: Token) -> bool:
    """`был врачом`, `стал учителем`: a noun that says what someone is, no one new."""
    return any(child.dep_ == "cop" for child in token.children) or token.dep_ in ("xcomp", "root")


THINGS_IN_ANY_ROLE = True


@lru_cache(maxsize=None)
def deity_nouns() -> frozenset[str]:
    """Nouns of God and the gods, from `models/coref/deities.tsv`."""
    return frozenset(row[0] for row in load_table("coref/deities.tsv"))


def deity(token: Token) -> bool:
    """`Господь ... он`: God is no person a pronoun is a mention of (GUIDELINES 9.2, 9.12)."""
    return lemma(token).lower().replace("ё", "е") in deity_nouns()


def noun_referent(token: Token, sent: int, para: int) -> Referent | None:
    """A person named by a common noun (`отец`, `братья`); a thing (an animal too: `собака`)
    only as a subject."""
    if (token.pos_ not in (ud.NOUN, ud.PROPN) and not noun_read_as_verb(token)) or predicate(token):
        return None  # PROPN: `Приезжий` opening a sentence
    if verb_read_as_name(token) or no_noun(token):
        return None  # `Помолчал и вышел`: a verb, no one
    misread = noun_read_as_verb(token)
    person = (dictionary_animacy(token.text.lower()) is True if misread else animate(token)) \
        and not animal(token) and not deity(token)  # `собака`, `бог`: animate, but no person
    subject = nominal_subject(token)
    if not person and not subject and not (THINGS_IN_ANY_ROLE and feature(token, ud.CASE)):
        return None
    number = feature(token, ud.NUMBER) or SING
    gender = feature(token, ud.GENDER) if number == SING else None
    if person and number == SING and feature(token, ud.CASE) == "Nom" and token.pos_ == ud.NOUN:
        # the tagger's gender of a nominative the dictionary knows with one gender only yields
        # to the dictionary's (`сводня` tagged masculine)
        gender = dictionary_gender(token.text.lower()) or gender
    if person and gender not in GENDERS:
        gender = None  # `сирота`, `судья`: either
    return Referent(token.i, sent, para, gender, number, subject, subject_verb(token), person=person)
