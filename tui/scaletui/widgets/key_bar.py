"""The key bar: the keys that work here, on one line drawn by one widget.

Textual's Footer mounts a widget per key and recomposes on every focus change;
this draws the same information as a single line of text.
"""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widget import Widget


class KeyBar(Widget):
    COMPONENT_CLASSES = {"key-bar--key", "key-bar--description"}

    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        background: $footer-background;
    }
    KeyBar > .key-bar--key {
        color: ansi_bright_yellow;  /* $accent came out red on grey in 16 colours */
        background: $footer-key-background;
        text-style: bold;
    }
    KeyBar > .key-bar--description {
        color: $footer-description-foreground;
        background: $footer-description-background;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._ranges: list[tuple[int, int, str]] = []  # start cell, end cell, key
        self._drawn: list[tuple[str, str, str, bool]] = []

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        if self._shown() != self._drawn:  # the signal also fires when nothing changed
            self.refresh()

    def _shown(self) -> list[tuple[str, str, str, bool]]:
        """(key, how it is shown, description, enabled) per key to show: one per action."""
        shown = []
        seen: set[str] = set()
        for _node, binding, enabled, _tooltip in self.screen.active_bindings.values():
            if binding.show and binding.action not in seen:
                seen.add(binding.action)
                display = self.app.get_key_display(binding)
                shown.append((binding.key, display, binding.description, enabled))
        return shown

    def render(self) -> Text:
        key_style = self.get_component_rich_style("key-bar--key")
        description_style = self.get_component_rich_style("key-bar--description")
        text = Text(no_wrap=True, overflow="crop")
        self._ranges = []
        self._drawn = self._shown()
        for key, display, description, enabled in self._drawn:
            start = text.cell_len
            text.append(f" {display} ", key_style)
            text.append(f"{description} ", description_style)
            if not enabled:
                text.stylize("dim", start)
            self._ranges.append((start, text.cell_len, key))
        return text

    def on_click(self, event: events.Click) -> None:
        for start, end, key in self._ranges:
            if start <= event.x < end:
                self.app.simulate_key(key)
                return
