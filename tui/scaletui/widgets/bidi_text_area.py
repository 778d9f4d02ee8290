"""A multi-line editor that reads right in any direction (the note editor's body).

A Line API view over `layout.editor`: the text stays logical, every paragraph is
wrapped at the view's width and reordered per line, Arabic paragraphs sit on the
right and English ones on the left, and the caret is drawn on the cell of the
character after it. Keys follow `layout.editor`'s conventions.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.segment import Segment
from textual import events
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ..i18n import N_
from ..layout import LayoutEngine
from ..layout.bidi import Direction
from ..layout.editor import (
    EditorState,
    ScreenLine,
    caret_cell,
    layout_text,
    line_of,
    move_on_screen,
    move_vertically,
    selected_cells,
)
from .keys_in_order import KeysInOrder


class BidiTextArea(ScrollView, KeysInOrder, can_focus=True):
    DEFAULT_CSS = """
    BidiTextArea {
        height: 1fr;
        background: $surface;
        border: tall $border-blurred;
        padding: 0 1;
    }
    BidiTextArea:focus {
        border: tall $border;
    }
    BidiTextArea > .bidi-text-area--cursor {
        background: $block-cursor-background;
        color: $block-cursor-foreground;
    }
    BidiTextArea > .bidi-text-area--selection {
        background: $text-accent 40%;
    }
    """
    COMPONENT_CLASSES = {"bidi-text-area--cursor", "bidi-text-area--selection"}

    BINDINGS = [
        Binding("left", "move(-1)", N_("Left"), id="editor.left", show=False),
        Binding("right", "move(1)", N_("Right"), id="editor.right", show=False),
        Binding("shift+left", "move(-1, True)", N_("Select left"), id="editor.select_left", show=False),
        Binding("shift+right", "move(1, True)", N_("Select right"), id="editor.select_right", show=False),
        Binding("up", "vertical(-1)", N_("Up"), id="editor.up", show=False),
        Binding("down", "vertical(1)", N_("Down"), id="editor.down", show=False),
        Binding("shift+up", "vertical(-1, True)", N_("Select up"), id="editor.select_up", show=False),
        Binding("shift+down", "vertical(1, True)", N_("Select down"), id="editor.select_down",
                show=False),
        Binding("pageup", "page(-1)", N_("Page up"), id="editor.page_up", show=False),
        Binding("pagedown", "page(1)", N_("Page down"), id="editor.page_down", show=False),
        Binding("home", "line_end(False)", N_("Line start"), id="editor.home", show=False),
        Binding("end", "line_end(True)", N_("Line end"), id="editor.end", show=False),
        Binding("shift+home", "line_end(False, True)", N_("Select to line start"),
                id="editor.select_home", show=False),
        Binding("shift+end", "line_end(True, True)", N_("Select to line end"), id="editor.select_end",
                show=False),
        Binding("ctrl+home", "text_end(False)", N_("Start of the note"), id="editor.top", show=False),
        Binding("ctrl+end", "text_end(True)", N_("End of the note"), id="editor.bottom", show=False),
        Binding("backspace", "delete_back", N_("Delete left"), id="editor.backspace", show=False),
        Binding("delete", "delete_forward", N_("Delete right"), id="editor.delete", show=False),
        Binding("enter", "newline", N_("New paragraph"), id="editor.enter", show=False),
        Binding("ctrl+z", "undo", N_("Undo"), id="editor.undo", tooltip=N_("Undo the last change")),
        Binding("ctrl+y", "redo", N_("Redo"), id="editor.redo", tooltip=N_("Redo what was undone")),
        Binding("ctrl+a", "select_all", N_("Select all"), id="editor.select_all", show=False),
        Binding("ctrl+c", "copy", N_("Copy"), id="editor.copy", show=False,
                tooltip=N_("Copy the selection (in logical order)")),
        Binding("ctrl+x", "cut", N_("Cut"), id="editor.cut", show=False),
    ]  # fmt: skip

    @dataclass
    class Changed(Message):
        """The text changed."""

        area: BidiTextArea
        text: str

        @property
        def control(self) -> BidiTextArea:
            return self.area

    def __init__(
        self, engine: LayoutEngine, text: str = "", *, default_direction: Direction = "ltr",
        id: str | None = None, classes: str | None = None,
    ) -> None:  # fmt: skip
        super().__init__(id=id, classes=classes)
        self.engine = engine
        self.default_direction = default_direction
        self.state = EditorState(text, len(text))
        self._laid: tuple[str, int, list[ScreenLine]] | None = None

    # -- the text ----------------------------------------------------------------------

    @property
    def text(self) -> str:
        return self.state.text

    @property
    def selected_text(self) -> str:
        return self.state.selected_text

    def insert(self, text: str) -> None:
        """Insert at the caret (over the selection), as a paste does."""
        self.state.insert(text)
        self._changed()

    @property
    def lines(self) -> list[ScreenLine]:
        width = max(2, self.scrollable_content_region.width)
        text = self.state.text
        if self._laid is None or self._laid[:2] != (text, width):
            self._laid = (
                text,
                width,
                layout_text(self.engine, text, width, self.default_direction),
            )
        return self._laid[2]

    def _changed(self) -> None:
        self._after_move()
        self.post_message(self.Changed(self, self.state.text))

    def _after_move(self) -> None:
        lines = self.lines
        self.virtual_size = Size(self.scrollable_content_region.width, len(lines))
        row = line_of(lines, self.state.cursor)
        self.scroll_to_region(Region(0, row, 1, 1), animate=False, force=True)
        self.refresh()

    def on_resize(self) -> None:
        self._after_move()

    def on_mount(self) -> None:
        self._after_move()

    # -- drawing ----------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        lines = self.lines
        width = max(2, self.scrollable_content_region.width)
        style = self.rich_style
        row = y + int(self.scroll_offset.y)
        if row >= len(lines):
            return Strip.blank(width, style)
        line = lines[row]
        state = self.state
        caret = (
            caret_cell(line, state.cursor)
            if self.has_focus and line_of(lines, state.cursor) == row
            else None
        )
        chosen = selected_cells(line, *state.selection) if state.selection else set()
        cursor_style = style + self.get_component_rich_style("bidi-text-area--cursor")
        selection_style = style + self.get_component_rich_style("bidi-text-area--selection")
        segments = []
        for cell, text in enumerate(line.cells):
            if text == "":
                continue  # the second half of a wide glyph
            shown = cursor_style if cell == caret else selection_style if cell in chosen else style
            segments.append(Segment(text, shown))
        return Strip(segments).simplify().adjust_cell_length(width, style)

    # -- keys ----------------------------------------------------------------------------------

    def _go(self, position: int, select: bool, keep_goal: bool = False) -> None:
        self.state.move_to(position, select, keep_goal)
        self._after_move()

    def action_move(self, cells: int, select: bool = False) -> None:
        state = self.state
        if state.selection and not select:
            lines = self.lines
            edges = sorted(state.selection, key=lambda p: caret_cell(lines[line_of(lines, p)], p))
            self._go(edges[-1] if cells > 0 else edges[0], False)
            return
        self._go(move_on_screen(self.lines, state.cursor, cells), select)

    def action_vertical(self, rows: int, select: bool = False) -> None:
        lines, state = self.lines, self.state
        if state.goal_cell is None:
            state.goal_cell = caret_cell(lines[line_of(lines, state.cursor)], state.cursor)
        target = move_vertically(lines, state.cursor, rows, state.goal_cell)
        self._go(target, select, keep_goal=True)

    def action_page(self, pages: int) -> None:
        self.action_vertical(pages * max(1, self.scrollable_content_region.height - 1))

    def action_line_end(self, end: bool, select: bool = False) -> None:
        line = self.lines[line_of(self.lines, self.state.cursor)]
        self._go(line.end_position if end else line.home, select)

    def action_text_end(self, end: bool) -> None:
        self._go(len(self.state.text) if end else 0, False)

    def action_delete_back(self) -> None:
        self.state.delete_back()
        self._changed()

    def action_delete_forward(self) -> None:
        self.state.delete_forward()
        self._changed()

    def action_newline(self) -> None:
        self.state.insert("\n")
        self._changed()

    def action_undo(self) -> None:
        if self.state.undo():
            self._changed()

    def action_redo(self) -> None:
        if self.state.redo():
            self._changed()

    def action_select_all(self) -> None:
        self.state.select_all()
        self._after_move()

    def action_copy(self) -> None:
        if self.state.selected_text:
            self.app.copy_to_clipboard(self.state.selected_text)  # logical text, never cells

    def action_cut(self) -> None:
        if self.state.selected_text:
            self.action_copy()
            self.action_delete_back()

    def on_key(self, event: events.Key) -> None:
        if event.is_printable and event.character is not None:
            event.stop()
            event.prevent_default()
            self.state.insert(event.character, typing=True)
            self._changed()

    def on_paste(self, event: events.Paste) -> None:
        event.stop()
        if event.text:
            self.insert(event.text)

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        lines = self.lines
        if offset is None or not lines:
            return
        line = lines[min(offset.y + int(self.scroll_offset.y), len(lines) - 1)]
        column = max(0, min(offset.x, len(line.cells) - 1))
        self._go(line.positions[column], event.shift)

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()
