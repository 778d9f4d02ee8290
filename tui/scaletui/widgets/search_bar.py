"""The search bar: an input that shows the query shaped, and says what it found."""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Input, Label

from ..i18n import ENGLISH, N_, Language
from ..layout import LayoutEngine
from ..search.pasted import readings
from .bidi_input import BidiInput
from .chrome import chrome_text


class SearchInput(BidiInput):
    """The query field: a line copied off a shaped screen (presentation forms, often in
    visual order) comes in as the logical text it shows, so the field shows what is
    searched (search/pasted.py picks the order the glyphs' joining allows)."""

    def insert_text_at_cursor(self, text: str) -> None:
        super().insert_text_at_cursor(readings(text)[0])

    def replace(self, text: str, start: int, end: int) -> None:
        super().replace(readings(text)[0], start, end)


class SearchBar(Horizontal):
    """Opened with `/`; Enter runs the search, Escape closes the bar."""

    DEFAULT_CSS = """
    SearchBar {
        height: 3;
        dock: bottom;
        display: none;
        background: $panel;
    }
    SearchBar.-open {
        display: block;
    }
    SearchBar > Label {
        width: auto;
        padding: 1 1 0 1;
    }
    SearchBar > SearchInput {
        width: 1fr;
    }
    """

    BINDINGS = [
        Binding("escape", "close", N_("Close search"), id="search.close", show=False),
    ]

    @dataclass
    class Submitted(Message):
        """Enter in the search box: search the article for `query`."""

        bar: SearchBar
        query: str

        @property
        def control(self) -> SearchBar:
            return self.bar

    @dataclass
    class Closed(Message):
        """The search box was closed without searching."""

        bar: SearchBar

        @property
        def control(self) -> SearchBar:
            return self.bar

    def __init__(self, engine: LayoutEngine, language: Language = ENGLISH) -> None:
        super().__init__()
        self.engine = engine
        self.language = language

    def compose(self) -> ComposeResult:
        _ = self.language.gettext
        label = Label(chrome_text(self.engine, self.language, _("Search"), "bold"))
        field = SearchInput(
            self.engine,
            placeholder=_("whole words, و ب ل ال… allowed (أ=ا، ى=ي، ة=ه، غ=ج); ~ for any part"),
            id="search-input",
            default_direction=self.language.direction,
        )
        # Right to left, the label is on the right of the field.
        yield from (field, label) if self.language.rtl else (label, field)

    def open(self) -> None:
        self.add_class("-open")
        self.screen.add_class("-searching")  # its toasts stand above the bar (app.tcss)
        self.query_one(SearchInput).focus()

    def close(self) -> None:
        self.remove_class("-open")
        self.screen.remove_class("-searching")

    @property
    def is_open(self) -> bool:
        return self.has_class("-open")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Submitted(self, event.value))

    def action_close(self) -> None:
        self.close()
        self.post_message(self.Closed(self))
