"""One line under the article: what is highlighted, where you are in it, which keys step."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from ..layout.shaping import sanitize_for_display


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
    text: reactive[Text] = reactive(Text, layout=False)

    def render(self) -> Text:
        return self.text

    def show(self, *parts: tuple[str, str]) -> None:
        """(text, style) pieces; text may hold visual-order Arabic from the engine."""
        self.text = Text.assemble(*((sanitize_for_display(t), s) for t, s in parts))

    def clear(self) -> None:
        self.text = Text()
