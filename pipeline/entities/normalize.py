"""Each entity's canonical nominative (`normal`) and one `cluster` id per referent.

`normal` puts the mention as written into the nominative: every word of a person's name,
keeping the person's gender (`Александру Коллонтай` → `Александра Коллонтай`) and, for a word
the tagger reads as singular, its number (a surname that pymorphy3 knows only as the genitive
plural of a common noun, `Конюхов`, `Скорняков`, stays as written; a plural reading as a family
name, `Орловым`, is kept); for other names
the head noun and the adjectives agreeing with it, the dependents as written (`гражданской войны
в России` → `гражданская война в России`). pymorphy3 inflects; a word it cannot inflect stays as
written, as indeclinable and foreign names should.

Clusters follow the one rule of `coref/names.py`: persons whose first name, patronymic and
surname do not disagree and share one (`Ахматовой` and `Анна Ахматова`; not `Пётр Оболенский`
and `Сергей Оболенский`); other entities with equal normals.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from letopis import ud
from letopis.coref.names import ClusterIndex, nominative_form
from letopis.entities.compounds import name_part
from letopis.entities.rules import name_particles
from letopis.extensions import ENTITIES
from letopis.labels import PER
from letopis.morphosyntax.lemma import parses
from letopis.resources import load_mapping
from letopis.words import model_text, model_word

NAME_TAGS = {"Name", "Surn", "Patr"}
CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}
CAPITALS = re.compile(r"[А-ЯЁ]{3,}")  # a Cyrillic word in capitals (a headword's `ЗАРУДНЫЙ`; not `III`, `ЦК`)
GENDERS = {"Masc": "masc", "Fem": "femn"}
NOUN_GENDERS = GENDERS | {"Neut": "neut"}  # a place's noun may be neuter (`Ваганьковское кладбище`, `Чудское озеро`)


def as_written(written: str, word: str) -> str:
    """The new form with the written one's capitals, letter by letter, and its е for ё."""
    if "ё" not in written.lower():
        word = word.replace("ё", "е")
    return "".join(ch.upper() if i < len(written) and written[i].isupper() else ch
                   for i, ch in enumerate(word))


SURNAME = re.compile(r"^(.+(?:ов|ев|ёв|ин|ын))(а|у|ым|е|ой)$")
# the case endings of a surname in -ов, -ин by gender and case: (gender, case) → ending
SURNAME_ENDINGS = {("masc", "gent"): "а", ("masc", "accs"): "а", ("masc", "datv"): "у",
                   ("masc", "ablt"): "ым", ("masc", "loct"): "е",
                   ("femn", "accs"): "у", ("femn", "gent"): "ой", ("femn", "datv"): "ой",
                   ("femn", "ablt"): "ой", ("femn", "loct"): "ой"}


def surname_nominative(written: str, case: str | None, gender: str | None, case_known: bool = False) -> str | None:
    """A surname in -ов, -ев, -ин, -ын that pymorphy3 does not know as one in its case (`Петра
    Сомова`), put in the nominative by its regular declension: masculine `Сомова`, `Сомову`,
    `Сомовым`, `Сомове` → `Сомов`; feminine `Сомову`, `Сомовой` → `Сомова`. A capitalised word
    only. The ending and the gender give the case where the tagger's case does not fit them
    (`поручику Сомину`, masculine, read as an accusative: the masculine `-у` is the dative), and
    a reading of pymorphy3's of another gender does not overrule them (its feminine first name
    `Сомина` is no masculine `Сомину`)."""
    found = SURNAME.match(written.lower())
    if found is None or not written[:1].isupper():
        return None
    ending = found.group(2)
    if SURNAME_ENDINGS.get((gender, case)) != ending:
        # the tagger's case and gender disagree with the ending: the gender is the surer of the two
        # (`Сомину` read as an accusative), unless the case is the noun's the name is apposed to
        # (`case_known`: `поручику Сомину` is a dative whatever the tagger says); with no gender,
        # the case decides
        cases = sorted(c for (g, c), e in SURNAME_ENDINGS.items() if g == gender and e == ending)
        genders = [g for g in ("masc", "femn") if SURNAME_ENDINGS.get((g, case)) == ending]
        if case_known and len(genders) == 1:
            gender = genders[0]
        elif cases:
            case = cases[0]
        elif gender is None and len(genders) == 1:
            gender = genders[0]
        else:
            return None
    if any(("Surn" in parse.tag or "Name" in parse.tag) and case in parse.tag and (gender is None or gender in parse.tag)
           for parse in parses(written.lower())):
        return None  # pymorphy3 knows it in this case and gender: its own reading decides
    return found.group(1) + ("а" if gender == "femn" else "")


