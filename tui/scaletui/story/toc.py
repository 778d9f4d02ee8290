"""A table of contents from a story's paragraphs: its title and headings."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from .model import Paragraph, ParagraphKind
from .paragraphs import ParagraphBuffer

TOC_KINDS: tuple[ParagraphKind, ...] = ("title", "heading")
LEVELS = {"title": 0, "heading": 1}


class TocEntry(NamedTuple):
    paragraph: int
    text: str  # logical text, as the article has it
    level: int  # 0 the title, 1 a heading


def table_of_contents(paragraphs: Sequence[Paragraph]) -> list[TocEntry]:
    """Every title and heading paragraph, in article order (empty ones left out).

    A buffer's headings are found by their kinds: a file of 500,000 lines makes a
    Paragraph for each heading, not for each line, when the contents or the palette open.
    """
    if isinstance(paragraphs, ParagraphBuffer):
        paragraphs = [paragraphs[at] for at in paragraphs.indices_of(*TOC_KINDS)]
    return [
        TocEntry(p.index, p.text.strip(), LEVELS[p.kind])
        for p in paragraphs
        if p.kind in TOC_KINDS and p.text.strip()
    ]


def section_of(entries: list[TocEntry], paragraph: int) -> TocEntry | None:
    """The entry a paragraph falls under (the last one at or before it)."""
    found = None
    for entry in entries:
        if entry.paragraph > paragraph:
            break
        found = entry
    return found
