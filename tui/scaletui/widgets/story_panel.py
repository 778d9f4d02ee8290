"""A side panel: a keyboard-driven list of story items (events, people, rivals, numbers)."""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.console import Group, RenderableType
from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..layout import LayoutEngine
from ..layout.renderable import BidiText, plain

SUPPORT_MARK = "▶"  # the paragraph under the reading cursor supports this item


@dataclass(frozen=True, slots=True)
class PanelItem:
    """One row: its Arabic line (laid out by the engine) and its English lines."""

    item_id: str
    arabic: str | None = None
    lines: tuple[tuple[str, str], ...] = ()  # (text, style)
    extra: RenderableType | None = None
    heading: bool = False
    search_text: str = field(default="", compare=False)


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
        self.items = {item.item_id: item for item in items}
        self.marked: set[str] = set()
        options: list[Option | None] = []
        for index, item in enumerate(items):
            if index and not item.heading:
                options.append(None)  # a separator line between items
            options.append(self._option(item, marked=False))
        super().__init__(*options, id=id, markup=False)

    def _option(self, item: PanelItem, marked: bool) -> Option:
        return Option(self._prompt(item, marked), id=item.item_id, disabled=item.heading)

    def _prompt(self, item: PanelItem, marked: bool) -> RenderableType:
        parts: list[RenderableType] = []
        if item.arabic:
            parts.append(BidiText(self.engine, item.arabic, style="bold"))
        for index, (text, style) in enumerate(item.lines):
            if index == 0 and not item.heading:
                marker = f"{SUPPORT_MARK} " if marked else "  "
                parts.append(Text.assemble((marker, "bold"), plain(text, style)))
            else:
                parts.append(plain(text, style))
        if item.extra is not None:
            parts.append(item.extra)
        return Group(*parts)

    def mark(self, item_ids: set[str]) -> None:
        """Show which items the paragraph under the reading cursor supports."""
        ours = item_ids & self.items.keys()
        for item_id in ours ^ self.marked:
            index = self.get_option_index(item_id)
            self.replace_option_prompt_at_index(
                index, self._prompt(self.items[item_id], item_id in ours)
            )
        self.marked = ours

    def select_item(self, item_id: str) -> bool:
        if item_id not in self.items:
            return False
        self.highlighted = self.get_option_index(item_id)
        return True

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.ItemSelected(self, event.option.id))
