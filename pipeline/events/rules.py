"""The event lexicon, role table and cue words of `models/events/`, as lookups.

The rules are data (HeidelTime keeps its patterns apart from the engine the same way);
this module only reads them and answers the questions `events.py` asks.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Sequence

from letopis.resources import load_table
from letopis.lexicons import groups, stations  # noqa: F401 (event_rules.groups, .stations in the extractor)

ANY = "*"
OTHER = "OTHER"  # the type of a trigger only the learned table knows


@dataclass(frozen=True)
class Entry:
    """One reading of a trigger lemma: its type, the roles of its subject and object."""
    type: str
    subject: str | None = None
    object: str | None = None
    requires: str | None = None  # a slot that must be filled for this reading
    excludes: str | None = None  # slots none of which may be filled for this reading


@dataclass(frozen=True)
class RoleRule:
    slot: str
    mentions: frozenset[str] | None  # None: any
    types: frozenset[str] | None
    role: str

    def matches(self, slot: str, mention: str, type: str) -> bool:
        return (slot == self.slot and (self.mentions is None or mention in self.mentions)
                and (self.types is None or type in self.types))


def optional(row: tuple[str, ...], index: int) -> str | None:
    return row[index] if len(row) > index and row[index] else None


def choice(cell: str) -> frozenset[str] | None:
    return None if cell == ANY else frozenset(cell.split(","))


# event types the code names (the tables name them all: `models/events/types.tsv`), named here once
MOVEMENT, MEETING, COMMUNICATION, DEATH = "MOVEMENT", "MEETING", "COMMUNICATION", "DEATH"
VOWELS_AFTER_HARD_SIGN = "еёюя"


@lru_cache(maxsize=None)
def lexicon() -> dict[tuple[str, str], tuple[Entry, ...]]:
    """(lemma, VERB|NOUN) → its readings, in the order they are tried: the rows of
    `lexicon.tsv`, then the verbs of motion `motion.tsv` generates (`motion`) for a lemma whose
    rows there are all conditional and none of type MOVEMENT (`выходить`: MARRIAGE with `замуж`,
    else a generated MOVEMENT). Every MOVEMENT verb reading excludes the slot `idiom` (`idioms`)."""
    entries: dict[tuple[str, str], list[Entry]] = {}
    for row in load_table("events/lexicon.tsv"):
        entry = Entry(row[2], optional(row, 3), optional(row, 4), expand(optional(row, 5), row),
                      expand(optional(row, 6), row))
        if entry.type == MOVEMENT and row[1] == "VERB":
            # every verb of motion excludes the `idiom` slot: `пришёл к выводу` is no journey
            entry = replace(entry, excludes=",".join(filter(None, (entry.excludes, IDIOM))))
        entries.setdefault((row[0], row[1]), []).append(entry)
    for verb, entry in motion().items():
        listed = entries.get((verb, "VERB"), [])
        if all(row.requires is not None and row.type != MOVEMENT for row in listed):
            entries.setdefault((verb, "VERB"), []).append(entry)
    return {key: tuple(value) for key, value in entries.items()}


CLASS = "@"  # a cell `slot=@class` names a noun class of `classes.tsv`


@lru_cache(maxsize=None)
def classes() -> dict[str, tuple[str, ...]]:
    """Class name → its lemmas, in order (`models/events/classes.tsv`: `school` → `гимназия`,
    `университет`, ...); a member `@other` brings in the members of class `other`."""
    table: dict[str, list[str]] = {}
    for name, member in load_table("events/classes.tsv"):
        table.setdefault(name, []).append(member)

    def members(name: str, within: tuple[str, ...]) -> list[str]:
        if name not in table:
            raise ValueError(f"unknown noun class {CLASS}{name} (models/events/classes.tsv)")
        if name in within:
            raise ValueError(f"noun class {CLASS}{name} includes itself (models/events/classes.tsv)")
        found: list[str] = []
        for member in table[name]:
            found += members(member[1:], within + (name,)) if member.startswith(CLASS) else [member]
        return found

    return {name: tuple(dict.fromkeys(members(name, ()))) for name in table}


def expand(cells: str | None, row: Sequence[str] = ()) -> str | None:
    """A `requires` or `excludes` cell of `lexicon.tsv` with every `slot=@class` replaced by one
    `slot=lemma` per member of the class, in the class's order, where the reference stood
    (`в+Acc=@school` → `в+Acc=гимназия,в+Acc=прогимназия,...`). The matcher reads the slots as a
    set (`extractor.requirements`, `extractor.reading`, `extractor.absorbed`), so the order is only
    kept stable. An unknown class name stops the lexicon from loading."""
    if cells is None or CLASS not in cells:
        return cells
    known = classes()
    expanded: list[str] = []
    for cell in cells.split(","):
        slot, equals, value = cell.partition("=")
        if not (equals and value.startswith(CLASS)):
            expanded.append(cell)
        elif value[1:] in known:
            expanded += [f"{slot}={lemma}" for lemma in known[value[1:]]]
        else:
            raise ValueError(f"models/events/lexicon.tsv row {chr(9).join(row)!r}: unknown noun class "
                             f"{value} (models/events/classes.tsv names {', '.join(sorted(known))})")
    return ",".join(dict.fromkeys(expanded))


IDIOM = "idiom"  # the slot a figurative use of a verb of motion fills (`filled`)


@lru_cache(maxsize=None)
def idioms() -> frozenset[str]:
    """The slots that make a verb of motion figurative (`motion.tsv`, `idiom` rows: `пришёл к
    выводу`, `вышел из себя`, `сошёл с ума`, `принёс присягу`). A trigger with one of them filled
    fills the named slot `idiom` (`extractor.filled`), which every MOVEMENT verb reading excludes:
    the generated ones (`motion`) and every MOVEMENT verb row of `lexicon.tsv`, whose `excludes`
    cell gets `idiom` added (`lexicon`)."""
    return frozenset(cell for row in load_table("events/motion.tsv") if row[0] == IDIOM
                     for cell in expand(row[1]).split(","))  # `к+Dat=@furnishing`: one slot per member


def known_infinitive(word: str) -> bool:
    """Whether pymorphy3's dictionary (not its guesser) has the word as an infinitive."""
    from letopis.morphosyntax.lemma import analyzer  # the analyzer loads its dictionary once
    morph = analyzer()
    return morph.word_is_known(word) and any(
        parse.tag.POS == "INFN" and parse.normal_form == word for parse in morph.parse(word))


