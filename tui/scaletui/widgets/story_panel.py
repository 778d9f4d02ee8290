"""A side panel: a keyboard-driven list of story items (events, people, rivals, numbers)."""

from __future__ import annotations

from dataclasses import dataclass

from rich.console import Group, RenderableType
from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..layout import LayoutEngine
from ..layout.renderable import BidiText, plain

SUPPORT_MARK = "▶"  # the paragraph under the reading cursor supports this item
NOTE_MARK = "✎"  # the reader has notes on this item


@dataclass(frozen=True, slots=True)
class PanelItem:
    """One row: its Arabic line (laid out by the engine) and its English lines."""

    item_id: str
    arabic: str | None = None
    lines: tuple[tuple[str, str], ...] = ()  # (text, style)
    extra: RenderableType | None = None
    heading: bool = False


class StoryPanel(OptionList):
    """Lists items; Enter (or a click) posts ItemSelected for the screen to route."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", id="panel.down", show=False),
        Binding("k", "cursor_up", "Up", id="panel.up", show=False),
    ]

    DEFAULT_CSS = """
    StoryPanel {
        height: 1fr;
        border: round $panel-lighten-2;
        padding: 0;
        background: $surface;
    }
    StoryPanel:focus {
        border: double $accent;
    }
    StoryPanel > .option-list--option {
        padding: 0 0 0 0;
    }
    """

    class ItemSelected(Message):
        def __init__(self, panel: StoryPanel, item_id: str) -> None:
            super().__init__()
            self.panel = panel
            self.item_id = item_id

    def __init__(
        self, engine: LayoutEngine, items: list[PanelItem], *, id: str | None = None
    ) -> None:
        self.engine = engine
        self.items: dict[str, PanelItem] = {}
        self.marked: set[str] = set()
        self.noted: set[str] = set()
        super().__init__(*self._build_options(items), id=id, markup=False)

    def _build_options(self, items: list[PanelItem]) -> list[Option | None]:
        self.items = {item.item_id: item for item in items}
        options: list[Option | None] = []
        for index, item in enumerate(items):
            if index and not item.heading:
                options.append(None)  # a separator line between items
            options.append(
                Option(self._prompt(item), id=item.item_id, disabled=item.heading)
            )
        return options

    def set_items(self, items: list[PanelItem]) -> None:
        """Replace every item (the notes list changes as notes come and go)."""
        self.clear_options()
        self.add_options(self._build_options(items))

    def _prompt(self, item: PanelItem) -> RenderableType:
        marked = item.item_id in self.marked
        noted = item.item_id in self.noted
        parts: list[RenderableType] = []
        if item.arabic:
            parts.append(BidiText(self.engine, item.arabic, style="bold"))
        for index, (text, style) in enumerate(item.lines):
            if index == 0 and not item.heading:
                marker = f"{SUPPORT_MARK} " if marked else "  "
                note = f" {NOTE_MARK}" if noted else ""
                parts.append(Text.assemble((marker, "bold"), plain(text, style), (note, "bold")))
            else:
                parts.append(plain(text, style))
        if item.extra is not None:
            parts.append(item.extra)
        return Group(*parts)

    def mark(self, item_ids: set[str]) -> None:
        """Show which items the paragraph under the reading cursor supports."""
        self._restyle(item_ids & self.items.keys(), self.noted)

    def mark_noted(self, item_ids: set[str]) -> None:
        """Show which items carry the reader's notes."""
        self._restyle(self.marked, item_ids & self.items.keys())

    def _restyle(self, marked: set[str], noted: set[str]) -> None:
        changed = (marked ^ self.marked) | (noted ^ self.noted)
        self.marked, self.noted = marked, noted
        for item_id in changed:
            self.replace_option_prompt_at_index(
                self.get_option_index(item_id), self._prompt(self.items[item_id])
            )

    @property
    def selected_item(self) -> str | None:
        if self.highlighted is None:
            return None
        option = self.get_option_at_index(self.highlighted)
        return None if option.disabled else option.id

    def select_item(self, item_id: str) -> bool:
        if item_id not in self.items:
            return False
        self.highlighted = self.get_option_index(item_id)
        return True

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.ItemSelected(self, event.option.id))
