"""Which earlier referent a pronoun or an unwritten subject stands for.

Candidates are the referents of the mention's paragraph in its sentence and the `LOOK_BACK`
sentences before it; a mention in the first sentence of a paragraph also sees the end of the
paragraph before. A candidate must agree in number and, where both are known, in gender; a
personal or possessive pronoun is never the subject of its own clause (`Иван попросил его`:
`его` is not Иван; `Иван и Павел читали его`: nor one of a group that is), a third-person pronoun never the narrator. Of the rest the most salient
wins: a subject over an object (`SUBJECT`; the other way round for a demonstrative `тот`), a
name over a common noun (`NAMED`), the object of the action before for an object pronoun
(`PARALLEL`, the parallelism reward of Lappin & Leass 1994, "An algorithm for pronominal
anaphora resolution", Computational Linguistics 20(4): `взял топор и точил его`), less for
every sentence (`SENTENCE`) and for the paragraph (`PARAGRAPH`) between, the nearest on ties.
"""
from __future__ import annotations

from typing import Iterable

from spacy.tokens import Token

from letopis.coref.mentions import compared, DASHES, DEMONSTRATIVE, PERSONAL, PLUR, POSSESSIVE, SING, SUBJECTS, ZERO, Mention, Referent, deity, sharing
from letopis.morphosyntax.animacy import animal
from letopis.morphosyntax.lemma import parses
from letopis.words import lemma
from letopis.morphosyntax.clauses import object_control

LOOK_BACK = 3      # sentences before the mention's own
FAR_LOOK_BACK = 8  # for a pronoun with no candidate in sight: the person the narration was last about
FAR_PARAGRAPHS = 2 # ... up to this many paragraphs back
SUBJECT = 1.0      # a subject is the likeliest to be talked about next
NAMED = 0.3        # a named person over one a common noun gives
SENTENCE = 0.7     # the cost of each sentence between
PARAGRAPH = 0.5    # the cost of starting a new paragraph
SPEECH = 0.8       # the cost of a referent inside someone's speech for a mention outside it
CHAIN = 0.2        # for each earlier mention of the same person in sight: the topic stays the topic
CHAIN_MAX = 3      # ... counted up to this many
THING = 1.5        # the cost of a thing that is not a subject: a pronoun takes it only with no person near
PARTNER = 2.0      # `Иван и его сын`: the possessor is the person the noun is coordinated with
PARALLEL = 3.0     # `взял топор и точил его`: the object of the verb before is the object again (Lappin & Leass)
MEMBER = 1.0       # a name coordinated with another (`Иван и Пётр ...; ... ему`): a singular pronoun
                   # singles out a member of a group less readily than a person named alone
# the least salience a referent needs to be taken: below it the mention stays unlinked, since in
# B-cubed a wrong link costs precision and an unlinked mention only some recall. Decided on the
# memoir development set (docs/coreference.md; figures as measured then): -1.7 is the highest value that loses no right
# link there (link accuracy .880, person B-cubed P/R .927/.865 as with no threshold); -1.6 and
# -1.5 lose one right link and an event argument (link .872, B-cubed P/R .935/.856, F1 .895 →
# .894), -1.2 cuts recall steeply (a chain breaks at its first unlinked pronoun). -1.7 is, e.g.,
# a named non-subject three sentences back (0.3 - 3 × 0.7 = -1.8): too far to be taken on that alone.
MIN_SALIENCE = -1.7
# In the wider window (`in_reach`: a pronoun with no candidate in sight) the one agreeing person
# there is taken whatever its salience (a `она` after a page of dialogue and narration about one
# woman): with no other person of that gender and number in reach there is no wrong link to
# fear. Decided on the memoir development set and the persons probe only (docs/coreference.md, "Issue 12,
# coref6b"): development unchanged, probe link accuracy .594 → .615.


def agrees(mention: Mention, referent: Referent) -> bool:
    if mention.number == PLUR:
        return referent.number == PLUR
    if referent.number != SING:
        return False
    return mention.gender is None or referent.gender is None or mention.gender == referent.gender


