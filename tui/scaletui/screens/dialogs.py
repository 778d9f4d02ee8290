"""Modal dialogs: the note editor and a yes/no question."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from ..i18n import ENGLISH, N_, Language
from ..layout import LayoutEngine
from ..layout.renderable import BidiText
from ..notes.model import NoteDraft, parse_tags
from ..widgets.bidi_input import BidiInput
from ..widgets.bidi_text_area import BidiTextArea
from ..widgets.chrome import chrome_text, notify
from .answer_once import AnswerOnce
from .at_app_size import AtTheAppsSize

if TYPE_CHECKING:
    from ..notes.flow import EditRequest

KeepUnsaved = Callable[[NoteDraft], object]


class NoteEditor(AtTheAppsSize, AnswerOnce, ModalScreen[NoteDraft | None]):
    """Write or edit a note. Ctrl+S saves; Escape cancels (asking first when
    the text has changed).

    The editor holds logical text (as typed) and draws it shaped and in visual
    order, each paragraph on its own side: it reads as it will everywhere else.
    """

    DEFAULT_CSS = """
    NoteEditor {
        align: center middle;
    }
    NoteEditor > Vertical {
        width: 90%;
        max-width: 100;
        height: 90%;
        border: double $accent;
        background: $surface;
        padding: 0 1;
    }
    NoteEditor #anchor {
        height: auto;
        max-height: 4;
        color: $text-muted;
    }
    NoteEditor BidiTextArea {
        height: 1fr;
        min-height: 3;
    }
    NoteEditor #keys {
        height: 1;
        color: $text-muted;
    }
    """

    BINDINGS = [
        Binding("ctrl+s", "save", N_("Save note"), id="note.save", tooltip=N_("Save the note")),
        Binding("escape", "cancel", N_("Cancel"), id="note.cancel",
                tooltip=N_("Close the editor without saving")),
    ]  # fmt: skip

    def __init__(
        self,
        engine: LayoutEngine,
        request: EditRequest,
        keep_unsaved: KeepUnsaved,
        language: Language = ENGLISH,
    ) -> None:
        """`keep_unsaved` gets the draft if the editor goes without Ctrl+S or Esc
        (the app quits or fails under it); the editor itself writes nothing."""
        super().__init__()
        self.engine = engine
        self.language = language
        self.request = request
        self.keep_unsaved = keep_unsaved
        initial = request.initial
        self.title_text = request.title
        self.anchor_text = request.context
        self.initial_body = initial.body
        self.initial_tags = initial.tags
        self.error = request.error
        self._finished = False
        # The fields, kept for on_unmount (no longer in the DOM by then to be queried).
        self._fields: tuple[BidiTextArea, Input] | None = None

    def compose(self) -> ComposeResult:
        _ = self.language.gettext
        chrome = self.language.direction
        with Vertical():
            yield Static(BidiText(self.engine, self.title_text, style="bold", default=chrome))
            yield Static(BidiText(self.engine, self.anchor_text, max_lines=3), id="anchor")
            if self.error:
                error = BidiText(self.engine, self.error, style="bold red", default=chrome)
                yield Static(error, id="error")
            yield BidiTextArea(self.engine, self.initial_body, id="body")
            tags = ", ".join(self.initial_tags)
            yield BidiInput(
                self.engine, value=tags, placeholder=_("tags, comma separated"), id="tags",
                default_direction=chrome,
            )  # fmt: skip
            keys = _("Ctrl+S save · Esc cancel · Ctrl+Z undo · Tab to the tags")
            # In the interface's direction: the line begins with a key's Latin name.
            keys_line = BidiText(self.engine, keys, direction=chrome, default=chrome, max_lines=1)
            yield Static(keys_line, id="keys")

    @property
    def body_area(self) -> BidiTextArea:
        return self.query_one("#body", BidiTextArea)

    def on_mount(self) -> None:
        self._fields = (self.body_area, self.query_one("#tags", Input))
        self.body_area.focus()  # the caret starts at the end: editing usually continues a note

    def draft(self) -> NoteDraft:
        if self._fields is None:
            return NoteDraft(self.initial_body, self.initial_tags)
        body, tags = self._fields
        return NoteDraft(body.text, parse_tags(tags.value))

    def action_save(self) -> None:
        draft = self.draft()
        if not draft.body.strip():
            text = self.language.gettext("An empty note is not saved.")
            notify(self, self.engine, text, severity="warning")
            return
        self._finished = True
        self.dismiss(draft)

    def action_cancel(self) -> None:
        draft = self.draft()
        if draft == NoteDraft(self.initial_body, self.initial_tags) or not draft.body.strip():
            self._finished = True
            self.dismiss(None)
            return

        def answer(discard: bool | None) -> None:
            if discard:
                self._finished = True
                self.dismiss(None)

        _ = self.language.gettext
        question = ConfirmScreen(
            self.engine, _("Discard this note?"), _("What you typed will be lost."), self.language
        )
        self.app.push_screen(question, answer)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def on_unmount(self) -> None:
        # The app closing under an open editor (Ctrl+Q, a crash): keep what was typed.
        if not self._finished:
            # (Read from the fields themselves: the last edit's Changed message may not
            # have been handled yet when a quit or a signal comes right after it.)
            self.keep_unsaved(self.draft())


class ConfirmScreen(AtTheAppsSize, AnswerOnce, ModalScreen[bool]):
    """A yes/no question: y or Enter says yes, n or Escape says no."""

    DEFAULT_CSS = """
    ConfirmScreen {
        align: center middle;
    }
    ConfirmScreen > Vertical {
        width: auto;
        max-width: 80%;
        height: auto;
        border: double $warning;
        background: $surface;
        padding: 1 2;
    }
    ConfirmScreen Horizontal {
        height: auto;
        margin-top: 1;
    }
    ConfirmScreen Button {
        margin-right: 2;
    }
    ConfirmScreen.-rtl Horizontal {
        align-horizontal: right;
    }
    ConfirmScreen.-rtl Button {
        margin-right: 0;
        margin-left: 2;
    }
    """

    BINDINGS = [
        Binding("y", "answer(True)", N_("Yes"), id="confirm.yes"),
        Binding("n,escape", "answer(False)", N_("No"), id="confirm.no"),
    ]

    def __init__(
        self,
        engine: LayoutEngine,
        question: str,
        detail: str = "",
        language: Language = ENGLISH,
    ) -> None:
        super().__init__(classes="-rtl" if language.rtl else None)
        self.engine = engine
        self.language = language
        self.question = question  # may name a path or a note: any script
        self.detail = detail  # e.g. the note's text

    def compose(self) -> ComposeResult:
        _ = self.language.gettext
        with Vertical():
            yield Static(BidiText(self.engine, self.question, default=self.language.direction))
            if self.detail:
                yield Static(BidiText(self.engine, self.detail, max_lines=3), id="detail")
            yes = Button(chrome_text(self.engine, self.language, _("Yes (y)")), id="yes",
                         variant="warning")  # fmt: skip
            no = Button(chrome_text(self.engine, self.language, _("No (n)")), id="no")
            with Horizontal():
                # Right to left, the first button (yes) is the rightmost.
                yield from (no, yes) if self.language.rtl else (yes, no)

    def on_mount(self) -> None:
        # (A key typed as the dialog opens may have answered it already: its buttons gone.)
        for button in self.query("#no").results(Button):
            button.focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)
