"""The explorer's note handlers: each asks the NotesFlow what to do and shows
its answer (the editor, a question, a notice). A mixin of ExplorerScreen, kept
apart so the screen's own module stays a router of layout, focus and marks."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.screen import Screen

from ...explore.marks import Marks
from ...story import Span
from ...widgets.chrome import notify

if TYPE_CHECKING:
    from ...i18n import Language
    from ...layout import LayoutEngine
    from ...notes.flow import EditRequest, NotesFlow, Notice
    from ...notes.model import Anchor, NoteDraft
    from ...story import Story
    from ...story.items import ItemRef
    from ...widgets.article_view import ArticleView
    from ...widgets.notes_panel import NotesList, NotesPanel
    from ...widgets.status_line import StatusLine


class NotesRoutes(Screen[None]):
    """Needs from the screen: the story, the engine, the notes flow, the article,
    the status line, marks, and ways to focus, open items and refresh the notes."""

    story: Story
    engine: LayoutEngine
    language: Language
    notes: NotesFlow
    marks: Marks | None

    if TYPE_CHECKING:

        @property
        def article(self) -> ArticleView: ...
        @property
        def status(self) -> StatusLine: ...
        def focus_region(self, name: str) -> None: ...
        def open_item(self, ref: ItemRef, from_panel: bool = False) -> None: ...
        def refresh_notes(self) -> None: ...
        def focused_anchor(self) -> Anchor | None: ...

    def tell(self, notice: Notice | None) -> None:
        """A notice from the flow (already in the reader's language), laid out by the engine."""
        if notice is not None:
            notify(self, self.engine, notice.text, severity=notice.severity,
                   timeout=notice.timeout)  # fmt: skip

    def action_add_note(self) -> None:
        from ...notes.flow import EditRequest

        if self.notes.store is None:
            self.tell(self.notes.unavailable)
            return
        anchor = self.focused_anchor()
        if anchor is None:
            notify(self, self.engine, self.language.gettext("Select something to annotate first."))
            return
        request = self.notes.new_note(anchor)
        if isinstance(request, EditRequest):
            self.edit(request)
        else:
            self.tell(request)

    def edit(self, request: EditRequest) -> None:
        """Open the note editor; its draft goes to the flow to be saved."""
        from ..dialogs import NoteEditor

        if any(isinstance(screen, NoteEditor) for screen in self.app.screen_stack):
            return  # one editor at a time (keys typed fast had stacked several)

        def save(draft: NoteDraft | None) -> None:
            if draft is None:
                return
            result = self.notes.save(request, draft)
            if result.retry is not None:  # nowhere to keep it: back to the editor
                self.edit(result.retry)
                return
            self.tell(result.notice)
            self.refresh_notes()

        def keep_unsaved(draft: NoteDraft) -> None:
            self.notes.keep_unsaved(request, draft)

        editor = NoteEditor(self.engine, request, keep_unsaved, self.language)
        self.app.push_screen(editor, save)

    def open_note(self, note_id: int) -> None:
        from ...notes.anchoring import locate_paragraph, locate_span

        note = self.notes.by_id.get(note_id)
        if note is None:
            return
        anchor = note.anchor
        if anchor.kind == "item":
            if anchor.item is not None:
                self.open_item(anchor.item)
            return
        paragraph = locate_paragraph(self.story, anchor)
        if paragraph is None:
            gone = self.language.gettext("This note's passage is no longer in the article")
            self.status.show((gone, "bold"))
            return
        span = locate_span(self.story, anchor) if anchor.kind == "span" else None
        if span is not None:
            self.marks = Marks(self.language.gettext("Note"), (span,), kind="evidence")
        else:
            self.marks = None
            self.article.reveal(Span(paragraph, 0, 0))
        self.focus_region("article")

    def on_notes_list_edit_requested(self, message: NotesList.EditRequested) -> None:
        request = self.notes.edit_note(message.note_id)
        if request is not None:
            self.edit(request)

    def on_notes_list_delete_requested(self, message: NotesList.DeleteRequested) -> None:
        question = self.notes.delete_question(message.note_id)
        if question is None:
            return
        note, preview = question

        def answer(yes: bool | None) -> None:
            if yes:
                self.tell(self.notes.delete(note.id))
                self.refresh_notes()

        from ..dialogs import ConfirmScreen

        asked = self.language.gettext("Delete this note?")
        self.app.push_screen(ConfirmScreen(self.engine, asked, preview, self.language), answer)

    def on_notes_panel_filter_changed(self, message: NotesPanel.FilterChanged) -> None:
        self.notes.filter_text = message.text
        self.refresh_notes()

    def action_export(self) -> None:
        if self.notes.store is None:
            self.tell(self.notes.unavailable)
            return
        from ...notes.flow import Notice
        from ..dialogs import ConfirmScreen

        # Always asked: a letter key never writes a file on its own (typed into the
        # notes list by mistake, `x` had written one). The question says what
        # happens to the file: new, merged into, or replaced.
        target = self.notes.export_target(Path.cwd())
        question = self.notes.export_question(target)
        if isinstance(question, Notice):
            self.tell(question)
            return

        def answer(yes: bool | None) -> None:
            if yes:
                self.tell(self.notes.export(target))

        self.app.push_screen(ConfirmScreen(self.engine, *question, self.language), answer)
