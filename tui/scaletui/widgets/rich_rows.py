"""Widgets whose Rich renderable is drawn by Rich straight into rows (Line API).

Given a renderable from `render`, Textual wraps it in a Visual and converts a Text
span by span into its own Content first; for a one- or two-line bar that is most
of its repaint (the key bar: 0.4 of 0.5 ms), at every resize and every change.
Rich draws the same cells on the widget's own style, as Textual's own Styled
wrapper does, and the rows are kept until the widget is refreshed, restyled or
resized.
"""

from __future__ import annotations

from rich.console import RenderableType
from rich.segment import Segment
from rich.text import Text
from textual.geometry import Region
from textual.strip import Strip
from textual.widget import Widget


class RichRows(Widget):
    """`render` returns a Rich renderable; these rows are what Rich draws of it."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        # Before Textual's own set-up, which may refresh the widget already.
        self._rows: list[Strip] | None = None
        super().__init__(id=id, classes=classes)

    def render(self) -> RenderableType:
        raise NotImplementedError

    def render_line(self, y: int) -> Strip:
        width, height = self.size
        if width <= 0:
            return Strip.blank(0)
        rows = self._rows
        if rows is None or len(rows) != height or (rows and rows[0].cell_length != width):
            rows = self._rows = self._draw(self.render(), width, height)
        return rows[y] if y < len(rows) else Strip.blank(width, self.rich_style)

    def _draw(self, renderable: RenderableType, width: int, height: int) -> list[Strip]:
        console = self.app.console
        base = self.rich_style
        if isinstance(renderable, Text) and renderable.no_wrap and "\n" not in renderable.plain:
            return [self._one_line(renderable, width), *[Strip.blank(width, base)] * (height - 1)]
        options = console.options.update(width=width, height=height, highlight=False)
        lines = console.render_lines(renderable, options, style=base, pad=True)
        return [Strip(line, width) for line in lines[:height]]

    def _one_line(self, text: Text, width: int) -> Strip:
        """One unwrapped line of text, cut or padded to `width` on the widget's style."""
        # Its segments straight from Rich: Rich's general path wraps and joins first,
        # most of a key bar's drawing.
        base = self.rich_style
        if text.style or (text.overflow == "ellipsis" and text.cell_len > width):
            text = text.copy()
            # Text.render leaves the text's own style to its caller: under its spans,
            # where Rich's general path puts it.
            text.stylize_before(text.style)
            text.style = ""
            if text.overflow == "ellipsis" and text.cell_len > width:
                text.truncate(width, overflow="ellipsis")
        segments = list(Segment.apply_style(text.render(self.app.console, end=""), base))
        return Strip(segments, text.cell_len).crop_extend(0, width, base)

    def refresh(self, *regions: Region, **kwargs: bool) -> RichRows:
        if kwargs.get("repaint", True):
            self._rows = None
        return super().refresh(*regions, **kwargs)

    def notify_style_update(self) -> None:
        self._rows = None
        super().notify_style_update()
