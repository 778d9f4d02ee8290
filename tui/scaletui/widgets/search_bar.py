"""The search bar: an input that shows the query shaped, and says what it found."""

from __future__ import annotations

from dataclasses import dataclass

from rich.segment import Segment
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.strip import Strip
from textual.widgets import Input, Label

from ..layout import LayoutEngine
from ..layout.bidi import base_direction


class BidiInput(Input):
    """An Input whose text is drawn by the layout engine, so Arabic reads joined.

    The value stays logical; only drawing changes. The cursor is drawn on the
    cell that shows the logical cursor position.
    """

    def __init__(self, engine: LayoutEngine, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.engine = engine

    def render_line(self, y: int) -> Strip:
        value = self.value
        if y != 0 or not value or base_direction(value, "ltr") == "ltr":
            return super().render_line(y)
        width = max(1, self.scrollable_content_region.width)
        style = self.rich_style
        line = self.engine.single_line(value, max(1, width - 1), "rtl")
        cells = list(line.cells)
        cursor_column: int
        if self.cursor_position >= len(value):
            cells.insert(0, " ")  # the logical end of an RTL line is on its left
            cells = cells[:width]
            used = [i for i, c in enumerate(cells) if c.strip()]
            cursor_column = (used[0] - 1) if used and used[0] > 0 else 0
        else:
            cells.insert(0, " ")
            cells = cells[:width]
            ranges = line.cell_ranges(self.cursor_position, self.cursor_position + 1)
            cursor_column = ranges[0][0] + 1 if ranges else 0
        segments = []
        cursor_style = self.get_component_rich_style("input--cursor")
        for column, cell in enumerate(cells):
            shown = (
                cursor_style
                if (column == cursor_column and self.has_focus and self._cursor_visible)
                else style
            )
            segments.append(Segment(cell if cell else "", shown))
        return Strip(segments).adjust_cell_length(width + 1, style)


class SearchBar(Horizontal):
    """Opened with `/`; Enter runs the search, Escape closes the bar."""

    DEFAULT_CSS = """
    SearchBar {
        height: 3;
        dock: bottom;
        display: none;
        background: $panel;
    }
    SearchBar.-open {
        display: block;
    }
    SearchBar > Label {
        width: auto;
        padding: 1 1 0 1;
    }
    SearchBar > BidiInput {
        width: 1fr;
    }
    """

    BINDINGS = [
        Binding("escape", "close", "Close search", id="search.close", show=False),
    ]

    @dataclass
    class Submitted(Message):
        """Enter in the search box: search the article for `query`."""

        bar: SearchBar
        query: str

        @property
        def control(self) -> SearchBar:
            return self.bar

    @dataclass
    class Closed(Message):
        """The search box was closed without searching."""

        bar: SearchBar

        @property
        def control(self) -> SearchBar:
            return self.bar

    def __init__(self, engine: LayoutEngine) -> None:
        super().__init__()
        self.engine = engine

    def compose(self) -> ComposeResult:
        yield Label(Text("Search", style="bold"))
        yield BidiInput(
            self.engine,
            placeholder="Arabic or English (folding: أ=ا، ى=ي، ة=ه; harakat ignored)",
            id="search-input",
        )

    def open(self) -> None:
        self.add_class("-open")
        self.query_one(BidiInput).focus()

    def close(self) -> None:
        self.remove_class("-open")

    @property
    def is_open(self) -> bool:
        return self.has_class("-open")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Submitted(self, event.value))

    def action_close(self) -> None:
        self.close()
        self.post_message(self.Closed(self))
