"""A book's arrivals are counted from where its texts start, none decoded: a step of a
file of short lines brings tens of thousands, and decoding each only to count it held
the event loop hundreds of milliseconds (the reading position and the row estimates)."""

from __future__ import annotations

import pytest

from scaletui.layout import LayoutEngine
from scaletui.layout.rows import RowMap
from scaletui.story import paragraphs
from scaletui.story.paragraphs import BLOCK, ParagraphBuffer
from scaletui.widgets.reading_view import ReadingView


def grown(buffer: ParagraphBuffer, count: int) -> None:
    for n in range(count):
        buffer.append("body", f"سطر قصير رقم {n}")


@pytest.fixture
def decodes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Each text cut out of a full block (and decoded) from now on."""
    cut = paragraphs._cut
    counted: list[int] = []

    def counting(joined: str | bytes, start: int, end: int) -> str:
        counted.append(start)
        return cut(joined, start, end)

    monkeypatch.setattr(paragraphs, "_cut", counting)
    return counted


def test_row_estimates_count_arrivals_without_decoding(decodes: list[int]) -> None:
    book = ParagraphBuffer()
    grown(book, 10)
    rows = RowMap(LayoutEngine(), book.texts, 40)
    grown(book, 3 * BLOCK)  # three full blocks, kept as bytes
    decodes.clear()
    rows.extend()
    assert decodes == []
    assert rows.total == RowMap(LayoutEngine(), book.texts, 40).total


def test_the_reading_position_counts_arrivals_without_decoding(decodes: list[int]) -> None:
    book = ParagraphBuffer()
    grown(book, 10)
    view = ReadingView(LayoutEngine(), book)
    grown(book, 3 * BLOCK)
    decodes.clear()
    view.paragraphs_added()
    assert len(decodes) <= 5  # the cursor's paragraph at most
    assert view.progress.count == len(book)
    assert view.progress.total == sum(len(text) + 1 for text in book.texts)
