"""RowMap: lazy layout of a long document stays consistent with a full layout."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from scaletui.layout import LayoutEngine
from scaletui.layout.rows import GAP, RowMap

WORDS = ["ميتا", "سكيل", "إيه", "آي", "(Scale AI)", "49%", "الاستثمار", "2024", "وانغ", "ذكاء"]

paragraph = st.lists(st.sampled_from(WORDS), min_size=1, max_size=60).map(" ".join)


def full_rows(engine: LayoutEngine, texts: list[str], width: int) -> list[tuple[int, int]]:
    rows = []
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
)
def test_settled_viewport_matches_a_full_layout(texts, width, top, height) -> None:
    engine = LayoutEngine()
    rows = RowMap(engine, texts, width)
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
        assert rows.exact[paragraph_index]


@settings(max_examples=100, deadline=None)
@given(texts=st.lists(paragraph, min_size=1, max_size=15), width=st.integers(8, 60))
def test_once_everything_is_laid_out_the_map_is_exact(texts, width) -> None:
    engine = LayoutEngine()
    rows = RowMap(engine, texts, width)
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
    assert rows.counts[0] == len(engine.layout(texts[0], 30).lines)