def clause_verbs(token: Token) -> set[int]:
    """The verb whose clause the token is in, and the first verb it is coordinated with."""
    node = token
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    verbs = {node.i}
    if node.dep_ == "conj" and node.head.i != node.i and not any(c.dep_ in SUBJECTS for c in node.children) \
            and same_form(node, node.head):
        verbs.add(node.head.i)  # `Иван пришёл и попросил его`; not `Иван пришёл, и сын обнял его`
    above = controllers(node)
    if node.morph.get("VerbForm") == ["Part"] and only_a_gerund(node):
        finite = finite_above(node)  # `махая` tagged a participle of the noun it follows
        if finite is not None:
            above.add(finite.i)
    for i in sorted(above):
        verb = token.doc[i]
        verbs.add(i)
        while verb.dep_ == "conj" and verb.head.i != verb.i and not any(c.dep_ in SUBJECTS for c in verb.children) \
                and same_form(verb, verb.head):
            # `Иван встал, поклонился и, не попросив его сесть, отвернулся`: the gerund's verb
            # shares the subject of the verbs it is coordinated with, so `его` is not Иван either
            verb = verb.head
            verbs.add(verb.i)
    return verbs


def only_a_gerund(token: Token) -> bool:
    """The dictionary knows the word as a gerund and as no participle (`махая`, `обращаясь`)."""
    readings = [r.tag.POS for r in parses(token.text.lower()) if r.is_known]
    return "GRND" in readings and not {"PRTF", "PRTS"} & set(readings)


def controllers(verb: Token) -> set[int]:
    """`Пётр хотел прогнать его`: an infinitive or a gerund without a subject of its own has the
    subject of the verb it hangs on (through coordinated infinitives: `хотел догнать обоз и
    обогнать его`), so a pronoun there is not that subject either (binding: the understood
    subject is a local one). Not past a verb whose object is the infinitive's subject
    (`уговорил брата отпустить его`: `его` may be the one who persuaded)."""
    found: set[int] = set()
    node = verb
    while node.morph.get("VerbForm") and node.morph.get("VerbForm")[0] in ("Inf", "Conv") \
            and node.head.i != node.i and not any(c.dep_ in SUBJECTS | {"aux", "mark"} for c in node.children):
        # (`буду жить`, `что ... жить`: a finite clause of its own)
        head = node.head
        if node.morph.get("VerbForm") == ["Conv"] and head.morph.get("VerbForm") == ["Fin"]:
            tag = tag_verb(node, head.i)  # `— Прошу, — сказал Иван, пропуская его`: the tag's verb
            if tag is not None:
                found.add(tag.i)
                break
        if node.dep_ == "conj":
            node = head
            found.add(node.i)
            continue
        if node.dep_ not in ("xcomp", "advcl") or head.pos_ not in ("VERB", "AUX"):
            if node.morph.get("VerbForm") == ["Conv"]:
                finite = finite_above(node)
                if finite is not None:
                    found.add(finite.i)  # a gerund the parser hung elsewhere: still the clause's subject's
            break
        if node.morph.get("VerbForm") == ["Inf"] and lemma(head) in object_control():
            break
        found.add(head.i)
        node = head
    return found


# the first-person pronouns that are no subject, by number: `взял меня за руку`, `сказал нам`
FIRST_OBJECTS = {SING: frozenset({"меня", "мне", "мной", "мною"}), PLUR: frozenset({"нас", "нам", "нами"})}
OBJECT_ROLES = ("obj", "iobj", "obl")


def speaker_object(predicate: Token, number: str) -> bool:
    """The clause of an unwritten subject holds `меня`/`мне` (`нас`/`нам` for a plural) as an
    object or a prepositional phrase of the predicate, of a verb coordinated with it that
    shares its subject, or of a gerund or infinitive of theirs (`Схватив меня за руку, повёл в
    сад`, `Взмахнул руками и уставился на меня`): the subject is then not the narrator, who would
    say `себя` of himself (binding: a pronoun is free in its clause). A participle's phrase
    (`булки, взятые у меня`) is another clause and does not count."""
    words = FIRST_OBJECTS.get(number)
    if not words:
        return False
    verbs = list(sharing(predicate))
    for verb in list(verbs):
        verbs.extend(c for c in verb.children if c.dep_ in ("advcl", "xcomp")
                     and c.morph.get("VerbForm") and c.morph.get("VerbForm")[0] in ("Conv", "Inf"))
    return any(c.dep_ in OBJECT_ROLES and c.lower_ in words for verb in verbs for c in verb.children)


