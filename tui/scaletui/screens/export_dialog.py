"""The export dialog (`x`): which file, and what exporting there will do, before
anything is written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.widgets import Input, Static

from ..i18n import ENGLISH, N_, Language
from ..layout import LayoutEngine
from ..layout.renderable import BidiText
from ..user_dirs import user_path
from ..widgets.bidi_input import BidiInput
from ..widgets.chrome import notify
from .answer_once import AnswerOnce
from .at_app_size import AtTheAppsSize

if TYPE_CHECKING:
    from ..notes.flow import Notice

Preview = Callable[[Path], "Notice"]
PREVIEW_DELAY = 0.25  # seconds after the last key: the preview reads the file


def chosen_path(text: str) -> Path | None:
    """The file named in the field (`~` expanded; relative to the current folder).

    `~someone/` for a user there is no such stays as written, as a shell leaves it:
    expanduser raised RuntimeError at the preview, as the name was being typed (`~n`),
    and the app ended with a traceback."""
    text = text.strip()
    return user_path(text) if text else None


class ExportDialog(AtTheAppsSize, AnswerOnce, ModalScreen[Path | None]):
    """Export the notes: the file's name, editable (a `.json` name writes JSON), and
    what exporting there does (a new file, updated, a copy kept first), said as the
    name is typed. Enter exports, Escape cancels."""

    DEFAULT_CSS = """
    ExportDialog {
        align: center middle;
    }
    ExportDialog > Vertical {
        width: 90%;
        max-width: 100;
        height: auto;
        border: double $accent;
        background: $surface;
        padding: 0 1;
    }
    ExportDialog #preview {
        height: auto;
        min-height: 2;
        max-height: 4;
        margin-top: 1;
    }
    ExportDialog #preview.-warning {
        color: $text-warning;
    }
    ExportDialog #preview.-error {
        color: $text-error;
    }
    ExportDialog #keys {
        height: 1;
        color: $text-muted;
    }
    """

    BINDINGS = [
        Binding("enter", "export", N_("Export"), id="export.write",
                tooltip=N_("Export to the file named (a .json name writes JSON)")),
        Binding("escape", "cancel", N_("Cancel"), id="export.cancel",
                tooltip=N_("Close without exporting")),
    ]  # fmt: skip

    def __init__(
        self,
        engine: LayoutEngine,
        default: Path,
        preview: Preview,
        language: Language = ENGLISH,
    ) -> None:
        """Args:
        engine: Lays out every line of the dialog.
        default: The file offered (the reader may name another).
        preview: What exporting to a file will do, said before anything is written.
        language: The interface's.
        """
        super().__init__()
        self.engine = engine
        self.language = language
        self.default = default
        self.preview = preview
        self._timer: Timer | None = None
        self.preview_text = ""  # what the dialog says exporting will do (as shown)

    def compose(self) -> ComposeResult:
        _ = self.language.gettext
        chrome = self.language.direction
        with Vertical():
            title = _("Export your notes on this story to:")
            yield Static(BidiText(self.engine, title, style="bold", default=chrome))
            yield BidiInput(self.engine, value=str(self.default), id="path")
            yield Static(id="preview")
            keys = _("Enter export · Esc cancel · a .json name writes JSON")
            # In the interface's direction: the line begins with a key's Latin name.
            keys_line = BidiText(self.engine, keys, direction=chrome, default=chrome, max_lines=1)
            yield Static(keys_line, id="keys")

    @property
    def field(self) -> Input:
        return self.query_one("#path", Input)

    def on_mount(self) -> None:
        self.field.focus()
        self._show_preview()

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(PREVIEW_DELAY, self._show_preview)

    def _show_preview(self) -> None:
        self._timer = None
        path = chosen_path(self.field.value)
        preview = self.query_one("#preview", Static)
        preview.remove_class("-warning", "-error")
        if path is None:
            self.preview_text = ""
            preview.update("")
            return
        notice = self.preview(path)
        self.preview_text = notice.text
        if notice.severity != "information":
            preview.add_class(f"-{notice.severity}")
        preview.update(BidiText(self.engine, notice.text, default=self.language.direction))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_export()

    def action_export(self) -> None:
        path = chosen_path(self.field.value)
        if path is None:
            text = self.language.gettext("Name the file to export to.")
            notify(self, self.engine, text, severity="warning")
            return
        self.dismiss(path)

    def action_cancel(self) -> None:
        self.dismiss(None)
