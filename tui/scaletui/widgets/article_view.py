"""The article pane: paragraphs laid out by the engine, drawn with the Line API."""

from __future__ import annotations

from dataclasses import dataclass

from rich.segment import Segment
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ..layout import LayoutEngine, ParagraphLayout
from ..layout.renderable import line_segments
from ..story import Paragraph, Span

GUTTER = 1  # cells left blank on each side of the text


@dataclass(frozen=True, slots=True)
class _Row:
    """One screen row: a line of a paragraph, or the gap after it (line == -1)."""

    paragraph: int
    line: int


class ArticleView(ScrollView, can_focus=True):
    """Scrollable article; re-laid out at every width, keeping the reader's place."""

    COMPONENT_CLASSES = {
        "article-view--title",
        "article-view--heading",
        "article-view--body",
        "article-view--highlight",
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
        border: round $accent;
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
        background: $warning 40%;
        text-style: bold;
    }
    """

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

    # -- layout -----------------------------------------------------------------

    def _relayout(self, width: int) -> None:
        place = self.reading_place()
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
        if place is not None:
            self.scroll_to(y=self.row_of(*place), animate=False, immediate=True)
        self.refresh()

    def on_resize(self) -> None:
        width = max(1, self.scrollable_content_region.width - 2 * GUTTER)
        if width != self._text_width:
            self._relayout(width)

    def reading_place(self) -> tuple[int, int] | None:
        """(paragraph, logical offset) at the top of the view, to come back to."""
        if not self._rows:
            return None
        row = self._rows[min(int(self.scroll_y), len(self._rows) - 1)]
        if row.line < 0:
            return (row.paragraph, len(self.paragraphs[row.paragraph].text))
        return (row.paragraph, self._layouts[row.paragraph].lines[row.line].start)

    def row_of(self, paragraph: int, offset: int) -> int:
        """The screen row showing a logical offset of a paragraph."""
        if not self._layouts:
            return 0
        return self._first_row[paragraph] + self._layouts[paragraph].line_of(offset)

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
        highlights = [
            (span.start, span.end, mark)
            for span in self.highlights
            if span.paragraph == row.paragraph
        ]
        pad = Segment(" " * GUTTER, blank)
        segments = [pad, *line_segments(line, style, highlights), pad]
        return Strip(segments).adjust_cell_length(width, blank)

    # -- what the screen asks for --------------------------------------------------

    def highlight(self, spans: list[Span]) -> None:
        self.highlights = list(spans)
        self.refresh()

    def reveal(self, span: Span) -> None:
        """Scroll so a span is in view, with a little context above it."""
        row = self.row_of(span.paragraph, span.start)
        if not self.scrollable_content_region.height:
            return
        top = self.scroll_y
        bottom = top + self.scrollable_content_region.height
        if not top <= row < bottom - 1:
            self.scroll_to(y=max(0, row - 2), animate=False)
