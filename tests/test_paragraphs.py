"""Paragraphs: a line each in a paragraph-per-line text, blank-line blocks in a hard-wrapped one."""
from __future__ import annotations

from letopis.text.chunks import chunk_spans
from letopis.text.paragraphs import paragraph_spans, wrapped


def paragraphs(text: str) -> list[str]:
    return [text[start:end] for start, end in paragraph_spans(text)]


def test_a_line_is_a_paragraph_when_lines_end_sentences():
    text = "Глава первая\nОн уехал.\nОна осталась.\n"
    assert not wrapped(text)
    assert paragraphs(text) == ["Глава первая\n", "Он уехал.\n", "Она осталась.\n"]


def test_a_hard_wrapped_text_breaks_paragraphs_at_blank_lines():
    text = "Он уехал из дома,\nне простившись ни с кем\nиз родных.\n\nОна осталась."
    assert wrapped(text)
    assert paragraphs(text) == ["Он уехал из дома,\nне простившись ни с кем\nиз родных.\n\n", "Она осталась."]


def test_pieces_of_a_hard_wrapped_text_end_at_paragraphs():
    paragraph = "Весною он уехал из Москвы\nв Казань и прожил там\nдо самой осени.\n\n"
    text = paragraph * 10
    pieces = list(chunk_spans(text, limit=len(paragraph) * 3 + 5))
    assert all(text[end - 2:end] == "\n\n" for _, end in pieces[:-1])
    assert "".join(text[start:end] for start, end in pieces) == text


def test_long_lines_are_paragraphs_whatever_they_end_with():
    text = "Умер старейший актёр театра\n" + "Он играл " + "на этой сцене " * 12 + "сорок лет\nПрощание завтра."
    assert not wrapped(text)
    assert len(paragraphs(text)) == 3
