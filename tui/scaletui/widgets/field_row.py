"""Several display strings on one row, each laid out on its own, wrapping as a whole.

A palette result is a name in English, the same name in Arabic and its kind. Joined
into one visual string and handed to a list that wraps, a long Arabic name was cut
after it was reordered: its end on the first row, its start on the second. Here each
field is placed whole where it fits; one that fits no row is wrapped by the engine at
the full width and each of its lines reordered on its own (wrap, then reorder).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.segment import Segment
from rich.style import Style
from rich.text import Text

from ..layout import LayoutEngine
from ..layout.bidi import Direction
from ..layout.renderable import Display, joined, line_segments

GAP = 2  # cells between two fields on a row


class Field(NamedTuple):
    """A display string, its style, and its direction while it has no strong letter."""

    display: Display
    style: str = ""
    default: Direction = "ltr"


class FieldRow:
    """A Rich renderable: `fields` left to right, the next on a new row where it does
    not fit beside the last, a field wider than the row wrapped by the engine."""

    def __init__(self, engine: LayoutEngine, fields: Sequence[Field]) -> None:
        self.engine = engine
        self.fields = [field for field in fields if joined(field.display)[0]]

    def natural_width(self, field: Field) -> int:
        text, _spans = joined(field.display)
        return self.engine.prepare(text, "auto", field.default).width

    def rows(self, width: int) -> list[list[Segment]]:
        """The rows at `width` cells, each a list of Segments no wider than `width`."""
        width = max(1, width)
        rows: list[list[Segment]] = []
        row: list[Segment] = []
        used = 0
        for field in self.fields:
            text, spans = joined(field.display)
            style = Style.parse(field.style)
            natural = self.natural_width(field)
            if row and used + GAP + natural <= width:
                row.append(Segment(" " * GAP))
                used += GAP
            elif row:
                rows.append(row)
                row, used = [], 0
            if natural <= width:
                line = self.engine.layout(text, max(1, natural), "auto", field.default).lines[0]
                row.extend(line_segments(line, style, spans))
                used += natural
                continue
            # Wider than a row: wrapped at the row's width first, then each line reordered.
            for line in self.engine.layout(text, width, "auto", field.default).lines:
                rows.append(line_segments(line, style, spans))
        if row:
            rows.append(row)
        return rows or [[]]

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for row in self.rows(options.max_width):
            yield from row
            yield Segment.line()

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        widths = [self.natural_width(field) for field in self.fields]
        total = sum(widths) + GAP * max(0, len(widths) - 1)
        longest = max(widths, default=1)
        return Measurement(min(longest, options.max_width), min(max(total, 1), options.max_width))


class FieldRowText(Text):
    """A Text that carries a FieldRow, for APIs that take only a Text (a palette Hit):
    its plain text is the fields' logical text; whoever can draw the row draws it."""

    def __init__(self, row: FieldRow) -> None:
        super().__init__("  ".join(joined(field.display)[0] for field in row.fields))
        self.row = row
