"""Which characters of a text are reported speech or thought: a quotation (`«...»`, `"..."`,
`„...“`) or the replies of a dialogue line (a paragraph that opens with a dash: `— Да, — сказал
он, — пойдём.`: `Да,` and `пойдём.` are speech, `сказал он` the author's words).

A person spoken of inside someone's speech is less likely to be the `он` of the narration
that follows than one the narration itself has just spoken of (`resolve.SPEECH`).
"""
from __future__ import annotations

import re

from letopis.morphosyntax.lemma import parses
from letopis.text.paragraphs import paragraph_spans

OPEN_CLOSE = {"«": "»", "„": "“", "“": "”"}
STRAIGHT = '"'
DIALOGUE = re.compile(r"[ \t\u00a0]*(?:—|–|--)")
# a dash between the speech and the author's words: after a comma, `!`, `?` or `…` and before a
# lowercase word (`— Да, — сказал он`, `— Иди! — крикнул он`; not `Кто пойдёт — ты?`)
RESUME = re.compile(r",\s*(?:—|–|--)\s+")
AUTHOR_WORDS = 8  # the author's words inside a quotation are short: `— думал он, возвращаясь, —`
TURN = re.compile(r"(?<=[,!?…])\s*(?:—|–|--)\s+(?=[а-яё])")
# the dash after the author's words where the speech resumes: after a comma (`— Да, — сказал он, —
# пойдём.`) and also after a full stop or a colon that ends the author's words, before a capital
# (`— Да, — сказал он. — Пойдём.`, `— Куда? — спросила она, вставая: — Не пойду!`)
RETURN = re.compile(r"(?<=[,.:!?…])\s*(?:—|–|--)\s+")


def quoted(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation, the marks included, one paragraph at most, without the
    author's words inside it (`"Я доволен, — думал он, — всё кончилось"`): a short stretch with
    no sentence end between a turn and the next `, —`."""
    found: list[tuple[int, int]] = []
    for start, end in marks(text):
        at = start
        for turn in TURN.finditer(text, start, end):
            back = RESUME.search(text, turn.end(), end)
            if turn.start() < at or back is None:
                continue
            words = text[turn.end():back.start()]
            if len(words.split()) > AUTHOR_WORDS or any(c in words for c in ".!?"):
                continue
            found.append((at, turn.start()))
            at = back.end()
        found.append((at, end))
    return found


def marks(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation, the marks included; one paragraph at most."""
    found: list[tuple[int, int]] = []
    for start, end in paragraph_spans(text):
        stack: list[tuple[str, int]] = []
        straight = None
        for i in range(start, end):
            char = text[i]
            if char in OPEN_CLOSE:
                stack.append((OPEN_CLOSE[char], i))
            elif stack and char == stack[-1][0]:
                close, begin = stack.pop()
                if not stack:
                    found.append((begin, i + 1))
            elif char == STRAIGHT and not stack:
                if straight is None:
                    straight = i
                else:
                    found.append((straight, i + 1))
                    straight = None
    return found


def dialogue(text: str) -> list[tuple[int, int]]:
    """The replies of each dialogue line: every other stretch between the author's dashes (a
    dash into the author's words before a lowercase word, `TURN`; a dash back into the speech
    after them, `RETURN`, whatever the sentence of the author's words ended with)."""
    found: list[tuple[int, int]] = []
    for start, end in paragraph_spans(text):
        opening = DIALOGUE.match(text, start, end)
        if opening is None:
            continue
        at, speech = opening.end(), True
        while True:
            turn = (TURN if speech else RETURN).search(text, at, end)
            if turn is None:
                break
            if speech:
                found.append((at, turn.start()))
            at, speech = turn.end(), not speech
        if speech or speech_to_the_end(text[at:end]):
            # (`— Мы сгинем от любви, — всё едино: нам суждена гибель...`: no author's words end so)
            found.append((at, end))
    return found


AUTHOR_VERB_WITHIN = 3  # the words the verb of the author's words comes within
SPEECH_END = re.compile(r"(?:[!?…]|\.\.\.)[»\"]?\s*$")


def speech_to_the_end(rest: str) -> bool:
    """The stretch after a dash into what looked like the author's words runs to the end of the
    line with no dash back, and ends as speech does, with `!`, `?` or an ellipsis: the author's
    words of a line (`— сказал он.`, `— крикнула она:`) end with a full stop or a colon, so the
    dash was inside the speech (`— Нет! Мы уйдём, — всё равно нам конец...`)."""
    if not SPEECH_END.search(rest):
        return False
    # the author's words open with their verb, or with a pronoun, a name or an adverb before it
    # (`— сказал он, помолчав...`, `— он махнул рукой...`, `— тихо ответил Иван...`)
    words = re.findall(r"[А-Яа-яЁё-]+", rest)[:AUTHOR_VERB_WITHIN]
    return bool(words) and not any(r.tag.POS == "VERB" for word in words for r in parses(word.lower()) if r.is_known)


def speech_spans(text: str) -> list[tuple[int, int]]:
    return sorted(quoted(text) + dialogue(text))