def gerund_objects(mention: Mention) -> set[int]:
    """The objects (and persons in a prepositional phrase) of the gerunds of the verb whose
    subject the mention is (`Встретив Петра, он улыбнулся`, `Проводив гостя до ворот,
    вернулся`): a gerund has the subject of its verb (the grammar of «деепричастный оборот»), so
    the one it acts on is not that subject (binding: co-arguments are disjoint)."""
    token = mention.token
    if mention.kind == ZERO:
        verb = mention.head
    elif token.dep_ in SUBJECTS and token.head.i != token.i:
        verb = token.head
    else:
        return set()
    if verb is None:
        return set()
    found: set[int] = set()
    for gerund in verb.children:
        if gerund.dep_ == "advcl" and (gerund.morph.get("VerbForm") == ["Conv"] or only_a_gerund(gerund)):
            # (`Встретив` opening a sentence is often tagged a noun: the dictionary knows it a gerund)
            found.update(c.i for c in gerund.children if c.dep_ in OBJECT_ROLES)
    return found


def sentient(token: Token) -> bool:
    """God or an animal: no person mention, but one that sees, hears and speaks."""
    return deity(token) or animal(token)


def finite_above(gerund: Token) -> Token | None:
    """The nearest finite verb above a gerund the parser hung on something else than a verb
    (`сказал Лесков, вежливо обращаясь к нему`, when the parser hangs the gerund on the adverb): a gerund
    always has the subject of the clause it stands in (the grammar of «деепричастный оборот»),
    so its pronoun is not that subject either. Only a word the dictionary knows as a gerund: one
    it knows only as a participle (`толпу, кинувшуюся на него`) qualifies its noun."""
    if not any(r.tag.POS == "GRND" for r in parses(gerund.text.lower())):
        return None
    node = gerund
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX") and node.morph.get("VerbForm") == ["Fin"]:
            return tag_verb(gerund, node.i) or node
    # none above: the parser hung the gerund on the words of a quotation (`— Прошу, — сказал
    # Иван, провожая его к двери`: `провожая` on the quotation's root)
    return tag_verb(gerund, gerund.sent.start - 1)


QUOTE_DASHES = DASHES  # the dashes of a line of dialogue (`mentions.py`)


def tag_verb(gerund: Token, above: int) -> Token | None:
    """A gerund after the author's words that close a quotation (`— Прошу, — сказал Иван,
    провожая его к двери`) is the tag verb's, whatever the parser hung it on before the dash: the
    finite verb with a written subject after the last dash between `above` and the gerund."""
    doc = gerund.doc
    dashes = [i for i in range(above + 1, gerund.i) if doc[i].text in QUOTE_DASHES]
    if not dashes:
        return None
    for i in range(dashes[-1] + 1, gerund.i):
        verb = doc[i]
        if verb.pos_ in ("VERB", "AUX") and verb.morph.get("VerbForm") == ["Fin"] \
                and any(c.dep_ in SUBJECTS for c in verb.children):
            return verb
    return None


def same_form(verb: Token, head: Token) -> bool:
    """Two coordinated verbs that can share a subject: both finite, agreeing in number and
    gender (`он испугался, и ему казалось`: `казалось` has no subject of `испугался`'s)."""
    if verb.morph.get("VerbForm") != ["Fin"] or head.morph.get("VerbForm") != ["Fin"]:
        return False
    return all(not verb.morph.get(f) or not head.morph.get(f) or verb.morph.get(f) == head.morph.get(f)
               for f in ("Number", "Gender"))


def visible(mention_sent: int, mention_para: int, first_of_para: bool, referent: Referent) -> bool:
    if mention_sent - referent.sent > LOOK_BACK:
        return False
    return referent.para == mention_para or (first_of_para and referent.para == mention_para - 1)


def in_reach(mention_sent: float, mention_para: int, referent: Referent) -> bool:
    """The wider window of a pronoun that sees no candidate: a person of the last
    `FAR_LOOK_BACK` sentences and `FAR_PARAGRAPHS` paragraphs (a `она` after a dialogue of short
    lines still means the woman the narration was about)."""
    return (referent.person and mention_sent - referent.sent <= FAR_LOOK_BACK
            and mention_para - referent.para <= FAR_PARAGRAPHS)


