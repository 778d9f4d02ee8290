"""One line of editable text, as cells: what a bidi-aware input field draws.

The text stays in logical order (what is typed, stored and searched); this
module lays it out as one visual line and answers the questions an editor asks:
which cell shows the caret, which logical position is under a cell, where the
caret goes when Left or Right is pressed, and which cells to scroll into view.

The caret convention is the one Emacs and FriBidi-based editors use: the caret
sits on the cell of the character that follows it in logical order, so at a
direction boundary it is drawn where the next typed character's neighbour is.
At the end of the text it sits on an extra cell just past the text's end in the
paragraph's direction: left of RTL text, right of LTR text. Left and Right move
one cell on screen (visual order); Home, End, Backspace and Delete work on the
logical text; word moves go by the field's direction (Ctrl+Left is the next
word in an RTL field, as Emacs' `left-word` does).
"""

from __future__ import annotations

import unicodedata
from typing import NamedTuple

from .bidi import Direction, base_direction
from .engine import LayoutEngine


class FieldLine(NamedTuple):
    """The text as one visual line, plus the caret cell at its end.

    `positions[cell]` is the logical position a caret on that cell stands for;
    `caret_cells[position]` the cell that shows the caret at each logical
    position 0..len(text).
    """

    cells: tuple[str, ...]  # the text's cells and the end cell (" ")
    direction: Direction
    positions: tuple[int, ...]
    caret_cells: tuple[int, ...]
    offset_cells: tuple[tuple[int, int], ...]  # per logical offset: first cell, cell count

    @property
    def width(self) -> int:
        return len(self.cells)

    def caret_cell(self, position: int) -> int:
        return self.caret_cells[max(0, min(position, len(self.caret_cells) - 1))]

    def position_at(self, cell: int) -> int:
        """The logical position for a click or a caret on `cell` (clamped to the line)."""
        return self.positions[max(0, min(cell, len(self.positions) - 1))]

    def move(self, position: int, cells: int) -> int:
        """Where the caret lands `cells` cells to the right (negative: left) on screen."""
        return self.position_at(self.caret_cell(position) + cells)

    def selected_cells(self, start: int, end: int) -> set[int]:
        """The cells that show logical offsets [start, end)."""
        lo, hi = sorted((start, end))
        chosen: set[int] = set()
        for offset in range(max(lo, 0), min(hi, len(self.offset_cells))):
            first, count = self.offset_cells[offset]
            chosen.update(range(first, first + count))
        return chosen


def field_line(engine: LayoutEngine, text: str, default: Direction = "ltr") -> FieldLine:
    """Lay out a field's text on one line. The direction comes from the first
    strong character (P2-P3); an empty or neutral text takes `default`."""
    width = engine.prepare(text, "auto", default).width if text else 0
    # Text of no width (format characters alone) has no cells, only the end cell.
    line = engine.layout(text, width, "auto", default).lines[0] if width else None
    direction = line.direction if line is not None else base_direction(text, default)
    rtl = direction == "rtl"
    count = len(text)
    columns: list[int] = [-1] * count
    spans: list[int] = [0] * count
    text_cells: tuple[str, ...] = ()
    if line is not None:
        text_cells = line.cells
        for index, column in enumerate(line.columns):
            columns[line.start + index], spans[line.start + index] = column, line.spans[index]
        # A line break would swallow trailing spaces; a field shows them (rule L1
        # puts them at the paragraph level: past the text's end, on its end side).
        # The engine already left their cells blank there, as padding.
        # Zero-width characters among them (a ZWJ after a space) take no cell.
        trailing: list[int] = []  # their offsets, from the end back
        offset = count - 1
        while offset >= 0 and columns[offset] < 0:
            if text[offset].isspace():
                trailing.append(offset)
            elif unicodedata.category(text[offset]) != "Cf":
                break
            offset -= 1
        shown = len(text_cells) - len(trailing)
        for index, offset in enumerate(reversed(trailing)):  # nearest the text first
            columns[offset] = len(trailing) - 1 - index if rtl else shown + index
            spans[offset] = 1
    shift = 1 if rtl else 0  # the end cell comes first on an RTL line
    cells = ((" ",) + text_cells) if rtl else (text_cells + (" ",))
    end_cell = 0 if rtl else len(text_cells)
    offset_cells = [
        (column + shift, span) if column >= 0 else (-1, 0)
        for column, span in zip(columns, spans, strict=True)
    ]
    # A caret at `position` sits on the first visible character at or after it.
    caret_cells = [end_cell] * (count + 1)
    following = end_cell
    for offset in range(count - 1, -1, -1):
        first, span = offset_cells[offset]
        if span > 0:
            following = first
        caret_cells[offset] = following
    positions = [count] * len(cells)
    for offset in range(count - 1, -1, -1):  # lowest offset wins a shared cell
        first, span = offset_cells[offset]
        for cell in range(first, first + span):
            positions[cell] = offset
    positions[end_cell] = count
    return FieldLine(tuple(cells), direction, tuple(positions), tuple(caret_cells),
                     tuple(offset_cells))  # fmt: skip


def scroll_to_show(first: int, cell: int, view: int, total: int, direction: Direction) -> int:
    """The first visible cell after the least scroll that shows `cell` in a view of
    `view` cells; a line that fits is anchored to its direction's side (RTL right)."""
    if total <= view:
        return total - view if direction == "rtl" else 0  # negative: padding on the left
    first = max(0, min(first, total - view))
    if cell < first:
        return cell
    if cell >= first + view:
        return cell - view + 1
    return first
