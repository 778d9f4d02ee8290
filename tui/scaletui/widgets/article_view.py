"""The article pane: paragraphs laid out by the engine, drawn with the Line API."""

from __future__ import annotations

from dataclasses import dataclass

from rich.segment import Segment
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ..layout import LayoutEngine, ParagraphLayout
from ..layout.renderable import line_segments
from ..story import Paragraph, Span

GUTTER = 1  # cells left blank on each side of the text
CURSOR_MARK = "▐"  # one cell further right: the reading cursor's row
NOTE_MARK = "✎"  # in the left gutter, on the first line of a paragraph with notes


@dataclass(frozen=True, slots=True)
class _Row:
    """One screen row: a line of a paragraph, or the gap after it (line == -1)."""

    paragraph: int
    line: int


class ArticleView(ScrollView, can_focus=True):
    """Scrollable article with a line cursor; re-laid out at every width, keeping the place."""

    BINDINGS = [
        Binding("down,j", "cursor_down", "Down", id="article.down", show=False,
                tooltip="Move the reading cursor down a line"),
        Binding("up,k", "cursor_up", "Up", id="article.up", show=False,
                tooltip="Move the reading cursor up a line"),
        Binding("pagedown,space", "page_down", "Page down", id="article.page_down", show=False),
        Binding("pageup", "page_up", "Page up", id="article.page_up", show=False),
        Binding("home,g", "cursor_home", "Top", id="article.home", show=False),
        Binding("end,G", "cursor_end", "Bottom", id="article.end", show=False),
    ]  # fmt: skip

    COMPONENT_CLASSES = {
        "article-view--title",
        "article-view--heading",
        "article-view--body",
        "article-view--highlight",
        "article-view--current",
        "article-view--cursor",
    }

    DEFAULT_CSS = """
    ArticleView {
        overflow-x: hidden;
        overflow-y: auto;
        scrollbar-gutter: stable;
        background: $surface;
        border: round $panel-lighten-2;
        border-title-align: right;
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
    ArticleView > .article-view--body {
        color: $text;
    }
    ArticleView > .article-view--highlight {
        background: $warning 35%;
    }
    ArticleView > .article-view--current {
        background: $warning;
        color: $background;
        text-style: bold;
    }
    ArticleView > .article-view--cursor {
        color: $accent;
    }
    """

    class ParagraphChanged(Message):
        """The reading cursor moved onto another paragraph."""

        def __init__(self, paragraph: int) -> None:
            super().__init__()
            self.paragraph = paragraph

    def __init__(
        self,
        engine: LayoutEngine,
        paragraphs: tuple[Paragraph, ...],
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.engine = engine
        self.paragraphs = paragraphs
        self._rows: list[_Row] = []
        self._layouts: list[ParagraphLayout] = []
        self._first_row: list[int] = []  # row index of each paragraph's first line
        self._text_width = 0
        self.highlights: list[Span] = []
        self.current: Span | None = None
        self.cursor_row = 0
        self._cursor_paragraph = -1
        self.noted_paragraphs: set[int] = set()

    # -- layout -----------------------------------------------------------------

    def _relayout(self, width: int) -> None:
        place = self.reading_place()
        cursor = self._place_of_row(self.cursor_row) if self._rows else None
        self._text_width = width
        self._layouts = [self.engine.layout(p.text, width) for p in self.paragraphs]
        self._rows = []
        self._first_row = []
        for index, layout in enumerate(self._layouts):
            self._first_row.append(len(self._rows))
            self._rows.extend(_Row(index, line) for line in range(len(layout.lines)))
            if index < len(self._layouts) - 1:
                self._rows.append(_Row(index, -1))
        self.virtual_size = Size(self.scrollable_content_region.width, len(self._rows))
        if cursor is not None:
            self.cursor_row = self.row_of(*cursor)
        if place is not None:
            self.scroll_to(y=self.row_of(*place), animate=False, immediate=True)
        self.refresh()

    def on_resize(self) -> None:
        width = max(1, self.scrollable_content_region.width - 2 * GUTTER - 1)
        if width != self._text_width:
            self._relayout(width)

    def _place_of_row(self, row_index: int) -> tuple[int, int]:
        row = self._rows[max(0, min(row_index, len(self._rows) - 1))]
        if row.line < 0:
            return (row.paragraph, len(self.paragraphs[row.paragraph].text))
        return (row.paragraph, self._layouts[row.paragraph].lines[row.line].start)

    def reading_place(self) -> tuple[int, int] | None:
        """(paragraph, logical offset) at the top of the view, to come back to."""
        if not self._rows:
            return None
        return self._place_of_row(int(self.scroll_y))

    def row_of(self, paragraph: int, offset: int) -> int:
        """The screen row showing a logical offset of a paragraph."""
        if not self._layouts:
            return 0
        return self._first_row[paragraph] + self._layouts[paragraph].line_of(offset)

    @property
    def cursor_paragraph(self) -> int:
        if not self._rows:
            return 0
        return self._rows[min(self.cursor_row, len(self._rows) - 1)].paragraph

    @property
    def row_count(self) -> int:
        return len(self._rows)

    def line_text(self, row_index: int) -> str:
        """The visual text of a row (for tests and the screen reader of the future)."""
        row = self._rows[row_index]
        if row.line < 0:
            return ""
        return self._layouts[row.paragraph].lines[row.line].text

    # -- drawing ----------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        row_index = y + int(self.scroll_y)
        blank = self.get_component_rich_style("article-view--body")
        if row_index >= len(self._rows) or width <= 0:
            return Strip.blank(width, blank)
        row = self._rows[row_index]
        if row.line < 0:
            return Strip.blank(width, blank)
        paragraph = self.paragraphs[row.paragraph]
        style = self.get_component_rich_style(f"article-view--{paragraph.kind}")
        line = self._layouts[row.paragraph].lines[row.line]
        mark = self.get_component_rich_style("article-view--highlight", partial=True)
        current = self.get_component_rich_style("article-view--current", partial=True)
        highlights = [
            (span.start, span.end, current if span == self.current else mark)
            for span in self.highlights
            if span.paragraph == row.paragraph and span.end > line.start and span.start < line.end
        ]
        cursor_cell = CURSOR_MARK if row_index == self.cursor_row and self.has_focus else " "
        cursor_style = self.get_component_rich_style("article-view--cursor")
        noted = row.line == 0 and row.paragraph in self.noted_paragraphs
        segments = [
            Segment(NOTE_MARK if noted else " " * GUTTER, cursor_style if noted else blank),
            *line_segments(line, style, highlights),
            Segment(" " * GUTTER, blank),
            Segment(cursor_cell, cursor_style),
        ]
        return Strip(segments).adjust_cell_length(width, blank)

    # -- the reading cursor ------------------------------------------------------------

    def move_cursor(self, row_index: int) -> None:
        if not self._rows:
            return
        self.cursor_row = max(0, min(row_index, len(self._rows) - 1))
        height = self.scrollable_content_region.height
        if height > 0:
            if self.cursor_row < self.scroll_y:
                self.scroll_to(y=self.cursor_row, animate=False, immediate=True)
            elif self.cursor_row >= self.scroll_y + height:
                self.scroll_to(y=self.cursor_row - height + 1, animate=False, immediate=True)
        self._announce_paragraph()
        self.refresh()

    def _announce_paragraph(self) -> None:
        paragraph = self.cursor_paragraph
        if paragraph != self._cursor_paragraph:
            self._cursor_paragraph = paragraph
            self.post_message(self.ParagraphChanged(paragraph))

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        # Scrolling (wheel, scrollbar) carries the cursor along so it stays on screen.
        height = self.scrollable_content_region.height
        if self._rows and height > 0:
            top = int(new_value)
            if not top <= self.cursor_row < top + height:
                self.cursor_row = min(max(self.cursor_row, top), top + height - 1)
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
        self.move_cursor(len(self._rows) - 1)

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is not None:
            self.move_cursor(int(self.scroll_y) + offset.y)

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    # -- what the screen asks for --------------------------------------------------

    def mark_noted(self, paragraphs: set[int]) -> None:
        self.noted_paragraphs = set(paragraphs)
        self.refresh()

    def highlight(self, spans: list[Span], current: Span | None = None) -> None:
        self.highlights = list(spans)
        self.current = current
        self.refresh()

    def reveal(self, span: Span) -> None:
        """Scroll so a span is in view (a little below the top) and put the cursor on it."""
        row = self.row_of(span.paragraph, span.start)
        height = self.scrollable_content_region.height
        if height > 0 and not self.scroll_y <= row < self.scroll_y + height - 1:
            self.scroll_to(y=max(0, row - min(3, height // 3)), animate=False, immediate=True)
        self.move_cursor(row)
