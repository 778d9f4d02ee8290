"""The Notes panel: the reader's notes, newest first, with a filter; e edits, d deletes."""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding
from textual.containers import Vertical
from textual.geometry import Size
from textual.message import Message
from textual.widgets import Input

from ..explore.rows import PanelItem
from ..i18n import ENGLISH, N_, Language
from ..layout import LayoutEngine
from ..story.items import ItemRef
from .bidi_input import BidiInput
from .sidebar import sidebar_content_width
from .story_panel import StoryPanel


class NotesList(StoryPanel):
    BINDINGS = [
        Binding("e", "edit", N_("Edit note"), id="notes.edit", tooltip=N_("Edit the selected note")),
        Binding("d,delete", "delete", N_("Delete note"), id="notes.delete",
                tooltip=N_("Delete the selected note (asks first)")),
        Binding("f,slash", "filter", N_("Filter notes"), id="notes.filter",
                tooltip=N_("Type to filter the notes (text, tags, quote); Enter comes back")),
        # StoryPanel's Enter, said of a note (the help lists this one in Notes).
        Binding("enter", "select", N_("Show in text"), id="notes.open",
                tooltip=N_("Go to the selected note's passage in the article")),
    ]  # fmt: skip

    def action_filter(self) -> None:
        if self.parent is not None:
            self.parent.query_one("#notes-filter").focus()

    @dataclass
    class EditRequested(Message):
        """e on a note: edit it."""

        notes: NotesList
        note_id: int

        @property
        def control(self) -> NotesList:
            return self.notes

    @dataclass
    class DeleteRequested(Message):
        """d on a note: delete it (the screen asks first)."""

        notes: NotesList
        note_id: int

        @property
        def control(self) -> NotesList:
            return self.notes

    def _selected_note(self) -> int | None:
        item = self.selected_item
        ref = ItemRef.parse(item) if item is not None else None
        return ref.note_id if ref is not None else None

    def action_edit(self) -> None:
        note_id = self._selected_note()
        if note_id is not None:
            self.post_message(self.EditRequested(self, note_id))

    def action_delete(self) -> None:
        note_id = self._selected_note()
        if note_id is not None:
            self.post_message(self.DeleteRequested(self, note_id))


class NotesPanel(Vertical):
    DEFAULT_CSS = """
    NotesPanel {
        height: 1fr;
    }
    NotesPanel > Input {
        height: 3;
    }
    """

    @dataclass
    class FilterChanged(Message):
        """The notes filter changed: show the notes that match `text`."""

        panel: NotesPanel
        text: str

        @property
        def control(self) -> NotesPanel:
            return self.panel

    def __init__(
        self, engine: LayoutEngine, language: Language = ENGLISH, *, id: str | None = None,
        classes: str | None = None,
    ) -> None:  # fmt: skip
        super().__init__(id=id, classes=classes)
        self.engine = engine
        self.language = language
        # Made here, not in compose: the screen fills it before it is mounted.
        self.notes_list = NotesList(engine, [], language=language, id="notes")

    def get_content_width(self, container: Size, _viewport: Size) -> int:
        return sidebar_content_width(self, container)

    def mount_parts(self) -> None:
        """Mount the filter and the list now (once this box is mounted), not at its
        compose, so the list can take the focus in the same breath."""
        self.mount(
            BidiInput(
                self.engine,
                placeholder=self.language.gettext("filter notes (text, tags, quote)"),
                id="notes-filter",
                default_direction=self.language.direction,
            )
        )
        self.mount(self.notes_list)

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.FilterChanged(self, event.value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.notes_list.focus()

    def show(self, items: list[PanelItem]) -> None:
        self.notes_list.set_items(items)
