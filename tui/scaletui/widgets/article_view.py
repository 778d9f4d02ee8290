"""The article pane: paragraphs laid out by the engine, drawn with the Line API."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.segment import Segment
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.strip import Strip

from ..explore.selection import Place, selection_spans, selection_text
from ..i18n import N_
from ..layout import LayoutEngine
from ..layout.engine import VisualLine
from ..layout.renderable import line_segments
from ..layout.rows import RowMap
from ..story import Paragraph, Span
from ..story.paragraphs import texts_of
from .chrome import notify_copied
from .line_view import LineView, Row

GUTTER = 1  # cells left blank on each side of the text
CURSOR_MARK = "▐"  # one cell beyond the text on the reading side: the cursor's row
NOTE_MARK = "✎"  # in the other gutter, on the first line of a paragraph with notes


class ArticleView(LineView, can_focus=True):
    """Scrollable article with a line cursor; re-laid out at every width, keeping the place."""

    BINDINGS = [
        Binding("down,j", "cursor_down", N_("Down"), id="article.down", show=False,
                tooltip=N_("Move the reading cursor down a line")),
        Binding("up,k", "cursor_up", N_("Up"), id="article.up", show=False,
                tooltip=N_("Move the reading cursor up a line")),
        Binding("pagedown,space", "page_down", N_("Page down"), id="article.page_down", show=False),
        Binding("pageup", "page_up", N_("Page up"), id="article.page_up", show=False),
        Binding("home,g", "cursor_home", N_("Top"), id="article.home", show=False),
        Binding("end,G", "cursor_end", N_("Bottom"), id="article.end", show=False),
        Binding("shift+down", "select_line(1)", N_("Select down"), id="article.select_down",
                show=False, tooltip=N_("Select text a line further down (a drag selects too)")),
        Binding("shift+up", "select_line(-1)", N_("Select up"), id="article.select_up", show=False,
                tooltip=N_("Select text a line further up")),
        Binding("y,ctrl+c", "copy", N_("Copy"), id="article.copy", show=False,
                tooltip=N_("Copy the selection (else the highlight or the paragraph) as logical text")),
    ]  # fmt: skip

    # Textual's selection would copy shaped, reordered cells: ours keeps logical places.
    ALLOW_SELECT = False

    _PARTS = ("title", "heading", "body", "quote", "item", "code")
    _MARKS = ("highlight", "current", "cursor", "selection")
    COMPONENT_CLASSES = {f"article-view--{name}" for name in _PARTS + _MARKS}

    DEFAULT_CSS = """
    ArticleView {
        background: $surface;
        border: round $panel-lighten-2;
        border-title-align: right;
        /* The frame's colour was the title's too: 2:1 on the surface. */
        border-title-color: $foreground-muted;
        border-subtitle-color: $foreground-muted;
    }
    ArticleView:focus {
        border: double $accent;
        border-title-color: $text-accent;
        border-title-style: bold;
    }
    ArticleView > .article-view--title {
        color: $text-accent;
        text-style: bold;
    }
    ArticleView > .article-view--heading {
        color: $text-primary;
        text-style: bold;
    }
    ArticleView > .article-view--body, ArticleView > .article-view--item {
        color: $text;
    }
    ArticleView > .article-view--quote {
        color: $text-muted;
        text-style: italic;
    }
    ArticleView > .article-view--code {
        color: $text-success;
    }
    /* Dark text on orange for hits and mentions (light text on it was 1.5:1); the
       current one light on dark blue. Not by colour alone: underlined, and the
       current hit reversed (swapped back by reverse: as described in colour). */
    ArticleView > .article-view--highlight {
        background: $warning;
        color: $background;
        text-style: underline;
    }
    ArticleView > .article-view--current {
        background: $foreground;
        color: $primary-darken-3;
        text-style: reverse underline;
    }
    ArticleView > .article-view--cursor {
        color: $accent;
    }
    ArticleView > .article-view--selection {
        background: $primary 60%;
        text-style: reverse;
    }
    """

    @dataclass
    class ParagraphChanged(Message):
        """The reading cursor moved onto another paragraph."""

        view: ArticleView
        paragraph: int

        @property
        def control(self) -> ArticleView:
            return self.view

    def __init__(
        self,
        engine: LayoutEngine,
        paragraphs: Sequence[Paragraph],
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
        mirrored: bool = False,  # right to left: cursor and indicator left, ✎ right
    ) -> None:
        super().__init__(name=name, id=id, classes=classes, mirrored=mirrored)
        self.engine = engine
        self.paragraphs = paragraphs
        self._texts = texts_of(paragraphs)  # a book's buffer: read as it grows
        self._rows: RowMap | None = None
        self.highlights: list[Span] = []
        self._highlights_by_paragraph: dict[int, list[Span]] = {}
        self.current: Span | None = None
        # The reading cursor as (paragraph, line): rows move as estimates firm up.
        self._cursor = (0, 0)
        self._cursor_paragraph = -1
        self._settling = False
        self.noted_paragraphs: set[int] = set()
        self.selection: tuple[Place, Place] | None = None
        self._drag_from: Place | None = None
        self.more_coming = self.end_wanted = False  # a book still being read; End waits

    def paragraphs_added(self) -> None:
        """More of `paragraphs` has arrived: their rows join the end of the view."""
        if isinstance(self._texts, list):
            self._texts.extend(p.text for p in self.paragraphs[len(self._texts) :])
        if self._rows is not None and len(self._rows) < len(self._texts):
            self._rows.extend()
            self.set_virtual_size(Size(self.scrollable_content_region.width, self._rows.total))

    # -- layout: only what is on screen is laid out ------------------------------------

    @property
    def rows(self) -> RowMap:
        if self._rows is None:
            self._rows = RowMap(self.engine, self._texts, self._text_width())
        return self._rows

    def _text_width(self) -> int:
        return max(1, self.text_width - 2 * GUTTER - 1)

    def fit_to_size(self) -> None:
        width = self._text_width()
        if self._rows is not None and width == self._rows.width:
            self._settle()
            return
        place = self.reading_place()
        cursor = self._cursor_place()
        # The blocks' character totals carry over: a resize costs the blocks, not the book.
        self._rows = self._rows.at_width(width) if self._rows is not None else self.rows
        if cursor is not None:
            paragraph, offset = cursor
            self._cursor = (paragraph, self._rows.layout(paragraph).line_of(offset))
        top = self._rows.row_of(*place) if place is not None else 0
        self._settle(top)
        self._keep_cursor_in_view()  # a resize keeps the top line; the cursor comes along

    def _settle(self, top: int | None = None) -> None:
        """Lay out the viewport, keep its top line in place, size the scroll area."""
        if self._settling:
            return
        self._settling = True
        try:
            rows = self.rows
            height = max(1, self.scrollable_content_region.height)
            wanted = int(self.scroll_y) if top is None else top
            settled = rows.settle(wanted, height)
            size = Size(self.scrollable_content_region.width, rows.total)
            self.set_virtual_size(size)
            if settled != int(self.scroll_y):
                self.scroll_to(y=settled, animate=False, immediate=True)
        finally:
            self._settling = False
        self.refresh()

    def _cursor_place(self) -> tuple[int, int] | None:
        if self._rows is None or not self._texts:
            return None
        paragraph, line = self._cursor
        return (paragraph, self._rows.offset_at(paragraph, line))

    def reading_place(self) -> tuple[int, int] | None:
        """(paragraph, logical offset) at the top of the view, to come back to."""
        if self._rows is None or not self._texts:
            return None
        paragraph, line = self._rows.locate(int(self.scroll_y))
        return (paragraph, self._rows.offset_at(paragraph, line))

    def row_of(self, paragraph: int, offset: int) -> int:
        """The screen row showing a logical offset of a paragraph."""
        if not self._texts:
            return 0
        return self.rows.row_of(paragraph, offset)

    @property
    def cursor_row(self) -> int:
        if not self._texts:
            return 0
        paragraph, line = self._cursor
        return self.rows.start_of(paragraph) + line

    @property
    def cursor_paragraph(self) -> int:
        return self._cursor[0]

    @property
    def row_count(self) -> int:
        return self.rows.total if self._texts else 0

    def line_text(self, row_index: int) -> str:
        """The visual text of a row (for tests, and for whoever reads the screen)."""
        paragraph, line = self.rows.locate(row_index)
        lines = self.rows.layout(paragraph).lines
        return lines[line].text if line < len(lines) else ""

    # -- drawing ----------------------------------------------------------------

    def content_row(self, y: int) -> Row:
        width = self.text_width
        row_index = y + int(self.scroll_y)
        blank = self.style_of("article-view--body")
        indicator = self.indicator(y)
        if not self._texts or row_index >= self.rows.total or width <= 0:
            return self.row([Segment(" " * width, blank)], indicator, width)
        paragraph_index, line_index = self.rows.locate(row_index)
        lines = self.rows.layout(paragraph_index).lines
        if line_index >= len(lines):
            return self.row([Segment(" " * width, blank)], indicator, width)
        paragraph = self.paragraphs[paragraph_index]
        style = self.style_of(f"article-view--{paragraph.kind}")
        line = lines[line_index]
        mark = self.style_of("article-view--highlight", partial=True)
        current = self.style_of("article-view--current", partial=True)
        highlights = [
            (span.start, span.end, current if span == self.current else mark)
            for span in self._highlights_by_paragraph.get(paragraph_index, ())
            if span.end > line.start and span.start < line.end
        ]
        if self.selection is not None:
            chosen = self.style_of("article-view--selection", partial=True)
            highlights += [
                (span.start, span.end, chosen)
                for span in selection_spans(self._texts, *self.selection)
                if span.paragraph == paragraph_index
            ]
        is_cursor = (paragraph_index, line_index) == self._cursor and self.has_focus
        cursor_style = self.style_of("article-view--cursor")
        cursor = Segment(CURSOR_MARK if is_cursor else " ", cursor_style)
        noted = line_index == 0 and paragraph_index in self.noted_paragraphs
        # A laid-out line is exactly as wide as the row map's width, so the row's
        # cells add up to the widget's width without measuring (one Strip per row).
        note = Segment(NOTE_MARK if noted else " " * GUTTER, cursor_style if noted else blank)
        text, gutter = line_segments(line, style, highlights), Segment(" " * GUTTER, blank)
        left, right = ([cursor, gutter], [note]) if self.mirrored else ([note], [gutter, cursor])
        segments = [*left, *text, *right]
        if line.width + 2 * GUTTER + 1 != width:  # a pane too narrow for the gutters
            return self.row(list(Strip(segments).adjust_cell_length(width, blank)), indicator)
        return self.row(segments, indicator, width)

    # -- the reading cursor ------------------------------------------------------------

    def move_cursor(self, row_index: int) -> None:
        self.end_wanted = False  # a move of its own cancels a wait for the end
        if not self._texts:
            return
        rows = self.rows
        old_row = self.cursor_row
        row_index = max(0, min(row_index, rows.total - 1))
        height = self.scrollable_content_region.height
        top = None
        if height > 0 and not self.scroll_y <= row_index < self.scroll_y + height:
            self.set_virtual_size(Size(self.scrollable_content_region.width, rows.total))
            top = row_index if row_index < self.scroll_y else row_index - height + 1
            self.scroll_to(y=top, animate=False, immediate=True)
            row_index += int(self.scroll_y) - top  # (rows above it may have firmed up)
        self._cursor = rows.locate(row_index)
        if top is not None:
            self._settle()
        else:
            # Only the two rows that show the cursor mark change.
            self.refresh_line(old_row)
            self.refresh_line(self.cursor_row)
        self._announce_paragraph()

    def _announce_paragraph(self) -> None:
        paragraph = self.cursor_paragraph
        if paragraph != self._cursor_paragraph:
            self._cursor_paragraph = paragraph
            self.post_message(self.ParagraphChanged(self, paragraph))

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if self._rows is None or self._settling:
            return
        self._settle()
        self._keep_cursor_in_view()  # scrolling (wheel, scrollbar) carries the cursor along

    def _keep_cursor_in_view(self) -> None:
        """The reading cursor never stays off screen: onto the nearest visible row."""
        height = self.scrollable_content_region.height
        if height > 0 and self._texts:
            top = int(self.scroll_y)
            cursor = self.cursor_row
            if not top <= cursor < top + height:
                self._cursor = self.rows.locate(min(max(cursor, top), top + height - 1))
                self._announce_paragraph()

    def action_cursor_down(self) -> None:
        self.move_cursor(self.cursor_row + 1)

    def action_cursor_up(self) -> None:
        self.move_cursor(self.cursor_row - 1)

    def action_page_down(self) -> None:
        page = max(1, self.scrollable_content_region.height - 1)
        self.scroll_to(y=self.scroll_y + page, animate=False, immediate=True)
        self.move_cursor(self.cursor_row + page)

    def action_page_up(self) -> None:
        page = max(1, self.scrollable_content_region.height - 1)
        self.scroll_to(y=max(0, self.scroll_y - page), animate=False, immediate=True)
        self.move_cursor(self.cursor_row - page)

    def action_cursor_home(self) -> None:
        self.move_cursor(0)

    def action_cursor_end(self) -> None:
        self.rows.settle_end(self.scrollable_content_region.height)  # the end's rows exact
        self.move_cursor(self.rows.total - 1)
        # Still being read: the end is not here yet; go there when it is.
        self.end_wanted = self.more_coming

    def on_line_click(self, row: int, column: int) -> None:
        self.move_cursor(row)

    # -- selecting and copying, in logical places ---------------------------------------

    def _line_at(self, row: int) -> tuple[int, VisualLine]:
        paragraph, line = self.rows.locate(max(0, min(row, self.rows.total - 1)))
        lines = self.rows.layout(paragraph).lines
        return paragraph, lines[min(line, len(lines) - 1)]

    def place_at(self, row: int, column: int) -> Place:
        """The logical place under a cell; past the text, the line's nearer end."""
        paragraph, line = self._line_at(row)
        offset = line.offset_at(cell := column - GUTTER - int(self.mirrored))  # (cursor first)
        if offset is None:  # past the left of an RTL line, or the right of an LTR one: its end
            past_left = cell < min([c for c in line.columns if c >= 0] or [0])
            offset = line.end if past_left == (line.direction == "rtl") else line.start
        return (paragraph, offset)

    def action_select_line(self, step: int) -> None:
        if not self._texts:
            return
        paragraph, line = self._line_at(self.cursor_row)
        anchor = self.selection[0] if self.selection else (
            (paragraph, line.start) if step > 0 else (paragraph, line.end)
        )  # fmt: skip
        self.move_cursor(self.cursor_row + step)
        paragraph, line = self._line_at(self.cursor_row)
        self.selection = (anchor, (paragraph, line.end if step > 0 else line.start))
        self.refresh()

    def clear_selection(self) -> None:
        if self.selection is not None:
            self.selection = None
            self.refresh()

    def copied_text(self) -> str:
        """The selection, else the highlight on the cursor's paragraph, else that paragraph."""
        if self.selection is not None:
            return selection_text(self._texts, *self.selection)
        paragraph = self.cursor_paragraph
        text = self._texts[paragraph] if self._texts else ""
        if self.current is not None and self.current.paragraph == paragraph:
            return text[self.current.start : self.current.end]
        return text

    def action_copy(self) -> None:
        text = self.copied_text()
        if text:
            self.app.copy_to_clipboard(text)  # Textual's clipboard and OSC 52
            notify_copied(self, self.engine, len(text))

    def on_mouse_down(self, event: events.MouseDown) -> None:
        offset = event.get_content_offset(self)
        if offset is None or self.on_indicator(offset.x) or not self._texts:
            return
        column = self.content_column(offset.x)
        self._drag_from = self.place_at(int(self.scroll_y) + offset.y, column)
        self.capture_mouse()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        if self._drag_from is None or not event.button:
            return
        offset = event.get_content_offset_capture(self)
        place = self.place_at(int(self.scroll_y) + offset.y, self.content_column(offset.x))
        self.selection = (self._drag_from, place) if place != self._drag_from else None
        self.refresh()

    def on_mouse_up(self, event: events.MouseUp) -> None:
        if self._drag_from is not None:
            self._drag_from = None
            self.release_mouse()

    def on_focus(self) -> None:
        self.refresh()

    on_blur = on_focus  # the cursor mark shows only while focused

    # -- what the screen asks for --------------------------------------------------

    def mark_noted(self, paragraphs: set[int]) -> None:
        if paragraphs != self.noted_paragraphs:  # unchanged: no repaint
            self.noted_paragraphs = set(paragraphs)
            self.refresh()

    def highlight(self, spans: list[Span], current: Span | None = None) -> None:
        self.highlights = list(spans)
        self._highlights_by_paragraph = {}
        for span in self.highlights:
            self._highlights_by_paragraph.setdefault(span.paragraph, []).append(span)
        self.current = current
        self.refresh()

    def reveal(self, span: Span) -> None:
        """Scroll so a span is in view (a little below the top) and put the cursor on it."""
        row = self.row_of(span.paragraph, span.start)
        height = self.scrollable_content_region.height
        if height > 0 and not self.scroll_y <= row < self.scroll_y + height - 1:
            self.scroll_to(y=max(0, row - min(3, height // 3)), animate=False, immediate=True)
        self.move_cursor(row)