# the masculine nominative of a surname of the possessive type (`Сомов`, `Лапин`, `Чернышёв`): no
# case of one person's name ends so (the family's plural genitive is `-ых`), whatever pymorphy3
# guesses (`Сомин` as a genitive plural of a first name `Сомина`)
MASCULINE_SURNAME = re.compile(r"^[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын)$")


def apposed_case(token: Token) -> str | None:
    """The case of the common noun a name is apposed to (`поручику Сомину`, `у капитана
    Сомова`): a name in apposition agrees with its noun in case, and the noun's case is read
    more surely than a surname's."""
    head = token.head
    if token.dep_ not in ("appos", "flat", "flat:name") or head.i == token.i or head.pos_ != ud.NOUN \
            or head.i > token.i or head.morph.get("Animacy") != ["Anim"]:
        return None
    return CASES.get(next(iter(head.morph.get(ud.CASE)), ""), None)


def number_of(token: Token) -> str | None:
    return next(iter(token.morph.get(ud.NUMBER)), None)


# the second locative and genitive are the tagger's Loc and Gen (`в полку`, `много чаю`)
SECOND_CASES = {"loct": "loc2", "gent": "gen2"}
LEMMA_TIE = 0.001  # breaks a tie of the dictionary's scores only


@lru_cache(maxsize=None)
def name_heads() -> frozenset[str]:
    return frozenset(load_mapping("entities/heads.tsv"))


def nominative(token: Token, person: bool, gender: str | None, case: str | None = None) -> str:
    """The token in the nominative, if pymorphy3 has a reading fitting its tags (`case`, a
    pymorphy3 case, instead of the tagged one where given)."""
    written = model_word(token)
    case = case or CASES.get(next(iter(token.morph.get(ud.CASE)), ""), None)
    apposed = apposed_case(token) if person else None
    if apposed is not None and apposed != "nomn":
        case = apposed
    if case == "nomn" or not any(ch.isalpha() for ch in written):
        return model_word(token)
    if person and number_of(token) != "Plur" and MASCULINE_SURNAME.match(model_word(token)):
        return model_word(token)
    if person and (family := FAMILY_PLURAL.match(model_word(token))):
        return family.group(1) + "ы"
    guessed = surname_nominative(written, case, gender, apposed is not None) if person else None
    if guessed is not None:
        return as_written(model_word(token), guessed)
    best, best_score = None, 0.0
    number = {"Sing": "sing", "Plur": "plur"}.get(next(iter(token.morph.get(ud.NUMBER)), ""))
    for parse in parses(written.lower()):
        tag = parse.tag
        if tag.POS not in ("NOUN", "ADJF", "NUMR") or (person and tag.POS == "NUMR"):
            continue
        if person and number == "sing" and "plur" in tag and "Surn" not in tag.grammemes:
            # one person's `Конюхов` is no genitive plural of `конюх`, nor `Мусь` of a first name
            # `Муся` (a family's `Орловым` may be plural)
            continue
        if person and "voct" in tag and token.dep_ in ("nsubj", "nsubj:pass"):
            continue  # a subject is no address: `сказал Мусь` is not the vocative of `Муся`
        score = parse.score + (4 if case and (case in tag or case in SECOND_CASES and SECOND_CASES[case] in tag) else 0)
        score += 2 if person and NAME_TAGS & tag.grammemes else 0
        score += 1 if gender and gender in tag else 0
        score -= 2 if gender and person and tag.gender and tag.gender != gender else 0
        # two words of one form tie (`полка`: `полок` and `полк`): a name's head noun is the word
        # of the names' head table (`heads.tsv`)
        score += LEMMA_TIE if not person and parse.normal_form.replace("ё", "е") in name_heads() else 0
        if best is None or score > best_score:
            best, best_score = parse, score
    if best is None:
        return model_word(token)
    wanted = {"nomn"} if "plur" not in best.tag else {"nomn", "plur"}
    inflected = best.inflect(wanted)
    return as_written(model_word(token), inflected.word) if inflected else model_word(token)


