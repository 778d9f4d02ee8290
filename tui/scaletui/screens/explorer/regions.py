"""The explorer's regions: the article and each panel, which one has the focus,
and moving between them (Tab, 1-6, a tab clicked)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from textual.widget import Widget

from ...explore.rows import PANELS
from .sidebar import NOTES

if TYPE_CHECKING:
    from ...widgets.reading_view import ReadingView
    from ...widgets.story_panel import StoryPanel

REGIONS = ("article", *PANELS, NOTES)


class RegionsHost(Protocol):
    """What moving between regions needs of the screen."""

    active_panel: str  # the panel the sidebar shows

    @property
    def focused(self) -> Widget | None: ...
    @property
    def reader(self) -> ReadingView: ...

    def panel(self, name: str) -> StoryPanel: ...
    def set_class(self, add: bool, *class_names: str) -> object:
        """`-panels`: on a narrow screen, the panels take the article's turn."""


class Regions:
    """Says which region has the focus, and moves it."""

    def __init__(self, host: RegionsHost) -> None:
        self._host = host

    def current(self) -> str:
        """The focused region ("article" when nothing in a panel has the focus)."""
        focused = self._host.focused
        while focused is not None:
            if focused.id in REGIONS:
                return focused.id
            if focused.id == "notes-panel":  # its filter box
                return NOTES
            parent = focused.parent
            focused = parent if isinstance(parent, Widget) else None
        return "article"

    def focus(self, name: str) -> None:
        """Focus the article or a panel (shown in the sidebar)."""
        host = self._host
        host.set_class(name != "article", "-panels")
        if name == "article":
            host.reader.focus()
            return
        host.active_panel = name
        host.panel(name).focus()

    def cycle(self, step: int) -> None:
        """To the next region (or previous: step -1), round; not while searching."""
        focused = self._host.focused
        if focused is None or focused.id != "search-input":
            at = REGIONS.index(self.current())
            self.focus(REGIONS[(at + step) % len(REGIONS)])
