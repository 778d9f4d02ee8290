"""The first screen, driven headless with Textual's Pilot."""

from __future__ import annotations

import unicodedata

import pytest

from conftest import explorer
from scaletui.app import AppOptions, ScaleTUIApp
from scaletui.layout.shaping import ShapedText
from scaletui.widgets.article_view import CURSOR_MARK, ArticleView


def row_text(view: ArticleView, y: int) -> str:
    """A screen row as drawn, without the reading-cursor mark or the scroll indicator."""
    return view.render_line(y).crop(0, view.text_width).text.replace(CURSOR_MARK, " ")


def unshape(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_headline_starts_at_the_right_edge(story, size: tuple[int, int]) -> None:
    app = ScaleTUIApp(story)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        first = row_text(view, 0)
        words = first.split()
        assert unshape(words[-1][::-1]) == "هل"
        assert unshape(words[-2][::-1]) == "تنجح"
        # Right-aligned: the text ends one gutter cell before the cursor column.
        assert first.rstrip() == first.rstrip(" ")
        assert len(first) - len(first.rstrip()) <= 3
        for panel_id in ("timeline", "people", "competitors"):
            assert explorer(app).panel(panel_id).option_count > 0


async def test_enter_on_an_event_reveals_and_highlights_its_evidence(story) -> None:
    app = ScaleTUIApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        timeline = explorer(app).panel("timeline")
        timeline.focus()
        event = next(e for e in story.events if e.id == "the-information-revenue-report")
        assert timeline.select_item(f"event:{event.id}")
        await pilot.press("enter")
        await pilot.pause()
        span = event.provenance.span
        assert view.highlights == [span]
        row = view.row_of(span.paragraph, span.start)
        top = int(view.scroll_y)
        assert top > 0
        assert top <= row < top + view.scrollable_content_region.height
        # The highlighted cells on that row spell the evidence's first word.
        strip = view.render_line(row - top)
        marked = "".join(
            seg.text
            for seg in strip
            if seg.style and seg.style.bgcolor is not None and seg.style.reverse
        )
        assert marked
        await pilot.press("escape")
        assert view.highlights == []


async def test_resize_keeps_the_readers_place(story) -> None:
    app = ScaleTUIApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        view.scroll_to(y=view.row_of(12, 0), animate=False, immediate=True)
        await pilot.pause()
        assert view.reading_place() == (12, 0)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert view.reading_place() == (12, 0)


async def test_the_first_screen_is_not_shaped_again_on_the_next_start(story, tmp_path) -> None:
    cache = tmp_path / "layout" / f"{story.id}.bin"
    first = ScaleTUIApp(story, options=AppOptions(layout_cache=cache))
    async with first.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        headline = row_text(first.screen.query_one(ArticleView), 0)
    assert cache.is_file()
    again = ScaleTUIApp(story, options=AppOptions(layout_cache=cache))
    shaped: list[str] = []
    shape = again.engine._shaper.shape

    def counting_shape(text: str) -> ShapedText:
        shaped.append(text)
        return shape(text)

    again.engine._shaper.shape = counting_shape  # type: ignore[method-assign,assignment]
    async with again.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert row_text(again.screen.query_one(ArticleView), 0) == headline
    assert shaped == []  # same story, same size: every paragraph came from the cache
