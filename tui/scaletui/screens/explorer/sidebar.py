"""The explorer's sidebar: its tab strip and its panels, one shown at a time.

Four panels list the story's items (timeline, key figures, competitors, numbers)
and one the reader's notes. A panel's widget is made the first time it is shown
(most readers never open most panels), but what each lists and marks is kept
here from the start, so a panel made late shows what one made first would.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import TYPE_CHECKING, Protocol

from textual.widget import Widget

from ...explore.rows import PANEL_TITLES, PANELS, PanelItem, panel_items, panels_holding
from ...explore.support import support_summary
from ...i18n import Language
from ...layout import LayoutEngine
from ...story import Story
from ...story.items import ItemRef, related_items
from ...widgets.panel_tabs import PanelTabs
from ...widgets.story_panel import StoryPanel

if TYPE_CHECKING:
    from ...widgets.reading_view import ReadingView

NOTES = "notes"  # the panel of the reader's notes (its list is in a box with a filter)


class SidebarHost(Protocol):
    """What the sidebar needs of its screen."""

    story: Story
    engine: LayoutEngine
    language: Language
    active_panel: str

    @property
    def reader(self) -> ReadingView: ...

    def mount(
        self, *widgets: Widget, before: str | Widget | None = None, after: Widget | None = None
    ) -> Awaitable[object]: ...


class Sidebar:
    """Makes, shows and marks the panels; the screen says which one is active."""

    def __init__(self, host: SidebarHost) -> None:
        self._host = host
        self._items: dict[str, list[PanelItem]] = {NOTES: []}
        self._panels: dict[str, StoryPanel] = {}  # the notes panel: its list
        self._containers: dict[str, Widget] = {}  # what is shown and hidden: panel or box
        self.tabs: PanelTabs | None = None  # the tab strip, once made
        self.supported: set[str] = set()  # items the cursor's paragraph supports
        self.noted: frozenset[str] = frozenset()  # items with notes

    # -- what the panels list ---------------------------------------------------------

    def items(self, name: str) -> list[PanelItem]:
        """A panel's items, made the first time they are asked for.

        Args:
            name: One of PANELS, or "notes".

        Returns:
            The rows the panel lists (the notes panel: those last shown).
        """
        items = self._items.get(name)
        if items is None:
            items = self._items[name] = panel_items(self._host.story, name, self._host.language)
        return items

    def story_items(self) -> dict[str, list[PanelItem]]:
        """The items of every story panel (not the notes), by panel."""
        return {name: self.items(name) for name in PANELS}

    def story_changed(self) -> None:
        """The story has more items (a book read in full): list them again."""
        self._items = {NOTES: self._items[NOTES]}
        for name, panel in self._panels.items():
            if name != NOTES:
                panel.set_items(self.items(name))

    def show_notes(self, items: list[PanelItem], title: str) -> None:
        """The notes panel's rows, and its tab's title (which counts them)."""
        self._items[NOTES] = items
        if NOTES in self._panels:
            self._panels[NOTES].set_items(items)
        if self.tabs is not None:
            self.tabs.set_title(NOTES, title)

    # -- the widgets ------------------------------------------------------------------

    def new_tabs(self) -> PanelTabs:
        """The tab strip (made once, in the screen's compose)."""
        language = self._host.language
        self.tabs = PanelTabs(
            {name: language.gettext(title) for name, title in PANEL_TITLES.items()},
            self._host.active_panel,
            engine=self._host.engine,
            language=language,
            id="panel-tabs",
            classes="sidebar",
        )
        return self.tabs

    def new_panel(self, name: str) -> Widget:
        """A panel's widget, marked as the others are (the notes panel: its box)."""
        host = self._host
        container: Widget
        panel: StoryPanel
        # Classes given at creation: set afterwards, each would restyle the widget.
        classes = "sidebar panel -shown" if name == host.active_panel else "sidebar panel"
        if name == NOTES:
            from ...widgets.notes_panel import NotesPanel

            box = NotesPanel(host.engine, host.language, id="notes-panel", classes=classes)
            container, panel = box, box.notes_list
            panel.set_items(self.items(NOTES))
        else:
            panel = StoryPanel(
                host.engine, self.items(name), language=host.language, id=name, classes=classes
            )
            container = panel
        panel.mark(self.supported)
        panel.mark_noted(set(self.noted))
        self._panels[name] = panel
        self._containers[name] = container
        return container

    def panel(self, name: str) -> StoryPanel:
        """A panel's list (the notes list is one too), made and mounted if need be."""
        panel = self._panels.get(name)
        if panel is None:
            container = self.new_panel(name)
            # Right after the tab strip (mirrored: the article): grid cells are filled
            # in the order of children.
            host = self._host
            host.mount(container, after=host.reader if host.language.rtl else self.tabs)
            if name == NOTES:
                from ...widgets.notes_panel import NotesPanel

                if isinstance(container, NotesPanel):
                    container.mount_parts()
            panel = self._panels[name]
        return panel

    def show(self, name: str) -> None:
        """Show one panel (made if it is new) and light its tab; the focus stays."""
        self.panel(name)
        for shown, container in self._containers.items():
            container.set_class(shown == name, "-shown")
        if self.tabs is not None:
            self.tabs.show(name)

    # -- marks --------------------------------------------------------------------------

    def mark_supported(self, supported: set[str]) -> str:
        """Mark the items the cursor's paragraph supports.

        Returns:
            The status line's summary of them ("" when it supports nothing).
        """
        self.supported = supported
        for panel in self._panels.values():
            panel.mark(supported)
        return support_summary(supported, self._host.language)

    def mark_noted(self, noted: frozenset[str]) -> None:
        """Mark the items that have notes (✎)."""
        self.noted = noted
        for panel in self._panels.values():
            panel.mark_noted(set(noted))

    def select(self, ref: ItemRef) -> None:
        """Move each panel's selection to the item (an entity: its person or rival)."""
        for name, key in panels_holding(self.story_items(), related_items(ref)):
            self.panel(name).select_item(key)