def person_gender(span: Span) -> str | None:
    """The person's gender: the majority of the name's own words, unless the name is in
    apposition to a feminine noun of a person (`подругу Александру`, `учительница Саша`), which
    names a woman whatever the name; a masculine noun of a post or profession names a woman as
    well (`врач Анна Орлова`, `профессор Сомова`), so it decides only when the name's words tell
    nothing."""
    genders = [g for t in span for g in t.morph.get(ud.GENDER)]
    own = GENDERS.get(max(sorted(set(genders)), key=genders.count)) if genders else None  # ties: one answer whatever the hash seed
    head = span.root.head
    if span.root.dep_ == "appos" and head.morph.get("Animacy") == ["Anim"] and head.morph.get(ud.GENDER):
        title = GENDERS.get(head.morph.get(ud.GENDER)[0])
        if title == GENDERS.get("Fem") or own is None:
            return title
    return own


def head_grammemes(head: Token) -> set[str]:
    """The case, gender and number (pymorphy3's grammemes) of a noun as tagged."""
    found = {CASES.get(c) for c in head.morph.get(ud.CASE)} | {NOUN_GENDERS.get(g) for g in head.morph.get(ud.GENDER)}
    found |= {{"Sing": "sing", "Plur": "plur"}.get(n) for n in head.morph.get(ud.NUMBER)}
    return found - {None}


def agreeing_readings(token: Token, head: Token) -> list:
    """The dictionary's adjective readings of the word in the head noun's case, gender, number."""
    wanted = head_grammemes(head)
    return [r for r in parses(model_word(token).lower()) if r.tag.POS == "ADJF" and wanted <= r.tag.grammemes]


def head_and_genitives(span: Span) -> bool:
    """A noun followed by words in the genitive only (`Канцелярию дворцовых дел`, `Коллегии
    иностранных дел`): the noun is the head, whatever the parser made the root."""
    return len(span) > 1 and span[0].pos_ in (ud.NOUN, ud.PROPN) and all(
        t.morph.get(ud.CASE) == ["Gen"] for t in span[1:])


def modifiers_and_head(words: list[Token]) -> bool:
    """Capitalised adjectives the dictionary can read in the case, gender and number of the noun
    that ends the span (`Нижней Курминской станицы`, `Ветлужского форпоста`), whatever case or part
    of speech the tagger gave them: every word of such a name goes into the nominative."""
    *modifiers, head = words
    return bool(modifiers) and head.pos_ == ud.NOUN and bool(head.morph.get(ud.CASE)) and all(
        t.pos_ in (ud.ADJ, ud.PROPN) and model_word(t)[:1].isupper() and agreeing_readings(t, head) for t in modifiers)


def inserted(span: Span) -> set[int]:
    """The tokens of a particle or a note's number inside a place's name (`Верхнекурминской же
    станицы`, `Ветлужского(3) форпоста`), which its normal form leaves out."""
    found = set()
    for t in span:
        if t.text.lower() in name_particles():
            found.add(t.i)
        elif t.text == "(" and t.i + 2 < span.end and span.doc[t.i + 1].is_digit and span.doc[t.i + 2].text == ")":
            found |= {t.i, t.i + 1, t.i + 2}
    return found


def adjective_nominative(token: Token, head: Token) -> str:
    reading = max(agreeing_readings(token, head), key=lambda r: r.score)
    inflected = reading.inflect({"nomn"} if "plur" not in reading.tag else {"nomn", "plur"})
    return as_written(model_word(token), inflected.word) if inflected else model_word(token)


def abbreviated_term(span: Span) -> str | None:
    """A place name ending in an abbreviated term (`Тульской губ.`, `entities/rules.py`
    `abbreviated_places`): its adjectives in the nominative of the term's gender, the term written out."""
    from letopis.entities.rules import abbreviation_at
    if len(span) < 3 or model_word(span[-1]) != "." or (row := abbreviation_at(span.doc, span[-2].i)) is None:
        return None
    term, gender, side, _ = row
    if side != "after":
        return None
    wanted = {"nomn", GENDERS.get(gender), "sing"} - {None}
    words = []
    for token in span[:-2]:
        readings = [r for r in parses(model_word(token).lower()) if r.tag.POS == "ADJF"]
        inflected = max(readings, key=lambda r: r.score).inflect(wanted) if readings else None
        words.append(as_written(model_word(token), inflected.word) if inflected else model_word(token))
    return " ".join(words + [term])