def prefixed(prefix_forms: Sequence[str], stem: str, reflexive: bool) -> str | None:
    """The first spelling of prefix + stem the dictionary knows (`в`/`во` + `йти` → `войти`; a
    hard sign before е/ё/ю/я after a consonant: `въехать`), with `-ся` when the prefix needs it."""
    for form in prefix_forms:
        joint = "ъ" if form[-1] not in "аеёиоуыэюя" and stem[0] in VOWELS_AFTER_HARD_SIGN else ""
        word = form + joint + stem
        if reflexive and not word.endswith(("ся", "сь")):
            word += "ся"
        if known_infinitive(word):
            return word
    return None


@lru_cache(maxsize=None)
def motion() -> dict[str, Entry]:
    """Verb of motion → its MOVEMENT reading, generated from `motion.tsv`: every root's
    determinate and indeterminate verb (needing a spatial slot unless the subject takes a person
    somewhere), and every spatial prefix on its stems, kept when pymorphy3's dictionary knows the
    result. A verb that takes someone somewhere (`carry`) needs a person as its object and gives
    agent and patient; figurative uses (`пришёл к выводу`, `idiom` rows) are excluded: the
    reading's `excludes` is the named slot `idiom` (`idioms`)."""
    table = load_table("events/motion.tsv")
    roots = [row for row in table if row[0] == "root"]
    prefixes = [row for row in table if row[0] == "prefix"]
    figurative = IDIOM
    spatial = ",".join(row[1] for row in table if row[0] == "slot")
    verbs: dict[str, Entry] = {}
    excepted = {row[1] for row in table if row[0] == "except"}
    for _, names, stems, kind, *_ in roots:
        carry = kind == "carry"
        subject, obj = ("agent", "patient") if carry else (None, None)
        for name in dict.fromkeys(names.split("|")):
            if known_infinitive(name):
                verbs.setdefault(name, Entry(MOVEMENT, subject, obj, "person" if carry else spatial, figurative))
        determinate, indeterminate = stems.split("|")
        for _, prefix, forms, takes, *_ in prefixes:
            reflexive = takes.endswith("-refl") and not carry
            for stem in ([determinate, indeterminate] if takes.startswith("both") else [determinate]):
                if stem == "-":
                    continue
                word = prefixed(forms.split(","), stem, reflexive)
                if word is not None:
                    verbs.setdefault(word.replace("ё", "е"), Entry(MOVEMENT, subject, obj, "person" if carry else None, figurative))
    return {verb: entry for verb, entry in verbs.items() if verb not in excepted}


