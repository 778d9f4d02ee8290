"""One line under the article: what is highlighted, where you are in it, which keys step."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from ..layout.shaping import sanitize_for_display


class StatusLine(Static):
    DEFAULT_CSS = """
    StatusLine {
        height: 1;
        background: $panel;
        color: $text;
        padding: 0 1;
    }
    """

    def show(self, *parts: tuple[str, str]) -> None:
        """(text, style) pieces; text may hold visual-order Arabic from the engine."""
        self.update(Text.assemble(*((sanitize_for_display(t), s) for t, s in parts)))

    def clear(self) -> None:
        self.update("")