def salience(referent: Referent, sent: int, para: int, contrast: bool = False, speech: bool = False,
             chain: int = 0) -> float:
    """`contrast` (a demonstrative `тот`): the one who is not the subject is meant. `speech`: the
    mention is inside reported speech; `chain`: how many earlier mentions in sight are the
    referent's person."""
    subject = SUBJECT * (referent.subject != contrast)
    return (subject + NAMED * bool(referent.named or referent.members)
            - SENTENCE * (sent - referent.sent) - PARAGRAPH * (para - referent.para)
            - SPEECH * (referent.speech and not speech) + CHAIN * min(chain, CHAIN_MAX)
            - THING * (not referent.person and not referent.subject))


def identity(referent: Referent) -> tuple | None:
    """What makes two referents one: the name (or names of a group) they stand for, else the
    word that brought an unnamed one in (`приезжий ... он ... он`)."""
    if referent.cluster is not None:
        return "cluster", referent.cluster
    if referent.named or referent.members:
        return referent.named, referent.members
    return None if referent.origin is None else ("origin", referent.origin)


def partner_of(token: Token) -> int | None:
    """`Иван и его сын`: the word the pronoun's noun is coordinated with."""
    head = token.head
    if token.dep_ in ("nmod", "det", "nmod:poss") and head.dep_ == "conj" and head.head.i != head.i:
        return head.head.i
    return None


PARALLEL_ROLES = ("obj", "iobj", "obl")  # a verb's object, dative or prepositional phrase


def parallel_object(token: Token, referent: int) -> bool:
    """`сняв пальто, повесил его у двери`, `взял книгу и положил её на стол`: a pronoun that
    is the object of a verb takes the object of the gerund or the coordinated verb before it in
    the same chain of actions (one doer, one thing handled); not across a clause with a subject
    of its own (`он взял книгу, и брат положил её`). Beyond two objects, a pronoun object,
    dative or prepositional phrase (`получил от него ответ`, `сел рядом с ним`) takes a person in
    any such role of the verb before (`написал отцу`, `подошёл к Лыкову`; also the person a
    place or post noun of that verb hangs on: `подкрались к будке Фомина`, `дозвонились до
    посла Лебедева`)."""
    if token.dep_ not in PARALLEL_ROLES or token.head.i == token.i:
        return False
    earlier = token.doc[referent]
    before = earlier.head
    if earlier.dep_ in ("iobj", "nmod", "appos") and before.dep_ in ("obl", "obj") and before.head.i != before.i \
            and not (token.dep_ == "obj" and before.dep_ == "obj"):
        # `к будке Фомина`, `дозвонились до посла Лебедева`: that verb's person; not for an object
        # after an object (`нашла фотографию матери и повесила её`: the thing is the parallel one)
        before = before.head
    elif earlier.dep_ not in PARALLEL_ROLES:
        return False
    if before.pos_ == "ADV" and earlier.dep_ == "obl" and before.head.i != before.i:
        before = before.head  # `сел рядом с Андреем и подал ему руку`: the verb of `рядом`
    verb = token.head
    if verb.pos_ == "ADV" and token.dep_ == "obl" and verb.head.i != verb.i:
        verb = verb.head  # `сел рядом с ним`
    if earlier.i >= token.i or before.i == verb.i:
        return False
    if (token.dep_, earlier.dep_) != ("obj", "obj") and not (
            earlier.pos_ == "PROPN" or "Anim" in earlier.morph.get("Animacy")):
        return False  # beyond two objects, a person only: `написал отцу и получил от него ответ`
    if (token.dep_, earlier.dep_) != ("obj", "obj") and any(
            c.pos_ == "PRON" and c.dep_ in PARALLEL_ROLES and c.i < token.i for c in (*verb.children, *token.head.children)):
        return False  # `написал Ивану и рассказал ему про него`: `ему` is the parallel one, `него` another
    linked = (before.dep_ in ("advcl", "conj") and before.head.i == verb.i and before.i < verb.i) or (
        verb.dep_ == "conj" and verb.head.i == before.i and not any(c.dep_ in SUBJECTS for c in verb.children))
    return linked


def relative_host(token: Token) -> int | None:
    """The noun modified by the relative clause the token is in: `Сомов, у которого он
    служил` — `он` is someone else than the noun `который` stands for."""
    node = token
    while True:
        if node.dep_ == "acl:relcl" and node.head.i != node.i:
            return node.head.i
        if node is not token and node.pos_ in ("VERB", "AUX"):
            head = node.head
            if node.dep_ == "conj" and head.dep_ == "acl:relcl" and head.head.i != head.i:
                return head.head.i
            return None
        if node.head.i == node.i:
            return None
        node = node.head


