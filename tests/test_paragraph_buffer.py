"""The paragraph buffer gives back what was put in, across its blocks' edges, and holds a
file of many short lines in a few bytes a paragraph beyond their text."""

from __future__ import annotations

import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scaletui.layout.rows import text_lengths
from scaletui.story import paragraphs as paragraphs_module
from scaletui.story.model import Paragraph
from scaletui.story.paragraphs import (
    BLOCK,
    COMPACT,
    KINDS,
    ParagraphBuffer,
    texts_of,
)
from scaletui.story.toc import TocEntry, table_of_contents

# Every character the compact encoding has a byte for, and some it has not (Persian's گ,
# an emoji, a presentation form, a character beyond the BMP): a block of the first kind
# is kept as bytes, one with any of the second stays a str; both read back exactly.
ENCODABLE = "".join(bytes([byte]).decode(COMPACT) for byte in range(256))
OUTSIDE = "گ😀ﻻ\U0001d400ü"

paragraph_lists = st.lists(
    st.tuples(st.sampled_from(KINDS), st.text(min_size=0, max_size=12)), max_size=3 * BLOCK + 5
)


@settings(deadline=None, max_examples=25)
@given(paragraph_lists)
def test_the_buffer_reads_as_the_list_it_was_given(rows: list[tuple[str, str]]) -> None:
    expected = [Paragraph(index, kind, text) for index, (kind, text) in enumerate(rows)]  # type: ignore[arg-type]
    buffer = ParagraphBuffer()
    for kind, text in rows:
        buffer.append(kind, text)  # type: ignore[arg-type]
    assert len(buffer) == len(expected)
    assert list(buffer) == expected
    assert [buffer[i] for i in range(len(buffer))] == expected
    assert list(buffer.texts) == [p.text for p in expected]
    if expected:
        assert buffer[-1] == expected[-1]
        middle = len(expected) // 2
        assert buffer.texts[middle:] == [p.text for p in expected[middle:]]
        assert buffer[middle : middle + 3] == expected[middle : middle + 3]
    kinds = [p.kind for p in expected]
    first = next((i for i, kind in enumerate(kinds) if kind in ("title", "heading")), None)
    assert buffer.first_of("title", "heading") == first
    headings = [i for i, kind in enumerate(kinds) if kind in ("title", "heading")]
    assert buffer.indices_of("heading", "title") == headings


compact_texts = st.lists(
    st.text(alphabet=ENCODABLE, max_size=12) | st.text(alphabet=ENCODABLE + OUTSIDE, max_size=6),
    min_size=1,
    max_size=40,
)


@settings(deadline=None, max_examples=15)
@given(compact_texts, st.integers(BLOCK - 2, 3 * BLOCK + 5), st.integers(1, 97))
def test_blocks_kept_as_bytes_read_back_exactly(drawn: list[str], count: int, stride: int) -> None:
    # A few drawn texts spread over blocks (drawing thousands is too slow for hypothesis).
    rows = [(KINDS[i % len(KINDS)], drawn[i * stride % len(drawn)]) for i in range(count)]
    buffer = ParagraphBuffer()
    for kind, text in rows:
        buffer.append(kind, text)
    texts = [text for _, text in rows]
    assert list(buffer.texts) == texts
    assert [buffer.text(i) for i in range(len(rows))] == texts
    assert [p.text for p in buffer] == texts
    middle = len(rows) // 2
    assert buffer.texts[middle:] == texts[middle:]
    for block, joined in enumerate(buffer._blocks):
        whole = "".join(texts[block * BLOCK : (block + 1) * BLOCK])
        assert isinstance(joined, bytes) == all(char in ENCODABLE for char in whole)


def test_an_arabic_book_is_held_in_about_a_byte_a_character() -> None:
    paragraph = "وَقالَت شركة ميتا‌ إن «Scale AI» ستحصل على 49% (نحو 14.3 مليار دولار)ـ"
    buffer = ParagraphBuffer()
    for index in range(4 * BLOCK):
        buffer.append("body", f"{paragraph} {index}")
    full = buffer._blocks
    # Each paragraph and the separator after it (search folds the block as it is).
    characters = sum(len(text) + 1 for text in list(buffer.texts)[: len(full) * BLOCK])
    assert len(full) == 3
    # As a str, Arabic text takes two bytes a character.
    assert sum(sys.getsizeof(joined) for joined in full) / characters < 1.01


