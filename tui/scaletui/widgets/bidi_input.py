"""A one-line input that reads right in any direction: Arabic joined, in visual order.

Textual's Input keeps the value, the selection, the clipboard, word deletion and
its messages (Changed, Submitted); all of that stays logical. This subclass only
changes what is drawn and which way Left and Right go: the line comes from the
layout engine (`layout.field`, where the caret convention is described), scrolls
sideways by itself to keep the caret in view, and sits right-aligned when its
text is right-to-left.
"""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from textual.geometry import Offset
from textual.strip import Strip
from textual.widgets import Input
from textual.widgets.input import Selection

from ..layout import LayoutEngine
from ..layout.bidi import Direction
from ..layout.field import FieldLine, field_line, scroll_to_show
from ..layout.shaping import fold_presentation_forms
from .keys_in_order import KeysInOrder


class BidiInput(Input, KeysInOrder):
    DEFAULT_CSS = """
    BidiInput {
        width: 1fr;
    }
    BidiInput > .input--placeholder {
        color: $foreground-muted;  /* Textual's was 3.5:1 on the surface */
    }
    """

    def __init__(
        self, engine: LayoutEngine, *, default_direction: Direction = "ltr", **kwargs: object
    ) -> None:
        """`default_direction`: the field's direction while its text has no strong
        character (empty, digits only)."""
        value = str(kwargs.pop("value", "") or "")
        self.engine = engine
        self.default_direction = default_direction
        self._first_cell = 0  # the first visible cell of the field line (scrolled)
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.cursor_blink = False  # the caret is drawn by render_line, always shown
        if value:  # set once the engine is here: the value's watcher lays it out
            self.value = value

    # -- layout ----------------------------------------------------------------------

    @property
    def field(self) -> FieldLine:
        return field_line(self.engine, self.value, self.default_direction)

    @property
    def direction(self) -> Direction:
        return self.field.direction

    @property
    def view_width(self) -> int:
        return max(1, self.scrollable_content_region.width)

    def _visible_from(self, line: FieldLine) -> int:
        """The first visible cell, scrolled as little as keeps the caret in view."""
        caret = line.caret_cell(self.cursor_position)
        first = scroll_to_show(self._first_cell, caret, self.view_width, line.width, line.direction)
        self._first_cell = max(0, first)
        return first

    @property
    def content_width(self) -> int:
        if not self.value:
            return len(self.engine.visual(self.placeholder, "auto")) if self.placeholder else 1
        return self.field.width

    # -- drawing ---------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.view_width
        style = self.rich_style
        if y != 0:
            return Strip.blank(width, style)
        if not self.value and self.placeholder:
            return self._placeholder_strip(width, style)
        line = self.field
        first = self._visible_from(line)
        caret = line.caret_cell(self.cursor_position) if self.has_focus else None
        selected = set()
        if self.has_focus and not self.selection.is_empty:
            selected = line.selected_cells(*self.selection)
        cursor_style = self.get_component_rich_style("input--cursor")
        selection_style = style + self.get_component_rich_style("input--selection")
        segments: list[Segment] = []
        for cell in range(first, first + width):
            if not 0 <= cell < line.width:
                segments.append(Segment(" ", style))
                continue
            text = line.cells[cell]
            if text == "":  # the second half of a wide glyph
                if cell == first:
                    segments.append(Segment(" ", style))  # its first half is scrolled off
                continue
            if len(text) and cell + 1 == first + width and _is_wide(line, cell):
                text = " "  # its second half would fall outside the field
            shown: Style = style
            if cell == caret:
                shown = cursor_style
            elif cell in selected:
                shown = selection_style
            segments.append(Segment(text, shown))
        return Strip(segments).simplify().adjust_cell_length(width, style)

    def _placeholder_strip(self, width: int, style: Style) -> Strip:
        placeholder = self.engine.single_line(self.placeholder, width, "auto", "ltr")
        placeholder_style = style + self.get_component_rich_style("input--placeholder")
        cells = list(placeholder.cells)
        rtl = placeholder.direction == "rtl"
        segments = [Segment(cell, placeholder_style) for cell in cells if cell]
        if self.has_focus:  # the caret where typing starts: the placeholder's start side
            index = len(segments) - 1 if rtl else 0
            if segments:
                text = segments[index].text
                segments[index] = Segment(text, self.get_component_rich_style("input--cursor"))
        return Strip(segments).simplify().adjust_cell_length(width, style)

    @property
    def cursor_screen_offset(self) -> Offset:
        x, y, _, _ = self.content_region
        line = self.field
        return Offset(x + line.caret_cell(self.cursor_position) - self._visible_from(line), y)

    # -- editing: visual Left/Right, direction-aware words, clicks --------------------------

    def action_cursor_left(self, select: bool = False) -> None:
        self._move_on_screen(-1, select)

    def action_cursor_right(self, select: bool = False) -> None:
        self._move_on_screen(1, select)

    def _move_on_screen(self, cells: int, select: bool) -> None:
        line = self.field
        start, end = self.selection
        if select:
            self.selection = Selection(start, line.move(end, cells))
        elif start != end:
            # Collapse to the selection's edge on that side of the screen.
            edges = sorted((start, end), key=line.caret_cell)
            self.cursor_position = edges[-1] if cells > 0 else edges[0]
        else:
            self.cursor_position = line.move(self.cursor_position, cells)

    def action_cursor_left_word(self, select: bool = False) -> None:
        # Left is backward in LTR text and forward in RTL text (Emacs' left-word).
        if self.direction == "rtl":
            super().action_cursor_right_word(select)
        else:
            super().action_cursor_left_word(select)

    def action_cursor_right_word(self, select: bool = False) -> None:
        if self.direction == "rtl":
            super().action_cursor_left_word(select)
        else:
            super().action_cursor_right_word(select)

    def _cell_offset_to_index(self, offset: int) -> int:
        # Textual's mouse handling asks which character is under a content column.
        line = self.field
        return line.position_at(self._visible_from(line) + offset)

    # -- text coming in: typed or pasted, possibly from a shaped screen -------------------

    def insert_text_at_cursor(self, text: str) -> None:
        super().insert_text_at_cursor(fold_presentation_forms(text))

    def replace(self, text: str, start: int, end: int) -> None:
        super().replace(fold_presentation_forms(text), start, end)


def _is_wide(line: FieldLine, cell: int) -> bool:
    return cell + 1 < line.width and line.cells[cell + 1] == ""
