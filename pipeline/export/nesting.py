"""Spans of a text as properly nested markup, block by block.

Marks may nest (`дело Бейлиса` around `Бейлиса`) but may also cross each other or a paragraph
end; markup cannot. A mark that crosses is cut where the enclosing one closes and goes on as a
continuation (`Mark.part`), so every mark opens exactly once with its `open` tag and the text
between tags is the text itself, escaped.
"""
from __future__ import annotations

import heapq
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

BLOCK_FIRST = 0  # at one offset a block opens before the marks inside it
INLINE = 1


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    open: str   # the opening tag of its first part
    close: str
    part: str   # the opening tag of a continuation
    rank: int = INLINE


def nest(text: str, blocks: Iterable[tuple[int, int]], marks: Iterable[Mark],
         escape: Callable[[str], str]) -> Iterator[tuple[int, int, str]]:
    """(start, end, markup) of each block: the block's text with its marks, cut to nest."""
    heap = [(m.start, m.rank, -m.end, n, m, True) for n, m in enumerate(marks) if m.end > m.start]
    heapq.heapify(heap)
    serial = len(heap)
    for block_start, block_end in blocks:
        out: list[str] = []
        stack: list[tuple[int, str]] = []  # (end, closing tag) of the open marks
        position = block_start
        while heap and heap[0][0] < block_end:
            start, rank, minus_end, _, mark, first = heapq.heappop(heap)
            start, end = max(start, block_start), -minus_end
            if end <= start:
                continue
            while stack and stack[-1][0] <= start:
                position = close(text, out, stack, position, escape)
            out.append(escape(text[position:start]))
            position = start
            limit = stack[-1][0] if stack else block_end
            if end > limit:  # it crosses: the rest goes on after the enclosing one closes
                heapq.heappush(heap, (limit, rank, -end, serial, mark, False))
                serial += 1
                end = limit
            out.append(mark.open if first else mark.part)
            stack.append((end, mark.close))
        while stack:
            position = close(text, out, stack, position, escape)
        out.append(escape(text[position:block_end]))
        yield block_start, block_end, "".join(out)


def close(text: str, out: list[str], stack: list[tuple[int, str]], position: int,
          escape: Callable[[str], str]) -> int:
    end, tag = stack.pop()
    out.append(escape(text[position:end]))
    out.append(tag)
    return end


def text_blocks(text: str, spans: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The paragraphs without their surrounding whitespace; blank ones left out."""
    for start, end in spans:
        chunk = text[start:end]
        stripped = chunk.strip()
        if stripped:
            first = start + len(chunk) - len(chunk.lstrip())
            yield first, first + len(stripped)
