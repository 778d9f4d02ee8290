"""The key bar: the keys that work here, on one line drawn by one widget.

Textual's Footer mounts a widget per key and recomposes on every focus change;
this draws the same information as a single line of text. Descriptions are in
the reader's language, laid out by the engine; right to left, the first key
sits at the right edge and the line reads leftwards.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual import events
from textual.screen import Screen

from ..i18n import ENGLISH, Language
from ..layout import LayoutEngine
from .chrome import chrome_text
from .laid_out_once import LaidOutOnce
from .rich_rows import RichRows

LRM = "\u200e"  # LEFT-TO-RIGHT MARK: zero width, a strong left-to-right letter


class KeyBar(LaidOutOnce, RichRows):
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

    def __init__(
        self, engine: LayoutEngine, language: Language = ENGLISH, *, id: str | None = None
    ) -> None:
        super().__init__(id=id)
        self.engine = engine
        self.language = language
        self._ranges: list[tuple[int, int, str]] = []  # start cell, end cell, key
        self._drawn: list[tuple[str, str, str, bool]] = []
        self._entries: list[tuple[Text, str]] = []
        self._entries_for: tuple[object, ...] = ()

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self._drawn = self._shown()

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        # The keys are looked up here, not at each repaint: the screen's active
        # bindings take longer to gather than the bar takes to draw.
        shown = self._shown()
        if shown != self._drawn:  # the signal also fires when nothing changed
            self._drawn = shown
            self.refresh()

    def _shown(self) -> list[tuple[str, str, str, bool]]:
        """(key, how it is shown, description, enabled) per key to show: one per action."""
        shown = []
        seen: set[str] = set()
        for _node, binding, enabled, _tooltip in self.screen.active_bindings.values():
            if binding.show and binding.action not in seen:
                seen.add(binding.action)
                display = self.app.get_key_display(binding)
                description = self.language.gettext(binding.description)
                shown.append((binding.key, display, description, enabled))
        return shown

    def render(self) -> Text:
        """The bar as it is drawn: its keys, flush to the language's side."""
        key_style = self.get_component_rich_style("key-bar--key")
        description_style = self.get_component_rich_style("key-bar--description")
        # Laid out once per set of keys and styles: a resize only fits them again.
        made = (tuple(self._drawn), key_style, description_style)
        if made != self._entries_for:
            self._entries = self._entries_of(key_style, description_style)
            self._entries_for = made
        entries = list(self._entries)
        text = Text(no_wrap=True, overflow="crop")
        # Too long: the first keys are kept whole and the last left out, never a
        # key shown without what it does.
        width = self.size.width
        total = sum(entry.cell_len for entry, _key in entries)
        while entries and total > width:
            total -= entries.pop(0 if self.language.rtl else -1)[0].cell_len
        if self.language.rtl:
            # Flush right: the cells left over go first (the first key's end is the edge).
            text.append(" " * (width - total))
        self._ranges = []
        for entry, key in entries:
            start = text.cell_len
            text.append_text(entry)
            self._ranges.append((start, text.cell_len, key))
        return text

    def _entries_of(self, key_style: Style, description_style: Style) -> list[tuple[Text, str]]:
        """Each key with what it does, in the order drawn from the left."""
        entries: list[tuple[Text, str]] = []
        # A terminal that orders the text itself (--bidi terminal) would pull a key
        # such as / or ] into the Arabic words around it; LRMs keep it apart.
        mark = "" if self.engine.reorder else LRM
        for key, display, description, enabled in self._drawn:
            entry = Text(f" {mark}{display}{mark} ", key_style)
            said = chrome_text(self.engine, self.language, description)
            if not self.language.rtl:
                said.append(" ")  # in the description's style: one run of cells
            said.stylize(description_style)
            if self.language.rtl:  # the key first, on the right of what it does
                entry = Text.assemble(" ", said, " ", entry)
            else:
                entry.append_text(said)
            if not enabled:
                entry.stylize("dim")
            entries.append((entry, key))
        if self.language.rtl:
            entries.reverse()
        return entries

    def on_click(self, event: events.Click) -> None:
        for start, end, key in self._ranges:
            if start <= event.x < end:
                self.app.simulate_key(key)
                return
