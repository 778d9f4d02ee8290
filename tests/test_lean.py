"""What start-up and resizes skip must never show: the explorer's own lines stay
covered, a panel rendered in part before the first frame ends up whole, and the
explorer styled once before its first frame has the styles Textual would give it."""

from __future__ import annotations

import pytest
from rich.cells import cell_len
from rich.segment import Segment
from textual.app import App
from textual.dom import DOMNode
from textual.geometry import Region, Size
from textual.strip import Strip
from textual.widget import Widget

from conftest import explorer
from scaletui.app import AppOptions, ScaleTUIApp
from scaletui.layout import LayoutEngine
from scaletui.screens.explorer.screen import ExplorerScreen
from scaletui.screens.styled_once import breakpoint_classes
from scaletui.widgets.story_panel import StoryPanel

MARK = "▒"


def marked(self: ExplorerScreen, crop: Region) -> list[Strip]:
    """The explorer's own lines drawn as marks, to show where they would be seen."""
    return [Strip([Segment(MARK * crop.width)], crop.width)] * crop.height


def screen_text(app: ScaleTUIApp) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


@pytest.mark.parametrize("size", [(120, 40), (80, 24), (60, 20), (50, 10), (30, 8)])
async def test_the_explorers_own_lines_are_never_seen(story, size, monkeypatch) -> None:
    # Its lines are blanks made at once, on the grounds that its widgets cover
    # every cell. Drawn as marks instead, no mark may reach the screen: at any
    # size, with the panels taking turns with the article on a narrow one.
    monkeypatch.setattr(ExplorerScreen, "render_lines", marked)
    app = ScaleTUIApp(story)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert MARK not in screen_text(app), size
        for key in ("3", "6", "escape", "1", "slash", "escape"):
            await pilot.press(key)
            await pilot.pause()
            assert MARK not in screen_text(app), (size, key)


@pytest.mark.parametrize("size", [(120, 40), (50, 10)])
async def test_the_marks_would_show_if_the_screen_were_uncovered(story, size, monkeypatch) -> None:
    # The test above can fail: with the article gone, the marks show.
    monkeypatch.setattr(ExplorerScreen, "render_lines", marked)
    app = ScaleTUIApp(story)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        app.screen.query_one("#article").display = False
        await pilot.pause()
        assert MARK in screen_text(app)


async def test_a_panel_drawn_in_part_for_the_first_frame_ends_whole(story, monkeypatch) -> None:
    counts: list[int] = []  # items rendered after each call
    original = StoryPanel._render_items

    def render_items(self: StoryPanel, width: int, rows: int | None = None) -> None:
        original(self, width, rows)
        counts.append(len(self._item_rows))

    monkeypatch.setattr(StoryPanel, "_render_items", render_items)
    app = ScaleTUIApp(story)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        await pilot.pause()
        panel = app.screen.query_one(StoryPanel)
        items = len(panel._items)
        assert counts[0] < items  # the first frame's part
        assert counts[-1] == items == len(panel._item_rows)  # and then the rest
        rows = len(panel._lines)
        assert panel.virtual_size.height == rows
        drawn = [[s.text for s in segments] for _, segments in panel._lines]
        panel._rendered_width = -1
        original(panel, panel.text_width)  # every item at once
        assert [[s.text for s in segments] for _, segments in panel._lines] == drawn


@pytest.mark.parametrize("lean", [True, False])
async def test_a_resize_lays_the_explorer_out_and_paints_it_once(story, lean, monkeypatch) -> None:
    # Textual asks for a second layout and a second full paint after each resize (a
    # widget's new virtual size is a reactive that asks for layout); the explorer and
    # its bars record it without asking. Without that (lean=False), it paints twice.
    from textual._compositor import Compositor

    from scaletui.widgets.laid_out_once import LaidOutOnce

    if not lean:
        monkeypatch.setattr(LaidOutOnce, "_size_updated", Widget._size_updated)
    paints: list[int] = []
    original = Compositor.render_full_update

    def render_full_update(self: Compositor, **options: bool) -> object:
        paints.append(1)
        return original(self, **options)

    monkeypatch.setattr(Compositor, "render_full_update", render_full_update)
    app = ScaleTUIApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        for width in (104, 97, 113):
            paints.clear()
            await pilot.resize_terminal(width, 40)
            await pilot.pause()
            await pilot.pause()
            assert len(paints) == (1 if lean else 2), width