NAME_LINKS = ("nmod", "appos", "flat", "flat:name")  # how a name hangs on the noun of its bearer


def own_phrase(token: Token) -> set[int]:
    """`любимец его Перфильев`, `сын её Андрей`, `брат его жены`: the noun a possessive pronoun
    belongs to, the noun that one hangs on and the names set beside them. A possessive is never
    the person its own noun phrase names (the i-within-i condition of binding theory, Chomsky
    1981, "Lectures on Government and Binding": in `[любимец его Перфильев]` `его` is someone
    else than Perfiliev, his master). The parser hangs the pronoun on the noun or on the name,
    or elsewhere: a pronoun between a noun of a person and a name hung on that noun
    (`сподвижник его Перфильев`) is that phrase's possessor, wherever the parser put it."""
    doc = token.doc
    found: set[int] = set()
    if any(c.dep_ == "case" for c in token.children):
        return found  # `письмо от него`: a prepositional phrase, no possessor
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if before is not None and after is not None and before.pos_ == "NOUN" and after.pos_ == "PROPN" \
            and after.head.i == before.i and after.dep_ in NAME_LINKS:
        found.update((before.i, after.i))
    head = token.head
    if token.dep_ not in ("det", "nmod", "nmod:poss") or head.i == token.i or head.pos_ not in ("NOUN", "PROPN"):
        return found
    found.add(head.i)
    if head.dep_ in NAME_LINKS and head.head.i != head.i and head.head.pos_ in ("NOUN", "PROPN") \
            and abs(head.head.i - head.i) <= 2:
        found.add(head.head.i)
    for i in list(found):
        found.update(c.i for c in doc[i].children
                     if c.dep_ in NAME_LINKS and c.pos_ == "PROPN" and i < c.i <= i + 2)
    return found


def in_comparison(token: Token) -> bool:
    """A possessive in a comparison (`сидел молча, как его отец`, `точно его брат`): the comparison
    is a clause of its own with its own unwritten predicate, so the main clause's subject may be
    the possessor (`как его отец` is the father of the one who sat)."""
    if token.dep_ not in ("det", "nmod", "nmod:poss") or token.head.i == token.i:
        return False
    return compared(token.head) or (token.i > 0 and compared(token))


