"""Universal Dependencies names, and OpenCorpora (pymorphy3) tags translated into them."""
from __future__ import annotations

ADJ, ADP, ADV, AUX, CCONJ, DET = "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET"
INTJ, NOUN, NUM, PART, PRON, PROPN = "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN"
PUNCT, SCONJ, SYM, VERB, X = "PUNCT", "SCONJ", "SYM", "VERB", "X"

CASE, NUMBER, GENDER, PERSON = "Case", "Number", "Gender", "Person"
TENSE, ASPECT, VERBFORM, VOICE, MOOD = "Tense", "Aspect", "VerbForm", "Voice", "Mood"
ANIMACY, VARIANT = "Animacy", "Variant"

PROPER_GRAMMEMES = {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"}

POS = {
    "NOUN": NOUN, "ADJF": ADJ, "ADJS": ADJ, "COMP": ADJ, "VERB": VERB, "INFN": VERB,
    "PRTF": VERB, "PRTS": VERB, "GRND": VERB, "NUMR": NUM, "ADVB": ADV, "NPRO": PRON,
    "PRED": ADV, "PREP": ADP, "CONJ": CCONJ, "PRCL": PART, "INTJ": INTJ,
}

FEATS = {
    "nomn": (CASE, "Nom"), "gent": (CASE, "Gen"), "datv": (CASE, "Dat"), "accs": (CASE, "Acc"),
    "ablt": (CASE, "Ins"), "loct": (CASE, "Loc"), "voct": (CASE, "Voc"), "gen2": (CASE, "Gen"),
    "acc2": (CASE, "Acc"), "loc2": (CASE, "Loc"),
    "sing": (NUMBER, "Sing"), "plur": (NUMBER, "Plur"),
    "masc": (GENDER, "Masc"), "femn": (GENDER, "Fem"), "neut": (GENDER, "Neut"),
    "1per": (PERSON, "1"), "2per": (PERSON, "2"), "3per": (PERSON, "3"),
    "past": (TENSE, "Past"), "pres": (TENSE, "Pres"), "futr": (TENSE, "Fut"),
    "perf": (ASPECT, "Perf"), "impf": (ASPECT, "Imp"),
    "actv": (VOICE, "Act"), "pssv": (VOICE, "Pass"),
    "indc": (MOOD, "Ind"), "impr": (MOOD, "Imp"),
    "anim": (ANIMACY, "Anim"), "inan": (ANIMACY, "Inan"),
}

VERB_FORMS = {"INFN": "Inf", "PRTF": "Part", "PRTS": "Part", "GRND": "Conv", "VERB": "Fin"}


def ud_pos(tag) -> str:
    """UPOS of a pymorphy3 tag; `Apro` adjectives are determiners, names are PROPN."""
    pos = str(tag.POS) if tag.POS else ""
    if pos == "NOUN" and PROPER_GRAMMEMES & tag.grammemes:
        return PROPN
    if pos == "ADJF" and "Apro" in tag.grammemes:
        return DET
    return POS.get(pos, X)


def ud_feats(tag) -> dict[str, str]:
    feats = dict(FEATS[g] for g in tag.grammemes if g in FEATS)
    pos = str(tag.POS) if tag.POS else ""
    if pos in VERB_FORMS:
        feats[VERBFORM] = VERB_FORMS[pos]
    if pos in ("ADJS", "PRTS"):
        feats[VARIANT] = "Short"
    return feats
