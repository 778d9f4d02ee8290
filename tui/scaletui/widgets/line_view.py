"""A Line API scroll view that fits its content to a new size before it is drawn.

Textual sends Resize after it has arranged and painted the screen at the new
size, and any change of a widget's virtual size re-arranges the whole screen. A
view that re-wraps in `on_resize` and then sets `virtual_size` therefore makes
every resize paint the screen twice, once with stale lines. These views re-wrap
while Textual records their new size, and change their virtual size without a
re-arrangement: without Textual's scrollbars (`overflow-y: hidden`) the layout
never depends on the content's length.

They also draw their own scroll indicator in their last column (mirrored, for a
right-to-left interface: their first), as part of each line: Textual's ScrollBar
widget cost more to repaint than the text beside it.
"""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.geometry import NULL_SPACING as NO_SPACING
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style as TextualStyle
from textual.widget import Widget

from .own_bindings import OwnBindings

INDICATOR_WIDTH = 1
FRAMINGS_KEPT = 2  # sets of framed rows kept (see _framed_lines)
THUMB = "┃"


# A screen row's cells, and their count when known (None: measured when needed).
Row = tuple[list[Segment], int | None]


class FramedRows:
    """A line view's rows at one framing: content rows by row (counted from the content's
    top), border rows as Textual drew them (by row of the widget), and the border cells
    either side of a content row."""

    __slots__ = ("rows", "borders", "edges")

    def __init__(self) -> None:
        self.rows: dict[int, Strip] = {}
        self.borders: dict[int, Strip] = {}
        self.edges: tuple[list[Segment], list[Segment]] | None = None


