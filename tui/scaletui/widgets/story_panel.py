"""A side panel: a keyboard-driven list of story items (events, people, rivals)."""

from __future__ import annotations

from dataclasses import dataclass

from rich.console import Group, RenderableType
from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option


@dataclass(frozen=True, slots=True)
class PanelItem:
    """One row: what to show, and which story item it stands for."""

    item_id: str
    prompt: RenderableType
    enabled: bool = True


class StoryPanel(OptionList):
    """Lists items; Enter posts ItemSelected for the screen to act on."""

    DEFAULT_CSS = """
    StoryPanel {
        height: 1fr;
        border: round $panel-lighten-2;
        border-title-color: $text-muted;
        padding: 0;
    }
    StoryPanel:focus {
        border: round $accent;
        border-title-color: $text-accent;
        border-title-style: bold;
    }
    """

    class ItemSelected(Message):
        def __init__(self, panel: StoryPanel, item_id: str) -> None:
            super().__init__()
            self.panel = panel
            self.item_id = item_id

    def __init__(self, title: str, items: list[PanelItem], *, id: str | None = None) -> None:
        super().__init__(
            *(Option(item.prompt, id=item.item_id, disabled=not item.enabled) for item in items),
            id=id,
            markup=False,
        )
        self.border_title = title

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.ItemSelected(self, event.option.id))


def gloss(text: str, style: str = "dim") -> Text:
    """A left-to-right English line under an Arabic one (never parsed as markup)."""
    return Text(text, style=style, no_wrap=False, overflow="fold")


def stack(*parts: RenderableType) -> Group:
    return Group(*parts)
