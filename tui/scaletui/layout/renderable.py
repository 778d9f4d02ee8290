"""A Rich renderable that lays logical text out through the engine at any width.

Panels, headers and dialogs hand it logical strings; it asks the layout engine
for visual lines at the width Rich gives it, so nothing else shapes or reorders.
Text is never parsed as markup: what a pack says is shown as it is.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.segment import Segment
from rich.style import Style
from rich.text import Text

from .bidi import Direction
from .engine import DirectionChoice, LayoutEngine, VisualLine
from .shaping import sanitize_for_display


def plain(text: str, style: str | Style = "") -> Text:
    """Left-to-right text from a pack or a note: never markup, never control codes."""
    return Text(sanitize_for_display(text), style=style, overflow="fold")


def line_segments(
    line: VisualLine, style: Style, highlights: Iterable[tuple[int, int, Style]] = ()
) -> list[Segment]:
    """A visual line as Segments, with (start, end, style) logical spans restyled."""
    highlights = list(highlights)
    if not highlights:
        return [Segment(line.text, style)]
    styles: list[Style] = [style] * line.width
    for start, end, span_style in highlights:
        for a, b in line.cell_ranges(start, end):
            for column in range(a, b):
                styles[column] = styles[column] + span_style
    segments: list[Segment] = []
    run_start = 0
    for column in range(1, line.width + 1):
        if column == line.width or styles[column] != styles[run_start]:
            segments.append(Segment("".join(line.cells[run_start:column]), styles[run_start]))
            run_start = column
    return segments


class BidiText:
    def __init__(
        self,
        engine: LayoutEngine,
        text: str,
        *,
        style: Style | str = "",
        direction: DirectionChoice = "auto",
        default: Direction = "rtl",
        max_lines: int | None = None,
    ) -> None:
        self.engine = engine
        self.text = text
        self.style = Style.parse(style) if isinstance(style, str) else style
        self.direction = direction
        self.default = default
        self.max_lines = max_lines

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = max(1, options.max_width)
        if self.max_lines == 1:
            lines = [self.engine.single_line(self.text, width, self.direction, self.default)]
        else:
            lines = list(self.engine.layout(self.text, width, self.direction, self.default).lines)
            if self.max_lines is not None:
                lines = lines[: self.max_lines]
        for line in lines:
            yield from line_segments(line, self.style)
            yield Segment.line()

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        prepared = self.engine.prepare(self.text, self.direction, self.default)
        clusters = prepared.clusters
        total = prepared.width
        longest = word = 0
        for cluster in clusters:
            word = 0 if cluster.is_space else word + cluster.width
            longest = max(longest, word)
        return Measurement(min(longest, options.max_width), min(max(total, 1), options.max_width))