class LineView(OwnBindings, ScrollView, inherit_bindings=False):
    # Not ScrollView's keys: sideways scrolling means nothing here (lines fit the
    # width), and each view binds its own up, down, page, home and end.
    COMPONENT_CLASSES = {"line-view--thumb"}

    DEFAULT_CSS = """
    LineView {
        overflow-x: hidden;
        overflow-y: hidden;  /* no ScrollBar widgets: the indicator is ours */
    }
    LineView > .line-view--thumb {
        color: $scrollbar;
    }
    LineView:focus > .line-view--thumb {
        color: $scrollbar-active;
    }
    """

    def __init__(self, *, name: str | None = None, id: str | None = None,
                 classes: str | None = None, mirrored: bool = False) -> None:  # fmt: skip
        # Before Textual's own set-up, which may refresh the widget already.
        # Rows drawn by _framed_lines, per framing (oldest first).
        self._framed: dict[tuple[object, ...], FramedRows] = {}
        super().__init__(name=name, id=id, classes=classes)
        self.mirrored = mirrored  # right to left: the indicator on the left
        self._frame_styles: dict[tuple[str, bool], Style] = {}
        self._frame: tuple[int, int, int] | None = None  # during a repaint: see _measure
        self._fitting = False

    def render_lines(self, crop: Region) -> list[Strip]:
        # Styles, the text width and the thumb are looked up once per repaint, not
        # per line: Textual's region properties cost more than a line's text.
        self._frame_styles.clear()
        self._frame = self._measure()
        try:
            return self._framed_lines(crop) or super().render_lines(crop)
        finally:
            self._frame = None

    def _framed_lines(self, crop: Region) -> list[Strip] | None:
        """The crop's rows, the content rows framed here (None: Textual draws them all).

        Textual's styles cache works out each row's border, colours and effects anew,
        a row at a time: about 40 us a row, more than the row's text. Its content
        rows differ only in their content, so Textual draws the border rows and one
        content row, and the other content rows take that row's border cells (kept
        with the rows, per framing). Only for plain styles: padding, outline, tint,
        hatch or opacity go Textual's way.
        """
        styles = self.styles
        if (
            styles.padding != NO_SPACING
            or any(edge for edge, _ in styles.outline)
            or styles.tint.a
            or styles.opacity != 1.0
            or styles.text_opacity != 1.0
            or (styles.has_rule("hatch") and styles.hatch != "none")
        ):
            return None
        width, height = self.outer_size  # borders included: `size` is the content's
        gutter = styles.gutter
        first, end = gutter.top, height - gutter.bottom  # the content rows
        if min(end, crop.bottom) - max(first, crop.y) < 2:  # content rows in the crop
            return None
        base_background, background = self.background_colors
        inner_style = TextualStyle(background=base_background + background).rich_style
        filters = self.get_line_filters()
        # Rows are kept, as Textual's cache keeps them, until refreshed or restyled;
        # per framing (the size, scroll and the rest they are drawn with), for the
        # last two: a sidebar moving between two widths as a terminal is dragged
        # draws each once.
        framing = ((width, height), self.scroll_offset, self.virtual_size, self.has_focus,
                   styles.border, base_background, background, self.border_title,
                   self.border_subtitle, *map(id, filters))  # fmt: skip
        framed = self._framed.pop(framing, None)
        if framed is None:
            framed = FramedRows()
            while len(self._framed) >= FRAMINGS_KEPT:
                del self._framed[next(iter(self._framed))]
        self._framed[framing] = framed  # the current framing is the last
        strips: list[Strip] = []
        for y in crop.line_range:
            if not first <= y < end:  # a border row: Textual's, kept
                strip = framed.borders.get(y)
                if strip is None:
                    strip = framed.borders[y] = super().render_lines(Region(0, y, width, 1))[0]
            elif framed.edges is None:  # Textual draws this one, and we take its border cells
                strip = framed.rows[y - first] = super().render_lines(Region(0, y, width, 1))[0]
                cells = list(strip)
                framed.edges = (
                    cells[:1] if gutter.left else [],
                    cells[-1:] if gutter.right else [],
                )
            else:
                kept = framed.rows.get(y - first)
                if kept is None:
                    # The row's cells framed into one Strip (Strips made on the way,
                    # for the row and per filter, were a quarter of the drawing).
                    left, right = framed.edges
                    cells, length = self.content_row(y - first)
                    if length != width - gutter.width:
                        measured = Strip(cells, length)
                        cells = list(measured.adjust_cell_length(width - gutter.width, inner_style))
                    for line_filter in filters:  # the border cells have had them
                        cells = line_filter.apply(cells, background)
                    kept = framed.rows[y - first] = Strip([*left, *cells, *right], width)
                strip = kept
            strips.append(strip)
        if crop.column_span != (0, width):
            x1, x2 = crop.column_span
            strips = [strip.crop(x1, x2) for strip in strips]
        return strips

    def _measure(self) -> tuple[int, int, int]:
        """(text width, the thumb's first row, the row after it) at the current size."""
        region = self.scrollable_content_region
        width = max(0, region.width - INDICATOR_WIDTH)
        height = region.height
        total = self.virtual_size.height
        if total <= height or height <= 0:
            return (width, 0, 0)
        thumb = max(1, round(height * height / total))
        top = round(self.scroll_y / max(1, total - height) * (height - thumb))
        return (width, top, top + thumb)

    def style_of(self, component: str = "", partial: bool = False) -> Style:
        """A component class's style (or the widget's own with ""), for this repaint."""
        key = (component, partial)
        style = self._frame_styles.get(key)
        if style is None:
            if component:
                style = self.get_component_rich_style(component, partial=partial)
            else:
                style = self.rich_style
            self._frame_styles[key] = style
        return style

    @property
    def allow_vertical_scroll(self) -> bool:
        # Textual allows the wheel only where it shows a scrollbar.
        return self.max_scroll_y > 0

    def fit_to_size(self) -> None:
        """Re-lay out for the current size (called before the first frame at that size)."""

    def _size_updated(
        self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True
    ) -> bool:
        resized = super()._size_updated(size, virtual_size, container_size, layout)
        if resized:
            # A new size repaints the whole widget anyway: no refresh of our own
            # (it would paint the widget a second time after the frame).
            self._fitting = True
            try:
                self.fit_to_size()
            finally:
                self._fitting = False
        return resized

    def refresh(self, *regions: Region, **kwargs: bool) -> LineView:
        if self._fitting and not kwargs:
            # Fitted to a new size, the whole widget is painted next; a region asked
            # for now (the view scrolled to keep its place) would be painted again.
            self._forget_rows()
            return self
        if kwargs.get("repaint", True):
            self._forget_rows(*regions)
        return super().refresh(*regions, **kwargs)

    def _forget_rows(self, *regions: Region) -> None:
        """Framed rows to draw again: those in the regions (content rows, counted from
        the content's top) at the current framing, and every row at the others."""
        if not regions or not self._framed:
            self._framed.clear()
            return
        framing, current = self._framed.popitem()  # the current framing is the last
        self._framed.clear()
        for region in regions:
            for y in region.line_range:
                current.rows.pop(y, None)
        self._framed[framing] = current

    def notify_style_update(self) -> None:
        self._forget_rows()
        super().notify_style_update()

    def set_virtual_size(self, size: Size) -> None:
        """Change the scrollable size: the indicator moves, nothing is re-arranged."""
        if size == self.virtual_size:
            return
        self.set_reactive(Widget.virtual_size, size)
        self.scroll_y = self.scroll_y  # kept within the new size (scroll_y's validator)
        if not self._fitting:  # else the whole widget is painted next, rows kept per size
            self.refresh()

    @property
    def text_width(self) -> int:
        """Cells for content: the region less the indicator's column."""
        return (self._frame or self._measure())[0]

    def indicator(self, y: int) -> Segment:
        """The scroll indicator's cell on screen row `y`: thumb where the view is."""
        _, top, end = self._frame or self._measure()
        if top <= y < end:
            return Segment(THUMB, self._indicator_style("line-view--thumb"))
        # No track: beside a border, a line would read as a second border.
        return Segment(" ", self.style_of())

    def content_row(self, y: int) -> Row:
        """Content row `y` (from the content's top): its cells, the indicator's included."""
        raise NotImplementedError

    def render_line(self, y: int) -> Strip:
        return Strip(*self.content_row(y))

    def row(self, segments: list[Segment], indicator: Segment, width: int | None = None) -> Row:
        """A screen row: content cells and the indicator on its side (`width`: the
        content's cells, when known, so nothing is measured)."""
        cells = [indicator, *segments] if self.mirrored else [*segments, indicator]
        return cells, None if width is None else width + INDICATOR_WIDTH

    def content_column(self, x: int) -> int:
        """A cell's column in the content, counted from the content's left edge."""
        return x - INDICATOR_WIDTH if self.mirrored else x

    def on_indicator(self, x: int) -> bool:
        return x < INDICATOR_WIDTH if self.mirrored else x >= self.text_width

    def _indicator_style(self, name: str) -> Style:
        return self.style_of() + self.style_of(name, partial=True)

    def on_click(self, event: events.Click) -> None:
        """A click on the indicator's column jumps there; elsewhere, `on_line_click`."""
        offset = event.get_content_offset(self)
        if offset is None:
            return
        height = self.scrollable_content_region.height
        if self.on_indicator(offset.x) and height > 0:
            total = self.virtual_size.height
            self.scroll_to(y=(total - height) * offset.y / max(1, height - 1), animate=False)
            return
        self.on_line_click(int(self.scroll_y) + offset.y, self.content_column(offset.x))

    def on_line_click(self, row: int, column: int) -> None:
        """A click on content row `row` (counted from the top of the content)."""
