"""RowMap: lazy layout of a long document stays consistent with a full layout."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from scaletui.layout import LayoutEngine
from scaletui.layout.rows import GAP, RowMap

WORDS = ["ميتا", "سكيل", "إيه", "آي", "(Scale AI)", "49%", "الاستثمار", "2024", "وانغ", "ذكاء"]

paragraph = st.lists(st.sampled_from(WORDS), min_size=1, max_size=60).map(" ".join)


def full_rows(engine: LayoutEngine, texts: list[str], width: int) -> list[tuple[int, int]]:
    rows: list[tuple[int, int]] = []
    for index, text in enumerate(texts):
        count = len(engine.layout(text, width).lines)
        rows.extend((index, line) for line in range(count))
        if index < len(texts) - 1:
            rows.extend((index, count + g) for g in range(GAP))
    return rows


@settings(max_examples=100, deadline=None)
@given(
    texts=st.lists(paragraph, min_size=1, max_size=25),
    width=st.integers(min_value=8, max_value=70),
    top=st.integers(min_value=0, max_value=400),
    height=st.integers(min_value=1, max_value=30),
    block_size=st.sampled_from([1, 3, 7, 256]),
)
def test_settled_viewport_matches_a_full_layout(texts, width, top, height, block_size) -> None:
    engine = LayoutEngine()
    rows = RowMap(engine, texts, width, block_size=block_size)
    top = min(top, rows.total - 1)
    anchor = rows.locate(top)
    settled = rows.settle(top, height)
    # The anchored line is still the one at the top.
    paragraph_index, line = rows.locate(settled)
    assert paragraph_index == anchor[0]
    # Every row down the viewport is a real line (or gap) of an exactly laid-out
    # paragraph, in order; rows above may still be estimates.
    reference = set(full_rows(engine, texts, width))
    seen = [rows.locate(row) for row in range(settled, min(settled + height, rows.total))]
    assert seen == sorted(seen)
    for paragraph_index, line in seen:
        assert (paragraph_index, line) in reference
        assert rows.is_exact(paragraph_index)


@settings(max_examples=100, deadline=None)
@given(
    texts=st.lists(paragraph, min_size=1, max_size=15),
    width=st.integers(8, 60),
    block_size=st.sampled_from([1, 2, 5, 256]),
)
def test_once_everything_is_laid_out_the_map_is_exact(texts, width, block_size) -> None:
    engine = LayoutEngine()
    rows = RowMap(engine, texts, width, block_size=block_size)
    for index in range(len(texts)):
        rows.layout(index)
    assert [rows.locate(r) for r in range(rows.total)] == full_rows(engine, texts, width)
    for index, text in enumerate(texts):
        for offset in range(0, len(text), 7):
            row = rows.row_of(index, offset)
            assert rows.locate(row)[0] == index


def test_estimates_use_layouts_already_known() -> None:
    engine = LayoutEngine()
    texts = [" ".join(WORDS * 5)] * 3
    engine.layout(texts[0], 30)
    rows = RowMap(engine, texts, 30)
    assert rows.count(0) == len(engine.layout(texts[0], 30).lines)


@settings(max_examples=60, deadline=None)
@given(
    texts=st.lists(paragraph, min_size=2, max_size=30),
    split=st.integers(min_value=1, max_value=29),
    first=st.integers(8, 60),
    second=st.integers(8, 60),
    block_size=st.sampled_from([1, 4, 256]),
    top=st.integers(min_value=0, max_value=300),
)
def test_appended_texts_and_a_new_width_give_the_full_layout(
    texts, split, first, second, block_size, top
) -> None:
    # A book still being read grows at the end, and a resize makes a map at a new
    # width from the old one's block totals: both must end exactly as a full layout.
    engine = LayoutEngine()
    split = min(split, len(texts) - 1)
    growing = texts[:split]
    rows = RowMap(engine, growing, first, block_size=block_size)
    rows.settle(min(top, rows.total - 1), 10)
    growing.extend(texts[split:])
    rows.extend()
    assert len(rows) == len(texts)
    resized = rows.at_width(second)
    resized.settle(min(top, resized.total - 1), 10)
    for index in range(len(texts)):
        resized.layout(index)
    assert [resized.locate(r) for r in range(resized.total)] == full_rows(engine, texts, second)


class CountingTexts(list[str]):
    """A list that counts the texts read one by one (a slice counts its length)."""

    reads = 0

    def __getitem__(self, index):
        result = super().__getitem__(index)
        self.reads += len(result) if isinstance(index, slice) else 1
        return result

    def __iter__(self):
        self.reads += len(self)
        return super().__iter__()


def test_a_new_width_reads_only_the_texts_near_the_view() -> None:
    engine = LayoutEngine()
    texts = CountingTexts(" ".join(WORDS[: 3 + i % 7] * (1 + i % 5)) for i in range(20_000))
    rows = RowMap(engine, texts, 80)
    rows.settle(rows.total // 2, 40)
    texts.reads = 0
    resized = rows.at_width(61)
    top = resized.settle(resized.row_of(*_place(rows, rows.total // 2)), 40)
    assert resized.locate(top)[0] >= 0
    # One block of estimates for the view and the paragraphs it lays out; not the book.
    assert 0 < texts.reads <= 3 * resized.block_size


def _place(rows: RowMap, row: int) -> tuple[int, int]:
    paragraph, line = rows.locate(row)
    return (paragraph, rows.offset_at(paragraph, line))


@settings(max_examples=60, deadline=None)
@given(
    texts=st.lists(paragraph, min_size=1, max_size=30),
    width=st.integers(8, 60),
    height=st.integers(1, 30),
    block_size=st.sampled_from([1, 4, 256]),
)
def test_the_last_page_is_exact_after_settle_end(texts, width, height, block_size) -> None:
    engine = LayoutEngine()
    rows = RowMap(engine, texts, width, block_size=block_size)
    top = rows.settle_end(height)
    reference = full_rows(engine, texts, width)
    assert top == max(0, rows.total - height)
    # The last page's rows are the full layout's last rows, whatever lies above.
    shown = [rows.locate(row) for row in range(top, rows.total)]
    assert shown == reference[len(reference) - len(shown) :]
    assert len(shown) == min(height, len(reference))