def test_out_of_range_is_an_index_error() -> None:
    buffer = ParagraphBuffer([Paragraph(0, "body", "نص")])
    for bad in (1, -2):
        try:
            buffer[bad]
        except IndexError:
            continue
        raise AssertionError(f"buffer[{bad}] did not raise")


def test_texts_of_a_buffer_grow_with_it_and_of_a_tuple_are_a_list() -> None:
    buffer = ParagraphBuffer()
    texts = texts_of(buffer)
    buffer.append("body", "أول")
    assert list(texts) == ["أول"]
    assert texts_of((Paragraph(0, "body", "x"),)) == ["x"]


def test_short_lines_cost_a_few_bytes_each_beyond_their_text() -> None:
    count = 20 * BLOCK
    buffer = ParagraphBuffer()
    for index in range(count):
        buffer.append("body", f"سطر قصير رقم {index}")
    held = (
        sum(sys.getsizeof(block) for block in buffer._blocks)
        + sum(sys.getsizeof(text) for text in buffer._open)  # the block still open
        + sys.getsizeof(buffer._starts)
        + sys.getsizeof(buffer._kinds)
    )
    text_bytes = sum(2 * len(text) for text in buffer.texts)  # two bytes an Arabic character
    # A Paragraph and a str of its own were about 270 bytes a paragraph beyond the text.
    assert (held - text_bytes) / count < 16


def test_a_buffer_equals_the_same_paragraphs_however_held() -> None:
    rows = [Paragraph(0, "title", "عنوان"), Paragraph(1, "body", "نص")]
    assert ParagraphBuffer(rows) == ParagraphBuffer(rows)
    assert ParagraphBuffer(rows) == tuple(rows) and ParagraphBuffer(rows) == rows
    assert ParagraphBuffer(rows) != ParagraphBuffer(rows[:1])
    assert ParagraphBuffer(rows) != [rows[0], Paragraph(1, "quote", "نص")]


def test_a_cleared_buffer_goes_on_counting_from_where_it_was() -> None:
    buffer = ParagraphBuffer()
    buffer.append("body", "أ")
    buffer.append("body", "ب")
    buffer.clear()
    assert len(buffer) == 0
    assert buffer.append("body", "ج") == Paragraph(2, "body", "ج")
    assert list(buffer) == [Paragraph(2, "body", "ج")] and buffer[:] == list(buffer)


def test_the_contents_of_a_buffer_make_a_paragraph_per_heading_not_per_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The contents and the palette list the headings: a file of 500,000 lines made a
    # Paragraph of each line to find its few headings.
    buffer = ParagraphBuffer()
    for line in range(3 * BLOCK):
        if line in (0, BLOCK + 7, 2 * BLOCK + 1):
            buffer.append("title" if line == 0 else "heading", f" part {line} ")
        buffer.append("body", f"line {line}")
    buffer.append("heading", "   ")  # empty: left out
    made: list[Paragraph] = []

    def counted(*fields: object) -> Paragraph:
        made.append(Paragraph(*fields))  # type: ignore[arg-type]
        return made[-1]

    monkeypatch.setattr(paragraphs_module, "Paragraph", counted)
    assert table_of_contents(buffer) == [
        TocEntry(0, "part 0", 0),
        TocEntry(BLOCK + 8, f"part {BLOCK + 7}", 1),
        TocEntry(2 * BLOCK + 3, f"part {2 * BLOCK + 1}", 1),
    ]
    assert len(made) == 4  # the three headings and the empty one


def test_text_lengths_decode_no_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """What counts a step's arrivals (the reading position, the row estimates) reads
    where each text starts, not the texts: a step of short lines brings tens of thousands."""
    buffer = ParagraphBuffer()
    for index in range(2 * BLOCK + 5):
        buffer.append("body", "قال وانغ" * (index % 7) + ("🙂" if index == BLOCK + 3 else ""))
    texts = buffer.texts
    expected = [len(text) for text in texts]
    ranges = [(0, len(buffer)), (3, 9), (BLOCK - 2, BLOCK + 4), (2 * BLOCK - 1, 2 * BLOCK + 5)]

    def decoded(*_: object) -> str:
        raise AssertionError("a text was decoded to be counted")

    monkeypatch.setattr(paragraphs_module, "_cut", decoded)
    for start, stop in ranges:
        assert list(texts.lengths(start, stop)) == expected[start:stop]
        assert list(text_lengths(texts, start, stop)) == expected[start:stop]
    assert list(text_lengths(["ab", "c"], 1, 2)) == [1]
