"""Multi-line editable text, as screen lines: the model behind the note editor.

The text is logical (paragraphs separated by "\\n"); every paragraph is shaped,
wrapped at the editor's width and reordered per line by the layout engine, so
an Arabic paragraph reads right-aligned and an English one left-aligned. A
paragraph with no strong character takes the direction of the one before it.

Each screen line has one spare cell on its end side (left of RTL text, right of
LTR text) where the caret sits after the line's last character; otherwise the
caret is drawn on the cell of the character that follows it in logical order
(the convention of `layout.field`). Left and Right move one cell on screen and
carry on to the next or previous line at a line's edge; Up and Down keep the
caret's column; Home and End go to the screen line's logical start and end.
Editing (typing, Backspace, Delete, Enter, paste) is logical, with undo.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from .bidi import Direction, base_direction
from .engine import LayoutEngine
from .shaping import fold_presentation_forms


class ScreenLine(NamedTuple):
    """One screen line of the editor: exactly `width` cells."""

    cells: tuple[str, ...]
    start: int  # document offsets [start, end) it holds ("\\n" excluded)
    end: int
    direction: Direction
    positions: tuple[int, ...]  # per cell: the caret position a click there means
    caret_cells: tuple[int, ...]  # per position start..end: the caret's cell
    home: int  # the line's logical start and end caret positions
    end_position: int


def _line(
    base: int, cells: tuple[str, ...], columns: list[int], spans: list[int],
    start: int, end: int, direction: Direction, end_position: int,
) -> ScreenLine:  # fmt: skip
    """A screen line from its cells and, per offset start..end-1 (relative to the
    paragraph at document offset `base`), its first cell and cell count."""
    width = len(cells)
    shown = [(column, span) for column, span in zip(columns, spans, strict=True) if span > 0]
    if not shown:
        end_cell = width - 1 if direction == "rtl" else 0
    elif direction == "rtl":
        end_cell = min(column for column, _ in shown) - 1
    else:
        end_cell = max(column + span for column, span in shown)
    end_cell = max(0, min(width - 1, end_cell))
    caret_cells = [end_cell] * (end - start + 1)
    following = end_cell
    for offset in range(end - 1, start - 1, -1):
        if spans[offset - start] > 0:
            following = columns[offset - start]
        caret_cells[offset - start] = following
    # Cells past the text on its end side mean the line's end; on its start side
    # (only a line with nothing shown has both), its start.
    positions = [base + end_position] * width
    for offset in range(end - 1, start - 1, -1):  # lowest offset wins a shared cell
        column, span = columns[offset - start], spans[offset - start]
        for cell in range(column, column + span):
            positions[cell] = base + offset
    if shown:
        left = min(column for column, _ in shown)
        right = max(column + span for column, span in shown)
        start_side = range(right, width) if direction == "rtl" else range(0, left)
        for cell in start_side:
            positions[cell] = base + start
    return ScreenLine(
        cells, base + start, base + end, direction, tuple(positions), tuple(caret_cells),
        base + start, base + end_position,
    )  # fmt: skip


def layout_text(
    engine: LayoutEngine, text: str, width: int, default: Direction = "ltr"
) -> list[ScreenLine]:
    """Every screen line of the text at `width` cells (at least 2)."""
    width = max(2, width)
    lines: list[ScreenLine] = []
    base = 0
    direction = default
    for paragraph in text.split("\n"):
        direction = base_direction(paragraph, direction)
        lines.extend(_paragraph_lines(engine, paragraph, base, width, direction))
        base += len(paragraph) + 1
    return lines


def _paragraph_lines(
    engine: LayoutEngine, paragraph: str, base: int, width: int, direction: Direction
) -> list[ScreenLine]:
    rtl = direction == "rtl"
    if not paragraph or engine.prepare(paragraph, direction).width == 0:
        # Nothing visible: one blank line whose caret stops are all at its start side.
        count = len(paragraph)
        blank = (" ",) * width
        line = _line(base, blank, [-1] * count, [0] * count, 0, count, direction, count)
        return [line]
    laid = engine.layout(paragraph, width - 1, direction).lines
    result = []
    for index, visual in enumerate(laid):
        last = index == len(laid) - 1
        count = visual.end - visual.start
        shift = 1 if rtl else 0
        cells = ((" ",) + visual.cells) if rtl else (visual.cells + (" ",))
        columns = [c + shift if c >= 0 else -1 for c in visual.columns]
        spans = list(visual.spans)
        swallowed = [i for i in range(count) if columns[i] < 0]
        if last:
            # A line break would swallow trailing spaces; the last line shows them
            # past its text (rule L1: the paragraph's level), where there is room.
            trailing = 0
            while trailing < count and columns[count - 1 - trailing] < 0:
                trailing += 1
            used = [c for c, s in zip(columns, spans, strict=True) if c >= 0 and s > 0]
            # The first free cell past the text, and how many follow it on that side.
            if rtl:
                free = min(used) - 1 if used else width - 2
                room = free  # cell 0 stays for the caret after the spaces
            else:
                free = max(used) + 1 if used else 0
                room = width - 1 - free
            for step in range(min(trailing, room)):
                offset = count - trailing + step
                columns[offset] = free - step if rtl else free + step
                spans[offset] = 1
            end_position = visual.end
        elif swallowed:
            end_position = visual.start + swallowed[0]
        else:
            end_position = visual.end - 1  # a word broken across lines
        result.append(
            _line(
                base, cells, columns, spans, visual.start, visual.end, direction, end_position
            )  # fmt: skip
        )
    return result


class Snapshot(NamedTuple):
    text: str
    cursor: int


@dataclass
class EditorState:
    """The text, the caret and the selection, and the undo history."""

    text: str = ""
    cursor: int = 0
    anchor: int | None = None  # the selection's other end, when there is one
    goal_cell: int | None = None  # the column Up/Down keep
    undo_stack: list[Snapshot] = field(default_factory=list)
    redo_stack: list[Snapshot] = field(default_factory=list)
    _typing: bool = False  # consecutive typed characters undo as one step

    # -- selection -----------------------------------------------------------------------

    @property
    def selection(self) -> tuple[int, int] | None:
        if self.anchor is None or self.anchor == self.cursor:
            return None
        return (min(self.anchor, self.cursor), max(self.anchor, self.cursor))

    @property
    def selected_text(self) -> str:
        span = self.selection
        return self.text[span[0] : span[1]] if span else ""

    def move_to(self, position: int, select: bool = False, keep_goal: bool = False) -> None:
        position = max(0, min(position, len(self.text)))
        if select:
            if self.anchor is None:
                self.anchor = self.cursor
        else:
            self.anchor = None
        self.cursor = position
        self._typing = False
        if not keep_goal:
            self.goal_cell = None

    def select_all(self) -> None:
        self.anchor, self.cursor = 0, len(self.text)

    # -- editing ---------------------------------------------------------------------------

    def _remember(self, typing: bool = False) -> None:
        if not (typing and self._typing):
            self.undo_stack.append(Snapshot(self.text, self.cursor))
            del self.undo_stack[:-200]
        self.redo_stack.clear()
        self._typing = typing

    def insert(self, new: str, typing: bool = False) -> None:
        """Type or paste `new` over the selection (presentation forms folded back)."""
        new = fold_presentation_forms(new.replace("\r\n", "\n").replace("\r", "\n"))
        self._remember(typing=typing and new != "\n")
        start, end = self.selection or (self.cursor, self.cursor)
        self.text = self.text[:start] + new + self.text[end:]
        self.cursor, self.anchor, self.goal_cell = start + len(new), None, None

    def delete_back(self) -> None:
        if self.selection is None and self.cursor == 0:
            return
        self._remember()
        start, end = self.selection or (self.cursor - 1, self.cursor)
        self.text = self.text[:start] + self.text[end:]
        self.cursor, self.anchor, self.goal_cell = start, None, None

    def delete_forward(self) -> None:
        if self.selection is None and self.cursor >= len(self.text):
            return
        self._remember()
        start, end = self.selection or (self.cursor, self.cursor + 1)
        self.text = self.text[:start] + self.text[end:]
        self.cursor, self.anchor, self.goal_cell = start, None, None

    def undo(self) -> bool:
        if not self.undo_stack:
            return False
        self.redo_stack.append(Snapshot(self.text, self.cursor))
        self.text, self.cursor = self.undo_stack.pop()
        self.anchor, self._typing = None, False
        return True

    def redo(self) -> bool:
        if not self.redo_stack:
            return False
        self.undo_stack.append(Snapshot(self.text, self.cursor))
        self.text, self.cursor = self.redo_stack.pop()
        self.anchor, self._typing = None, False
        return True


def line_of(lines: list[ScreenLine], position: int) -> int:
    """The screen line that shows the caret at `position`."""
    for index, line in enumerate(lines):
        if line.start <= position < line.end:
            return index
        if position == line.end and (index + 1 == len(lines) or lines[index + 1].start > position):
            return index  # a paragraph's end belongs to its last line
    return len(lines) - 1


def caret_cell(line: ScreenLine, position: int) -> int:
    index = max(0, min(position - line.start, len(line.caret_cells) - 1))
    return line.caret_cells[index]


def move_on_screen(lines: list[ScreenLine], position: int, cells: int) -> int:
    """One cell left (-1) or right (+1) on screen; past a line's edge, on to the
    next line (going forward in its direction) or back to the previous one."""
    row = line_of(lines, position)
    line = lines[row]
    column = caret_cell(line, position) + cells
    while 0 <= column < len(line.cells):
        target = line.positions[column]
        if target != position:
            return target
        column += cells
    forward = (cells > 0) == (line.direction == "ltr")
    if forward:
        return lines[row + 1].home if row + 1 < len(lines) else position
    return lines[row - 1].end_position if row > 0 else position


def move_vertically(lines: list[ScreenLine], position: int, rows: int, goal: int) -> int:
    """The position under column `goal` on the screen line `rows` away."""
    row = max(0, min(line_of(lines, position) + rows, len(lines) - 1))
    line = lines[row]
    return line.positions[max(0, min(goal, len(line.cells) - 1))]


def selected_cells(line: ScreenLine, start: int, end: int) -> set[int]:
    """The cells of a screen line that show logical offsets [start, end)."""
    chosen: set[int] = set()
    for offset in range(max(start, line.start), min(end, line.end)):
        first = caret_cell(line, offset)
        following = caret_cell(line, offset + 1) if offset + 1 <= line.end else first
        if line.positions[first] == offset:
            chosen.add(first)
            # A wide glyph's second cell belongs to it too.
            if first + 1 < len(line.cells) and line.cells[first + 1] == "" and following != first:
                chosen.add(first + 1)
    return chosen