def in_gender_of(token: Token, head: Token) -> str | None:
    """An adjective of a place's noun in the nominative of the noun's gender (a singular noun):
    `Ваганьковское` of `на Ваганьковском кладбище`, not the masculine `Ваганьковский` the
    adjective's own reading may give when the tagger's cases of the two disagree (the noun tagged
    accusative). The cases are not compared: the noun's gender decides for every adjective of
    a singular place noun. None for any other word (no adjective, no noun, no gender, a plural)."""
    if token.i == head.i or token.pos_ != ud.ADJ or head.pos_ != ud.NOUN:
        return None
    gender = NOUN_GENDERS.get(next(iter(head.morph.get(ud.GENDER)), ""))
    if gender is None or "Plur" in head.morph.get(ud.NUMBER):
        return None
    readings = [r for r in parses(model_word(token).lower()) if r.tag.POS == "ADJF"]
    inflected = max(readings, key=lambda r: r.score).inflect({"nomn", gender, "sing"}) if readings else None
    return as_written(model_word(token), inflected.word) if inflected else None


def coordinated_nouns(span: Span, root: Token) -> list[Token]:
    """The nouns coordinated with the head of a name that is no person's (`«Войны и мира»`:
    `мира`): they stand in the head's case, so they go into the nominative with it."""
    if root.pos_ not in (ud.NOUN, ud.PROPN):
        return []
    return [t for t in span if t.i != root.i and t.head.i == root.i and t.dep_ == "conj" and (
        t.pos_ in (ud.NOUN, ud.PROPN) or any(r.tag.POS == "NOUN" for r in parses(model_word(t).lower())))]


def conjuncts_case(root: Token, conjuncts: list[Token]) -> str | None:
    """The case the coordinated nouns share, where the tagger read the head in another one the
    dictionary does not hold it to (`Войны` read as a nominative plural, `мира` a genitive: the
    head is `Войны`, a genitive singular); None to keep the head's own."""
    cases = {c for t in conjuncts if t.pos_ in (ud.NOUN, ud.PROPN) for c in t.morph.get(ud.CASE)}
    if len(cases) != 1 or cases == set(root.morph.get(ud.CASE)):
        return None
    case = CASES.get(next(iter(cases)))
    if case is None or not any(r.tag.POS == "NOUN" and case in r.tag for r in parses(model_word(root).lower())):
        return None
    return case


def normal(span: Span) -> str:
    if span.label_ == PER:
        if len(span) == 1 and (family := FAMILY_PLURAL.match(model_text(span))):
            return family.group(1) + "ы"  # `Хозяйство Лапиных`, read as a nominative or not
        if any(t.morph.get(ud.CASE) == ["Nom"] for t in span):  # a name in the nominative is its own normal form,
            return "".join((model_word(t).capitalize() if CAPITALS.fullmatch(model_word(t)) else model_word(t)) + t.whitespace_
                           for t in span).strip()  # a headword's capitals as a name is written (`ЗАРУДНЫЙ`)
        gender = person_gender(span)
        words = [nominative(t, True, gender) for t in span]
    else:
        root = span.root
        agreeing = {t.i for t in span if t.i == root.i or (t.head.i == root.i and t.dep_ in ("amod", "det", "nummod"))}
        if head_and_genitives(span):  # `Канцелярию дворцовых дел`: the head alone changes
            agreeing = {span[0].i}
        if (written_out := abbreviated_term(span)) is not None:  # `Тульской губ.`: `Тульская губерния`
            return written_out
        skipped = inserted(span)
        core = [t for t in span if t.i not in skipped]
        if modifiers_and_head(core):  # `Верхнекурминской станицы`, however the parser hangs or tags the words
            head = nominative(core[-1], False, None)
            words = [adjective_nominative(t, core[-1]) for t in core[:-1]] + [head]
            return "".join(w + (t.whitespace_ or (" " if t.i + 1 in skipped else "")) for w, t in zip(words, core)).strip()
        conjuncts = coordinated_nouns(span, root)
        case = conjuncts_case(root, conjuncts)
        agreeing |= {t.i for t in conjuncts}
        # the coordinated nouns stand in the head's case (`жатве` of `о «Битве и жатве»`, tagged an adverb)
        shared = case or CASES.get(next(iter(root.morph.get(ud.CASE)), ""), None)
        words = [(in_gender_of(t, root) or nominative(t, False, None, case if t.i == root.i else None)) if t.i in agreeing
                 and t not in conjuncts else nominative(t, False, None, shared) if t in conjuncts else model_word(t) for t in span]
    return "".join(w + t.whitespace_ for w, t in zip(words, span)).strip()


def clusters(spans: list[Span], normals: list[str]) -> list[str]:
    """Cluster ids C1, C2, ... in order of first mention, by the one rule of `coref/names.py`."""
    index = ClusterIndex()
    ids: dict[int, str] = {}
    for n in sorted(range(len(spans)), key=lambda n: (spans[n].start_char, -spans[n].end_char)):
        ids[n] = index.assign(spans[n].label_, normals[n], nominative_form(spans[n]))
    return [ids[n] for n in range(len(spans))]


