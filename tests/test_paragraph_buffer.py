"""The paragraph buffer gives back what was put in, across its blocks' edges, and holds a
file of many short lines in a few bytes a paragraph beyond their text."""

from __future__ import annotations

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from scaletui.story.model import Paragraph
from scaletui.story.paragraphs import BLOCK, KINDS, ParagraphBuffer, texts_of

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
