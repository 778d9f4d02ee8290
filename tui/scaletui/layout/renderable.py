"""Display strings: logical text (in styled parts), laid out only by the engine.

What the app shows from a pack, a note or the reader is a display string: one
`str`, or a sequence of `Styled` parts, always in logical order. Only two things
turn one into screen cells, both through the layout engine: `BidiText`, a Rich
renderable that wraps at the width it is given, and `visual_text`, one line as
a Rich `Text` for places that need one (the palette, the status line). Text is
never parsed as markup: what a pack says is shown as it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.segment import Segment
from rich.style import Style
from rich.text import Text

from .bidi import Direction
from .engine import DirectionChoice, LayoutEngine, VisualLine


class Styled(NamedTuple):
    """A part of a display string: logical text and its Rich style."""

    text: str
    style: str = ""


Display = str | Sequence[Styled | tuple[str, str]]
# A lead keeps its column while the text beside it keeps half the width, and at least
# this many cells, a line.
LEAD_TEXT_CELLS = 12


def joined(display: Display) -> tuple[str, list[tuple[int, int, Style]]]:
    """A display string's logical text, and each styled part's logical span."""
    if isinstance(display, str):
        return display, []
    text, spans, at = "", [], 0
    for part, style in display:
        if style:
            spans.append((at, at + len(part), Style.parse(style)))
        text += part
        at += len(part)
    return text, spans


def visual_text(
    engine: LayoutEngine, display: Display, style: str = "", default: Direction = "ltr"
) -> Text:
    """A display string as one visual line at its natural width (styles kept)."""
    text, spans = joined(display)
    width = max(1, engine.prepare(text, "auto", default).width)
    line = engine.layout(text, width, "auto", default).lines[0]
    result = Text(no_wrap=True, end="")
    for segment in line_segments(line, Style.parse(style), spans):
        result.append(segment.text, segment.style)
    return result


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
        text: Display,
        *,
        style: Style | str = "",
        direction: DirectionChoice = "auto",
        default: Direction = "rtl",
        max_lines: int | None = None,
        hanging: int = 0,
        lead: int = 0,
    ) -> None:
        """A display string that wraps at the width it is given.

        Args:
            engine: the layout engine that shapes, wraps and reorders it.
            text: the display string, in logical order.
            style: the style of the whole text (a part's own style goes over it).
            direction: the paragraph's direction, or "auto" from its first strong letter.
            default: the direction of a paragraph with no strong letter.
            max_lines: at most this many lines (1: one line, an ellipsis if cut).
            hanging: lines after the first start this many cells in, under the text
                after a marker (`  ◆ `); on the right in a right-to-left paragraph.
            lead: the length of the text's opening (an event's date) that stands in a
                column of its own on the first line: what follows it (after a space)
                wraps beside it, every row under its first word.
        """
        self.engine = engine
        self.text, self.spans = joined(text)
        self.style = Style.parse(style) if isinstance(style, str) else style
        self.direction = direction
        self.default = default
        self.max_lines = max_lines
        self.hanging = hanging
        self.lead = lead if self.text[lead : lead + 1] == " " and self.text[lead:].strip() else 0

    def lines(self, width: int) -> list[VisualLine]:
        """The visual lines at `width` cells (at least one), each exactly that wide."""
        width = max(1, width)
        if self.max_lines == 1:
            return [self.engine.single_line(self.text, width, self.direction, self.default)]
        if self.lead:
            beside = self._beside_lead(width)
            if beside is not None:
                return beside if self.max_lines is None else beside[: self.max_lines]
        hanging = self.hanging if width >= 4 * self.hanging else 0  # a narrow panel: none
        layout = self.engine.layout(self.text, width - hanging, self.direction, self.default)
        lines = list(layout.lines if self.max_lines is None else layout.lines[: self.max_lines])
        if hanging:
            # Every line is laid out at the narrower width (each is the paragraph's own
            # line); the first line's spare cells go at its end, the others' at their
            # start: right and left in a left-to-right paragraph, left and right in RTL.
            left_first = layout.direction == "rtl"
            lines = [
                line.padded(hanging, 0) if (index == 0) == left_first else line.padded(0, hanging)
                for index, line in enumerate(lines)
            ]
        return lines

    def _beside_lead(self, width: int) -> list[VisualLine] | None:
        """The lines with the lead in a column of its own and the rest wrapped beside
        it; None when the rest would keep less than half the width (or fewer than
        LEAD_TEXT_CELLS) a line.

        The rest is laid out at the width beside the lead, in the whole paragraph's
        direction: its first line goes beside the lead (after a blank cell), its others
        under that line, on the left of a right-to-left lead and on the right otherwise.
        """
        direction = self.engine.prepare(self.text, self.direction, self.default).direction
        lead_text, after = self.text[: self.lead], self.lead + 1
        lead_width = self.engine.prepare(lead_text, direction).width
        beside = width - lead_width - 1
        if lead_width < 1 or beside < max(LEAD_TEXT_CELLS, width // 2):
            return None
        lead = self.engine.layout(lead_text, lead_width, direction).lines[0]
        rest = self.engine.layout(self.text[after:], beside, direction).lines
        rtl = direction == "rtl"
        # The lead's cells then the gap, seen from the paragraph's start: on the right in
        # a right-to-left paragraph.
        lead_at, gap_at, rest_at = (
            (beside + 1, beside, 0) if rtl else (0, lead_width, lead_width + 1)
        )
        first = rest[0]
        cells = first.cells + (" ",) + lead.cells if rtl else lead.cells + (" ",) + first.cells
        columns = (
            tuple(c + lead_at if c >= 0 else c for c in lead.columns)
            + (gap_at,)
            + tuple(c + rest_at if c >= 0 else c for c in first.columns)
        )
        spans = lead.spans + (1,) + first.spans
        lines = [VisualLine(cells, 0, after + first.end, direction, columns, spans)]
        for line in rest[1:]:
            moved = line._replace(start=line.start + after, end=line.end + after)
            lines.append(
                moved.padded(0, lead_width + 1) if rtl else moved.padded(lead_width + 1, 0)
            )
        return lines

    def rows(self, width: int) -> list[list[Segment]]:
        """Each visual line's Segments: what Rich's render_lines makes of this text
        at `width`, without Rich's splitting and padding (the lines are full width)."""
        return [line_segments(line, self.style, self.spans) for line in self.lines(width)]

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for segments in self.rows(options.max_width):
            yield from segments
            yield Segment.line()

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        prepared = self.engine.prepare(self.text, self.direction, self.default)
        total = prepared.width
        longest = word = 0
        for width, is_space in zip(prepared.widths, prepared.spaces, strict=True):
            word = 0 if is_space else word + width
            longest = max(longest, word)
        return Measurement(min(longest, options.max_width), min(max(total, 1), options.max_width))