def antecedent(mention: Mention, history: Iterable[Referent], sent: int, para: int,
               first_of_para: bool, others: set = frozenset(), speech: bool = False,
               speaker: str | None = None, far: bool = False, person: bool = False) -> Referent | None:
    """The most salient visible agreeing referent (`history` in text order), or None; never
    one of `others` (who the verb's other dependents are). A pronoun that is not a subject is
    never the subject of its own clause (`Иван попросил его`); a subject pronoun may be that of
    a verb coordinated with its own (`Иван согнулся, и он услышал`). `person`: the mention is
    someone, not something (the object of `уговорить`), so no thing is a candidate."""
    bound = clause_verbs(mention.token) if mention.kind != ZERO and mention.token.dep_ not in SUBJECTS \
        and not in_comparison(mention.token) else set()
    host = relative_host(mention.head if mention.kind == ZERO and mention.head is not None else mention.token)
    # a thing that is not a subject is a candidate only in the mention's own sentence
    seen = [r for r in history if (in_reach(sent, para, r) if far else visible(sent, para, first_of_para, r))
            and (r.person or r.subject or r.sent == sent)]
    chains: dict[tuple, int] = {}
    for referent in seen:
        key = identity(referent)
        if key is not None and (speech or not referent.speech):  # the narration's topic is its own
            chains[key] = chains.get(key, 0) + 1
    # a person named as the subject of the pronoun's clause, by any mention of theirs; or
    # described there by a noun (`приезжий ... сказал ему`: not the приезжий of before)
    doc = mention.token.doc
    partner_at = partner_of(mention.token)  # the mention's, whichever referent is weighed
    own = own_phrase(mention.token) if mention.kind != ZERO and mention.use in (PERSONAL, POSSESSIVE) else set()
    for i in sorted(own):
        noun = doc[i]
        if noun.dep_ in SUBJECTS or (noun.dep_ == "conj" and noun.head.dep_ in SUBJECTS) \
                or (noun.i + 1 == mention.token.i and noun.pos_ == "NOUN" and "Nom" in noun.morph.get("Case")):
            # inside the subject itself (`Сомов и приказчик его`, `как помощник его Лыков стоял`,
            # however the parser hung the nominative phrase): no subject binds it
            bound = set()
        if partner_at is None and noun.dep_ == "conj" and noun.head.i not in own:
            partner_at = noun.head.i  # `Сомов и приказчик его Лыков`: the master is the partner
    barred = {identity(r) for r in seen if (r.subject or r.grouped) and r.verb in bound and identity(r) is not None
              and (r.cluster is not None and r.token == r.origin or doc[r.token].pos_ in ("NOUN", "PROPN")
                   or r.token == r.verb)}  # (an unwritten subject: `Потом спросил его`, `его` is not who asked)
    # `Встретив Петра, он улыбнулся`: the one the subject's own gerund acts on is someone else
    acted_on = gerund_objects(mention)
    barred |= {identity(r) for r in seen if r.token in acted_on and identity(r) is not None}
    # the members of a group that is the subject of the pronoun's clause (`Иван и Павел читали
    # его`: `его` is neither of them, as it is not the group)
    members = {span for r in seen if r.members and r.subject and r.verb in bound for span in r.members}
    barred |= {identity(r) for r in seen if r.named in members and identity(r) is not None}
    best, best_key = None, None
    persons: set = set()  # the agreeing persons left after the checks, by identity
    for referent in seen:
        if not agrees(mention, referent) or (person and not referent.person and not sentient(doc[referent.token])):
            continue  # someone is meant: no thing, but God or an animal may see and speak (`Господь всё видит`)
        if referent.narrator and (mention.kind != ZERO or (
                mention.head is not None and speaker_object(mention.head, referent.number))):
            continue  # `он` is never the narrator; nor the subject of `взял меня за руку`
        same = identity(referent)
        if (referent.named, referent.members) in others or same in others:
            continue
        if speaker is not None and referent.cluster == speaker:  # the speaker says `я`, not `он`
            continue
        if host is not None and referent.token == host:
            continue
        if referent.token in own:
            continue  # `любимец его Перфильев`: not the noun or name the possessive belongs to
        partner = referent.token == partner_at
        again = mention.kind != ZERO and referent.sent == sent and parallel_object(mention.token, referent.token)
        if (((referent.subject or referent.grouped) and referent.verb in bound) or same in barred) \
                and not partner:
            continue
        if referent.person:
            persons.add(same if same is not None else ("token", referent.token))
        chain = chains.get(same, 1) - 1 if same else 0
        key = (salience(referent, sent, para, mention.use == DEMONSTRATIVE, speech, chain) + PARTNER * partner
               + PARALLEL * again - MEMBER * (referent.member and mention.number != PLUR), referent.token)
        if best_key is None or key > best_key:
            best, best_key = referent, key
    if best_key is not None and best_key[0] < MIN_SALIENCE and not (far and best.person and len(persons) == 1):
        # too little in its favour: an unlinked pronoun costs less than a wrong link; in the
        # wider window the only agreeing person is taken whatever its salience (see MIN_SALIENCE)
        return None
    return best


def far_subject(mention: Mention, history: list[Referent], sent: float, para: int, first_of_para: bool,
                others: set = frozenset(), speech: bool = False, speaker: str | None = None) -> Referent | None:
    """An unwritten subject past the first sentence of its paragraph that sees no one in the
    paragraph so far: a past-tense verb says its subject's gender, and when exactly one person of
    that gender and number was spoken of in the paragraph before (the narrator aside), the verb is
    theirs (`Иван Сомов говорил долго.` / `В комнате было темно. Потом встал и вышел.`: the
    narration has stayed with him). Not further back (a diary's `Получил письмо` two paragraphs
    after a visitor, past an entry's date, is the diarist's), and with two such persons the verb
    stays unlinked: an unwritten subject has no word of its own to weigh them by."""
    if mention.kind != ZERO or mention.gender is None or mention.number != SING or first_of_para:
        return None
    near = [r for r in history if para - r.para <= 1 and sent - r.sent <= FAR_LOOK_BACK]
    agreeing = {identity(r) or ("token", r.token) for r in near if r.person and not r.narrator and agrees(mention, r)}
    if len(agreeing) != 1:
        return None
    chosen = antecedent(mention, near, sent, para, first_of_para, others, speech, speaker, far=True, person=True)
    return chosen if chosen is not None and not chosen.narrator and chosen.gender == mention.gender else None