@lru_cache(maxsize=None)
def spatial_slots() -> frozenset[str]:
    """The spatial slots of `motion.tsv` (`slot` rows: where to, from where, past): those an unprefixed
    verb of motion needs, and those that show troops going somewhere (`extractor.troops_subject`)."""
    return frozenset(row[1] for row in load_table("events/motion.tsv") if row[0] == "slot")


@lru_cache(maxsize=None)
def abbreviations() -> dict[str, str]:
    """An abbreviation of a reference book's life events → its type (`models/events/abbreviations.tsv`:
    `род.` BIRTH, `ум.` DEATH)."""
    return {row[0]: row[1] for row in load_table("events/abbreviations.tsv")}


@lru_cache(maxsize=None)
def learned() -> frozenset[str]:
    """Lemmas that head NEREL EVENT mentions (`make train` writes the table)."""
    return frozenset(row[0] for row in load_table("events/learned.tsv"))


@lru_cache(maxsize=None)
def untyped() -> frozenset[str]:
    """NEREL-learned heads (`learned.tsv`) that name no occurrence of the taxonomy under the biography
    convention (`models/events/untyped.tsv`): `ранен`, an injury (GUIDELINES 9.29)."""
    return frozenset(row[0] for row in load_table("events/untyped.tsv"))


@lru_cache(maxsize=None)
def seldom() -> frozenset[tuple[str, str, str]]:
    """(lemma, VERB|NOUN, type) of trigger readings NEREL train seldom annotates as events (`make
    train` writes `models/events/seldom.tsv`): news reports `заявил`, `рассказал`, `работал` as
    no events."""
    return frozenset((row[0], row[1], row[2]) for row in load_table("events/seldom.tsv"))


@lru_cache(maxsize=None)
def kin() -> frozenset[str]:
    """Nouns naming a person by kinship or closeness (`models/events/kin.tsv`): a doer the story follows."""
    return frozenset(row[0] for row in load_table("events/kin.tsv"))


@lru_cache(maxsize=None)
def folk() -> frozenset[str]:
    """Nouns naming one person by age and sex or as someone met (`models/events/folk.tsv`: `старик`,
    `девочка`, `незнакомец`): read as `stations()` are (`extractor.named_by_station`)."""
    return frozenset(row[0] for row in load_table("events/folk.tsv"))


@lru_cache(maxsize=None)
def role_rules() -> tuple[RoleRule, ...]:
    return tuple(RoleRule(slot, choice(mentions), choice(types), role)
                 for slot, mentions, types, role in load_table("events/roles.tsv"))


@lru_cache(maxsize=None)
def exclusions() -> tuple[tuple[str, str, str, str], ...]:
    """(lemma, preposition, relation, head lemma) where a trigger noun means something else;
    `*` matches anything, a `-` preposition none."""
    return tuple((row + ("*", "*"))[:4] for row in load_table("events/exclusions.tsv"))


@lru_cache(maxsize=None)
def excluded_lemmas() -> frozenset[str]:
    """The lemmas `exclusions.tsv` has rows for: any other word is never excluded."""
    return frozenset(row[0] for row in exclusions())


def excluded(lemma: str, preposition: str | None, relation: str, head: str, framed: bool,
             governed: str | None = None) -> bool:
    """Whether a row of `exclusions.tsv` says the word is no trigger here; a row for any head
    does not apply under a frame noun (`framed`: `во время суда`). A preposition cell may name the
    case too (`в+Loc`, matched against `governed`, the word's slot: `в отставке`, not `в отставку`)."""
    return any(row[0] == lemma and row[1] in (ANY, preposition or "-", governed) and row[2] in (ANY, relation)
               and (row[3] == head or (row[3] == ANY and not framed)) for row in exclusions())


@lru_cache(maxsize=None)
def pronouns() -> dict[str, str]:
    """Pronoun lemma → when it may be an argument (`any`, `nominal`)."""
    return {row[0]: row[1] for row in load_table("events/pronouns.tsv")}


@lru_cache(maxsize=None)
def pronoun_reference() -> dict[str, str]:
    """Pronoun lemma → how its antecedent is found (`relative`, `reflexive`, a gender, `-`)."""
    return {row[0]: row[2] for row in load_table("events/pronouns.tsv")}


@lru_cache(maxsize=None)
def frame_nouns() -> frozenset[str]:
    return frozenset(row[0] for row in load_table("events/frames.tsv"))


@lru_cache(maxsize=None)
def human_types() -> frozenset[str]:
    """Event types whose subject must be a person or a group (`types.tsv`, column `human`)."""
    return frozenset(row[0] for row in load_table("events/types.tsv") if len(row) > 4 and row[4] == "yes")