@pytest.mark.parametrize("fitting_asks", [False, True])
async def test_a_resize_that_scrolls_the_article_paints_once(
    story, fitting_asks, monkeypatch
) -> None:
    # Re-wrapped at a new width, the article scrolls to keep its top line, and Textual
    # asks for a repaint of the scrolled view: a second paint, just after the whole
    # screen's. A view being fitted asks for none (fitting_asks: as if it did).
    from textual._compositor import Compositor
    from textual.scroll_view import ScrollView

    from scaletui.widgets.article_view import ArticleView
    from scaletui.widgets.line_view import LineView, Row

    drawn: list[int] = []
    content_row = ArticleView.content_row

    def counted(self: ArticleView, y: int) -> Row:
        drawn.append(y)
        return content_row(self, y)

    repaints: list[object] = []  # repaints of some of the article's cells
    render_partial_update = Compositor.render_partial_update

    def partial(self: Compositor) -> object:
        update = render_partial_update(self)
        article = app.screen.query_one(ArticleView).region
        if update is not None and any(
            article.y <= y < article.bottom and x1 < article.right and x2 > article.x
            for y, x1, x2 in update.spans
        ):
            repaints.append(update)
        return update

    def fitted_asking(self: LineView, size, virtual_size, container_size, layout=True) -> bool:
        resized = ScrollView._size_updated(self, size, virtual_size, container_size, layout)
        if resized:
            self.fit_to_size()
        return resized

    monkeypatch.setattr(ArticleView, "content_row", counted)
    monkeypatch.setattr(Compositor, "render_partial_update", partial)
    if fitting_asks:
        monkeypatch.setattr(LineView, "_size_updated", fitted_asking)
    app = ScaleTUIApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        while explorer(app).indexing:  # its progress would repaint the view
            await pilot.pause()
        view = app.screen.query_one(ArticleView)
        view.move_cursor(view.row_count // 2)
        await pilot.pause()
        scrolled, asked = [], []
        for width in (104, 97, 113, 120):
            top = view.scroll_y
            drawn.clear()
            repaints.clear()
            await pilot.resize_terminal(width, 40)
            await pilot.pause()
            await pilot.pause()
            scrolled.append(view.scroll_y != top)
            asked.append(len(repaints))
            # Each row drawn once: kept for the second paint, if there is one.
            assert len(drawn) == view.scrollable_content_region.height, width
            shown = screen_text(app)
            view.refresh()
            await pilot.pause()
            assert screen_text(app) == shown, width  # nothing left from before
        assert all(scrolled)
        assert all(asked) if fitting_asks else not any(asked), asked


async def test_resized_back_and_forth_the_screen_is_whole_and_the_panel_current(
    story, monkeypatch
) -> None:
    # No second layout after a resize: nothing may be left at an old size. The panel
    # keeps its lines per width, until its items change.
    monkeypatch.setattr(ExplorerScreen, "render_lines", marked)
    app = ScaleTUIApp(story)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        panel = app.screen.query_one(StoryPanel)
        for width, height in ((100, 40), (61, 20), (90, 15), (120, 40), (100, 40)):
            await pilot.resize_terminal(width, height)
            await pilot.pause()
            await pilot.pause()
            assert MARK not in screen_text(app), (width, height)
            rows = screen_text(app).splitlines()
            assert len(rows) == height and {cell_len(row) for row in rows} == {width}
        kept = panel._lines
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        drawn: list[int] = []
        content_row = StoryPanel.content_row

        def counted_row(self: StoryPanel, y: int) -> tuple[list[Segment], int | None]:
            drawn.append(y)
            return content_row(self, y)

        monkeypatch.setattr(StoryPanel, "content_row", counted_row)
        await pilot.resize_terminal(100, 40)
        await pilot.pause()
        assert panel._lines is kept  # the same lines, not rendered again
        assert drawn == []  # nor its rows framed again
        # A region repainted at this framing is drawn again here, and everywhere at
        # the other (which rows it is there, nothing says).
        assert len(panel._framed) == 2
        panel.refresh(Region(0, 2, 10, 1))
        [(framing, framed)] = panel._framed.items()
        assert framing[0] == panel.outer_size and 2 not in framed.rows and 3 in framed.rows
        first = panel._items[0]
        panel.set_items([first._replace(lines=(("CHANGED", ""),))])
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        await pilot.pause()
        assert "CHANGED" in screen_text(app)
        panel.set_items([first._replace(lines=(("AGAIN", ""),))])  # at a kept framing
        await pilot.resize_terminal(100, 40)
        await pilot.pause()
        await pilot.pause()
        assert "AGAIN" in screen_text(app) and "CHANGED" not in screen_text(app)


def cells(strips: list[Strip]) -> list[list[tuple[str, object]]]:
    """Each row as its cells: a character and its style (however the row is cut into
    segments)."""
    return [[(char, segment.style) for segment in strip for char in segment.text]
            for strip in strips]  # fmt: skip


@pytest.mark.parametrize("language", ["en", "ar"])
async def test_framed_rows_are_the_rows_textual_draws(story, language, monkeypatch) -> None:
    # A line view draws its content rows in its border cells itself; Textual's own
    # way must give the same cells: focused and not, whole and cropped, at two sizes.
    from scaletui.i18n import load_language
    from scaletui.widgets.line_view import LineView

    app = ScaleTUIApp(story, language=load_language(language))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        for size, key in (((100, 30), "1"), ((100, 30), "tab"), ((83, 25), "2")):
            await pilot.resize_terminal(*size)
            await pilot.press(key)
            await pilot.pause()
            for view in app.screen.query(LineView):
                width, height = view.outer_size
                for crop in (
                    Region(0, 0, width, height),
                    Region(3, 2, width - 7, height - 5),
                    Region(0, height - 3, width, 3),
                ):
                    framed = view._framed_lines(crop)
                    assert framed is not None, (view, crop)
                    view.refresh()  # Textual's styles cache draws every row anew
                    with monkeypatch.context() as textuals_way:
                        textuals_way.setattr(view, "_framed_lines", lambda crop: None)
                        drawn = view.render_lines(crop)
                    assert cells(framed) == cells(drawn), (view, size, key, crop)
                    assert len(framed) == crop.height


def seen(strips: list[Strip]) -> list[list[tuple[str, object]]]:
    """Each row's cells as a reader sees them: a blank shows only its background (and
    any underline or reverse), not the colour its glyph would have; and no metadata
    (Textual marks text it converted with offsets for mouse selection)."""
    rows = []
    for strip in strips:
        row: list[tuple[str, object]] = []
        for segment in strip:
            style = segment.style and segment.style.clear_meta_and_links()
            for char in segment.text:
                if char == " " and style is not None:
                    row.append((char, (style.bgcolor, style.underline, style.reverse)))
                else:
                    row.append((char, style))
        rows.append(row)
    return rows


@pytest.mark.parametrize("language", ["en", "ar"])
async def test_bars_drawn_by_rich_are_what_textual_draws(story, language, monkeypatch) -> None:
    # The header, status line, tabs and key bar are drawn by Rich into rows; Textual's
    # own way (a Visual from `render`) must show the same cells, and a change shows.
    from scaletui.i18n import load_language
    from scaletui.widgets.key_bar import KeyBar
    from scaletui.widgets.rich_rows import RichRows

    app = ScaleTUIApp(story, language=load_language(language))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        bar = app.screen.query_one(KeyBar)
        before = bar.render_line(0).text
        # (At 50 columns the header's gloss is cut, with an ellipsis.)
        sizes = (((100, 30), ()), ((83, 25), ("2", "slash", "M", "enter")), ((50, 20), ()))
        for size, keys in sizes:
            await pilot.resize_terminal(*size)
            for key in keys:
                await pilot.press(key)
            await pilot.pause()
            bars = [w for w in app.screen.walk_children() if isinstance(w, RichRows)]
            assert len(bars) == 4, bars
            for widget in bars:
                crop = Region(0, 0, *widget.outer_size)
                ours = widget.render_lines(crop)
                widget.refresh()
                with monkeypatch.context() as textuals_way:
                    textuals_way.setattr(
                        widget, "render_line", lambda y, w=widget: Widget.render_line(w, y)
                    )
                    drawn = widget.render_lines(crop)
                assert seen(ours) == seen(drawn), (widget, size)
        assert bar.render_line(0).text != before  # the panel's and the search's keys


BREAKPOINT_CLASSES = {"-narrow", "-wide", "-short", "-tall"}


@pytest.mark.parametrize("reorder", [True, False])  # False: --bidi terminal, one pane
@pytest.mark.parametrize("size", [(120, 40), (60, 20), (100, 11), (30, 8)])
async def test_the_explorer_is_made_with_the_breakpoint_classes_textual_gives(
    story, size, reorder
) -> None:
    # Made with the classes of the terminal's size, not given them by Textual at its
    # first Resize: they must be those Textual's own handler sets on a resize to it.
    app = ScaleTUIApp(story, options=AppOptions(engine=LayoutEngine(reorder=reorder)))
    async with app.run_test(size=(90, 30)) as pilot:
        await pilot.pause()
        screen = explorer(app)
        assert set(breakpoint_classes(type(screen), Size(90, 30))) == {
            "-narrow" if not reorder else "-wide",
            "-tall",
        }
        assert screen.classes & BREAKPOINT_CLASSES == set(
            breakpoint_classes(type(screen), Size(90, 30))
        )
        await pilot.resize_terminal(*size)  # Textual's handler gives them now
        await pilot.pause()
        assert screen.classes & BREAKPOINT_CLASSES == set(
            breakpoint_classes(type(screen), Size(*size))
        )


@pytest.mark.parametrize("size", [(120, 40), (50, 10)])
async def test_the_explorer_is_styled_once_before_its_first_frame(story, size, monkeypatch) -> None:
    # Textual styles the explorer and every widget on it as they are mounted, and did
    # again when it was first shown and when its first Resize gave it its breakpoint
    # classes, with nothing changed in between. A resize to another breakpoint still
    # restyles it.
    restyled: list[DOMNode] = []
    update_styles = App.update_styles

    def recorded(self: App[object], node: DOMNode, animate: bool = True) -> None:
        restyled.append(node)
        update_styles(self, node, animate)

    monkeypatch.setattr(App, "update_styles", recorded)
    app = ScaleTUIApp(story)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = explorer(app)
        assert screen not in restyled
        await pilot.resize_terminal(80 if size[0] < 70 else 60, 20)
        await pilot.pause()
        assert screen in restyled
