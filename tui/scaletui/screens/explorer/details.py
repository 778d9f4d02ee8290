"""The explorer's detail view (`i`): the whole provenance of what is selected, or
the status line's whole text, or the story's own source."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from ...story import Entity
from ...story.items import ItemRef
from .host import ExplorerHost
from .note_taking import NoteTaking

if TYPE_CHECKING:
    from ...explore.detail import ItemDetail
    from ...notes.flow import NotesFlow
    from ...search import StoryIndex
    from ...widgets.story_panel import StoryPanel
    from ..detail import DetailAction


class DetailsHost(ExplorerHost, Protocol):
    """What the detail view needs of its screen."""

    @property
    def index(self) -> StoryIndex: ...
    @property
    def notes(self) -> NotesFlow: ...
    @property
    def shown_item(self) -> ItemRef | None:
        """The item the highlights speak of, if any."""

    def current_region(self) -> str: ...
    def panel(self, name: str) -> StoryPanel: ...
    @property
    def note_taking(self) -> NoteTaking: ...

    def open_item(self, ref: ItemRef, from_panel: bool = False) -> None: ...


class Details:
    """Chooses what the detail view shows, and acts on what the reader picks there."""

    def __init__(self, host: DetailsHost) -> None:
        self._host = host

    def _count_form(self, entity: Entity, form: str) -> int:
        one_form = entity._replace(id=f"{entity.id}\x00{form}", surface_forms=(form,))
        return len(self._host.index.mentions(one_form))

    def detail_for(self, ref: ItemRef | None) -> ItemDetail | None:
        """An item's detail (None: no item, or one the story does not hold)."""
        from ...explore.detail import item_detail

        if ref is None:
            return None
        return item_detail(self._host.story, ref, self._count_form, self._host.language)

    def chosen(self) -> ItemDetail | None:
        """What `i` shows: a panel's selected item (a note: its item); in the article,
        the status line's whole text if it was cut, else the item shown, else the story.

        Returns:
            The detail, or None when the selected row has none.
        """
        from ...explore.detail import story_detail, text_detail

        host = self._host
        language = host.language
        region = host.current_region()
        if region != "article":
            selected = host.panel(region).selected_item
            ref = ItemRef.parse(selected) if selected else None
            if ref is not None and ref.note_id is not None:  # a note: its item, if any
                note = host.notes.by_id.get(ref.note_id)
                ref = note.anchor.item if note is not None else None
            return self.detail_for(ref)
        if host.status.cut:
            whole = tuple((p.text, p.style) for p in host.status.parts)
            title = language.gettext("Status")
            return text_detail(title, whole, self.detail_for(host.shown_item), language)
        return self.detail_for(host.shown_item) or story_detail(host.story, language)

    def open(self) -> None:
        """Show the chosen detail (or say there is none)."""
        detail = self.chosen()
        if detail is None:
            self._host.status.show((self._host.language.gettext("No detail for this"), "dim"))
            return
        self.show(detail)

    def show(self, detail: ItemDetail) -> None:
        """Push the detail view; from it, the reader may jump to the item or annotate it."""
        from ..detail import ItemDetailScreen

        host = self._host

        def then(action: DetailAction | None) -> None:
            if action == "jump" and detail.ref is not None:
                host.focus_region("article")
                host.open_item(detail.ref)
            elif action == "note" and detail.ref is not None:
                host.note_taking.note_on(detail.ref)

        host.app.push_screen(ItemDetailScreen(host.engine, detail, host.language), then)
