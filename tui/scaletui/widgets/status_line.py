"""One line under the article: what is highlighted, where you are in it, which keys step."""

from __future__ import annotations

from rich.console import RenderableType
from rich.table import Table
from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from ..layout import LayoutEngine
from ..layout.renderable import BidiText, Styled

MORE_HINT = " i:more"  # ASCII: the same in every interface language's key names


class StatusLine(Widget):
    DEFAULT_CSS = """
    StatusLine {
        height: 1;
        background: $panel;
        color: $text;
        padding: 0 1;
    }
    """

    # A fixed-height line: changing it never needs a new screen layout.
    parts: reactive[tuple[Styled, ...]] = reactive(tuple, layout=False)

    def __init__(self, engine: LayoutEngine, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.engine = engine

    def render(self) -> RenderableType:
        # One line, cut with an ellipsis at its logical end if it is too long; then
        # the key that shows the whole text is named at the line's end.
        line = BidiText(self.engine, self.parts, max_lines=1, default="ltr")
        if not self.cut:
            return line
        grid = Table.grid(expand=True)
        grid.add_column(ratio=1)
        grid.add_column(no_wrap=True)
        grid.add_row(line, Text(MORE_HINT, style="bold"))
        return grid

    @property
    def cut(self) -> bool:
        """Too long to show whole: it ends in … and `i` opens the whole text."""
        width = self.content_size.width
        return width > 0 and self.engine.prepare(self.plain, "auto", "ltr").width > width

    def show(self, *parts: tuple[str, str]) -> None:
        """(text, style) pieces of one logical line (any script: the engine lays it out)."""
        self.parts = tuple(Styled(text, style) for text, style in parts)

    @property
    def plain(self) -> str:
        """The line's logical text (for tests and screen readers)."""
        return "".join(part.text for part in self.parts)

    def clear(self) -> None:
        self.parts = ()
