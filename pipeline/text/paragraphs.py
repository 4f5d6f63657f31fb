"""Paragraphs of a plain text: one per line, unless the text is hard-wrapped.

Books from Wikisource and news texts keep a paragraph per line, and a line without a full stop
is a heading or a headline (`Глава первая`, `Умер известный поэт`): its line break ends the
sentence, though razdel, reading the whole text as one stream, runs the heading into the next
sentence and the parser then hangs one sentence's words on the other's verbs. A hard-wrapped
text (no line longer than a printed line, many stopping on a word, a comma or a hyphen) breaks
its paragraphs with blank lines instead.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

# A line ends in `\n`, `\r\n` or an old Mac's `\r` alone (the span of a line keeps its end).
LINE_BREAK = re.compile(r"\r\n?|\n")
BLANK_LINE = re.compile(r"(?:\r\n?|\n)[^\S\r\n]*(?:\r\n?|\n)")
OPEN_END = re.compile(r"[\w,\-\u00ad]$")  # a line that stops mid-sentence
WIDTH = 120  # wider than any wrapping width of plain-text archives (60-80, seldom 100)


@lru_cache(maxsize=8)  # asked of the same text by the tokenizer, coreference, the dates and the writers
def wrapped(text: str) -> bool:
    """Whether the text is wrapped at a width: every line short, a third or more stopping
    mid-sentence (dialogue and the last lines of paragraphs end in full stops), and more
    than one, since a single such line is a heading."""
    lines = [line.rstrip() for line in LINE_BREAK.split(text) if line.strip()]
    open_lines = sum(1 for line in lines if OPEN_END.search(line))
    return open_lines > 1 and open_lines * 3 >= len(lines) and max(map(len, lines)) <= WIDTH


def paragraph_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of consecutive paragraphs covering the text, each with its line break."""
    breaks = BLANK_LINE if wrapped(text) else LINE_BREAK
    start = 0
    for found in breaks.finditer(text):
        yield start, found.end()
        start = found.end()
    if start < len(text) or not text:
        yield start, len(text)
