"""Selecting in the article and copying: always the logical text, never the cells."""

from __future__ import annotations

import re

from conftest import explorer
from scaletui.app import ScaleTUIApp
from scaletui.explore.selection import selection_spans, selection_text
from scaletui.i18n import load_language
from scaletui.story import Span, Story
from scaletui.widgets.article_view import ArticleView

PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")


def test_a_selection_is_ordered_and_spans_paragraphs() -> None:
    texts = ["abc", "defg", "hi"]
    assert selection_spans(texts, (2, 1), (0, 1)) == [Span(0, 1, 3), Span(1, 0, 4), Span(2, 0, 1)]
    assert selection_text(texts, (0, 1), (2, 1)) == "bc\n\ndefg\n\nh"
    assert selection_text(texts, (1, 2), (1, 2)) == ""


async def test_shift_down_selects_lines_and_copy_gives_logical_text(story: Story) -> None:
    app = ScaleTUIApp(story)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        await pilot.press("down", "down", "down")  # the first body paragraph
        paragraph = view.cursor_paragraph
        await pilot.press("shift+down", "shift+down", "y")
        copied = app.clipboard
        text = story.paragraphs[paragraph].text
        assert copied and text.startswith(copied[:20])  # logical order, from its start
        assert not PRESENTATION_FORMS.search(copied)
        assert copied == view.copied_text()
        await pilot.press("escape")
        assert view.selection is None


async def test_a_drag_selects_by_character_in_logical_order(story: Story) -> None:
    app = ScaleTUIApp(story)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        # From the right end of the headline's first row to the middle of it: in an
        # RTL line that is the headline's first words, in logical order.
        left = view.content_region.x - view.region.x  # offsets count from the border
        top = view.content_region.y - view.region.y
        last_text_column = view.text_width - 3  # past it: a gutter and the cursor column
        start, middle = (left + last_text_column, top), (left + view.text_width // 2, top)
        await pilot.mouse_down(ArticleView, offset=start)
        await pilot.hover(ArticleView, offset=middle)
        await pilot.mouse_up(ArticleView, offset=middle)
        assert view.selection is not None
        copied = view.copied_text()
        headline = story.paragraphs[0].text
        assert copied and headline.startswith(copied)
        await pilot.press("ctrl+c")
        assert app.clipboard == copied


async def test_a_drag_in_the_mirrored_layout_selects_in_logical_order(story: Story) -> None:
    """Under --lang ar the article sits on the right with its cursor and scroll indicator
    on the left of the text: a drag still finds the glyphs drawn under the mouse. From
    the headline's first glyph (its rightmost cell) to the row's middle, either way
    round, is the headline's first words in logical order."""
    app = ScaleTUIApp(story, language=load_language("ar"))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(ArticleView)
        row = view.render_line(0).text
        assert row.startswith("┃▐")  # mirrored: indicator and cursor on the left
        glyphs = [column for column, char in enumerate(row) if char.strip() and column > 1]
        left = view.content_region.x - view.region.x
        top = view.content_region.y - view.region.y
        first = (left + glyphs[-1], top)
        middle = (left + (glyphs[0] + glyphs[-1]) // 2, top)
        headline = story.paragraphs[0].text
        copied: list[str] = []
        for start, end in ((first, middle), (middle, first)):
            await pilot.mouse_down(ArticleView, offset=start)
            await pilot.hover(ArticleView, offset=end)
            await pilot.mouse_up(ArticleView, offset=end)
            copied.append(view.copied_text())
            await pilot.press("escape")
        assert copied[0] == copied[1]
        assert len(copied[0]) > 10 and headline.startswith(copied[0])
        assert not PRESENTATION_FORMS.search(copied[0])


async def test_with_nothing_selected_copy_takes_the_current_hit(story: Story) -> None:
    app = ScaleTUIApp(story)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"وانغ", "enter")
        while explorer(app).indexing:  # the search waits for the index (folded at 0.5 s)
            await pilot.pause(0.05)
        await pilot.pause()
        await pilot.press("y")
        assert app.clipboard == "وانغ"