# Endings of a masculine name that ends in a consonant, in the oblique cases of the singular
# (`Бур`: `Бура`, `Буру`, `Буром`, `Буре`); `-ой` is left out (a woman's `Петровой` is no `Петров`)
MASCULINE_OBLIQUE = ("а", "у", "ом", "ым", "е")
CONSONANT_END = re.compile(r"[бвгджзклмнпрстфхцчшщ]$")


def written_nominatives(spans: list[Span], normals: list[str]) -> list[str]:
    """A one-word person written in the document in its nominative (`Кар` as a subject) gives
    the normal of the other one-word mentions that are that word with an oblique ending and not
    read as nominatives (`Бура`, `Буре`): the document says which word they inflect, where the
    dictionary alone reads `Бура` as the feminine noun `бура` and `Буре` as a nominative of its own (issue 11 item 4)."""
    nominatives = {model_text(span) for span, text in zip(spans, normals) if span.label_ == PER and len(span) == 1
                   and model_text(span) == text and CONSONANT_END.search(model_text(span)) and read_nominative(span[0])}
    # the surname of a full name written in its nominative (`И. П. Котов`): that same word alone is
    # that surname in its nominative (a man's `-ов`, `-ин` is no other case of his name), however
    # the tagger and the dictionary read it (`котов`, a plural genitive of a common noun)
    surnames = {model_word(span[-1]) for span, text in zip(spans, normals) if span.label_ == PER and len(span) > 1
                and text.endswith(" " + model_word(span[-1])) and MASCULINE_SURNAME.match(model_word(span[-1]))}
    normals = [model_text(span) if span.label_ == PER and len(span) == 1 and model_text(span) in surnames
               else text for span, text in zip(spans, normals)]
    if not nominatives:
        return normals
    # a woman of the name written in her nominative (`Петрова принесла`): her `Петрову` is hers
    feminine = {model_text(span) for span in spans if span.label_ == PER and len(span) == 1 and read_nominative(span[0])
                and span[0].morph.get(ud.GENDER) == ["Fem"]}
    out = []
    for span, text in zip(spans, normals):
        word = model_text(span)
        # a masculine word in `-а` is no nominative of the name the document writes bare (`о разбитии Бура`)
        oblique = not read_nominative(span[0]) or (word.endswith("а") and span[0].morph.get(ud.GENDER) == ["Masc"])
        if span.label_ == PER and len(span) == 1 and oblique:
            stems = [word[:-len(e)] for e in MASCULINE_OBLIQUE if word.endswith(e) and word[:-len(e)] in nominatives
                     and word[:-len(e)] + "а" not in feminine]
            if stems:
                text = stems[0]
        out.append(text)
    return out


# relations a name in the nominative does not hang by (`об отставке Бура`: a genitive the tagger
# read as a nominative, the dictionary knowing only the feminine noun `кара`)
OBLIQUE_RELATIONS = frozenset({"nmod", "obl", "obj", "iobj"})


def read_nominative(token: Token) -> bool:
    """A subject (whatever case the tagger gave it: `Кар выступил`, read as a genitive), or a
    nominative that hangs by no oblique relation."""
    return token.dep_ in ("nsubj", "nsubj:pass") or (
        token.morph.get(ud.CASE) == ["Nom"] and token.dep_ not in OBLIQUE_RELATIONS)


# a family named in the plural of a possessive surname (`у Лапиных`, `с Сомовыми`): never one
# person's form, whatever the tagger says of the number
FAMILY_PLURAL = re.compile(r"^([А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын))(?:ых|ыми)$")


class Normalizer:
    def __call__(self, doc: Doc) -> Doc:
        spans = list(doc.spans.get(ENTITIES, doc.ents))
        parts = [name_part(span) for span in spans]  # `Фомы-кузнеца`: the name `Фомы` alone
        normals = written_nominatives(spans, [normal(span) for span in spans])
        normals = [part.normal if part else text for part, text in zip(parts, normals)]
        for span, part, text, cluster in zip(spans, parts, normals, clusters(spans, normals)):
            span._.normal = text
            span._.cluster = cluster
            if part:
                span._.part = (span.start_char, span.start_char + part.length)
        return doc


@Language.factory("letopis_normalize", requires=["doc.ents", "token.morph", "token.lemma", "token.dep", "token.head"],
                  assigns=["span._.normal", "span._.cluster"])
def create(nlp: Language, name: str) -> Normalizer:
    return Normalizer()
