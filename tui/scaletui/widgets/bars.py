"""A horizontal bar chart as a Rich renderable: bars scale to the width it is given."""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.segment import Segment
from rich.style import Style

from ..explore.rows import Bar
from ..layout import LayoutEngine
from ..layout.bidi import Direction
from ..layout.renderable import BidiText

EIGHTHS = " ▏▎▍▌▋▊▉█"
# A bar growing leftwards ends in a cell filled from its right: the basic blocks have
# only a right eighth and a right half, so its last cell is drawn to the nearest of those.
RIGHT_EIGHTHS = " ▕▕▐▐▐██"


def bar_cells(value: float, maximum: float, width: int, leftwards: bool = False) -> str:
    """A bar of `width` cells at most, drawn to an eighth of a cell (growing leftwards:
    its first cell is the partly filled one)."""
    if maximum <= 0 or width <= 0:
        return ""
    eighths = round(value / maximum * width * 8)
    if value > 0:
        eighths = max(eighths, 1)
    full, rest = divmod(eighths, 8)
    if leftwards:
        return (RIGHT_EIGHTHS[rest] if rest else "") + "█" * full
    return "█" * full + (EIGHTHS[rest] if rest else "")


class BarChart:
    def __init__(
        self,
        engine: LayoutEngine,
        bars: Sequence[Bar],
        style: str = "bright_cyan",
        default: Direction = "ltr",
    ) -> None:
        self.engine = engine
        self.default = default  # the labels' side when they have no letters
        self.bars = list(bars)
        self.style = Style.parse(style)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """Each bar as two lines: its label, then the bar and its caption. Right to left
        (an Arabic interface), the chart is mirrored: the bars grow leftwards from the
        right edge, their captions on the left."""
        width = options.max_width
        # Captions may be Arabic ("١٥ مليار دولار"): laid out by the engine like any label.
        captions = [self.engine.visual(b.caption) for b in self.bars]
        caption_width = max((cell_len(c) for c in captions), default=0)
        room = max(1, width - caption_width - 1)
        maximum = max((b.value for b in self.bars), default=0)
        leftwards = self.default == "rtl"
        for bar, caption in zip(self.bars, captions, strict=True):
            label = BidiText(self.engine, bar.label, default=self.default)
            yield from console.render(label, options.update(width=width))
            cells = bar_cells(bar.value, maximum, room, leftwards)
            gap = " " * (1 + caption_width - cell_len(caption))
            if leftwards:
                line = [Segment(caption + gap), Segment(cells.rjust(room), self.style)]
            else:
                line = [Segment(cells.ljust(room), self.style), Segment(gap + caption)]
            yield from Segment.adjust_line_length(line, width)
            yield Segment.line()

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(10, options.max_width)
