"""A stretch of the article the reader selected, kept as logical places.

A place is (paragraph, logical offset). However the selection was made (a drag
across reordered lines, Shift and the arrows), it is the logical text between
its two ends that gets highlighted and copied: never the shaped cells.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..story import Span

Place = tuple[int, int]  # (paragraph, logical offset)
PARAGRAPH_BREAK = "\n\n"  # between paragraphs in copied text, as in the pack's article


def ordered(a: Place, b: Place) -> tuple[Place, Place]:
    return (a, b) if a <= b else (b, a)


def selection_spans(texts: Sequence[str], a: Place, b: Place) -> list[Span]:
    """The selection as one span per paragraph it touches (empty ones left out)."""
    (first, start), (last, end) = ordered(a, b)
    spans = []
    for paragraph in range(first, last + 1):
        lo = start if paragraph == first else 0
        hi = end if paragraph == last else len(texts[paragraph])
        if hi > lo:
            spans.append(Span(paragraph, lo, hi))
    return spans


def selection_text(texts: Sequence[str], a: Place, b: Place) -> str:
    """The selected logical text, paragraphs separated as in the article."""
    return PARAGRAPH_BREAK.join(
        texts[span.paragraph][span.start : span.end] for span in selection_spans(texts, a, b)
    )


def word_step(texts: Sequence[str], place: Place, forward: bool) -> Place:
    """The place a word further on (`forward`: the end of the next word) or back (the
    start of the previous one), in logical order, on into the next or previous paragraph
    with words at either end of one: how Shift and the arrows widen a selection by words."""
    paragraph, offset = place
    text = texts[paragraph]
    if forward:
        while offset >= len(text.rstrip()) and paragraph + 1 < len(texts):
            paragraph, offset = paragraph + 1, 0
            text = texts[paragraph]
        while offset < len(text) and text[offset].isspace():
            offset += 1
        while offset < len(text) and not text[offset].isspace():
            offset += 1
        return (paragraph, offset)
    while offset <= len(text) - len(text.lstrip()) and paragraph > 0:
        paragraph -= 1
        text = texts[paragraph]
        offset = len(text)
    while offset > 0 and text[offset - 1].isspace():
        offset -= 1
    while offset > 0 and not text[offset - 1].isspace():
        offset -= 1
    return (paragraph, offset)