@lru_cache(maxsize=None)
def nerel_types() -> frozenset[str]:
    """Event types NEREL's EVENT counts (`types.tsv`, column `nerel`): under the NEREL convention
    a trigger of another type is kept only inside the tagger's EVENT mention."""
    return frozenset(row[0] for row in load_table("events/types.tsv") if len(row) > 5 and row[5] == "yes")


@lru_cache(maxsize=None)
def durations() -> dict[str, frozenset[str]]:
    """part (`unit`, `whole`, `quantifier`, `approx`, `adverb`, `point`) → the lemmas of a phrase
    of how long (`models/events/durations.tsv`: `три месяца`, `около года`, `долго`)."""
    table: dict[str, set[str]] = {}
    for part, word in load_table("events/durations.tsv"):
        table.setdefault(part, set()).add(word)
    return {part: frozenset(words) for part, words in table.items()}


@lru_cache(maxsize=None)
def stay_slots() -> frozenset[str]:
    """The slots that show a stay (`models/events/stays.tsv`: a place of being, a host), a
    class of `classes.tsv` (`в+Loc=@stay_place`) as one slot per member."""
    return frozenset(cell for row in load_table("events/stays.tsv") for cell in expand(row[0], row).split(","))


@lru_cache(maxsize=None)
def visit_slots() -> dict[str, frozenset[str]]:
    """part (`person`, `place`) → the slots that show a visit to a person or a journey to a place;
    `verb` → the verbs of arriving that can be visits (`models/events/visits.tsv`, GUIDELINES 4.2)."""
    table: dict[str, set[str]] = {}
    for slot, part in load_table("events/visits.tsv"):
        table.setdefault(part, set()).add(slot)
    return {part: frozenset(slots) for part, slots in table.items()}


@lru_cache(maxsize=None)
def support_verbs() -> frozenset[str]:
    return frozenset(row[0] for row in load_table("events/support.tsv"))


@lru_cache(maxsize=None)
def support_nouns() -> dict[str, frozenset[str]]:
    """Support verb → the only nouns it supports, for a verb whose `nouns` cell of `support.tsv`
    names a class of `classes.tsv` (`дать` carries a gathering, `дать бал`: GUIDELINES 9.47); the
    other support verbs carry any event noun and are not in the mapping."""
    known = classes()
    table: dict[str, set[str]] = {}
    for row in load_table("events/support.tsv"):
        cell = optional(row, 2)
        if cell is None:
            continue
        if not cell.startswith(CLASS) or cell[1:] not in known:
            raise ValueError(f"models/events/support.tsv row {row[0]!r}: unknown noun class {cell}")
        table.setdefault(row[0], set()).update(known[cell[1:]])
    return {verb: frozenset(nouns) for verb, nouns in table.items()}


def supports(verb: str, noun: str) -> bool:
    """Whether a support verb carries that event noun (`support_nouns`)."""
    allowed = support_nouns().get(verb)
    return verb in support_verbs() and (allowed is None or noun in allowed)


@lru_cache(maxsize=None)
def receiving_supports() -> frozenset[str]:
    """Support verbs of receiving (`support.tsv`, `subject` = `recipient`): their subject is the
    recipient of the message noun they carry (`получил письмо от брата`)."""
    return frozenset(row[0] for row in load_table("events/support.tsv") if len(row) > 1 and row[1] == "recipient")


@lru_cache(maxsize=None)
def recaps() -> dict[str, frozenset[str]]:
    """part (`verb`, `subject`) → the lemmas of a sentence that dates the one before it."""
    table: dict[str, set[str]] = {}
    for lemma, part in load_table("events/recaps.tsv"):
        table.setdefault(part, set()).add(lemma)
    return {part: frozenset(lemmas) for part, lemmas in table.items()}


@lru_cache(maxsize=None)
def cues() -> dict[str, dict[str, str]]:
    """where (child, head, prep) → {lemma: value}."""
    table: dict[str, dict[str, str]] = {}
    for lemma, where, value in load_table("events/cues.tsv"):
        table.setdefault(where, {})[lemma] = value
    return table


def role(entry: Entry, slot: str, mention: str) -> str | None:
    """The role a mention of kind `mention` (PER, LOC, ..., PRON) takes in `slot`."""
    if slot == "subj" and entry.subject:
        return entry.subject
    if slot == "obj" and entry.object:
        return entry.object
    for rule in role_rules():
        if rule.matches(slot, mention, entry.type):
            return rule.role
    return None
