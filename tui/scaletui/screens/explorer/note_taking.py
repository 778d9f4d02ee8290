"""The explorer's notes: each request asks the NotesFlow what to do and shows its
answer (the editor, a question, a notice); the notes list and the ✎ marks follow."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from ...explore.marks import Marks
from ...story import Span
from ...story.items import ItemRef
from .host import ExplorerHost
from .sidebar import Sidebar

if TYPE_CHECKING:
    from ...notes.flow import EditRequest, NotesFlow, Notice
    from ...notes.model import Anchor, NoteDraft
    from ...story.stream import StreamedDocument
    from ...widgets.story_panel import StoryPanel


class NoteTakingHost(ExplorerHost, Protocol):
    """What note taking needs of its screen."""

    @property
    def stream(self) -> StreamedDocument | None: ...
    @property
    def notes(self) -> NotesFlow: ...
    @property
    def sidebar(self) -> Sidebar: ...

    def current_region(self) -> str: ...
    def panel(self, name: str) -> StoryPanel: ...
    def open_item(self, ref: ItemRef, from_panel: bool = False) -> None: ...
    def tell(self, notice: Notice | None) -> None: ...


class NoteTaking:
    """Adds, edits, deletes, filters and exports notes, and shows them."""

    def __init__(self, host: NoteTakingHost) -> None:
        self._host = host
        self._export_folder: Path | None = None  # where the last export went

    def refresh(self) -> None:
        """Reload the notes list and the ✎ marks in the article and the panels."""
        from ...explore.note_rows import note_items

        host = self._host
        notes, stream = host.notes, host.stream
        if notes.store is None or stream is not None and not stream.complete:
            return  # (a book being read: its notes are anchored once all of it is there)
        problem = notes.reload()
        if problem is not None:
            host.tell(problem)
            if problem.severity == "error":
                return  # not read; a warning (notes shown repaired) still lists them
        language = host.language
        title = language.gettext("Notes")
        if notes.notes:
            title = f"{title} {language.number(len(notes.notes))}"
        host.sidebar.show_notes(note_items(host.story, notes.shown, language), title)
        places = notes.places
        host.reader.mark_noted(set(places.paragraphs))
        host.reader.mark_noted_spans(places.spans)
        host.sidebar.mark_noted(places.items)
        self._offer_rescued()

    def focused_anchor(self) -> Anchor | None:
        """What `n` annotates: the selected words, the current hit, the cursor's
        paragraph, or a panel item."""
        from ...notes.anchoring import item_anchor, paragraph_anchor, selection_anchor

        host = self._host
        region = host.current_region()
        if region == "article":
            phrase = selection_anchor(host.story, host.reader.selected_spans)
            if phrase is not None:
                return phrase
            current = host.marks.current if host.marks else None
            return paragraph_anchor(host.story, host.reader.cursor_paragraph, current)
        selected = host.panel(region).selected_item
        ref = ItemRef.parse(selected) if selected else None
        if ref is None:
            return None
        if ref.note_id is not None:
            note = host.notes.by_id.get(ref.note_id)
            return note.anchor if note else None
        return item_anchor(host.story, ref)

    # -- adding and editing -------------------------------------------------------------

    def add(self) -> None:
        """A note on what is focused."""
        from ...notes.flow import Notice

        host = self._host
        if host.notes.store is None:
            host.tell(host.notes.unavailable)
            return
        anchor = self.focused_anchor()
        if anchor is None:
            host.tell(Notice(host.language.gettext("Select something to annotate first.")))
            return
        self._new(anchor)

    def note_on(self, ref: ItemRef) -> None:
        """A note on an item (from its detail view)."""
        from ...notes.anchoring import item_anchor
        from ...notes.flow import UNAVAILABLE

        host = self._host
        if host.notes.store is None:
            host.tell(UNAVAILABLE)
            return
        self._new(item_anchor(host.story, ref))

    def _new(self, anchor: Anchor) -> None:
        from ...notes.flow import EditRequest

        request = self._host.notes.new_note(anchor)
        if isinstance(request, EditRequest):
            self.edit(request)
        else:
            self._host.tell(request)

    def edit(self, request: EditRequest) -> None:
        """Open the note editor; its draft goes to the flow to be saved."""
        from ..dialogs import NoteEditor

        host = self._host
        if any(isinstance(screen, NoteEditor) for screen in host.app.screen_stack):
            return  # one editor at a time (keys typed fast had stacked several)

        def save(draft: NoteDraft | None) -> None:
            if draft is None:
                return
            result = host.notes.save(request, draft)
            if result.retry is not None:  # nowhere to keep it: back to the editor
                self.edit(result.retry)
                return
            host.tell(result.notice)
            if request.note is None and request.anchor.kind == "span":
                host.reader.clear_selection()  # noted: the phrase shows as such now
            self.refresh()

        def keep_unsaved(draft: NoteDraft) -> None:
            host.notes.keep_unsaved(request, draft)

        editor = NoteEditor(host.engine, request, keep_unsaved, host.language)
        host.app.push_screen(editor, save)

    def edit_note(self, note_id: int) -> None:
        request = self._host.notes.edit_note(note_id)
        if request is not None:
            self.edit(request)

    # -- the list -----------------------------------------------------------------------

    def open_note(self, note_id: int) -> None:
        """Show a note's place: its item, its span, or its paragraph."""
        from ...notes.anchoring import locate_paragraph, locate_span

        host = self._host
        note = host.notes.by_id.get(note_id)
        if note is None:
            return
        anchor = note.anchor
        if anchor.kind == "item":
            if anchor.item is not None:
                host.open_item(anchor.item)
            return
        paragraph = locate_paragraph(host.story, anchor)
        if paragraph is None:
            gone = host.language.gettext("This note's passage is no longer in the article")
            host.status.show((gone, "bold"))
            return
        span = locate_span(host.story, anchor) if anchor.kind == "span" else None
        if span is not None:
            host.marks = Marks(host.language.gettext("Note"), (span,), kind="evidence")
        else:
            host.marks = None
            host.reader.reveal(Span(paragraph, 0, 0))
        host.focus_region("article")

    def delete(self, note_id: int) -> None:
        """Ask, then delete the note."""
        from ..dialogs import ConfirmScreen

        host = self._host
        question = host.notes.delete_question(note_id)
        if question is None:
            return
        note, preview = question

        def answer(yes: bool | None) -> None:
            if yes:
                host.tell(host.notes.delete(note.id))
                self.refresh()

        asked = host.language.gettext("Delete this note?")
        host.app.push_screen(ConfirmScreen(host.engine, asked, preview, host.language), answer)

    def filter(self, text: str) -> None:
        self._host.notes.filter_text = text
        self.refresh()

    # -- export ---------------------------------------------------------------------------

    def export(self) -> None:
        """Ask which file (offering the last folder's, else the current folder's
        STORY-notes.md), say what exporting there will do, then export."""
        from ..export_dialog import ExportDialog

        host = self._host
        notes = host.notes
        nothing = notes.nothing_to_export()
        if nothing is not None:
            host.tell(nothing)
            return
        # Always asked: a letter key never writes a file on its own (typed into the
        # notes list by mistake, `x` had written one).
        folder = self._export_folder or Path.cwd()

        def chosen(path: Path | None) -> None:
            if path is None:
                return
            self._export_folder = (Path.cwd() / path).parent
            host.tell(notes.export(path))

        dialog = ExportDialog(host.engine, notes.export_target(folder), notes.export_preview,
                              host.language)  # fmt: skip
        host.app.push_screen(dialog, chosen)

    # -- rescued notes ----------------------------------------------------------------------

    def _offer_rescued(self) -> None:
        """Notes that could not be saved earlier wait in a rescue file: offer them back
        (once a session)."""
        host = self._host
        offer = host.notes.rescue_offer()
        if offer is None:
            return
        # Imported only when there is something to offer: the dialogs bring the editor.
        from ...notes.flow import Notice
        from ..dialogs import ConfirmScreen

        question, preview = offer

        def answer(yes: bool | None) -> None:
            _ = host.language.gettext
            if yes:
                host.tell(host.notes.restore_rescued())
                self.refresh()
                return
            files = ", ".join(str(path) for path in host.notes.rescued_files())
            later = _("They stay where they are; `scaletui import {file}` restores them later.")
            host.tell(Notice(later.format(file=files), timeout=15.0))

        host.app.push_screen(ConfirmScreen(host.engine, question, preview, host.language), answer)
